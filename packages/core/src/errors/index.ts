export { ValidationError, isValidationError, type FieldIssue } from './validation-error.js';
export { StoreFileError, StoreWriteError, VectorDimensionError, type UpsertFailure } from './store-error.js';
export { ModelFilesError, OptionalDependencyError } from './dependency-error.js';
