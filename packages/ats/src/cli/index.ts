export { main as runRolefitCli, ROLEFIT_USAGE, type RolefitCliIo } from './rolefit.js';
