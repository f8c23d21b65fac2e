export { fuseJobLists, type JobListFusionSettings } from './reciprocal-rank-fusion.js';
