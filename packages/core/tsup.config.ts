import { packageConfig } from '../../tsup.base';

// Sample data and the Store contract (for adapter tests) are their own entries so the main bundle stays small.
// Text tools (normalising, tokenising, fencing untrusted text) are only the `@rolefit/core/text` entry; the seeded random
// generator Rolefit's own packages share is `@rolefit/core/internal` (not public API). `@rolefit/core/base` is the errors,
// checks and text decoding without zod or the parsers' tables, for code that runs before a worker takes the work.
export default packageConfig({
  index: 'src/index.ts',
  samples: 'src/samples/index.ts',
  testing: 'src/store/contract/index.ts',
  text: 'src/text/index.ts',
  internal: 'src/internal/index.ts',
  base: 'src/base/index.ts',
});
