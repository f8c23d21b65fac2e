import { OptionalDependencyError, RolefitError, ValidationError } from '@rolefit/core';
import { describeValue } from '@rolefit/core/internal';
import { normalizeUntrustedText } from '@rolefit/core/text';
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
  /** Always `ROLEFIT_ELASTIC_BULK`. */
  declare readonly code: 'ROLEFIT_ELASTIC_BULK';
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
  /** Always `ROLEFIT_ELASTIC_MIGRATION`. */
  declare readonly code: 'ROLEFIT_ELASTIC_MIGRATION';

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
  /** Always `ROLEFIT_ELASTIC_RESPONSE`. */
  declare readonly code: 'ROLEFIT_ELASTIC_RESPONSE';

  constructor(
    /** The index (or alias) the request read. */
    readonly index: string,
    problem: string,
    options?: { cause?: unknown },
  ) {
    super('ROLEFIT_ELASTIC_RESPONSE', `${index}: ${problem}`, { cause: options?.cause });
  }
}

/**
 * Thrown when the Elasticsearch client's request fails: an error answer (4xx or 5xx, but a 404 the store reads as "not
 * found"), a refused or reset connection, the client's own timeout, an answer that is no JSON. Names the request (the
 * client's API, e.g. `search` or `indices.create`) and the index; `statusCode` is the answer's HTTP status when there
 * was one, and `cause` the client's error (`errors.ResponseError`, `errors.ConnectionError`, …, with its `meta`).
 */
export class ElasticRequestError extends RolefitError {
  override readonly name: string = 'ElasticRequestError';
  /** Always `ROLEFIT_ELASTIC_REQUEST`. */
  declare readonly code: 'ROLEFIT_ELASTIC_REQUEST';
  /** HTTP status of the error answer, or undefined when none came (a connection refused, a timeout). */
  readonly statusCode: number | undefined;

  constructor(
    /** The client's API the store called, e.g. `search`, `count`, `indices.create`. */
    readonly operation: string,
    /** The index (or alias) the request named; `the cluster` when it named none. */
    readonly index: string,
    cause: unknown,
  ) {
    super('ROLEFIT_ELASTIC_REQUEST', `Elasticsearch ${operation} on ${index} failed: ${clientErrorReason(cause)}`, {
      cause,
    });
    this.statusCode = clientErrorStatus(cause);
  }
}

/** Most characters of the server's (or the client's) text an error quotes. */
const MAX_QUOTED_LENGTH = 300;

/** The HTTP status of a client error's answer (`meta.statusCode`), or undefined when it had none. */
export function clientErrorStatus(error: unknown): number | undefined {
  const status = (error as { meta?: { statusCode?: unknown } } | null | undefined)?.meta?.statusCode;
  return typeof status === 'number' && Number.isInteger(status) && status >= 100 && status <= 999 ? status : undefined;
}

/**
 * Why a client call failed, on one line: `HTTP 503 type: reason` for an error answer (Elasticsearch's `error.type` and
 * `error.reason`, or the text of a body that is no Elasticsearch error), else the error's `name: message`. The quoted
 * text is untrusted (a proxy's page, a hostile node): cut to {@link MAX_QUOTED_LENGTH} characters, control and
 * invisible characters removed, whitespace runs made one space.
 */
export function clientErrorReason(error: unknown): string {
  const status = clientErrorStatus(error);
  if (status !== undefined) {
    const body = (error as { meta?: { body?: unknown } }).meta?.body;
    const said = errorBodyText(body);
    return `HTTP ${status}${said ? ` ${quoteServerText(said)}` : ''}`;
  }
  if (error instanceof Error) return quoteServerText(`${error.name}: ${error.message}`);
  return describeValue(error);
}

// What an error answer's body says: Elasticsearch's `error.type: error.reason` (and its first cause's), a bare
// `error` string, or a body of text (a proxy's page); '' for anything else.
function errorBodyText(body: unknown): string {
  if (typeof body === 'string') return body;
  if (typeof body !== 'object' || body === null) return '';
  const error: unknown = (body as { error?: unknown }).error;
  if (typeof error === 'string') return error;
  if (typeof error !== 'object' || error === null) return '';
  const { type, reason, caused_by: causedBy } = error as { type?: unknown; reason?: unknown; caused_by?: unknown };
  const text = (value: unknown) => (typeof value === 'string' ? value.slice(0, MAX_QUOTED_LENGTH) : '');
  let said = [text(type), text(reason)].filter(Boolean).join(': ');
  if (typeof causedBy === 'object' && causedBy !== null) {
    const cause = causedBy as { type?: unknown; reason?: unknown };
    const because = [text(cause.type), text(cause.reason)].filter(Boolean).join(': ');
    if (because) said += ` (caused by ${because})`;
  }
  return said;
}

/**
 * Untrusted text (the server's or the client's) on one line of at most {@link MAX_QUOTED_LENGTH} characters, control
 * and invisible characters removed (a few more read first: NFKC and the removals change its length); linear in that
 * prefix, whatever the text's length.
 */
export function quoteServerText(text: string): string {
  let prefix = text.slice(0, 2 * MAX_QUOTED_LENGTH);
  if (/[\uD800-\uDBFF]$/.test(prefix)) prefix = prefix.slice(0, -1);
  const line = normalizeUntrustedText(prefix).replace(/\s+/g, ' ').trim();
  if (line.length <= MAX_QUOTED_LENGTH && prefix.length === text.length) return line;
  const cut = line.slice(0, MAX_QUOTED_LENGTH);
  return `${/[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut}…`;
}
