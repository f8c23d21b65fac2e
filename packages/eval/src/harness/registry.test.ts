import { parseJob, type Ranker } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { RankerRegistryError, createRankerRegistry } from './registry.js';
import { isTrainableRanker, type TrainableRanker } from '@rolefit/rankers';
import { defaultFusionMembers } from '@rolefit/rankers/testing';

describe('createRankerRegistry', () => {
  it('offers bm25, multi-factor and fusion, and no embedding ranker without a model', async () => {
    const registry = createRankerRegistry({ env: {} });
    expect(registry.defaults()).toEqual(['bm25', 'multi-factor', 'fusion']);
    // The learned rankers need --train, so they run only when named.
    expect(registry.available()).toEqual([
      'bm25',
      'multi-factor',
      'fusion',
      'fusion-plain',
      'occupation',
      'learned',
      'desirability',
      'cold-start',
    ]);
    expect((await registry.create('bm25')).name).toBe('bm25');
    expect((await registry.create('multi-factor')).name).toBe('multi-factor');
    const fusion = await registry.create('fusion');
    expect(isTrainableRanker(fusion)).toBe(true);
    expect(registry.entries.find((entry) => entry.name === 'embedding')?.unavailable).toMatch(
      /ROLEFIT_EMBEDDING_MODEL/,
    );
    await expect(registry.create('embedding')).rejects.toThrow(RankerRegistryError);
    await expect(registry.create('nope')).rejects.toThrow(/unknown ranker "nope"/);
  });

  it('offers the llm ranker only when ROLEFIT_LLM names a model, and only when asked for', async () => {
    expect(createRankerRegistry({ env: {} }).available()).not.toContain('llm');
    const registry = createRankerRegistry({ env: { ROLEFIT_LLM: 'stories260K/stories260K.gguf' } });
    expect(registry.available()).toContain('llm');
    expect(registry.defaults()).not.toContain('llm');
    expect(((await registry.create('llm')) as Ranker).name).toBe('llm');
  });

  it('offers the transformers embedding ranker once a model is named (loaded lazily, never downloaded)', async () => {
    const registry = createRankerRegistry({ env: { ROLEFIT_EMBEDDING_MODEL: 'nobody/no-such-model' } });
    expect(registry.available()).toContain('embedding');
    const ranker = (await registry.create('embedding')) as Ranker;
    expect(ranker.name).toBe('embedding');
    // The model is missing here, so ranking fails with the embedder's own typed error.
    await expect(ranker.rank({ text: 'nurse' }, [parseJob({ id: 'j', source: 's', title: 'Nurse' })])).rejects.toThrow(
      /no-such-model/,
    );
  });

  it('offers embedding when a model is named and a factory is registered', async () => {
    const models: string[] = [];
    const factory = (model: string): Ranker => {
      models.push(model);
      return { name: 'embedding', rank: async () => [] };
    };
    const registry = createRankerRegistry({
      env: { ROLEFIT_EMBEDDING_MODEL: ' some/model ' },
      embeddingFactory: factory,
    });
    expect(registry.defaults()).toEqual(['bm25', 'multi-factor', 'fusion', 'embedding']);
    expect((await registry.create('embedding')).name).toBe('embedding');
    expect(models).toEqual(['some/model']);
  });

  it('fuses every available ranker: the embedding ranker joins the default members (bm25, multi-factor, occupation) once a model is named', async () => {
    const job = parseJob({ id: 'nurse', source: 's', title: 'Registered Nurse', skills: ['patient care'] });
    // A stand-in for the embedding ranker (no embedding weights exist on this machine); only the wiring is under test.
    const factory = (): Ranker => ({
      name: 'embedding',
      rank: async (_query, jobs) =>
        jobs.map((each) => ({
          jobId: each.id,
          score: 0.25,
          breakdown: { embedding: 0.25 },
          matchedSkills: [],
          missingSkills: [],
          ranker: 'embedding',
        })),
    });
    const withEmbedding = createRankerRegistry({
      env: { ROLEFIT_EMBEDDING_MODEL: 'some/model' },
      embeddingFactory: factory,
    });
    expect(withEmbedding.entries.find((entry) => entry.name === 'fusion')?.description).toMatch(
      /^the default ranker: bm25( \+ multi-factor)?( \+ occupation)? \+ embedding fused/,
    );
    const fused = await ((await withEmbedding.create('fusion')) as TrainableRanker).fit(undefined);
    const [match] = await fused.rank({ text: 'registered nurse, patient care' }, [job]);
    const members = defaultFusionMembers().map((member) => member.name);
    expect(Object.keys(match!.breakdown).sort()).toEqual([...members, 'embedding'].sort());
    expect(match!.breakdown.embedding).toBe(0.25);

    const without = await ((await createRankerRegistry({ env: {} }).create('fusion')) as TrainableRanker).fit(
      undefined,
    );
    const [plain] = await without.rank({ text: 'registered nurse, patient care' }, [job]);
    expect(Object.keys(plain!.breakdown).sort()).toEqual([...members].sort());
  });

  it('offers fusion-plain, the same fusion without pseudo-relevance expansion, when asked for', async () => {
    const registry = createRankerRegistry({ env: {} });
    expect(registry.defaults()).not.toContain('fusion-plain');
    const jobs = [
      parseJob({ id: 'nurse', source: 's', title: 'Registered Nurse', description: 'Patient care on a ward' }),
      parseJob({ id: 'icu', source: 's', title: 'ICU nurse', description: 'Critical patient care' }),
      parseJob({ id: 'driver', source: 's', title: 'Truck driver', description: 'Long haul routes' }),
      // The expansion step runs on batches of 20 jobs or more.
      ...Array.from({ length: 20 }, (_, index) =>
        parseJob({
          id: `other-${index}`,
          source: 's',
          title: index % 2 ? 'Warehouse operative' : 'Care assistant',
          description: `Shift ${index} on site`,
        }),
      ),
    ];
    const query = { text: 'registered nurse, patient care' };
    const withFeedback = await ((await registry.create('fusion')) as TrainableRanker).fit(undefined);
    const plain = await ((await registry.create('fusion-plain')) as TrainableRanker).fit(undefined);
    expect(plain.name).toBe('fusion-plain');
    const members = defaultFusionMembers().map((member) => member.name);
    expect(Object.keys((await withFeedback.rank(query, jobs))[0]!.breakdown).sort()).toEqual(
      [...members, 'similarityToTop'].sort(),
    );
    expect(Object.keys((await plain.rank(query, jobs))[0]!.breakdown).sort()).toEqual([...members].sort());
  });

  it('has the occupation ranker as an opt-in entry', async () => {
    const registry = createRankerRegistry({ env: {} });
    expect(registry.available()).toContain('occupation');
    expect(registry.defaults()).not.toContain('occupation');
    const ranker = await registry.create('occupation');
    expect('rank' in ranker && ranker.name).toBe('occupation');
  });
});
