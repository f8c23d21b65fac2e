// Résumés in Spanish, German, French, Italian, Portuguese and Russian, hand-written for these tests in the formats
// Europeans and Latin Americans use (invented people and employers; fixtures/international, each labelled in
// labels.json with its format): the Europass CV in six languages (dates on their own line, then the title, then
// "Employer, City (Country)"; the older Italian one with labelled lines), the German tabular Lebenslauf ("seit 03/2019
// <tab> Projektleiterin, Isartal Energietechnik GmbH, München"), the French CV ("Depuis 2019 : Chef de projet — Banque
// …"), a Chilean CV, the Russian резюме as hh.ru prints it ("Март 2018 — настоящее время") and a Brazilian currículo.
// Each is read as text; those labelled with docx and pdf are also converted at test time by LibreOffice (soffice, from
// Debian's libreoffice-writer-nogui: scripts/install-test-tools.sh; skipped with a printed reason without it), so the
// DOCX and PDF readers' layouts are exercised. Per-field precision/recall/F1 is printed; the floors are generous.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { Resume } from '@rolefit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSoffice } from '../testing/system-tools.js';
import { f1Of, type FieldScore, formatScores, relaxedMatch, scoreFields } from './evaluation.js';
import { parseResumeFile, parseResumeText } from './index.js';

interface Label {
  file: string;
  format: string;
  /** The fixture's forms: text (txt), an HTML table layout (html, read only as DOCX and PDF), and txt made DOCX and PDF. */
  files: ('txt' | 'html' | 'docx' | 'pdf')[];
  name: string;
  jobs: { title: string; company: string; start: string; end: string }[];
  education: { degree: string; institution: string; end: string }[];
}

const directory = fileURLToPath(new URL('./fixtures/international/', import.meta.url));
const labels = JSON.parse(readFileSync(`${directory}labels.json`, 'utf8')) as Label[];
// Written after the parser was changed for the set above and labelled before it was run on them. Measured once so (text:
// titles 0.55, companies 0.55, starts 0.36; tables as DOCX titles 0.89, as PDF 0.57), then general gaps they showed were
// fixed: a barred line ending in an abbreviation ("| León, Gto."), a line opening with "с" ("с 04.2020 по настоящее
// время"), "Março de 2019", "Bilanzbuchhalter", the name beside "PERSONAL INFORMATION" in a table row. Not held out since.
// Later, the PDF reader read the Europass table's column of dates before its entries (all dates, then all titles); a left
// column mostly of dates is now read line by line (pdf/layout.ts), and a school below the dates under its degree is
// that degree's: the tables as PDF went from name 0.67, titles 0.75, degrees 0.67 to 1.00 in every field.
const holdoutDirectory = `${directory}holdout/`;
const holdout = JSON.parse(readFileSync(`${holdoutDirectory}labels.json`, 'utf8')) as Label[];
const NOW = new Date(Date.UTC(2026, 0, 1));
const TEXT_FIELDS = ['name', 'titles', 'companies', 'degrees', 'institutions'] as const;
const DATE_FIELDS = ['starts', 'ends', 'educationEnds'] as const;

// Dates as labelled: "2019-03", "2019" (a year alone) or "present"; a parsed date matches when it starts with the label.
const month = (date: Date | string | null | undefined) =>
  date === null ? 'present' : date === undefined ? '' : new Date(date).toISOString().slice(0, 7);
const degreeOf = (entry: Resume['education'][number]) => [entry.degree, entry.field].filter(Boolean).join(' ');
const fieldsOf = (resume: Resume): Record<string, string[]> => ({
  name: resume.contact.name ? [resume.contact.name] : [],
  titles: resume.experience.map((entry) => entry.title),
  companies: resume.experience.flatMap((entry) => (entry.company ? [entry.company] : [])),
  // "<degree> <field>", as the DataTurks scoring joins them: the labels are the qualification as written.
  degrees: resume.education.flatMap((entry) => (entry.degree ? [degreeOf(entry)] : [])),
  institutions: resume.education.flatMap((entry) => (entry.institution ? [entry.institution] : [])),
  // Paired with the title so that a date counts only on its own job.
  starts: resume.experience.map((entry) => `${entry.title}@${month(entry.start)}`),
  ends: resume.experience.map(
    (entry) => `${entry.title}@${entry.end === undefined && !entry.start ? '' : month(entry.end)}`,
  ),
  educationEnds: resume.education.map((entry) => `${degreeOf(entry)}@${month(entry.end)}`),
});
const expectedOf = (label: Label): Record<string, string[]> => ({
  name: [label.name],
  titles: label.jobs.map((job) => job.title),
  companies: label.jobs.map((job) => job.company),
  degrees: label.education.map((entry) => entry.degree),
  institutions: label.education.map((entry) => entry.institution),
  starts: label.jobs.map((job) => `${job.title}@${job.start}`),
  ends: label.jobs.map((job) => `${job.title}@${job.end}`),
  educationEnds: label.education.map((entry) => `${entry.degree}@${entry.end}`),
});
// A dated value matches when its text part matches relaxedly and its date starts with the labelled one.
const datedMatch = (predicted: string, expected: string): boolean => {
  const [predictedText = '', predictedDate = ''] = predicted.split('@');
  const [expectedText = '', expectedDate = ''] = expected.split('@');
  return relaxedMatch(predictedText, expectedText) && predictedDate !== '' && predictedDate.startsWith(expectedDate);
};

function score(pairs: { expected: Record<string, string[]>; predicted: Record<string, string[]> }[]): FieldScore[] {
  return [
    ...scoreFields(pairs, TEXT_FIELDS, relaxedMatch, { multiset: true }),
    ...scoreFields(pairs, DATE_FIELDS, datedMatch, { multiset: true }),
  ];
}

const f1Table = (title: string, scores: readonly FieldScore[]) =>
  `${formatScores(title, scores)}\nF1: ${scores.map((entry) => `${entry.field} ${(f1Of(entry) ?? 0).toFixed(2)}`).join(', ')}`;

function expectF1(scores: readonly FieldScore[], floors: Record<string, number>): void {
  for (const entry of scores) {
    const floor = floors[entry.field];
    if (floor !== undefined) expect(f1Of(entry) ?? 0, `${entry.field} F1`).toBeGreaterThanOrEqual(floor);
  }
}

// Generous floors, well under what is measured (the printed tables): the code before these résumés were written read
// no job at all from six of them (Italian, Portuguese, hh.ru's Russian, the Brazilian and the Italian Europass CV) and
// took section headings for names and titles.
const TEXT_FLOORS = {
  name: 0.8,
  titles: 0.75,
  companies: 0.7,
  degrees: 0.7,
  institutions: 0.65,
  starts: 0.7,
  ends: 0.65,
  educationEnds: 0.6,
};
// The second set's floors are under what it measured before it was used for those three fixes.
const HOLDOUT_FLOORS = { name: 0.6, titles: 0.45, companies: 0.45, degrees: 0.4, institutions: 0.4, starts: 0.3 };
const FILE_FLOORS = { name: 0.7, titles: 0.6, companies: 0.55, degrees: 0.55, institutions: 0.5, starts: 0.55 };

describe('international résumés (hand-written in the Europass, Lebenslauf, French, Latin-American, hh.ru and Brazilian formats)', () => {
  it('has a dozen résumés in six languages, at least four of them also as DOCX and PDF', () => {
    expect(labels.length).toBeGreaterThanOrEqual(12);
    expect(
      labels.filter((label) => label.files.includes('docx') && label.files.includes('pdf')).length,
    ).toBeGreaterThanOrEqual(4);
  });

  it('reads the texts: per-field F1 over generous floors', () => {
    const pairs = labels.map((label) => ({
      expected: expectedOf(label),
      predicted: fieldsOf(parseResumeText(readFileSync(`${directory}${label.file}.txt`, 'utf8'), { now: NOW })),
    }));
    const scores = score(pairs);
    console.log(f1Table(`International résumés, text (${pairs.length})`, scores));
    expectF1(scores, TEXT_FLOORS);
  });

  it("reads the second set's texts: per-field F1 over generous floors", () => {
    const texts = holdout.filter((label) => label.files.includes('txt'));
    const pairs = texts.map((label) => ({
      expected: expectedOf(label),
      predicted: fieldsOf(parseResumeText(readFileSync(`${holdoutDirectory}${label.file}.txt`, 'utf8'), { now: NOW })),
    }));
    const scores = score(pairs);
    console.log(f1Table(`International résumés, second set, text (${pairs.length})`, scores));
    expectF1(scores, HOLDOUT_FLOORS);
  });
});

const soffice = findSoffice();
if (!soffice)
  console.log(
    'international.test.ts: DOCX and PDF skipped, soffice not found (install libreoffice-writer-nogui, see scripts/install-test-tools.sh, or set ROLEFIT_SOFFICE)',
  );

describe.skipIf(!soffice)('international résumés as DOCX and PDF written by LibreOffice', () => {
  const run = promisify(execFile);
  const converted = labels.filter((label) => label.files.includes('docx'));
  const tables = holdout.filter((label) => label.files.includes('html'));
  let work = '';
  // One soffice run per format, with its own profile folder (soffice starts slowly on a loaded machine).
  async function convert(inputs: readonly string[], target: string, filter?: string): Promise<void> {
    const profile = pathToFileURL(path.join(work, 'profile')).href;
    const options = [`-env:UserInstallation=${profile}`, '--headless', ...(filter ? [`--infilter=${filter}`] : [])];
    await run(soffice as string, [...options, '--convert-to', target, '--outdir', work, ...inputs], {
      timeout: 240_000,
    });
  }
  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'rolefit-international-'));
    const texts = converted.map((label) => {
      const copy = path.join(work, `${label.file}.txt`);
      copyFileSync(`${directory}${label.file}.txt`, copy);
      return copy;
    });
    await convert(texts, 'docx', 'Text (encoded):UTF8,LF,,');
    await convert(
      tables.map((label) => `${holdoutDirectory}${label.file}.html`),
      'docx:MS Word 2007 XML',
      'HTML (StarWriter)',
    );
    await convert(
      [...converted, ...tables].map((label) => path.join(work, `${label.file}.docx`)),
      'pdf',
    );
  }, 600_000);
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  // Parses the converted files of `set`, prints its per-field figures and checks them against `floors`.
  async function scoreFiles(
    set: readonly Label[],
    extension: 'docx' | 'pdf',
    title: string,
    floors: Record<string, number>,
  ): Promise<void> {
    const pairs = [];
    for (const label of set) {
      const resume = await parseResumeFile(path.join(work, `${label.file}.${extension}`), {
        now: NOW,
        timeoutMs: 60_000,
      });
      pairs.push({ expected: expectedOf(label), predicted: fieldsOf(resume) });
    }
    const scores = score(pairs);
    console.log(f1Table(`${title} (${pairs.length})`, scores));
    expectF1(scores, floors);
  }

  for (const extension of ['docx', 'pdf'] as const) {
    const format = extension.toUpperCase();
    it(
      `reads the ${format} versions: per-field F1 over generous floors`,
      () => scoreFiles(converted, extension, `International résumés, ${format} by LibreOffice`, FILE_FLOORS),
      120_000,
    );

    it(
      `reads the second set's table layouts (HTML tables) as ${format}: per-field F1 over generous floors`,
      () => scoreFiles(tables, extension, `International résumés, second set, tables as ${format}`, HOLDOUT_FLOORS),
      120_000,
    );
  }
});
