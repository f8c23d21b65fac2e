// No Elasticsearch server can run on this machine, so these tests check the request bodies we would send,
// not how a live cluster accepts them.
import { jobSchema, locationSchema, parseJob, salarySchema, ValidationError, yearsRangeSchema } from '@rolefit/core';
import type { estypes } from '@elastic/elasticsearch';
import { describe, expect, it } from 'vitest';
import {
  createJobIndexMappings,
  createJobIndexSettings,
  JOB_MAPPING_VERSION,
  JOB_NORMALIZER,
  KEYWORD_IGNORE_ABOVE,
} from './index.js';
import { validationMessageOf } from '../../../core/src/testing/validation-message.js';

const mappings = createJobIndexMappings();
const properties = mappings.properties ?? {};

function childrenOf(
  property: estypes.MappingProperty | undefined,
): Record<string, estypes.MappingProperty> | undefined {
  return property && 'properties' in property ? property.properties : undefined;
}

function propertyAt(path: string): estypes.MappingProperty | undefined {
  let current: Record<string, estypes.MappingProperty> | undefined = properties;
  let found: estypes.MappingProperty | undefined;
  for (const part of path.split('.')) {
    found = current?.[part];
    current = childrenOf(found);
  }
  return found;
}

describe('createJobIndexMappings', () => {
  it('maps every field of the core Job schema, and nothing else without vectors', () => {
    // Taken from the schema so that a new Job field fails here until it is mapped.
    const jobKeys = Object.keys(jobSchema.shape).sort();
    expect(jobKeys.length).toBeGreaterThan(10);
    expect(Object.keys(properties).sort()).toEqual(jobKeys);
  });

  it('maps every field of the nested location, salary and experience objects', () => {
    expect(Object.keys(childrenOf(propertyAt('location')) ?? {}).sort()).toEqual(
      Object.keys(locationSchema.shape).sort(),
    );
    expect(Object.keys(childrenOf(propertyAt('salary')) ?? {}).sort()).toEqual(
      Object.keys(salarySchema.in.shape).sort(),
    );
    expect(Object.keys(childrenOf(propertyAt('experienceYears')) ?? {}).sort()).toEqual(
      Object.keys(yearsRangeSchema.shape).sort(),
    );
  });

  it('rejects unknown fields and records its version', () => {
    expect(mappings.dynamic).toBe('strict');
    expect(mappings._meta).toEqual({ schema: 'rolefit.job', mappingVersion: JOB_MAPPING_VERSION });
  });

  it('gives every keyword field ignore_above, so no value can make Elasticsearch refuse a document (Lucene terms stop at 32,766 bytes)', () => {
    const keywords: Array<[string, { ignore_above?: number }]> = [];
    const walk = (properties: Record<string, unknown> | undefined, prefix: string) => {
      for (const [name, property] of Object.entries(properties ?? {})) {
        const field = property as {
          type?: string;
          ignore_above?: number;
          properties?: Record<string, unknown>;
          fields?: Record<string, unknown>;
        };
        if (field.type === 'keyword') keywords.push([`${prefix}${name}`, field]);
        walk(field.properties, `${prefix}${name}.`);
        walk(field.fields, `${prefix}${name}.`);
      }
    };
    walk(createJobIndexMappings({ dimensions: 3 }).properties as Record<string, unknown>, '');
    expect(keywords.length).toBeGreaterThan(15);
    for (const [path, field] of keywords) {
      expect(field.ignore_above, path).toBeGreaterThan(0);
      expect(field.ignore_above! * 4, path).toBeLessThanOrEqual(32_766);
    }
    expect(JOB_MAPPING_VERSION).toBeGreaterThanOrEqual(2); // version 1 indices had none: needsMigration() says so
  });

  it('types each field for how it is searched and filtered', () => {
    for (const keyword of [
      'id',
      'source',
      'fingerprint',
      'employmentType',
      'experienceLevel',
      'location.workplace',
      'salary.currency',
      'salary.period',
    ]) {
      expect(propertyAt(keyword), keyword).toEqual({ type: 'keyword', ignore_above: KEYWORD_IGNORE_ABOVE });
    }
    expect(propertyAt('title')).toEqual({
      type: 'text',
      analyzer: 'english',
      fields: { keyword: { type: 'keyword', ignore_above: 256 } },
    });
    expect(propertyAt('company')).toMatchObject({
      type: 'text',
      analyzer: 'english',
      fields: { keyword: { type: 'keyword' }, normalized: { type: 'keyword', normalizer: JOB_NORMALIZER } },
    });
    expect(propertyAt('description')).toEqual({ type: 'text', analyzer: 'english' });
    expect(propertyAt('skills')).toEqual({
      type: 'keyword',
      ignore_above: KEYWORD_IGNORE_ABOVE,
      fields: { text: { type: 'text', analyzer: 'english' } },
    });
    for (const place of ['city', 'region', 'country']) {
      expect(propertyAt(`location.${place}`)).toMatchObject({
        type: 'keyword',
        fields: { normalized: { normalizer: JOB_NORMALIZER }, text: { type: 'text', analyzer: 'english' } },
      });
    }
    expect(propertyAt('salary.min')).toEqual({ type: 'scaled_float', scaling_factor: 100 });
    expect(propertyAt('salary.annualMax')).toEqual({ type: 'double' });
    expect(propertyAt('postedAt')).toEqual({ type: 'date' });
    expect(propertyAt('crawledAt')).toEqual({ type: 'date' });
    expect(propertyAt('raw')).toEqual({ type: 'object', enabled: false });
  });

  it('accepts a fully populated job document, field for field', () => {
    const job = parseJob({
      id: 'greenhouse:1',
      source: 'greenhouse',
      url: 'https://example.com/jobs/1',
      title: 'Data Engineer',
      company: 'Acme',
      location: { city: 'Austin', region: 'TX', country: 'US', workplace: 'hybrid' },
      employmentType: 'full-time',
      experienceLevel: 'mid-senior',
      experienceYears: { min: 3, max: 5 },
      salary: { min: 120000, max: 150000, currency: 'USD', period: 'year', text: '$120k–$150k' },
      description: 'Build pipelines.',
      skills: ['Python', 'SQL'],
      postedAt: '2026-11-01',
      crawledAt: '2026-11-02T10:00:00Z',
      fingerprint: 'abc',
      raw: { anything: { nested: [1, 2] } },
    });
    // dynamic: 'strict' rejects a document with any unmapped path, so every leaf we would send must be mapped.
    const unmapped = leafPaths(JSON.parse(JSON.stringify(job)) as Record<string, unknown>).filter(
      (path) => !isMapped(path),
    );
    expect(unmapped).toEqual([]);
  });

  it('adds an HNSW-indexed vector only when dimensions are given', () => {
    expect(properties.vector).toBeUndefined();
    expect(createJobIndexMappings({ dimensions: 384 }).properties?.vector).toEqual({
      type: 'dense_vector',
      dims: 384,
      index: true,
      similarity: 'cosine',
      index_options: { type: 'hnsw', m: 16, ef_construction: 100 },
    });
    expect(
      createJobIndexMappings({ dimensions: 8, similarity: 'dot_product', hnsw: { m: 32, efConstruction: 200 } })
        .properties?.vector,
    ).toEqual({
      type: 'dense_vector',
      dims: 8,
      index: true,
      similarity: 'dot_product',
      index_options: { type: 'hnsw', m: 32, ef_construction: 200 },
    });
  });

  it('rejects vector options Elasticsearch would refuse', () => {
    expect(() => createJobIndexMappings({ dimensions: 0 })).toThrow(ValidationError);
    expect(() => createJobIndexMappings({ dimensions: 1.5 })).toThrow(/dimensions/);
    expect(() => createJobIndexMappings({ dimensions: 4097 })).toThrow(/dimensions/);
    expect(() => createJobIndexMappings({ dimensions: 8, hnsw: { m: 1 } })).toThrow(/hnsw\.m/);
    expect(() => createJobIndexMappings({ dimensions: 8, hnsw: { efConstruction: 0 } })).toThrow(/efConstruction/);
  });
});

describe('createJobIndexSettings', () => {
  it('defaults to one shard, one replica and a one-second refresh', () => {
    expect(createJobIndexSettings()).toMatchObject({
      number_of_shards: 1,
      number_of_replicas: 1,
      refresh_interval: '1s',
    });
    expect(createJobIndexSettings({ shards: 3, replicas: 0, refreshInterval: '-1' })).toMatchObject({
      number_of_shards: 3,
      number_of_replicas: 0,
      refresh_interval: '-1',
    });
    expect(() => createJobIndexSettings({ shards: 0 })).toThrow(/shards/);
    expect(() => createJobIndexSettings({ replicas: -1 })).toThrow(/replicas/);
  });

  it('defines every normalizer the mappings use, with char filters that exist', () => {
    const analysis = createJobIndexSettings().analysis ?? {};
    const used = new Set(
      JSON.stringify(mappings)
        .match(/"normalizer":"[^"]+"/g)
        ?.map((entry) => entry.split('"')[3]),
    );
    expect([...used]).toEqual([JOB_NORMALIZER]);
    const normalizer = analysis.normalizer?.[JOB_NORMALIZER];
    expect(normalizer).toMatchObject({ type: 'custom', filter: ['lowercase', 'asciifolding', 'trim'] });
    const charFilters = normalizer && 'char_filter' in normalizer ? (normalizer.char_filter ?? []) : [];
    for (const name of charFilters) expect(analysis.char_filter?.[name], name).toBeDefined();
  });
});

function leafPaths(value: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]) => {
    const path = prefix + key;
    if (child && typeof child === 'object' && !Array.isArray(child))
      return [path, ...leafPaths(child as Record<string, unknown>, `${path}.`)];
    return [path];
  });
}

function isMapped(path: string): boolean {
  const parts = path.split('.');
  // Anything under a disabled object is kept as is.
  for (let length = 1; length < parts.length; length++) {
    const parent = propertyAt(parts.slice(0, length).join('.'));
    if (parent && 'enabled' in parent && parent.enabled === false) return true;
  }
  return propertyAt(path) !== undefined;
}

describe('job index settings refuse unknown keys', () => {
  it('names the nearest known setting, as the other factories do', async () => {
    expect(await validationMessageOf(() => createJobIndexMappings({ dimension: 3 } as never))).toContain(
      "JobMappingSettings: dimension: unknown key 'dimension' (did you mean 'dimensions'?)",
    );
    expect(
      await validationMessageOf(() => createJobIndexMappings({ dimensions: 3, hnsw: { efconstruction: 64 } } as never)),
    ).toContain("unknown key 'efconstruction' (did you mean 'efConstruction'?)");
    expect(await validationMessageOf(() => createJobIndexSettings({ replica: 0 } as never))).toContain(
      "JobIndexShardSettings: replica: unknown key 'replica' (did you mean 'replicas'?)",
    );
  });

  it('still accepts every documented setting', () => {
    expect(() =>
      createJobIndexMappings({ dimensions: 3, similarity: 'dot_product', hnsw: { m: 8, efConstruction: 64 } }),
    ).not.toThrow();
    expect(() => createJobIndexSettings({ shards: 2, replicas: 0, refreshInterval: '30s' })).not.toThrow();
  });
});
