import { packageConfig } from '../../tsup.base';

// testing: hooks for tests and benchmarks (an LLM ranker's prompt tokens), kept out of the main entry.
export default packageConfig({ index: 'src/index.ts', testing: 'src/testing/index.ts', 'cli/eval': 'src/cli/eval.ts' });
