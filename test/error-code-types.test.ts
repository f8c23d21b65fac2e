import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import ts from 'typescript';
import * as ats from '@rolefit/ats';
import * as core from '@rolefit/core';
import { FileIdleTimeoutError } from '@rolefit/core/internal';
import * as crawlers from '@rolefit/crawlers';
import * as evaluation from '@rolefit/eval';
import * as notify from '@rolefit/notify';
import * as rankers from '@rolefit/rankers';
import * as storeElastic from '@rolefit/store-elastic';
import { createApiProgram, packageEntryPoints, root } from './api-report.js';

// Each exported error class declares the type of its `code` (a literal, or a union for a family such as CrawlError),
// which TypeScript users branch on. Read from the sources by the compiler, and held against the code an instance of
// each class carries at run time: a class whose declared code is no literal, or whose instances carry a code outside
// it, fails here. RolefitError alone stays open (`string`), as other packages and apps extend it.

/** Declared codes of every exported class extending RolefitError, by class name: undefined where the type is open. */
function declaredCodes(program: ts.Program): Map<string, string[] | undefined> {
  const checker = program.getTypeChecker();
  const codes = new Map<string, string[] | undefined>();
  for (const pkg of packageEntryPoints())
    for (const entry of pkg.entries) {
      const file = program.getSourceFile(join(root, entry.source));
      const fileSymbol = file && checker.getSymbolAtLocation(file);
      if (fileSymbol === undefined) continue;
      for (const exported of checker.getExportsOfModule(fileSymbol)) {
        const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
        if (!(symbol.flags & ts.SymbolFlags.Class)) continue;
        const instance = checker.getDeclaredTypeOfSymbol(symbol);
        if (!extendsRolefitError(checker, instance)) continue;
        const code = checker.getTypeOfPropertyOfType(instance, 'code');
        const parts = code === undefined ? [] : code.isUnion() ? code.types : [code];
        const literals = parts.every((part) => part.isStringLiteral())
          ? parts.map((part) => (part as ts.StringLiteralType).value)
          : undefined;
        codes.set(symbol.name, literals?.length ? literals.sort() : undefined);
      }
    }
  return codes;
}

function extendsRolefitError(checker: ts.TypeChecker, type: ts.Type): boolean {
  if (type.getSymbol()?.name === 'RolefitError') return true;
  if (!type.isClassOrInterface()) return false;
  return (checker.getBaseTypes(type) ?? []).some((base) => extendsRolefitError(checker, base));
}

const url = 'https://example.com/';

/** One instance of every exported error class (two where a class's constructor takes the code). */
const samples: Error[] = [
  new core.RolefitError('APP_OWN', 'an app error'),
  new core.ValidationError('Job', [{ path: 'title', message: 'required', code: 'invalid_type' }]),
  new core.OptionalDependencyError('some-package', 'A feature'),
  new core.ModelFilesError({
    what: 'model',
    path: '/nowhere',
    expectedFiles: ['a'],
    missingFiles: ['a'],
    howToGet: '',
  }),
  new core.StoreFileError('/store.json', 'not JSON'),
  new core.StoreLockedError('/store.json', 'locked', { lockPath: '/store.json.lock' }),
  new core.StoreWriteError('stopped', { inserted: 0, updated: 0, failed: [] }),
  new core.VectorDimensionError(3, 4),
  new core.OccupationKnowledgeError('no occupations'),
  new FileIdleTimeoutError('/fifo', 5_000, false),
  new crawlers.CrawlError('not an array', url),
  new crawlers.CacheMissError(url),
  new crawlers.HttpNetworkError('refused', url),
  new crawlers.HttpStatusError(503, url),
  new crawlers.HttpTimeoutError(url, 1_000),
  new crawlers.InvalidJsonError('bad JSON', url),
  new crawlers.InvalidRedirectError(url, 'http://['),
  new crawlers.PrivateAddressError(url, 'example.com', '10.0.0.1'),
  new crawlers.RateLimitedError(url, 429, 60_000, 30_000),
  new crawlers.ResponseTooLargeError(url, 10),
  new crawlers.RobotsDisallowedError(url),
  new crawlers.TooManyRedirectsError('too many', url),
  new crawlers.UnsupportedUrlError('file: URL', url),
  new crawlers.FileRecordError('bad line', '/jobs.jsonl', 3),
  new crawlers.FileSourceError('missing', '/jobs.jsonl'),
  new crawlers.SourceRecordError('no title', 'board', 'job-1', url),
  new rankers.EmbeddingModelError('no model'),
  new rankers.InvalidFusionSettingsError('k', 'must be ≥ 1'),
  new rankers.InvalidOccupationRankerSettingsError('weight', 'must be ≥ 0'),
  new rankers.InvalidPseudoRelevanceSettingsError('terms', 'must be ≥ 1'),
  new rankers.InvalidWeightsError('salary', 'must be ≥ 0'),
  new rankers.LearnedModelFormatError('not a model', undefined),
  new rankers.SentenceTransformersConfigError('not JSON', '/nowhere/modules.json'),
  new ats.GeneratorError('unreachable'),
  new ats.GeneratorError('unreachable', { code: 'ROLEFIT_GENERATOR_RESPONSE' }),
  new ats.GeneratorDependencyError('node-llama-cpp'),
  new ats.GeneratorHttpError(500, 'oops', url),
  new ats.GeneratorResponseError('no answer'),
  new ats.ModelFileNotFoundError('/nowhere/model.gguf'),
  new ats.ResumeParseError('encrypted', 'the PDF is encrypted'),
  new ats.ResumeParseError('timeout', 'too slow'),
  new storeElastic.ElasticBulkError('jobs', []),
  new storeElastic.ElasticBulkRequestError('jobs', new Error('refused'), { inserted: 0, updated: 0, failed: [] }),
  new storeElastic.ElasticClientMissingError(),
  new storeElastic.ElasticMigrationError(['jobs-1'], 'jobs-2', { total: 2, created: 1, updated: 0 }, []),
  new storeElastic.ElasticPagingError(9_995, 10, 10_000),
  new storeElastic.ElasticRequestError('search', 'jobs', new Error('refused')),
  new storeElastic.ElasticResponseError('jobs', 'no hits'),
  new notify.DigestRecipientError('someone'),
  new notify.EmailDeliveryError('smtp.example.com', 'someone', 'refused'),
  new notify.WebhookDeliveryError(url, { attempts: 1, idempotencyKey: 'k', status: 500 }),
  new evaluation.EvaluationDataError('qrels.tsv', 3, 'bad grade'),
  new evaluation.RankerRegistryError('bm25', 'unknown'),
];

describe('declared error codes', () => {
  let codes: Map<string, string[] | undefined>;

  beforeAll(() => {
    codes = declaredCodes(createApiProgram());
  }, 180_000);

  it('are a literal or a union of literals for every exported error class but RolefitError', () => {
    expect(codes.size).toBeGreaterThan(40);
    const open = [...codes].filter(([, declared]) => declared === undefined).map(([name]) => name);
    expect(open).toEqual(['RolefitError']);
    expect(codes.get('StoreLockedError')).toEqual(['ROLEFIT_STORE_FILE']);
    expect(codes.get('CrawlError')).toContain('ROLEFIT_HTTP_STATUS');
  });

  it('hold the code each class carries at run time', () => {
    expect(samples.map((sample) => sample.constructor.name).sort()).toEqual(
      expect.arrayContaining([...codes.keys()].sort()),
    );
    const outside = samples
      .filter((sample) => sample.constructor.name !== 'RolefitError')
      .map((sample) => ({ name: sample.constructor.name, code: (sample as core.RolefitError).code }))
      .filter(({ name, code }) => !codes.get(name)?.includes(code));
    expect(outside).toEqual([]);
  });
});
