import { packageConfig } from '../../tsup.base';

// Sample data is its own entry so the main bundle stays small.
export default packageConfig({ index: 'src/index.ts', samples: 'src/samples/index.ts' });
