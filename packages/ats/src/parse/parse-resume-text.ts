import {
  canonicalSkillName,
  extractSkills,
  findDateRanges,
  isSkillGroupLabel,
  leadingSkillGroupLabel,
  MAX_LIST_LENGTH,
  parseWith,
  ROLE_NOUNS,
  resumeSchema,
  totalYearsOfExperience,
  rejectUnknownKeys,
  type EducationEntry,
  type ExperienceEntry,
  type ParseWarning,
  type Resume,
  type SkillMention,
} from '@rolefit/core';
import {
  checkTextArgument,
  describeValue,
  invalidArgument,
  isValidDate,
  readRecordArgument,
  withoutSpellingMarks,
} from '@rolefit/core/internal';
import { decodeHtmlEntities } from '@rolefit/core/text';
import { readContact } from '../contact/index.js';
import {
  classifyHeading,
  cleanHeading,
  isEntrySubheading,
  isLeadershipHeading,
  isVolunteeringHeading,
} from '../sections/headings.js';
import { splitSections, type ResumeSection } from '../sections/index.js';
import { assessParse } from './confidence.js';
import { parseEducationSection } from './education.js';
import { ANONYMISED_COMPANY, mergeRepeats, readExperienceSection, type UntitledPosition } from './experience.js';
import { readLabelledLayout } from './labelled-fields.js';
import { isBullet, repairLatin1Mojibake, repairMojibake, squash, stripBullet, wordCount } from './lines.js';

/** Options for {@link parseResumeText}. */
export interface ParseResumeTextOptions {
  /** The resume's id; by default one derived from the text. */
  id?: string | undefined;
  /** The reference "today" for ongoing date ranges and total years. Default: now. */
  now?: Date | undefined;
}

// Skill items longer than this are sentences, not skills.
const MAX_SKILL_WORDS = 5;
const MAX_SKILL_LENGTH = 40;
// A piece of a skills line longer than this is a clause: the line is a sentence.
const MAX_CLAUSE_WORDS = 7;

// Every setting, so that an unknown key (a typo) is refused with the nearest known one.
const PARSE_RESUME_TEXT_OPTIONS_NAMES = { id: true, now: true } satisfies Record<keyof ParseResumeTextOptions, true>;

/** Reads a resume's text into core's `Resume`: contact, summary, experience, education, skills, certifications, languages, total years, and warnings and confidences (confidence.ts). */
export function parseResumeText(text: string, options: ParseResumeTextOptions = {}): Resume {
  checkTextArgument('parseResumeText', 'text', text);
  rejectUnknownKeys('ParseResumeTextOptions', options, PARSE_RESUME_TEXT_OPTIONS_NAMES);
  // Read once: a getter that throws is a ValidationError naming it, not the caller's error from inside the parse.
  const settings: ParseResumeTextOptions = readRecordArgument(
    'parseResumeText',
    'options',
    options,
    'ParseResumeTextOptions',
    PARSE_RESUME_TEXT_OPTIONS_NAMES,
  );
  // A `now` that is no Date holding a real time ('x', a Proxy of a Date) was V8's TypeError from deep in the date reader.
  if (settings.now !== undefined && !isValidDate(settings.now))
    throw invalidArgument('parseResumeText', 'options.now', `must be a valid Date, got ${describeValue(settings.now)}`);
  // UTF-8 read as Latin-1 ("â\u0080¢" bullets, "Bachelorâ\u0080\u0099s") is read as meant; the resume keeps its text as
  // given. (The Windows-1252 forms are repaired where each reader needs it: a stray "Â" in a skills line stays.)
  const source = repairLatin1Mojibake(text);
  const sections = splitSections(source, { now: settings.now });
  const bodies = (kind: ResumeSection['kind']) =>
    sections.filter((section) => section.kind === kind).map((section) => section.text);
  // A job-board export's key–value layout ("Education Details … Company Details / company - X") has its own reader.
  const labelled = readLabelledLayout(source, { now: settings.now });
  // Where it reads no titled position, the sections are read as usual; the positions it found untitled are still said.
  // The positions read under a volunteering heading (part of the work history where it follows one): positions, but
  // unpaid, so not counted in the years of experience (as they were not while such a section was read by nothing).
  const volunteering = new Set<ExperienceEntry>();
  // The roles read under a student leadership heading ("Leadership Experience": a club's president, a society's
  // treasurer): positions, but not years of work where they were held while studying and the résumé dates a work
  // history besides them (a nurse's or an executive's "Leadership Experience" after their degree is work).
  const leadership = new Set<ExperienceEntry>();
  const experienceSections =
    labelled && labelled.experience.length > 0
      ? [{ entries: labelled.experience, untitled: labelled.untitled }]
      : [
          ...sections
            .filter((section) => section.kind === 'experience')
            .map((section) => {
              const read = readWorkHistory(section, settings.now);
              if (isVolunteeringHeading(section.heading)) for (const entry of read.entries) volunteering.add(entry);
              if (isLeadershipHeading(section.heading)) for (const entry of read.entries) leadership.add(entry);
              return read;
            }),
          ...(labelled && labelled.untitled.length > 0 ? [{ entries: [], untitled: labelled.untitled }] : []),
        ];
  // Some résumé builders write the whole history twice ("Experience", then "Work History" with the same positions):
  // one position, as within a section.
  const experience: ExperienceEntry[] = mergeRepeats(experienceSections.flatMap((section) => section.entries));
  const education: EducationEntry[] =
    labelled && labelled.education.length > 0
      ? labelled.education
      : bodies('education').flatMap((body) => parseEducationSection(body, { now: settings.now }));
  const summary = bodies('summary')
    .map((body) => squash(body.replace(/\n+/g, ' ')))
    .filter(Boolean)
    .join('\n\n');
  const worked = experience.filter((entry) => entry.start && !volunteering.has(entry));
  const paid = worked.filter((entry) => !leadership.has(entry) || !heldWhileStudying(entry, education, settings.now));
  const ranges = (paid.length > 0 ? paid : worked).flatMap((entry) =>
    entry.start ? [{ start: entry.start, end: entry.end ?? null }] : [],
  );
  // "Highlights" and "Skill Highlights" (livecareer's résumés) list skills as a skills section does.
  const [highlights, others] = partition(
    sections.filter((section) => section.kind === 'other'),
    (section) => SKILL_HIGHLIGHTS_HEADING.test(cleanHeading(section.heading)),
  );
  // The entries read, so that a header line that is one of their titles is not taken for the name.
  const contact = readContact(source, () => experience, sections);
  const assessment = assessParse({ contact, experience, education });
  return fitToLimits({
    id: settings.id ?? `resume-${hash(text)}`,
    contact,
    ...(summary ? { summary } : {}),
    // "Tools: ISPF, SPUFI" under "Additional information" or a summary lists skills as a skills section does.
    skills: readSkills(
      source,
      [
        ...bodies('skills'),
        ...highlights.map((section) => section.text),
        ...[...others.map((section) => section.text), ...bodies('summary')].map(skillGroupLines).filter(Boolean),
      ],
      contact.name,
      degreeLines(source, sections, education),
      [...experience.map((entry) => entry.company), ...education.map((entry) => entry.institution)],
      experience.map((entry) => entry.title),
      sections
        .filter((section) => ENTRY_KINDS.has(section.kind))
        .map((section) => [section.start, section.end] as const),
    ),
    experience,
    education,
    certifications: bodies('certifications').flatMap(listLines),
    languages: bodies('languages').flatMap(readLanguages),
    ...(ranges.length > 0 ? { totalYears: totalYearsOfExperience(ranges, { now: settings.now }) } : {}),
    text,
    ...assessment,
    warnings: [
      ...assessment.warnings,
      ...positionsLeftOut(
        experienceSections.flatMap((section) => section.untitled),
        experience,
      ).map(untitledWarning),
      ...(experience.length === 0 && !experienceSections.some((section) => section.untitled.length > 0)
        ? unreadSectionWarnings(sections, 'experience', 'position')
        : []),
      ...(education.length === 0 ? unreadSectionWarnings(sections, 'education', 'degree or school') : []),
    ],
  });
}

// The years a degree written with its end alone ("B.S. Finance, May 2020") is taken to have been studied for.
const STUDY_YEARS_BEFORE_END = 4;

/**
 * Whether a position was held while the person studied: it began in the year an education entry starts or later (four
 * years before its end where it gives no start) and no later than its end (today where it is under way), and it ended
 * in that end's year or before (a role begun during a part-time MBA and held after it is work). Where education gives
 * no dates, none was.
 */
function heldWhileStudying(
  entry: ExperienceEntry,
  education: readonly EducationEntry[],
  now: Date | undefined,
): boolean {
  const start = entry.start;
  if (!start) return false;
  const today = now ?? new Date();
  return education.some((school) => {
    if (!school.start && !school.end) return false;
    const end = school.end ?? today;
    const from = school.start ? school.start.getUTCFullYear() : end.getUTCFullYear() - STUDY_YEARS_BEFORE_END;
    return (
      start.getTime() >= Date.UTC(from, 0, 1) &&
      start.getTime() <= end.getTime() &&
      (entry.end ?? today).getUTCFullYear() <= end.getUTCFullYear()
    );
  });
}

/**
 * The positions of an experience section. Under a "Volunteer" heading (splitSections reads volunteering right after the
 * work history as part of it) whose first position has no employer, the heading was that position's title ("Volunteer"
 * over "American Red Cross, Miami, FL" and the dates): read again with it as the section's first line, kept where that
 * reads as many positions, the first titled "Volunteer" with an employer.
 */
function readWorkHistory(section: ResumeSection, now: Date | undefined): ReturnType<typeof readExperienceSection> {
  const read = readExperienceSection(section.text, { now });
  if (cleanHeading(section.heading) !== 'volunteer' || read.entries[0] === undefined || read.entries[0].company)
    return read;
  const titled = readExperienceSection(`${section.heading}\n${section.text}`, { now });
  const first = titled.entries[0];
  return titled.entries.length === read.entries.length && first?.title === section.heading && first.company
    ? titled
    : read;
}

// A section with a heading and text from which no entry was read: the empty list is the parser's failure, not the
// résumé's, so it is said ("Experiencia laboral" whose dates the parser could not read was an empty list, unflagged).
function unreadSectionWarnings(
  sections: readonly ResumeSection[],
  kind: 'experience' | 'education',
  entry: string,
): ParseWarning[] {
  const unread = sections.filter((section) => section.kind === kind && section.text.trim() !== '');
  if (unread.length === 0) return [];
  const headings =
    unread
      .slice(0, 3)
      .map((section) => `"${section.heading.slice(0, 80)}"`)
      .join(', ') + (unread.length > 3 ? ` and ${unread.length - 3} more` : '');
  const lines = unread.reduce((sum, section) => sum + section.text.split('\n').filter((line) => line.trim()).length, 0);
  return [
    {
      path: kind,
      reason: `no ${entry} read from the ${headings} section (${lines} line${lines === 1 ? '' : 's'} of text)`,
    },
  ];
}

/**
 * The Resume of `candidate`. Text at the 300,000-character cap can make fields past the Resume schema's size caps
 * (a 290,000-character line read as a certification, 40,000 skill items): each is cut to its cap, with a warning
 * naming it, so a résumé never fails to parse on size. Anything else invalid is a ValidationError.
 */
function fitToLimits(candidate: Record<string, unknown> & { warnings: ParseWarning[] }): Resume {
  const first = resumeSchema.safeParse(candidate);
  if (first.success) return first.data;
  const warnings: ParseWarning[] = [];
  for (const issue of first.error.issues) {
    if (issue.code !== 'too_big' || (issue.origin !== 'string' && issue.origin !== 'array')) continue;
    const key = issue.path.at(-1);
    let holder: unknown = candidate;
    for (const step of issue.path.slice(0, -1)) holder = (holder as Record<PropertyKey, unknown> | undefined)?.[step];
    if (typeof holder !== 'object' || holder === null || key === undefined) continue;
    const value = (holder as Record<PropertyKey, unknown>)[key];
    if (typeof value !== 'string' && !Array.isArray(value)) continue;
    (holder as Record<PropertyKey, unknown>)[key] = value.slice(0, Number(issue.maximum));
    const path = issue.path.map((step) => (typeof step === 'number' ? `[${step}]` : `.${String(step)}`)).join('');
    const unit = issue.origin === 'string' ? 'characters' : 'items';
    warnings.push({
      path: path.replace(/^\./, ''),
      reason: `cut from ${value.length} to ${issue.maximum} ${unit}, the Resume schema's limit`,
    });
  }
  candidate.warnings = [...candidate.warnings, ...warnings].slice(0, MAX_LIST_LENGTH);
  return parseWith(resumeSchema, 'Resume', candidate);
}

// "Devops Engineer\nInfosys limited -\nDecember 2014 to Present", then the same employer and dates over a second block
// of the description whose title slot holds a sentence's words (Indeed's export): that position was read, not left out.
// The employer (its spelling marks and case aside) and the dates, as a key: looked up, not scanned for, per position.
const positionKey = (company: string, start: Date | undefined, end: Date | null | undefined) =>
  `${withoutSpellingMarks(company).toLowerCase()}\n${start?.getTime()}\n${end === null ? 'now' : end?.getTime()}`;

/** The untitled positions that no entry read names with the same employer and dates: those left out indeed. */
function positionsLeftOut(
  untitled: readonly UntitledPosition[],
  entries: readonly ExperienceEntry[],
): UntitledPosition[] {
  if (untitled.length === 0) return [];
  const read = new Set(
    entries.flatMap((entry) =>
      entry.company === undefined ? [] : [positionKey(entry.company, entry.start, entry.end)],
    ),
  );
  // "Company Name" (an anonymised résumé's every employer) tells no two employers apart: such a position stays reported.
  return untitled.filter(
    (position) =>
      position.company === ANONYMISED_COMPANY || !read.has(positionKey(position.company, position.start, position.end)),
  );
}

// A position the experience parser left out for want of a title: said, so that the caller can ask for it.
// Without dates (a job board's form: "company - Wipro" and no title), what the form wrote is said, not that it names a
// position.
const untitledWarning = (position: UntitledPosition) => {
  const month = (date: Date) => date.toISOString().slice(0, 7);
  const end = position.end === null ? 'present' : position.end ? month(position.end) : undefined;
  if (position.start === undefined)
    return {
      path: 'experience',
      reason: `the form's company field holds "${position.company}" with no job title nor dates; no position is read from it`,
    };
  const dates = end ? `${month(position.start)} to ${end}` : `from ${month(position.start)}`;
  return {
    path: 'experience',
    reason: `a position at ${position.company} (${dates}) has no job title and is left out`,
  };
};

/**
 * The skills of a resume: the skills sections' items (canonical names where known) and every known skill in the whole
 * text, except where the text writes the person's `name` ("Maya Okafor" names no 3-D software), inside the
 * `notSkills` ranges ([start, end) in text order: the lines that give a degree and its field), in a value labelled as an
 * organisation's or a project's name ("Client: Baker Hughes"), inside the longer name of one of `organisations` (the
 * employers and schools read: "SAP Labs"), a role's name where the text writes one of `titles` (the positions' titles
 * read: "Senior Systems Engineer" is no claim of Systems Engineering; named elsewhere, the skill is read there), the
 * industry worked in ("IT experience") and, when the skills sections list items, a soft skill inside one of the
 * `entrySections` ([start, end) of the experience, education and projects sections, in text order).
 */
export function readSkills(
  text: string,
  skillSections: readonly string[],
  name?: string,
  notSkills: readonly (readonly [number, number])[] = [],
  organisations: readonly (string | undefined)[] = [],
  titles: readonly (string | undefined)[] = [],
  entrySections: readonly (readonly [number, number])[] = [],
): string[] {
  const skills: string[] = [];
  for (const body of skillSections) {
    for (const item of splitSkillItems(body)) skills.push(canonicalSkillName(item) ?? item);
  }
  // A résumé that lists its skills claims those; a soft skill its positions' or projects' prose shows ("communicated
  // with clients", "led a team") is the reader's inference, not one of them.
  const listed = skills.length > 0;
  // The text in lower case once, for every name looked for (up to 81 of them).
  const lower = lowerCase(text);
  const names = name ? occurrences(lower, name) : [];
  const namedValues = organisationOrProjectValues(text);
  const organisationNames = wholeNameSpans(text, lower, organisations);
  // Where the text writes a position's title ("Senior Systems Engineer", also in the headline under the name); not in a
  // job board's list of skills, where the title's words are listed as a skill ("Civil Engineer- Experience - 42 months").
  const titleNames = wholeNameSpans(text, lower, titles).filter(
    ([, end]) => !SKILL_LIST_NOTE.test(text.slice(end, end + 40)),
  );
  for (const mention of extractSkills(text)) {
    if (names.some(([start, end]) => mention.start >= start && mention.end <= end)) continue;
    if (inside(notSkills, mention.start, mention.end)) continue;
    if (inside(namedValues, mention.start, mention.end) && !inParentheses(text, mention.start)) continue;
    if (inOrganisationName(organisationNames, mention.start, mention.end)) continue;
    if (INDUSTRIES_NOT_SKILLS.has(mention.skill)) continue;
    if (namesRole(mention) && titleNames.some(([start, end]) => mention.start >= start && mention.end <= end)) continue;
    if (namesPeople(mention)) continue;
    if (
      listed &&
      mention.category === 'soft-skill' &&
      inside(entrySections, mention.start, mention.end) &&
      !onSkillGroupLine(text, mention.start)
    )
      continue;
    if (!namesSkillGroup(text, mention.start, mention.end)) skills.push(mention.skill);
  }
  return withoutRespellings(skills);
}

/**
 * The skills, each once however it is spaced, hyphenated or cased ("web site" and "website", "AS/400" and "AS400",
 * "Self disciplined" and "self-disciplined", "Quick Books" and "QuickBooks"): the first, or the one that is core's
 * canonical name, in the first one's place.
 */
function withoutRespellings(skills: readonly string[]): string[] {
  const kept: string[] = [];
  const placeOf = new Map<string, number>();
  for (const skill of skills) {
    const key = withoutSpellingMarks(skill.toLowerCase()) || skill.toLowerCase();
    const place = placeOf.get(key);
    if (place === undefined) {
      placeOf.set(key, kept.length);
      kept.push(skill);
    } else if (canonicalSkillName(skill) === skill && canonicalSkillName(kept[place] ?? '') !== kept[place]) {
      kept[place] = skill;
    }
  }
  return kept;
}

/**
 * Where the education sections write a degree and its field ("B.E. in Mechanical Engineering"): [start, end) of each such
 * line. The field a person studied is their education, not a skill they claim.
 */
function degreeLines(
  text: string,
  sections: readonly ResumeSection[],
  education: readonly EducationEntry[],
): [number, number][] {
  // Each value once, and a few at most (a hostile text can make thousands of entries): every line is asked about each.
  const named = [
    ...new Set(
      education
        .flatMap((entry) => [entry.degree, entry.field])
        .filter((value): value is string => value !== undefined && value.length >= 3)
        .map((value) => value.toLowerCase()),
    ),
  ].slice(0, MAX_DEGREE_VALUES);
  if (named.length === 0) return [];
  const lines: [number, number][] = [];
  for (const section of sections) {
    if (section.kind !== 'education') continue;
    let start = section.start;
    for (const line of text.slice(section.start, section.end).split('\n')) {
      const lower = line.toLowerCase();
      if (named.some((value) => lower.includes(value))) lines.push([start, start + line.length]);
      start += line.length + 1;
    }
  }
  return lines;
}

const MAX_DEGREE_VALUES = 40;

// Headings of highlights that list skills ("Highlights", "Skill Highlights", "Core Highlights"); not a career's
// ("Career Highlights": achievements).
const SKILL_HIGHLIGHTS_HEADING = /^(?:(?:skills?|core|key|qualifications?) )?highlights$/;

/** The items for which `test` holds, then the others, each in order. */
function partition<Item>(items: readonly Item[], test: (item: Item) => boolean): [Item[], Item[]] {
  const passed: Item[] = [];
  const failed: Item[] = [];
  for (const item of items) (test(item) ? passed : failed).push(item);
  return [passed, failed];
}

// Sections of entries, whose prose tells what the person did rather than listing skills.
const ENTRY_KINDS: ReadonlySet<ResumeSection['kind']> = new Set(['experience', 'education', 'projects']);

// A label whose value names an organisation, a project or places ("Client: Baker Hughes", "Project Title: Cadence", "Past
// Organization: Tata Consultancy Services", "Key Projects - MSSales, Rhythm of Business (RoB)", "Willing to relocate
// to: Pune, Delhi"): the value is a name, not a skill, even where it holds a skill's word.
const ORGANISATION_OR_PROJECT_LABEL =
  /^(?:(?:current|present|past|previous|last|key|major|main|live|academic|final|mini)\s+)?(?:clients?|customers?|end client|projects?(?:\s+(?:title|name))?|title|company(?:\s+name)?|employer|organi[sz]ation(?:\s+name)?|(?:willing|ready|open)\s+to\s+relocate(?:\s+to)?|preferred\s+locations?)(?:\s*(?:#\s*)?\d{1,2})?$/i;
// Such a label at a line's start, then a colon or a spaced dash, then its value.
const LABELLED_NAME_LINE = /^([^:：\n]{2,40}?)(?:\s*[:：]\s*|\s+[-–—]\s+)(?=\S)/u;

/** Whether a line's label (the words before its colon or spaced dash) says the value names an organisation or a project. */
function namesOrganisationOrProject(label: string): boolean {
  return ORGANISATION_OR_PROJECT_LABEL.test(squash(stripBullet(label)));
}

/**
 * Whether text[start] stands inside parentheses opened on its line: in a labelled name, the technology a project used
 * ("Key Projects - Aurora BI (SAP)"), a skill after all.
 */
function inParentheses(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - MAX_GROUP_LABEL_REACH), start);
  const line = before.slice(before.lastIndexOf('\n') + 1);
  return line.lastIndexOf('(') > line.lastIndexOf(')');
}

/**
 * [start, end) of each value after a label that names an organisation or a project ("Client: Baker Hughes"), in text
 * order: the skills core finds there ("Baking" in "Baker Hughes") are a name's words.
 */
function organisationOrProjectValues(text: string): [number, number][] {
  const values: [number, number][] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const label = LABELLED_NAME_LINE.exec(line);
    if (label?.[1] && namesOrganisationOrProject(label[1])) values.push([start + label[0].length, start + line.length]);
    start += line.length + 1;
  }
  return values;
}

// How many employers', schools' or titles' names are looked for (a hostile text can make thousands of entries).
const MAX_ORGANISATION_NAMES = 40;

/**
 * [start, end) of each place the text writes one of `organisations` (the employers, schools or titles read) as a whole
 * name, not inside a longer word, at most 20 times each. A name with a comma is a list the entry reader took for a
 * name, and is not looked for.
 */
function wholeNameSpans(
  text: string,
  lower: string,
  organisations: readonly (string | undefined)[],
): [number, number][] {
  const names = [
    ...new Set(
      organisations
        .map((organisation) => squash(organisation ?? ''))
        .filter((organisation) => organisation.length >= 3 && !organisation.includes(',')),
    ),
  ].slice(0, MAX_ORGANISATION_NAMES);
  const wordCharacter = /[\p{L}\p{N}]/u;
  return names.flatMap((organisation) =>
    occurrences(lower, organisation).filter(
      ([start, end]) => !wordCharacter.test(text[start - 1] ?? '') && !wordCharacter.test(text[end] ?? ''),
    ),
  );
}

/**
 * Whether [start, end) is a skill's name written inside an organisation's longer name ("SAP" in "SAP Labs", "Information
 * Technology" in "Jaypee Institute Of Information Technology"): the employer or the school, not a skill claimed. The
 * whole name is left ("Cisco" worked at may be a skill too).
 */
function inOrganisationName(spans: readonly (readonly [number, number])[], start: number, end: number): boolean {
  return spans.some((span) => start >= span[0] && end <= span[1] && end - start < span[1] - span[0]);
}

// Role nouns whose plurals also name things: "sales leads", "channel partners", "device drivers", "Kafka producers",
// "domain controllers", "AI agents", "text editors", "Python interpreters", "print heads", "Cisco Certified Network
// Associates".
const ROLE_NOUNS_ALSO_THINGS = new Set([
  'lead',
  'partner',
  'driver',
  'producer',
  'controller',
  'agent',
  'assistant',
  'editor',
  'interpreter',
  'head',
  'associate',
  'holder',
  'operator',
  'transporter',
  'finisher',
  'fitter',
  'estimator',
  'rep',
  'admin',
]);
const PEOPLE_ROLE_NOUNS: ReadonlySet<string> = new Set(ROLE_NOUNS.filter((noun) => !ROLE_NOUNS_ALSO_THINGS.has(noun)));

/**
 * Whether a skill's mention ends in the plural of a role noun ("recruiters", "Business Analysts", "Product Owners",
 * "nurses, pharmacists"): the people the résumé worked with or wrote about, not a skill the person claims. A
 * certification's name is left ("… Network Associates").
 */
function namesPeople(mention: SkillMention): boolean {
  const last = lastWordOf(mention);
  if (last === undefined || !last.endsWith('s')) return false;
  const singular = last.endsWith('ies') ? `${last.slice(0, -3)}y` : last.slice(0, -1);
  return PEOPLE_ROLE_NOUNS.has(singular) || (last.endsWith('es') && PEOPLE_ROLE_NOUNS.has(last.slice(0, -2)));
}

// A field a résumé's text names as the industry worked in or the degree studied ("6 years of IT experience", "IT
// industry", "an IT professional", "M.Tech. in IT", "Information Technology services corporation", "Kunal IT Services"),
// never as a skill the person claims: none of its 85 mentions in the DataTurks odd half and the updated-resume-dataset's
// non-held-out texts was one. Listed in a skills section, it is read as the other items are.
const INDUSTRIES_NOT_SKILLS: ReadonlySet<string> = new Set(['Information Technology']);

const ALL_ROLE_NOUNS: ReadonlySet<string> = new Set(ROLE_NOUNS);

/**
 * Whether a skill's mention ends in a role noun ("Systems Engineer", "Business Analyst", "Account Manager"): written in
 * a position's title, the role held, not a skill claimed (a skill named elsewhere too is read there). What qualifies the
 * role noun is left ("Blockchain" in "Blockchain Developer", "technical support" in "technical support engineer"), and so
 * is a certification.
 */
function namesRole(mention: SkillMention): boolean {
  const last = lastWordOf(mention);
  return last !== undefined && ALL_ROLE_NOUNS.has(last);
}

// The last word of a mention's text, lower-cased; none for a certification, whose name is never a role's or people's.
function lastWordOf(mention: SkillMention): string | undefined {
  if (mention.category === 'certification') return undefined;
  return /(\p{L}+)$/u.exec(mention.text)?.[1]?.toLowerCase();
}

/** Whether [start, end) lies inside one of `ranges` (in text order, none overlapping), by binary search. */
function inside(ranges: readonly (readonly [number, number])[], start: number, end: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = ranges[middle] as readonly [number, number];
    if (range[0] > start) high = middle - 1;
    else if (range[1] < end) low = middle + 1;
    else return true;
  }
  return false;
}

/**
 * Whether text[start, end) is the name of a group of skills that a line lists ("Operating Systems: Windows, Linux",
 * "• Networking:", "Operating Systems Windows, Linux"): the label, not a skill the person claims.
 */
function namesSkillGroup(text: string, start: number, end: number): boolean {
  // A label starts its line within a few characters: only so far back and forward is looked at (a 290,000-character
  // line has thousands of mentions).
  const from = Math.max(0, start - MAX_GROUP_LABEL_REACH);
  const newline = text.slice(from, start).lastIndexOf('\n');
  if (newline === -1 && from > 0) return false;
  const label = stripBullet(text.slice(from + newline + 1, end));
  if (!isSkillGroupLabel(label)) return false;
  const after = text.slice(end, end + MAX_GROUP_LABEL_REACH).split('\n', 1)[0] ?? '';
  return /^\s*[:：]|^\s+[-–—]\s/u.test(after) || leadingSkillGroupLabel(label + after) === label;
}
const MAX_GROUP_LABEL_REACH = 60;

/**
 * `text` in lower case, each character where it was: "İ" (the Turkish dotted capital, whose lower case is two
 * characters, "i̇") is "i". With a longer lower case the offsets found in it were not the text's, so one "İstanbul"
 * anywhere switched off every rule that finds a name in the text (the person's, an employer's, a title's).
 */
function lowerCase(text: string): string {
  return text.replace(/\u0130/g, 'i').toLowerCase();
}

// Where `needle` stands in `lower` (a text through lowerCase), case-insensitively, at most 20 times (a name is written
// once or twice): [start, end) pairs.
function occurrences(lower: string, needle: string): [number, number][] {
  const found: [number, number][] = [];
  const target = lowerCase(needle);
  if (!target) return found;
  for (let at = lower.indexOf(target); at !== -1 && found.length < 20; at = lower.indexOf(target, at + target.length)) {
    found.push([at, at + target.length]);
  }
  return found;
}

// A job board's note of time with the skill: "SQL (3 years)", "Tally (Less than 1 year)", "Java (10+ years)".
const SKILL_DURATION = /\s*\((?:less than\s+)?\d+\+?\s*(?:years?|yrs?|months?)\)$/i;
// That note after any item of a line ("SHAREPOINT (7 years), .NET (6 years), …").
const SKILL_DURATION_NOTE = /\((?:less than\s+)?\d+\+?\s*(?:years?|yrs?|months?)\)/i;
// After an item of a job board's list of skills: that note, or the form's "- Experience - 42 months".
const SKILL_LIST_NOTE = /^\s*(?:\((?:less than\s+)?\d+\+?\s*(?:years?|yrs?|months?)\)|-\s*Experience\s*-)/i;

// (Each run is matched from its first character, so a long run of quotes is not rescanned.)
const SURROUNDING_QUOTES = /^["“”„«»‘’‹›]+|(?<!["“”„«»‘’‹›])["“”„«»‘’‹›]+$/gu;
const SKILL_NOTE =
  /^(?:(?:less than\s+)?\d+\+?\s*(?:years?|yrs?|months?)|beginner|basic|elementary|intermediate|advanced|expert|proficient|fluent|native)$/i;

// How far back from a skill a group's label ("Skills used: …") may open its line.
const SKILL_GROUP_LINE_REACH = 300;

// Whether the skill at `start` is on a line that lists a group of skills under its name ("Skills used: Leadership,
// Negotiation" under a position): listed by the person, not inferred from prose. Only SKILL_GROUP_LINE_REACH characters
// before it are looked at, so many skills on one long line stay linear.
function onSkillGroupLine(text: string, start: number): boolean {
  const reachStart = Math.max(0, start - SKILL_GROUP_LINE_REACH);
  const reach = text.slice(reachStart, start);
  const lineBreak = reach.lastIndexOf('\n');
  if (lineBreak < 0 && reachStart > 0) return false;
  const before = reach.slice(lineBreak + 1);
  const colon = before.indexOf(':');
  if (colon <= 0) return false;
  const label = stripBullet(before.slice(0, colon));
  return isSkillGroupLabel(label) || SKILLS_USED_LABEL.test(label.trim());
}
// A position's own label of the skills it took ("Skills used", "Skills applied").
const SKILLS_USED_LABEL = /^(?:[\p{L}]+ ){0,2}skills (?:used|applied|utili[sz]ed|gained|demonstrated)$/iu;

/** The lines of a section that list a group of skills under its name ("• Databases: DB2, SQL Server"), one a line. */
function skillGroupLines(body: string): string {
  return body
    .split('\n')
    .filter((line) => {
      const colon = line.indexOf(':');
      return colon > 0 && line.slice(colon + 1).trim() !== '' && isSkillGroupLabel(stripBullet(line.slice(0, colon)));
    })
    .join('\n');
}

// A group's name before a colon ("Languages: Python, Go", "Networking:"), written in letters, digits and a few marks.
const COLON_LABEL = /^[\p{L}\p{N} &/'’().+#-]{2,40}:(?:\s+|$)/u;
// A group's name before a spaced dash ("Database - DB2", "Operating System – Mainframe (z/OS)").
const DASH_LABEL = /^([^-–—:]{2,40}?)\s+[-–—]\s+/u;

/**
 * The line without the name of the group of skills it lists: "Languages: Python, Go" (any name before a colon),
 * "Database - DB2" and "Operating Systems Windows, Linux" (a known group name before a dash, or a table's first column).
 */
function withoutGroupLabel(line: string): string {
  const colon = COLON_LABEL.exec(line);
  if (colon) return line.slice(colon[0].length);
  const dash = DASH_LABEL.exec(line);
  if (dash?.[1] && isSkillGroupLabel(dash[1])) return line.slice(dash[0].length);
  const column = leadingSkillGroupLabel(line);
  return column ? line.slice(column.length).trimStart() : line;
}

// What follows a skill's name and a colon where it says what the skill is, not a list: "Software to track product
// movement", "proprietary CRM software used to organize client information", "device management platform to maintain …".
const SKILL_DESCRIPTION =
  /^(?:[\p{L}\p{N}-]+\s+){0,3}(?:software|tools?|platforms?|systems?|applications?|apps?|programs?|suites?|frameworks?|librar(?:y|ies)|databases?|services?|solutions?|utilit(?:y|ies)|packages?)\s+(?:(?:used|designed|built)\s+)?(?:to|for)\s+\p{Ll}/iu;

/**
 * The skill a line names before a colon and describes after it ("SAP Inventory Management: Software to track product
 * movement, catalog merchandise, …" → "SAP Inventory Management"), or undefined: the description's pieces are no
 * skills. Not a group's name ("Tools: software for testing").
 */
function describedSkill(line: string): string | undefined {
  const colon = COLON_LABEL.exec(line);
  if (!colon) return undefined;
  const label = colon[0].replace(/:\s*$/u, '');
  return !isSkillGroupLabel(label) && SKILL_DESCRIPTION.test(line.slice(colon[0].length)) ? label : undefined;
}

// How a sentence introduces a skill ("Proficient in Windows", "Good knowledge of SQL"): the skill is what follows.
const LEAD_IN =
  /^(?:(?:(?:very )?(?:good|strong|sound|basic|working|excellent|solid|deep|in-depth|hands[- ]on|thorough|some|fair|expert|advanced)\s+)?(?:knowledge|understanding|experience|expertise|exposure|proficiency|mastery)\s+(?:of|in|on|with)|(?:experienced|proficient|skilled|familiar|well[- ]versed|conversant|comfortable|expert)\s+(?:in|with|on|at))\s+/i;
// A piece of a sentence cut at its commas: it starts or ends with a lower-case word that joins it to the rest ("Test
// Automation using", "Regression testing and", "as Item Categories", "11g to"). Not "in", "on" or "a" at the end
// ("Single Sign on", "Plug in", "Hepatitis A"), nor capitals ("IT Support").
const SENTENCE_PIECE =
  /\s(?:and|or|to|the|of|for|with|using|an|from|via|like|such as|including)$|^(?:as|of|for|to|the|in|on|with|by|from|at|is|are|was|were|which|that|who)\s/;
// A function word capitalised at either end of an item, in a keyword list that capitalises every word (livecareer's
// "Sales And", "Of Sales", "The Sales", "Accounts For"): a piece of the text around it, not the skill's; dropped.
// ("In" at the end stays: "Plug In".)
const TITLE_CASE_FUNCTION_WORD = /\s+(?:And|Or|Of|For|To|The|With)$|^(?:The|Of|In|And|Or|For|To|With|By|From)\s+/g;
// A level written after the skill ("QuickBooks expert", "Customer service expert", "DFSORT basics", "Oracle basic",
// "MS Office proficient"): the person's note on the skill, not its name. Not "Visual Basic(s)", "Subject Matter Expert".
const LEVEL_AFTER_SKILL = /(?<!\b(?:visual|matter))\s+(?:expert|basics?|proficient)$/i;
// That note in lower case, on any item; capitalised ("Cellular Expert", "CRM Middleware Basics") or "proficient"
// ("Computer proficient"), only after a known skill.
const LOWER_CASE_LEVEL = /^\s+(?:expert|basics?)$/;

/** The item without a level written after it ({@link LEVEL_AFTER_SKILL}). */
function withoutLevel(item: string): string {
  const level = LEVEL_AFTER_SKILL.exec(item);
  if (!level) return item;
  const skill = item.slice(0, level.index);
  return LOWER_CASE_LEVEL.test(level[0]) || canonicalSkillName(skill) !== undefined ? skill : item;
}
// A link, an e-mail address or a date range is not a skill.
const NOT_A_SKILL =
  /https?:\/\/|\bwww\.|\S@[^\s@]+\.\w|\b(?:19|20)\d{2}\s*(?:to|[-–—])\s*(?:(?:19|20)\d{2}|present|current|date|now|till date)\b|\bto (?:present|date|till date)\b/i;

// Bullets that may also be written between two items on one line, read as "•".
const LIST_MARKS = /[■●◆◦]/gu;

function splitSkillItems(body: string): string[] {
  // "&amp;" is "&", not a "&amp" item and a ";" separator (Indeed's exports keep HTML's entities). Punctuation read as
  // Windows-1252 ("â€¢Negotiation", "Java Â· PHP", "â€‹") is read as written: a bullet, a separator, nothing; a
  // misread non-breaking space first becomes a space, so that it still parts two columns ("Forecasting Â Vendor
  // Negotiations": three spaces). A square, disc or diamond bullet written inside a line parts two items as "•" does
  // ("■ Customer Retention ■ Account Management", "◆ Scheduling ◆ Distribution").
  const lines = joinNarrowColumnLines(
    joinWrappedListLines(
      joinHyphenatedWords(
        joinWrappedParentheses(
          joinBrokenItems(
            decodeHtmlEntities(repairMojibake(body.replace(MISDECODED_SPACE, ' ')).replace(LIST_MARKS, '•')),
          ),
        ),
      )
        .replace(WRAPPED_LINE, '$1 ')
        .split('\n'),
    ),
  );
  const items: string[] = [];
  for (const line of lines) {
    // A heading names no skill. One of a position ("Key Responsibilities", "Achievements") or of another section the
    // split did not cut at: the skills section ran on into it, and what follows is its, not a list of skills.
    if (isEntrySubheading(line)) break;
    const heading = classifyHeading(line);
    if (heading !== undefined && heading !== 'skills') break;
    // A list's own sub-heading ("Technical Skills" under "SKILLS") is no item; the list goes on.
    if (heading === undefined) for (const item of lineSkillItems(line)) items.push(item);
  }
  return items;
}

/**
 * The text with an item that a line break cut after a joining mark read whole: a line of one item that ends in "&" or
 * "/" and the next ("Leadership &" / "Management", "Safety Plans /" / "Programs"), a list's line whose last item ends
 * in a spaced "&" and the next ("…, Internet Browsers, Google Chrome &" / "Applications, …"), and one whose next line
 * starts with one ("Safety Standards" / "/ Procedures"): an item ends in no such mark, nor starts with one.
 */
function joinBrokenItems(text: string): string {
  return text
    .replace(/^([^,;|•·▪\n]*[&/]|[^\n]*[,;|•·▪][^,;|•·▪\n]*[^\s,;|•·▪][ \t]+&)[ \t]*\n[ \t]*(?=[\p{L}\p{N}])/gmu, '$1 ')
    .replace(/^([^,;|•·▪\n]*\S)[ \t]*\n[ \t]*(?=[&/][ \t])/gmu, '$1 ');
}

/**
 * The text with a word that a comma list's line cut at a hyphen read whole ("…, Sarbanes-" / "Oxley, …", "E-" /
 * "mail"), where the line is a list's (no piece of it a clause): a sentence's line above a list stays apart from it.
 */
function joinHyphenatedWords(text: string): string {
  if (!text.includes('-\n')) return text;
  return text.replace(/^([^\n]*,[ \t]*\p{L}[\p{L}\p{N}]*-)\n(?=\p{L})/gmu, (line, kept: string) =>
    splitOutsideParentheses(kept).every((piece) => wordCount(piece) <= MAX_CLAUSE_WORDS) ? kept : line,
  );
}

// A long line that ends in no separator, above a line that starts in lower case, was wrapped at the page's width: one
// line ("…, variant configuration, Product\nhierarchy"; "… core SD functions such\nas Item Categories, …").
const WRAPPED_LINE = /^([^\n]{59,}[^\s,;:.|•·])\n(?=\p{Ll})/gmu;

// A line of a comma list at least this long, and at least this share of the section's longest, may be wrapped at the
// page's width ("…, Security, Security\nPractices, Telephone, …"; "…, .NET (6 years), MICROSOFT VISUAL\nSTUDIO (6 years)").
const WRAPPED_LIST_LINE_LENGTH = 80;
const WRAPPED_LIST_LINE_SHARE = 0.8;
// What ends a list's line where an item ends: a separator or a full stop.
const LIST_LINE_END = /[\s,;:.|•·▪]$/u;

/**
 * The lines with a comma list's line joined to the next where the page's width cut an item in two: a long line
 * (WRAPPED_LIST_LINE_*) of two commas or more, no table's columns (a tab or three spaces) and no separator at its end,
 * above a line that starts with a letter and is no bullet, group label ("Tools: …") or heading, where the cut item is
 * one (wrapsItem).
 */
function joinWrappedListLines(lines: readonly string[]): string[] {
  const longest = lines.reduce((most, line) => Math.max(most, line.trimEnd().length), 0);
  const reach = Math.max(WRAPPED_LIST_LINE_LENGTH, longest * WRAPPED_LIST_LINE_SHARE);
  const joined: string[] = [];
  // The pieces of the line being joined, kept apart until it ends (so a long run of wrapped lines is not recopied).
  const current: string[] = [];
  for (const [index, line] of lines.entries()) {
    const next = lines[index + 1];
    const end = line.trimEnd();
    const wrapped =
      next !== undefined &&
      (end.length >= reach || cutBeforeNote(end, next)) &&
      !LIST_LINE_END.test(end) &&
      end.indexOf(',', end.indexOf(',') + 1) > 0 &&
      splitOutsideParentheses(end).every((piece) => wordCount(piece) <= MAX_CLAUSE_WORDS) &&
      !end.includes('\t') &&
      !/\S {3}/.test(end.trim()) &&
      /^\s*\p{L}/u.test(next) &&
      !isBullet(next) &&
      !COLON_LABEL.test(next.trim()) &&
      classifyHeading(next) === undefined &&
      wrapsItem(end, next);
    current.push(current.length === 0 ? end : end.trimStart());
    if (wrapped) continue;
    joined.push(current.length === 1 ? line : current.join(' '));
    current.length = 0;
  }
  return joined;
}

/**
 * Whether a job board's list, where every item carries its time ("SAPUI5 (2 years), CSS (2 years), ENTERPRISE" /
 * "RESOURCE PLANNING (2 years)"), cut its last item at the line's end: the line's other items carry the note, its last
 * does not, and the next line's first does. Such a line is cut short of the page's width where the next item is long.
 */
function cutBeforeNote(line: string, next: string): boolean {
  const pieces = splitOutsideParentheses(line);
  const last = pieces.at(-1) ?? '';
  return (
    pieces.length >= 2 &&
    !SKILL_DURATION.test(last) &&
    pieces.slice(0, -1).every((piece) => SKILL_DURATION.test(piece.trimEnd())) &&
    SKILL_DURATION.test(splitOutsideParentheses(next)[0]?.trimEnd() ?? '')
  );
}

// A line of a narrow column, one or a few words and no separator ("Meticulous", "attention to", "detail").
const NARROW_LINE_WORDS = 3;
const NARROW_LINE = /^[^,;|•·▪\t]+$/u;

/**
 * The lines with a narrow column's item, cut at the column's width into lines of a few words, joined back: a line
 * that starts in lower case continues the line above when that run started in capitals ("Meticulous" / "attention to" /
 * "detail", "Strong" / "interpersonal" / "skills": PDF text of a two-column page). Lists written one item a line in lower
 * case ("python" / "java"), two known skills ("Excel" / "spreadsheets" where both are known), bullets, headings and
 * runs longer than an item may be are left apart.
 */
function joinNarrowColumnLines(lines: readonly string[]): string[] {
  const narrow = (line: string) =>
    NARROW_LINE.test(line) && !/\S {3}/u.test(line) && !isBullet(line) && wordCount(line) <= NARROW_LINE_WORDS;
  const joined: string[] = [];
  let run: string | undefined;
  for (const written of lines) {
    const line = written.trim();
    const continues =
      run !== undefined &&
      // Words in lower case only ("attention to", "negotiation/review/drafting"), not a name ("nSIMMS") or mojibake.
      /^\p{Ll}[\p{Ll}\s'’/&-]*$/u.test(line) &&
      !/[.!?;:]$/u.test(run) &&
      narrow(line) &&
      classifyHeading(line) === undefined &&
      wordCount(`${run} ${line}`) <= MAX_SKILL_WORDS &&
      run.length + 1 + line.length <= MAX_SKILL_LENGTH &&
      !(canonicalSkillName(run) !== undefined && canonicalSkillName(line) !== undefined);
    if (continues) {
      run = `${run} ${line}`;
      joined[joined.length - 1] = run;
      continue;
    }
    joined.push(written);
    run = /^\p{Lu}\p{L}/u.test(line) && narrow(line) && classifyHeading(line) === undefined ? line : undefined;
  }
  return joined;
}

/**
 * Whether the last item of a comma list's line and the first of the next are one item the line's end cut: together a
 * known skill ("MICROSOFT VISUAL" / "STUDIO"), the job board's "(N years)" closing the first on the next line where the
 * line's items carry it ("…, .NET (6 years), MICROSOFT VISUAL" / "STUDIO (6 years)"), or neither a known skill alone
 * ("Cash" / "Register"); never longer than an item may be. Two known skills ("PHP" / "Oracle") stay two.
 */
function wrapsItem(line: string, next: string): boolean {
  const tail = splitOutsideParentheses(line).at(-1)?.trim() ?? '';
  const head = splitOutsideParentheses(next)[0]?.trim() ?? '';
  const item = `${tail} ${head.replace(SKILL_DURATION, '')}`;
  if (!tail || !head || item.length > MAX_SKILL_LENGTH || wordCount(item) > MAX_SKILL_WORDS) return false;
  if (canonicalSkillName(item) !== undefined) return true;
  if (SKILL_DURATION.test(head) && !SKILL_DURATION.test(tail) && SKILL_DURATION_NOTE.test(line)) return true;
  return canonicalSkillName(tail) === undefined && canonicalSkillName(head.replace(SKILL_DURATION, '')) === undefined;
}

// "Â" before a space or at the end: a non-breaking space's UTF-8 read as Latin-1 (PDF text of the Kaggle résumés).
const MISDECODED_SPACE = /Â(?=\s|$)/gu;

/** The skills one line of a skills section lists; none when the line is a sentence. */
function lineSkillItems(written: string): string[] {
  // "AccessÂ", "Â Conflict resolution", "AbilityÂ to operate forklifts": a non-breaking space read as Latin-1.
  const line = written.replace(MISDECODED_SPACE, ' ');
  // "Client: Baker Hughes", "Title: Cadence" under the skills: a project's details, not skills.
  const label = LABELLED_NAME_LINE.exec(line);
  if (label?.[1] && namesOrganisationOrProject(label[1])) return [];
  const pieces = [describedSkill(stripBullet(line)) ?? withoutGroupLabel(stripBullet(line))]
    // `(?!(?<=\s)\s)`: a separator never starts inside a run of spaces, so a long run is not rescanned from each of
    // its spaces; the trailing run starts at its first character (the lookbehind), cut after the leading one.
    .flatMap((text) => text.split(/\t+|(?!(?<=\s)\s)\s{3,}/u))
    // Each column its own bullet and group's name ("Microsoft Access   • Office Suites: Microsoft Office 2013").
    .map((text, index) => (index === 0 ? text : withoutGroupLabel(stripBullet(text))))
    // A spaced en or em dash separates two skills as a comma does ("SQL — “Airflow”"); a hyphen may be a skill's own.
    .flatMap((text) => text.split(/(?<!\s)\s+[–—]\s+/u))
    // Commas inside parentheses are the skill's own: "Mainframe (COBOL, JCL)", unless they list known skills.
    .flatMap(splitOutsideParentheses)
    .flatMap(splitAtInnerGroupLabel)
    .flatMap(expandSkillsInParentheses)
    .map(cleanItem)
    .map(withoutGluedHeading);
  // "Royal Bank of Scotland, New Delhi Aug 2004 to Jan 2005 (6 months)": a position's header, where a skills section
  // runs on into an unheaded history; its first item names no skill. ("Java (2015 - 2018)" stays.)
  const first = pieces.find((item) => item.length > 0);
  if (first !== undefined && canonicalSkillName(first) === undefined && findDateRanges(line).length > 0) return [];
  // A sentence cut at its commas gives pieces of it, not skills ("Client Background: Acme is a leading provider of …,
  // robust, easy to use"): a line with a clause in it is prose, and the skills it names are found in the text.
  if (pieces.some((item) => wordCount(item) > MAX_CLAUSE_WORDS)) return [];
  // A piece that says "I", "we" or "my", or has a verb's finite form ("is", "were", "have"), is a sentence's, not a
  // skill ("Planned and developed our breakfast, lunch and dinner menus, which we utilized …", "can think on my feet"):
  // dropped, and the whole line with it where the sentence starts the line.
  const prose = pieces.findIndex((item) => PROSE_WORD.test(item));
  if (prose >= 0 && prose === pieces.findIndex((item) => item.length > 0)) return [];
  return (
    pieces
      .filter((item) => !PROSE_WORD.test(item))
      .flatMap(splitAtSentenceStops)
      .map(withoutLongParenthesis)
      .filter(
        (item) =>
          item.length > 0 &&
          item.length <= MAX_SKILL_LENGTH &&
          wordCount(item) <= MAX_SKILL_WORDS &&
          /\p{L}/u.test(item),
      )
      .filter((item) => !SENTENCE_PIECE.test(item) && !NOT_A_SKILL.test(item) && !item.endsWith(':'))
      // What a dash leaves after a skill when it gives a level or a time: "Tableau — 3 years", "Python – Advanced".
      .filter((item) => !SKILL_NOTE.test(item))
  );
}

// Where the next section's heading may start in an item: after a space, or glued to a word's end ("MS-ExcelEducation
// Details", "Beyond Compare.Education Details", "Red Hat 7Education Details").
const HEADING_START = /(?<=\S) (?=\S)|(?<=[\p{Ll}\p{N}.)])(?=\p{Lu}\p{Ll})/gu;
// A list's own heading as an item: one that names the list ("Skills", "Skills Summary", "Core Competencies"), not a
// skill that reads as a heading too ("Computer Proficiency").
const LIST_HEADING = /\b(?:skills?|summary|proficiencies|competencies|highlights|expertise)$/iu;
// The words a heading run into an item's end may have: "Education Details", "Work Experience", "Personal Details".
const GLUED_HEADING_WORDS = [2, 3];

/**
 * An item with a heading the page's run-together lines wrote into it, as the item: none for a list's own heading
 * ("Skills Summary", "Skills" between the bullets of a line); an item starting with a known skill after one ("Technical" / "Proficiencies
 * MS Office Suite"); what comes before the next section's heading of two or three words run into the list's last item
 * ("Sybase Education Details", "MS-ExcelEducation Details": the UpdatedResumeDataSet's flattened lines). A skill ending
 * in a section's word stays ("Customer Service Experience", "Strong Technical Skills").
 */
function withoutGluedHeading(item: string): string {
  if (LIST_HEADING.test(item) && classifyHeading(item) === 'skills') return '';
  if (!/\s|\p{Ll}\p{Lu}/u.test(item)) return item;
  const starts = [...item.matchAll(HEADING_START)].map((found) => found.index);
  const first = starts[0];
  if (first !== undefined && canonicalSkillName(item) === undefined) {
    const rest = item.slice(first).trim();
    if (classifyHeading(item.slice(0, first)) === 'skills' && startsWithKnownSkill(rest)) return rest;
  }
  for (const words of GLUED_HEADING_WORDS) {
    const start = starts.at(-words);
    if (start === undefined || start === 0) continue;
    const kind = classifyHeading(item.slice(start).trim());
    // Spaces and dots before the heading go, counted back from it (`/[\s.]+$/` tried again from each of a long run's).
    let end = start;
    while (end > 0 && /[\s.]/u.test(item.charAt(end - 1))) end--;
    const before = item.slice(0, end);
    // Not a run of headings ("Awards / Recognition / Volunteer Work"). After a space, only after a known skill: a
    // skill's name may end in a heading's words ("Online Teaching Experience", "Clinical Research Experience").
    const glued = item[start] !== ' ';
    if (kind !== undefined && kind !== 'skills' && /[\p{L}\p{N}+#)]$/u.test(before))
      if (glued || canonicalSkillName(before) !== undefined) return before;
  }
  return item;
}

/** Whether a text is a known skill or starts with one of one or two words ("MS Office Suite"). */
function startsWithKnownSkill(text: string): boolean {
  if (canonicalSkillName(text) !== undefined) return true;
  const words = text.split(' ');
  return [1, 2].some(
    (count) => words.length > count && canonicalSkillName(words.slice(0, count).join(' ')) !== undefined,
  );
}

// A piece with a colon inside, not at its end: what is before it (at most four words naming a group, and what may come
// before them) and after it ("Postman Databases: Oracle", "IBM DB2 Tools:IBM Rational Rose", "Other tools:- Tableau").
const INNER_COLON = /^([^:]*?\S)\s*:[\s-]*(?=\S)([^:]*)$/u;
// The group's name's words at most.
const MAX_GROUP_LABEL_WORDS = 4;

/**
 * A piece of a flattened list with the next group's name in it, as the item before that name and the one after it:
 * "Tools: Toad, Postman Databases: Oracle, MS-SQL" gives "Postman Databases: Oracle" → "Postman", "Oracle";
 * "Microsoft Office Design Software: Matlab" → "Microsoft Office", "Matlab". Only where what is before the name is a
 * known skill; where no such item is there, and all before the colon names a group ("Other tools:- Tableau",
 * "Computer skills: Excel"), the item after it. A colon after no group's name ("VPN: Cisco client"), and a piece a
 * full stop parts (splitAtSentenceStops reads it), are left as written.
 */
function splitAtInnerGroupLabel(piece: string): string[] {
  if (!piece.includes(':') || SENTENCE_STOP.test(piece)) return [piece];
  const colon = INNER_COLON.exec(piece);
  if (!colon?.[1] || colon[2] === undefined) return [piece];
  const words = colon[1].split(/\s+/u);
  for (let count = 1; count < Math.min(MAX_GROUP_LABEL_WORDS + 1, words.length); count++) {
    const before = words.slice(0, -count).join(' ');
    if (isSkillGroupLabel(words.slice(-count).join(' ')) && canonicalSkillName(before) !== undefined)
      return [before, colon[2]];
  }
  return isSkillGroupLabel(colon[1]) ? [colon[2]] : [piece];
}

/** A piece of a skills line as the skill it names: without its marks, note of time, quotes, list words and level. */
function cleanItem(piece: string): string {
  return withoutLevel(
    squash(piece)
      // A dash, tilde or asterisk as the item's bullet or mark ("~ Project Management", "*Technical Architecture",
      // "ASP.NET*").
      .replace(/^[-–—~*\s]+|\s*\*+$/g, '')
      .replace(SKILL_DURATION, '')
      .replace(/(?<![.\s])[.\s]+$/, '')
      // Quotes around a skill are not part of it: “Airflow”, ‘NumPy’, «Docker», "Excel".
      .replace(SURROUNDING_QUOTES, '')
      // "… and Integration Testing", "etc." after the last skill: the list's words, not the skill's.
      .replace(/^(?:and|or|&)\s+|\s*\betc\.?$|^etc\.?\s*/gi, '')
      .replace(TITLE_CASE_FUNCTION_WORD, '')
      .replace(LEAD_IN, '')
      .replace(EXAMPLES_LEAD, ''),
  );
}

// What introduces a list's examples, after a group's name of a few words in lower case but the first, or none:
// "Statistical software like JMP", "networking appliance such as switches", "including Windows NT Server", "e.g.
// Tableau". The skill follows it. Not after a name ("Pitney Bowes MapInfo including TargetPro").
const EXAMPLES_LEAD =
  /^(?:[\p{L}\p{N}][\p{L}\p{N}/&+#.-]*\s+(?:[\p{Ll}\p{N}][\p{L}\p{N}/&+#.-]*\s+){0,2})?(?:[Ll]ike|[Ss]uch as|[Ii]ncluding|e\.g\.,?|i\.e\.,?)\s+/u;

// An item and what its parentheses add: "Employee relations (hiring, terminations, performance management)".
const ITEM_AND_PARENTHESIS = /^([^()]*[^()\s])\s*\([^()]*\)$/u;

/**
 * An item longer than an item may be only for what its parentheses add ("Employee relations (hiring, terminations,
 * performance management, development)", "Agency Management System (AMS, 360, Sagitata)"), as the item before them:
 * the skill is named there, and the details in parentheses are no skills of their own (known ones are read apart:
 * expandSkillsInParentheses). Other items as they are.
 */
function withoutLongParenthesis(item: string): string {
  if (item.length <= MAX_SKILL_LENGTH && wordCount(item) <= MAX_SKILL_WORDS) return item;
  return ITEM_AND_PARENTHESIS.exec(item)?.[1] ?? item;
}

// A full stop inside an item, after a word of three letters or more or a number and before a capital: two items
// ("Analytical Collaborator. Intuitive", "Tally. ESS and CHS"). Not after "Ms" ("Ms. Office"), "St", "Dr", "U.S".
const SENTENCE_STOP = /(?<=\p{L}{3}|\p{N})\.\s+(?=\p{Lu})/u;

/**
 * An item that a full stop ends inside, as the items around it ("PeopleSoft. TYPING SKILLS: 40-60 WPM" → "PeopleSoft",
 * "40-60 WPM"): the list's lines were run together, each a sentence; what follows may name its group.
 */
function splitAtSentenceStops(item: string): string[] {
  const parts = item.split(SENTENCE_STOP);
  if (parts.length === 1) return [item];
  return parts.map((part, index) => cleanItem(index === 0 ? part : withoutGroupLabel(part)));
}

// A person's pronoun or a verb's finite form, in lower case ("I" before a word in lower case: "Calculus I", "I/O" stay).
const PROSE_WORD =
  /(?<![\p{L}\p{N}-])(?:we|our|my|us|me|am|is|are|was|were|will|would|has|have|had|been|could|should)(?![\p{L}\p{N}-])|(?<![\p{L}\p{N}-])I (?=\p{Ll})/u;

// An item with a list in parentheses after it: "Microsoft Office (Word, Excel, PowerPoint)".
const LIST_IN_PARENTHESES = /^([^()]*[^()\s])\s*\(([^()]*,[^()]*)\)$/u;

/**
 * An item with the skills it lists in parentheses, as the item and each of them ("Microsoft Office Suite (Word, Excel,
 * Outlook, Publisher and PowerPoint)", "Mainframe (COBOL, JCL, DB2, Teradata)"): the person names each. Only where
 * two or more of them, and at least half, are known skills; otherwise the parentheses are the item's own ("Idocs
 * (set-up, filtration, reprocessing)", "Office support (phones, faxing, filing)").
 */
function expandSkillsInParentheses(piece: string): string[] {
  const trimmed = piece.trim();
  if (!trimmed.endsWith(')')) return [piece];
  const list = LIST_IN_PARENTHESES.exec(trimmed);
  if (!list?.[1] || !list[2]) return [piece];
  const inner = list[2]
    .split(/\s*[,;]\s*|\s+(?:and|&)\s+/u)
    .map((item) => item.trim())
    .filter(Boolean);
  const known = inner.filter((item) => canonicalSkillName(item) !== undefined).length;
  return known >= 2 && known * 2 >= inner.length ? [list[1], ...inner] : [piece];
}

/** The text with each line break inside an open parenthesis made a space ("Tally (Less than 1\nyear)"), in one pass. */
function joinWrappedParentheses(text: string): string {
  if (!text.includes('(')) return text;
  let depth = 0;
  let out = '';
  let from = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '(') depth++;
    else if (char === ')') depth = Math.max(0, depth - 1);
    else if (char === '\n' && depth > 0) {
      // A blank line, or a parenthesis never closed on the next line, ends the skill: forget the parenthesis.
      const next = text.indexOf('\n', index + 1);
      const nextLine = text.slice(index + 1, next === -1 ? text.length : next);
      const firstParenthesis = nextLine.search(/[()]/);
      if (firstParenthesis === -1 || nextLine[firstParenthesis] !== ')') {
        depth = 0;
        continue;
      }
      out += `${text.slice(from, index)} `;
      from = index + 1;
    }
  }
  return out + text.slice(from);
}

function listLines(body: string): string[] {
  const items: string[] = [];
  for (const line of body.split('\n')) {
    if (!line.trim()) continue;
    // A line without a bullet after a bulleted one continues it.
    if (!isBullet(line) && items.length > 0 && /^\s+\S|^\p{Ll}/u.test(line))
      items[items.length - 1] += ` ${line.trim()}`;
    else items.push(squash(stripBullet(line)));
  }
  return items.filter(Boolean);
}

function readLanguages(body: string): string[] {
  return body
    .split('\n')
    .map((line) => stripBullet(line))
    .flatMap(splitOutsideParentheses)
    .map((item) => squash(item))
    .filter((item) => item.length > 0 && item.length <= 60);
}

/**
 * `line.split(/\s*[,;|•·]\s*(?![^()]*\))/u)`: splits at commas and the like outside parentheses ("English (C1, fluent)")
 * in linear time; the lookahead scanned to the next parenthesis from every separator, quadratic on a long list.
 */
function splitOutsideParentheses(line: string): string[] {
  const parts: string[] = [];
  let from = 0;
  let paren = -1; // the first "(" or ")" at or after the current separator
  for (const separator of line.matchAll(/(?!(?<=\s)\s)\s*[,;|•·▪]\s*/gu)) {
    const end = separator.index + separator[0].length;
    if (paren < end) {
      const next = line.slice(end).search(/[()]/);
      paren = next === -1 ? line.length : end + next;
    }
    if (line[paren] === ')') continue;
    parts.push(line.slice(from, separator.index));
    from = end;
  }
  parts.push(line.slice(from));
  return parts;
}

// FNV-1a, so the same text always gets the same id.
function hash(text: string): string {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193);
  }
  return (value >>> 0).toString(16).padStart(8, '0');
}
