// ember: one LinkedIn profile and the Glassdoor postings its owner saved or discarded (2018).
import { parseCsv } from '@rolefit/dev-tools';
import { clean, splitByItem, type DevSetContext } from './context.js';
import type { DevJob, DevSet, Qrel } from './types.js';

const PYTHON_ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  v: '\v',
  0: '\0',
};

/** Reads a Python list-of-strings literal such as `['a', "b's"]`, as the source stores each posting. */
export function parsePythonStringList(text: string): string[] {
  const items: string[] = [];
  let index = text.indexOf('[') + 1;
  if (index === 0) throw new Error('not a Python list');
  for (;;) {
    while (/[\s,]/.test(text[index] ?? '')) index += 1;
    if (index >= text.length) throw new Error('unterminated Python list');
    if (text[index] === ']') return items;
    const quote = text[index];
    if (quote !== "'" && quote !== '"') throw new Error(`unexpected ${JSON.stringify(text[index])} in a Python list`);
    index += 1;
    let value = '';
    while (text[index] !== quote) {
      if (index >= text.length) throw new Error('unterminated Python string');
      if (text[index] === '\\') {
        const code = text[index + 1] ?? '';
        const width = code === 'x' ? 2 : code === 'u' ? 4 : code === 'U' ? 8 : 0;
        if (width > 0) {
          value += String.fromCodePoint(Number.parseInt(text.slice(index + 2, index + 2 + width), 16));
          index += 2 + width;
        } else {
          value += PYTHON_ESCAPES[code] ?? `\\${code}`;
          index += 2;
        }
      } else value += text[index++];
    }
    index += 1;
    items.push(value);
  }
}

/** Opening lines that are headings, not titles. */
const GENERIC_HEADINGS =
  /^(\**\s*)?(job description|description|who we are|about (the|us|the team)|overview|location:.*|job type:.*|sector:.*|technology group)\s*:?\**$/i;

/** A posting's title: its first line that is not a heading such as "Job Description", cut to 10 words. */
export function emberTitle(lines: readonly string[]): string {
  const line =
    lines
      .map((candidate) => candidate.replace(/\*+/g, '').trim())
      .find((candidate) => candidate && !GENERIC_HEADINGS.test(candidate)) ?? '';
  return line.split(/\s+/).slice(0, 10).join(' ') || 'Job posting';
}

/** Builds the ember set: saved postings grade 2, discarded 0, unlabelled left out. */
export function buildEmber(context: DevSetContext): DevSet {
  const folder = 'ember-profile-job-labels';
  const profile = parseCsv(context.read(folder, 'chris_profile.csv'))[0]?.profile ?? '';
  const rows = parseCsv(context.read(folder, 'chris_complete_training.csv'));
  const resumeId = 'ember-chris';
  const jobs: DevJob[] = [];
  const qrels: Qrel[] = [];
  const textOf = new Map<string, string>();
  for (const row of rows) {
    const label = Number(row.labels);
    // 1 = saved, -1 = discarded, 0 = never labelled (unjudged, left out).
    if (label !== 1 && label !== -1) continue;
    const lines = parsePythonStringList(row.jobs ?? '');
    const id = `ember-${clean(row[''])}`;
    const description = lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
    jobs.push({ id, source: 'ember', title: emberTitle(lines), description });
    qrels.push({ resumeId, jobId: id, grade: label === 1 ? 2 : 0 });
    textOf.set(id, description);
  }
  const all = { jobs, resumes: [{ id: resumeId, text: profile }], qrels };
  return {
    name: 'ember',
    splits: splitByItem(all, 'ember', (jobId) => textOf.get(jobId)),
    describe: [
      'One LinkedIn profile (ember-profile-job-labels/chris_profile.csv: About, experience and recommendations) and',
      'the Glassdoor postings its owner saved (grade 2) or discarded (grade 0); the 706 unlabelled postings are left',
      'out. Postings have no title in the source: the title here is the first line that is not a heading such as',
      '"Job Description", cut to 10 words. Only 48 labels (11 saved): a smoke test, not a measurement.',
      'Split by posting, half and half per grade with a fixed seed; postings with identical text stay together.',
    ].join('\n'),
    query: 'resume',
  };
}
