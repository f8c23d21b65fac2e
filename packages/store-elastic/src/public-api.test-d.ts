// Type-level checks of what an integrator of @rolefit/store-elastic relies on, imported by package name as an app
// would: the store's errors carry their class's code, core's for the ones that extend core's errors.
import {
  ElasticBulkError,
  ElasticBulkRequestError,
  ElasticClientMissingError,
  ElasticMigrationError,
  ElasticPagingError,
  ElasticRequestError,
  ElasticResponseError,
} from '@rolefit/store-elastic';
import { describe, expectTypeOf, it } from 'vitest';

describe('errors', () => {
  it('carry the code of their class', () => {
    expectTypeOf<ElasticBulkError['code']>().toEqualTypeOf<'ROLEFIT_ELASTIC_BULK'>();
    expectTypeOf<ElasticMigrationError['code']>().toEqualTypeOf<'ROLEFIT_ELASTIC_MIGRATION'>();
    expectTypeOf<ElasticResponseError['code']>().toEqualTypeOf<'ROLEFIT_ELASTIC_RESPONSE'>();
    expectTypeOf(
      new ElasticRequestError('search', 'jobs', new Error('refused')).code,
    ).toEqualTypeOf<'ROLEFIT_ELASTIC_REQUEST'>();
    expectTypeOf(new ElasticPagingError(9_995, 10, 10_000).code).toEqualTypeOf<'ROLEFIT_VALIDATION'>();
    expectTypeOf<ElasticClientMissingError['code']>().toEqualTypeOf<'ROLEFIT_OPTIONAL_DEPENDENCY'>();
    expectTypeOf<ElasticBulkRequestError['code']>().toEqualTypeOf<'ROLEFIT_STORE_WRITE'>();
  });

  it('narrow a union of them by code', () => {
    const error = new ElasticRequestError('search', 'jobs', new Error('refused')) as
      | ElasticRequestError
      | ElasticResponseError;
    if (error.code === 'ROLEFIT_ELASTIC_REQUEST') expectTypeOf(error.statusCode).toEqualTypeOf<number | undefined>();
    else expectTypeOf(error).toEqualTypeOf<ElasticResponseError>();
    // @ts-expect-error no store error has this code
    if (error.code === 'ROLEFIT_ELASTIC_REQEUST') void error;
  });
});
