import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const examples = fileURLToPath(new URL('./', import.meta.url));
const built = ['core', 'rankers', 'career'].every((name) =>
  existsSync(new URL(`../packages/${name}/dist/index.js`, import.meta.url)),
);

interface CareerReport {
  resume: string;
  specialisations: {
    postingCount: number;
    specialisations: Array<{
      name: string;
      rank: number;
      scores: { score: number };
      evidence: { postingIds: string[]; postingCount: number };
    }>;
  };
  skillGap: {
    targets: { jobIds: string[]; label: string };
    gaps: Array<{ skill: string; gain: number; priority: number }>;
    plan: Array<{ step: number; stage: string; skills: Array<{ skill: string }> }>;
  };
  courses: Array<{
    skill: string;
    courses: Array<{ course: { id: string; skills: string[] }; teaches: boolean; reason: string }>;
  }>;
}

function run(...args: string[]): string {
  return execFileSync(process.execPath, ['career-report.mjs', ...args], { cwd: examples, encoding: 'utf8' });
}

// The example runs the built packages, as an app would; `pnpm test` builds them first.
describe.skipIf(!built)('career report example', () => {
  it('reports specialisations, gaps, plan and courses for the default person (the data analyst)', () => {
    const report = JSON.parse(run('--json')) as CareerReport;
    expect(report.resume).toBe('resume-data-analyst');
    const [first] = report.specialisations.specialisations;
    expect(first?.name).toMatch(/analyst/i);
    expect(first?.evidence.postingIds).toContain('sample-014');
    expect(report.skillGap.targets.jobIds).toEqual(first?.evidence.postingIds);
    expect(report.skillGap.gaps.length).toBeGreaterThan(0);
    expect(report.skillGap.gaps[0]?.gain).toBeGreaterThan(0);
    const planned = report.skillGap.plan.flatMap((step) => step.skills.map((gap) => gap.skill));
    expect(planned.sort()).toEqual(report.skillGap.gaps.map((gap) => gap.skill).sort());
    expect(report.courses.map((entry) => entry.skill)).toEqual(report.skillGap.gaps.map((gap) => gap.skill));
    expect(report.courses[0]?.courses[0]?.teaches).toBe(true);
  });

  it('puts a nursing specialisation first for the nurse', () => {
    const report = JSON.parse(run('--json', '--resume', 'resume-registered-nurse', '--limit', '2')) as CareerReport;
    expect(report.specialisations.specialisations).toHaveLength(2);
    expect(report.specialisations.specialisations[0]?.name).toMatch(/nurse/i);
  });

  it('prints a readable report with a bar chart of the score gains', () => {
    const text = run('--resume', 'resume-software-engineer');
    expect(text).toMatch(/^Career report — Tomás Herrera \(resume-software-engineer\)/);
    expect(text).toMatch(/Top specialisations\n 1\. \S.*engineer/i);
    expect(text).toMatch(/█+\S* +\+0\.\d{3}  asked by \d+\/\d+/);
    expect(text).toMatch(/Step 1 — /);
    expect(text).toMatch(/Courses per gap/);
  });

  it('fails with a clear message on an unknown resume', () => {
    expect(() =>
      execFileSync(process.execPath, ['career-report.mjs', '--resume', 'nobody'], {
        cwd: examples,
        encoding: 'utf8',
        stdio: 'pipe',
      }),
    ).toThrow(/--resume must be one of resume-software-engineer/);
  });
});
