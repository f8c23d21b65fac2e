import { packageConfig } from '../../tsup.base';

// Private package: ESM only. The two programs are `pnpm eval` (through bench/eval.mjs) and the dev-set builder
// (through scripts/build-dev-sets.mjs); both wrappers bundle the sources, so a build is needed only for dist users.
export default packageConfig(
  { index: 'src/index.ts', 'cli/eval': 'src/cli/eval.ts', 'dev-sets/cli': 'src/dev-sets/cli.ts' },
  { format: ['esm'] },
);
