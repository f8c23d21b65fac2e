import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseResumeText } from '../parse/index.js';
import { DATATURKS_FILE, readDataturks } from '../testing/index.js';
import { checkTruthfulness } from './index.js';

// Added lines a tailoring model may invent: awards, certifications, licences, patents, publications, names and ranks.
const FABRICATIONS = [
  'Won the Turing Award in 2019.',
  'Recipient of the ACM Distinguished Service Award.',
  'Nobel Prize laureate in Economics.',
  'Awarded the Fields Medal.',
  'Rhodes Scholarship recipient.',
  'Named a Forbes Under Thirty honoree.',
  'PMP certified project manager.',
  'AWS Certified Solutions Architect – Professional.',
  'Licensed Professional Engineer in California.',
  'Holds three US patents on distributed caching.',
  'Published in Nature and presented at NeurIPS.',
  'Ranked in the top 1% of engineers company-wide.',
  '#1 sales performer nationwide.',
  'Rated No. 2 in the region.',
  'Member of the Python Software Foundation.',
  'Keynote speaker at the World Economic Forum.',
  'Fellow of the Royal Society.',
  'Google Developer Expert for Machine Learning.',
  'Winner of the Global Hackathon Grand Prize.',
  'Certified Kubernetes Administrator.',
];

// Synonyms a rewording uses, lower-case word to lower-case word (the case of the first letter is kept).
const SYNONYMS: Record<string, string> = {
  developed: 'built',
  managed: 'oversaw',
  worked: 'served',
  created: 'made',
  handled: 'ran',
  using: 'with',
  good: 'strong',
  knowledge: 'understanding',
  responsible: 'accountable',
  involved: 'engaged',
  various: 'several',
  implemented: 'delivered',
  designed: 'devised',
  ensure: 'make sure',
  ensured: 'made sure',
  provide: 'give',
  provided: 'gave',
};

/** A rewording of a résumé text that says nothing new: each line's sentences in reverse order, then synonyms. */
export function rephrase(text: string): string {
  const lines = text.split('\n').map((line) =>
    line
      .split(/(?<=\.)\s+(?=[A-Z])/u)
      .reverse()
      .join(' '),
  );
  return lines.join('\n').replace(/\p{L}+/gu, (word) => {
    const synonym = SYNONYMS[word.toLowerCase()];
    if (synonym === undefined) return word;
    return word[0] === word[0]?.toUpperCase() ? synonym[0]?.toUpperCase() + synonym.slice(1) : synonym;
  });
}

// The claim kinds this sweep was written for: a rewording must raise none of them.
const NEW_KINDS = new Set(['award', 'credential', 'patent', 'publication', 'rank', 'name']);

/** Rewords each résumé, checks it against the parsed résumé, then with each fabrication added. */
function sweep(records: readonly { text: string }[], offset: number) {
  let falseFlags = 0;
  let caught = 0;
  const missed: string[] = [];
  const flagged: string[] = [];
  for (const [index, record] of records.entries()) {
    const source = parseResumeText(record.text, { id: `resume-${offset + index}` });
    const reworded = rephrase(record.text);
    const base = checkTruthfulness(reworded, source).unsupported;
    falseFlags += base.length;
    for (const claim of base)
      if (NEW_KINDS.has(claim.kind)) flagged.push(`${offset + index} ${claim.kind} "${claim.text}": ${claim.reason}`);
    for (const fabrication of FABRICATIONS) {
      const report = checkTruthfulness(`${reworded}\n${fabrication}`, source);
      if (report.unsupported.some((claim) => claim.start > reworded.length)) caught++;
      else missed.push(`${offset + index}: ${fabrication}`);
    }
  }
  return {
    resumes: records.length,
    falseFlags,
    caught,
    planted: records.length * FABRICATIONS.length,
    missed,
    flagged,
  };
}

// The first 40 DataTurks résumés were studied while writing the rules; the rest are held out (figures reported).
const STUDIED = 40;

describe('checkTruthfulness on reworded real résumés', () => {
  it.skipIf(!existsSync(DATATURKS_FILE))(
    'raises no distinction, rank or name claim for a rewording and catches every added fabrication (DataTurks)',
    () => {
      const records = readDataturks();
      const studied = sweep(records.slice(0, STUDIED), 0);
      const heldOut = sweep(records.slice(STUDIED), STUDIED);
      for (const [half, figures] of [
        ['studied', studied],
        ['held-out', heldOut],
      ] as const) {
        const { resumes, falseFlags, caught, planted, missed, flagged } = figures;
        console.log(
          `truthfulness rewording sweep (${half})`,
          JSON.stringify({ resumes, falseFlags, newKindFlags: flagged.length, caught, planted, missed: missed.length }),
        );
      }
      expect(studied.flagged).toEqual([]);
      expect(studied.missed).toEqual([]);
    },
    600_000,
  );
});
