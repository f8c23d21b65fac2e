// The hand-judged dev set in datasets/sample-dev, run through the harness with the real rankers.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createRankerRegistry } from './registry.js';
import { loadEvaluationDataset } from './dataset.js';
import { evaluate } from './evaluate.js';

const directory = fileURLToPath(new URL('../../../../datasets/sample-dev/', import.meta.url));
const NOW = new Date('2026-12-01T00:00:00.000Z');

describe('datasets/sample-dev', () => {
  it('judges each of the 5 resumes against about 20 jobs, with the strong fits of the samples README at 3', async () => {
    const dataset = await loadEvaluationDataset(directory);
    expect(dataset.defaultQuery).toBe('resume');
    expect(dataset.jobs).toHaveLength(62);
    expect(dataset.resumes).toHaveLength(5);
    const strong: Record<string, string[]> = {
      'resume-software-engineer': ['001', '002', '003', '004', '005'],
      'resume-registered-nurse': ['020', '021', '022', '023', '024'],
      'resume-electrician': ['028', '029', '030', '031'],
      'resume-accountant': ['042', '043', '045', '046'],
      'resume-data-analyst': ['014', '015', '016', '017', '018'],
    };
    for (const resume of dataset.resumes) {
      const judged = dataset.judgements.filter((judgement) => judgement.resumeId === resume.id);
      expect(judged.length, resume.id).toBeGreaterThanOrEqual(18);
      expect(judged.filter((judgement) => judgement.grade === 0).length, resume.id).toBeGreaterThanOrEqual(10);
      const grade = new Map(judged.map((judgement) => [judgement.jobId.replace('sample-', ''), judgement.grade]));
      for (const id of strong[resume.id] ?? ['missing']) expect(grade.get(id), `${resume.id} ${id}`).toBe(3);
    }
  });

  it('is ranked well by every ranker, in both directions', async () => {
    const dataset = await loadEvaluationDataset(directory);
    const registry = createRankerRegistry({ env: {}, now: () => NOW });
    const rankers = await Promise.all(registry.available().map((name) => registry.create(name)));
    for (const query of ['resume', 'job'] as const) {
      const results = await evaluate({ dataset, rankers, query });
      for (const [name, result] of Object.entries(results)) {
        expect(result['ndcg@10'], `${name} ${query}`).toBeGreaterThan(0.85);
        expect(result.auc, `${name} ${query}`).toBeGreaterThan(0.6);
        expect(result.pairs).toBe(103);
      }
    }
  });
  // No test pins an order of rankers on these 5 queries: an order on so few queries says nothing (see
  // `pnpm eval --report`, which compares rankers over every dev set with paired-bootstrap intervals).
});
