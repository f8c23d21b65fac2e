// A job's words read once field by field (job-field-words.ts) and shared by BM25's field-weighted counts and the
// pseudo-relevance ranker's word counts must give both countings exactly what each got by tokenizing its own joining
// of the fields (the code before): the same terms in the same order with the same counts, so that the saved job
// readings (job-features.ts) stay the same byte for byte. Real data: every posting of the Kaggle LinkedIn sample
// (2023-24) and of the USAJOBS dump of ../shared/data (ROLEFIT_DATA_DIR; skipped where absent; see its SOURCES.md),
// plus the built-in sample jobs and jobs whose HTML spans fields.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jobPlaceText, parseJob, type Job } from '@rolefit/core';
import { sampleJobs } from '@rolefit/core/samples';
import { tokenize } from '@rolefit/core/text';
import { parseCsv } from '@rolefit/dev-tools';
import { describe, expect, it } from 'vitest';
import { countedByJob, joinedJobWords } from '../pseudo-relevance/job-vectors.js';
import { bm25CountCache, DEFAULT_BM25_FIELD_WEIGHTS } from './bm25-scoring.js';
import { jobFieldWords } from './job-field-words.js';
import { startScoring, termName, type CountedTerms } from './job-terms.js';

const root = fileURLToPath(new URL('../../../..', import.meta.url));
const dataDirectory = process.env.ROLEFIT_DATA_DIR ?? process.env.ROLEFIT_DATA ?? resolve(root, '../shared/data');
const linkedInFile = resolve(dataDirectory, 'linkedin-postings-2023-24-head1000/postings_head1000.csv');
const usaJobsFile = resolve(dataDirectory, 'usajobs-data-roles-2026/job_skills.csv');
const rows = (path: string) => parseCsv(readFileSync(path, 'utf8')) as Record<string, string>[];

function linkedInJobs(): Job[] {
  return rows(linkedInFile).map((row, index) => {
    const [city, region] = (row.location ?? '').split(',').map((part) => part.trim());
    return parseJob({
      id: `linkedin-${row.job_id}-${index}`,
      source: 'linkedin',
      title: row.title || 'Untitled',
      company: row.company_name || undefined,
      description: row.description || undefined,
      ...(row.skills_desc ? { skills: row.skills_desc.split(/[,;]/u) } : {}),
      location: { city: city || undefined, region: region || undefined, country: 'US' },
    });
  });
}

function usaJobs(): Job[] {
  return rows(usaJobsFile).map((row, index) =>
    parseJob({
      id: `usajobs-${index}`,
      source: 'usajobs',
      title: row.title || 'Untitled',
      description: row.description || undefined,
      skills: [row.role ?? '', row.job_grade ?? ''],
      location: { city: row.city || undefined, region: row.state || undefined, country: 'United States' },
    }),
  );
}

// Tags and entities, within a field and across fields: those jobs are counted from their own joinings, as before.
const htmlJobs: Job[] = [
  { title: 'Engineer <b', company: 'Acme', description: 'builds> things and tests them' },
  { title: 'Analyst', company: 'AT&amp;T', description: 'R&D reporting; data &amp; dashboards' },
  { title: 'Nurse', description: '<p>Caring for <em>patients</em></p>', skills: ['<b>triage</b>'] },
  { title: 'Chef <i>', description: 'cooks', location: { city: 'Lyon', region: 'Rhône>', country: 'France' } },
  { title: 'Painter', description: 'a < b and c > d', skills: ['Ölmalerei', 'ΟΔΟΣ.'] },
].map((job, index) => parseJob({ id: `html-${index}`, source: 'test', ...job }));

const STEMMED = { removeStopwords: true, stem: true } as const;

// The code before: each counting tokenizes its own joining of the job's fields (the pseudo-relevance counting still
// does so for a job whose fields cannot be read apart).
function bm25Reference(job: Job): Map<string, number> {
  const counts = new Map<string, number>();
  const fields = {
    title: job.title,
    skills: job.skills ?? [],
    description: job.description ?? '',
    company: job.company ?? '',
    location: jobPlaceText(job),
  };
  for (const [field, value] of Object.entries(fields)) {
    const weight = DEFAULT_BM25_FIELD_WEIGHTS[field as keyof typeof DEFAULT_BM25_FIELD_WEIGHTS];
    for (const term of tokenize(typeof value === 'string' ? value : value.join(' \n '), STEMMED))
      counts.set(term, (counts.get(term) ?? 0) + weight);
  }
  return counts;
}

function wordsReference(job: Job): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of joinedJobWords(job)) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

const asPairs = (counted: CountedTerms) =>
  Array.from(counted.ids, (id, index) => [termName(id), counted.counts[index]]);

/** Jobs whose counts differ from the code before, and how many were counted from words read once. */
function compare(jobs: readonly Job[]): { differences: string[]; shared: number } {
  const differences: string[] = [];
  let shared = 0;
  startScoring();
  for (const original of jobs) {
    // A fresh object, as a store hands out: no per-job cache has counted it.
    const job = structuredClone(original);
    if (jobFieldWords(job) !== undefined) shared += 1;
    // BM25 first, as the job features writer reads them: the pseudo-relevance counting then reads the words kept.
    const bm25 = bm25CountCache().get(job);
    const words = countedByJob.get(job);
    const bm25Expected = [...bm25Reference(job)];
    if (JSON.stringify(asPairs(bm25.terms)) !== JSON.stringify(bm25Expected))
      differences.push(`${job.id}: BM25 counts`);
    if (bm25.length !== bm25Expected.reduce((sum, [, count]) => sum + count, 0))
      differences.push(`${job.id}: BM25 length`);
    if (JSON.stringify(asPairs(words)) !== JSON.stringify([...wordsReference(job)]))
      differences.push(`${job.id}: word counts`);
  }
  return { differences, shared };
}

describe('job words read once for BM25 and pseudo-relevance counts', () => {
  it.skipIf(!existsSync(linkedInFile) || !existsSync(usaJobsFile))(
    'count every LinkedIn and USAJOBS posting as each counting did alone (same terms, order and counts)',
    () => {
      const jobs = [...linkedInJobs(), ...usaJobs()];
      expect(jobs.length).toBeGreaterThan(3000);
      const { differences, shared } = compare(jobs);
      expect(differences).toEqual([]);
      // Most postings are read once for both countings; those read as HTML (an entity, a tag) each their own way.
      expect(shared).toBeGreaterThan(jobs.length * 0.8);
    },
    120_000,
  );

  it('count the sample jobs and jobs with HTML across fields as each counting did alone', () => {
    const jobs = [...sampleJobs.map((job) => parseJob(job)), ...htmlJobs];
    const { differences } = compare(jobs);
    expect(differences).toEqual([]);
    // A tag opened in the title and closed in the description, an entity, a tag: each counted from its own joining.
    for (const job of htmlJobs.slice(0, 4)) expect(jobFieldWords(job)).toBeUndefined();
    // '<' and '>' that open no tag, accents and a Greek final sigma: read field by field.
    expect(jobFieldWords(htmlJobs[4]!)).toBeDefined();
  });

  it('reads a job again when its text changed since it was kept', () => {
    const job = parseJob({ id: 'edited', source: 'test', title: 'Welder', description: 'welding pipes' });
    expect(jobFieldWords(job)?.description).toEqual(['weld', 'pipe']);
    job.description = 'painting walls';
    expect(jobFieldWords(job)?.description).toEqual(['paint', 'wall']);
  });
});
