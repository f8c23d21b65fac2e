import { findDateRanges, parseMonthYear, type EducationEntry } from '@rolefit/core';
import type { EntryOptions } from './experience.js';
import { isBullet, squash, stripBullet } from './lines.js';
import { splitHeaderParts, splitLocation } from './experience.js';

// Degree names, longest forms first; abbreviations are matched case-sensitively so "ma" or "ms" inside prose do not count.
const DEGREE_SOURCE = [
  String.raw`(?:Bachelor|Master|Doctor)(?:'s|’s|s)?(?:\s+(?:of|in)\s+(?:[A-Z][a-z]+)(?:\s+(?:and\s+)?[A-Z][a-z]+)?|\s+[Dd]egree)?`,
  String.raw`Doctorate`,
  String.raw`Associate(?:'s|’s)?\s+(?:[Dd]egree|of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)`,
  String.raw`High\s+School\s+Diploma`,
  String.raw`(?:Higher\s+)?(?:Advanced\s+|Graduate\s+|Postgraduate\s+|PG\s+)?Diploma`,
  String.raw`(?:Apprenticeship|Graduate|Postgraduate)\s+Certificate`,
  String.raw`Ph\.?\s?D\.?`,
  String.raw`B\.?\s?Tech\.?|M\.?\s?Tech\.?|B\.?\s?E\.|B\.?E\b|M\.?\s?E\.|B\.?\s?Com\.?|M\.?\s?Com\.?|B\.?\s?Sc\.?|M\.?\s?Sc\.?|BSc|MSc|B\.?\s?Eng\.?|M\.?\s?Eng\.?`,
  String.raw`B\.\s?S\.|M\.\s?S\.|B\.\s?A\.|M\.\s?A\.|BS|MS|BA|MA`,
  String.raw`MBA|EMBA|BBA|BCA|MCA|BBM|LLB|LLM|LL\.B\.|LL\.M\.|MPhil|M\.Phil\.?|MD|DDS|PharmD|BFA|MFA|MPH|MSW|BSN|MSN|GED|HSC|SSC|CBSE|ICSE|AAS|AS|AA`,
  String.raw`(?:Class|Std\.?)\s+(?:X|XII|10|12)(?:th)?|1[02]th(?:\s+(?:Standard|Grade|Class))?|Intermediate|Matriculation|Higher\s+Secondary|Secondary\s+School(?:\s+Certificate)?`,
].join('|');
const DEGREE = new RegExp(String.raw`(?<![\p{L}.])(?:${DEGREE_SOURCE})(?:\s*\((?:Hons?|Honou?rs)\.?\))?(?![\p{L}])`, 'u');
const INSTITUTION_WORDS = /\b(?:university|universit[äé]t|college|institute|school|academy|polytechnic|iit|nit|iiit|conservatory|seminary|centre|center|faculty|campus|vidyalaya|vidyapeeth|mahavidyalaya|board)\b/i;

/** The degree named in a text ("B.S.", "Bachelor of Science", "MBA"), or undefined. */
export function findDegree(text: string): string | undefined {
  return DEGREE.exec(text)?.[0].trim();
}

function readDegreeLine(text: string): { degree?: string; field?: string; rest: string[] } {
  const match = DEGREE.exec(text);
  if (!match) return { rest: splitHeaderParts(text) };
  const degree = match[0].trim();
  const after = text.slice(match.index + match[0].length);
  const before = text.slice(0, match.index);
  const parts = splitHeaderParts(after);
  let field: string | undefined;
  const first = parts[0];
  // "B.S. in Computer Science", "B.Tech (Computer Science)", "MBA, Finance" — a field follows, unless it is the institution.
  const fieldMatch = first !== undefined ? /^(?:in|of|-|,)?\s*\(?([^()]+?)\)?$/i.exec(first.replace(/^[,:]\s*/, '')) : null;
  if (first !== undefined && fieldMatch?.[1] && !INSTITUTION_WORDS.test(first) && /^\s*(?:in|of|,|\(|-|:)/i.test(after) ) {
    field = fieldMatch[1].split(/\s*,\s*/)[0]?.trim();
    const remainderOfFirst = fieldMatch[1].split(/\s*,\s*/).slice(1).join(', ');
    parts.shift();
    if (remainderOfFirst) parts.unshift(remainderOfFirst);
  }
  return { degree, ...(field ? { field } : {}), rest: [...splitHeaderParts(before), ...parts] };
}

/** Reads degrees from the text of an education section: an entry per line that names a degree. */
export function parseEducationSection(text: string, options: EntryOptions = {}): EducationEntry[] {
  const lines = text.split('\n').map((line) => stripBullet(line)).filter((line) => line.trim());
  const degreeLines = lines.flatMap((line, index) => (DEGREE.test(line) ? [index] : []));
  const entries: EducationEntry[] = [];
  const taken = new Set<number>();
  for (const [order, index] of degreeLines.entries()) {
    const next = degreeLines[order + 1] ?? lines.length;
    const previous = degreeLines[order - 1] ?? -1;
    const own = lines[index] as string;
    // The dates and institution are on the degree line, just above it (an "Institution\nDegree" layout) or below it.
    const block: number[] = [index];
    const above = index - 1;
    if (above > previous && !taken.has(above) && INSTITUTION_WORDS.test(lines[above] as string) && !isBullet(lines[above] as string)) block.unshift(above);
    for (let line = index + 1; line < next && line <= index + 2; line++) {
      const value = lines[line] as string;
      if (INSTITUTION_WORDS.test(value) || findDateRanges(value, { now: options.now }).length > 0 || /^\s*\(?\d{4}\)?\s*$/.test(value)) block.push(line);
      else break;
    }
    for (const line of block) taken.add(line);
    const blockText = block.map((line) => lines[line] as string).join('\n');
    const range = findDateRanges(blockText, { now: options.now })[0];
    const { degree, field, rest } = readDegreeLine(range ? own.replace(range.text, '\t') : own);
    const others = block.filter((line) => line !== index).flatMap((line) => splitHeaderParts(range ? (lines[line] as string).replace(range.text, '\t') : (lines[line] as string)));
    const candidates = [...rest, ...others]
      .map((part) => squash(part.replace(/\b(?:19|20)\d{2}\b/g, '').replace(/\b(?:CGPA|GPA|Percentage|Score)\b.*$/i, '')).replace(/^[\s,|:–—-]+|[\s,|:(–—-]+$/g, ''))
      .filter((part) => part.length > 2 && !/^(?:expected|graduated|present)$/i.test(part));
    const institution = candidates.find((part) => INSTITUTION_WORDS.test(part)) ?? candidates.find((part) => /^\p{Lu}/u.test(part) && part.split(' ').length >= 2);
    const entry: EducationEntry = {};
    if (degree) entry.degree = degree;
    if (field) entry.field = field;
    if (institution) entry.institution = splitLocation(institution).name || institution;
    if (range) {
      entry.start = range.start;
      entry.end = range.end;
    } else {
      const year = /\b((?:19|20)\d{2})\b/.exec(blockText)?.[1];
      const date = year ? parseMonthYear(year) : undefined;
      if (date) entry.end = date;
    }
    entries.push(entry);
  }
  return entries;
}
