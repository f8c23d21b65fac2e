/**
 * Helpers Rolefit's own packages share that are not part of the public API (no semver promise), importable as
 * `@rolefit/core/internal`: the seeded random generator behind reproducible splits, bootstrap samples and initial
 * weights, the varint codec of the binary files (the store's postings, the rankers' saved job readings), and the plain
 * reason for a file-system error on a path, the bound on htmlparser2's open-element stacks, building errors about bad
 * records without a stack trace, cutting a job's description to its cap before anything reads it, the month a month
 * name stands for and the date reader's words for "until now", "since" and between two dates (`isPresentWord`, `opensWithSinceWord`,
 * `isRangeSeparator`, `beforeTrailingSeparator`), and whether a text names a place core knows (a country; a US, Canadian, Australian, Indian or
 * German state) or a code of two or three capitals does (`placeCode`: a state's or province's, or a country's;
 * `placeCodeBesideWork`: the same, but no country's code that is also a skill's short name, as "IT"), the
 * ValidationError for a public function's bad positional argument (`checkTextArgument`), reading at most so many
 * bytes of a response body (`readBodyPrefix`), the check of a list's or a search's limit and offset every Store makes
 * (`checkPageNumber`), the check of a call's `signal` option (`checkSignalOption`), appending many items to an array (`pushAll`), and reading a file a chunk
 * at a time without blocking a thread on a FIFO nobody writes to (`readFileChunks`, its silence bounded), and a copy of a
 * text that keeps none of the longer text it was cut from (`ownCopy`, for caches' keys), and a reader of one line that
 * remembers its answers for short lines (`rememberLines`: the résumé and degree readers), and bracketed parts of a text
 * found in linear time (`replaceBracketed`, `finalParenthesis`), and the web address of a repository guide for an
 * error to point to (`guideUrl`), and companies' legal forms (`LEGAL_FORMS`, `legalFormSource`: "Inc.", "GmbH", "S.A.",
 * "ООО") for the résumé readers and the truthfulness check, and the labels of a résumé entry's fields written as a form
 * (`ENTRY_FIELD_LABELS`, `entryFieldKind`: "Company:", "Stanowisko:", "University:"), and the schools known by their
 * acronyms and the fields written as their capitals (`schoolAcronymSource`, `isFieldAbbreviation`: "INSEAD", "CSE"),
 * and the shape of an acronym as written (`isAcronym`, `acronymSource`: "ATS", "S3").
 * @module internal
 */
export { createRandom } from '../random/index.js';
export { MAX_VARINT_BYTES, VARINT_CUT, VARINT_TOO_LONG, VarintReader, writeVarint } from '../varint/index.js';
export { fileSystemReason } from '../file-system/file-system-reason.js';
export {
  FileIdleTimeoutError,
  readFileChunks,
  type ReadFileChunksOptions,
} from '../file-system/read-file-chunks.js';
export { forgetOutermostElements, MAX_OPEN_ELEMENTS } from '../text/normalize.js';
// The tokens of several texts read once each, for callers that tokenize several joinings of them (a job's fields).
export { tokenizeEach } from '../text/tokenize.js';
// A global pattern's matches without the copy of the pattern that String.prototype.matchAll makes on every call.
export { matchesOf } from '../text/regexp.js';
// A text's copy that owns only its own characters, for a cache's key (a substring keeps the whole text it was cut from).
export { ownCopy } from '../text/own-copy.js';
export { rememberLines } from '../text/remember-lines.js';
// An acronym as written ("ATS", "S3"): the skill reader's expansions and the truthfulness check's claims.
export { acronymSource, isAcronym } from '../text/acronym.js';
// Bracketed parts of a text in one pass, where the regexes for them retried from every bracket that never closes.
export { type BracketPair, finalParenthesis, LINE_TERMINATORS, replaceBracketed } from '../text/brackets.js';
export { type BodyPrefix, readBodyPrefix } from '../streams/index.js';
export { withoutStackTrace } from '../errors/without-stack-trace.js';
// The web address of a repository guide, for an error to point to (the packages do not ship the guides).
export { guideUrl } from '../errors/dependency-error.js';
export { capJobDescription } from '../schemas/job.js';
// What every ranker's rank checks of its query (resume, profile and text valid; a resume's dates Date objects).
export { checkRankQuery } from '../schemas/rank-query.js';
export { checkNumberSetting, checkPageNumber, type NumberSettingRange } from '../errors/number-setting.js';
export { checkSignalOption } from '../errors/signal-option.js';
export {
  beforeTrailingSeparator,
  englishMonthSource,
  isEnglishMonthName,
  isPresentWord,
  isRangeSeparator,
  monthFromName,
  opensWithSinceWord,
} from '../dates/parse.js';
export {
  isPlaceName,
  isTownNamePrefix,
  placeCode,
  placeCodeBesideWork,
  TOWN_NAME_SMALL_WORDS,
} from '../job-fields/places.js';
export { withoutSpellingMarks } from '../skills/taxonomy.js';
export { LEGAL_FORMS, type LegalForm, legalFormSource } from '../job-fields/legal-forms.js';
// The labels of a résumé entry's fields written as a form ("Company:", "Stanowisko:", "University:"), by the field they name.
export { ENTRY_FIELD_LABELS, type EntryFieldKind, entryFieldKind } from '../job-fields/entry-field-labels.js';
// Schools known by their acronyms ("INSEAD", "SUNY") and fields written as their capitals ("HR", "CSE"), for the education reader.
export { isFieldAbbreviation, schoolAcronymSource } from '../job-fields/school-abbreviations.js';
export { misspeltRoleNoun } from '../job-requirements/roles.js';
export {
  checkBytesArgument,
  checkJobArgument,
  checkListArgument,
  checkNotificationArgument,
  checkRankerArgument,
  rankerProblem,
  skillTaxonomyProblem,
  checkRecordArgument,
  checkTextArgument,
  checkRecognizerImage,
  checkVectorEntries,
  describeValue,
  invalidArgument,
  isValidDate,
  readRecordArgument,
} from '../errors/argument.js';
// The kind checks of a Store's method arguments, one wording for every Store (MemoryStore, ElasticStore).
export {
  checkStoreEmbeddingKeys,
  checkStoreFeedbackInput,
  checkStoreFeedbackQuery,
  checkStoreFilter,
  checkStoreId,
  checkStoreJobInputs,
  checkStoreMatches,
  checkStorePage,
  checkStoreQueryVector,
  checkStoreSearch,
  checkStoreSearchOptions,
} from '../store/store-arguments.js';
// Appending many items without a spread into push(), which overflows the stack past ~120,000 of them.
export { pushAll } from '../arrays/push-all.js';
export { GGUF_FIXED_VALUE_SIZES } from '../models/gguf-file.js';
// A model's first or last tokens of a long text, without tokenising all of it (llama.cpp is quadratic on a run).
export { type ModelTokenizer, tokenizeLeading, tokenizeTrailing } from '../models/tokenize-part.js';
