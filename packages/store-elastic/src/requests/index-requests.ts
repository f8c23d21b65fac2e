import type { estypes } from '@elastic/elasticsearch';
import {
  JOB_MAPPING_VERSION,
  jobIndexMappings,
  jobIndexSettings,
  KEYWORD_IGNORE_ABOVE,
  type JobIndexShardSettings,
  type JobMappingSettings,
} from '../mappings/job-mappings.js';

/** Options for the job index: vector mapping plus shard, replica and refresh settings. */
export type JobIndexOptions = JobMappingSettings & JobIndexShardSettings;

/** Request that creates a versioned job index, optionally already behind the alias; the version is kept in `_meta.rolefit_mapping_version`. */
export function buildCreateJobIndexRequest(
  index: string,
  options: JobIndexOptions = {},
  alias?: string,
): estypes.IndicesCreateRequest {
  const mappings = jobIndexMappings(options);
  const request: estypes.IndicesCreateRequest = {
    index,
    settings: jobIndexSettings(options),
    mappings: { ...mappings, _meta: { ...mappings._meta, rolefit_mapping_version: JOB_MAPPING_VERSION } },
  };
  if (alias) request.aliases = { [alias]: { is_write_index: true } };
  return request;
}

/** The kinds of side index a store keeps next to its jobs. */
export type SideIndexKind = 'resumes' | 'feedback' | 'matches' | 'embeddings';

// Only the fields the store filters or sorts on are mapped; the rest is kept in _source as is (dynamic: false),
// so free-form parts such as a match breakdown cannot grow the mapping.
const keyword = {
  type: 'keyword',
  ignore_above: KEYWORD_IGNORE_ABOVE,
} as const satisfies estypes.MappingKeywordProperty;
const SIDE_INDEX_PROPERTIES: Record<SideIndexKind, Record<string, estypes.MappingProperty>> = {
  resumes: { id: keyword },
  feedback: { id: keyword, subjectId: keyword, jobId: keyword, timestamp: { type: 'date' } },
  matches: { subjectId: keyword, jobId: keyword, createdAt: { type: 'date' }, position: { type: 'integer' } },
  // The vector is kept as base64 Float32 bytes: exact, stored, never indexed.
  embeddings: { key: keyword, vector: { type: 'binary' }, dimensions: { type: 'integer' } },
};

/** Request that creates one of the side indices (resumes, feedback, matches, embeddings). */
export function buildCreateSideIndexRequest(
  index: string,
  kind: SideIndexKind,
  options: JobIndexShardSettings = {},
): estypes.IndicesCreateRequest {
  const { analysis: _analysis, ...settings } = jobIndexSettings(options);
  return {
    index,
    settings,
    mappings: {
      dynamic: false,
      _meta: { schema: `rolefit.${kind}`, rolefit_mapping_version: JOB_MAPPING_VERSION },
      properties: SIDE_INDEX_PROPERTIES[kind],
    },
  };
}

/** Request that moves an alias from its current indices to a new one in one atomic step. */
export function buildSwapAliasRequest(
  alias: string,
  fromIndices: readonly string[],
  toIndex: string,
): estypes.IndicesUpdateAliasesRequest {
  return {
    actions: [
      ...fromIndices.map((index) => ({ remove: { index, alias } })),
      { add: { index: toIndex, alias, is_write_index: true } },
    ],
  };
}

/** Request that copies every document from one index (or alias) into another, waiting until it is done. */
export function buildReindexRequest(from: string, to: string): estypes.ReindexRequest {
  return {
    source: { index: from },
    dest: { index: to, op_type: 'index' },
    conflicts: 'abort',
    refresh: true,
    wait_for_completion: true,
  };
}
