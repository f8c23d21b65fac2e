// No Elasticsearch server can run on this machine, so the bodies are compared with hand-written fixtures
// (see fixtures/README.md) that follow the Elasticsearch 8 REST API reference.
import { readFileSync } from 'node:fs';
import { ValidationError } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { JOB_MAPPING_VERSION } from '../mappings/index.js';
import {
  buildBulkOperations,
  buildCreateJobIndexRequest,
  buildCreateSideIndexRequest,
  buildLexicalSearchRequest,
  buildListJobsRequest,
  buildPopularSkillsRequest,
  buildReindexRequest,
  buildSwapAliasRequest,
  buildVectorSearchRequest,
  createIndexNames,
  createVersionedJobIndexName,
} from './index.js';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as unknown;

describe('request bodies match the recorded expectations', () => {
  it('lexical search', () => {
    expect(
      buildLexicalSearchRequest('rolefit-jobs', 'postgresql backend', { filter: { sources: ['board'] }, limit: 5 }),
    ).toEqual(fixture('lexical-search.json'));
  });

  it('kNN search with the filter inside knn', () => {
    expect(
      buildVectorSearchRequest('rolefit-jobs', new Float32Array([1, 0, 0.5]), {
        filter: { sources: ['board'] },
        limit: 3,
      }),
    ).toEqual(fixture('vector-search.json'));
    // No filter means no knn.filter at all, and candidates grow with k.
    const wide = buildVectorSearchRequest('rolefit-jobs', [1], { limit: 50 });
    expect(wide.knn).toEqual({ field: 'vector', query_vector: [1], k: 50, num_candidates: 500 });
  });

  it('newest-first listing with search_after', () => {
    expect(buildListJobsRequest('rolefit-jobs', undefined, { size: 500, searchAfter: [1793836800000, 'a'] })).toEqual(
      fixture('list-jobs-search-after.json'),
    );
    expect(buildListJobsRequest('rolefit-jobs', undefined, { size: 10, from: 20 })).toMatchObject({
      from: 20,
      size: 10,
    });
  });

  it('bulk operations: action line, then document line', () => {
    expect(
      buildBulkOperations([
        { kind: 'index', id: 'a', document: { id: 'a', source: 'board', title: 'Backend Engineer' } },
        { kind: 'update', id: 'b', partial: { vector: [0.5, 0.25] } },
        { kind: 'delete', id: 'c' },
      ]),
    ).toEqual(fixture('bulk-operations.json'));
  });

  it('atomic alias swap: remove and add in one request', () => {
    expect(
      buildSwapAliasRequest('rolefit-jobs', ['rolefit-jobs-v1-1767225600000'], 'rolefit-jobs-v1-1767312000000'),
    ).toEqual(fixture('swap-alias.json'));
  });

  it('popular skills aggregation', () => {
    expect(buildPopularSkillsRequest('rolefit-jobs', { filter: { workplace: ['remote'] }, size: 3 })).toEqual(
      fixture('popular-skills.json'),
    );
  });

  it('versioned job index behind the alias, with the mapping version in _meta', () => {
    const request = buildCreateJobIndexRequest('rolefit-jobs-v1-5', { dimensions: 3, replicas: 0 }, 'rolefit-jobs');
    expect(request.index).toBe('rolefit-jobs-v1-5');
    expect(request.aliases).toEqual({ 'rolefit-jobs': { is_write_index: true } });
    expect(request.mappings?._meta).toMatchObject({
      rolefit_mapping_version: JOB_MAPPING_VERSION,
      mappingVersion: JOB_MAPPING_VERSION,
    });
    expect(request.mappings?.properties?.vector).toMatchObject({ type: 'dense_vector', dims: 3 });
    expect(request.settings).toMatchObject({ number_of_replicas: 0 });
    expect(buildCreateJobIndexRequest('x').aliases).toBeUndefined();
    expect(buildReindexRequest('rolefit-jobs', 'rolefit-jobs-v2-1')).toEqual({
      source: { index: 'rolefit-jobs' },
      dest: { index: 'rolefit-jobs-v2-1', op_type: 'index' },
      conflicts: 'abort',
      refresh: true,
      wait_for_completion: true,
    });
  });

  it('side indices map only what is filtered, and store embeddings unindexed', () => {
    const embeddings = buildCreateSideIndexRequest('rolefit-embeddings', 'embeddings');
    expect(embeddings.mappings).toMatchObject({ dynamic: false, properties: { vector: { type: 'binary' } } });
    expect(embeddings.settings?.analysis).toBeUndefined();
    expect(buildCreateSideIndexRequest('rolefit-matches', 'matches').mappings?.properties).toHaveProperty('createdAt', {
      type: 'date',
    });
  });

  it('names indices under the prefix and refuses names Elasticsearch would', () => {
    expect(createIndexNames('acme')).toEqual({
      jobs: 'acme-jobs',
      resumes: 'acme-resumes',
      feedback: 'acme-feedback',
      matches: 'acme-matches',
      embeddings: 'acme-embeddings',
    });
    expect(() => createIndexNames('Acme')).toThrow(/lowercase/);
    expect(() => createIndexNames('_x')).toThrow(ValidationError);
    expect(createVersionedJobIndexName('acme-jobs', 2, new Date(1767225600000))).toBe('acme-jobs-v2-1767225600000');
  });
});
