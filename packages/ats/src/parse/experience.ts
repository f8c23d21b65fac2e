import { findDateRanges, type DateRange, type ExperienceEntry } from '@rolefit/core';
import { isRegionOrCountry } from '../contact/places.js';
import { isBullet, squash, stripBullet } from './lines.js';

/** Options shared by the entry parsers. */
export interface EntryOptions {
  /** The reference "today" for ongoing ranges. */
  now?: Date;
}

// Words that mark a job title, and words that mark an organisation.
const TITLE_WORDS =
  /\b(?:engineer|developer|manager|analyst|consultant|designer|architect|specialist|lead|director|officer|executive|assistant|associate|intern|administrator|technician|coordinator|scientist|programmer|tester|accountant|teacher|nurse|electrician|apprentice|journeyman|operator|representative|agent|clerk|supervisor|trainer|head|president|vp|cto|ceo|cfo|founder|owner|editor|writer|researcher|professor|lecturer|tutor|instructor|chef|cook|driver|mechanic|plumber|welder|carpenter|therapist|pharmacist|physician|counsel|attorney|lawyer|paralegal|auditor|bookkeeper|cashier|receptionist|secretary|advisor|adviser|strategist|recruiter|buyer|planner|controller|foreman|superintendent|fellow|member|staff|senior|junior|principal|trainee|volunteer|worker|expert|partner)s?\b/i;
const COMPANY_WORDS =
  /\b(?:inc|llc|llp|ltd|limited|corp|corporation|company|co|gmbh|ag|plc|pvt|group|holdings|university|college|institute|school|hospital|clinic|bank|technologies|technology|solutions|services|systems|labs?|studios?|partners|consulting|foundation|trust|agency|industries|international|global|software|networks|media|health|logistics|retail|analytics|electric|enterprises|ventures|association|council|department|ministry|nhs|infosys|tcs|wipro|accenture|cognizant|ibm|google|microsoft|amazon|oracle|capgemini|deloitte)\b\.?/i;

interface Header {
  title?: string;
  company?: string;
  location?: string;
}

const titleScore = (text: string) => (TITLE_WORDS.test(text) ? 1 : 0) - (COMPANY_WORDS.test(text) ? 1 : 0);

// A line that can name a job: short, not a sentence.
function isHeaderLike(line: string): boolean {
  const text = squash(line);
  if (!text || isBullet(line) || text.length > 110) return false;
  if (/[.!?;]$/.test(text) && !/\b(?:inc|ltd|co|corp|llc|jr|sr)\.$/i.test(text)) return false;
  return text.split(' ').length <= 14;
}

function looksLikeLocation(text: string): boolean {
  const parts = text.split(COMMA).filter(Boolean);
  if (/^(?:remote|hybrid|on-?site)$/i.test(text)) return true;
  if (parts.length === 0 || parts.length > 3) return false;
  const last = parts[parts.length - 1] as string;
  return parts.every((part) => /^\p{Lu}[\p{L}.'’ -]*$/u.test(part) && part.split(' ').length <= 3) && (parts.length >= 2 ? isRegionOrCountry(last) || /^[A-Z]{2,3}$/.test(last) : isRegionOrCountry(last));
}

// Patterns that start with whitespace never start inside a run of spaces (`(?!(?<=\s)\s)`, or `(?<!\s)` before
// `\s+`): tried at every space of a long run they would each rescan the run, quadratic in its length. The matches
// are the same, since where a run's first space fails its later ones fail too. (Not `(?<!\s)\s*`: that would also
// refuse a comma right after the spaces a previous separator took.)
const COMMA = /(?!(?<=\s)\s)\s*,\s*/;

/** `/^(.*?)\s*\(([^()]+)\)$/`: the text before a final parenthesis and the parenthesis' content, without the regex's quadratic retries. */
function finalParenthesis(text: string): [before: string, inside: string] | undefined {
  if (!text.endsWith(')')) return undefined;
  const open = text.lastIndexOf('(');
  const inside = text.slice(open + 1, -1);
  if (open < 0 || !inside || inside.includes(')')) return undefined;
  const before = text.slice(0, open).trimEnd();
  // `.` in `(.*?)` does not cross a line break.
  return /[\n\r\u2028\u2029]/.test(before) ? undefined : [before, inside];
}

/** Splits a trailing place off a name: "Acme Corp, Austin, TX" → name "Acme Corp", location "Austin, TX". */
export function splitLocation(text: string): { name: string; location?: string } {
  const trimmed = text.replace(/(?<!\s)\s*[,|–—-]\s*$/, '').trim();
  const parts = trimmed.split(COMMA);
  for (let take = Math.min(3, parts.length - 1); take >= 1; take--) {
    const location = parts.slice(parts.length - take).join(', ');
    if (looksLikeLocation(location)) return { name: parts.slice(0, parts.length - take).join(', '), location };
  }
  const parenthesised = finalParenthesis(trimmed);
  if (parenthesised?.[0] && looksLikeLocation(parenthesised[1])) return { name: parenthesised[0], location: parenthesised[1] };
  return { name: trimmed };
}

function cleanPart(text: string): string {
  return squash(text)
    .replace(/^[\s,|:()–—-]+|(?<![\s,|:(–—-])[\s,|:(–—-]+$/g, '')
    .replace(/\(\s*\)$/, '')
    .replace(/^\((.*)\)$/, '$1')
    .trim();
}

/**
 * The two captures of `/^(.+?)\s+(?:at|@)\s+(.+)$/i` on trimmed text ("Engineer at Acme" → "Engineer", "Acme"), in
 * linear time: the regex retried every way to split each run of spaces, and `(.+)$` rescanned the rest of the line
 * after every " at " when a line break (which `.` does not cross) followed. Runs of spaces are tried in order; the
 * first is taken whose "at" or "@" is followed by spaces and then by text with no line break.
 */
function splitAtKeyword(text: string): [string, string] | undefined {
  const lineBreak = /[\n\r\u2028\u2029]/;
  const firstBreak = text.search(lineBreak);
  const lastBreak = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'), text.lastIndexOf('\u2028'), text.lastIndexOf('\u2029'));
  for (const run of text.matchAll(/(?<=\S)\s+/g)) {
    // The first part is `.+?`: it cannot hold a line break.
    if (firstBreak !== -1 && run.index > firstBreak) return undefined;
    const keyword = run.index + run[0].length;
    const length = text[keyword] === '@' ? 1 : /^at$/i.test(text.slice(keyword, keyword + 2)) ? 2 : 0;
    if (length === 0) continue;
    const spaces = /^\s+/.exec(text.slice(keyword + length));
    if (spaces === null) continue;
    const rest = keyword + length + spaces[0].length;
    if (rest < text.length && rest > lastBreak) return [text.slice(0, run.index), text.slice(rest)];
  }
  return undefined;
}

/** Splits a header line into its parts: "Title — Company, City" → ["Title", "Company, City"]. */
export function splitHeaderParts(line: string): string[] {
  const text = line.replace(/\(\s*\)/g, ' ').trim();
  const at = splitAtKeyword(text);
  if (at?.[0] && at[1] && !/[|—\t]/.test(text)) return at.map(cleanPart).filter(Boolean);
  // A plain dash or an en dash separates only when nothing stronger does ("Electrician – Industrial — Acme": the title keeps its dash).
  const strong = /\s—\s|\|/.test(text);
  return splitOn(text, strong ? SEPARATORS.slice(0, 3) : SEPARATORS);
}

const SEPARATORS = [/(?<!\s)\s*\t+\s*|(?<!\s)\s{3,}/, /(?!(?<=\s)\s)\s*\|\s*/, /(?<!\s)\s+—\s+/, /(?<!\s)\s+[–-]\s+/];

function splitOn(text: string, separators: readonly RegExp[]): string[] {
  for (const [index, separator] of separators.entries()) {
    const parts = text.split(separator).map(cleanPart).filter(Boolean);
    if (parts.length > 1) return parts.flatMap((part) => splitOn(part, separators.slice(index + 1)));
  }
  return [cleanPart(text)].filter(Boolean);
}

function readHeader(parts: string[]): Header {
  const header: Header = {};
  const pieces = parts.filter((part) => part && !/^(?:present|current|now)$/i.test(part));
  // A part that is only a place is the location.
  const rest: string[] = [];
  for (const piece of pieces) {
    if (!header.location && pieces.length > 2 && looksLikeLocation(piece)) header.location = piece;
    else rest.push(piece);
  }
  const [first, second, ...others] = rest;
  if (first === undefined) return header;
  if (second === undefined) {
    // One part: "Title, Company" or just a title.
    const comma = /^(.+?),\s+(.+)$/.exec(first);
    if (comma?.[1] && comma[2] && titleScore(comma[1]) > 0 && titleScore(comma[2]) <= 0) {
      header.title = comma[1];
      Object.assign(header, companyAndLocation(comma[2], header.location));
    } else header.title = first;
    return header;
  }
  // The title is the part with title words; on a tie, the first part (the most common order).
  const swap = titleScore(second) > titleScore(first);
  header.title = swap ? second : first;
  Object.assign(header, companyAndLocation(swap ? first : second, header.location));
  if (!header.location && others[0] && looksLikeLocation(others[0])) header.location = others[0];
  return header;
}

function companyAndLocation(text: string, location: string | undefined): Header {
  if (location) return { company: text, location };
  const split = splitLocation(text);
  return split.location && split.name ? { company: split.name, location: split.location } : { company: text };
}

/** Reads positions from the text of an experience section: entries are anchored on their date ranges. */
export function parseExperienceSection(text: string, options: EntryOptions = {}): ExperienceEntry[] {
  const lines = text.split('\n').map((line) => line.trimEnd());
  const ranges: (DateRange | undefined)[] = lines.map((line) => (isBullet(line) ? undefined : findDateRanges(line, { now: options.now })[0]));
  const anchors = ranges.flatMap((range, index) => (range ? [index] : []));
  if (anchors.length === 0) return [];
  const used = new Set<number>();
  const entries: { header: Header; range: DateRange; first: number; last: number }[] = [];
  for (const [order, anchor] of anchors.entries()) {
    const range = ranges[anchor] as DateRange;
    const previousAnchor = anchors[order - 1] ?? -1;
    const line = lines[anchor] as string;
    const remainder = line.replace(range.text, '\t').replace(/\([^\S\t]*\t\s*\)/, '\t');
    const headerLines: number[] = [];
    // Up to two header-like lines just above the dates ("Company\nTitle\nDates"), not taken by the previous entry.
    for (let index = anchor - 1; index > previousAnchor && headerLines.length < 2; index--) {
      const candidate = lines[index] as string;
      // Some exports (Indeed) put a blank line between every header line.
      if (!candidate.trim()) continue;
      if (used.has(index) || !isHeaderLike(candidate)) break;
      headerLines.unshift(index);
    }
    // Lines just above that belong to the previous entry's bullets are not headers: a header block follows a bullet or blank.
    let parts = [...headerLines.flatMap((index) => splitHeaderParts(lines[index] as string)), ...splitHeaderParts(remainder)];
    let last = anchor;
    // "Title | Dates\nCompany": read the next line too when the header is short.
    if (parts.length < 2) {
      let nextIndex = anchor + 1;
      while (nextIndex < lines.length && !(lines[nextIndex] as string).trim()) nextIndex++;
      const next = lines[nextIndex];
      if (next !== undefined && isHeaderLike(next) && !ranges[nextIndex] && !isBullet(next)) {
        parts = [...parts, ...splitHeaderParts(next)];
        last = nextIndex;
      }
    }
    for (const index of headerLines) used.add(index);
    for (let index = anchor; index <= last; index++) used.add(index);
    const header = readHeader(parts);
    entries.push({ header, range, first: headerLines[0] ?? anchor, last });
  }
  const result: ExperienceEntry[] = [];
  entries.forEach((entry, index) => {
    const stop = entries[index + 1]?.first ?? lines.length;
    const highlights: string[] = [];
    const description: string[] = [];
    for (let line = entry.last + 1; line < stop; line++) {
      const value = lines[line] as string;
      if (!value.trim()) continue;
      if (isBullet(value)) highlights.push(stripBullet(value));
      // A wrapped bullet continues on a line without a mark.
      else if (highlights.length > 0 && /^\p{Ll}/u.test(value.trim())) highlights[highlights.length - 1] += ` ${value.trim()}`;
      else description.push(squash(value));
    }
    if (!entry.header.title) return;
    result.push({
      title: entry.header.title,
      ...(entry.header.company ? { company: entry.header.company } : {}),
      ...(entry.header.location ? { location: entry.header.location } : {}),
      start: entry.range.start,
      end: entry.range.end,
      ...(description.length > 0 ? { description: description.join(' ') } : {}),
      highlights,
    });
  });
  return result;
}
