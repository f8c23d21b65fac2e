// Test support for the real-resume set (see README.md here): not exported from the package.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Resume } from '@rolefit/core';
import { parseCsv } from '@rolefit/dev-tools';
import { f1Of, relaxedMatch, scoreFields, type FieldScore } from '../evaluation.js';
import { parseResumeFile } from '../parse-resume-file.js';
import { parseResumeText } from '../parse-resume-text.js';

/** One job as a person reads it in the resume; null where the resume does not say. */
export interface LabelledJob {
  title: string | null;
  company: string | null;
  /** "YYYY-MM" or "YYYY". */
  start: string | null;
  /** "YYYY-MM", "YYYY" or "present". */
  end: string | null;
}

/** One education entry as a person reads it; null where the resume does not say. */
export interface LabelledEducation {
  degree: string | null;
  institution: string | null;
  start: string | null;
  end: string | null;
}

/** The hand labels of one resume in labels.json. */
export interface RealResumeLabel {
  id: string;
  /** Relative to the data folder: a PDF path, "file.jsonl#<id>" or "file.csv#row=<n>" (0-based data row). */
  source: string;
  /** First 16 hex digits of the SHA-256 of the PDF bytes or of the resume text, to notice a changed source. */
  sha256: string;
  category: string;
  layout: RealResumeLayout;
  name: string | null;
  emails: string[];
  phones: string[];
  links: string[];
  experience: LabelledJob[];
  education: LabelledEducation[];
  /** null: the resume has no skills section, so skills are not scored for it. */
  skills: string[] | null;
  notes: string;
}

/** Layout classes of the set (README.md says how each was assigned). */
export type RealResumeLayout = 'one-column' | 'table' | 'two-column' | 'plain-text' | 'flattened-text';

/** The date the set is parsed as of ("present" and durations count to it). */
export const REAL_RESUME_NOW = new Date(Date.UTC(2026, 0, 1));

/**
 * Parses one resume of the set with the public readers: `parseResumeFile` for a PDF (a generous time limit: the point
 * is what is read, not how fast; timings are measured in bench/), `parseResumeText` for a text.
 */
export async function parseRealResume(label: RealResumeLabel, dataDir = REAL_RESUME_DATA_DIR): Promise<Resume> {
  const input = readRealResumeInput(label, dataDir);
  return input.kind === 'file'
    ? await parseResumeFile(input.path, { id: label.id, now: REAL_RESUME_NOW, timeoutMs: 60_000 })
    : parseResumeText(input.text, { id: label.id, now: REAL_RESUME_NOW });
}

/** The fields scored, in report order. */
export const REAL_RESUME_FIELDS = [
  'name',
  'emails',
  'phones',
  'links',
  'companies',
  'titles',
  'dates',
  'degrees',
  'institutions',
  'skills',
] as const;
/** One scored field. */
export type RealResumeField = (typeof REAL_RESUME_FIELDS)[number];

const here = path.dirname(fileURLToPath(import.meta.url));
const repositoryRoot = path.resolve(here, '../../../../../');

/** The data folder: ROLEFIT_DATA_DIR, else ROLEFIT_DATA, else ../shared/data beside the checkout. */
export const REAL_RESUME_DATA_DIR =
  process.env.ROLEFIT_DATA_DIR ?? process.env.ROLEFIT_DATA ?? path.resolve(repositoryRoot, '../shared/data');

/** Reads labels.json. */
export function readRealResumeLabels(): RealResumeLabel[] {
  return JSON.parse(readFileSync(path.join(here, 'labels.json'), 'utf8')) as RealResumeLabel[];
}

/** Why the set cannot be read (a missing data folder or file), or undefined when every source is there. */
export function missingRealResumeData(
  labels: readonly RealResumeLabel[],
  dataDir = REAL_RESUME_DATA_DIR,
): string | undefined {
  for (const label of labels) {
    const file = path.join(dataDir, label.source.split('#')[0] ?? '');
    if (!existsSync(file)) return `${file} is missing (set ROLEFIT_DATA_DIR to the shared data folder)`;
  }
  return undefined;
}

/** A resume's input: a PDF path (parse as a file) or its text (parse as text). */
export type RealResumeInput = { kind: 'file'; path: string } | { kind: 'text'; text: string };

const textCache = new Map<string, string[] | Map<string, string>>();

/** Resolves a label's source to a file path or text, checking the hash; throws when the source changed. */
export function readRealResumeInput(label: RealResumeLabel, dataDir = REAL_RESUME_DATA_DIR): RealResumeInput {
  const [file = '', anchor] = label.source.split('#');
  const full = path.join(dataDir, file);
  let input: RealResumeInput;
  let hashed: string | Uint8Array;
  if (anchor === undefined) {
    input = { kind: 'file', path: full };
    hashed = readFileSync(full);
  } else if (file.endsWith('.jsonl')) {
    let byId = textCache.get(full) as Map<string, string> | undefined;
    if (!byId) {
      byId = new Map(
        readFileSync(full, 'utf8')
          .split('\n')
          .filter((line) => line.trim())
          .map((line) => JSON.parse(line) as { id: string; text: string })
          .map((record) => [record.id, record.text]),
      );
      textCache.set(full, byId);
    }
    const text = byId.get(anchor);
    if (text === undefined) throw new Error(`${label.id}: no record ${anchor} in ${full}`);
    input = { kind: 'text', text };
    hashed = text;
  } else {
    let rows = textCache.get(full) as string[] | undefined;
    if (!rows) {
      rows = parseCsv(readFileSync(full, 'utf8')).map((record) => record.Resume ?? '');
      textCache.set(full, rows);
    }
    const row = Number(/^row=(\d+)$/.exec(anchor)?.[1] ?? Number.NaN);
    const text = rows[row];
    if (text === undefined) throw new Error(`${label.id}: no ${anchor} in ${full}`);
    input = { kind: 'text', text };
    hashed = text;
  }
  const digest = createHash('sha256').update(hashed).digest('hex').slice(0, 16);
  if (digest !== label.sha256)
    throw new Error(`${label.id}: ${label.source} changed (sha256 ${digest}, labelled ${label.sha256})`);
  return input;
}

// A job's dates as one comparable value: "start~end" with "?" for unknown and "present" for ongoing.
const monthOf = (date: Date | null | undefined, absent: string): string =>
  date === null ? 'present' : date === undefined ? absent : date.toISOString().slice(0, 7);
const datesKey = (start: string, end: string) => `${start}~${end}`;

/** The scored values of a parsed resume; `skills` is left empty when the label has no skills section. */
export function predictedFields(resume: Resume, label: RealResumeLabel): Record<RealResumeField, string[]> {
  return {
    name: resume.contact.name ? [resume.contact.name] : [],
    emails: resume.contact.email ? [resume.contact.email] : [],
    phones: resume.contact.phone ? [resume.contact.phone] : [],
    links: resume.contact.links,
    companies: resume.experience.flatMap((entry) => (entry.company ? [entry.company] : [])),
    titles: resume.experience.map((entry) => entry.title),
    dates: resume.experience
      .filter((entry) => entry.start || entry.end !== undefined)
      .map((entry) => datesKey(monthOf(entry.start, '?'), monthOf(entry.end, '?'))),
    degrees: resume.education.flatMap((entry) => (entry.degree ? [entry.degree] : [])),
    institutions: resume.education.flatMap((entry) => (entry.institution ? [entry.institution] : [])),
    skills: label.skills === null ? [] : resume.skills,
  };
}

/** The labelled values of a resume, in the same shape as {@link predictedFields}. */
export function expectedFields(label: RealResumeLabel): Record<RealResumeField, string[]> {
  const present = <T>(values: (T | null)[]) => values.filter((value): value is T => value !== null);
  return {
    name: label.name ? [label.name] : [],
    emails: label.emails,
    phones: label.phones,
    links: label.links,
    companies: present(label.experience.map((job) => job.company)),
    titles: present(label.experience.map((job) => job.title)),
    dates: label.experience
      .filter((job) => job.start || job.end)
      .map((job) => datesKey(job.start ?? '?', job.end ?? '?')),
    degrees: present(label.education.map((entry) => entry.degree)),
    institutions: present(label.education.map((entry) => entry.institution)),
    skills: label.skills ?? [],
  };
}

const digits = (phone: string) => phone.replace(/\D/g, '').slice(-10);
const linkKey = (link: string) =>
  link
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '');
// A labelled "2011" takes any month of 2011; "?" (not stated) matches only "?".
const datePartMatches = (predicted: string, expected: string) =>
  expected.length === 4 ? predicted.slice(0, 4) === expected : predicted === expected;
const datesMatch = (predicted: string, expected: string) => {
  const [predictedStart = '', predictedEnd = ''] = predicted.split('~');
  const [expectedStart = '', expectedEnd = ''] = expected.split('~');
  return datePartMatches(predictedStart, expectedStart) && datePartMatches(predictedEnd, expectedEnd);
};

/** How a predicted value counts for a labelled one, per field. */
export const REAL_RESUME_MATCH: Record<RealResumeField, (predicted: string, expected: string) => boolean> = {
  name: relaxedMatch,
  emails: (predicted, expected) => predicted.trim().toLowerCase() === expected.trim().toLowerCase(),
  phones: (predicted, expected) => digits(predicted).length >= 7 && digits(predicted) === digits(expected),
  links: (predicted, expected) => linkKey(predicted) === linkKey(expected),
  companies: relaxedMatch,
  titles: relaxedMatch,
  dates: datesMatch,
  degrees: relaxedMatch,
  institutions: relaxedMatch,
  skills: relaxedMatch,
};

/** One resume's labelled and predicted values. */
export interface RealResumePair {
  label: RealResumeLabel;
  expected: Record<RealResumeField, string[]>;
  predicted: Record<RealResumeField, string[]>;
}

/** Precision, recall and F1 of every field over a group of resumes. */
export interface RealResumeGroupScore {
  group: string;
  resumes: number;
  fields: (FieldScore & { f1: number | undefined })[];
}

/** Scores per field for a group of resumes, repeated values counted (three jobs at "Company Name" are three). */
export function scoreRealResumes(group: string, pairs: readonly RealResumePair[]): RealResumeGroupScore {
  const fields = REAL_RESUME_FIELDS.map((field) => {
    const [score] = scoreFields(pairs, [field], REAL_RESUME_MATCH[field], { multiset: true });
    return { ...(score as FieldScore), f1: f1Of(score as FieldScore) };
  });
  return { group, resumes: pairs.length, fields };
}

/** The full report: overall, by layout and by category. */
export interface RealResumeReport {
  overall: RealResumeGroupScore;
  byLayout: RealResumeGroupScore[];
  byCategory: RealResumeGroupScore[];
}

/** The category a resume is reported under: the Kaggle folder name, else the source folder (with its own category, if any). */
export function categoryOf(label: RealResumeLabel): string {
  const folder = label.source.split('/')[0] ?? label.source;
  if (folder === 'kaggle-resume-pdfs-sample') return label.category;
  return label.category === 'dataturks' ? folder : `${folder}: ${label.category}`;
}

/** Groups the pairs and scores each group. */
export function buildRealResumeReport(pairs: readonly RealResumePair[]): RealResumeReport {
  const groupBy = (key: (pair: RealResumePair) => string) => {
    const groups = new Map<string, RealResumePair[]>();
    for (const pair of pairs) groups.set(key(pair), [...(groups.get(key(pair)) ?? []), pair]);
    return [...groups.entries()]
      .sort(([left], [right]) => left.localeCompare(right))
      .map(([group, members]) => scoreRealResumes(group, members));
  };
  return {
    overall: scoreRealResumes('all', pairs),
    byLayout: groupBy((pair) => pair.label.layout),
    byCategory: groupBy((pair) => categoryOf(pair.label)),
  };
}

const cell = (value: number | undefined) => (value === undefined ? '–' : value.toFixed(2));

/** The report as markdown tables: per field overall (P, R, F1, counts), then F1 per field by layout and by category. */
export function formatRealResumeReport(report: RealResumeReport, title = 'Real-resume set'): string {
  const overall = [
    `### ${title}: ${report.overall.resumes} resumes, all`,
    '',
    '| field | precision | recall | F1 | predicted | labelled |',
    '|---|---:|---:|---:|---:|---:|',
    ...report.overall.fields.map(
      (score) =>
        `| ${score.field} | ${cell(score.predicted ? score.precision : undefined)} | ${cell(score.expected ? score.recall : undefined)} | ${cell(score.f1)} | ${score.predicted} | ${score.expected} |`,
    ),
  ];
  const grid = (heading: string, groups: RealResumeGroupScore[]) => [
    '',
    `### F1 by ${heading}`,
    '',
    `| ${heading} | n | ${REAL_RESUME_FIELDS.join(' | ')} |`,
    `|---|---:|${REAL_RESUME_FIELDS.map(() => '---:').join('|')}|`,
    ...groups.map(
      (group) => `| ${group.group} | ${group.resumes} | ${group.fields.map((score) => cell(score.f1)).join(' | ')} |`,
    ),
  ];
  return [
    ...overall,
    ...grid('layout', report.byLayout),
    ...grid('category', report.byCategory),
    '',
    '"–": nothing labelled and nothing predicted.',
  ].join('\n');
}
