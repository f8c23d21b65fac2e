import { describe, expect, it, vi } from 'vitest';
import {
  isRolefitError,
  ModelFilesError,
  OptionalDependencyError,
  RolefitError,
  StoreFileError,
  ValidationError,
} from './index.js';

// A second copy of the errors module, as an app gets when it `require`s @rolefit/core (the CommonJS build) and
// `import()`s a package that imports core's ESM build: after resetModules the import evaluates every module again.
vi.resetModules();
const other = await import('./index.js');

describe('instanceof across two copies of @rolefit/core', () => {
  it('loads a distinct copy (the plain prototype check fails)', () => {
    expect(other.ValidationError).not.toBe(ValidationError);
    const theirs = new other.ValidationError('Job', [{ path: 'title', message: 'Required', code: 'invalid_type' }]);
    expect(Function.prototype[Symbol.hasInstance].call(ValidationError, theirs)).toBe(false);
  });

  it("matches the other copy's error by its class and the classes it extends, not a sibling class", () => {
    const theirs = new other.ValidationError('Job', [{ path: 'title', message: 'Required', code: 'invalid_type' }]);
    expect(theirs instanceof RolefitError).toBe(true);
    expect(theirs instanceof ValidationError).toBe(true);
    expect(theirs instanceof StoreFileError).toBe(false);
    expect(isRolefitError(theirs, 'ROLEFIT_VALIDATION')).toBe(true);
    const ours = new ValidationError('Job', []);
    expect(ours instanceof other.ValidationError).toBe(true);
    expect(ours instanceof other.StoreFileError).toBe(false);
  });

  it('matches a subclass of the other copy by the class it extends', () => {
    class TheirStoreError extends other.StoreFileError {}
    const theirs = new TheirStoreError('jobs.json', 'corrupt');
    expect(theirs instanceof StoreFileError).toBe(true);
    expect(theirs instanceof ValidationError).toBe(false);
    class Narrower extends ModelFilesError {}
    const model = new other.ModelFilesError({
      what: 'model',
      path: '/m',
      expectedFiles: ['a'],
      missingFiles: ['a'],
      howToGet: 'Get it.',
    });
    expect(model instanceof ModelFilesError).toBe(true);
    expect(model instanceof Narrower).toBe(false);
    expect(model instanceof OptionalDependencyError).toBe(false);
  });

  it('does not match an error that only shares a name', () => {
    class ValidationErrorLookalike extends Error {}
    Object.defineProperty(ValidationErrorLookalike, 'name', { value: 'ValidationError' });
    expect(new ValidationErrorLookalike('x') instanceof ValidationError).toBe(false);
    expect(new ValidationErrorLookalike('x') instanceof RolefitError).toBe(false);
  });
});
