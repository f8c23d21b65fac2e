// Pathological inputs of size n (a generator per shape), shared by adversarial.test.ts (what each one must produce) and
// the linear-time benchmark (`pnpm bench --only adversarial`: the time at n and 2n). Test and bench data only.
import { resumeSchema, type Resume } from '@rolefit/core';

export const source = resumeSchema.parse({
  id: 'jane',
  contact: { name: 'Jane Doe' },
  skills: ['Python', 'SQL'],
  experience: [{ title: 'Data Engineer', company: 'Acme Corp', start: '2019-03', end: '2020-02' }],
});

export const repeated = (unit: string) => (size: number) => unit.repeat(Math.floor(size / unit.length));

// Generated texts of many claims: every claim was tested against every claim found before it (overlaps), each date
// range's text was searched for from the start of the text (cubic on one range repeated), a chain of capitalised words
// was scanned for a company suffix from each of its words, and trailing dots were stripped from each dot of a run.
export const GENERATED: readonly (readonly [string, (size: number) => string])[] = [
  ['one year repeated', repeated('2019 ')],
  ['one date range repeated', repeated('Jan 2019 - Feb 2020 ')],
  ['one year range repeated', repeated('2019-2020 ')],
  ['one capitalised word repeated', repeated('Acme ')],
  ['one long capitalised word', (size) => 'A'.repeat(size)],
  ['one title repeated', repeated('Senior Engineer ')],
  ['one skill a line', repeated('Python\n')],
  ['one heading a line', repeated('Experience\n')],
  ['one employer repeated', repeated('at Acme Inc. ')],
  ['an employer ending in dots', (size) => `at A${'.'.repeat(size)}x`],
  // Names that end a sentence or a line: the company-word search goes on after each word where no chain can.
  ['one sentence-ending name a line', repeated('Google.\n')],
  ['capitalised words ending sentences', repeated('Acme Labs. Systems. ')],
  ['one job line repeated', repeated('Software Engineer at Acme Inc, Jan 2019 - Feb 2020\n')],
  ['numbers and years', repeated('30% in 2019, $5M in 2020. ')],
  // Distinctions, ranks and names on one long line: each distinction word looks for its name around it (the line's
  // ends were looked for from each word), each name run is read once.
  ['one award repeated on one line', repeated('Turing Award ')],
  ['distinction words in a row', repeated('award certified patents published ')],
  ['one rank repeated', repeated('top 1% #1 ')],
  ['capitalised words joined by connectors', repeated('Bank of the ')],
  ['one award a line', repeated('Winner of the Grand Prize\n')],
  // Round 22: claims on one span and within each other (each unsupported span reported once: one sort, one sweep),
  // distinction words in a row after a name, unpaired surrogates and capitals whose case changes length in names.
  ['distinction words stacked after a name', repeated('AWS Certified Certified ')],
  ['a skill in a title in a credential, repeated', repeated('Senior Python Engineer Certified ')],
  [
    'overlapping unsupported spans, repeated',
    repeated('Senior Kubernetes Engineer Certified Kubernetes Administrator '),
  ],
  ['unpaired surrogates and capitals whose case changes length', repeated('\uD800Ab \uDC00Cd Straße İstanbul Groß ')],
  ['ranks and a name in every sentence', repeated('Ranked top 1% at World Economic Forum. ')],
  // Round 23: a thing's number written as a rank (numberedItem) on one long line: each claim looked for its line's start
  // back to the start of the line.
  ["a thing's number as a rank again and again on one line", repeated('Managed Store No. 245 ')],
];

// A long source of ranges and numbers against a long generated text of years and numbers: each claim was looked up
// in every range and number of the source.
export const sourceOf = (size: number): Resume =>
  resumeSchema.parse({
    id: 'long',
    contact: { name: 'Jane Doe' },
    text: Array.from(
      { length: Math.floor(size / 24) },
      (_, index) => `${1950 + (index % 50)}-${1951 + (index % 50)} ${index}% `,
    ).join(''),
  });

/** A long generated text checked against a long source, both of size n. */
export const WITH_LONG_SOURCE: readonly (readonly [string, (size: number) => { generated: string; from: Resume }])[] = [
  [
    'years, percentages and counts against a source of year ranges',
    (size) => ({ generated: repeated('In 1990 we grew 7% and 12,000 users. ')(size), from: sourceOf(size) }),
  ],
  // Each "Xn 2040" (a year no range of the source holds) is looked up among the source's words written before a year.
  [
    'distinct names before a year',
    (size) => ({
      generated: Array.from({ length: Math.floor(size / 12) }, (_, index) => `X${index} 2040, `).join(''),
      from: sourceOf(size),
    }),
  ],
  // Each "in 2040" after a distinct name is looked up, by its two words before, among the source's phrases before a year.
  [
    'years in distinct time phrases',
    (size) => ({
      generated: Array.from({ length: Math.floor(size / 16) }, (_, index) => `joined X${index} in 2040\n`).join(''),
      from: sourceOf(size),
    }),
  ],
  // Round 22. Names of more words than the source's word index holds (16), each distinct, whose first 16 words the source
  // writes: each one was searched for in the whole source.
  ['distinct long names whose first words the source writes', longNamesAgainstTheirWords],
  // Round 23: the suffix automaton's worst source, a Fibonacci word of two words (the most copied states), against long
  // names cut from it and names one word off at their end.
  ['long names against a Fibonacci word of two words', longNamesAgainstFibonacciWords],
];

/** The first `count` words of the Fibonacci word over "Ab" and "Cd" ("Ab Cd Ab Ab Cd Ab Cd Ab …"). */
export function fibonacciWords(count: number): string[] {
  let previous = ['Ab'];
  let current = ['Ab', 'Cd'];
  while (current.length < count) [previous, current] = [current, [...current, ...previous]];
  return current.slice(0, count);
}

/** Round 23's shape: lines of 20 words of the Fibonacci word, written and one word off, against that word as the source. */
export function longNamesAgainstFibonacciWords(size: number): { generated: string; from: Resume } {
  const words = fibonacciWords(Math.floor(size / 3));
  const lines: string[] = [];
  for (let start = 0, length = 0; length < size; start += 7) {
    const name = words.slice(start % Math.max(1, words.length - 20), (start % Math.max(1, words.length - 20)) + 20);
    if (lines.length % 2 === 1) name[19] = name[19] === 'Ab' ? 'Ef' : 'Ab';
    const line = name.join(' ');
    lines.push(line);
    length += line.length + 1;
  }
  return {
    generated: lines.join('\n'),
    from: resumeSchema.parse({ id: 'long', contact: { name: 'Jane Doe' }, text: words.join(' ') }),
  };
}

/** Round 22's shape: lines of 18 capitalised words and a distinct one, against a source of those 18 words repeated. */
export function longNamesAgainstTheirWords(size: number): { generated: string; from: Resume } {
  return {
    generated: Array.from({ length: Math.floor(size / 58) }, (_, index) => `${'Ab '.repeat(18)}Q${index}\n`).join(''),
    from: resumeSchema.parse({ id: 'long', contact: { name: 'Jane Doe' }, text: 'Ab '.repeat(Math.floor(size / 3)) }),
  };
}
