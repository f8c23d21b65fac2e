export { RolefitError, isRolefitError, type RolefitErrorOptions } from './rolefit-error.js';
export { ValidationError, invalidSetting, isValidationError, type FieldIssue } from './validation-error.js';
export { StoreFileError, StoreWriteError, VectorDimensionError, type UpsertFailure } from './store-error.js';
export { ModelFilesError, OptionalDependencyError } from './dependency-error.js';
