import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '@rolefit/dev-tools';
import { describe, expect, it } from 'vitest';
import { dataRoot, expectWellFormed, hasData, realContext } from './test-helpers.js';
import { buildWuzzufSkills, wuzzufGrade } from './wuzzuf-skills.js';

describe('wuzzufGrade', () => {
  it('grades a tag overlap 3 from 0.5, 2 from 0.3, 1 from 0.15', () => {
    expect([0.5, 0.49, 0.3, 0.15, 0.149, 0].map(wuzzufGrade)).toEqual([3, 2, 2, 1, 0, 0]);
  });
});

// Built from the real wuzzuf-postings-with-skills files in ../shared/data.
describe.skipIf(!hasData)('wuzzuf-skills on the real data', () => {
  it('grades by the overlap of the board tags, recomputed here from the source, on skill-list jobs', () => {
    const set = buildWuzzufSkills(realContext());
    expectWellFormed(set);
    // Board tags of each posting, by its row (from 1) in job_postings_data_final.csv.
    const folder = join(dataRoot, 'wuzzuf-postings-with-skills');
    const keyOf = (title: string | undefined, company: string | undefined) =>
      `${(title ?? '').replace(/\s+/g, ' ').trim()}\u0000${(company ?? '').replace(/\s+/g, ' ').trim()}`;
    const byKey = new Map<string, Set<string>>();
    for (const row of parseCsv(readFileSync(join(folder, 'job_skills.csv'), 'utf8'), { delimiter: '~' })) {
      const key = keyOf(row.job_title, row.company_name);
      if (!byKey.has(key)) byKey.set(key, new Set());
      byKey.get(key)!.add((row.job_skill ?? '').replace(/\s+/g, ' ').trim().toLowerCase());
    }
    const tagsOfRow = new Map<number, Set<string>>();
    parseCsv(readFileSync(join(folder, 'job_postings_data_final.csv'), 'utf8'), { delimiter: '~' }).forEach(
      (row, index) => {
        const tags = byKey.get(keyOf(row.job_title, row.company_name));
        if (tags) tagsOfRow.set(index + 1, tags);
      },
    );
    const { train, test } = set.splits;
    const trainPeople = new Set(train.resumes.map((resume) => resume.id));
    expect(test.resumes.some((resume) => trainPeople.has(resume.id))).toBe(false);
    for (const split of [train, test]) {
      expect(split.resumes.length).toBeGreaterThan(150);
      expect(new Set(split.qrels.map((row) => row.grade))).toEqual(new Set([0, 1, 2, 3]));
      for (const job of split.jobs) {
        expect(job.description).toBe('');
        expect(job.skills!.length).toBeGreaterThanOrEqual(3);
      }
      const jobs = new Map(split.jobs.map((job) => [job.id, job]));
      for (const row of split.qrels) {
        const own = tagsOfRow.get(Number(row.resumeId.replace('wz-person-', '')))!;
        const theirs = jobs.get(row.jobId)!.skills!;
        const shared = theirs.filter((skill) => own.has(skill)).length;
        const overlap = shared / (own.size + theirs.length - shared);
        expect(row.grade).toBe(overlap >= 0.5 ? 3 : overlap >= 0.3 ? 2 : overlap >= 0.15 ? 1 : 0);
      }
      for (const resume of split.resumes) expect(resume.text.length).toBeGreaterThanOrEqual(200);
    }
  });
});
