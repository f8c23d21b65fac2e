// A setting given as `undefined` is an absent one: every public settings type declares its optional properties as
// `?: T | undefined` (api-report.test.ts checks the declarations), so a consumer compiling with
// exactOptionalPropertyTypes may write `createHttpClient({ fetch: maybeFetch })`. Here each factory gets every setting
// it knows set to undefined (besides the required ones) and must build what it builds from the required ones alone.
// The settings a factory knows are the ones it hands to rejectUnknownKeys, read through a spy on @rolefit/core (the
// packages import it by name); core's own factories import it relatively: packages/core/src/settings-undefined.test.ts.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ats from '@rolefit/ats';
import { createMemoryStore } from '@rolefit/core';
import * as crawlers from '@rolefit/crawlers';
import * as notify from '@rolefit/notify';
import * as rankers from '@rolefit/rankers';
import { describe, expect, it, vi } from 'vitest';

/** Each rejectUnknownKeys call: the checked object and the names it accepts. */
const checks = vi.hoisted(() => [] as Array<{ entity: string; value: unknown; known: readonly string[] }>);

vi.mock('@rolefit/core', async (importOriginal) => {
  const core = await importOriginal<typeof import('@rolefit/core')>();
  return {
    ...core,
    rejectUnknownKeys: (entity: string, value: unknown, known: Readonly<Record<string, unknown>>) => {
      checks.push({ entity, value, known: Object.keys(known) });
      core.rejectUnknownKeys(entity, value, known);
    },
  };
});

/** What a factory built, compared between the required settings alone and those plus every other one undefined. */
function shape(built: unknown): unknown {
  if (typeof built !== 'object' || built === null) return typeof built;
  const { name, source } = built as { name?: unknown; source?: unknown };
  return { name, source, keys: Object.keys(built).sort() };
}

const store = () => createMemoryStore();
/** A folder the OCR factory accepts (it looks for eng.traineddata; nothing is recognised here). */
function tessdata(): string {
  const folder = mkdtempSync(join(tmpdir(), 'rolefit-tessdata-'));
  writeFileSync(join(folder, 'eng.traineddata'), 'not language data');
  return folder;
}
const ranker = () => rankers.createBm25Ranker();
const embedder = { dimensions: 2, embed: async (texts: readonly string[]) => texts.map(() => [1, 0]) };

/** Factory name, required settings, and the factory called with a settings object. */
const factories: Array<[string, Record<string, unknown>, (settings: never) => unknown]> = [
  ['createHttpClient', {}, crawlers.createHttpClient],
  ['createGreenhouseCrawler', { board: 'acme' }, crawlers.createGreenhouseCrawler],
  ['createLeverCrawler', { company: 'acme' }, crawlers.createLeverCrawler],
  ['createMuseCrawler', {}, crawlers.createMuseCrawler],
  ['createDiceCrawler', { apiKey: 'key' }, crawlers.createDiceCrawler],
  ['createHhCrawler', { text: 'developer' }, crawlers.createHhCrawler],
  ['createLinkedInCrawler', { keywords: 'developer' }, crawlers.createLinkedInCrawler],
  [
    'createLinkedInPostingCrawler',
    { urls: ['https://www.linkedin.com/jobs/view/1'] },
    crawlers.createLinkedInPostingCrawler,
  ],
  ['createJsonLdCrawler', { urls: ['https://example.com/jobs/1'] }, crawlers.createJsonLdCrawler],
  ['createFileCrawler', { path: 'jobs.json' }, crawlers.createFileCrawler],
  ['createCourseraCrawler', { query: 'sql' }, crawlers.createCourseraCrawler],
  ['createRefreshScheduler', { store: store(), crawlers: [] }, crawlers.createRefreshScheduler],
  ['createBm25Ranker', {}, rankers.createBm25Ranker],
  ['createMultiFactorRanker', {}, rankers.createMultiFactorRanker],
  ['createOccupationRanker', {}, rankers.createOccupationRanker],
  ['createDefaultRanker', {}, rankers.createDefaultRanker],
  ['createFusionRanker', { rankers: [ranker(), rankers.createMultiFactorRanker()] }, rankers.createFusionRanker],
  ['createTrainableFusionRanker', { rankers: [ranker()] }, rankers.createTrainableFusionRanker],
  ['createPseudoRelevanceRanker', { ranker: ranker() }, rankers.createPseudoRelevanceRanker],
  ['createEmbeddingRanker', { embedder }, rankers.createEmbeddingRanker],
  ['createLlmRanker', { model: 'model.gguf' }, rankers.createLlmRanker],
  ['createTransformersEmbedder', { model: 'embedder' }, rankers.createTransformersEmbedder],
  ['createOnnxClassifierRanker', { model: 'classifier' }, rankers.createOnnxClassifierRanker],
  ['createTrainableDesirabilityModel', {}, rankers.createTrainableDesirabilityModel],
  ['createFeedbackLearner', {}, rankers.createFeedbackLearner],
  ['createColdStartRanker', { learned: rankers.createTrainableDesirabilityModel() }, rankers.createColdStartRanker],
  ['createWebhookNotifier', { url: 'https://example.com/hook', secret: 'secret' }, notify.createWebhookNotifier],
  [
    'createEmailDigestNotifier',
    { smtp: { host: '127.0.0.1' }, from: 'a@example.com', to: 'b@example.com' },
    notify.createEmailDigestNotifier,
  ],
  [
    'createOpenAiCompatibleGenerator',
    { baseUrl: 'http://127.0.0.1:9/v1', model: 'model' },
    ats.createOpenAiCompatibleGenerator,
  ],
  ['createTesseractRecognizer', { langPath: tessdata() }, ats.createTesseractRecognizer],
  ['createLlamaCppGenerator', { model: 'model.gguf' }, ats.createLlamaCppGenerator],
];

describe('a setting given as undefined is left out', () => {
  for (const [name, required, factory] of factories) {
    it(`${name}: every setting it knows, undefined`, () => {
      checks.length = 0;
      const plain = factory(required as never);
      // The first top-level check (not `Settings.nested`) that knows the required settings.
      const known = checks.find(
        (check) => !check.entity.includes('.') && Object.keys(required).every((key) => check.known.includes(key)),
      );
      expect(known, `${name} checks its settings with rejectUnknownKeys`).toBeDefined();
      const others = known!.known.filter((key) => !Object.hasOwn(required, key));
      expect(others.length, `${name} has optional settings`).toBeGreaterThan(0);
      const settings = { ...required, ...Object.fromEntries(others.map((key) => [key, undefined])) };
      expect(shape(factory(settings as never)), name).toEqual(shape(plain));
    });
  }

  it('the spy sees the settings a factory knows (a misspelt one is still refused)', () => {
    expect(() => rankers.createBm25Ranker({ nmae: undefined } as never)).toThrow(/nmae/);
  });
});
