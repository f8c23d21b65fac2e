import type { estypes } from '@elastic/elasticsearch';
import { rejectUnknownKeys } from '@rolefit/core';
import { checkNumberSetting } from '@rolefit/core/internal';

/**
 * Version of the job index layout; bump it when a mapping changes so a store can tell an index needs reindexing
 * (`needsMigration()`, then `migrate()`). 2: every keyword field has `ignore_above`. 3: city, region and country have
 * an english `text` subfield, searched lexically as core's MemoryStore searches a job's place (an index of version 2
 * answers lexical searches without the place until it is migrated).
 */
export const JOB_MAPPING_VERSION = 3;

/**
 * `ignore_above` of keyword fields compared exactly (ids, enums, skills, places): 8191 characters is the longest value
 * whose UTF-8 (up to 4 bytes a character) stays under Lucene's 32,766-byte term limit. A longer value is kept in
 * `_source` but not indexed, instead of Elasticsearch refusing the whole document.
 */
export const KEYWORD_IGNORE_ABOVE = 8191;

/** Name of the keyword normalizer that folds case, accents and whitespace the way core's `normalizeText` does. */
export const JOB_NORMALIZER = 'rolefit_normalized';

/** Largest vector length Elasticsearch 8.11+ indexes for `dense_vector`. */
export const MAX_VECTOR_DIMENSIONS = 4096;

/** How job embeddings are indexed; leave `dimensions` out for an index without vectors. */
export interface JobMappingSettings {
  /** Length of each job vector; the `vector` field exists only when this is set. */
  dimensions?: number | undefined;
  /** Vector similarity (default `cosine`, what the Store interface promises; `dot_product` needs unit-length vectors). */
  similarity?: 'cosine' | 'dot_product' | 'l2_norm' | undefined;
  /** HNSW graph options (Elasticsearch defaults: m 16, efConstruction 100). */
  hnsw?: { m?: number | undefined; efConstruction?: number | undefined } | undefined;
}

/** Shard, replica and refresh settings for the job index ({@link createJobIndexSettings}). */
export interface JobIndexShardSettings {
  /** Primary shards (default 1). */
  shards?: number | undefined;
  /** Replicas per shard (default 1). */
  replicas?: number | undefined;
  /** How often new documents become searchable, e.g. `1s` (default), `30s` or `-1` to pause during bulk loads. */
  refreshInterval?: string | undefined;
}

const DEFAULT_HNSW = { m: 16, efConstruction: 100 } as const;

const JOB_MAPPING_SETTING_NAMES = { dimensions: true, similarity: true, hnsw: true } as const satisfies Record<
  keyof JobMappingSettings,
  true
>;
const HNSW_SETTING_NAMES = { m: true, efConstruction: true } as const satisfies Record<
  keyof NonNullable<JobMappingSettings['hnsw']>,
  true
>;
const JOB_INDEX_SHARD_SETTING_NAMES = { shards: true, replicas: true, refreshInterval: true } as const satisfies Record<
  keyof JobIndexShardSettings,
  true
>;

// Fields the filter compares with normalizeText() on the core side get a subfield run through the same folding.
const normalizedKeyword: estypes.MappingKeywordProperty = {
  type: 'keyword',
  normalizer: JOB_NORMALIZER,
  ignore_above: 256,
};
const englishText = (fields?: Record<string, estypes.MappingProperty>): estypes.MappingTextProperty =>
  fields ? { type: 'text', analyzer: 'english', fields } : { type: 'text', analyzer: 'english' };
const exactKeyword = (): estypes.MappingKeywordProperty => ({ type: 'keyword', ignore_above: KEYWORD_IGNORE_ABOVE });
// A place is filtered on as a normalised keyword and searched as words (`text`, like title and description).
const placeKeyword = (): estypes.MappingKeywordProperty => ({
  ...exactKeyword(),
  fields: { normalized: normalizedKeyword, text: englishText() },
});

/**
 * Explicit mappings for core's Job schema (plus `vector` when `dimensions` is given); unknown fields are rejected. A
 * misspelt setting (`dimension`) is refused with a ValidationError naming the nearest known one.
 */
export function createJobIndexMappings(settings: JobMappingSettings = {}): estypes.MappingTypeMapping {
  rejectUnknownKeys('JobMappingSettings', settings, JOB_MAPPING_SETTING_NAMES);
  rejectUnknownKeys('JobMappingSettings.hnsw', settings.hnsw, HNSW_SETTING_NAMES);
  return jobIndexMappings(settings);
}

/** {@link createJobIndexMappings} for the store's own requests, whose options also hold the shard settings. */
export function jobIndexMappings(settings: JobMappingSettings): estypes.MappingTypeMapping {
  const properties: Record<string, estypes.MappingProperty> = {
    id: exactKeyword(),
    source: exactKeyword(),
    url: { type: 'keyword', ignore_above: 2048 },
    title: englishText({ keyword: { type: 'keyword', ignore_above: 256 } }),
    company: englishText({ keyword: { type: 'keyword', ignore_above: 256 }, normalized: normalizedKeyword }),
    location: {
      type: 'object',
      properties: {
        city: placeKeyword(),
        region: placeKeyword(),
        country: placeKeyword(),
        workplace: exactKeyword(),
      },
    },
    employmentType: exactKeyword(),
    experienceLevel: exactKeyword(),
    experienceYears: { type: 'object', properties: { min: { type: 'float' }, max: { type: 'float' } } },
    salary: {
      type: 'object',
      properties: {
        // Amounts as posted: cents are enough and scaled_float stores them compactly.
        min: { type: 'scaled_float', scaling_factor: 100 },
        max: { type: 'scaled_float', scaling_factor: 100 },
        currency: exactKeyword(),
        period: exactKeyword(),
        // The salary filter compares these; double keeps the exact value core compares.
        annualMin: { type: 'double' },
        annualMax: { type: 'double' },
        // Kept for audit only.
        text: { type: 'text', index: false },
      },
    },
    description: englishText(),
    skills: { ...exactKeyword(), fields: { text: englishText() } },
    postedAt: { type: 'date' },
    crawledAt: { type: 'date' },
    fingerprint: exactKeyword(),
    // The source's own record varies by source: keep it in _source without mapping (or rejecting) its fields.
    raw: { type: 'object', enabled: false },
    // What validation changed on the way in (a cut description): kept for the reader, not searched.
    notes: { type: 'text', index: false },
  };
  if (settings.dimensions !== undefined) properties.vector = createVectorProperty(settings);
  return {
    dynamic: 'strict',
    _meta: { schema: 'rolefit.job', mappingVersion: JOB_MAPPING_VERSION },
    properties,
  };
}

function createVectorProperty(settings: JobMappingSettings): estypes.MappingDenseVectorProperty {
  checkJobIndexNumbers('JobMappingSettings', { dimensions: settings.dimensions ?? 0, hnsw: settings.hnsw });
  const dimensions = settings.dimensions ?? 0;
  const m = settings.hnsw?.m ?? DEFAULT_HNSW.m;
  const efConstruction = settings.hnsw?.efConstruction ?? DEFAULT_HNSW.efConstruction;
  return {
    type: 'dense_vector',
    dims: dimensions,
    index: true,
    similarity: settings.similarity ?? 'cosine',
    // Plain hnsw keeps full float precision (8.14+ would otherwise default to int8 quantisation).
    index_options: { type: 'hnsw', m, ef_construction: efConstruction },
  };
}

/**
 * Index settings for the job index: shards, replicas, refresh interval and the normalizer the mappings use. A
 * misspelt setting (`replica`) is refused with a ValidationError naming the nearest known one.
 */
export function createJobIndexSettings(options: JobIndexShardSettings = {}): estypes.IndicesIndexSettings {
  rejectUnknownKeys('JobIndexShardSettings', options, JOB_INDEX_SHARD_SETTING_NAMES);
  return jobIndexSettings(options, 'JobIndexShardSettings');
}

/** {@link createJobIndexSettings} for the store's own requests, whose options also hold the mapping settings. */
export function jobIndexSettings(
  options: JobIndexShardSettings,
  entity = 'ElasticStoreSettings',
): estypes.IndicesIndexSettings {
  const shards = options.shards ?? 1;
  const replicas = options.replicas ?? 1;
  checkJobIndexNumbers(entity, { shards, replicas });
  return {
    number_of_shards: shards,
    number_of_replicas: replicas,
    refresh_interval: options.refreshInterval ?? '1s',
    analysis: {
      char_filter: {
        // Typographic dashes and quotes become ASCII, as in normalizeText().
        rolefit_punctuation: {
          type: 'mapping',
          mappings: [
            '‐=>-',
            '‑=>-',
            '‒=>-',
            '–=>-',
            '—=>-',
            '―=>-',
            '−=>-',
            "‘=>'",
            "’=>'",
            "‚=>'",
            "‛=>'",
            "′=>'",
            '“=>"',
            '”=>"',
            '„=>"',
            '‟=>"',
            '″=>"',
          ],
        },
        rolefit_whitespace: { type: 'pattern_replace', pattern: '[\\s\\u00a0\\u202f\\u200b]+', replacement: ' ' },
      },
      normalizer: {
        [JOB_NORMALIZER]: {
          type: 'custom',
          char_filter: ['rolefit_punctuation', 'rolefit_whitespace'],
          filter: ['lowercase', 'asciifolding', 'trim'],
        },
      },
    },
  };
}

/** Elasticsearch's and Lucene's limits on the numbers of the job index, by setting. */
const INDEX_NUMBER_RANGES = {
  dimensions: { integer: true, min: 1, max: MAX_VECTOR_DIMENSIONS },
  // Lucene's HNSW limits: at most 512 connections per node and a beam of 3200.
  'hnsw.m': { integer: true, min: 2, max: 512 },
  'hnsw.efConstruction': { integer: true, min: 1, max: 3200 },
  shards: { integer: true, min: 1, max: 1024 },
  replicas: { integer: true, min: 0, max: 1024 },
} as const;

/**
 * Refuses a number of the job index outside Elasticsearch's limits (NaN, Infinity and fractions too), naming the
 * setting of `entity` (`JobMappingSettings`, or `ElasticStoreSettings`, which checks them when the store is created).
 */
export function checkJobIndexNumbers(
  entity: string,
  settings: Pick<JobMappingSettings, 'dimensions' | 'hnsw'> & JobIndexShardSettings,
): void {
  const values: Record<keyof typeof INDEX_NUMBER_RANGES, unknown> = {
    dimensions: settings.dimensions,
    'hnsw.m': settings.hnsw?.m,
    'hnsw.efConstruction': settings.hnsw?.efConstruction,
    shards: settings.shards,
    replicas: settings.replicas,
  };
  for (const [setting, range] of Object.entries(INDEX_NUMBER_RANGES))
    checkNumberSetting(entity, setting, values[setting as keyof typeof values], range);
}
