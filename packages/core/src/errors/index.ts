export { RolefitError, isRolefitError, type RolefitErrorOptions } from './rolefit-error.js';
export {
  invalidSetting,
  isValidationError,
  MAX_KEPT_ISSUES,
  MAX_MESSAGE_ISSUES,
  ValidationError,
  type FieldIssue,
} from './validation-error.js';
export {
  StoreFileError,
  StoreLockedError,
  StoreWriteError,
  VectorDimensionError,
  type UpsertFailure,
} from './store-error.js';
export { ModelFilesError, OptionalDependencyError } from './dependency-error.js';
