import type { estypes } from '@elastic/elasticsearch';

/** One bulk write: the document id and what to do with it. */
export type BulkAction =
  | { kind: 'index'; id: string; document: Record<string, unknown> }
  | { kind: 'update'; id: string; partial: Record<string, unknown> }
  | { kind: 'delete'; id: string };

/** The operations array of a bulk request: an action line, then its document line where the action has one. */
export function buildBulkOperations(actions: readonly BulkAction[]): NonNullable<estypes.BulkRequest['operations']> {
  const operations: NonNullable<estypes.BulkRequest['operations']> = [];
  for (const action of actions) {
    // The job id is the document _id, so replaying a bulk overwrites instead of duplicating.
    if (action.kind === 'index') operations.push({ index: { _id: action.id } }, action.document);
    else if (action.kind === 'update')
      operations.push({ update: { _id: action.id } }, { doc: action.partial } satisfies estypes.BulkUpdateAction);
    else operations.push({ delete: { _id: action.id } });
  }
  return operations;
}

/** A whole bulk request against one index. */
export function buildBulkRequest(
  index: string,
  actions: readonly BulkAction[],
  refresh: estypes.Refresh = false,
): estypes.BulkRequest {
  return { index, refresh, operations: buildBulkOperations(actions) };
}
