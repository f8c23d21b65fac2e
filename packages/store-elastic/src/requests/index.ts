export { createIndexNames, createVersionedJobIndexName, type IndexNames } from './index-names.js';
export {
  buildCreateJobIndexRequest,
  buildCreateSideIndexRequest,
  buildReindexRequest,
  buildSwapAliasRequest,
  type JobIndexOptions,
  type SideIndexKind,
} from './index-requests.js';
export { buildBulkOperations, buildBulkRequest, type BulkAction } from './bulk-requests.js';
export {
  buildCountRequest,
  buildLatestCrawledAtRequest,
  buildLexicalSearchRequest,
  buildListJobsRequest,
  buildPopularSkillsRequest,
  buildTermsSearchRequest,
  buildVectorSearchRequest,
  LEXICAL_FIELDS,
  MAX_RESULT_WINDOW,
  NEWEST_FIRST_SORT,
} from './search-requests.js';
