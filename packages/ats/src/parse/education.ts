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

// Never starts inside a run of spaces, so a long run is not rescanned from each of its spaces (same matches).
const COMMA = /(?!(?<=\s)\s)\s*,\s*/;

/**
 * The field in "in Computer Science", "(Computer Science)", ", Finance": the capture of
 * `/^(?:in|of|-|,)?\s*\(?([^()]+?)\)?$/i`, computed without the regex's retries over the spaces (quadratic on a
 * long run of them). Past the prefix and the spaces, the rest must hold no parenthesis but an optional opening
 * one and a final ")"; giving back spaces only matters once (a lone space, or a space before ")", is a field).
 */
function fieldOf(text: string): string | undefined {
  for (const prefix of ['in', 'of', '-', ',', '']) {
    if (text.slice(0, prefix.length).toLowerCase() !== prefix) continue;
    const rest = text.slice(prefix.length);
    const spaces = rest.length - rest.trimStart().length;
    const afterSpaces = rest.slice(spaces);
    const field =
      (afterSpaces.startsWith('(') ? lazyField(afterSpaces.slice(1)) : undefined) ??
      lazyField(afterSpaces) ??
      (spaces > 0 ? lazyField(rest.slice(spaces - 1)) : undefined);
    if (field !== undefined) return field;
  }
  return undefined;
}

/** `^([^()]+?)\)?$`: the text up to a final ")" (or all of it), when it holds no other parenthesis. */
function lazyField(text: string): string | undefined {
  const paren = text.search(/[()]/);
  if (paren === -1) return text || undefined;
  return text[paren] === ')' && paren === text.length - 1 && paren > 0 ? text.slice(0, paren) : undefined;
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
  const fieldText = first !== undefined ? fieldOf(first.replace(/^[,:]\s*/, '')) : undefined;
  if (first !== undefined && fieldText && !INSTITUTION_WORDS.test(first) && /^\s*(?:in|of|,|\(|-|:)/i.test(after) ) {
    field = fieldText.split(COMMA)[0]?.trim();
    const remainderOfFirst = fieldText.split(COMMA).slice(1).join(', ');
    parts.shift();
    if (remainderOfFirst) parts.unshift(remainderOfFirst);
  }
  return { degree, ...(field ? { field } : {}), rest: [...splitHeaderParts(before), ...parts] };
}

// A grade and everything after it on the line. `.*$` cannot cross "\r", U+2028 or U+2029, so it is applied past the last one:
// otherwise each "GPA" before such a character would scan on to it and fail (quadratic in the number of them).
function cutGrade(part: string): string {
  const lastBreak = Math.max(part.lastIndexOf('\r'), part.lastIndexOf('\u2028'), part.lastIndexOf('\u2029'));
  return part.slice(0, lastBreak + 1) + part.slice(lastBreak + 1).replace(/\b(?:CGPA|GPA|Percentage|Score)\b.*$/i, '');
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
      .map((part) => squash(cutGrade(part.replace(/\b(?:19|20)\d{2}\b/g, ''))).replace(/^[\s,|:–—-]+/, '').replace(/(?<![\s,|:(–—-])[\s,|:(–—-]+$/, ''))
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
