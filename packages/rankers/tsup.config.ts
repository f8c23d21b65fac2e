import { packageConfig } from '../../tsup.base';

// testing: hooks for tests, benchmarks and the evaluation harness (an LLM ranker's prompt tokens, the default ranker's
// candidates), kept out of the main entry.
export default packageConfig({ index: 'src/index.ts', testing: 'src/testing/index.ts' });
