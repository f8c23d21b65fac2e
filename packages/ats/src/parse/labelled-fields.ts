import {
  type DateRange,
  type EducationEntry,
  type ExperienceEntry,
  findDateRanges,
  findDegreeMentions,
  GENERAL_ROLE_NOUNS,
  parseLocationText,
  parseMonthYear,
} from '@rolefit/core';
import { LEGAL_FORMS, legalFormSource } from '@rolefit/core/internal';
import { isRegionOrCountry } from '../contact/places.js';
import { classifyHeading } from '../sections/index.js';
import { parseEducationSection } from './education.js';
import {
  COMPANY_WORDS,
  type EntryOptions,
  employerAfterRole,
  namesNoEmployer,
  namesProductNotEmployer,
  namesOnlySkills,
  placeAfterLegalForm,
  readSentencePositions,
  splitLocation,
  TITLE_WORDS,
  type UntitledPosition,
  WORKING_AS,
} from './experience.js';
import { repairMojibake, squash, stripBullet, wordCount } from './lines.js';

// The key–value layout of resumes exported from a job board's form (the Kaggle "UpdatedResumeDataSet" is all of this
// kind): free text, then three labelled blocks in a fixed order, each label possibly glued to the end of the line before
// it ("…Less than 1 year monthsCompany Details"):
//
//   Education Details
//   <start>[ to <end>] <degree> <field> [<City, Region>] <school>     one line per entry, empty columns as extra spaces
//   <headline>                                                       the role sought, then a blank line
//   [<title> - <employer>]                                           the current position, as the form's title field
//   Skill Details
//   <skill>- Experience - <n> months                                 one per line
//   Company Details
//   company - <employer>
//   description - <free text, several lines, until the next "company - ">
//   …
//
// This file reads that skeleton; education lines go to the education reader, employers and their titles are read here.

/** What the key–value layout gives: positions, those left out for want of a title, and education entries. */
export interface LabelledLayout {
  experience: ExperienceEntry[];
  untitled: UntitledPosition[];
  education: EducationEntry[];
}

// The three block labels, each at a line's end (glued to text before it or on a line of its own).
const EDUCATION_LABEL = /Education Details[ \t]*\n/;
const SKILL_LABEL = /(?:^|\n)Skill Details[ \t]*\n/;
const COMPANY_LABEL = /Company Details[ \t]*(?:\n|$)/;
// "company - X" / "description - …": the labelled lines of the employment block (spaces around the dash may be missing).
const COMPANY_LINE = /^company[ \t]*-[ \t]*(.*)$/i;
const DESCRIPTION_LINE = /^description[ \t]*-[ \t]*(.*)$/i;

// What stands in the company slot but names no employer.
const NO_EMPLOYER =
  /^(?:fresher|fresh graduate|n\.?\s?a\.?|nil|none|nothing|not applicable|no experience|no|-+|\.+|company|organi[sz]ation)$/i;
// A label's or a heading's phrase typed into the company slot ("Nature Of Work", "CAREER TIMELINE", "Current Project",
// "SAP EXPOSURE"): its last word is a label's noun. The position stays; its employer is not written there.
const LABEL_NOUN =
  /\b(?:work|projects?|timeline|exposure|details|summary|profile|responsibilit(?:y|ies)|duties|experiences?|history)$/i;
// A description's label with its value, typed into the slot ("Domain- Manufacturing and Human Resource", "Technology - Dot Net").
const LABEL_AND_VALUE =
  /^(?:domain|technology|technologies|client|project|environment|platform|tools?|duration|industry|skills?)[ \t]*[-–:][ \t]/i;
/**
 * A label or a heading, not an employer's name: a known section heading, a label's noun last and no firm's word, or a
 * label with its value. Or a soft skill core knows ("Quick Learner"), which names no firm (a product or a vendor's
 * skill may: "Cisco", "MongoDB"), or a verb in the past tense alone ("company - Practiced").
 */
const labelPhrase = (name: string) =>
  classifyHeading(name) !== undefined ||
  (LABEL_NOUN.test(name) && !COMPANY_WORDS.test(name)) ||
  LABEL_AND_VALUE.test(name) ||
  namesOnlySkills(name, 'soft-skill') ||
  namesNoEmployer(name);
// "DAMMAM KSA", "Pune, MH": a town's one word, then a country's or region's code.
const TOWN_AND_CODE = /^(\p{Lu}[\p{L}'-]*)[ \t]*,?[ \t]+([A-Z]{2,3})$/u;
/** A place alone, not an employer: every part a country or region core knows, or a town then a country's or region's code. */
function placeAlone(name: string): boolean {
  if (name.split(',').every((part) => isRegionOrCountry(part))) return true;
  const town = TOWN_AND_CODE.exec(name);
  // An acronym of four capitals or fewer may be the firm's own name ("HSBC UK").
  return (
    town !== null &&
    isRegionOrCountry(town[2] as string) &&
    !COMPANY_WORDS.test(town[1] as string) &&
    !/^\p{Lu}{1,4}$/u.test(town[1] as string)
  );
}
const WEB_ADDRESS = /^(?:https?:\/\/|www\.)|^[\w-]+(?:\.[\w-]+)*\.(?:com|in|org|net|co|io|info|biz)(?:\/\S*)?$/i;

// Labels inside a description that give the position's title ("Designation - Software Engineer", "Role: ETL Developer",
// "Job Profile: Operations Manager - Acme", "Position: …"), at a line's start.
// "Role" also heads a list of duties ("Role: Requirement gathering, gap analysis, …"): its value must read as a title.
// ("Title: Leave Management System" names a project, so a bare "Title" is not read.)
// A full stop may follow the label ("DESIGNATION.: Java Developer.").
const TITLE_FIELD =
  /^(?:(?:current\s+)?designation(?:\s+held)?|position(?:\s+held)?|job\s+title|job\s+profile|job\s+role|role)\.?[ \t]*(?::|-|–)[ \t]*(\S.*)$/i;
const WEAK_TITLE_LABEL = /^(?:job\s+role|role)\b/i;
// The same labels with the value after spaces or a column gap, as a form's table row ("Role              Network
// Engineer", "Role Sr. Network Engineer"): the value must read as a title ("Roles & responsibilities" is no label).
const SPACED_TITLE_FIELD =
  /^(?:(?:current\s+)?designation(?:\s+held)?|position(?:\s+held)?|job\s+title|job\s+profile|job\s+role|role)[ \t]+(\S.*)$/i;
// Past this many lines into a description, a label is about something else (a project's role).
const DESCRIPTION_LINES_READ = 12;
const MAX_TITLE_WORDS = 8;

const lettersOf = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
// A shorter name ("IT", "HR") is as likely the start of another word as a firm's.
const MIN_NAMED_LETTERS = 4;
/** The listed position whose employer a name names: one is the other's start, letters only ("Tata Consultancy"). */
function jobNamed(jobs: readonly LabelledJob[], name: string): LabelledJob | undefined {
  const key = lettersOf(name);
  if (!key) return undefined;
  return jobs.find(
    (job) => job.company && (key.startsWith(lettersOf(job.company)) || lettersOf(job.company).startsWith(key)),
  );
}

/** A short name-like value: no sentence, at most `words` words. */
function nameLike(text: string, words: number): boolean {
  return text.length > 0 && text.length <= 120 && wordCount(text) <= words && !/[.!?;]$/.test(text);
}

// A company's abbreviated suffix ends with a full stop without ending a sentence ("Acme Software Pvt. Ltd.", "Acme Inc.",
// "Telefónica S.A."): core's legal forms, not those spelt out ("… in retail company."), and other abbreviations.
const SUFFIX_STOP = new RegExp(
  String.raw`(?:^|[\s.])(?:${legalFormSource(LEGAL_FORMS.filter((form) => !form.spelledOut && !form.beforeName))}|pvt|bros|intl)\.$`,
  'iu',
);
/** An employer's name as the company slot gives it: name-like, or ending in an abbreviated suffix. */
const employerLike = (text: string) =>
  nameLike(
    text.replace(SUFFIX_STOP, (suffix) => suffix.slice(0, -1)),
    12,
  );

/** A value that reads as a job title: title words, and not only an organisation's name. */
function titleLike(text: string): boolean {
  return nameLike(text, MAX_TITLE_WORDS) && TITLE_WORDS.test(text) && /^[\p{L}"“'(]/u.test(text);
}

// Quotes and closing punctuation around a value ("Application Support Engineer Tier II''", "Acme Ltd -"). The trailing
// runs start at their first character (the lookbehinds), so a long run inside the value is not rescanned from each of its
// characters.
function cleanValue(text: string): string {
  return squash(text)
    .replace(/^["“”'‘’`]+|(?<!["“”'‘’`])["“”'‘’`]+$/g, '')
    .replace(/(?<![\s,;:–-])[\s,;:–-]+$/, '')
    .trim();
}

/** A title's role is its last word ("HR Assistant", "Criminal lawyer (law firm)"), a note in parentheses left aside. */
function endsOnRole(text: string): boolean {
  const words = text
    .replace(/\([^()]*\)$/, '')
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  const last = words[words.length - 1];
  return last !== undefined && TITLE_WORDS.test(last);
}

/** "Title - Employer" → ["Title", "Employer"]; a value without " - " is a title alone. */
function splitTitleLine(text: string): [title: string, employer: string | undefined] {
  const at = text.search(/\s[-–—]\s/);
  if (at === -1) return [cleanValue(text), undefined];
  return [cleanValue(text.slice(0, at)), cleanValue(text.slice(at + 2)) || undefined];
}

const FULL_STOP_AFTER_WORD = /(?<=\p{L}{4})\.$/u;
/** The title a description's labelled line gives, if any ("Role: ETL Developer", "Job Profile: Worked as an \"X\""). */
function titleInDescription(lines: readonly string[]): string | undefined {
  for (const line of lines.slice(0, DESCRIPTION_LINES_READ)) {
    const text = squash(stripBullet(line));
    const field = TITLE_FIELD.exec(text);
    if (!field?.[1]) {
      const spaced = SPACED_TITLE_FIELD.exec(text)?.[1];
      const value = spaced === undefined ? undefined : cleanValue(spaced);
      if (value && titleLike(value) && !COMPANY_WORDS.test(value)) return value;
      continue;
    }
    const value = cleanValue(field[1].replace(WORKING_AS, ''));
    // 'Worked as an "Account Receivables Associate" for DELL Inc.': the quoted words, or those before "for"/"at" an employer.
    const quoted = /^["“]([^"“”]{2,80})["”]/u.exec(field[1].replace(WORKING_AS, '').trim());
    const employer = /\s(?:for|at)\s+\p{Lu}/u.exec(value);
    const [written] = splitTitleLine(quoted?.[1] ?? (employer ? value.slice(0, employer.index) : value));
    // "Position: QA/QC Civil Engineer.": the full stop that ends the line after a word (four letters or more: "Sr. Mgr."
    // keeps its abbreviation's) is no part of the title.
    const title = written?.replace(FULL_STOP_AFTER_WORD, '');
    if (!title || !nameLike(title, MAX_TITLE_WORDS) || !/^\p{L}/u.test(title)) continue;
    if (WEAK_TITLE_LABEL.test(text) && !titleLike(title)) continue;
    return title;
  }
  return undefined;
}

// "Duration: Feb 2017 to Till Date", "Period: 7 Dec 2006 to 20 March 2007", "Tenure - …": a label for the position's dates,
// at a line's start, further down the description than its first lines (after the employer's blurb, the team's size).
const PERIOD_LABEL = /^(?:duration|period|tenure|working\s+period)[ \t]*[:-][ \t]*(?=\S)/i;
/**
 * The dates of the first line of a description's first lines that a period's label opens ("Duration: Feb 2017 to Till
 * Date"); none where another labelled line of the description gives dates too (each project's).
 */
function labelledPeriod(lines: readonly string[], options: EntryOptions): DateRange | undefined {
  let found: DateRange | undefined;
  for (const [index, line] of lines.entries()) {
    const text = squash(stripBullet(line)).slice(0, MAX_LINE);
    const label = PERIOD_LABEL.exec(text);
    if (!label) continue;
    const range = findDateRanges(text.slice(label[0].length), { now: options.now })[0];
    if (found === undefined) {
      // The first label decides, in the description's first lines; one with no range after it gives none.
      if (index >= DESCRIPTION_LINES_READ || range === undefined) return undefined;
      found = range;
      // A second period's label with dates below it: the labels give each project's dates ("Project 1: … / Duration:
      // Jan 2019 to Mar 2019 / Project 2: … / Duration: …"), not the position's.
    } else if (range !== undefined) return undefined;
  }
  return found;
}

// "description - Pune Sept 2017 to Present", "description - Mumbai, India.", "description - Sun Trust Bank, NY JAN 2018 to
// present": the form's description may open with the position's place, alone or beside its dates, or with the employer's
// name written again and its place after a comma. A place is one core knows ("Mumbai, India", "Bengaluru, KA"), or a
// town that the education lines write before their region ("Pune, Maharashtra") set beside the dates: a capitalised word
// alone on the line could as well open a sentence.
const DATE_WORD_LEFT = /[ \t]+(?:from|since)$/i;
/** Whether the whole text is a place core knows ("Mumbai, India", "Telangana", "NY"). */
const namesPlaceAlone = (text: string) => splitLocation(`x, ${text}`).location === text;
/** The place a titled position's description opens with, and the employer's name without it where the slot glued them. */
function placeOpeningDescription(
  job: LabelledJob,
  towns: ReadonlySet<string>,
  options: EntryOptions,
): { place: string; company?: string } | undefined {
  const first = job.description[0];
  if (first === undefined) return undefined;
  const text = squash(stripBullet(first)).slice(0, MAX_LINE);
  // A label's line ("Duration: …", "Client: …", "Location: …, near …") is read elsewhere or not at all.
  if (text.includes(':')) return undefined;
  const range = findDateRanges(text, { now: options.now })[0];
  const rest = cleanValue((range ? text.replace(range.text, ' ') : text).trim().replace(DATE_WORD_LEFT, '')).replace(
    /(?<=\p{L})\.$/u,
    '',
  );
  if (!rest) return undefined;
  const comma = rest.lastIndexOf(',');
  const name = comma < 1 ? '' : rest.slice(0, comma).trim();
  const company = lettersOf(job.company ?? '');
  if (lettersOf(name).length >= MIN_NAMED_LETTERS && company.startsWith(lettersOf(name))) {
    const place = rest.slice(comma + 1).trim();
    if (!namesPlaceAlone(place)) return undefined;
    // "company - Sun Trust Bank NY": the slot wrote the place after the name without the comma.
    return company === lettersOf(name) + lettersOf(place) ? { place, company: name } : { place };
  }
  // A place core knows, its words no firm's ("Acme Bank, NY" names the employer first) and no skill's before the
  // region ("Python, India", "Salesforce, India": a product or a client, as often as a town, before the country).
  const beforeRegion = rest.includes(',') ? rest.slice(0, rest.lastIndexOf(',')) : '';
  if (namesPlaceAlone(rest) && !COMPANY_WORDS.test(rest) && !(beforeRegion && namesOnlySkills(beforeRegion)))
    return { place: rest };
  return range !== undefined && towns.has(rest.toLowerCase()) ? { place: rest } : undefined;
}

interface LabelledJob {
  company?: string;
  location?: string;
  description: string[];
  title?: string;
  /** Positions at other employers that the description's first lines write as sentences, with their dates. */
  elsewhere?: ExperienceEntry[];
}

// The description's lines where the position's dates are looked for.
const DESCRIPTION_HEAD_LINES = 3;

// The small words a name's initials skip ("Larsen and Toubro" is L&T).
const INITIALS_SKIPPED = /^(?:of|and|the|&)$/i;

/**
 * Whether `short` is written as the initials of `name`'s words: "TCS" of "Tata Consultancy Services Ltd", "L&T" of
 * "Larsen and Toubro" (capitals, at most 6 letters, the initials' start).
 */
function abbreviates(short: string, name: string): boolean {
  const written = short.trim();
  if (!/^[\p{Lu}&.]{2,8}$/u.test(written)) return false;
  const letters = lettersOf(written);
  const initials = name
    .split(/\s+/)
    .filter((word) => word && !INITIALS_SKIPPED.test(word))
    .map((word) => lettersOf(word).charAt(0))
    .join('');
  return letters.length >= 2 && letters.length <= 6 && initials.startsWith(letters);
}

/**
 * Takes out of a description's first lines those that write, as a sentence with dates, a position at an employer other
 * than the slot's ("company - Kunal IT Services Pvt Ltd" / "description - Currently Working As Java Developer In Winsol
 * Solution Pvt Ltd From 1 July 2017 To Till Date."): that position is the sentence's (title, employer, place, dates), and
 * neither its dates nor its title are the slot's position's. A sentence naming the slot's employer stays its own.
 */
function takeOtherEmployerSentences(job: LabelledJob, options: EntryOptions): void {
  const own = lettersOf(job.company ?? '');
  const kept: string[] = [];
  for (const [index, line] of job.description.entries()) {
    const position = index < DESCRIPTION_HEAD_LINES ? readSentencePositions([line], options)[0] : undefined;
    const named = lettersOf(position?.company ?? '');
    if (
      !position?.start ||
      !named ||
      (own && (named.startsWith(own) || own.startsWith(named))) ||
      abbreviates(job.company ?? '', position.company ?? '') ||
      abbreviates(position.company ?? '', job.company ?? '')
    ) {
      kept.push(line);
      continue;
    }
    (job.elsewhere ??= []).push({ ...position, description: squash(stripBullet(line)) });
  }
  job.description = kept;
}

/** A line that is only a title: title words, no firm's word, at most five words and no list ("programming, developer"). */
const loneTitle = (text: string) =>
  titleLike(text) && !COMPANY_WORDS.test(text) && wordCount(text) <= 5 && !text.includes(',');

// "• At Lavisa Infrastructure Bangalore   Sep 2015- Oct 2016": a description's first line that gives the employer after
// "At" and the dates (taken out before); the title is the line after it ("Software developer").
const AT_EMPLOYER = /^[Aa]t[ \t]+(\p{Lu}.*)$/u;
/**
 * Sets a position's title and employer from a description that opens with "At <employer> <dates>" and then a line that
 * is only a title (at most five words, no list, its last word a role). The company slot then holds a project's name
 * ("ERP System, CRM for Real Estate Company"), and the employer is the one after "At".
 */
function titleAfterEmployerLine(job: LabelledJob, firstWithoutDates: string): void {
  const employer = AT_EMPLOYER.exec(cleanValue(stripBullet(firstWithoutDates).trim()))?.[1];
  const title = cleanValue(stripBullet(job.description[1] ?? ''));
  // The employer is named already, so a firm's word may open the title ("Software developer"); it ends on a role.
  if (!employer || !employerLike(employer) || !titleLike(title) || !endsOnRole(title)) return;
  if (wordCount(title) > 5 || title.includes(',')) return;
  job.title = title;
  // "At United Telecom Limited Ranchi": the town after the legal form is the place, as in the company slot.
  const placed = placeAfterLegalForm(employer);
  job.company = placed?.name ?? employer;
  if (placed) job.location = placed.place;
}

// "I'm doing a job as a Lecturer in …", "I was working as a trainer.", "Worked as a Test Engineer at …": a description that
// opens with a sentence naming the person's role; the title runs to the first word that joins it to an employer or a date.
// Also "I'm a software test engineer working at …" and "I am Java web developer" (the role after "I am" itself, the
// title words checked below: "I am responsible for …" names none), and "1year in Acme Pvt. Ltd. As a design engineer."
// (a sentence of the line that opens with a capital "As a": "as a part of the team" inside a sentence is no role).
const SENTENCE_AS =
  /^(?:i(?:'m|’m| am| was)[ \t]+)?(?:(?:currently|presently)[ \t]+)?(?:doing a job|working|worked|employed|serving|served)[ \t]+as[ \t]+(?:an?[ \t]+)?(\S.*)$/i;
const SENTENCE_I_AM = /^i(?:'m|’m| am)[ \t]+(?:an?[ \t]+)?(\S.*)$/i;
// One anchored match, then a search for "As a" at a sentence's start: no nested repetition.
const SENTENCE_OPENS_AS = /(?:^|[.!?][ \t]+)As[ \t]+an?[ \t]+(?=\S)/;
// "of" ends it only before a number or an article ("Team Lead of 5 members", "Head of a team"): "Head of Sales" is a title.
const TITLE_END =
  /[ \t](?:at|in|with|for|from|since|on|to|and|under|working|employed)[ \t]|[ \t]of[ \t]+(?:\d|an?[ \t]|the[ \t]|my[ \t]|our[ \t])|[.,;:(]/i;
// What a person says they are in prose without naming a job: core's role nouns too general for a claim ("As a member of
// the team, I …", "I am an active team member") and "fresher" ("I am a fresher").
const NO_ROLE_IN_PROSE = new RegExp(String.raw`(?:^|[ \t])(?:${[...GENERAL_ROLE_NOUNS, 'fresher'].join('|')})s?$`, 'i');
/** The title a description's opening sentence names ("I was working as a trainer." → "trainer"), or undefined. */
function titleOfSentence(line: string): string | undefined {
  const text = squash(stripBullet(line)).slice(0, MAX_LINE);
  const working = SENTENCE_AS.exec(text)?.[1];
  const opensAs = working === undefined ? SENTENCE_OPENS_AS.exec(text) : null;
  const rest =
    working ?? SENTENCE_I_AM.exec(text)?.[1] ?? (opensAs ? text.slice(opensAs.index + opensAs[0].length) : undefined);
  if (!rest) return undefined;
  const end = rest.search(TITLE_END);
  const title = cleanValue(end === -1 ? rest : rest.slice(0, end));
  // After "I am" or "As a", a general role noun names no job ("working as a team member" still does).
  if (working === undefined && NO_ROLE_IN_PROSE.test(title)) return undefined;
  return titleLike(title) && endsOnRole(title) && wordCount(title) <= 5 ? title : undefined;
}

/** The employers and descriptions of the employment block ("company - X", "description - …"), in order. */
function readCompanyBlock(block: string): LabelledJob[] {
  const jobs: LabelledJob[] = [];
  let current: LabelledJob | undefined;
  for (const raw of block.split('\n')) {
    const line = raw.trim();
    const company = COMPANY_LINE.exec(line);
    if (company) {
      // "company - DBA in Marketplace Technologies Ltd": the role typed before the employer is no part of its name.
      const typed = cleanValue(company[1] ?? '');
      const name = employerAfterRole(typed) ?? typed;
      // An empty or non-employer slot still ends the description before it; its own lines are nobody's.
      current =
        name && !NO_EMPLOYER.test(name) && !WEB_ADDRESS.test(name) && employerLike(name)
          ? { company: name, description: [] }
          : undefined;
      // "company - HR Assistant": a title typed into the company slot names the position, not its employer. A plural last
      // word is a firm's name ("Atri Developers", "Shah Consultants"), and so is a last word that names no role
      // ("EXPERT CONSTRUCTION").
      if (current && titleLike(name) && !COMPANY_WORDS.test(name) && !/s$/i.test(name) && endsOnRole(name))
        current = { title: name, description: [] };
      else if (current && labelPhrase(name)) current = { description: [] };
      // A place typed into the slot is where the position was, not its employer.
      else if (current && placeAlone(name)) current = { location: name, description: [] };
      else if (current) {
        // "PRGX India Private Limited Pune": the town after the legal form is the place.
        const placed = placeAfterLegalForm(name);
        if (placed) current = { company: placed.name, location: placed.place, description: [] };
      }
      if (current) jobs.push(current);
      continue;
    }
    if (!current) continue;
    const description = DESCRIPTION_LINE.exec(line);
    const text = description ? (description[1] ?? '') : line;
    if (text.trim()) current.description.push(text.trim());
  }
  // The same employer twice in a row ("Acme Pvt. Ltd" then "Acme Pvt Ltd.": a summary, then the duties) is one position,
  // unless the blocks merged so far and this one each name a different title in their own labels ("Role Network
  // Engineer", then "Role Network Support Engineer": two positions there; not "Network Engineer" again, nor a title
  // that holds the other).
  const merged: LabelledJob[] = [];
  let mergedTitle: string | undefined;
  for (const job of jobs) {
    const title = titleInDescription(job.description);
    const previous = merged[merged.length - 1];
    // One title holding the other ("Java Developer", "Java Developer, Manual Testing") names the same role.
    const twoTitles =
      mergedTitle &&
      title &&
      !lettersOf(mergedTitle).includes(lettersOf(title)) &&
      !lettersOf(title).includes(lettersOf(mergedTitle));
    if (previous?.company && job.company && lettersOf(previous.company) === lettersOf(job.company) && !twoTitles) {
      // A loop, not push(...lines): 120,000 or more lines overflow the stack as a call's arguments.
      for (const line of job.description) previous.description.push(line);
      mergedTitle ??= title;
    } else {
      merged.push(job);
      mergedTitle = title;
    }
  }
  return merged;
}

// "May 2013 to May 2017 B.E   UIT-RGPV", " MCA   YMCAUST,  Faridabad,  Haryana": the form writes each empty column as one
// more space, so three spaces after the degree are the field's and the place's columns left empty, and what follows is
// the school's. The education reader takes a short name there with no school's word for the field (a field it reads
// elsewhere after a degree); in this layout it is the school. One anchored match per line.
const EMPTY_FIELD_AND_PLACE = /^(.*?\S) {3}(?=\S)/;
/** The first part (to a comma) of each education line's school column written after the empty field and place columns. */
function schoolsAfterEmptyColumns(lines: readonly string[]): Set<string> {
  const schools = new Set<string>();
  for (const line of lines) {
    const gap = EMPTY_FIELD_AND_PLACE.exec(line);
    if (!gap || findDegreeMentions(gap[1] as string, { mode: 'education' }).length === 0) continue;
    const school = squash(line.slice(gap[0].length).split(',')[0] ?? '');
    if (school) schools.add(school);
  }
  return schools;
}

// The place's column is a town, a comma and a region core knows ("Guwahati, Assam", "Gulbarga, Karnataka", "Pimpri
// Chinchwad, MAHARASHTRA, IN"). The education reader, which keeps "Assam University" as one name and does not know
// "Gulbarga" for a town, may take the town for the field or its end: " LL.B  Guwahati, Assam University Law College" (two
// spaces after the degree: the field's column left empty) gave the field "Guwahati", " B. Tech Computer Science Gulbarga,
// Karnataka PDACOE, …" the field "Computer Science Gulbarga". One anchored match and one comma search per line.
const DEGREE_GAP = /^(.*?\S)( {2,})(?=\S)/;
const MAX_REGION_WORDS = 3;
const REGION_TEXT = 80;
/** Whether a comma's text is followed by a region or country core knows (its first one to three words). */
function regionAfter(text: string, comma: number): boolean {
  const words = text
    .slice(comma + 1, comma + 1 + REGION_TEXT)
    .trim()
    .split(/[ \t,]+/, MAX_REGION_WORDS);
  return words.some((_, count) => isRegionOrCountry(words.slice(0, count + 1).join(' ')));
}
/**
 * The places the education lines write before a comma and a region: the whole text after a degree and its empty field's
 * two spaces ("Guwahati"), the two words before the comma of every line ("Science Gulbarga"), and the word before it,
 * lower-cased ("gulbarga").
 */
function townsOfEducation(lines: readonly string[]): {
  afterEmptyField: Set<string>;
  fieldAndTown: Set<string>;
  town: Set<string>;
} {
  const afterEmptyField = new Set<string>();
  const fieldAndTown = new Set<string>();
  const town = new Set<string>();
  for (const line of lines) {
    const comma = line.indexOf(',');
    if (comma === -1 || !regionAfter(line, comma)) continue;
    // The field's last word and the town: the field runs into the place's column.
    const words = squash(line.slice(Math.max(0, comma - REGION_TEXT), comma)).split(' ');
    if (words.length >= 2) fieldAndTown.add(words.slice(-2).join(' '));
    const last = words[words.length - 1];
    if (last) town.add(last.toLowerCase());
    const gap = DEGREE_GAP.exec(line);
    if (!gap || gap[0].length > comma || gap[2] !== '  ') continue;
    if (findDegreeMentions(gap[1] as string, { mode: 'education' }).length > 0)
      afterEmptyField.add(squash(line.slice(gap[0].length, comma)));
  }
  return { afterEmptyField, fieldAndTown, town };
}

// " LL.B  Guwahati, Assam University Law College, Guwahati University": the form's place is a town, a comma and its
// region, and the school's column comes after it; the education reader keeps a region that a school's word follows as
// the school's ("Punjab University" is one name), so the school read "Assam University Law College". In this layout a
// school written right after the town's comma opens with the place's region: the region is cut where what is left still
// opens with a school's word and names a school past it ("University Law College"; "Silchar, Assam University" keeps its
// name, as do the many schools a region's name opens: "Gujarat Technological University", "Tamil Nadu Agricultural
// University", "Delhi Technological University").
const FIRST_WORD_REST = /^(\S+)[ \t]+(.+)$/;
/** The parts of the lines after each comma, to the next one, spaces squashed: a school written right after a comma. */
function partsAfterCommas(lines: readonly string[]): Set<string> {
  const parts = new Set<string>();
  for (const line of lines) {
    if (line.length > MAX_LINE || !line.includes(',')) continue;
    for (const part of line.split(',').slice(1)) parts.add(squash(part));
  }
  return parts;
}
/** A school written right after a town's comma without the region that opens it, where what is left names a school. */
function withoutFormRegion(school: string): string {
  const words = school.split(' ');
  for (let take = Math.min(MAX_REGION_WORDS, words.length - 2); take >= 1; take--) {
    if (!isRegionOrCountry(words.slice(0, take).join(' '))) continue;
    const rest = words.slice(take).join(' ');
    const [, firstWord = '', pastFirstWord = ''] = FIRST_WORD_REST.exec(rest) ?? [];
    return findDegreeMentions(rest, { mode: 'education' }).length === 0 &&
      namesSchoolWord(firstWord) &&
      namesSchoolWord(pastFirstWord)
      ? rest
      : school;
  }
  return school;
}
const SCHOOL_WORD_IN = /\b(?:university|college|institute|school|academy|polytechnic|vidyalaya|mahavidyalaya)\b/i;
/** Whether a text holds a school's word. */
function namesSchoolWord(text: string): boolean {
  return SCHOOL_WORD_IN.test(text);
}

// " S.S.C. Education Nagpur, Maharashtra Maharashtra State", " Diploma Aggregate  Maharashtra State": a state's board
// written in the school's column without "Board", a region core knows and "State" at the line's end, not after a comma
// (", Maharashtra State" is a place). One anchored match per line.
const STATE_AT_END = /(?<!,[ \t]{0,3})(?<=[ \t])((?:\p{Lu}\p{Ll}+[ \t]){1,3})State[ \t]*$/u;
/** The boards written without the word in the school columns of the education lines, by the line's first degree, in order. */
function stateBoardsOfEducation(lines: readonly string[]): Map<string, string[]> {
  const boards = new Map<string, string[]>();
  for (const line of lines) {
    if (line.length > MAX_LINE) continue;
    const region = STATE_AT_END.exec(line)?.[1]?.trim();
    if (region === undefined || !isRegionOrCountry(region)) continue;
    const degree = findDegreeMentions(line, { mode: 'education' })[0]?.text.trim();
    if (degree === undefined) continue;
    const list = boards.get(degree) ?? [];
    list.push(`${region} State`);
    boards.set(degree, list);
  }
  return boards;
}

// Longer lines are no form line (the education reader reads at most 300 characters of one as an entry).
const MAX_LINE = 300;
// "Mba Finance/hr India Mlrit", "Bachelor's Commerce India Guru Nanak high school": a country core knows written alone
// between single spaces is the place's column (the form's "City, State" left as the country), with the field before it
// and the school after; set apart by tabs, as the education reader reads a column. Only a country: a region often opens
// a school's name ("Florida International University", "Maharashtra State Board"); nor a country that opens a board's
// or a school's name ("India Institute of …"), nor one after a comma or "&". One pass of a pattern without nested
// repetition per line.
const LONE_PLACE = / (\p{Lu}\p{Ll}+)(?= (\p{L}+))/gu;
const NAME_WORD_AFTER_PLACE =
  /^(?:universit(?:y|ies)|college|institutes?|institution|school|board|state|council|academy|polytechnic|vidyalaya|mahavidyalaya|secondary|national|open|technological|technical)$/i;
/** Whether a word names a country core knows ("India", "Nepal"), not a region ("Florida") or a town. */
function isCountry(word: string): boolean {
  const place = parseLocationText(word);
  return place?.country !== undefined && place.region === undefined && place.city === undefined;
}
/** An education line with a lone country between its field and its school set apart as a column. */
function placeColumnApart(line: string): string {
  if (line.length > MAX_LINE) return line;
  return line.replace(LONE_PLACE, (whole, place: string, next: string, offset: number) =>
    /[\p{L}\p{N}./)]/u.test(line[offset - 1] ?? '') &&
    /^\p{Lu}/u.test(next) &&
    !NAME_WORD_AFTER_PLACE.test(next) &&
    isCountry(place)
      ? `\t${place}\t`
      : whole,
  );
}

// The dates a form's education row opens with: "January 2004", "May 1998 to May 1999".
const FORM_ROW_DATES = String.raw`\p{L}+[ \t]\d{4}(?:[ \t]to[ \t]\p{L}+[ \t]\d{4})?`;
// "January 2015    DEEKSHA CENTER", "January 2010    RYK Science College, Maharashtra state board": the form writes each
// empty column as one more space, so four spaces after the date are the degree's, the field's and the place's columns
// left empty, and what follows is the school's column. The education reader reads a row by its words and leaves out a
// name with no school's word ("DEEKSHA CENTER", "Harvard") and a school written with its board after a comma; in this
// layout a dated row is an entry of its own, whose school is that column (a board after the school's comma left out; a
// board alone stands in the school's place, as it does under a degree). One anchored match per line.
const DATED_SCHOOL_ONLY = new RegExp(String.raw`^[ \t]?(${FORM_ROW_DATES}) {4}(\S.*)$`, 'u');
const BOARD_WORD = /\b(?:board|council)\b/i;
const MAX_SCHOOL_WORDS = 10;
/** The entry a dated row gives whose degree, field and place columns are empty, or undefined for any other line. */
function schoolOnlyRow(line: string, options: EntryOptions): EducationEntry | undefined {
  if (line.length > MAX_LINE) return undefined;
  const row = DATED_SCHOOL_ONLY.exec(line);
  if (!row) return undefined;
  const parts = squash(row[2] as string)
    .split(',')
    .map((part) => part.trim());
  const [first = ''] = parts;
  const boardAfterSchool =
    parts.length > 1 &&
    namesSchoolWord(first) &&
    parts.slice(1).every((part) => BOARD_WORD.test(part) && !namesSchoolWord(part));
  const school = boardAfterSchool ? first : parts.join(', ');
  // A name, not a sentence nor a list of what one did; capitalised; no grade or status ("Pursuing"); no degree (the
  // reader reads a degree's row).
  if (!/^\p{Lu}/u.test(school) || !nameLike(school, MAX_SCHOOL_WORDS) || NOT_A_SCHOOL_COLUMN.test(school))
    return undefined;
  if (findDegreeMentions(school, { mode: 'education' }).length > 0) return undefined;
  const dates = row[1] as string;
  const range = findDateRanges(dates, { now: options.now })[0];
  if (range) return { institution: school, start: range.start, ...(range.end === undefined ? {} : { end: range.end }) };
  const date = parseMonthYear(dates);
  return date === undefined ? undefined : { institution: school, end: date };
}

// "January 2004  Software Engineering  Aptech", "  Software Engineering and Computer Science Pune, Maharashtra NIIT": a row
// whose degree's column is empty (two spaces after the date, or two at the start of an undated row) and whose field and
// school are written, the place's column between them empty (two spaces more) or a town and a region. The education
// reader reads a row by its degree and left such a row out; the form says what was studied and where. One anchored match
// per line.
const NO_DEGREE_ROW = new RegExp(String.raw`^(?:[ \t]?(${FORM_ROW_DATES}) {2}| {2})(?=\S)(.*)$`, 'u');
const MAX_FIELD_WORDS = 8;
/** A column's text that names what a school's or a field's column holds: capitalised, a name, no grade and no degree. */
const columnName = (text: string, words: number) =>
  /^\p{Lu}/u.test(text) &&
  nameLike(text, words) &&
  !NOT_A_SCHOOL_COLUMN.test(text) &&
  findDegreeMentions(text, { mode: 'education' }).length === 0;
/** The entry a row gives whose degree's column is empty and whose field and school are written, or undefined. */
function fieldAndSchoolRow(line: string, options: EntryOptions): EducationEntry | undefined {
  if (line.length > MAX_LINE) return undefined;
  const row = NO_DEGREE_ROW.exec(line);
  if (!row) return undefined;
  const rest = (row[2] as string).trimEnd();
  let field: string;
  let school: string | undefined;
  const gap = rest.indexOf('  ');
  if (gap !== -1) {
    // The place's column empty: the field, two spaces, the school.
    field = rest.slice(0, gap);
    school = rest.slice(gap).trim();
    if (school.includes('  ')) return undefined;
  } else {
    // "<field> <Town>, <Region> <school>": the town is the word before the place's comma.
    school = schoolColumn(line);
    const comma = rest.indexOf(',');
    field = comma === -1 ? '' : rest.slice(0, comma).replace(/\s*\S+$/, '');
  }
  field = squash(field);
  if (!school || !columnName(field, MAX_FIELD_WORDS) || !columnName(school, MAX_SCHOOL_WORDS)) return undefined;
  // A board certifies the school exams a degree's column names (SSC, HSC); with none, its row names no course ("October
  // 2009  Photography Competition Click Nagpur, Maharashtra Maharashtra State Board").
  if (isRegionOrCountry(school) || namesPlaceAlone(school) || BOARD_WORD.test(school)) return undefined;
  const dates = row[1];
  if (dates === undefined) return { field, institution: school };
  const range = findDateRanges(dates, { now: options.now })[0];
  if (range)
    return { field, institution: school, start: range.start, ...(range.end === undefined ? {} : { end: range.end }) };
  const date = parseMonthYear(dates);
  return date === undefined ? undefined : { field, institution: school, end: date };
}

// "September 2016 to March 2017  Dynamic Blood Bank System Mumbai, Maharashtra IIT" over "January 2014 CBSE   Senior
// Secondary", "May 1998 to May 1999 Diploma Mechanical Engg. Services  ITES" over "May 1993 to May 1995   Mumbai,
// Maharashtra Industrial Training Institute": the education reader takes a school's line and a degree's line next to it
// for one entry (a school with its degree below or above it), but each of the form's rows opens with its own dates, and
// two rows dated apart are two entries. One anchored match per line.
const ROW_DATES = new RegExp(String.raw`^[ \t]?(${FORM_ROW_DATES})[ \t]`, 'u');
/** The dates a form's row opens with, or undefined. */
const rowDates = (line: string) => (line.length > MAX_LINE ? undefined : ROW_DATES.exec(line)?.[1]);
/** The one entry a form's row gives read alone: a row with no degree by the form's columns, else by the reader. */
function rowAlone(line: string, options: EntryOptions): EducationEntry | undefined {
  const row = schoolOnlyRow(line, options) ?? fieldAndSchoolRow(line, options);
  if (row) return row;
  const read = parseEducationSection(line, options);
  return read.length === 1 ? read[0] : undefined;
}
/**
 * The education reader's entries with each one whose degree and school it read from two neighbouring rows of the form,
 * each row dated apart, read as the two rows' own entries.
 */
function withDatedRowsApart(
  lines: readonly string[],
  entries: readonly EducationEntry[],
  options: EntryOptions,
): EducationEntry[] {
  const lineOf = lineOfEntries(lines, entries);
  // Each entry's own line, and each degree's row once split off: a row between two schools' rows is one entry's only.
  const claimed = new Set(lineOf);
  return entries.flatMap((entry, at) => {
    const schoolAt = lineOf[at] as number;
    if (entry.degree === undefined || entry.institution === undefined || schoolAt === -1) return [entry];
    const schoolLine = lines[schoolAt] as string;
    const degree = lettersOf(entry.degree);
    const schoolDates = rowDates(schoolLine);
    if (degree.length === 0 || schoolDates === undefined || lettersOf(schoolLine.slice(0, MAX_LINE)).includes(degree))
      return [entry];
    // The degree's row: the one just above or below the school's that writes the degree, another entry's row neither.
    const degreeAt = [schoolAt - 1, schoolAt + 1].find((index) => {
      const line = lines[index];
      return line !== undefined && !claimed.has(index) && lettersOf(line.slice(0, MAX_LINE)).includes(degree);
    });
    if (degreeAt === undefined) return [entry];
    const degreeLine = lines[degreeAt] as string;
    const degreeDates = rowDates(degreeLine);
    if (degreeDates === undefined || degreeDates === schoolDates) return [entry];
    const schoolRow = rowAlone(schoolLine, options);
    const degreeRow = rowAlone(degreeLine, options);
    // Each row read alone gives its own: the school's row its school and no degree, the degree's row that degree.
    if (schoolRow?.institution === undefined || schoolRow.degree !== undefined) return [entry];
    if (degreeRow === undefined || lettersOf(degreeRow.degree ?? '') !== degree) return [entry];
    claimed.add(degreeAt);
    return schoolAt < degreeAt ? [schoolRow, degreeRow] : [degreeRow, schoolRow];
  });
}

// How far past the entries read so far a line's own entry is looked for: the reader gives at most one entry a line.
const ENTRIES_LOOKED_AHEAD = 3;
/**
 * The education line each entry was read from (-1 where none is found): the next line, in order, that writes the
 * entry's school, or its degree and field where it names no school; each entry looked for among the few after those
 * matched so far (the reader gives at most one entry a line).
 */
function lineOfEntries(lines: readonly string[], entries: readonly EducationEntry[]): number[] {
  const lineOf = entries.map(() => -1);
  const keys = entries.map((entry) =>
    lettersOf(entry.institution ?? [entry.degree ?? '', entry.field ?? ''].join(' ')),
  );
  let next = 0;
  for (const [index, line] of lines.entries()) {
    const written = lettersOf(line.slice(0, MAX_LINE));
    for (let at = next; at < Math.min(entries.length, next + ENTRIES_LOOKED_AHEAD); at++) {
      const key = keys[at] as string;
      if (key.length === 0 || !written.includes(key)) continue;
      lineOf[at] = index;
      next = at + 1;
      break;
    }
  }
  return lineOf;
}

/**
 * The education reader's entries with the dated school-only rows (schoolOnlyRow) and the rows with no degree
 * (fieldAndSchoolRow) it left out put back in the rows' order.
 */
function withSchoolOnlyRows(
  lines: readonly string[],
  entries: readonly EducationEntry[],
  options: EntryOptions,
): EducationEntry[] {
  // A row's reading depends on its text alone: once per distinct line.
  const readRows = new Map<string, EducationEntry | undefined>();
  const rows = lines.map((line) => {
    if (!readRows.has(line)) readRows.set(line, schoolOnlyRow(line, options) ?? fieldAndSchoolRow(line, options));
    return readRows.get(line);
  });
  if (rows.every((row) => row === undefined)) return [...entries];
  // A row whose school an entry names already was read, or left out as that entry's repeat.
  const schools = new Set(entries.map((entry) => lettersOf(entry.institution ?? '')));
  const lineOf = lineOfEntries(lines, entries);
  const read = new Set(lineOf);
  const result: EducationEntry[] = [];
  let next = 0;
  for (const [index, row] of rows.entries()) {
    if (read.has(index)) {
      // The entries up to this line's, in their order.
      while (next < entries.length && lineOf[next] !== index) result.push(entries[next++] as EducationEntry);
      if (next < entries.length) result.push(entries[next++] as EducationEntry);
    } else if (row?.institution !== undefined && !schools.has(lettersOf(row.institution))) result.push({ ...row });
  }
  while (next < entries.length) result.push(entries[next++] as EducationEntry);
  return result;
}

// "June 2015 to June 2017 BE Electrical Engineering Bhopal, Madhya Pradesh RGPV", "SSC   A.K.Mahavidyalya": the school's
// column comes after the place's ("Town, Region", a region core knows, then maybe the country's code: "Vashi,
// MAHARASHTRA, IN") or after the degree and the three spaces of the empty field's and place's columns. The education
// reader takes a school there only by a school's word or an acronym it knows; a name without one ("RGPV", "Aissms",
// "Sdnbvc") was left out, though the form says it is the school.
const MAX_COLUMN_SCHOOL_WORDS = 6;
// The place's column is the line's first comma or, past a field or a school written with one, its second or third.
const MAX_PLACE_COMMAS = 3;
/** The school's column of a form's education line, read after its place's column or the degree's empty columns. */
function schoolColumn(line: string): string | undefined {
  if (line.length > MAX_LINE) return undefined;
  let column: string | undefined;
  // The text before the place's comma (its town's words end it).
  let beforePlace = '';
  let comma = line.indexOf(',');
  for (let tried = 0; comma !== -1 && column === undefined && tried < MAX_PLACE_COMMAS; tried++) {
    beforePlace = line.slice(0, comma).trim().toLowerCase();
    // Words with their commas: the school's column ends at its own first comma.
    const words = line
      .slice(comma + 1)
      .trim()
      .split(/[ \t]+/);
    const unmarked = (from: number, to: number) => words.slice(from, to).join(' ').replaceAll(',', '');
    comma = line.indexOf(',', comma + 1);
    for (let count = Math.min(MAX_REGION_WORDS, words.length - 1); count >= 1; count--) {
      if (!isRegionOrCountry(unmarked(0, count))) continue;
      // "Vashi, MAHARASHTRA, IN Fr. Agnel Polytechnic": the country's code after the region is the place's too.
      const past = isRegionOrCountry(unmarked(count, count + 1)) && words.length > count + 1 ? count + 1 : count;
      column = squash(words.slice(past).join(' ').split(',')[0] ?? '');
      // "Pune, Maharashtra State": the region and what follows it name an area, the place's whole column.
      const area = parseLocationText(unmarked(0, words.length));
      if (area?.region !== undefined && area.city === undefined) column = '';
      break;
    }
  }
  if (column === undefined) {
    const gap = EMPTY_FIELD_AND_PLACE.exec(line);
    if (gap && findDegreeMentions(gap[1] as string, { mode: 'education' }).length > 0)
      column = squash(line.slice(gap[0].length).split(',')[0] ?? '');
  }
  if (!column || !/^\p{L}/u.test(column) || wordCount(column) > MAX_COLUMN_SCHOOL_WORDS || /\d/.test(column))
    return undefined;
  // Not a place (nor the place's own town again: "Pune, Maharashtra Pune"), a grade or a status, nor a degree.
  if (isRegionOrCountry(column) || namesPlaceAlone(column) || NOT_A_SCHOOL_COLUMN.test(column)) return undefined;
  if (beforePlace.endsWith(` ${column.toLowerCase()}`)) return undefined;
  return findDegreeMentions(column, { mode: 'education' }).length > 0 ? undefined : column;
}

// What a form's school column holds, alone, when it is no school: a grade, a class or a status of the studies
// ("Distinction", "First Class", "Pursuing", "Appearing").
const NOT_A_SCHOOL_COLUMN =
  /^(?:pursuing|appearing|ongoing|completed|passed|result\s+awaited|distinction|merit|(?:first|second|third|1st|2nd|3rd)\s+(?:class|division)|percentage|c?gpa|cpi|grade|aggregate|marks)[.:]?$/iu;
/** Gives each entry that names a degree and no school the school's column of its line, where the line writes one. */
function giveSchoolColumns(lines: readonly string[], entries: readonly EducationEntry[]): void {
  const lineOf = lineOfEntries(lines, entries);
  for (const [index, entry] of entries.entries()) {
    const line = lines[lineOf[index] as number];
    if (entry.institution !== undefined || entry.degree === undefined || line === undefined) continue;
    const school = schoolColumn(line);
    if (school !== undefined) entry.institution = school;
  }
}

/** The three blocks of the layout, or undefined when the text is not laid out so. */
function findBlocks(text: string): { education: string; titleLines: string[]; companies: string } | undefined {
  const education = EDUCATION_LABEL.exec(text);
  if (!education) return undefined;
  const afterEducation = education.index + education[0].length;
  const skills = SKILL_LABEL.exec(text.slice(afterEducation));
  if (!skills) return undefined;
  const skillsAt = afterEducation + skills.index;
  const afterSkills = skillsAt + skills[0].length;
  const companies = COMPANY_LABEL.exec(text.slice(afterSkills));
  if (!companies) return undefined;
  const companyBlock = text.slice(afterSkills + companies.index + companies[0].length);
  if (!/^[ \t]*company[ \t]*-/im.test(companyBlock)) return undefined;
  // Education lines run to the headline: the first line followed by a blank one. The lines after it are the form's title field.
  const lines = text.slice(afterEducation, skillsAt).split('\n');
  let headline = lines.findIndex((line, index) => line.trim() !== '' && (lines[index + 1] ?? '').trim() === '');
  if (headline === -1) headline = lines.length;
  return {
    education: lines.slice(0, headline).map(placeColumnApart).join('\n'),
    titleLines: lines.slice(headline + 1).filter((line) => line.trim()),
    companies: companyBlock,
  };
}

/**
 * Reads a resume written in the key–value layout of job-board exports ("Education Details", "Skill Details", "Company
 * Details" blocks with "company - X" / "description - …" lines, as in the Kaggle UpdatedResumeDataSet): its positions
 * (title from the form's title line "Title - Employer", or from a "Designation"/"Role"/"Job Profile" line of the
 * description; none invented), and its education entries. Undefined when the text is not in this layout.
 */
export function readLabelledLayout(text: string, options: EntryOptions = {}): LabelledLayout | undefined {
  if (!text.includes('Company Details') || !text.includes('Education Details')) return undefined;
  const blocks = findBlocks(repairMojibake(text.replace(/\r\n?/g, '\n')));
  if (!blocks) return undefined;
  const jobs = readCompanyBlock(blocks.companies);
  for (const job of jobs) takeOtherEmployerSentences(job, options);
  for (const job of jobs) {
    const title = titleInDescription(job.description);
    if (title) job.title = title;
  }
  // The form's title line names the current position: the employer it names, else the first one.
  const formTitle = blocks.titleLines.length === 1 ? splitTitleLine(blocks.titleLines[0] as string) : undefined;
  if (formTitle && titleLike(formTitle[0])) {
    const [title, employer] = formTitle;
    // "Virtuous Media Point, Pune" names the employer "Virtuous Media Point".
    const named = employer ? jobNamed(jobs, employer) : undefined;
    const comma = title.lastIndexOf(',');
    const afterComma = comma === -1 ? '' : cleanValue(title.slice(comma + 1));
    // "SAP BP/BODS Developer/Administrator, Tata Consultancy - SAP BODS": the employer typed after the title's last comma,
    // where it names one of the employers listed, is the position's (the form's employer field then holds something
    // else: a product, a project); it is no part of the title.
    const employed =
      /^\p{Lu}/u.test(afterComma) && lettersOf(afterComma).length >= MIN_NAMED_LETTERS
        ? jobNamed(jobs, afterComma)
        : undefined;
    const target = (employed?.title === undefined ? employed : undefined) ?? named ?? jobs[0];
    // "Group Fitness Instructor, India - Columbia University": a place after the title's last comma is no part of the
    // title (nor surely the position's place: the line is also the résumé's headline, the person's own place).
    const placed = comma !== -1 && isRegionOrCountry(title.slice(comma + 1));
    if (target && !target.title) target.title = placed || employed ? title.slice(0, comma).trim() : title;
  }
  // A description that starts with only a title ("description - Business Analyst", "Data Science Intern, Nov 2015 to Jan 2016").
  for (const job of jobs) {
    const first = job.description[0];
    if (job.title || !first) continue;
    const range = findDateRanges(first, { now: options.now })[0];
    const candidate = cleanValue(range ? first.replace(range.text, ' ') : first);
    // A list ("programming, scripting, developer") is no title.
    if (loneTitle(candidate)) job.title = candidate;
    else if (range) titleAfterEmployerLine(job, first.replace(range.text, ' '));
    if (!job.title) job.title = titleOfSentence(first);
  }
  const educationLines = blocks.education.split('\n');
  const towns = townsOfEducation(educationLines);
  const experience: ExperienceEntry[] = [];
  const untitled: UntitledPosition[] = [];
  const undated: UntitledPosition[] = [];
  for (const job of jobs) {
    const head = job.description.slice(0, DESCRIPTION_HEAD_LINES).join('\n');
    const range = findDateRanges(head, { now: options.now })[0] ?? labelledPeriod(job.description, options);
    if (!job.title) {
      // A slot whose only position is the sentence taken out of it: a consultant placed at a client ("company - Infosys
      // Limited" / "description - Worked as a Software Engineer at Citibank, Pune from Jan 2018 to Mar 2020."), the
      // slot's employer's position, as it was read before such sentences were read apart.
      const [placed, ...others] = job.elsewhere ?? [];
      if (job.company && !range && placed && others.length === 0) {
        const description = squash([placed.description ?? '', ...job.description].join(' '));
        experience.push({ ...placed, company: job.company, ...(description ? { description } : {}) });
        continue;
      }
      if (range && job.company) untitled.push({ company: job.company, start: range.start, end: range.end });
      else if (job.company) undated.push({ company: job.company });
      for (const position of job.elsewhere ?? []) experience.push(position);
      continue;
    }
    const opening = job.location === undefined ? placeOpeningDescription(job, towns.town, options) : undefined;
    if (opening) {
      job.location = opening.place;
      if (opening.company !== undefined) job.company = opening.company;
    }
    const body = job.description.filter((line) => !TITLE_FIELD.test(squash(stripBullet(line))));
    // "Cloud Operations Architect (DevOps) - DevOps": the company slot names the field the title names, not an employer.
    if (job.company && namesProductNotEmployer(job.company, job.title)) delete job.company;
    experience.push({
      title: job.title,
      ...(job.company ? { company: job.company } : {}),
      ...(job.location ? { location: job.location } : {}),
      ...(range ? { start: range.start, end: range.end } : {}),
      ...(body.length > 0 ? { description: squash(body.join(' ')) } : {}),
      highlights: [],
    });
    for (const position of job.elsewhere ?? []) experience.push(position);
  }
  // Employers named with neither a title nor dates ("company - Wipro" / "description - Developing programs in Python."):
  // said where the form gives no titled position, so that a résumé read with no work at all says which employers it
  // names. Where positions are read, such slots hold projects and products as often (a list of the projects under one
  // employer), and stay unsaid. An employer named again is said once.
  const said = new Set<string>();
  for (const position of experience.length === 0 ? undated : []) {
    if (said.has(lettersOf(position.company))) continue;
    said.add(lettersOf(position.company));
    untitled.push(position);
  }
  const education = withDatedRowsApart(educationLines, parseEducationSection(blocks.education, options), options);
  const schools = schoolsAfterEmptyColumns(educationLines);
  const boards = stateBoardsOfEducation(educationLines);
  const afterCommas = partsAfterCommas(educationLines);
  for (const entry of education) {
    if (entry.institution !== undefined && afterCommas.has(entry.institution))
      entry.institution = withoutFormRegion(entry.institution);
    else if (entry.institution === undefined && entry.degree !== undefined) {
      // The school's column holds a state's board without the word ("Maharashtra State"), which the reader takes for a
      // place: the board of the first such line of the entry's degree, each line's once.
      const board = boards.get(entry.degree)?.shift();
      if (board !== undefined) entry.institution = board;
    }
    if (entry.field !== undefined && entry.institution === undefined && schools.has(entry.field)) {
      entry.institution = entry.field;
      delete entry.field;
    }
    if (entry.field === undefined) continue;
    const words = entry.field.split(' ');
    if (towns.afterEmptyField.has(entry.field)) delete entry.field;
    else if (words.length >= 2 && towns.fieldAndTown.has(words.slice(-2).join(' ')))
      entry.field = words.slice(0, -1).join(' ');
  }
  giveSchoolColumns(educationLines, education);
  return { experience, untitled, education: withSchoolOnlyRows(educationLines, education, options) };
}
