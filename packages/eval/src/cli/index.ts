export { EVAL_USAGE, formatEvaluationTable, runEvalCli, type EvalCliIo } from './run-eval.js';
