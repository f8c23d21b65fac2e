import { packageConfig } from '../../tsup.base';

export default packageConfig({ index: 'src/index.ts', 'cli/rolefit': 'src/cli/main.ts' });
