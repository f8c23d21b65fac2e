import { checkTextArgument } from '@rolefit/core/internal';
import { classifyHeading, stripHeadingMarks, type ResumeSectionKind } from './headings.js';

/** One part of a resume under one heading; `start`/`end` are offsets into the input, heading included. */
export interface ResumeSection {
  kind: ResumeSectionKind;
  /** The heading as written (without a trailing colon); '' for text before the first heading. */
  heading: string;
  /** The section's body, without its heading, trimmed. */
  text: string;
  /** Offset of the heading's first character (or of the text, for the part before any heading). */
  start: number;
  /** Offset just past the section's last character: where the next section starts, or the input's length. */
  end: number;
}

interface Line {
  text: string;
  start: number;
  /** Offset just past the line break, where the next line starts. */
  next: number;
}

interface Heading {
  kind: ResumeSectionKind;
  heading: string;
  start: number;
  bodyStart: number;
}

// A line of rule characters under a heading ("Experience\n----------").
const UNDERLINE = /^\s*(?:[-=_~*]\s*){3,}$/;
// A markdown heading ("## Hobbies") is a heading even when its wording is unknown; not a long line that opens with a
// rank ("# 1 commissions in the country for 8 pay periods July - November (avg comm.$3,800) …", a PDF's wrapped text).
const MARKDOWN_HEADING = /^\s{0,3}#{1,6}\s+\S/;
const MAX_MARKDOWN_HEADING = 80;

/** Splits resume text into sections at recognised headings; text before the first heading is kind 'other' with heading ''. */
export function splitSections(text: string): ResumeSection[] {
  checkTextArgument('splitSections', 'text', text);
  const lines = splitLines(text);
  const headings: Heading[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as Line;
    if (!line.text.trim() || UNDERLINE.test(line.text)) continue;
    const underline = lines[index + 1];
    // Only short lines count as underlined headings, so a rule after a paragraph does not start a section.
    const underlined =
      underline !== undefined &&
      UNDERLINE.test(underline.text) &&
      line.text.trim().length <= 50 &&
      line.text.trim().split(/\s+/).length <= 6;
    const kind =
      classifyHeading(line.text) ??
      lowerCaseHeading(line.text, lines[index - 1]) ??
      (underlined || (MARKDOWN_HEADING.test(line.text) && line.text.trim().length <= MAX_MARKDOWN_HEADING)
        ? 'other'
        : undefined);
    if (!kind) continue;
    const heading = stripHeadingMarks(line.text);
    if (!heading) continue;
    headings.push({
      kind,
      heading,
      start: line.start,
      bodyStart: underlined && underline ? underline.next : line.next,
    });
    if (underlined) index++;
  }

  demoteSubheadings(headings);
  const sections: ResumeSection[] = [];
  const firstStart = headings[0]?.start ?? text.length;
  const preamble = text.slice(0, firstStart);
  if (preamble.trim()) sections.push({ kind: 'other', heading: '', text: preamble.trim(), start: 0, end: firstStart });
  headings.forEach((heading, index) => {
    const end = headings[index + 1]?.start ?? text.length;
    sections.push({
      kind: heading.kind,
      heading: heading.heading,
      text: text.slice(heading.bodyStart, end).trim(),
      start: heading.start,
      end,
    });
  });
  return sections;
}

/**
 * A known heading written in lower case ("work experience", "experiencia laboral:"), read as one only where it starts a
 * block (after a blank line or at the top), so that the last word of a wrapped sentence ("…years of\nexperience") is not.
 */
function lowerCaseHeading(text: string, previous: Line | undefined): ResumeSectionKind | undefined {
  if (previous !== undefined && previous.text.trim()) return undefined;
  const heading = stripHeadingMarks(text);
  if (!/^\p{Ll}/u.test(heading)) return undefined;
  return classifyHeading(`${heading.charAt(0).toUpperCase()}${heading.slice(1)}`);
}

const isUpperCase = (heading: string) => /\p{Lu}/u.test(heading) && !/\p{Ll}/u.test(heading);

/**
 * Removes the headings that are subheadings of a position: where a resume writes its headings in capitals ("WORK
 * EXPERIENCE", "EDUCATION"), a heading in other case inside its experience section ("Technical Expertise:",
 * "Projects") belongs to the job above it, not to a section of its own.
 */
function demoteSubheadings(headings: Heading[]): void {
  if (headings.filter((heading) => isUpperCase(heading.heading)).length < 2) return;
  let inExperience = false;
  // Compacted in one pass: a splice per demoted heading was quadratic in their number (the round-10 fuzzer's résumé
  // with "Projects:" repeated 172,000 times under WORK EXPERIENCE took 23 s of CPU).
  let kept = 0;
  for (const heading of headings) {
    if (isUpperCase(heading.heading)) inExperience = heading.kind === 'experience';
    else if (inExperience && heading.kind !== 'education' && heading.kind !== 'experience') continue;
    headings[kept++] = heading;
  }
  headings.length = kept;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const breaks = /\r\n|\r|\n/g;
  let start = 0;
  for (let match = breaks.exec(text); match; match = breaks.exec(text)) {
    lines.push({ text: text.slice(start, match.index), start, next: match.index + match[0].length });
    start = match.index + match[0].length;
  }
  lines.push({ text: text.slice(start), start, next: text.length });
  return lines;
}
