// A small stateful stand-in for one Elasticsearch 8 node, enough for writes, gets, counts and id/fingerprint
// look-ups, that refuses chosen documents item by item the way Elasticsearch reports a document it cannot index
// (status 400 in the bulk item, the rest of the request written). Used with the replay server where no real
// cluster can run. It does not score, analyse or aggregate: searches only honour `terms` clauses.
import { elasticError, type RecordedRequest, type ReplayResponse } from './replay-server.js';

/** Settings of {@link createRefusingCluster}. */
export interface RefusingClusterOptions {
  /** Returns why a document is refused (Elasticsearch's `reason`), or undefined to index it. */
  refuse?: (document: Record<string, unknown>, id: string) => string | undefined;
  /** Error type of a refused item (default `document_parsing_exception`). */
  refusalType?: string;
}

/** The cluster's state and its request handler for {@link startReplayServer}. */
export interface RefusingCluster {
  handler: (request: RecordedRequest) => ReplayResponse;
  /** Documents by index, then by id. */
  documents: Map<string, Map<string, Record<string, unknown>>>;
  /** Ids refused so far, in order. */
  refused: string[];
}

/** Creates the stand-in: indices and aliases from `PUT /<index>`, `_bulk`, `_doc`, `_count`, `_search`, `_mget`, `_refresh`. */
export function createRefusingCluster(options: RefusingClusterOptions = {}): RefusingCluster {
  const documents = new Map<string, Map<string, Record<string, unknown>>>();
  const aliases = new Map<string, string>();
  const refused: string[] = [];
  const resolve = (name: string) => aliases.get(name) ?? name;
  const indexOf = (name: string) => documents.get(resolve(name));
  const notFound = (what: string): ReplayResponse => ({
    status: 404,
    body: elasticError(404, 'index_not_found_exception', `no such index [${what}]`),
  });

  const handler = (request: RecordedRequest): ReplayResponse => {
    const parts = request.path.split('/').filter(Boolean).map(decodeURIComponent);
    const [first, second, third] = parts;
    if (first === '_alias' && second)
      return aliases.has(second)
        ? { body: { [aliases.get(second)!]: { aliases: { [second]: {} } } } }
        : { status: 404, body: {} };
    if (request.method === 'HEAD' && first && parts.length === 1)
      return documents.has(resolve(first)) ? {} : { status: 404 };
    if (request.method === 'PUT' && first && parts.length === 1) {
      documents.set(first, new Map());
      for (const alias of Object.keys((request.json as { aliases?: object } | undefined)?.aliases ?? {}))
        aliases.set(alias, first);
      return { body: { acknowledged: true, shards_acknowledged: true, index: first } };
    }
    if (first && second === '_refresh') return { body: { _shards: { total: 1, successful: 1, failed: 0 } } };
    if (request.method === 'DELETE' && first && parts.length === 1) {
      for (const name of first.split(',')) documents.delete(resolve(name));
      return { body: { acknowledged: true } };
    }
    const index = first ? indexOf(first) : undefined;
    if (second === '_bulk' && first)
      return bulk(first, request.json as Array<Record<string, { _id: string }> | Record<string, unknown>>);
    if (!index) return notFound(first ?? '');
    if (second === '_doc' && third) {
      const source = index.get(third);
      if (request.method === 'DELETE') {
        index.delete(third);
        return source
          ? { body: { _index: resolve(first!), _id: third, result: 'deleted' } }
          : { status: 404, body: { _index: resolve(first!), _id: third, result: 'not_found' } };
      }
      return source
        ? { body: { _index: resolve(first!), _id: third, found: true, _source: withoutVector(source) } }
        : { status: 404, body: { _index: resolve(first!), _id: third, found: false } };
    }
    if (second === '_count') return { body: { count: matching(index, request.json).length } };
    if (second === '_search') {
      const body = (request.json ?? {}) as { size?: number };
      const hits = matching(index, request.json)
        .slice(0, body.size ?? 10)
        .map(([id, source]) => ({
          _index: resolve(first!),
          _id: id,
          _score: 1,
          _source: withoutVector(source),
          sort: [source.postedAt ?? null, id],
        }));
      return { body: { took: 1, timed_out: false, hits: { hits } } };
    }
    if (second === '_mget') {
      const ids = ((request.json as { ids?: string[] } | undefined)?.ids ?? []) as string[];
      return {
        body: {
          docs: ids.map((id) =>
            index.has(id)
              ? { _index: resolve(first!), _id: id, found: true, _source: index.get(id) }
              : { _index: resolve(first!), _id: id, found: false },
          ),
        },
      };
    }
    return { status: 400, body: elasticError(400, 'unsupported_by_stand_in', `${request.method} ${request.path}`) };
  };

  function bulk(target: string, lines: Array<Record<string, unknown>>): ReplayResponse {
    const index = indexOf(target);
    if (!index) return notFound(target);
    const items: unknown[] = [];
    for (let line = 0; line < lines.length; line++) {
      const [kind, meta] = Object.entries(lines[line]!)[0] as [string, { _id: string }];
      const document = kind === 'delete' ? {} : (lines[++line] as Record<string, unknown>);
      const id = meta._id;
      const base = { _index: resolve(target), _id: id };
      const next = kind === 'update' ? { ...index.get(id), ...(document.doc as object) } : document;
      const reason = kind === 'delete' ? undefined : options.refuse?.(next, id);
      if (reason !== undefined) {
        refused.push(id);
        const type = options.refusalType ?? 'document_parsing_exception';
        items.push({ [kind]: { ...base, status: 400, error: { type, reason } } });
        continue;
      }
      if (kind === 'update' && !index.has(id)) {
        items.push({
          [kind]: {
            ...base,
            status: 404,
            error: { type: 'document_missing_exception', reason: `[${id}]: document missing` },
          },
        });
        continue;
      }
      const existed = index.has(id);
      if (kind === 'delete') index.delete(id);
      else index.set(id, next);
      const result = kind === 'delete' ? (existed ? 'deleted' : 'not_found') : existed ? 'updated' : 'created';
      items.push({
        [kind]: {
          ...base,
          _version: 1,
          result,
          status: result === 'created' ? 201 : 200,
          _seq_no: 0,
          _primary_term: 1,
        },
      });
    }
    const errors = items.some((item) => (Object.values(item as object)[0] as { status: number }).status >= 300);
    return { body: { took: 1, errors, items } };
  }

  return { handler, documents, refused };
}

/** Documents meeting every `terms` clause found in the query (other clauses are not evaluated), newest first. */
function matching(
  index: Map<string, Record<string, unknown>>,
  body: unknown,
): Array<[string, Record<string, unknown>]> {
  const clauses: Array<[string, unknown[]]> = [];
  let none = false;
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'terms' && typeof value === 'object' && value !== null)
        for (const [field, values] of Object.entries(value)) clauses.push([field, values as unknown[]]);
      else if (key === 'match_none') none = true;
      else walk(value);
    }
  };
  walk((body as { query?: unknown } | undefined)?.query);
  if (none) return [];
  return [...index.entries()]
    .filter(([, source]) =>
      clauses.every(([field, values]) =>
        values.includes(
          field
            .split('.')
            .reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], source),
        ),
      ),
    )
    .sort(
      ([leftId, left], [rightId, right]) =>
        String(right.postedAt ?? '').localeCompare(String(left.postedAt ?? '')) || leftId.localeCompare(rightId),
    );
}

function withoutVector(source: Record<string, unknown>): Record<string, unknown> {
  const { vector: _vector, ...rest } = source;
  return rest;
}
