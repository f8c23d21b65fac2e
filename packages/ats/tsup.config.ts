import { packageConfig } from '../../tsup.base';

// extract-worker is started as a worker thread (PDF and DOCX reading under time and memory limits); it must sit next to index.js.
export default packageConfig({ index: 'src/index.ts', 'cli/rolefit': 'src/cli/main.ts', 'extract-worker': 'src/parse/extract-worker.ts' });
