// Type-level checks of @rolefit/eval's errors, imported by package name as a script would: each carries its class's code.
import { EvaluationDataError, RankerRegistryError } from '@rolefit/eval';
import { describe, expectTypeOf, it } from 'vitest';

describe('errors', () => {
  it('carry the code of their class', () => {
    expectTypeOf<EvaluationDataError['code']>().toEqualTypeOf<'ROLEFIT_EVALUATION_DATA'>();
    expectTypeOf<RankerRegistryError['code']>().toEqualTypeOf<'ROLEFIT_RANKER_REGISTRY'>();
    const error = undefined as unknown as EvaluationDataError | RankerRegistryError;
    if (error.code === 'ROLEFIT_RANKER_REGISTRY') expectTypeOf(error).toEqualTypeOf<RankerRegistryError>();
    // @ts-expect-error no evaluation error has this code
    if (error.code === 'ROLEFIT_EVALUATION') void error;
  });
});
