import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEvaluationDataset } from '../harness/dataset.js';
import type { DevSet } from './types.js';
import { summary, writeDevSet } from './write.js';

const split = (resumeId: string) => ({
  jobs: [{ id: `${resumeId}-job`, source: 'test', title: 'Nurse', description: 'Ward nurse.' }],
  resumes: [{ id: resumeId, text: 'Registered nurse.' }],
  qrels: [{ resumeId, jobId: `${resumeId}-job`, grade: 3 }],
});

describe('writing a dev set', () => {
  it('summarises a split for its README', () => {
    expect(summary(split('r1'))).toBe('1 query, 1 job, 1 resume, 1 judgement (grades 3: 1)');
  });

  it('writes train and test folders that the dataset loader reads back, with the direction in the README', async () => {
    const out = mkdtempSync(join(tmpdir(), 'rolefit-dev-set-write-'));
    try {
      const set: DevSet = {
        name: 'tiny',
        splits: { train: split('r1'), test: split('r2') },
        describe: 'Hand-written in the format the builders write.',
        query: 'job',
      };
      writeDevSet(out, '/data', set);
      const readme = readFileSync(join(out, 'tiny', 'train', 'README.md'), 'utf8');
      expect(readme).toMatch(/^# tiny \/ train\n\nquery: job\n\nHand-written/);
      expect(readme).toMatch(/Built by scripts\/build-dev-sets\.mjs from \/data/);
      const loaded = await loadEvaluationDataset(join(out, 'tiny', 'test'));
      expect(loaded.defaultQuery).toBe('job');
      expect(loaded.judgements).toEqual([{ resumeId: 'r2', jobId: 'r2-job', grade: 3 }]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
