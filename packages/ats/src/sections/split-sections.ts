import { type DateRangeOptions, findDateRanges, rejectUnknownKeys } from '@rolefit/core';
import {
  checkTextArgument,
  describeValue,
  invalidArgument,
  isValidDate,
  readRecordArgument,
} from '@rolefit/core/internal';
import { rememberLines } from '../parse/lines.js';
import {
  classifyHeading,
  cleanHeading,
  isLeadershipHeading,
  isNamedExperienceHeading,
  isVolunteeringHeading,
  POSITION_RESULTS_HEADING,
  stripHeadingMarks,
  type ResumeSectionKind,
} from './headings.js';

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

/** Options for {@link splitSections}. */
export interface SplitSectionsOptions {
  /** The reference "today" for the dates read to tell headings apart (parseResumeText passes its own). Default: now. */
  now?: Date | undefined;
}

// Every setting, so that an unknown key (a typo) is refused with the nearest known one.
const SPLIT_SECTIONS_OPTIONS_NAMES = { now: true } satisfies Record<keyof SplitSectionsOptions, true>;

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
  /** Whether the line ends in a colon ("Major Projects:"). */
  colon: boolean;
}

// A line of rule characters under a heading ("Experience\n----------").
const UNDERLINE = /^\s*(?:[-=_~*]\s*){3,}$/;
// A markdown heading ("## Hobbies") is a heading even when its wording is unknown; not a long line that opens with a
// rank ("# 1 commissions in the country for 8 pay periods July - November (avg comm.$3,800) …", a PDF's wrapped text).
const MARKDOWN_HEADING = /^\s{0,3}#{1,6}\s+\S/;
const MAX_MARKDOWN_HEADING = 80;
const TRAILING_COLON = /[:：]\s*$/;

/** Splits resume text into sections at recognised headings; text before the first heading is kind 'other' with heading ''. */
export function splitSections(text: string, options: SplitSectionsOptions = {}): ResumeSection[] {
  checkTextArgument('splitSections', 'text', text);
  rejectUnknownKeys('SplitSectionsOptions', options, SPLIT_SECTIONS_OPTIONS_NAMES);
  const settings: SplitSectionsOptions = readRecordArgument(
    'splitSections',
    'options',
    options,
    'SplitSectionsOptions',
    SPLIT_SECTIONS_OPTIONS_NAMES,
  );
  if (settings.now !== undefined && !isValidDate(settings.now))
    throw invalidArgument('splitSections', 'options.now', `must be a valid Date, got ${describeValue(settings.now)}`);
  // The dates read to tell headings apart are read against the caller's "today" (a "Jan 2028 - Present" position is
  // dated only once 2028 has come).
  const dates = { now: settings.now };
  const lines = splitLines(text);
  const headings: Heading[] = [];
  // A line's reading as a heading depends on its text only: worked out once per distinct line (a text of the same lines
  // again and again, '2019\n\nto\n\n' × 8,000, read each one's marks, cleaned words and patterns anew).
  const classify = rememberLines(classifyHeading);
  const lowerCaseKind = rememberLines((line: string) => lowerCaseHeadingKind(line, classify));
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
    const previous = lines[index - 1];
    const kind =
      classify(line.text) ??
      (previous === undefined || !previous.text.trim() ? lowerCaseKind(line.text) : undefined) ??
      (underlined || (MARKDOWN_HEADING.test(line.text) && line.text.trim().length <= MAX_MARKDOWN_HEADING)
        ? 'other'
        : undefined) ??
      // Inside a work history the same words in title case are a position's title ("Director of Customer Experience"
      // over its employer and dates), not a heading; in capitals ("RETAIL EXPERIENCE") a sub-heading still, and
      // "Leadership Experience" (student clubs' roles, no position's title) in any case.
      ((headings.at(-1)?.kind !== 'experience' || !/\p{Ll}/u.test(line.text) || isLeadershipHeading(line.text)) &&
      isNamedExperienceHeading(line.text) &&
      hasDatedLineBelow(lines, index, classify, dates)
        ? 'experience'
        : undefined);
    if (!kind || isOneOfMarkedSubheadings(lines, index, classify)) continue;
    const heading = stripHeadingMarks(line.text);
    if (!heading) continue;
    headings.push({
      kind,
      heading,
      start: line.start,
      bodyStart: underlined && underline ? underline.next : line.next,
      colon: TRAILING_COLON.test(line.text),
    });
    if (underlined) index++;
  }

  demoteSubheadings(headings, text, dates);
  readVolunteeringAsWorkHistory(headings);
  keepPositionsUnderSubheadings(headings, text, dates);
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

// A short line ending in a non-breaking space read as Latin-1 ("Training Â"): how some templates write the sub-headings
// of their accomplishments ("Administration Â", "Training Â", "Payroll Assistance Â"), and sometimes a section heading.
const MARKED_LINE = /\S\s+Â[\s\u00a0]*$/u;
// How far, in lines, a marked sub-heading's neighbours are looked for.
const MARKED_NEIGHBOURS = 8;

/** Whether the line at `index`, read as a heading, ends in "Â" with another such line near it that is no heading: a sub-heading. */
function isOneOfMarkedSubheadings(
  lines: readonly Line[],
  index: number,
  classify: (line: string) => ResumeSectionKind | undefined,
): boolean {
  const text = (lines[index] as Line).text;
  if (!text.includes('Â') || !MARKED_LINE.test(text)) return false;
  for (const step of [-1, 1]) {
    for (let distance = 1; distance <= MARKED_NEIGHBOURS; distance++) {
      const neighbour = lines[index + step * distance]?.text.trim();
      if (neighbour === undefined) break;
      if (!neighbour) continue;
      if (neighbour.length <= MAX_MARKED_SUBHEADING && MARKED_LINE.test(neighbour) && !classify(neighbour)) return true;
    }
  }
  return false;
}

const MAX_MARKED_SUBHEADING = 50;

/**
 * The kind of a known heading written in lower case ("work experience", "experiencia laboral:"); splitSections reads one
 * only where it starts a block (after a blank line or at the top), so that the last word of a wrapped sentence ("…years
 * of\nexperience") is not.
 */
function lowerCaseHeadingKind(
  text: string,
  classify: (line: string) => ResumeSectionKind | undefined,
): ResumeSectionKind | undefined {
  const heading = stripHeadingMarks(text);
  if (!/^\p{Ll}/u.test(heading)) return undefined;
  return classify(`${heading.charAt(0).toUpperCase()}${heading.slice(1)}`);
}

const isUpperCase = (heading: string) => /\p{Lu}/u.test(heading) && !/\p{Ll}/u.test(heading);

/**
 * Removes the headings that are subheadings of a position: where a resume writes its headings in capitals ("WORK
 * EXPERIENCE", "EDUCATION"), a heading in other case inside its experience section ("Technical Expertise:",
 * "Projects") belongs to the job above it, not to a section of its own. A known heading of what is no position
 * ("Honors and Awards", "Certifications", "Skills", "Languages", "Interests") ends the work history instead where
 * lines are dated below it but none as the history's positions are (see endsWorkHistoryAt): its dated lines ("Dean's
 * List 2012 – 2013") were read as positions and their years summed.
 */
function demoteSubheadings(headings: Heading[], text: string, dates: DateRangeOptions): void {
  if (headings.filter((heading) => isUpperCase(heading.heading)).length < 2) return;
  // The headings as found: the loop below compacts the list in place, and the work history's run is read from these.
  const found = headings.slice();
  let inExperience = false;
  let experienceIndex = -1;
  let endsAt: ((index: number) => boolean) | undefined;
  // Compacted in one pass: a splice per demoted heading was quadratic in their number (the round-10 fuzzer's résumé
  // with "Projects:" repeated 172,000 times under WORK EXPERIENCE took 23 s of CPU).
  let kept = 0;
  for (let index = 0; index < found.length; index++) {
    const heading = found[index] as Heading;
    if (isUpperCase(heading.heading)) {
      inExperience = heading.kind === 'experience';
      experienceIndex = index;
      endsAt = undefined;
    } else if (
      inExperience &&
      heading.kind !== 'education' &&
      heading.kind !== 'experience' &&
      // Volunteering is kept: it heads positions of its own (readVolunteeringAsWorkHistory), not the job above's lines.
      !isVolunteeringHeading(heading.heading)
    ) {
      if (!headsNoPosition(heading)) continue;
      // Read only where such a heading comes (most work histories have none).
      endsAt ??= endsWorkHistoryAt(found, experienceIndex, text, dates);
      if (!endsAt(index)) continue;
      inExperience = false;
    }
    headings[kept++] = heading;
  }
  headings.length = kept;
}

// The kinds of the headings of what is no position. Not projects (a position's projects are listed under it) nor a
// summary; a position's own results ("Accomplishments", "Key Achievements") are not of them either.
const NO_POSITION_KINDS: ReadonlySet<ResumeSectionKind> = new Set(['skills', 'certifications', 'languages', 'other']);

/** Whether a heading names a part of a résumé that holds no position ("Honors and Awards", "Certifications", "Skills"). */
function headsNoPosition(heading: Heading): boolean {
  return NO_POSITION_KINDS.has(heading.kind) && !POSITION_RESULTS_HEADING.test(cleanHeading(heading.heading));
}

/**
 * For the work history headed at `experienceIndex` (in capitals), whether a heading at a later index ends it: the
 * history above it dates lines, some line below it (up to the next heading in capitals) is dated, and none below is
 * dated as a line above is written (datedLineForms: 'Jun 2015 - Dec 2017' on its own above, 'Dean's List 2012 – 2013'
 * below). Where a line below is dated as the positions are, the positions may go on below it (an Indeed export's "Key
 * Skills" over 'Sr consultant' … 'June 2008 to March 2016'): the heading stays the job's, as before; so too where a
 * line below holds dates alone, as a position's dates line does whatever form the positions above took ('Skills' under
 * a job dated 'May 2019 - Present', then 'Software Engineer, Globex Inc' over '2015 - 2019'). Each body's lines are
 * read once; each question is answered from running figures.
 */
function endsWorkHistoryAt(
  headings: readonly Heading[],
  experienceIndex: number,
  text: string,
  dates: DateRangeOptions,
): (index: number) => boolean {
  let runEnd = experienceIndex + 1;
  while (runEnd < headings.length && !isUpperCase((headings[runEnd] as Heading).heading)) runEnd++;
  const forms: string[][] = [];
  // The last body of the run in which each form is written, the last dated body, and the last body with a line of
  // dates alone (a position's dates line: '2015 - 2019' under 'Software Engineer, Globex Inc').
  const lastWritten = new Map<string, number>();
  let lastDated = -1;
  let lastDatesAlone = -1;
  for (let index = experienceIndex; index < runEnd; index++) {
    const heading = headings[index] as Heading;
    const body = text.slice(heading.bodyStart, headings[index + 1]?.start ?? text.length);
    const bodyForms = datedLineForms(body, dates);
    forms.push(bodyForms);
    for (const form of bodyForms) lastWritten.set(form, index);
    if (bodyForms.length > 0) lastDated = index;
    if (bodyForms.some((form) => !form.startsWith('text ') && !form.endsWith(' text'))) lastDatesAlone = index;
  }
  // For each index of the run, whether a body above it is dated, and the last body in which a form above it is written.
  const datedAbove: boolean[] = [];
  const lastOfFormsAbove: number[] = [];
  let dated = false;
  let last = -1;
  for (let index = experienceIndex; index < runEnd; index++) {
    datedAbove.push(dated);
    lastOfFormsAbove.push(last);
    for (const form of forms[index - experienceIndex] as string[]) last = Math.max(last, lastWritten.get(form) ?? -1);
    if ((forms[index - experienceIndex] as string[]).length > 0) dated = true;
  }
  return (index) => {
    const at = index - experienceIndex;
    if (at <= 0 || index >= runEnd) return false;
    return (
      (datedAbove[at] as boolean) &&
      lastDated >= index &&
      (lastOfFormsAbove[at] as number) < index &&
      lastDatesAlone < index
    );
  };
}

/**
 * Reads a volunteering heading right after an experience one ("Work History … Community Service", "Volunteer Work"
 * written as a sub-heading of the history) as part of the work history: its entries are positions, read as the
 * section's are. As a heading of the kind 'other' they were read by nothing and lost; as a line inside the history
 * (demoted, under capital headings) the heading was read as the volunteer position's employer. Volunteering elsewhere
 * ("Volunteering" after Education) stays a section of its own. One pass over the headings.
 */
function readVolunteeringAsWorkHistory(headings: Heading[]): void {
  let previous: ResumeSectionKind | undefined;
  for (const heading of headings) {
    if (previous === 'experience' && heading.kind === 'other' && isVolunteeringHeading(heading.heading))
      heading.kind = 'experience';
    previous = heading.kind;
  }
}

// How many sub-headings in a row are looked through for positions below them.
const MAX_SUBHEADING_RUN = 8;

/**
 * Removes a heading with a colon ("Major Projects:", "Projects:") right after an experience heading written without one,
 * when the positions go on below it: a line under it is dated as a position of the section above is written (the
 * same parts before and after the dates, the same form of date: 'Senior Engineer 07/2003 to 12/2010 Company Name City ,
 * State' after 'Regional Engineering Manager 01/2014 to Current Company Name City , State'). The projects are then the
 * description of the position above, and the positions after them are read; a projects section of its own keeps its
 * heading (its dates are not written as the positions' are, or it is headed as the sections are). A position's list of
 * results headed without a colon ("Accomplishments") is read so too, and so is a run of such sub-headings (one per
 * position) when the positions go on below a later one of the run.
 */
function keepPositionsUnderSubheadings(headings: Heading[], text: string, dates: DateRangeOptions): void {
  let kept = 0;
  // The body of the experience section that runs on, and the forms of its dated lines, read only when a sub-heading
  // follows it (most résumés have none).
  let experienceBody: string | undefined;
  let forms: Set<string> | undefined;
  const bodyOf = (index: number) =>
    text.slice((headings[index] as Heading).bodyStart, headings[index + 1]?.start ?? text.length);
  const isResults = (heading: Heading) => POSITION_RESULTS_HEADING.test(cleanHeading(heading.heading));
  const isSubheading = (heading: Heading) =>
    heading.kind !== 'experience' && heading.kind !== 'education' && (heading.colon || isResults(heading));
  for (let index = 0; index < headings.length; index++) {
    const heading = headings[index] as Heading;
    if (experienceBody !== undefined && isSubheading(heading)) {
      const known = (forms ??= new Set(datedLineForms(experienceBody, dates)));
      // The first sub-heading of the run with a position dated as the section's below it. A run is of lists of results
      // only ("Accomplishments:" under each position); another heading with a colon ("Technical Skills:", "Objective:")
      // is looked under alone.
      let last = -1;
      const run = isResults(heading) ? MAX_SUBHEADING_RUN : 1;
      for (let next = index; next < headings.length && next - index < run; next++) {
        const candidate = headings[next] as Heading;
        if (!isSubheading(candidate) || (next > index && !isResults(candidate))) break;
        if (datedLineForms(bodyOf(next), dates).some((form) => known.has(form))) {
          last = next;
          break;
        }
      }
      if (last !== -1) {
        for (let next = index; next <= last; next++)
          for (const form of datedLineForms(bodyOf(next), dates)) known.add(form);
        index = last;
        continue;
      }
    }
    headings[kept++] = heading;
    experienceBody = heading.kind === 'experience' && !heading.colon ? bodyOf(index) : undefined;
    forms = undefined;
  }
  headings.length = kept;
}

// How many non-blank lines below a "<kind of work> Experience" line are looked at for a position's dates.
const NAMED_EXPERIENCE_LOOKAHEAD = 3;

/**
 * Whether one of the few non-blank lines below the line at `index`, before a heading, holds a date range ("March 2011 to
 * Current"): what tells a "Visual Merchandise Experience" heading over its positions from a skills list's "Microsoft
 * Excel Experience" (whose list may end just above the next section's heading and dated position).
 */
function hasDatedLineBelow(
  lines: readonly Line[],
  index: number,
  classify: (line: string) => ResumeSectionKind | undefined,
  dates: DateRangeOptions,
): boolean {
  let seen = 0;
  for (let next = index + 1; next < lines.length && seen < NAMED_EXPERIENCE_LOOKAHEAD; next++) {
    const line = (lines[next] as Line).text.trim();
    if (!line) continue;
    if (classify(line) !== undefined) return false;
    seen++;
    if (line.length <= MAX_DATED_LINE && /\d/.test(line) && findDateRanges(line, dates).length > 0) return true;
  }
  return false;
}

// Lines longer than this are paragraphs, not a position's dated line.
const MAX_DATED_LINE = 200;

/**
 * How each dated line of a text is written: whether text comes before and after its first date range, and the form of
 * the range's first date (letters as 'a', digits as '9': 'August 2014' is 'a 9999', '07/2003' is '99/9999').
 */
function datedLineForms(body: string, dates: DateRangeOptions): string[] {
  const forms: string[] = [];
  for (const raw of body.split('\n')) {
    const line = raw.trim();
    if (line.length === 0 || line.length > MAX_DATED_LINE || !/\d/.test(line)) continue;
    const range = findDateRanges(line, dates)[0];
    if (range === undefined) continue;
    const at = line.indexOf(range.text);
    const year = /\d{4}/.exec(range.text);
    const first = year ? range.text.slice(0, year.index + 4) : range.text;
    const form = first.replace(/\p{L}+/gu, 'a').replace(/\d/g, '9');
    forms.push(`${at > 0 ? 'text ' : ''}${form}${at + range.text.length < line.length ? ' text' : ''}`);
  }
  return forms;
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
