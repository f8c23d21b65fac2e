export { main as runRolefitCli, type CommandRunner } from './rolefit.js';
export { COMMAND_USAGE, ROLEFIT_COMMANDS, ROLEFIT_USAGE, type RolefitCommand } from './usage.js';
export { type RolefitCliIo } from './shared/io.js';
