import { OptionalDependencyError, RolefitError, ValidationError } from '@rolefit/core';
import type { BulkItemFailure } from '../bulk/index.js';

/**
 * Thrown by createElasticStore when `@elastic/elasticsearch` is not installed and no client was given: core's
 * OptionalDependencyError (code `ROLEFIT_OPTIONAL_DEPENDENCY`), named for this store.
 */
export class ElasticClientMissingError extends OptionalDependencyError {
  override readonly name: string = 'ElasticClientMissingError';

  constructor(options?: { cause?: unknown }) {
    super('@elastic/elasticsearch', '@rolefit/store-elastic', {
      installCommand: 'npm i @elastic/elasticsearch@8',
      note: "Use the client of your cluster's major version (@8 or @9; an 8.x cluster refuses the 9.x client), or pass `client`",
      guide: "@rolefit/store-elastic's README",
      cause: options?.cause,
    });
  }
}

/** Thrown when a write that returns nothing (vectors, embeddings, feedback, matches) has items Elasticsearch refused. */
export class ElasticBulkError extends RolefitError {
  override readonly name: string = 'ElasticBulkError';
  /** Every refused item. */
  readonly failed: readonly BulkItemFailure[];

  constructor(index: string, failed: readonly BulkItemFailure[]) {
    const first = failed[0];
    super(
      'ROLEFIT_ELASTIC_BULK',
      `${failed.length} bulk item(s) failed in ${index}${first ? `; first: ${first.id} ${first.status} ${first.type}: ${first.reason}` : ''}`,
    );
    this.failed = failed;
  }
}

/** Thrown when `offset + limit` passes Elasticsearch's result window (a ValidationError of the `offset` field); use `iterateJobs` to walk further. */
export class ElasticPagingError extends ValidationError {
  override readonly name: string = 'ElasticPagingError';

  constructor(offset: number, limit: number, window: number) {
    super('PageOptions', [
      {
        path: 'offset',
        message: `offset ${offset} + limit ${limit} passes Elasticsearch's result window of ${window}; use store.iterateJobs(filter) (search_after) to page further`,
        code: 'too_big',
      },
    ]);
  }
}

/**
 * Thrown by `migrate()` when the reindex into the new job index did not copy every document (it reported
 * `failures`, or `created + updated` fell short of `total`). The alias is left on the old index, so readers and
 * writers go on as before; the incomplete new index is deleted (best effort).
 */
export class ElasticMigrationError extends RolefitError {
  override readonly name: string = 'ElasticMigrationError';

  constructor(
    /** The indices the alias still points at. */
    readonly from: readonly string[],
    /** The new index that did not get every document. */
    readonly to: string,
    /** Documents the reindex saw, and how many it created or updated. */
    readonly counts: { total: number; created: number; updated: number },
    /** The reindex response's `failures`, as Elasticsearch sent them. */
    readonly failures: readonly unknown[],
  ) {
    const first = failures[0] as { id?: string; cause?: { type?: string; reason?: string } } | undefined;
    super(
      'ROLEFIT_ELASTIC_MIGRATION',
      `Reindex into ${to} copied ${counts.created + counts.updated} of ${counts.total} documents` +
        (failures.length
          ? ` with ${failures.length} failure(s)${first ? ` (first: ${first.id ?? '?'} ${first.cause?.type ?? ''}: ${first.cause?.reason ?? ''})` : ''}`
          : '') +
        `; the alias still points at ${from.join(', ') || 'nothing'}`,
    );
  }
}

/**
 * Thrown when Elasticsearch's answer lacks what a request always gets (a search's `hits.hits`, a hit's `_source`): a
 * proxy's empty 200, another service on the port, `_source` turned off on the index; or when a stored document is no
 * valid job, resume or feedback (written by another program), with the parser's ValidationError as `cause`. Names
 * the index.
 */
export class ElasticResponseError extends RolefitError {
  override readonly name: string = 'ElasticResponseError';

  constructor(
    /** The index (or alias) the request read. */
    readonly index: string,
    problem: string,
    options?: { cause?: unknown },
  ) {
    super('ROLEFIT_ELASTIC_RESPONSE', `${index}: ${problem}`, { cause: options?.cause });
  }
}
