import { packageConfig } from '../../tsup.base';

// `rolefit` is the bin (src/main.ts, with its #! line); `index` is the same command as a function, for tests and scripts.
export default packageConfig({ index: 'src/index.ts', rolefit: 'src/main.ts' });
