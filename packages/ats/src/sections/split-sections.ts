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
// A markdown heading ("## Hobbies") is a heading even when its wording is unknown.
const MARKDOWN_HEADING = /^\s{0,3}#{1,6}\s+\S/;

/** Splits resume text into sections at recognised headings; text before the first heading is kind 'other' with heading ''. */
export function splitSections(text: string): ResumeSection[] {
  const lines = splitLines(text);
  const headings: Heading[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as Line;
    if (!line.text.trim() || UNDERLINE.test(line.text)) continue;
    const underline = lines[index + 1];
    // Only short lines count as underlined headings, so a rule after a paragraph does not start a section.
    const underlined = underline !== undefined && UNDERLINE.test(underline.text) && line.text.trim().length <= 50 && line.text.trim().split(/\s+/).length <= 6;
    const kind = classifyHeading(line.text) ?? (underlined || MARKDOWN_HEADING.test(line.text) ? 'other' : undefined);
    if (!kind) continue;
    const heading = stripHeadingMarks(line.text);
    if (!heading) continue;
    headings.push({ kind, heading, start: line.start, bodyStart: underlined && underline ? underline.next : line.next });
    if (underlined) index++;
  }

  const sections: ResumeSection[] = [];
  const firstStart = headings[0]?.start ?? text.length;
  const preamble = text.slice(0, firstStart);
  if (preamble.trim()) sections.push({ kind: 'other', heading: '', text: preamble.trim(), start: 0, end: firstStart });
  headings.forEach((heading, index) => {
    const end = headings[index + 1]?.start ?? text.length;
    sections.push({ kind: heading.kind, heading: heading.heading, text: text.slice(heading.bodyStart, end).trim(), start: heading.start, end });
  });
  return sections;
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
