export { ValidationError, isValidationError, type FieldIssue } from './validation-error.js';
export { StoreFileError, VectorDimensionError } from './store-error.js';
