import type { BulkItemFailure } from '../bulk/index.js';

/**
 * Thrown by createElasticStore when `@elastic/elasticsearch` is not installed and no client was given. Its `code` is
 * `ROLEFIT_OPTIONAL_DEPENDENCY`, so `instanceof OptionalDependencyError` from `@rolefit/core` matches it too.
 */
export class ElasticClientMissingError extends Error {
  override readonly name = 'ElasticClientMissingError';
  /** Shared with `@rolefit/core`'s `OptionalDependencyError`. */
  readonly code = 'ROLEFIT_OPTIONAL_DEPENDENCY';
  /** The package that could not be loaded. */
  readonly packageName = '@elastic/elasticsearch';
  /** A command that installs it. */
  readonly installCommand = 'npm i @elastic/elasticsearch';

  constructor(options?: { cause?: unknown }) {
    super('@rolefit/store-elastic needs the Elasticsearch client: run `npm i @elastic/elasticsearch` (8.x), or pass `client`', options);
  }
}

/** Thrown when a write that returns nothing (vectors, embeddings, feedback, matches) has items Elasticsearch refused. */
export class ElasticBulkError extends Error {
  override readonly name = 'ElasticBulkError';
  /** Every refused item. */
  readonly failed: readonly BulkItemFailure[];

  constructor(index: string, failed: readonly BulkItemFailure[]) {
    const first = failed[0];
    super(`${failed.length} bulk item(s) failed in ${index}${first ? `; first: ${first.id} ${first.status} ${first.type}: ${first.reason}` : ''}`);
    this.failed = failed;
  }
}

/** Thrown when `offset + limit` passes Elasticsearch's result window; use `iterateJobs` to walk further. */
export class ElasticPagingError extends RangeError {
  override readonly name = 'ElasticPagingError';

  constructor(offset: number, limit: number, window: number) {
    super(`offset ${offset} + limit ${limit} passes Elasticsearch's result window of ${window}; use store.iterateJobs(filter) (search_after) to page further`);
  }
}

/**
 * Thrown by `migrate()` when the reindex into the new job index did not copy every document (it reported
 * `failures`, or `created + updated` fell short of `total`). The alias is left on the old index, so readers and
 * writers go on as before; the incomplete new index is deleted (best effort).
 */
export class ElasticMigrationError extends Error {
  override readonly name = 'ElasticMigrationError';

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
      `Reindex into ${to} copied ${counts.created + counts.updated} of ${counts.total} documents` +
        (failures.length ? ` with ${failures.length} failure(s)${first ? ` (first: ${first.id ?? '?'} ${first.cause?.type ?? ''}: ${first.cause?.reason ?? ''})` : ''}` : '') +
        `; the alias still points at ${from.join(', ') || 'nothing'}`,
    );
  }
}
