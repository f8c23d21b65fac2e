import { extractContact } from '../contact/index.js';
import { classifyHeading } from '../sections/index.js';
import type { ResumeView } from './resume-view.js';

/** How much a parseability issue can hurt: high issues lose data in most ATS, low ones in some. */
export type IssueSeverity = 'high' | 'medium' | 'low';

/** Kinds of parseability issue. */
export type ParseabilityIssueCode =
  | 'no-text'
  | 'images'
  | 'table-layout'
  | 'multi-column'
  | 'contact-in-header'
  | 'unusual-heading'
  | 'long-lines'
  | 'missing-dates';

/** One thing in a resume's text or layout that applicant tracking systems often read wrongly. */
export interface ParseabilityIssue {
  code: ParseabilityIssueCode;
  severity: IssueSeverity;
  /** What was found, in a sentence. */
  message: string;
  /** What to change. */
  suggestion: string;
  /** The lines or headings concerned, when there are some (at most five). */
  examples?: string[] | undefined;
}

/** Layout facts a file parser can pass on: text found in page headers and footers, and images found. */
export interface ResumeLayout {
  /** Text of the page headers, which many ATS drop. */
  headerText?: string | undefined;
  /** Text of the page footers, which many ATS drop. */
  footerText?: string | undefined;
  /** Images in the document (photos, logos, text as pictures). */
  imageCount?: number | undefined;
  /**
   * The document is a scan: its pages are images with no text, and the text scored was read by OCR. An ATS that runs
   * no OCR reads nothing of it, so parseability reports it as having no readable text.
   */
  scanned?: boolean | undefined;
}

/** Points lost per issue, by severity. */
export const SEVERITY_PENALTY: Readonly<Record<IssueSeverity, number>> = { high: 35, medium: 15, low: 5 };

const MIN_TEXT_CHARACTERS = 150;
const LONG_LINE = 220;
// Lines past this many are body text; header lines ("Name | City | email") legitimately use pipes.
const HEADER_LINES = 4;
const MAX_HEADING_WORDS = 4;

/** Finds parseability issues in a resume, in a fixed order (by severity, then code). */
export function findParseabilityIssues(view: ResumeView, layout: ResumeLayout = {}): ParseabilityIssue[] {
  const issues: ParseabilityIssue[] = [];
  const lines = view.text.split(/\r\n|\r|\n/);
  const letters = view.text.replace(/[^\p{L}]/gu, '').length;
  if (layout.scanned) {
    issues.push({
      code: 'no-text',
      severity: 'high',
      message:
        'The resume is a scan (its pages are images, with no text): the text scored here was read by OCR, and an ATS that runs no OCR reads nothing of it.',
      suggestion: 'Save your resume as a text-based PDF or DOCX (not a scan or a picture) so the ATS can read it.',
    });
  } else if (!view.structured && letters < MIN_TEXT_CHARACTERS) {
    issues.push({
      code: 'no-text',
      severity: 'high',
      message: 'The resume has almost no readable text; it may be a scanned image.',
      suggestion: 'Save your resume as a text-based PDF or DOCX (not a scan or a picture) so the ATS can read it.',
    });
  }
  if ((layout.imageCount ?? 0) > 0) {
    issues.push({
      code: 'images',
      severity: 'low',
      message: `The document contains ${layout.imageCount} image(s); an ATS reads no text inside them.`,
      suggestion: 'Keep every word of your resume as text; remove photos, logos and text set as images.',
    });
  }
  const body = lines.slice(HEADER_LINES);
  // A "Title | Company | Dates" line is fine; grids have three or more separators, or a cell border at both ends.
  const tableLines = body.filter(
    (line) =>
      (line.match(/\t+/g)?.length ?? 0) >= 2 || (line.match(/\|/g)?.length ?? 0) >= 3 || /^\s*\|.*\|\s*$/.test(line),
  );
  if (tableLines.length >= 2) {
    issues.push({
      code: 'table-layout',
      severity: 'medium',
      message: `${tableLines.length} lines look like a table (tab- or pipe-separated cells).`,
      suggestion: 'Replace tables with plain lines and bullet points; many ATS read table cells out of order.',
      examples: tableLines.slice(0, 5).map((line) => line.trim()),
    });
  }
  // Text extracted from two columns keeps a wide gap in the middle of many lines.
  const columnLines = body.filter((line) => /\S {4,}\S/.test(line.trim()));
  if (columnLines.length >= 3) {
    issues.push({
      code: 'multi-column',
      severity: 'medium',
      message: `${columnLines.length} lines have a wide gap in the middle, as text from a two-column layout does.`,
      suggestion: 'Use a single-column layout; ATS often merge the two columns line by line.',
      examples: columnLines.slice(0, 5).map((line) => line.trim()),
    });
  }
  const margins = [layout.headerText, layout.footerText]
    .filter((text): text is string => Boolean(text?.trim()))
    .join('\n');
  if (margins) {
    const inMargins = extractContact(margins);
    // The text of a DOCX carries its header and footer lines too (a parser should read them): the body is the rest.
    const marginLines = new Set(margins.split('\n').map((line) => line.trim()));
    const body = view.text
      .split('\n')
      .filter((line) => !marginLines.has(line.trim()))
      .join('\n');
    const missing: string[] = [];
    if (inMargins.email !== undefined && !body.includes(inMargins.email)) missing.push('email');
    if (inMargins.phone !== undefined && extractContact(body).phone === undefined) missing.push('phone number');
    if (missing.length > 0) {
      const what = missing.join(' and ');
      issues.push({
        code: 'contact-in-header',
        severity: 'high',
        message: `Your ${what} appear${missing.length > 1 ? '' : 's'} only in the page header or footer.`,
        suggestion: `Move your ${what} out of the page header or footer into the body of the page; many ATS ignore headers and footers.`,
      });
    }
  }
  const unusual = unusualHeadings(lines);
  if (unusual.length > 0) {
    issues.push({
      code: 'unusual-heading',
      severity: view.hasExperience ? 'low' : 'medium',
      message: `${unusual.length} heading(s) are not standard section names an ATS recognises: ${unusual.map((heading) => `"${heading}"`).join(', ')}.`,
      suggestion: 'Use standard headings such as "Summary", "Experience", "Education" and "Skills".',
      examples: unusual.slice(0, 5),
    });
  }
  const longLines = lines.filter((line) => line.length > LONG_LINE);
  if (longLines.length > 0) {
    issues.push({
      code: 'long-lines',
      severity: 'low',
      message: `${longLines.length} line(s) are longer than ${LONG_LINE} characters; line breaks may have been lost.`,
      suggestion: 'Break long paragraphs into short bullet points, one achievement per line.',
      examples: longLines.slice(0, 3).map((line) => `${line.slice(0, 80)}…`),
    });
  }
  if (view.hasExperience && view.undatedRoles > 0) {
    issues.push({
      code: 'missing-dates',
      severity: view.datedRoles === 0 ? 'medium' : 'low',
      message:
        view.datedRoles === 0 ? 'No dates were found for your roles.' : `${view.undatedRoles} role(s) have no dates.`,
      suggestion:
        'Give every role a start and end date as month and year (e.g. "Mar 2019 – Present") so your experience can be counted.',
    });
  }
  const order: Readonly<Record<IssueSeverity, number>> = { high: 0, medium: 1, low: 2 };
  return issues.sort(
    (left, right) =>
      order[left.severity] - order[right.severity] || (left.code < right.code ? -1 : left.code > right.code ? 1 : 0),
  );
}

/** 0–100: 100 less a penalty per issue by severity. */
export function scoreParseability(issues: readonly ParseabilityIssue[]): number {
  return Math.max(0, 100 - issues.reduce((total, issue) => total + SEVERITY_PENALTY[issue.severity], 0));
}

// Lines that are laid out as headings (short, on their own, in capitals or with a trailing colon) but are not known section names.
function unusualHeadings(lines: readonly string[]): string[] {
  const found: string[] = [];
  lines.forEach((raw, index) => {
    // The first lines are name and contact details.
    if (index < 2) return;
    const line = raw.trim();
    const words = line
      .replace(/^#+\s*/, '')
      .replace(/:$/, '')
      .trim();
    if (!words || words.split(/\s+/).length > MAX_HEADING_WORDS || /[\d@|,.]/.test(words)) return;
    const markedUp = /^#{1,6}\s/.test(line) || /:$/.test(line);
    const capitals =
      /\p{L}/u.test(words) && words === words.toUpperCase() && words.replace(/[^\p{L}]/gu, '').length >= 4;
    if (!markedUp && !capitals) return;
    if (classifyHeading(line) !== undefined) return;
    found.push(words);
  });
  return [...new Set(found)];
}
