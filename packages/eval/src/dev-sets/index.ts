export {
  DEV_SET_BUILDERS,
  DEV_SETS,
  buildDevSets,
  runBuildDevSetsCli,
  type BuildDevSetsSettings,
} from './build.js';
export { createDevSetContext, type DevSetContext } from './context.js';
export { writeDevSet } from './write.js';
export type { DevJob, DevLocation, DevResume, DevSet, DevSetData, Qrel } from './types.js';
