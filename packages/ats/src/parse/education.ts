import {
  findDateRanges,
  findDegreeMentions,
  getDefaultSkillTaxonomy,
  parseMonthYear,
  ROLE_NOUNS,
  type DateRange,
  type DegreeMention,
  type EducationEntry,
} from '@rolefit/core';
import { isRegionOrCountry, STREET_WORDS } from '../contact/places.js';
import {
  englishMonthSource,
  isFieldAbbreviation,
  isPlaceName,
  isTownNamePrefix,
  monthFromName,
  schoolAcronymSource,
  TOWN_NAME_SMALL_WORDS,
} from '@rolefit/core/internal';
import type { EntryOptions } from './experience.js';
import { opensWithDescriptionVerb, splitHeaderParts, splitLocation } from './experience.js';
import { unfoldLabelledFields } from './labelled-lines.js';
import { normalizeValue, rememberLines, squash, stripBullet } from './lines.js';

// Degrees come from core's one international list (findDegreeMentions, education mode): B.Tech, MCA, Diplom-Ingenieur,
// Licenciatura, магистр, SSC/HSC... This file only splits an education section into entries and an entry into
// degree, field, institution, dates and grade.
// School-leaving entries (SSC, HSC, SSLC, Class XII, a CBSE line) are kept as entries with that degree, as written: a
// person expects the education they listed, and core's degree levels rank them below any degree. The DataTurks labels
// rarely mark them, so they count against precision there (education-dataturks.test.ts).

/** Words that name a school, college or university, in the languages the section headings cover. */
const INSTITUTION = new RegExp(
  [
    String.raw`(?<![\p{L}\p{N}_])(?:universit(?:y|ies|[äé]t|at|à|e|é|a|ario|aria|ad|ade|eit|y's|i|as)|univ\.|univercity|univerity|universty|universidad|colleg(?:e|io)|collage|institut(?:e|o|ion)?|istituto|school|schule|hochschule|fachhochschule|gymnasium|lyc[ée]e|liceo|lyceum|academ(?:y|ia|ie)|akademie|polytechnic|politecnico|polytechnique|polit[ée]cnica|conservatoi?ry?|seminary|faculty|facult[ée]|facultad|fakult[äa]t|campus|escuela|escola|scuola|faculdade|[ée]cole|vidyalaya|vidyapeeth|vidyapith|mahavidyalaya|iit|iiit|nit|iim|bits)(?![\p{L}\p{N}_])`,
    // Russian and other Cyrillic names: университет, институт, академия, колледж, техникум, училище, лицей, школа, гимназия.
    String.raw`(?<![\p{L}])(?:университет|институт|академи|колледж|техникум|училищ|лице|школ|гимнази|вуз)\p{L}*`,
    // Czech, Slovak, Polish and Dutch names, in any case ending: univerzita, vysoká škola, vysoké učení technické,
    // uniwersytet, politechnika, akademia, szkoła (główna), "Zespół Szkół" (a group of schools), hogeschool, and the
    // secondary schools: gymnázium, gimnazjum, liceum, technikum; the Czech and Slovak "škola" (a school: "Střední
    // průmyslová škola") in its case endings only, not "školení"/"školenie" (training).
    String.raw`(?<![\p{L}])(?:univerzit|vysok[áé]\s+(?:škol|učení)|uniwersyte|politechni|akademi|szk[oó]ł|hogeschool|gymn[áa]zi|gimnazj|liceum|technikum)\p{L}*`,
    String.raw`(?<![\p{L}])škol(?:a|e|y|u|ou)(?![\p{L}])`,
  ].join('|'),
  'iu',
);
// An all-capitals short name ending in U is almost always a university ("JNTU", "IGNOU", "NYU", "TU"), and one ending in
// UT a university of technology ("VSSUT", "BPUT", "WBUT", "MAKAUT"; not the words "ABOUT", "INPUT"...). Schools known by
// their acronyms are core's (schoolAcronymSource: SUNY, INSEAD, LSE, ENSIMAG, МГУ…): "MBA, INSEAD" names the school, no field.
// Czech, Slovak and Polish schools are written as their acronym and the town, in the locative after "v"/"ve"/"w"/"we"
// ("ČVUT v Praze", "VŠE v Praze", "VŠB-TUO v Ostravě", "UW w Warszawie", "PWr we Wrocławiu"): an acronym of two capitals
// or more (a small letter inside: "PWr") before such a town names the school, not the field. The town's word ends as a
// locative does, in a vowel, "j" or "ch" ("Praze", "Brně", "Krakowie", "Wrocławiu", "Olomouci", "Banskej Bystrici",
// "Katowicach"): a degree "w Honours" / "w Distinction" or "IBM v Smith" in English names no school.
const UNIVERSITY_ACRONYM = new RegExp(
  String.raw`(?<![\p{L}])(?:\p{Lu}\p{Lu}[\p{Lu}\p{Ll}]{0,4}(?:-\p{Lu}{2,4})?[ \t]+(?:v|ve|w|we)[ \t]+\p{Lu}\p{Ll}*(?:[aeiouyáéěíóúůýj]|ch)|[A-Z]{1,5}U|(?!(?:ABOUT|INPUT|OUTPUT|LAYOUT)(?![\p{L}]))[A-Z]{2,4}UT|TU\s+\p{Lu}\p{L}+|${schoolAcronymSource()})(?![\p{L}])`,
  'u',
);
// Examination boards name who set the exam, not where one studied ("State Board", "CBSE Board", "Board of Secondary Education").
const BOARD = /\b(?:board|council)\b/i;
// Where an entry names no school, the board that awarded it stands in the school's place ("HSC / Maharashtra Board /
// March 2012", "Diploma in Industrial Electronics / Technical Board of Education Bombay -  Mumbai, Maharashtra"): the
// awarding body is its institution, when the board's name says which one. A board's generic words ("State Board",
// "Board of Secondary Education", "Board of Intermediate Education") name none; nor is a company's or a college's board
// ("Board of Directors", "Advisory Board member") an examining one.
const GENERIC_BOARD_WORD =
  /^(?:board|council|state|of|the|for|and|&|secondary|senior|higher|high|intermediate|education|educational|school|schools|examinations?|exams?|technical|pre-university|university|\(university\)|ssc|hsc|sslc|hsslc|puc)$/i;
const NOT_AN_EXAMINING_BOARD =
  /\b(?:directors|trustees|regents|governors|members?|advisory|certified|certification)\b/i;
/** Whether a part is an examining board named by more than its generic words ("Maharashtra State Board", "CBSE Board"). */
function isNamedBoard(part: string): boolean {
  if (part.length > MAX_ENTRY_LINE || !BOARD.test(part) || NOT_AN_EXAMINING_BOARD.test(part)) return false;
  const words = part.split(/[ \t]+/);
  if (words.length > 8 || !/^\p{Lu}/u.test(part)) return false;
  // A school named before the board is a school's line glued to another's ("Norview High School Virginia Apprenticeship Council").
  if (INSTITUTION.test(part.slice(0, part.search(BOARD)))) return false;
  // Every word a board's, a joining word or a capitalised one, and one of the capitalised ones names it.
  const capitalised = (word: string) => /^\p{Lu}[\p{L}.'’-]*$/u.test(word);
  return (
    words.every((word) => GENERIC_BOARD_WORD.test(word) || JOINING_WORD.test(word) || capitalised(word)) &&
    words.some((word) => capitalised(word) && !GENERIC_BOARD_WORD.test(word))
  );
}
const GRADE =
  /\b(?:c?gpa|cpi|sgpa|percentage|percent|marks|score|grade|aggregate|division|first\s+class|second\s+class|distinction|honou?rs\s+class)\b|(?<![\d.])\d{1,3}(?:\.\d{1,2})?\s?%|\b\d{1,2}(?:\.\d{1,2})?\s?\/\s?(?:4|5|10)(?:\.0)?\b/i;
const SINGLE_DATE =
  /(?:(?<![\p{L}])\p{L}{3,9}\.?,?\s+|(?<![\d/.-])\d{1,2}[/.-]|(?<![^ \t,:])(?:1[0-2]|0?[1-9])[ \t]+)?(?:19|20)\d{2}(?!\d)/gu;
// "Bachelor of Arts , History and Philosophy 5 2008 University of the Pacific", "BSN : Nursing , 1 2007 Washington State
// University": the Kaggle résumé template writes a degree's month as a bare number, a space, then the year. A number
// after a word that counts something ("Class 12 2010", "Grade 8", "Windows 7") or after a month's name ("Apr 11 2017":
// a day) is no month.
const BARE_MONTH = /^(?<month>1[0-2]|0?[1-9])[ \t]+(?<year>(?:19|20)\d{2})$/;
const COUNTED_BEFORE =
  /(?<![\p{L}])(?:class|grade|std|standard|form|level|semester|sem|term|year|part|phase|no|number|unit|room|windows|office|version|section|division|stage|tier|step|batch|group|series|chapter|volume|vol)\.?[ \t]+$/iu;

/** The month and year a single date written as a bare month number and a year stands for ("5 2008"), read in `text` at `at`. */
function bareMonthDate(date: string, text: string, at: number): Date | undefined {
  const groups = BARE_MONTH.exec(date)?.groups;
  if (groups === undefined) return undefined;
  const before = text.slice(Math.max(0, at - 16), at);
  if (COUNTED_BEFORE.test(before)) return undefined;
  const previousWord = /(\p{L}+)\.?,?[ \t]+$/u.exec(before)?.[1];
  if (previousWord !== undefined && monthFromName(previousWord) !== undefined) return undefined;
  return parseMonthYear(`${groups.month}/${groups.year}`);
}

/** The month-year or year a single date found at `at` in `text` stands for ("May 2009", "05/2015", "5 2008", "2016"). */
function singleDate(date: string, text: string, at: number): Date | undefined {
  return (
    parseMonthYear(date.replace(/,/g, '')) ??
    bareMonthDate(date, text, at) ??
    parseMonthYear(/(?:19|20)\d{2}/.exec(date)?.[0] ?? '')
  );
}

/** The text with its single dates ("May 2009", "05/2015", "5 2008", "2016") replaced; a word before a year stays unless it is a month ("Finance 1997"). */
function withoutSingleDates(text: string, replacement: string): string {
  return text.replace(SINGLE_DATE, (date, at: number) => {
    if (
      /^\d{4}$/.test(date) ||
      parseMonthYear(date.replace(/,/g, '')) !== undefined ||
      bareMonthDate(date, text, at) !== undefined
    )
      return replacement;
    const year = /\S+$/.exec(date)?.[0] ?? '';
    return `${date.slice(0, date.length - year.length)}${replacement}`;
  });
}
const DATE_WORDS =
  /^(?:expected|graduated|graduation|anticipated|completed|passed|passing|year|since|from|to|till|until|present|current|now|ongoing|pursuing|and|in|of|the|class|batch|[-–—/,.:()\s])*$/i;
const URL = /\bhttps?:\/\/|\bwww\.|@/i;
// "Present" alone on its line where a template writes an entry's date ("Present / Master of Science : … / 2016 /
// Bachelor of …"): the entry's date, still going on.
const ONGOING_ALONE =
  /^[ \t]*(?:present|current|currently|ongoing|now|till[ \t]+date|to[ \t]+date|in[ \t]+progress)[ \t]*$/i;
// "MBA : Business Management Present New Jersey Institute of Technology", "Master of Science : Current Penn State
// University": the Kaggle template writes "Present" or "Current" where an entry's date goes, before the school's name. It
// is that date, still going on, not the school's first word (capitalised, before a name's word: not "Current GPA").
const ONGOING_BEFORE_NAME = /(?<![\p{L}])(?:Present|Current)(?=[ \t]+\p{Lu}\p{Ll})/gu;
// Past this length a line is prose (a description, not a heading of an entry).
const MAX_ENTRY_LINE = 300;

const SECTION_LEVEL =
  /^(?:(?:неоконченное\s+)?высшее(?:\s+образование)?|среднее(?:\s+(?:специальное|профессиональное))?(?:\s+образование)?|higher\s+education|hochschulabschluss)$/iu;

interface EducationLine {
  text: string;
  /** Degree mentions on the line, in order. */
  degree: boolean;
  institution: boolean;
  board: boolean;
  /** Nothing on the line but dates (and words like "Expected"). */
  dateOnly: boolean;
  /** The line names an honour and where it was won ("Presidents Scholarship, Doane College - 4 years"). */
  honour: boolean;
  /** Nothing on the line but a grade. */
  gradeOnly: boolean;
  /** A line that can be a name: short, not a sentence, not a URL. */
  nameLike: boolean;
  hasDate: boolean;
}

// An honour's name, then a comma or a dash and the school that gave it ("Presidents Scholarship, Doane College", "Pallet
// Scholar Award - Doane College"): listed under a degree, it is no entry of its own, though it names the school.
// So is a line that opens with an award given ("Award for Best Essay in Environmental Studies, Whitman College", "Awarded
// American Shrubel Leadership Scholarship to Jefferson College", "Recipient of the Dean's Scholarship at Hill University").
const HONOUR =
  /^\s*(?:(?:[\p{L}\p{N}'’.&]+\s+){0,6}(?:scholarships?|awards?|prizes?|dean['’]?s\s+list|honou?r\s+roll)\s*[,–—-]\s*\S|(?:awarded|award\s+for|recipient\s+of)\s)/iu;

function readLine(text: string, now: Date | undefined): EducationLine {
  const long = text.length > MAX_ENTRY_LINE;
  const head = long ? text.slice(0, MAX_ENTRY_LINE) : text;
  const prose = readsAsProse(head);
  const mentions = degreeMentions(head).filter(
    // "Completed degree in English taking 15-18 hours …", "… before finishing my degree": prose's word for a degree names none.
    (mention) => !(prose === 'sentence' && PROSE_DEGREE_WORD.test(mention.text.trim())),
  );
  const degree = mentions.length > 0;
  // "Máster Universitario en Ingeniería Informática": a school's word inside the degree's name names no school.
  let schoolText = head;
  for (const mention of mentions)
    schoolText = `${schoolText.slice(0, mention.start)}${' '.repeat(mention.end - mention.start)}${schoolText.slice(mention.end)}`;
  const ranges = findDateRanges(head, { now });
  let withoutDates = head;
  for (const range of ranges) withoutDates = withoutDates.replace(range.text, ' ');
  withoutDates = withoutSingleDates(withoutDates, ' ');
  const hasDate = withoutDates !== head;
  const dateOnly = (hasDate && DATE_WORDS.test(withoutDates)) || ONGOING_ALONE.test(head);
  const gradeOnly = !degree && GRADE.test(head) && cutGrade(withoutDates).replace(/[\s,:;|–—-]+/g, '').length === 0;
  const url = URL.test(head);
  const words = squash(withoutDates).split(' ').length;
  const placed = !long && !url && words <= 10 && namesBeforePlace(withoutDates);
  // "ACADEMIA", "University:": a school's word alone on its line is a heading or a label, no school's name (the
  // acronyms among those words, "IIT", "BITS", are names).
  const loneSchoolWord = words === 1 && isLoneSchoolWord(withoutDates);
  // A line of prose that names no degree is no entry's line (nor is a clause's, which only its case tells from a name,
  // nor where it is a name in lower case before a dash and a place: "br day public school -  Begusarai, Bihar"), unless
  // it opens with a school's name ("06/2012 Centennial High School GPA: 3.98 Full time student and athlete all four
  // years.", "Collin College Full time student taking my basic courses.") or ends with one.
  const notAName =
    (prose === 'sentence' || (prose === 'clause' && !degree && !placed)) &&
    leadingSchool(withoutDates) === undefined &&
    trailingSchool(withoutDates) === undefined;
  const roleNote = !degree && opensWithRoleLabel(head);
  return {
    text,
    degree: degree && !url,
    // "CDAC -  Mohali, Punjab": in an education section, a name before a dash and a place is where one studied.
    institution:
      !long &&
      !url &&
      (!notAName || degree) &&
      !loneSchoolWord &&
      !roleNote &&
      (INSTITUTION.test(schoolText) ||
        UNIVERSITY_ACRONYM.test(withoutOwnInitials(head, mentions)) ||
        (placed && !degree && !BOARD.test(head))),
    board: !long && BOARD.test(head),
    dateOnly,
    honour: !degree && !notAName && HONOUR.test(head),
    gradeOnly,
    nameLike:
      (placed && !notAName) ||
      (!long &&
        !notAName &&
        !url &&
        words <= 10 &&
        /\p{Lu}/u.test(withoutDates) &&
        !/[.!?;]\s*$/.test(withoutDates.trim()) &&
        !/^\p{Ll}/u.test(withoutDates.trim()) &&
        !/:\s/.test(withoutDates)),
    hasDate,
  };
}

// "Advisor: Elisabeth Hsu, University of Oxford, …", "Student Teaching: INTA402 Senior Studio: Miami International
// University of Art and Design: Spring 2013.": a line labelled with a role held (core's role nouns: an advisor's, an
// instructor's; or a teaching practicum) names where it was held, under the entry above; it opens no entry of its own.
// Not a credential's label ("Teaching Certificate: …", "Teacher Certification: …"), which is one.
const MAX_ROLE_LABEL = 40;
const MAX_ROLE_LABEL_WORDS = 4;
/** Whether a line opens with a role's label before a colon ("Advisor:", "Substitute Teaching:"). */
function opensWithRoleLabel(text: string): boolean {
  const colon = text.indexOf(':');
  if (colon <= 0 || colon > MAX_ROLE_LABEL) return false;
  const label = text.slice(0, colon).trim();
  if (NOT_AN_INSTITUTION.test(label) || degreeMentions(label).length > 0) return false;
  const words = label.toLowerCase().split(/[ \t]+/);
  return (
    words.length <= MAX_ROLE_LABEL_WORDS &&
    words.every((word) => /^\p{L}+$/u.test(word)) &&
    words.some((word) => ROLE_WORDS.has(word) || word === 'teaching')
  );
}

const LONGEST_SCHOOL_ACRONYM = 4;
/** Whether a line is nothing but a school's word ("ACADEMIA", "College:"), not one of the acronyms among them ("IIT"). */
function isLoneSchoolWord(line: string): boolean {
  const word = line.trim().replace(/[.,:;–—-]+$/, '');
  return word.length > LONGEST_SCHOOL_ACRONYM && SCHOOL_WORD.test(word);
}

// A line written again in the section (a template's repeated rows, hostile text of one line repeated) is read once: a
// copy of the first reading, as entries are told apart by their lines' identity.
function readLineOnce(text: string, now: Date | undefined, read: Map<string, EducationLine>): EducationLine {
  let line = read.get(text);
  if (line === undefined) read.set(text, (line = readLine(text, now)));
  return { ...line };
}

// Prose written in an education section (a summary, an activity, what one studied: "Served as Sports Editor for the
// university's newspaper.", "I also Attended Beechwood High school my junior and senior years …") names no entry, though
// it may name a school. A line reads as a sentence when it speaks in the first person ("I was", "my", "our"), opens with a
// description's verb ("Completed 45 credits …") or holds a sentence's end before another sentence ("… my mother. I later
// …"); and as a clause of one, where it names no degree, when it runs on from the line above (a lower-case word first,
// not a label's "licensed :", and more of them: "logged work in … programs at …") or ends a sentence in lower case ("… as
// a side study.", "school."). A part of an entry's line is prose too when its lower-case words outnumber its capitalised
// ones or take an article ("Mentored a senior at …"). A name is capitalised words and the words that join them; text all
// in lower case (as some people type their school) is never taken for prose by its case. Each test is one pass of a
// pattern without nested repetition, over a line of at most MAX_ENTRY_LINE characters. A lower-case "we" before a
// capitalised word is the Polish "in" before a town ("Uniwersytet Ekonomiczny we Wrocławiu", "PWr we Wrocławiu").
const FIRST_PERSON =
  /(?<![\p{L}\p{N}'’])(?:my|me|myself|our|we(?![ \t]+\p{Lu})|I['’](?:m|ve|d)|I(?=\s+(?!(?:and|or|to|through|with|in|of|at)(?![\p{L}]))\p{Ll}))(?![\p{L}\p{N}'’])/u;
const SENTENCE_INSIDE = /(?<![\p{L}])\p{Ll}{3,}[.!?]\s+\p{Lu}/u;
const SENTENCE_END = /(?<![\p{L}])\p{Ll}{3,}[.!?]["'”’)]*$/u;
const JOINING_WORD =
  /^(?:of|and|the|for|in|at|on|to|by|from|with|de|del|la|las|los|le|les|des|du|di|da|do|dos|das|y|e|et|und|der|die|für|van|von)$/;
const ARTICLE = /(?<![\p{L}])an?\s+\p{Ll}/u;
// "degree", "diploma", "graduation" in prose ("Completed degree in English taking …", "… before finishing my degree") name no degree.
const PROSE_DEGREE_WORD = /^(?:degree|diploma|graduation)(?:\s+(?:in|of))?$/i;
interface ProseWords {
  line: string;
  words: string[];
  /** Lower-case words of three letters or more that join no name's words. */
  lower: number;
  capitalised: number;
}
function proseWords(text: string): ProseWords {
  const line = squash(text);
  const words = line.split(' ').filter((word) => /\p{L}/u.test(word));
  const lower = words.filter(
    (word) =>
      /^\p{Ll}{3,}(?:['’]\p{Ll}+)?[,.;:!?)]*$/u.test(word) && !JOINING_WORD.test(word.replace(/[,.;:!?)]+$/, '')),
  ).length;
  const capitalised = words.filter((word) => /^[("'“]?\p{Lu}/u.test(word)).length;
  return { line, words, lower, capitalised };
}
/** Whether a line reads as prose: 'sentence' by a sure sign, 'clause' by where its lower-case words stand. */
function readsAsProse(text: string, read?: ProseWords): 'sentence' | 'clause' | undefined {
  if (text.length > MAX_ENTRY_LINE) return undefined;
  const { line, words, lower, capitalised } = read ?? proseWords(text);
  if (FIRST_PERSON.test(line) || opensWithDescriptionVerb(line) || SENTENCE_INSIDE.test(line)) return 'sentence';
  // "school.": a sentence's last word, alone on its line.
  if (words.length === 1 && SENTENCE_END.test(line)) return 'clause';
  if (capitalised === 0) return undefined;
  if (SENTENCE_END.test(line) && lower >= 3) return 'clause';
  const label = /^\S+\s*[:|–—-]/.test(line);
  if (/^\p{Ll}/u.test(line) && !label && !JOINING_WORD.test(words[0] ?? '') && lower >= 3) return 'clause';
  return undefined;
}
/** Whether a part of an entry's line reads as prose (see {@link readsAsProse}), or by its share of lower-case words. */
function partReadsAsProse(part: string): boolean {
  if (part.length > MAX_ENTRY_LINE) return false;
  // Its words are read once for both questions.
  const read = proseWords(part);
  if (readsAsProse(part, read) !== undefined) return true;
  const { line, lower, capitalised } = read;
  return capitalised > 0 && ((lower >= 5 && lower > capitalised) || (lower >= 3 && ARTICLE.test(line)));
}

// A run of capitalised words and the words that join them ("The University of Montana", "Collin College Full").
const NAME_RUN =
  /\p{Lu}[\p{L}\p{N}.'’&-]*(?:[ \t]+(?:(?:of|and|for|the|de|del|la|at)[ \t]+)?\p{Lu}[\p{L}\p{N}.'’&-]*)*/gu;
// The same, for the first run only (compiled once: a `\p{…}` pattern costs more to compile than to run on a line).
const FIRST_NAME_RUN = new RegExp(NAME_RUN.source, 'u');
const SCHOOL_WORD = new RegExp(`^(?:${INSTITUTION.source})$`, 'iu');
/**
 * The school a run of capitalised words names, up to its school's word where no "of" phrase follows ("Collin College
 * Full" → "Collin College"; "The University of Montana" whole); undefined when it names none.
 */
function schoolOfRun(run: string): string | undefined {
  const words = run.split(/[ \t]+/);
  if (words.length < 2 || !(INSTITUTION.test(run) || UNIVERSITY_ACRONYM.test(run))) return undefined;
  const at = words.findIndex((word) => SCHOOL_WORD.test(word.replace(/[.,]+$/, '')));
  const end = at >= 1 && !JOINING_WORD.test(words[at + 1] ?? 'of') ? at + 1 : words.length;
  // A sentence's end before the school's word starts the name after it ("C Programming. Boise State University").
  let start = 0;
  for (let index = 0; index < Math.min(at, end); index++)
    if (/\p{L}{3}[.!?]$/u.test(words[index] ?? '')) start = index + 1;
  const school = cleanPart(words.slice(start, end).join(' '));
  return school.includes(' ') || UNIVERSITY_ACRONYM.test(school) ? school : undefined;
}
/** The first school named inside a line of prose ("… attending The University of Montana in pursuit …"), if any. */
function schoolInProse(text: string): string | undefined {
  if (text.length > MAX_ENTRY_LINE) return undefined;
  for (const match of text.matchAll(NAME_RUN)) {
    const school = schoolOfRun(match[0]);
    if (school !== undefined) return school;
  }
  return undefined;
}
/**
 * The school that is a line's last sentence or column ("Completed 45 credits in … C Programming. Boise State University":
 * the Kaggle template's description, then its school), if any.
 */
function trailingSchool(text: string): string | undefined {
  if (text.length > MAX_ENTRY_LINE) return undefined;
  let start = -1;
  for (const match of text.matchAll(SENTENCE_BREAK)) start = match.index + match[0].length;
  if (start <= 0) return undefined;
  const last = cleanPart(text.slice(start));
  const run = FIRST_NAME_RUN.exec(last)?.[0];
  return run === last ? schoolOfRun(last) : undefined;
}
// A sentence's end before a capital, or a tab; not the full stop of a word a school's name shortens ("Govt. College
// Lahore", "Univ. of South Carolina", "Natl. Institute"), nor of the honorific that opens many an Indian school's name
// after its founder ("Smt. Kashibai Navale College", "Shri. Shivaji Science College", "Sou. Venutai Chavan College").
const SENTENCE_BREAK =
  /(?<=\p{L}{3})(?<!(?<![\p{L}])(?:[Gg]ovt|[Uu]niv|[Ii]nst|[Ii]ntl|[Nn]atl|[Ee]ngg|[Dd]ept|[Cc]oll|[Mm]gmt|GOVT|UNIV|INST|[Ss]mt|SMT|[Ss]hri|SHRI|[Ss]hree|SHREE|[Ss]ri|SRI|[Ss]ou|SOU|[Kk]um|[Pp]rof))[.!?][ \t]+(?=\p{Lu})|\t/gu;
/** The school a line of prose opens with ("Collin College Full time student taking my basic courses."), if any. */
function leadingSchool(text: string): string | undefined {
  const line = cleanPart(text);
  if (line.length > MAX_ENTRY_LINE) return undefined;
  const run = /^\p{Lu}/u.test(line) ? FIRST_NAME_RUN.exec(line)?.[0] : undefined;
  return run === undefined ? undefined : schoolOfRun(run);
}

// Core's role nouns ("lead", "engineer"), not its seniority words: "Junior", "Senior" name colleges too.
const ROLE_WORDS: ReadonlySet<string> = new Set(ROLE_NOUNS);

// "amity -  Noida, Uttar Pradesh": a name, a dash, then only a place (a school or employer as job sites write it, even in
// lower case). Read with string searches: the line is at most MAX_ENTRY_LINE long.
function namesBeforePlace(text: string): boolean {
  const dash = /\s[-–—]\s[^-–—]*$/.exec(text);
  if (!dash) return false;
  const name = text.slice(0, dash.index).trim();
  const place = cleanPart(text.slice(dash.index).replace(/^\s[-–—]\s/, ''));
  if (!/\p{L}{2}/u.test(name) || /[.!?;:]$/.test(name) || !place.includes(',') || !isPlace(place)) return false;
  // Not a region ("Karnataka State -  Bidar, Karnataka") nor a job ("Tech lead -  Hyderabad, Telangana").
  if (isRegionName(name)) return false;
  return !name
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((word) => ROLE_WORDS.has(word));
}

// The degrees a line names (core's education mode), less the degree words inside a school's name (see {@link insideName}).
// A degree written again right after itself ("High School Diploma High School Diploma", a template writing it twice) is
// that degree again, not a name the first one opens.
function degreeMentions(text: string): DegreeMention[] {
  let previous: DegreeMention | undefined;
  return findDegreeMentions(text, { mode: 'education' }).filter((mention) => {
    const again =
      previous !== undefined &&
      previous.text.toLowerCase() === mention.text.toLowerCase() &&
      /^[\s,;:|/&]*$/.test(text.slice(previous.end, mention.start));
    previous = mention;
    return again || !insideName(text, mention.start, mention.end);
  });
}

// A degree word inside a name is no degree: "Sindhi High School", "Government Boys Higher Secondary School", "Board of Secondary Education".
function insideName(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  if (/\b(?:board|council)\s+of\s+(?:\p{L}+\s+)?$/iu.test(before)) return true;
  // "Escola Técnica Estadual", "Istituto Tecnico Industriale", "Escuela Técnica Superior": a school named for its level.
  if (/(?<![\p{L}])(?:escola|escuela|école|ecole|scuola|istituto|instituto|colegio|liceo)\s+$/iu.test(before))
    return true;
  const named =
    INSTITUTION.test(text.slice(start, end)) ||
    /^\s+(?:school|college|institute|academy)\b/i.test(text.slice(end, end + 20));
  if (named && credentialAfterName(text.slice(start, end), before)) return false;
  // The name's word is before it in the same column: a tab is a column gap, or a date cut out ("Parker High School -
  // City 05/2005 High School Diploma" reads "City<tab>High School Diploma").
  return named && /\p{L}[\p{L}.'’]* +$/u.test(before);
}
// "Northern High School High School Diploma", "William M Davies Career & Tech - City , State , USA High School Diploma :
// Culinary", "HUDSON COUNTY COMMUNITY COLLEGE High School Diploma": a credential's whole name ("High School Diploma", no
// school's) right after a school's name has ended (its word "School", "College", "Institute" or "Academy"; not
// "University": "University High School" is a school's name) or after the place that closes the school's part (a
// comma, then a state or a country) is the degree, not more of the name. A school's name alone ("Texas High School
// Diploma", "Lincoln High School Diploma") stays as it was: nothing tells where its name ends.
const CREDENTIAL_NAME_END = /(?<![\p{L}])(?:diploma|certificate|degree)$/iu;
const SCHOOL_NAME_ENDED = /(?<![\p{L}])(?:school|college|institute|academy)[ \t]+$/iu;
const PLACE_BEFORE = /,[ \t]*(\p{L}[\p{L}.]*)[ \t]+$/u;
function credentialAfterName(mention: string, before: string): boolean {
  if (!CREDENTIAL_NAME_END.test(mention)) return false;
  if (SCHOOL_NAME_ENDED.test(before)) return true;
  const place = PLACE_BEFORE.exec(before)?.[1];
  return place !== undefined && (/^state$/i.test(place) || isRegionOrCountry(place));
}

interface Block {
  lines: EducationLine[];
  degree?: EducationLine;
  institution?: EducationLine;
  /** A line in the degree's place that names no degree we know ("Accounting" above "Science College"). */
  degreeGuess?: EducationLine;
  /** An examining board's line where the school goes, below the degree (the school's place when the entry names none). */
  board?: EducationLine;
  dated: boolean;
}

// Two or more spaces between words are a column gap in text flattened from a table or a form ("B.Tech. Electrical
// Engineering  Manipal Institute of Technology"): they separate parts as a tab does. So does a double slash between
// spaces, a template's separator ("Master of Chiropractic - Life University // City , State // 2013").
function separateColumns(line: string): string {
  return line.replace(/(?<=\S) {2,}(?=\S)|(?<=\S) \/\/ (?=\S)/g, '\t');
}

// A table's header row ("Degree | Institute | Year | Percentage"): column names, not an entry.
const HEADER_WORD =
  /^(?:degree|course|courses|qualifications?|examination|exam|class|standard|institute|institution|university|college|school|board|year|years|passing|of|percentage|marks|cgpa|gpa|grade|result|name|the|and|specialization|stream|duration|s\.?\s?no\.?|sr\.?\s?no\.?|sl\.?\s?no\.?|[&/%|.-])$/i;
function isHeaderRow(line: string): boolean {
  const words = line
    .trim()
    .split(/[\s|,:]+/)
    .filter(Boolean);
  return (
    words.length >= 2 &&
    words.length <= 12 &&
    words.every((word) => HEADER_WORD.test(word)) &&
    words.some((word) => /^(?:degree|course|qualifications?|examination|exam|class)$/i.test(word)) &&
    words.some((word) => /^(?:institute|institution|university|college|school|board|year|passing)$/i.test(word))
  );
}

// "Computer Science Mohali, Punjab Indo Global College": flattened text glues the place between the field and the school.
// A city, a comma and a region named in full, followed by words that name a school (capitalised, or a school's name in
// lower case), are cut out as a part of their own. Not where the region begins the school's name ("Chandigarh, Punjab University", "BS, Ohio State University",
// "Science, Texas A&M"), nor where the "city" ends a field or a name ("Bachelor of Science, …", "Engineering College, …").
// The region may be written in capitals or as a code, with a country code after it ("Kopargaon, MAHARASHTRA, IN", "Miami,
// FL"), and the city may be two words core knows as one place ("New York, NY"). Lines are at most MAX_ENTRY_LINE long.
const GLUED_PLACE =
  /(?<=\S)([ \t]+)(?:(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?)[ \t]+)?(\p{Lu}\p{Ll}{2,}),[ \t]+(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,2}|\p{Lu}{2,}(?:[ \t]+\p{Lu}{2,}){0,2})(?:,[ \t]*(\p{Lu}{2}))?(?=[ \t]+\p{L})/gu;
const NAME_GOES_ON =
  /^(?:state|tech|technical|technological|a&m|agricultural|medical|christian|baptist|lutheran|wesleyan|southern|northern|eastern|western|central|international|national|open|global)\b/i;
const OWN_NAME = /^(?:university|college|institute|school|academy)\s+of\s/i;
function separateGluedPlace(line: string): string {
  if (line.length > MAX_ENTRY_LINE || !line.includes(',')) return line;
  return line.replace(
    GLUED_PLACE,
    (
      whole,
      space: string,
      lead: string | undefined,
      city: string,
      region: string,
      country: string | undefined,
      offset: number,
    ) => {
      // A word before the city is the city's only where the two name one place ("New York") or the word opens a town's
      // name ("Navi Mumbai", "Greater Noida"); else it stays before.
      // Two words before the city are the town's where the first opens a town's name ("Navi Mumbai Panvel, Maharashtra":
      // Panvel in Navi Mumbai); else only the last may be the town's, and the words not the town's stay before.
      const leads = lead === undefined ? [] : lead.split(/[ \t]+/);
      const last = leads.at(-1);
      // "B.E  Pimpri Chinchwad, MAHARASHTRA, IN": a job site's place (the region in capitals, or a country code after it)
      // that opens a column is a column of its own, so the words before the city there are the town's too.
      const column =
        space.includes('\t') && (country !== undefined || /^\p{Lu}{2,}(?:[ \t]+\p{Lu}{2,})*$/u.test(region));
      const prefixed = leads.length === 2 && (column || isTownNamePrefix(leads[0] as string));
      const twoWords =
        !prefixed && last !== undefined && (column || isPlaceName(`${last} ${city}`) || isTownNamePrefix(last));
      const ownWords = prefixed ? leads.length : twoWords ? 1 : 0;
      const before = leads.slice(0, leads.length - ownWords).join(' ');
      const kept = before ? `${space}${before}` : '';
      const town = [...leads.slice(leads.length - ownWords), city].join(' ');
      if (INSTITUTION.test(town) || /(?:^|\s)(?:of|in|and|&)$/i.test(`${line.slice(0, offset)}${kept}`.trimEnd()))
        return whole;
      const words = region.split(/[ \t]+/);
      const after = line.slice(offset + whole.length);
      // "Physics, TU Berlin": a code that opens a university's name ("TU Berlin", "TU Delft") is no region's.
      if (UNIVERSITY_ACRONYM.exec(`${region}${after}`)?.index === 0) return whole;
      // A country code follows the whole region.
      for (let take = words.length; take >= (country === undefined ? 1 : words.length); take--) {
        const place = words.slice(0, take).join(' ');
        if (!isRegionOrCountry(place)) continue;
        const name = `${words.slice(take).join(' ')}${after}`.trim();
        const rest = name.split(/\t|\s[|–—-]\s|,/)[0] ?? '';
        // "Punjab University" is one name; "Maharashtra University of Mumbai" is a region, then "University of Mumbai".
        // A first word that only ends in a school's word ("L.N.B.C.College") is the school's own name.
        const ownName = OWN_NAME.test(name);
        if (!ownName && (NAME_GOES_ON.test(name) || INSTITUTION.exec(name.split(' ')[0] ?? '')?.index === 0))
          return whole;
        // What follows names a school, or is the rest of the line ("Chennai, Tamil Nadu Sdnbvc"); in lower case
        // ("Mumbai, Maharashtra mumbai university"), only a school's name.
        const last = rest === name && rest.split(' ').length <= 6 && /^\p{Lu}/u.test(name);
        if (!INSTITUTION.test(rest) && !UNIVERSITY_ACRONYM.test(rest) && !last) return whole;
        const code = country === undefined ? '' : `, ${country}`;
        return `${kept}\t${town}, ${place}${code}\t${words.slice(take).join(' ')}`;
      }
      return whole;
    },
  );
}

// "Long Island University City , State , US", "TEMPLE UNIVERSITY City , State", "Accounting City , State": the anonymised
// place of the Kaggle resume set, written right after the school or the field with no separator, is a column of its own
// (as after "ï¼" or a dash). The spaces are taken only after a letter, so a run of them is never rescanned.
// Some of them write a real country or a state's code after the anonymised town ("Yildiz Technical University City ,
// Turkey", "Electrical Engineering City , IL"), always with a space before the comma (a real town's "Kansas City, Missouri"
// has none).
const GLUED_ANONYMISED_PLACE =
  /(?<=[\p{L}.)])(?:[ \t]+|[ \t]*,[ \t]*(?=City ?, ?State\b))(?=City ?, ?State\b|City , (?:\p{Lu}\p{Ll}|\p{Lu}{2}(?![\p{L}])))/gu;

// "Integrative Physiology City", "Sociology City Sociology", "Danville Community College City ,": the anonymised town
// written without its state (a line wrapped before it, or the template leaving it out), right after a field's or a
// school's last word, is the place column too. Not after a town's name ("Kansas City", "Fairfax City"), nor before a
// school's word ("City College", "University City High School"): those name a real place or school. The spaces are taken
// only after a letter, so a run of them is never rescanned; each match looks at most 40 characters either side.
const LONE_ANONYMISED_TOWN = /(?<=\p{L})[ \t]+City(?![\p{L}\p{N}])(?:[ \t]*,(?=[ \t]*$))?/gu;
const LOOK_AROUND = 40;
function withoutLoneAnonymisedTown(line: string): string {
  if (!line.includes('City')) return line;
  return line.replace(LONE_ANONYMISED_TOWN, (town: string, offset: number) => {
    const before = /\p{L}+$/u.exec(line.slice(Math.max(0, offset - LOOK_AROUND), offset))?.[0] ?? '';
    const after = line.slice(offset + town.length, offset + town.length + LOOK_AROUND);
    const fieldOrSchool = FIELD_END_WORD.test(before) || SCHOOL_WORD.test(before);
    const next = after.trim().split(/[ \t]+/, 3);
    const placeEnds =
      after.trim() === '' || (/^[ \t]+\p{Lu}/u.test(after) && !next.some((word) => SCHOOL_WORD.test(word)));
    return fieldOrSchool && placeEnds ? '\t' : town;
  });
}

// "Higher Secondary passed FromM.P. Board Bhopal", "Computer Science fromJSPM College": PDF text loses the space after
// "from" before a name; no word opens with "from" and a capital.
// "PilgrimHigh School", "SalemCollege", "Public Relations and JournalismSeton Hall University": the Kaggle résumé PDFs'
// text (pdf.js) glues words the layout set apart without a space character. A capitalised school's word after a
// lower-case letter, or a capitalised word after a field's last word ("Journalism", "Engineering"), is a word of its own.
const GLUED_NAME_WORD =
  /(?<=\p{Ll})(?=(?:High|College|University|School|Institute|Academy|Polytechnic)(?![\p{L}]))|(?<=(?<![\p{L}])(?:Studies|Sciences?|Engineering|Administration|Management|Technology|Arts|Education|Economics|Communications?|Marketing|Accounting|Finance|Psychology|Biology|Justice|Journalism|Nursing|English|History|Chemistry|Physics|Mathematics|Sociology|Philosophy))(?=\p{Lu}\p{Ll})/gu;
const GLUED_FROM = /(?<![\p{L}])(from|From)(?=\p{Lu})/gu;
// "Masterof Science : Information Systems", "Bachelorof Science : Public Relations": the same text glues a degree's word
// to its "of"; no word is a degree's word with "of" on its end.
const GLUED_DEGREE_OF = /(?<![\p{L}])(bachelor|master|associate|doctor)(['’]?s?)(of)(?=[ \t]+\p{L})/giu;

// A certification's validity ("Expires : Expected in 2028", "Expiration Date: 06/2025", "Valid through 2026", "Renewal
// due 2027") is neither a school nor the date of an entry: it is cut with the rest of its line. A line that was nothing
// but that goes. The search is one pass of a pattern without nested repetition.
const VALIDITY =
  /(?:^|(?<=[\s,;|(–—-]))(?:expires?|expired|expiry|expiration(?:\s+date)?|exp\.\s?date|valid\s+(?:until|through|thru|till|to)|renewal\s+(?:date|due))(?![\p{L}])/iu;
function withoutValidity(line: string): string {
  const at = line.length > MAX_ENTRY_LINE ? -1 : line.search(VALIDITY);
  return at === -1 ? line : line.slice(0, at);
}

// "11400 Robinwood Drive, Hagerstown MD 21742 Hagerstown Community College": a postal address written with a school is
// no part of its name. A house number, a street's words and kind, the town, a state's code and a ZIP code are cut (on a
// line of at most MAX_ENTRY_LINE characters; every repetition in the pattern is bounded).
const STREET_KIND = STREET_WORDS.map((word) => `${word[0]!.toUpperCase()}${word.slice(1)}|${word.toUpperCase()}`).join(
  '|',
);
const STREET_ADDRESS = new RegExp(
  String.raw`(?<![\p{L}\p{N}])\d{1,6}[ \t]+(?:\p{Lu}[\p{L}.'’-]*[ \t]+){1,4}(?:${STREET_KIND})\.?,?[ \t]+(?:\p{Lu}[\p{L}.'’-]*,?[ \t]+){1,3}\p{Lu}{2}\.?,?[ \t]+\d{5}(?:-\d{4})?(?![\p{N}])`,
  'gu',
);
function withoutStreetAddress(line: string): string {
  return line.length > MAX_ENTRY_LINE || !/\d/.test(line) ? line : line.replace(STREET_ADDRESS, '\t');
}

// The European CV's labels before a qualification, its school and its dates ("Qualifica conseguita: Laurea …", "Name and
// type of organisation providing education and training: …", "Date (da – a): …"): the value is read without its label.
const EUROPASS_LABEL =
  /^(?:dates? \(from ?[–-] ?to\)|date \(da ?[–-] ?a\)|fechas|title of qualification awarded|titolo della qualifica rilasciata|qualifica conseguita|titulaci[oó]n (?:obtenida|de la cualificación)|name and type of organi[sz]ation providing education and training|nome e tipo di istituto di istruzione o formazione|nombre y tipo del centro de estudios|nombre y tipo de la organizaci[oó]n)[ \t]*:[ \t]*/iu;
// Its lines that name neither ("Principali materie / abilità professionali oggetto dello studio: …", "EQF-Niveau 7",
// "Level in national or international classification").
const EUROPASS_DETAIL =
  /^(?:principal subjects|principali materie|principales materias|level in national|livello nella classificazione|nivel en la clasificaci[oó]n|(?:eqf|eqr|cec)[-\s]?(?:level|niveau|livello|nivel|n[ií]vel)|(?:level|niveau|livello|nivel|n[ií]vel)\s(?:eqf|eqr|cec))(?![\p{L}])/iu;

// "… Slippery Rock University / of Pennsylvania Northampton Community College": a school's name wrapped before its "of"
// phrase. The phrase goes back to the line above it, up to a place core knows ("of Pennsylvania", "of North Carolina")
// where another school's name follows, else over its capitalised words.
const WRAPPED_OF =
  /^[ \t]*(?:of|OF|Of)[ \t]+\p{Lu}[\p{L}.'’&-]*(?:[ \t]+(?:(?:and|&|the)[ \t]+)?\p{Lu}[\p{L}.'’&-]*){0,7}/u;
const ENDS_WITH_SCHOOL_WORD =
  /(?<![\p{L}])(?:universit(?:y|ies)|college|institute|school|academy|conservatory|seminary)[ \t]*$/iu;
// "… Graziadio School of / Business and Management ï¼ City , State": wrapped after its "of", the name's capitalised
// words (at most four) open the next line, before a separator or the line's end.
const ENDS_WITH_SCHOOL_OF =
  /(?<![\p{L}])(?:universit(?:y|ies)|college|institute|school|academy|conservatory|seminary)[ \t]+of[ \t]*$/iu;
const WRAPPED_NAME =
  /^[ \t]*\p{Lu}[\p{L}.'’&-]*(?:[ \t]+(?:(?:and|&|the)[ \t]+)?\p{Lu}[\p{L}.'’&-]*){0,3}(?=[ \t]*(?:$|[,;|–—\t]|ï¼|-[ \t]))/u;
// "… Jawaharlal Nehru Technological / University, Andhra Pradesh, India …", "… Our Lady of Good Counsel High / School -
// Newark, NJ …": a school's name wrapped before its school's word, which opens the next line alone before a separator.
// The word goes back to the line above where that line ends with a capitalised word and no school's word.
const WRAPPED_SCHOOL_WORD =
  /^[ \t]*(?:University|UNIVERSITY|College|COLLEGE|School|SCHOOL|Institute|INSTITUTE|Academy)(?=[ \t]*(?:$|[,;|–—]|-[ \t]|ï¼))/u;
// Nor where the line above ends with a degree ("SSC / SCHOOL, Vidya Mandir School").
const endsWithDegree = (line: string) => degreeMentions(line).at(-1)?.end === line.trimEnd().length;
const ENDS_WITH_NAME_WORD = /(?<![\p{L}.'’&-])\p{Lu}[\p{L}'’&-]+[ \t]*$/u;
function joinWrappedSchoolNames(lines: string[]): string[] {
  const joined: string[] = [];
  for (const line of lines) {
    const above = joined.at(-1);
    const word =
      above !== undefined && above.length <= MAX_ENTRY_LINE && line.length <= MAX_ENTRY_LINE
        ? WRAPPED_SCHOOL_WORD.exec(line)?.[0]
        : undefined;
    if (
      word !== undefined &&
      ENDS_WITH_NAME_WORD.test(above as string) &&
      !ENDS_WITH_SCHOOL_WORD.test(above as string) &&
      !ENDS_WITH_SCHOOL_OF.test(above as string) &&
      !endsWithDegree(above as string)
    ) {
      joined[joined.length - 1] = `${(above as string).trimEnd()} ${word.trim()}`;
      const rest = line.slice(word.length);
      if (rest.trim()) joined.push(rest.trimStart());
      continue;
    }
    const name =
      above !== undefined && above.length <= MAX_ENTRY_LINE && line.length <= MAX_ENTRY_LINE
        ? WRAPPED_NAME.exec(line)?.[0]
        : undefined;
    if (name !== undefined && !GRADE.test(name) && ENDS_WITH_SCHOOL_OF.test(above as string)) {
      joined[joined.length - 1] = `${(above as string).trimEnd()} ${name.trim()}`;
      const rest = line.slice(name.length);
      if (rest.trim()) joined.push(rest.trimStart());
      continue;
    }
    const wrapped =
      above !== undefined && above.length <= MAX_ENTRY_LINE && line.length <= MAX_ENTRY_LINE
        ? WRAPPED_OF.exec(line)?.[0]
        : undefined;
    if (wrapped === undefined || !ENDS_WITH_SCHOOL_WORD.test(above as string)) {
      joined.push(line);
      continue;
    }
    const words = wrapped.trim().split(/[ \t]+/);
    let take = words.length;
    if (words.slice(1).some((word) => SCHOOL_WORD.test(word))) {
      take = 2;
      for (let count = Math.min(4, words.length - 1); count >= 1; count--)
        if (isRegionOrCountry(words.slice(1, 1 + count).join(' '))) {
          take = 1 + count;
          break;
        }
    }
    const phrase = words.slice(0, take).join(' ');
    const rest = line.trimStart().slice(line.trimStart().indexOf(phrase) + phrase.length);
    joined[joined.length - 1] = `${(above as string).trimEnd()} ${phrase}`;
    if (rest.trim()) joined.push(rest.trimStart());
  }
  return joined;
}

/**
 * A line of an education section made ready to read (labels, a validity, a street address cut; columns and a glued place
 * set apart), or undefined for a line left out: blank (every step keeps it blank), a Europass detail, a table's header row.
 */
function cleanEducationLine(raw: string): string | undefined {
  if (!raw.trim() || EUROPASS_DETAIL.test(raw.trim())) return undefined;
  const line = separateGluedPlace(
    separateColumns(
      withoutLoneAnonymisedTown(
        withoutStreetAddress(
          withoutValidity(
            stripBullet(raw)
              .replace(EUROPASS_LABEL, '')
              .replace(GLUED_FROM, '$1 ')
              .replace(GLUED_DEGREE_OF, '$1$2 $3')
              .replace(GLUED_NAME_WORD, ' '),
          ),
        ).replace(GLUED_ANONYMISED_PLACE, '\t'),
      ),
    ),
  );
  return line.trim() && !isHeaderRow(line) ? line : undefined;
}

// "UEI College, Medical Billing and Coding City" / ", State": the Kaggle template's anonymised place wrapped after its
// town, the state alone on the next line after its comma. The comma's line goes back up to the town's, so that the place
// is cut off there as a whole (GLUED_ANONYMISED_PLACE) rather than the town staying in the school's or the field's name.
const WRAPPED_PLACE_TAIL = /^[ \t]*,[ \t]*(?:State|\p{Lu}{2})(?:[ \t]*,[ \t]*\p{Lu}[\p{L} ]{0,30})?[ \t]*$/u;
const ENDS_WITH_TOWN = /(?<=\p{L})[ \t]+City[ \t]*$/u;
function joinWrappedAnonymisedPlace(lines: string[]): string[] {
  const joined: string[] = [];
  for (const line of lines) {
    const last = joined.length - 1;
    if (last >= 0 && WRAPPED_PLACE_TAIL.test(line) && ENDS_WITH_TOWN.test(joined[last] as string))
      joined[last] = `${(joined[last] as string).trimEnd()} ${line.trim()}`;
    else joined.push(line);
  }
  return joined;
}

/**
 * Reads the entries of an education section: degree, field, institution, dates, in either order, on one line or several;
 * a form's fields ("University: Anna University | Degree: B.Tech") are read as parseResumeText reads them.
 */
export function parseEducationSection(text: string, options: EntryOptions = {}): EducationEntry[] {
  const read = new Map<string, EducationLine>();
  const readBlocks = new Map<string, EducationEntry[]>();
  // One loop rather than filter and map over the lines: V8 drops its optimised code for a map over tens of thousands of
  // lines. A line's clean-up depends on its text only: done once per distinct line.
  const cleaned = rememberLines(cleanEducationLine);
  const lines: EducationLine[] = [];
  // A form's fields are read one to a line, a school's, degree's or dates' label dropped ("University: Anna University").
  const unfolded = unfoldLabelledFields(text, 'education');
  for (const raw of joinWrappedSchoolNames(joinWrappedAnonymisedPlace(unfolded.split('\n')))) {
    const line = cleaned(raw);
    if (line !== undefined) lines.push(readLineOnce(line, options.now, read));
  }
  // A level of education alone on the first line ("Высшее", "Higher education": hh.ru's layout) is the section's level,
  // not an entry of its own: it is every entry's degree unless the entry names one.
  const level = lines[0] && SECTION_LEVEL.test(lines[0].text.trim()) ? squash(lines.shift()?.text ?? '') : undefined;
  // The layout: do dates close an entry ("Degree / School / 2016") or open one ("2012 – 2016 / Degree / School")?
  const firstDate = lines.findIndex((line) => line.dateOnly);
  const firstContent = lines.findIndex((line) => !line.dateOnly && !line.gradeOnly);
  const datesClose = firstDate !== -1 && firstContent !== -1 && firstContent < firstDate;
  const datesOpen = firstDate !== -1 && (firstContent === -1 || firstDate < firstContent);
  // And does the degree come above the school, or below it?
  let degreeAbove = 0;
  for (let index = 0; index + 1 < lines.length; index++) {
    const line = lines[index] as EducationLine;
    const next = lines[index + 1] as EducationLine;
    // Where dates close entries, dates alone between them do not part a degree from its school below ("Degree / 10/2014 –
    // 07/2016 / School"); a degree below a school's dates is the next entry's.
    const belowDates = datesClose && next.dateOnly ? lines[index + 2] : undefined;
    if (line.degree && !line.institution && belowDates?.institution && !belowDates.degree) degreeAbove++;
    if (line.degree && !line.institution && next.institution && !next.degree) degreeAbove++;
    if (line.institution && !line.degree && next.degree && !next.institution) degreeAbove--;
  }
  // A tie ("Software Product Management / Product School -  New York, NY / Bachelor of Computer Science / Anna
  // University": a course our words do not know above the first school) is broken by the first entry: a line that is
  // neither a degree nor a school, just above a school, is that school's course.
  const first = lines[firstContent];
  const second = lines[firstContent + 1];
  if (degreeAbove === 0 && first?.nameLike && !first.degree && !first.institution && !first.board)
    if (second?.institution && !second.degree) degreeAbove = 1;
  const anyDegree = lines.some((line) => line.degree);
  const blocks: Block[] = [];
  let current: Block | undefined;
  const open = () => {
    current = { lines: [], dated: false };
    blocks.push(current);
    return current;
  };
  const closed = (block: Block | undefined) => block === undefined || (datesClose && block.dated);
  for (const [index, line] of lines.entries()) {
    let block = current;
    if (line.dateOnly) {
      if (block === undefined || block.dated || (datesOpen && (block.degree || block.institution || block.degreeGuess)))
        block = open();
      block.lines.push(line);
      block.dated = true;
      continue;
    }
    if (line.gradeOnly) {
      (block ?? open()).lines.push(line);
      continue;
    }
    if (line.honour && line.institution) continue;
    const next = lines[index + 1];
    if (line.degree) {
      if (
        closed(block) ||
        block?.degree ||
        block?.degreeGuess ||
        (degreeAbove > 0 && block?.institution && !line.institution) ||
        (block?.institution && line.institution)
      )
        block = open();
      const target = block ?? open();
      target.degree = line;
      if (line.institution) target.institution = line;
      if (line.hasDate) target.dated = true;
      target.lines.push(line);
      continue;
    }
    if (line.institution) {
      // "Master of Science : IT Management , 2019 / Western Governors University": an undated school right below a
      // degree line that carried the entry's date is that degree's school, though the date closed the entry.
      const belowDatedDegree =
        block?.degree !== undefined &&
        block.lines.at(-1) === block.degree &&
        block.degree.hasDate &&
        !line.hasDate &&
        !line.degree &&
        degreeAbove >= 0 &&
        !opensWithName(block.degree.text);
      // "Master of Science / 10/2014 – 07/2016 / Athens University": a school right below the dates that closed a degree
      // without one (a Europass table read line by line) is that degree's.
      const belowDegreeDates =
        block?.degree !== undefined &&
        !block.institution &&
        block.lines.length === 2 &&
        lines[index - 2] === block.degree &&
        lines[index - 1] === block.lines[1] &&
        block.lines[1]?.dateOnly === true &&
        !block.degree.hasDate &&
        !line.hasDate &&
        !line.degree &&
        degreeAbove > 0;
      if (
        (closed(block) && !belowDatedDegree && !belowDegreeDates) ||
        block?.institution ||
        // A credential's label line that names its subject or body (see opensWithCredentialLabel) is whole: a school below
        // is another entry's ("Certificate of Completion : 1995 / Covenant Bible College" is one entry).
        (block?.degreeGuess !== undefined && opensWithCredentialLabel(block.degreeGuess.text, true)) ||
        (degreeAbove < 0 && block?.degree) ||
        (block?.degree !== undefined && opensWithName(block.degree.text))
      )
        block = open();
      const target = block ?? open();
      target.institution = line;
      if (line.hasDate) target.dated = true;
      target.lines.push(line);
      continue;
    }
    // "Certification : Food Safety and Sanitation , 2008 Johnson and Wales ï¼ City , State", "Escrow License : Title and
    // Escrow DW Moore ï¼ City , State": the Kaggle template's "Degree : Field School" for a credential that no degree of
    // core's names, from a body that no school's word names. The credential's label opens an entry (readCredentialLabel).
    if (opensWithCredentialLabel(line.text)) {
      const target =
        block && !closed(block) && !block.degree && !block.degreeGuess && !block.institution ? block : open();
      target.degreeGuess = line;
      if (line.hasDate) target.dated = true;
      target.lines.push(line);
      continue;
    }
    // A line we cannot read by its words: its place in the layout says what it is.
    // An examination board ("State Board") is neither the degree nor the school; below a degree, where the school goes,
    // it may stand in the school's place (see isNamedBoard).
    if (line.board && line.nameLike && block && !closed(block) && block.degree && !block.institution && !block.board) {
      block.board = line;
      block.lines.push(line);
      continue;
    }
    // "Специальность: Финансы и кредит", "Major: Economics": a labelled line of the entry, read with it.
    if (block && !closed(block) && line.text.length <= MAX_ENTRY_LINE && LABELLED_LINE.test(line.text)) {
      block.lines.push(line);
      continue;
    }
    // "Montana State University-Bozeman / City , State Range Science": the anonymised place right below the school's line,
    // and the field the template writes after it, are the school's entry's (fieldAfterAnonymisedPlace).
    if (
      block?.institution !== undefined &&
      block.institution === lines[index - 1] &&
      block.lines.at(-1) === block.institution &&
      ANONYMISED_PLACE_OPENING.test(line.text)
    ) {
      block.lines.push(line);
      continue;
    }
    if (!line.nameLike || line.board) continue;
    // Where the school goes is right below the degree's lines: a name after a line the entry left out (what one studied,
    // "Coursework in … and Systems Administration – / Linux": a wrapped list's last item) is no school.
    const belowEntry = block !== undefined && block.lines.at(-1) === lines[index - 1];
    if (block && !closed(block) && block.degree && !block.institution && degreeAbove >= 0 && belowEntry) {
      if (next?.institution && !next.degree && block.lines.at(-1) === block.degree) {
        // Between a degree and its school: the degree's line wrapped ("… in ELECTRONICS & COMMUNICATION / ENGINEERING").
        block.degree = { ...block.degree, text: `${block.degree.text} ${line.text}` };
        continue;
      }
      // Below a degree, where the school goes ("PG-DAC / CDAC ACTS / 2017").
      block.institution = line;
      if (line.hasDate) block.dated = true;
      block.lines.push(line);
      continue;
    }
    // Above a school, where the degree goes ("Accounting / Science College / 2010"); in a section that names no degree
    // we know, the first line when it is the only such line ("Certificate of Achievement / Microsoft Virtual Academy").
    const onlyGuess = !anyDegree && index === firstContent && next?.institution && !next.degree;
    if ((degreeAbove > 0 || onlyGuess) && next?.institution && !next.degree && !opensWithCredentialPhrase(next.text)) {
      const target =
        block && !closed(block) && !block.degree && !block.degreeGuess && !block.institution ? block : open();
      target.degreeGuess = line;
      target.lines.push(line);
    }
  }
  giveLoneDatesToNextEntry(blocks);
  const entries = withoutRepeatedEntries(
    blocks.flatMap((block) =>
      readEntriesOnce(block, options, readBlocks).flatMap((entry) => {
        if (level && !entry.degree && entry.institution) entry.degree = level;
        return entry.degree || entry.institution ? [entry] : [];
      }),
    ),
  );
  return withSchoolNamedElsewhere(entries);
}

// "Pebble Room High | 05/2013 High School Diploma / University Of Alabama At Huntsville | City , State Some College": a
// degree's line that opens with a name of two capitalised words or more, not a place, before its date and degree (the
// livecareer layout "School | Date Degree") names its school there, though no school's word tells it; the school on the
// next line is another entry's.
const NAME_BEFORE_DEGREE = /^\p{Lu}[\p{L}.'’&-]*(?:[ \t]+(?:of[ \t]+)?\p{Lu}[\p{L}.'’&-]*)+$/u;
function opensWithName(text: string): boolean {
  if (text.length > MAX_ENTRY_LINE) return false;
  const degree = degreeMentions(text)[0];
  if (degree === undefined || degree.start === 0) return false;
  const before = withoutSingleDates(text.slice(0, degree.start), ' ')
    .replace(/[\s|,:;–—-]+$/, '')
    .trim();
  return NAME_BEFORE_DEGREE.test(before) && !DATE_WORDS.test(before) && !isRegionName(before);
}

// "Bachelor of Science / Ohio State University / 2010 - 2014 / 2014 - 2016 / Master of Science / Purdue University": dates
// alone on their lines, between an entry dated on a line of its own and the next entry, which writes no dates, are the
// next entry's (the first entry's dates closed it, so they opened a block of their own, which names nothing).
function giveLoneDatesToNextEntry(blocks: Block[]): void {
  for (let index = 1; index + 1 < blocks.length; index++) {
    const lone = blocks[index] as Block;
    const next = blocks[index + 1] as Block;
    const named = (block: Block) => block.degree ?? block.institution ?? block.degreeGuess ?? block.board;
    if (!(blocks[index - 1] as Block).dated || named(lone) || !lone.lines.every((line) => line.dateOnly)) continue;
    if (next.dated || named(next) === undefined) continue;
    next.lines = [...lone.lines, ...next.lines];
    next.dated = true;
    lone.lines = [];
  }
}

// The Kaggle template writes an entry twice ("Northern Maine Community College 1994 Associate : Accounting" then "1994
// Associates : Accounting"; "Masters in Business Administration : Business Administration , 1993 Mercer University …"
// then the same words again after the place). An entry is the one before it (or the one before that: a line of the
// first may come between) where their dates are the same and each of degree, field and school is the same, missing
// from one, or written inside the other's; the two become one, with the shorter of two writings (the other carries a
// neighbour's words). Only the last two entries are compared, so the pass stays linear.
const REPEAT_WINDOW = 2;
// A value's words between single spaces, to find one writing inside another word by word.
const spaced = (value: string) => spacedWords(value);
// A degree's words without a plural's or possessive's "s" ("Associates", "Master's") nor the word "degree".
const degreeKey = (value: string) =>
  spacedWords(value.replace(/['’]s\b/g, ''))
    .replace(/(?<=\p{L}{4})s(?= )/gu, '')
    .replace(/ degree(?= )/, '');
// Written inside the other: a name of two words or more ("College" alone is inside any college's name).
const inside = (inner: string, outer: string) =>
  inner === outer || (outer.includes(inner) && inner.trim().includes(' '));
function sameOrInside(left: string | undefined, right: string | undefined, key = spaced): boolean {
  if (left === undefined || right === undefined) return true;
  const [a, b] = [key(left), key(right)];
  return a.trim() !== '' && b.trim() !== '' && (inside(a, b) || inside(b, a));
}
const sameTime = (left: Date | null | undefined, right: Date | null | undefined) =>
  left === right || (left instanceof Date && right instanceof Date && left.getTime() === right.getTime());
function isRepeat(entry: EducationEntry, earlier: EducationEntry): boolean {
  const shared =
    (entry.degree !== undefined && earlier.degree !== undefined) ||
    (entry.institution !== undefined && earlier.institution !== undefined);
  // Where only one names a degree, the other's school is written inside its school: more words there may name another
  // degree our words do not know ("Bachelorof Science : Public Relations University of Texas").
  const [named, unnamed] = entry.degree === undefined ? [earlier, entry] : [entry, earlier];
  // So does a label cut before the school ("Certificate : Lean Villanova University": see schoolAcrossColon).
  const schoolInside =
    named.degree === undefined ||
    unnamed.degree !== undefined ||
    (!LABEL_BEFORE_SCHOOL.has(unnamed) &&
      (unnamed.institution === undefined ||
        named.institution === undefined ||
        inside(spaced(unnamed.institution), spaced(named.institution))));
  const credential = CREDENTIAL_BEFORE_SCHOOL.has(entry) || CREDENTIAL_BEFORE_SCHOOL.has(earlier);
  if (credential && entry.institution !== undefined && earlier.institution !== undefined) {
    if (spaced(entry.institution) !== spaced(earlier.institution)) return false;
  }
  return (
    shared &&
    schoolInside &&
    ((sameTime(entry.start, earlier.start) && sameTime(entry.end, earlier.end)) ||
      datedOnce(entry, earlier) ||
      yearOf(entry, earlier) ||
      yearOf(earlier, entry)) &&
    (sameOrInside(entry.degree, earlier.degree, degreeKey) ||
      sameDegreeShort(entry.degree, earlier.degree) ||
      sameCredentialWord(entry.degree, earlier.degree)) &&
    sameOrInside(entry.field, earlier.field) &&
    (sameOrInside(entry.institution, earlier.institution) || schoolOnceNamed(entry, earlier))
  );
}
// "Ph.D. : Analytical Chemistry 1990 UNIVERSITY OF DELAWARE …" then, on the wrapped line, "CHEMISTRY AND BIOCHEMISTRY,
// NEWARK, DE 19711 Ph.D., Analytical Chemistry, 1990": the template's second writing of one degree, its department's
// words where the school goes. Where both name the same degree and the same field, and one of the two schools names no
// school, they are one entry, and its school is the one named.
function schoolOnceNamed(entry: EducationEntry, earlier: EducationEntry): boolean {
  if (entry.degree === undefined || earlier.degree === undefined || entry.field === undefined) return false;
  if (earlier.field === undefined || spaced(entry.field) !== spaced(earlier.field)) return false;
  if (entry.institution === undefined || earlier.institution === undefined) return false;
  return namesSchool(entry.institution) !== namesSchool(earlier.institution);
}
// "Cambridge College Certificate : Negotiation …" then "Graduate Level Certificate, Negotiation … - Cambridge College
// 1998": a credential's word alone and a longer name that ends with it are one credential written twice.
const CREDENTIAL_WORD = /^(?:certificate|certification|licen[cs]e|diploma)$/i;
function sameCredentialWord(left: string | undefined, right: string | undefined): boolean {
  if (left === undefined || right === undefined) return false;
  const [short, long] = left.length <= right.length ? [left.trim(), right.trim()] : [right.trim(), left.trim()];
  return CREDENTIAL_WORD.test(short) && long.toLowerCase().endsWith(` ${short.toLowerCase()}`);
}
// A degree's name's initials ("Bachelor of Engineering": "BE"), or an abbreviation's capitals ("B.E", "B.Tech": "BE", "BT").
const DEGREE_NAME_FILLER = /^(?:of|in|and|the|degree|&)$/i;
function degreeInitials(degree: string): string {
  const words = degree.split(/[\s.]+/).filter(Boolean);
  if (words.length === 1 || !/\p{Ll}{3}/u.test(degree)) return degree.replace(/[^\p{Lu}]/gu, '');
  return words
    .filter((word) => !DEGREE_NAME_FILLER.test(word))
    .map((word) => word[0]?.toUpperCase() ?? '')
    .join('');
}
/**
 * "Bachelor of Engineering … Punjab Technical University 2012 to 2016" then "B.E … Punjab Technical University 2012 to
 * 2016": one degree, its name and its abbreviation (the name's initials, at one level of core's), written twice. Two
 * degrees of one level with other initials ("B.A." and "B.S.", a double degree) stay two.
 */
function sameDegreeShort(left: string | undefined, right: string | undefined): boolean {
  if (left === undefined || right === undefined || left.length > MAX_NAME_PART || right.length > MAX_NAME_PART)
    return false;
  const [short, long] = left.length <= right.length ? [left, right] : [right, left];
  if (/\p{Ll}{3}/u.test(short) || !/\p{Ll}{3}/u.test(long)) return false;
  const levelOf = (degree: string) => findDegreeMentions(degree, { mode: 'education' })[0]?.level;
  const initials = degreeInitials(short);
  return initials.length >= 2 && initials === degreeInitials(long) && levelOf(short) === levelOf(long);
}
// "Bachelors of Arts : Business Administration CONCORDIA UNIVERSITY …" then "… Bachelors of Arts in Business
// Administration, January 2012 to December 2014": the template's second writing carries the dates the first left out.
// Dates on one writing only are the same dates where both name the same degree and the same field.
const undatedEntry = (entry: EducationEntry) => entry.start === undefined && entry.end === undefined;
function datedOnce(entry: EducationEntry, earlier: EducationEntry): boolean {
  return (
    undatedEntry(entry) !== undatedEntry(earlier) &&
    entry.degree !== undefined &&
    earlier.degree !== undefined &&
    entry.field !== undefined &&
    earlier.field !== undefined &&
    degreeKey(entry.degree) === degreeKey(earlier.degree) &&
    spaced(entry.field) === spaced(earlier.field)
  );
}
// "The University of Texas at San Antonio 1999 Bachelor of Arts : Criminal Justice" then "… San Antonio, 1996-1999
// Bachelor of Arts in Criminal Justice", "LINCOLN TECHNICAL SCHOOL 2007 …" then "… Graduated in June 2007": the template's
// first writing gives the year alone, the second the month or the years. A year alone (read as its January, no start)
// and a date in that year, or a range that ends in it, are the same dates; the second is the more precise.
function yearOf(yearAlone: EducationEntry, precise: EducationEntry): boolean {
  return (
    yearAlone.start === undefined &&
    yearAlone.end instanceof Date &&
    yearAlone.end.getUTCMonth() === 0 &&
    precise.end instanceof Date &&
    (precise.start !== undefined || precise.end.getUTCMonth() !== 0) &&
    precise.end.getUTCFullYear() === yearAlone.end.getUTCFullYear()
  );
}
const shorter = (left: string | undefined, right: string | undefined) =>
  left === undefined ? right : right === undefined || left.length <= right.length ? left : right;
function withoutRepeatedEntries(entries: EducationEntry[]): EducationEntry[] {
  const kept: EducationEntry[] = [];
  for (const entry of entries) {
    const earlier = kept.slice(-REPEAT_WINDOW).find((candidate) => isRepeat(entry, candidate));
    if (earlier === undefined) {
      kept.push(entry);
      continue;
    }
    if (undatedEntry(entry) !== undatedEntry(earlier)) {
      // Written twice, dated once: the first writing's words (the template's cleaner one), the dates and what it lacks
      // from the second.
      for (const key of ['degree', 'field', 'institution', 'start', 'end'] as const)
        if (earlier[key] === undefined && entry[key] !== undefined) Object.assign(earlier, { [key]: entry[key] });
      if (schoolOnceNamed(entry, earlier) && namesSchool(entry.institution as string))
        earlier.institution = entry.institution;
      continue;
    }
    const named = schoolOnceNamed(entry, earlier) && entry.institution !== undefined && namesSchool(entry.institution);
    for (const key of ['degree', 'field', 'institution'] as const) {
      const value = key === 'institution' && named ? entry.institution : shorter(earlier[key], entry[key]);
      if (value !== undefined) earlier[key] = value;
    }
    // The month or the years over the year alone.
    if (yearOf(earlier, entry)) Object.assign(earlier, { start: entry.start, end: entry.end });
  }
  return kept;
}

// Two degrees joined on one line ("B.Tech and M.Tech (Dual Degree) in Computer Science, IIT Bombay", "B.Sc Nursing/Master
// of Business Administration", "BCA from XYZ University & MCA from ABC University") are two entries. The joining words:
const DEGREE_JOINER = /(?:[&+/]|(?:^|[\s).])and)\s*$/i;
// "(Hons)", "(Honours)" after a degree: part of the degree's name.
const HONOURS = /^\s*\((?:hons?|honou?rs)\.?\)/i;
// A dual or integrated programme's note names no field ("M.Tech (Dual Degree) in Computer Science").
const DUAL_NOTE =
  /\s*\((?:dual|integrated|joint|combined|double)(?:\s+degrees?)?(?:\s+(?:programme|program|course))?\)/gi;
// Past this many degrees, or on a line longer than an entry's, a line is no list of one person's degrees: read it as one.
const MAX_JOINED_DEGREES = 6;
// The integrated law degree ("B.A. LL.B.", "BBA & LLB", "B.Com/LL.B."): one programme and one award, so one entry.
const LAW_DEGREE = /^LL\.?\s?B\.?$/i;

/**
 * Whether two degrees' words, joined with nothing else between, name one degree: the integrated law degree ("B.A. &
 * LL.B.") or a job site's label for one qualification written two ways ("MBA/PGDM", "B.Tech/B.E.": a slash between two
 * degrees of one level). Two levels joined ("BS/MS", "BCA & MCA") are two degrees.
 */
/**
 * Whether `abbreviation` is `degree`'s own short name in parentheses right after it ("Diplom-Ingenieur (Dipl.-Ing.)",
 * "Bachelor of Science (B.Sc.)", "Master of Business Administration (MBA)"): the same degree written again, not another.
 */
function isOwnAbbreviation(
  text: string,
  degree: DegreeMention,
  abbreviation: DegreeMention,
  end = degree.end,
): boolean {
  return (
    degree.level === abbreviation.level &&
    /^\s*\($/.test(text.slice(end, abbreviation.start)) &&
    /^\s*\)/.test(text.slice(abbreviation.end, abbreviation.end + 8))
  );
}

// Capitals in parentheses, perhaps dotted: "(BIT)", "(B.I.T.)", "(BInfTech)".
const PARENTHESISED_CAPITALS = /^[ \t]*\((\p{Lu}[\p{L}.]{1,11})\)/u;
/**
 * The length of the parentheses after a spelt-out degree that hold its name's initials ("Bachelor of Information
 * Technology (BIT)", "Bachelor of Information Systems (B.I.S.)"), which core's list need not know as a degree: the
 * degree's own short name, not its field. 0 where none follows.
 */
function initialsInParentheses(degree: string, after: string): number {
  const paren = PARENTHESISED_CAPITALS.exec(after);
  if (!paren || !/\p{Ll}{3}/u.test(degree)) return 0;
  const initials = degreeInitials(degree);
  return initials.length >= 2 && (paren[1] as string).replace(/\./g, '') === initials ? paren[0].length : 0;
}

// How far past a degree's mention its spelt-out name may run before its initials in parentheses.
const MAX_NAME_BEFORE_INITIALS = 80;
/**
 * `text` with the initials in parentheses after each spelt-out degree's name blanked, where they are that name's own
 * ("Master of Information Technology (MIT)", see {@link initialsInParentheses}): they name the degree, not a school.
 */
function withoutOwnInitials(text: string, mentions: readonly DegreeMention[]): string {
  let result = text;
  for (const mention of mentions) {
    const open = text.indexOf('(', mention.end);
    if (open === -1 || open - mention.end > MAX_NAME_BEFORE_INITIALS) continue;
    const name = text.slice(mention.start, open).trimEnd();
    if (/[,;:|\t]/.test(name)) continue;
    const length = initialsInParentheses(name, text.slice(mention.start + name.length));
    if (length > 0) {
      const end = mention.start + name.length + length;
      result = `${result.slice(0, open)}${' '.repeat(end - open)}${result.slice(end)}`;
    }
  }
  return result;
}

/** Where `degree`'s name ends on `text`, past its own short name in parentheses if one follows ("Bachelor of Science (B.Sc.)"). */
function nameEnd(mentions: readonly DegreeMention[], text: string, degree: DegreeMention): number {
  const next = mentions[mentions.indexOf(degree) + 1];
  if (next === undefined || !isOwnAbbreviation(text, degree, next)) return degree.end;
  return next.end + (/^\s*\)/.exec(text.slice(next.end))?.[0].length ?? 0);
}

function joinedAsOne(text: string, left: DegreeMention, right: DegreeMention): boolean {
  const between = text.slice(left.end, right.start);
  if (LAW_DEGREE.test(right.text) && left.level === 'bachelor' && /^\s*(?:[&/+]|and)?\s*$/i.test(between)) return true;
  return left.level === right.level && /^\s*\/\s*$/.test(between);
}

/**
 * The entries of a block whose degree line joins two or more degrees ("BS & MS", "B.Sc Nursing/Master of Business
 * Administration"); undefined when it names one. Each degree is read with the words written for it, from its name to the
 * next degree joined to it; a degree written bare before another ("B.Tech and M.Tech … in Computer Science, IIT Bombay")
 * shares the next one's field, and a degree without a school shares the next one's: the same programme at the same school.
 * The block's other lines (its school, its dates) are every entry's.
 */
function readJoinedDegrees(block: Block, options: EntryOptions): EducationEntry[] | undefined {
  const line = block.degree?.text;
  if (line === undefined || line.length > MAX_ENTRY_LINE) return undefined;
  const all = degreeMentions(line);
  const mentions = all.filter(
    (mention, index) =>
      !GENERIC_DEGREE.test(mention.text) && !(index > 0 && isOwnAbbreviation(line, all[index - 1]!, mention)),
  );
  // Not with a school-leaving level: "HSC Secondary & Higher Secondary" is a form's column of levels, not a second entry.
  if (mentions.some((mention) => mention.level === 'high-school')) return undefined;
  if (mentions.length < 2 || mentions.length > MAX_JOINED_DEGREES) return undefined;
  // A degree starts a segment where it is joined to the one before or after it (not a degree written again later on a
  // template's line, nor the first of a pair that names one degree).
  const joined = mentions.map((mention, index) => {
    const previous = mentions[index - 1];
    if (previous === undefined) return false;
    const between = line.slice(previous.end, mention.start);
    // "A.S : Nursing Columbus Technical College BSN. South University": a degree of another level after a school's name
    // opens the next entry of a flattened list (the same level there is the template writing the degree again).
    if (previous.level !== mention.level && namesSchool(between)) return true;
    return DEGREE_JOINER.test(between) && !joinedAsOne(line, previous, mention);
  });
  if (!joined.includes(true)) return undefined;
  const starts = mentions.filter((_, index) => index === 0 || joined[index] || joined[index + 1]);
  const segments = starts.map((mention, index) => {
    const next = starts[index + 1];
    // A degree listed after a comma ("MS (Mech. Engineering), MBA (Marketing)") ends this one's words too.
    const listed = mentions.find(
      (later) => later.start > mention.start && /[,;]\s*$/.test(line.slice(mention.end, later.start)),
    );
    const end = Math.min(next?.start ?? line.length, listed?.start ?? line.length);
    // A full stop closing the degree's abbreviation ("BSN. South University") is no mark of the school's name.
    const own =
      index === 0
        ? line.slice(0, end)
        : `${line.slice(mention.start, mention.end)}${line.slice(mention.end, end).replace(/^\.(?=\s)/, '')}`;
    // Its words, less the joiner before the next degree.
    const text = (next === undefined ? own : own.replace(DEGREE_JOINER, ' ')).replace(DUAL_NOTE, '');
    // Bare: nothing but the joiner between the two, past the degree's own short name or honours in parentheses ("Master
    // of Science (M.Sc.) & Doctor of Philosophy (Ph.D.) in Physics", "B.Sc. (Hons) and M.Sc. in Physics"), or past the
    // parenthesis closing around a short name read as the degree ("Bachelor of Science (B.Sc.) & Master of Science …").
    const between = next === undefined ? '' : line.slice(nameEnd(all, line, mention), next.start);
    const closing = /\(\s*$/.test(line.slice(Math.max(0, mention.start - 4), mention.start)) ? /^\s*\)/ : /^$/;
    const bare =
      next !== undefined && between.replace(DEGREE_JOINER, '').replace(HONOURS, '').replace(closing, '').trim() === '';
    return { text, bare };
  });
  // "Marketing BS & MS": a field written before the degrees it is joined to is theirs (not a school's name).
  const lead = cleanPart(line.slice(0, starts[0]!.start));
  const leadField = /^\s*$/.test(line.slice(0, starts[0]!.start).replace(lead, '')) && isLeadingField(lead);
  if (leadField) segments[0]!.text = segments[0]!.text.slice(starts[0]!.start);
  const entries = segments.map(({ text }) => {
    const degree = { ...(block.degree as EducationLine), text };
    const institution = block.institution === block.degree ? degree : block.institution;
    return readBlock({ ...block, degree, ...(institution ? { institution } : {}) }, options);
  });
  for (let index = entries.length - 2; index >= 0; index--) {
    const entry = entries[index] as EducationEntry;
    const next = entries[index + 1] as EducationEntry;
    if (segments[index]?.bare && !entry.field && next.field) entry.field = next.field;
    if (!entry.institution && next.institution) entry.institution = next.institution;
  }
  if (leadField) for (const entry of entries) entry.field ??= lead;
  return entries;
}

// A field's name written before a degree: capitalised words of a field, not a school, a place, a board, a grade or a date.
function isLeadingField(text: string): boolean {
  return (
    /^\p{Lu}[^\p{N}]*$/u.test(text) &&
    text.split(' ').length <= 6 &&
    isFieldName(text) &&
    !UNIVERSITY_ACRONYM.test(text) &&
    !BOARD.test(text) &&
    !GRADE.test(text) &&
    !DATE_WORDS.test(text) &&
    !looksLikePlace(text) &&
    !isRegionName(text) &&
    !NOT_AN_INSTITUTION.test(text)
  );
}

// A block written again (the same lines in the same roles) is read once, each getting copies of the entries. What the
// entries are read from: the lines' text, and the text of the degree, the school and the guessed degree (a degree's line
// may be the join of two wrapped lines), the school being the degree's line or not.
const blockKey = (block: Block) =>
  JSON.stringify([
    block.lines.map((line) => line.text),
    block.degree?.text,
    block.institution?.text,
    block.institution !== undefined && block.institution === block.degree,
    block.degreeGuess?.text,
    block.board?.text,
  ]);
const copyEntry = (entry: EducationEntry): EducationEntry => {
  const copy = {
    ...entry,
    ...(entry.start ? { start: new Date(entry.start.getTime()) } : {}),
    ...(entry.end ? { end: new Date(entry.end.getTime()) } : {}),
  };
  if (LABEL_BEFORE_SCHOOL.has(entry)) LABEL_BEFORE_SCHOOL.add(copy);
  if (CREDENTIAL_BEFORE_SCHOOL.has(entry)) CREDENTIAL_BEFORE_SCHOOL.add(copy);
  return copy;
};
function readEntriesOnce(block: Block, options: EntryOptions, read: Map<string, EducationEntry[]>): EducationEntry[] {
  const key = blockKey(block);
  let entries = read.get(key);
  if (entries === undefined)
    read.set(key, (entries = readJoinedDegrees(block, options) ?? [readBlock(block, options)]));
  return entries.map(copyEntry);
}

// "B.S : Biology , 2002 Rutgers ï¼ City , State", "Bachelor of Science : Physics Honours , 2002 OUAT - State , India",
// "High School Diploma : Required and Business 1977 Suncoast City , State": the Kaggle template's "Degree : Field , Date
// School - City , State" with a school named in one word that no school's word tells. On the degree's line, one
// capitalised word (or an acronym) between the year and the place's separator (a dash, "ï¼", or the anonymised
// "City , State") is the school; not a field's or a subject's word ("2010 Accounting ï¼ City"), a region, a month, a
// degree or a school's word alone.
const ONE_WORD_AFTER_YEAR =
  /(?<![\p{L}\p{N}])(?:19|20)\d{2}[ \t]+(\p{Lu}[\p{L}&'’.-]{2,30})[ \t]*(?:ï¼|[–—-][ \t]|City[ \t]*,|State[ \t]*,)/u;
function oneWordSchoolAfterDate(block: Block): string | undefined {
  const line = block.degree?.text;
  if (line === undefined || line.length > MAX_ENTRY_LINE) return undefined;
  const word = ONE_WORD_AFTER_YEAR.exec(line)?.[1]?.replace(/[.,]+$/, '');
  if (word === undefined || FIELD_END_WORD.test(word) || SCHOOL_WORD.test(word) || DATE_WORDS.test(word))
    return undefined;
  if (/^(?:City|State|GPA)$/i.test(word) || monthFromName(word) !== undefined || isRegionName(word)) return undefined;
  if (degreeMentions(word).length > 0 || getDefaultSkillTaxonomy().lookup(word) !== undefined) return undefined;
  return word;
}

// "High School Diploma : College Preparatory 1999 Holly Hill Roberts High School", "High School Diploma , College Prep.
// studies 1998 Sainte Genevieve Senior High": a high school's college-preparatory course, where the field goes, is no
// school ("Northside College Preparatory High School", a school's word after it, is one).
const COLLEGE_PREP_COURSE = /^college\s+prep(?:aratory|\.)?(?![\s\S]*\b(?:school|academy|institute)\b)/i;
// "College Prep, Lincoln High School, Omaha, NE": the course before a comma on the school's own line (whose commas are kept
// for a school's name) is a part of its own; left in, the place after the school took the school in ("Lincoln High
// School, Omaha, NE") and the course was all that was left.
const LEADING_COLLEGE_PREP = /^(college\s+prep(?:aratory|\.)?)\s*,\s*(?=\S)/i;
/** The part, or a college-preparatory course before a comma and the rest of the part after it. */
function withCollegePrepApart(part: string): string[] {
  const course = LEADING_COLLEGE_PREP.exec(part);
  return course?.[1] === undefined ? [part] : [course[1], part.slice(course[0].length)];
}
// A school's unit: a college, faculty, institute, school or department, which a university may hold.
const SCHOOL_UNIT =
  /(?<![\p{L}])(?:colleg(?:e|io)|faculty|facult[ée]|facultad|institut(?:e|o)?|school|department|centre|center|academy|polytechnic)(?![\p{L}])/iu;
const UNIVERSITY_WORD = /(?<![\p{L}])(?:universit(?:y|ät|é|à|ad|ade|eit)|universidad)(?![\p{L}])/iu;
// "University Road", "University Park, PA", "University Campus": a street or a town named after a university, the
// college's address, no university.
const UNIVERSITY_AS_PLACE = new RegExp(
  String.raw`(?<![\p{L}])university[ \t]+(?:${STREET_WORDS.join('|')}|park|city|heights|place|campus|marg)\.?(?![\p{L}])`,
  'iu',
);
/**
 * "St. Xavier's College, University of Mumbai", "Faculty of Engineering, Cairo University" on a degree's line that commas
 * part: the unit's part and, right after its comma, the university's part are one school's name ("College, Mumbai" is
 * the school and its town). Undefined unless the unit names no university and the part after it names one.
 */
function universityAfterUnit(
  named: string | undefined,
  candidates: readonly string[],
  line: string | undefined,
  field: string | undefined,
): string | undefined {
  if (named === undefined || line === undefined || line.length > MAX_ENTRY_LINE) return undefined;
  if (!SCHOOL_UNIT.test(named) || UNIVERSITY_WORD.test(named)) return undefined;
  const after = candidates[candidates.indexOf(named) + 1];
  if (after === undefined || after.length > MAX_NAME_PART || !UNIVERSITY_WORD.test(after)) return undefined;
  if (UNIVERSITY_AS_PLACE.test(after)) return undefined;
  // "University of Minnesota Carlson School of Management": a unit again, the template writing the school twice.
  if (SCHOOL_UNIT.test(after)) return undefined;
  const joined = `${named}, ${after}`;
  if (
    !squash(line)
      .replace(/(?<!\s)\s*,\s*/g, ', ')
      .includes(joined)
  )
    return undefined;
  return field === undefined ? joined : withoutFieldOpening(joined, field);
}
/**
 * "…, Mississippi University for Women Business" where the field "Business Administration" is written again after the
 * school and wraps: the field's first words at the end of the school's name go, the school's word left before them.
 */
function withoutFieldOpening(school: string, field: string): string {
  const schoolWords = school.split(' ');
  const fieldWords = field.split(/\s+/);
  for (let count = Math.min(fieldWords.length - 1, 3); count >= 1; count--) {
    const tail = schoolWords.slice(-count).join(' ').toLowerCase();
    const kept = schoolWords.slice(0, -count).join(' ');
    if (
      tail === fieldWords.slice(0, count).join(' ').toLowerCase() &&
      UNIVERSITY_WORD.test(kept.slice(kept.lastIndexOf(',')))
    )
      return kept;
  }
  return school;
}
function readBlock(block: Block, options: EntryOptions): EducationEntry {
  const entry: EducationEntry = {};
  const blockText = block.lines.map((line) => line.text).join('\n');
  const range: DateRange | undefined = findDateRanges(blockText, { now: options.now })[0];
  // Dates become tabs, which separate parts as they did (squashing would glue "Data Science\tUniversity" together).
  const undated = (line: string) =>
    withoutSingleDates(range ? line.replace(range.text, '\t') : line, '\t').replace(ONGOING_BEFORE_NAME, '\t');
  let rest: string[] = [];
  if (block.degree) {
    const line = undated(block.degree.text);
    const read = readDegreeLine(line);
    if (read.degree) entry.degree = read.degree;
    if (read.field) entry.field = read.field;
    const slot = read.degree && read.field ? degreeSlotAcrossField(line, read.degree, read.field) : undefined;
    if (slot) {
      entry.degree = slot.degree;
      entry.field = slot.field;
    }
    // Loops, not push(...parts): a line of ~120,000 or more parts overflows the stack as a call's arguments.
    for (const part of read.rest) rest.push(part);
  } else if (block.degreeGuess) {
    const guess = cleanPart(splitLocation(cutGrade(undated(block.degreeGuess.text))).name);
    // A credential's label before a colon is the degree, its subject the field (readCredentialLabel), not the whole line.
    const labelled = CREDENTIAL_LABEL.test(undated(block.degreeGuess.text).trimStart());
    if (guess && !labelled && !NOT_A_DEGREE.test(guess) && !isLanguageList(guess)) entry.degree = guess;
  }
  // A line of its own for the school keeps its commas ("S.N.G College, Bharathiar University"); only places are cut.
  if (block.institution && block.institution !== block.degree) {
    const parts = splitNameParts(undated(block.institution.text))
      .flatMap((part) => part.split(FULLWIDTH_COMMA))
      .flatMap(withCollegePrepApart);
    rest = [
      ...parts.filter((part) => !isPartPlace(part)).map((part) => splitLocation(withoutTownInCountry(part)).name),
      ...rest,
    ];
  }
  // What a part gives depends on its text alone: a line that writes the same part again (13,000 column gaps of "x") reads
  // it once. A loop, not map and filter: V8 drops its optimised code for a map over tens of thousands of parts.
  const candidateOf = new Map<string, string | undefined>();
  const candidates: string[] = [];
  for (const part of rest) {
    let candidate: string | undefined;
    if (candidateOf.has(part)) candidate = candidateOf.get(part);
    else candidateOf.set(part, (candidate = candidateOfPart(part)));
    if (candidate !== undefined) candidates.push(candidate);
  }
  const namesOne = (part: string) =>
    !COLLEGE_PREP_COURSE.test(part) && (INSTITUTION.test(part) || UNIVERSITY_ACRONYM.test(part));
  // A school's word alone ("HIGHER SECONDARY SCHOOL, B.I.S.S School" leaves "SCHOOL") gives way to a school's name.
  const named =
    candidates.find((part) => namesOne(part) && !SCHOOL_WORD.test(part)) ?? candidates.find((part) => namesOne(part));
  // Without a school's word, a part that names an honour, a course or a credential is none ("Dean's List").
  const unnamed = candidates.filter(
    (part) => !NOT_AN_INSTITUTION.test(part) && !SCHOOLING_LEVEL.test(part) && !COLLEGE_PREP_COURSE.test(part),
  );
  const institution =
    universityAfterUnit(named, candidates, block.degree?.text, entry.field) ??
    named ??
    (block.institution && block.institution !== block.degree ? unnamed[0] : undefined) ??
    unnamed.find((part) => /^\p{Lu}/u.test(part) && part.split(' ').length >= 2) ??
    awardingBoard(block, rest, undated) ??
    oneWordSchoolAfterDate(block);
  if (institution) {
    const across = schoolAcrossColon(institution);
    if (across.labelled && !entry.degree) LABEL_BEFORE_SCHOOL.add(entry);
    // "Business Administration : Accounting Pace University": the template's degree slot holds what the person studied
    // in words our degrees do not know; written there (not the template's "Select One"), it is the entry's degree, and
    // the subject glued before the school its field.
    if (across.label !== undefined && !entry.degree && isWrittenDegreeSlot(across.label)) {
      entry.degree = across.label;
      if (across.field !== undefined) entry.field ??= across.field;
    }
    const school = withoutTrailingDegree(withoutCredential(withoutLeadingDegree(across.school)));
    entry.institution = splitLocation(school).name || school;
    if (entry.field) entry.institution = withoutTrailingField(entry.institution, entry.field);
    // "Associate : Applied Science - Business Management and administration Kingsborough Community College": a field
    // glued before the school on the degree's line (the Kaggle template's "Degree : Field School"). Only at the end of a
    // field's name (a school's "… University of …" is its own name here), not an honour's words, and not on a school's
    // line of its own, whose name may hold a field's word ("… Education Society's Institute of Technology").
    const onDegreeLine = block.degree !== undefined && (!block.institution || block.institution === block.degree);
    // "Social Work University of North Dakota – City , State", "Fire Science BAKERSFIELD COLLEGE": the same template with
    // its degree left blank; the line opens with the field, glued to the school (read under fieldOpensSchoolLine's
    // stricter terms: that line is also a school's line of its own).
    const fieldOpensLine =
      !block.degree &&
      !block.degreeGuess &&
      block.institution !== undefined &&
      block.institution.text.length <= MAX_ENTRY_LINE &&
      squash(block.institution.text).startsWith(entry.institution);
    const glued =
      (onDegreeLine || fieldOpensLine) && entry.institution.length <= MAX_NAME_PART
        ? fieldBeforeSchool(entry.institution, false)
        : undefined;
    if (
      glued !== undefined &&
      !(fieldOpensLine && !fieldOpensSchoolLine(glued)) &&
      INSTITUTION.test(withoutDegrees(glued.school)) &&
      !NOT_AN_INSTITUTION.test(glued.school) &&
      !NOT_AN_INSTITUTION.test(glued.field) &&
      !/\b(?:awards?|awarded|prizes?)\b/i.test(glued.field)
    ) {
      entry.institution = glued.school;
      // Not the end of a degree's name cut at its joining word ("Associate of Arts and Science Wenatchee …").
      // Nor a school-leaving level's (its field is its stream, read with the degree).
      const leaving =
        entry.degree !== undefined &&
        findDegreeMentions(entry.degree, { mode: 'education' })[0]?.level === 'high-school';
      if (!leaving && !JOINING_WORD.test(glued.field.split(' ')[0] ?? '')) entry.field ??= cleanPart(glued.field);
    }
    entry.institution = withoutParenthesisedTown(
      withoutTrailingLabel(withoutTrailingPlace(withoutLowerCaseLead(withoutHonourSociety(entry.institution)))),
    );
    const qualification = qualificationAfterSchool(entry.institution);
    if (qualification) {
      entry.institution = qualification.school;
      entry.degree ??= qualification.qualification;
    }
    // "Bachelor of Science : Business Administration Finance , May 2010 Business Administration Finance": the template
    // writes the field again where the school goes; the field written again names no school.
    if (entry.field && normalizeValue(entry.institution) === normalizeValue(entry.field) && !namesSchool(entry.field))
      delete entry.institution;
    // "General Studies November 2012 Cedar Valley Community College General Studies", "Accounting 1983 Long Island
    // University ï¼ City , State , USA Accounting": the template with its degree left blank writes the field before the
    // date and again at the line's end.
    const repeated = entry.degree === undefined && entry.field === undefined ? fieldAroundDate(block) : undefined;
    if (repeated !== undefined && entry.institution !== undefined) {
      entry.field = repeated;
      entry.institution = withoutTrailingField(entry.institution, repeated);
    }
  }
  if (entry.field === undefined && block.institution !== undefined) {
    const field = fieldAfterAnonymisedPlace(block);
    const leaving =
      entry.degree !== undefined && findDegreeMentions(entry.degree, { mode: 'education' })[0]?.level === 'high-school';
    // A school-leaving entry's field is its stream only (as on the degree's line).
    if (field !== undefined && (!leaving || STREAM.test(field))) entry.field = field;
  }
  if (entry.field === undefined && entry.institution !== undefined) {
    const field = fieldBetweenSchoolAndPlace(block, entry.institution);
    const leaving =
      entry.degree !== undefined && findDegreeMentions(entry.degree, { mode: 'education' })[0]?.level === 'high-school';
    if (field !== undefined && (!leaving || STREAM.test(field))) entry.field = field;
  }
  if (entry.degree !== undefined) readCertificateInDegreeSlot(block, entry, undated);
  if (entry.degree === undefined) readCredentialLabel(block, entry, undated);
  if (entry.degree === undefined) readCredentialPhrase(block, entry, undated);
  readLabelledFieldAndQualification(block, entry);
  if (range) {
    entry.start = range.start;
    if (range.end) entry.end = range.end;
  } else {
    const single = [...blockText.matchAll(SINGLE_DATE)].at(-1);
    const date = single ? singleDate(single[0], blockText, single.index) : undefined;
    if (date) entry.end = date;
    else if (
      block.lines.some(
        (line) =>
          (line.dateOnly && ONGOING_ALONE.test(line.text)) ||
          (line.text.length <= MAX_ENTRY_LINE && line.text.search(ONGOING_BEFORE_NAME) !== -1),
      )
    )
      entry.end = null;
  }
  if (entry.field !== undefined) entry.field = withoutBranchWord(withoutLoneMonths(entry.field, false));
  if (entry.institution !== undefined) {
    const undated = range === undefined && entry.end === undefined;
    entry.institution = withoutLeadingPlace(onceWritten(withoutLoneMonths(entry.institution, true, undated)));
    // "description - ACADEMIA / • Matric": a heading's word left where the school goes names none.
    if (isLoneSchoolWord(entry.institution)) delete entry.institution;
  }
  return entry;
}

// "Montana State University-Bozeman / City , State Range Science / Bachelor of Science", "Colorado Institute of Art / City ,
// State , USA Advertising Design / Associate of Arts": the Kaggle template, with the school on a line of its own, writes
// the field after the anonymised place on the line below it (sometimes twice: "Mathematics Computer Science Mathematics
// Computer Science"), and a country may come between.
const ANONYMISED_PLACE_OPENING = /^[ \t]*(?:ï¼[ \t]*)?City[ \t]*,[ \t]*State([ \t]*,)?[ \t]+(?=\p{Lu})/u;
const MAX_COUNTRY_WORDS = 3;
/** The field written after the anonymised place on a line of the block of its own, or undefined where none is. */
function fieldAfterAnonymisedPlace(block: Block): string | undefined {
  for (const line of block.lines) {
    if (line.degree || line.institution || line.text.length > MAX_ENTRY_LINE) continue;
    const opening = ANONYMISED_PLACE_OPENING.exec(line.text);
    if (opening === null) continue;
    let rest = line.text.slice(opening[0].length).trim();
    // After a comma, the country comes first; where no country we know opens the rest, where it ends is unknown.
    if (opening[1] !== undefined) {
      const words = rest.split(/[ \t]+/);
      let count = Math.min(MAX_COUNTRY_WORDS, words.length - 1);
      while (count >= 1 && !isRegionName(words.slice(0, count).join(' '))) count--;
      if (count === 0) continue;
      rest = words.slice(count).join(' ');
    }
    const doubled = doubledLead(rest);
    const field = cleanPart(doubled !== undefined && doubled.end === rest.length ? doubled.lead : rest);
    if (field && readsAsFieldBesidePlace(field)) return field;
  }
  return undefined;
}

/**
 * Whether words read beside the Kaggle template's anonymised place are a field of study: written as one, and no date,
 * region, school, grade or degree.
 */
function readsAsFieldBesidePlace(field: string): boolean {
  return (
    writtenAsFieldName(field) &&
    !DATE_WORDS.test(field) &&
    !isRegionName(field) &&
    !INSTITUTION.test(field) &&
    !UNIVERSITY_ACRONYM.test(field) &&
    !NOT_AN_INSTITUTION.test(field) &&
    !GRADE.test(field) &&
    degreeMentions(field).length === 0
  );
}

// "2007 Bachelor of Science : Metropolitan State University of Denver - Microbiology and Molecular Biology City , State",
// "Select One : Yuba Community College - Business Management City , State": the Kaggle template with the school in the
// field's slot after the colon writes the field after the school and a dash, right before the anonymised place (which
// may wrap: "… Performance Improvement City ," / "State GPA: …").
const ANONYMISED_PLACE_AFTER_FIELD = /[ \t]+City[ \t]*,[ \t]*(?:State(?![\p{L}])|$)/u;
// What a school's name is followed by after a dash besides a field: its campus or a programme of it ("University of
// Phoenix - Online", "Penn State - Main Campus", "Miami Dade College - Honors Program", "- Extension School").
const CAMPUS_OR_PROGRAMME = /\b(?:online|campus|honou?rs|extension|distance|evening|weekend|satellite)\b/i;
const DASH_BETWEEN = /[ \t](?:[–—-]|â€”|â€“)[ \t]/;
/** The field between the school read and the anonymised place on the block's line "… : School - Field City , State". */
function fieldBetweenSchoolAndPlace(block: Block, school: string): string | undefined {
  for (const line of [block.degree, block.institution]) {
    if (line === undefined || line.text.length > MAX_ENTRY_LINE) continue;
    const colon = line.text.indexOf(':');
    if (colon === -1) continue;
    const afterColon = line.text.slice(colon + 1);
    const place = ANONYMISED_PLACE_AFTER_FIELD.exec(afterColon);
    if (place === null) continue;
    const between = afterColon.slice(0, place.index);
    const dash = DASH_BETWEEN.exec(between);
    if (dash === null) continue;
    // The words before the dash are the school's name as read, and nothing else.
    if (cleanPart(between.slice(0, dash.index)) !== school) continue;
    const field = cleanPart(between.slice(dash.index + dash[0].length));
    if (field && !DASH_BETWEEN.test(` ${field} `) && !CAMPUS_OR_PROGRAMME.test(field) && readsAsFieldBesidePlace(field))
      return field;
  }
  return undefined;
}

// "Bachelor of Technology Information Technology branch", "B.E. Mechanical stream": the word for a degree's subject
// after the field is no word of its name.
const TRAILING_BRANCH_WORD = /(?<=\p{L})[ \t]+(?:branch|stream)$/iu;
/** A field without a closing "branch" or "stream" ("Information Technology branch" → "Information Technology"). */
function withoutBranchWord(field: string): string {
  return field.replace(TRAILING_BRANCH_WORD, '');
}

// "Bachelor of Science : Petroleum Engineering , Jul Texas A&M University", "CALIFORNIA STATE UNIVERSITY May B.S :
// Chemistry", "Master of Science : Mech. Eng. & Applied Mechanics Jun City , State": an English month's name with no year
// or day, left at the edge of a school's name or a field where the template's date lost its year, is no word of theirs.
// Not after a joining word ("Universidad del Mar", "College of the Dec…"), and what is left must still be a name (a school
// of two words or more: "May Institute" stays). A month opening a school's name is cut only where the entry read no date:
// with its date read, the month is the name's own ("Mar Ivanios College", "Jan Dlugosz University", "June Jordan School").
const LONE_MONTH = new RegExp(String.raw`^(?:${englishMonthSource()})\.?,?$`, 'i');
const JOINING_BEFORE_MONTH = /^(?:of|the|de|del|la|le|at|and|&|for|in)$/i;
function withoutLoneMonths(value: string, school: boolean, undated = true): string {
  if (value.length > MAX_NAME_PART) return value;
  const words = value.split(' ');
  let start = 0;
  let end = words.length;
  while ((!school || undated) && start < end && LONE_MONTH.test(words[start] ?? '')) start++;
  while (end > start && LONE_MONTH.test(words[end - 1] ?? '') && !JOINING_BEFORE_MONTH.test(words[end - 2] ?? ''))
    end--;
  if (start === 0 && end === words.length) return value;
  const kept = words.slice(start, end);
  if (kept.length === 0 || (school && (kept.length < 2 || !namesSchool(kept.join(' '))))) return value;
  return kept.join(' ');
}

// "Mumbai, Maharashtra St. Andrews College", "Nangal, Punjab National Power Training Institute": the updated-resume-dataset
// CSV writes an entry's place before its school ("B.Com commerce Mumbai, Maharashtra Bombay University"); with the degree
// and field left out, the line opens with the place. A town (no school's name) and a region (core's place names, one to
// three words) before a school's name of two words or more are no words of the school's.
const LEADING_TOWN = /^([\p{L}][\p{L} .'’-]{1,40}),[ \t]*(.+)$/u;
function withoutLeadingPlace(school: string): string {
  if (school.length > MAX_NAME_PART) return school;
  const found = LEADING_TOWN.exec(school);
  if (found === null || namesSchool(found[1] as string)) return school;
  const words = (found[2] as string).split(/[ \t]+/);
  for (let count = Math.min(3, words.length - 2); count >= 1; count--) {
    const rest = words.slice(count).join(' ');
    // Not a school named for its region ("New Mexico State University", "Punjab University").
    const next = (words[count] as string).replace(/[.,]+$/, '');
    if (SCHOOL_WORD.test(next) || /^(?:state|of)$/i.test(next)) continue;
    if (isRegionName(words.slice(0, count).join(' ')) && namesSchool(rest)) return rest;
  }
  return school;
}

// "Bachelor of Science : Urban and Regional Planning University of Technology University of Technology, Jamaica",
// "B.S. : Accounting B.S Bemidji State University Bemidji State University May 1992": the template writes the school, then
// the school again as its detail line begins; a school's name written twice in a row is the school once.
const WRITTEN_TWICE = /^(.{4,100}?)[ \t]+\1$/iu;
function onceWritten(school: string): string {
  if (school.length > MAX_NAME_PART) return school;
  // The degree written again before it ("B.S Lake State University Lake State University") is no word of its name.
  const lead = degreeMentions(school)[0];
  const name = lead?.start === 0 ? school.slice(lead.end).trim() : school;
  const half = WRITTEN_TWICE.exec(name)?.[1];
  return half !== undefined && namesSchool(half) ? half : school;
}

// "Certificate : Six Sigma Villanova University", "Real Estate License : Real Estate Stringham Real Estate School",
// "Teacher Certification : Education 2002 Southwest Texas State University": the Kaggle template's "Degree : Field
// School" for a credential that no degree of core's names. The label is the credential (the entry's degree), what
// follows the colon up to a comma or a date its subject (the field), and the school the body that issued it. A label
// that names a school ("Cambridge College Certificate : …") is no credential's name alone.
const CREDENTIAL_LABEL =
  /^[ \t]*((?:\p{Lu}[\p{L}'’&/.-]*[ \t]+){0,4}(?:certi?ficate|certification|licen[cs]e)(?:[ \t]+of[ \t]+(?:completion|achievement))?)[ \t]*:[ \t]*(?=\S)/iu;
const LEADING_DATE_OR_ONGOING = /^[ \t]*(?:(?:\d{1,2}[/.-])?\d{4}|present|current)[ \t]+/i;
// A person's licence to drive ("Driving License : Valid LMV", "Driver's License : Yes"), a personal detail some résumés
// write among their qualifications, is no credential's entry; a commercial one ("Commercial Driver's License : Class A")
// is.
const PERSONAL_DRIVING_LICENCE = /^(?:(?:valid|full|clean|current)[ \t]+)?driv(?:ing|er'?s|er’s|ers)[ \t]+licen[cs]e$/i;
/**
 * True when `text` (a date before it left out) opens with a credential's label and a colon, the label no school's name;
 * `namingMore`: and words after the colon other than dates and the anonymised place.
 */
function opensWithCredentialLabel(text: string, namingMore = false): boolean {
  if (text.length > MAX_ENTRY_LINE) return false;
  // A date or "Present" before the label is left out; a name before a date there is no label's ("Federal Aviation
  // Administration 2004 License : …").
  const opening = text.replace(LEADING_DATE_OR_ONGOING, '');
  const label = CREDENTIAL_LABEL.exec(opening);
  if (label === null || namesSchool(label[1] as string) || PERSONAL_DRIVING_LICENCE.test(label[1] as string))
    return false;
  return (
    !namingMore ||
    /\p{L}/u.test(withoutSingleDates(opening.slice(label[0].length), ' ').replace(/\bCity\b|\bState\b/g, ''))
  );
}
// "Certification in Medical Coding May 2017 : Ashworth College": a school's line that opens with the credential the
// school gave (a date before it left out) names its entry's degree itself; a line above it (the last of a list of courses
// under the entry before) is not that degree.
function opensWithCredentialPhrase(text: string): boolean {
  if (text.length > MAX_ENTRY_LINE) return false;
  const found = CREDENTIAL_PHRASE.exec(text.replace(LEADING_DATE_OR_ONGOING, ''));
  return found?.index === 0 && !namesSchool(found[1] as string);
}
// The entries whose degree is such a label: a school written inside another's there is another school, the subject glued
// before it ("Certificate : Lean Villanova University" after "Certificate : Six Sigma Villanova University").
const CREDENTIAL_BEFORE_SCHOOL = new WeakSet<EducationEntry>();
function readCredentialLabel(block: Block, entry: EducationEntry, undated: (line: string) => string): void {
  const first = block.lines.find((line) => !line.dateOnly);
  if (first === undefined || first.text.length > MAX_ENTRY_LINE) return;
  const text = undated(first.text).trimStart();
  const label = CREDENTIAL_LABEL.exec(text);
  if (!label || namesSchool(label[1] as string)) return;
  entry.degree = cleanPart(label[1] as string);
  CREDENTIAL_BEFORE_SCHOOL.add(entry);
  if (entry.field !== undefined) return;
  const afterLabel = text.slice(label[0].length);
  const pieces = afterLabel.split(/[\t,;|]|ï¼|[ \t][–—-][ \t]/);
  const subject = cleanPart(pieces[0] ?? '');
  // "Certification : Food Safety and Sanitation , 2008 Johnson and Wales ï¼ City , State": without a school's word, the
  // body that gave it is the name of two words or more after the subject and its date (a tab here), not a place, less
  // the anonymised town ("… 2011 National White Collar Crime Center City").
  const dated = /^[^\t]*\t[\s,]*(\p{Lu}[^\t,;|]*?)(?:[ \t]+City)?[ \t]*(?:$|[\t,;|]|ï¼|[ \t][–—-][ \t])/u.exec(
    afterLabel,
  );
  if (entry.institution === undefined && dated && !namesSchool(subject)) {
    const body = cleanPart(dated[1] as string);
    if (body.includes(' ') && !isPartPlace(body)) entry.institution = body;
  }
  const school = entry.institution;
  if (subject === '' || subject.length > MAX_NAME_PART) return;
  if (school !== undefined && subject === school) {
    const glued = fieldBeforeSchool(subject, false) ?? knownSubjectBeforeSchool(subject);
    if (glued) {
      entry.field = cleanPart(glued.field);
      entry.institution = glued.school;
    }
  } else if (school !== undefined && subject.endsWith(` ${school}`)) {
    entry.field = cleanPart(subject.slice(0, -school.length));
  } else if (!namesSchool(subject) && !school?.includes(subject)) entry.field = subject;
}

// "Tulsa Welding School City , State Welding Certificate", "Certificate in Pattern Making and Fashion Design : Mayor
// Fashion Institute", "2011 Villanova University Certificate", "Cosmetology License , Sep 2007 SUNSTATE ACADEMY": an
// entry that names no degree but a credential its school gave, written as a certificate's, a certification's or a
// license's name (up to five capitalised words before the word, "of Completion" after it) anywhere on its first line.
// The credential is the entry's degree; "in" and a subject up to a colon or a comma after it is the field. The words of
// a school's name or of a place before the credential's word are not its own ("… University Certificate", "City , State
// Welding Certificate"), nor is a line's opening verb ("Completed …").
const CREDENTIAL_PHRASE =
  /(?<![\p{L}\p{N}])((?:\p{Lu}[\p{L}'’&/.-]*[ \t]+){0,5}(?:[Cc]ertificate|CERTIFICATE|[Cc]ertification|CERTIFICATION|[Ll]icen[cs]e|LICEN[CS]E)(?:[ \t]+of[ \t]+(?:[Cc]ompletion|[Aa]chievement))?)(?![\p{L}])(?:[ \t]+in[ \t]+([^,:;|\t()]{2,60}?)(?:[ \t]*\([\p{Lu}\p{N}.&/-]{2,12}\))?[ \t]*(?=[,:]))?/u;
const SUBJECT_BEFORE_SCHOOL = /^[ \t]+in[ \t]+([^,:;|\t()]{2,60}?)(?:[ \t]+(?:[–—-]|â€”|â€“))?[ \t]*$/;
const NOT_A_CREDENTIAL_WORD =
  /^(?:City|State|US|USA|Completed|Completing|Earned|Received|Awarded|Obtained|Currently|Current)$/;
function readCredentialPhrase(block: Block, entry: EducationEntry, undated: (line: string) => string): void {
  const first = block.lines.find((line) => !line.dateOnly);
  if (first === undefined || first.text.length > MAX_ENTRY_LINE) return;
  const found = CREDENTIAL_PHRASE.exec(undated(first.text));
  if (!found) return;
  const words = (found[1] as string).split(/[ \t]+/);
  // Only the words after a school's word, a place's or an opening verb are the credential's own.
  let start = 0;
  for (let index = 0; index < words.length - 1; index++) {
    const word = (words[index] as string).replace(/[.,]+$/, '');
    if (SCHOOL_WORD.test(word) || NOT_A_CREDENTIAL_WORD.test(word) || isRegionName(word)) start = index + 1;
  }
  const credential = cleanPart(words.slice(start).join(' '));
  if (credential === '' || namesSchool(credential)) return;
  entry.degree = credential;
  let subject = found[2] === undefined ? undefined : cleanPart(found[2]);
  // "Certificate in European Studies London School of Economics - City , United Kingdom": the subject ends where the
  // entry's school begins, not at the place's comma.
  if (entry.institution !== undefined && (subject === undefined || subject.includes(entry.institution))) {
    const after = undated(first.text).slice(found.index + (found[1] as string).length);
    const at = after.indexOf(entry.institution);
    const before = at > 0 ? SUBJECT_BEFORE_SCHOOL.exec(after.slice(0, at)) : null;
    if (before) subject = cleanPart(before[1] as string);
  }
  // "Maric College City , State , US Certificate : Medical Coding and Billing", "Cambridge College Certificate :
  // Negotiation and Conflict Resolution": the Kaggle template's school-first line writes the subject after the
  // credential's word and a colon, up to the anonymised place or the line's end.
  if (subject === undefined) {
    const after = undated(first.text).slice(found.index + found[0].length);
    const colon = SUBJECT_AFTER_COLON.exec(after)?.[1];
    const candidate = colon === undefined ? '' : cleanPart(colon);
    if (
      candidate !== '' &&
      writtenAsFieldName(candidate) &&
      !DATE_WORDS.test(candidate) &&
      !isRegionName(candidate) &&
      !looksLikePlace(candidate) &&
      !GRADE.test(candidate) &&
      !NOT_AN_INSTITUTION.test(candidate) &&
      degreeMentions(candidate).length === 0
    )
      subject = candidate;
  }
  if (entry.field === undefined && subject !== undefined && subject !== '' && !namesSchool(subject))
    entry.field = subject;
}
const SUBJECT_AFTER_COLON = /^[ \t]*:[ \t]*([^\t,;|:]{2,80}?)(?=[ \t]+City[ \t]*,|[ \t]*(?:[\t,;|]|ï¼|$))/u;

/**
 * "Master : 2014 Six Sigma Villanova University ï¼ City , State , US Master Certificate in Six Sigma …": the Kaggle
 * template's degree slot holds a certificate's first word alone, which the line writes again with "Certificate" after
 * it. The entry's credential is that certificate, not the degree the word names; its subject is one core's skills know
 * glued before the school ("Six Sigma").
 */
function readCertificateInDegreeSlot(block: Block, entry: EducationEntry, undated: (line: string) => string): void {
  const degree = entry.degree;
  if (degree === undefined || !/^\p{L}+$/u.test(degree)) return;
  const first = block.lines.find((line) => !line.dateOnly);
  if (first === undefined || first.text.length > MAX_ENTRY_LINE) return;
  const text = undated(first.text);
  if (!new RegExp(String.raw`^[ \t]*${degree}[ \t]*:`, 'u').test(text)) return;
  if (!new RegExp(String.raw`(?<![\p{L}])${degree}[ \t]+certi?ficat(?:e|ion)(?![\p{L}])`, 'iu').test(text)) return;
  entry.degree = undefined;
  readCredentialPhrase(block, entry, undated);
  if (entry.degree === undefined) {
    entry.degree = degree;
    return;
  }
  const glued =
    entry.field === undefined && entry.institution ? knownSubjectBeforeSchool(entry.institution) : undefined;
  if (glued) {
    entry.field = glued.field;
    entry.institution = glued.school;
  }
}

// "Certificate : Lean Villanova University" beside "Certificate : Six Sigma Villanova University": a credential's subject
// that core's skills do not know, glued before a school's name that another entry of the section gives alone (two words
// or more). The school is that name, the words before it (at most five, no school's nor a place's) the subject. Each credential looks
// up its few word-boundary tails in the section's schools, so the pass stays linear.
function withSchoolNamedElsewhere(entries: EducationEntry[]): EducationEntry[] {
  const schools = new Set(entries.flatMap((entry) => (entry.institution?.includes(' ') ? [entry.institution] : [])));
  for (const entry of entries) {
    const glued = entry.institution;
    if (!CREDENTIAL_BEFORE_SCHOOL.has(entry) || entry.field !== undefined || glued === undefined) continue;
    const words = glued.split(' ');
    for (let count = 1; count <= Math.min(MAX_SUBJECT_WORDS, words.length - 2); count++) {
      const school = words.slice(count).join(' ');
      const field = words.slice(0, count).join(' ');
      if (!schools.has(school) || !isFieldName(field) || namesSchool(field) || isRegionName(field)) continue;
      // "New York University" beside "York University", "Western Michigan University" beside "Michigan University":
      // a word that opens a place's or a school's name is the longer school's own.
      if (opensLongerSchoolName(words[count - 1] ?? '')) break;
      entry.field = field;
      entry.institution = school;
      break;
    }
  }
  return entries;
}

// Words that open a school's name before another school's name: a town's first word ("New" of "New York University",
// "San", "Saint", "Mount": core's isTownNamePrefix), a compass point's adjective, Central.
const SCHOOL_NAME_OPENER = /^(?:northern|southern|eastern|western|central)$/i;
function opensLongerSchoolName(word: string): boolean {
  return isTownNamePrefix(word) || SCHOOL_NAME_OPENER.test(word);
}

// "Six Sigma Villanova University": a subject that core's skills know, glued before a school's name of two words or
// more (the longest such subject, of at most five words).
const MAX_SUBJECT_WORDS = 5;
function knownSubjectBeforeSchool(part: string): { field: string; school: string } | undefined {
  const words = part.split(' ');
  const taxonomy = getDefaultSkillTaxonomy();
  for (let count = Math.min(MAX_SUBJECT_WORDS, words.length - 2); count >= 1; count--) {
    const field = words.slice(0, count).join(' ');
    const school = words.slice(count).join(' ');
    if (!/^\p{Lu}/u.test(school) || !namesSchool(school) || !isFieldName(field)) continue;
    if (taxonomy.lookup(field) !== undefined) return { field, school };
  }
  return undefined;
}

// A line's label for the field studied, as CVs write it below the school: Russian "Специальность:" and "Направление
// (подготовки):", English "Major:" and "Specialization:", German "Fachrichtung:"/"Studiengang:", French "Spécialité :",
// Spanish "Especialidad:", Portuguese "Especialidade:", Italian "Specializzazione:", Polish "Kierunek:"/"Specjalność:",
// Czech "(Studijní) obor:", Slovak "(Študijný) odbor:", and without a colon the Czech and Slovak "v oboru"/"v odbore" (in
// the field of: "Ing., Vysoké učení technické v Brně, v oboru Informatika"), after the degree too ("Bc. v oboru …").
// The value runs to a comma or a semicolon.
const LABELLED_FIELD =
  /(?:(?:^|[,;][ \t]*)(?:специальность|направление(?:[ \t]+подготовки)?|major|speciali[sz]ation|fachrichtung|studiengang|spécialité|especialidad|especialidade|specializzazione|kierunek|specjalność|(?:studijní[ \t]+|študijný[ \t]+)?(?:obor|odbor))[ \t]*:|(?:^|[,;]|[ \t])v[ \t]+(?:oboru|odbore)(?=[ \t]))[ \t]*([^,;:\n]{2,80})/iu;
// The Russian diploma's "квалификация:" (qualification): the degree it awards ("экономист", "инженер").
const LABELLED_QUALIFICATION = /(?:^|[,;][ \t]*)квалификация[ \t]*:[ \t]*([^,;:\n]{2,60})/iu;
const LABELLED_LINE = new RegExp(`${LABELLED_FIELD.source}|${LABELLED_QUALIFICATION.source}`, 'iu');
/**
 * "Специальность: Финансы и кредит, квалификация: экономист", "Major: Economics": a labelled line of the entry gives the
 * field, and the Russian qualification the degree, where the entry has none read.
 */
function readLabelledFieldAndQualification(block: Block, entry: EducationEntry): void {
  for (const line of block.lines) {
    if (line.text.length > MAX_ENTRY_LINE) continue;
    const field = entry.field === undefined ? LABELLED_FIELD.exec(line.text)?.[1]?.trim() : undefined;
    if (field && !namesSchool(field)) entry.field = cleanPart(field);
    const qualification = entry.degree === undefined ? LABELLED_QUALIFICATION.exec(line.text)?.[1]?.trim() : undefined;
    if (qualification) entry.degree = cleanPart(qualification);
  }
}

// The words before a date that opens a line's date (an English month's full name, no abbreviation, and a year), the same
// words again at its end.
const LEAD_BEFORE_DATE = new RegExp(
  String.raw`^(\p{Lu}[\p{L}/&,.' -]{2,60}?)[ \t]+(?:(?:${englishMonthSource('full')})[ \t]+)?(?:19|20)\d{2}[ \t]`,
  'iu',
);
/**
 * The field the school's line writes before its date, where it names no school, or undefined: written again at the
 * line's end, or (the template with its degree left blank: "Liberal Arts , 2016 Oakland Community College", "Early
 * Childhood Education 2000 San Jacinto College") a name whose last word ends a field's name, or a subject core's skills
 * know ("Digital Electronics"). Not a label and its value (a comma inside), unless the label is a degree slot that names no
 * degree ("Course , Management Consulting 2008 …", "N/A , Business Administration 1999 …": the value is the field).
 */
function fieldAroundDate(block: Block): string | undefined {
  const line = block.institution?.text;
  if (line === undefined || line.length > MAX_ENTRY_LINE) return undefined;
  const lead = LEAD_BEFORE_DATE.exec(line)?.[1]
    ?.trim()
    .replace(/[ \t]*,$/, '');
  if (lead === undefined) return undefined;
  const slotted = fieldAfterNoDegreeSlot(lead);
  if (slotted !== undefined) return slotted;
  if (lead.split(' ').length > 6 || namesSchool(lead) || !isFieldName(lead)) return undefined;
  const text = squash(line);
  if (text.toLowerCase().endsWith(` ${lead.toLowerCase()}`) && text.length > 2 * lead.length) return lead;
  if (lead.includes(',')) return undefined;
  const last = lead.split(' ').at(-1) ?? '';
  return FIELD_END_WORD.test(last) || getDefaultSkillTaxonomy().lookup(lead) !== undefined ? lead : undefined;
}

// "Course , Management Consulting 2008 Cornell University …", "N/A , Business Administration 1999 Jefferson College": the
// template's degree slot filled with a word that names no degree (a course taken, "not applicable"), then its comma.
const NO_DEGREE_SLOT = /^(?:course|n\/a)[ \t]*,[ \t]*/i;
// A slot's value that says there is none.
const NO_VALUE = /^(?:n\/?a|none|nil|course)$/i;
/** The field after a degree slot that names no degree ("Course , Management Consulting"), or undefined. */
function fieldAfterNoDegreeSlot(lead: string): string | undefined {
  const slot = NO_DEGREE_SLOT.exec(lead);
  if (slot === null) return undefined;
  const field = lead.slice(slot[0].length).trim();
  if (field.includes(',') || field.split(' ').length > 6 || !/^\p{Lu}/u.test(field) || !isFieldName(field))
    return undefined;
  // The slot tells the template's "Degree , Field": what follows is the field unless it names a school, a place or a date,
  // says again that there is none ("N/A , N/A"), or names a credential or degree of its own ("Course , Certificate in
  // Project Management": the credential's readers take it, with its subject as the field).
  if (namesSchool(field) || isRegionName(field) || isPlaceName(field) || isPartPlace(field) || DATE_WORDS.test(field))
    return undefined;
  if (NO_VALUE.test(field) || field.split(' ').some((word) => CREDENTIAL_WORD.test(word))) return undefined;
  if (findDegreeMentions(field, { mode: 'education' }).length > 0) return undefined;
  return field;
}

/**
 * Whether a field read before the school on a line that names no degree is one: the field's words run straight into the
 * school's (a mark between ends a name wrapped from the line above: "College of Business\nAdministration and Economics,
 * New Mexico State University"), and the school opens with a name's own word or "University of", not with a field's word
 * or its school word ("Management Development Institute", "Engineering College Ajmer", "Design Institute of India" are
 * one name each).
 */
function fieldOpensSchoolLine(glued: { field: string; school: string }): boolean {
  const first = glued.school.split(' ')[0] ?? '';
  return (
    !/[,.;:]$/.test(glued.field) &&
    !FIELD_END_WORD.test(first) &&
    (!SCHOOL_WORD.test(first) || /^university\s+of\s/i.test(glued.school))
  );
}

// An honour society's name: Greek letters ("Delta Mu Delta", "Phi Theta Kappa") or "… Honor Society".
const GREEK_LETTER =
  '(?:Alpha|Beta|Gamma|Delta|Epsilon|Zeta|Eta|Theta|Iota|Kappa|Lambda|Mu|Nu|Xi|Omicron|Pi|Rho|Sigma|Tau|Upsilon|Phi|Chi|Psi|Omega)';
const HONOUR_SOCIETY = new RegExp(
  String.raw`(?<![\p{L}])(?:${GREEK_LETTER}[ \t]+){1,3}${GREEK_LETTER}(?![\p{L}])|(?<![\p{L}])(?:(?:National|International)[ \t]+)?Hono(?:u)?rs?[ \t]+Societ(?:y|ies)(?![\p{L}])`,
  'u',
);
/**
 * "General Delta Mu Delta Suffolk University", "Southern New Hampshire University … National Honor Society/Leadership":
 * an honour society the flattened line wrote beside the school is no part of its name. The school is what follows the
 * society's name where that names a school in two words or more, else what precedes it; the name is left whole where
 * neither does.
 */
function withoutHonourSociety(school: string): string {
  if (school.length > MAX_NAME_PART) return school;
  const society = HONOUR_SOCIETY.exec(school);
  if (!society) return school;
  const named = (text: string) => (text.includes(' ') && namesSchool(text) ? text : undefined);
  return (
    named(cleanPart(school.slice(society.index + society[0].length))) ??
    named(cleanPart(school.slice(0, society.index))) ??
    school
  );
}

// A label's or a credential's word the line writes right after the school's name ("Villanova University Certificate",
// "Mercer University Major: International Business", "Metropolitan State University of Denver Skills: …").
const TRAILING_LABEL =
  /[ \t]+(?:certificate|certification|major|minor|skills|graduated|graduate|student|program(?:me)?)[ \t]*$/i;
/** The school's name less a label's word after it, where what is left still names a school in two words or more. */
function withoutTrailingLabel(school: string): string {
  if (school.length > MAX_NAME_PART) return school;
  const label = TRAILING_LABEL.exec(school);
  if (!label) return school;
  const name = school.slice(0, label.index);
  return name.includes(' ') && namesSchool(name) && !JOINING_END.test(name) ? name : school;
}

// A town's name: one to three capitalised words, with core's small words of towns' names between them ("Granada",
// "Alcalá de Henares", "Frankfurt am Main"); PARENTHESISED_TOWN reads it in parentheses.
const TOWN_WORDS = String.raw`\p{Lu}\p{Ll}[\p{L}'’-]*(?:[ \t](?:(?:${TOWN_NAME_SMALL_WORDS})[ \t])?\p{Lu}\p{Ll}[\p{L}'’-]*){0,2}`;
const PARENTHESISED_TOWN = new RegExp(String.raw`^\((${TOWN_WORDS})\)$`, 'u');
// A school's English word: English names write other things in parentheses too ("University of Phoenix (Dallas
// Campus)", "Anurag College of Engineering (Jntuh)": a campus, the university it is affiliated to).
const ENGLISH_SCHOOL_NAME = /\b(?:universit(?:y|ies)|college|institute|school|academy|polytechnic)\b/i;
/**
 * "Universidad de Granada (Granada)", "Technische Universität München (München)": a town in parentheses after a school's
 * name written in another language than English is where the school is, as experience reads it after an employer; an
 * education entry has no place, so it goes. Not a degree or a school's name in parentheses, nor after an English name.
 */
function withoutParenthesisedTown(school: string): string {
  if (school.length > MAX_NAME_PART || !school.endsWith(')')) return school;
  const open = school.lastIndexOf('(');
  const name = school.slice(0, open).trim();
  const inside = PARENTHESISED_TOWN.exec(school.slice(open))?.[1];
  if (inside === undefined || !name.includes(' ') || /[()]/.test(name)) return school;
  if (ENGLISH_SCHOOL_NAME.test(name) || !namesSchool(name) || namesSchool(inside)) return school;
  return findDegreeMentions(inside, { mode: 'education' }).length === 0 ? name : school;
}

// A town and, in parentheses, its country after the last comma ("…, Paris (France)"): the school's place.
const TOWN_IN_COUNTRY = new RegExp(String.raw`^(${TOWN_WORDS})[ \t]*\(([^()]{2,40})\)$`, 'u');
/**
 * "Sciences Po, Paris (France)", "Universidade do Minho, Braga (Portugal)": the Europass CV writes the school's town and
 * its country in parentheses after a comma; on the school's own line (which keeps its commas) they are the place, not
 * the school's name. Only where the country is one core knows and the town names no school.
 */
function withoutTownInCountry(part: string): string {
  if (part.length > MAX_NAME_PART || !part.endsWith(')')) return part;
  const comma = part.lastIndexOf(',');
  if (comma <= 0) return part;
  const place = TOWN_IN_COUNTRY.exec(part.slice(comma + 1).trim());
  if (!place?.[1] || !place[2] || !isRegionOrCountry(place[2]) || namesSchool(place[1])) return part;
  return part.slice(0, comma).trim();
}

// A Russian diploma's qualification after the school's name and a comma: one to three words in lower case
// ("экономист", "инженер-программист", "учитель математики"); "г. Москва" (a town) has a dot and a capital.
const QUALIFICATION_AFTER_SCHOOL =
  /,[ \t]*((?=\p{Ll})\p{Script=Cyrillic}{3,}(?:-\p{Script=Cyrillic}{3,})?(?:[ \t]\p{Script=Cyrillic}{3,}){0,2})$/u;
/**
 * "Московский государственный университет, экономист": the qualification a Russian diploma awards, written after the
 * school's name, is the entry's degree, not the school's; the school is what comes before it. Undefined otherwise.
 */
function qualificationAfterSchool(school: string): { school: string; qualification: string } | undefined {
  if (school.length > MAX_NAME_PART) return undefined;
  const found = QUALIFICATION_AFTER_SCHOOL.exec(school);
  if (!found?.[1]) return undefined;
  const name = school.slice(0, found.index).trim();
  return namesSchool(name) && !namesSchool(found[1]) ? { school: name, qualification: found[1] } : undefined;
}

// The English words a school's name ends with, before a place written after it ("Wilmington University Delaware").
const ENGLISH_SCHOOL_WORD = /^(?:universit(?:y|ies)|college|institute|school|academy|polytechnic)$/i;
// Words that go on into a place's name ("University of West Georgia", "… of North Carolina").
const PLACE_NAME_OPENER =
  /^(?:north|south|east|west|northern|southern|eastern|western|central|new|upper|lower|greater)$/i;
/**
 * "MYSORE UNIVERSITY INDIA", "Wilmington University Delaware", "University of Gujarat India": a country or a region core
 * knows, written after the school's name with no mark between, is where the school is. It is cut where it follows the
 * school's English word, or the name of an "of" phrase ("University of Gujarat"), and what is left names a school in two
 * words or more. Not after a field's word ("National Institute of Technology Goa", "Indian Institute of Technology Delhi":
 * the campus names which one) or a word that goes on into the place ("University of West Georgia"), nor after a joining
 * word ("University of New Mexico"); a place inside a German name stays ("Freie Universität Berlin").
 */
function withoutTrailingPlace(school: string): string {
  if (school.length > MAX_NAME_PART) return school;
  const words = school.split(' ');
  for (let count = Math.min(3, words.length - 2); count >= 1; count--) {
    if (!isPlaceName(words.slice(-count).join(' '))) continue;
    const rest = words.slice(0, -count);
    const before = rest.at(-1) as string;
    const name = rest.join(' ');
    const afterOfName = /^(?:of|OF|Of)$/.test(rest.at(-2) ?? '') && /^\p{Lu}/u.test(before);
    if (
      (ENGLISH_SCHOOL_WORD.test(before) || afterOfName) &&
      !FIELD_END_WORD.test(before) &&
      !PLACE_NAME_OPENER.test(before) &&
      namesSchool(name)
    )
      return name;
    return school;
  }
  return school;
}

/**
 * "Some coursework completed Del Mar College", "BCIS degree Northlake College", "design Monroe Community College": words
 * before a school's name, the last of them in lower case (not a joining word: "of", "and"), are no part of the name
 * where what follows them is a name written in capitals, two words or more, that names a school by itself. Not where the
 * words cut name a school ("Narmada college of Science and Commerce", "Aegis School of data science & Business"), nor
 * where what is left opens with the school's word, other than "University of" ("Moledina high School & Jr. College"),
 * nor a name in lower case ("swami Vivekananda school").
 */
function withoutLowerCaseLead(school: string): string {
  if (school.length > MAX_NAME_PART) return school;
  const words = school.split(' ');
  let last = -1;
  for (let index = 0; index < words.length; index++)
    if (/^\p{Ll}/u.test(words[index] as string) && !JOINING_WORD.test(words[index] as string)) last = index;
  if (last === -1) return school;
  let first = last + 1;
  while (first < words.length && JOINING_WORD.test(words[first] as string)) first++;
  const rest = words.slice(first);
  if (rest.length < 2 || rest.some((word) => /^\p{Ll}/u.test(word) && !JOINING_WORD.test(word))) return school;
  const name = rest.join(' ');
  const lead = words.slice(0, first).join(' ');
  if (namesSchool(lead) || !namesSchool(name)) return school;
  return SCHOOL_WORD.test(rest[0] as string) && !/^university\s+of\s/i.test(name) ? school : name;
}

// "Attended Husson College", "Graduate of Gateway High School": the verb that says one studied there, before a
// capitalised name that names a school by itself, is no word of the school's name ("Graduated UNM" is left whole: an
// acronym alone is read as a school's only with the words around it).
const ATTENDANCE_VERB =
  /^(?:[Aa]ttended|ATTENDED|[Gg]raduated(?:[ \t]+(?:from|at))?|GRADUATED(?:[ \t]+(?:FROM|AT))?|[Gg]raduate[ \t]+of|GRADUATE[ \t]+OF)[ \t]+(?=\p{Lu})/u;
/** The school a part of an entry's line may name, or undefined: grade, connectors and marks cut, prose read for its school. */
const ANONYMISED_PLACE_FIRST = /^City ?, ?State\b/;
function candidateOfPart(raw: string): string | undefined {
  const cleaned = cleanPart(withoutConnectors(cleanPart(cutGrade(raw))));
  // A part that reads as prose is no school's name; the school it names, if any, is.
  const read = trailingSchool(cleaned) ?? (partReadsAsProse(cleaned) ? schoolInProse(cleaned) : cleaned);
  const unled = read?.replace(ATTENDANCE_VERB, '');
  const part = unled !== undefined && unled !== read && namesSchool(unled) ? unled : read;
  return part !== undefined &&
    part.length > 1 &&
    !DATE_WORDS.test(part) &&
    !BOARD.test(part) &&
    !looksLikePlace(part) &&
    // The Kaggle set's anonymised place and what the line writes after it ("City , State , United States IVU and SURI
    // Software"): a place's column, not a school's.
    !ANONYMISED_PLACE_FIRST.test(part) &&
    !(/^\p{L}[\p{L} ]+$/u.test(part) && !/^\p{Lu}{2,3}$/u.test(part) && isRegionName(part)) &&
    !/^(?:with|and|in|from|at)$/i.test(part)
    ? part
    : undefined;
}

const BARE_LEVEL_AFTER_SCHOOL =
  /(?<=(?:universit(?:y|ies)|college|institute|school|academy))[ \t]+(?:master|bachelor|associate)(?:s|['’]s)?$/i;
// The entries without a degree whose school a colon parted from a label before it: the label may name a degree our words
// do not know, so such an entry is no repeat of a degree's at the same school (see isRepeat).
const LABEL_BEFORE_SCHOOL = new WeakSet<EducationEntry>();
// A piece that names a school by its own words, not a degree's ("High School Diploma" names none).
const namesSchool = (piece: string) => INSTITUTION.test(withoutDegrees(piece)) || UNIVERSITY_ACRONYM.test(piece);
/**
 * The school of a part that a colon divides ("Select One : Yuba Community College", "Certificate : Lean Villanova
 * University", "Concordia University Master : Coaching and Athletic Administration"): the Kaggle template's "Degree :
 * Field School" or "School Degree : Field" where our words know no degree. The school is the first piece that names one,
 * less a degree written after it and a field glued before it; the part is left whole where no piece names a school.
 * `labelled`: a piece before the school was cut.
 */
/**
 * "Baccalaureate of Science : Business Administration/Marketing", "Graduation of Aircraft Hydraulics Systems : Aircraft
 * Hydraulics Systems 2A635": the template's "Degree : Field" where the degree read is only the slot's first words; the
 * field read then holds the template's " : ". The slot (the line's start up to the colon) is the degree and what follows
 * the colon the field; undefined where the line does not open with the degree read or the field holds no " : ".
 */
function degreeSlotAcrossField(
  line: string,
  degree: string,
  field: string,
): { degree: string; field: string } | undefined {
  if (field.length > MAX_NAME_PART || !field.includes(':')) return undefined;
  const inField = /^[^:]*?[ \t]:[ \t]+(\S.*)$/.exec(field);
  // The slot read from past the line's leading spaces and tabs: with them in the pattern (/^[ \t]*(…{1,80}?)/), a run
  // of spaces before the degree ("2010\t   …", a date cut) was retried from each of its spaces, ~4 ms a line.
  let start = 0;
  while (line[start] === ' ' || line[start] === '\t') start++;
  const inLine = /^([^:\t,;|]{1,80}?)[ \t]+:[ \t]/.exec(start === 0 ? line : line.slice(start));
  if (!inField || !inLine || !(inLine[1] as string).startsWith(degree)) return undefined;
  // "Masters in Business Administration : Business Administration": a degree "in" its field, read as such already.
  if (/^[ \t]+in[ \t]/i.test((inLine[1] as string).slice(degree.length))) return undefined;
  const after = cleanPart(inField[1] as string);
  return after === '' ? undefined : { degree: cleanPart(inLine[1] as string), field: after };
}

// The Kaggle template's unfilled degree slot.
const TEMPLATE_PLACEHOLDER = /^select one$/i;
/** True when a label written before a colon, in a school's line, reads as what one studied: a capitalised name of at most six words, no placeholder, school, date or place. */
function isWrittenDegreeSlot(label: string): boolean {
  const words = label.split(' ');
  return (
    words.length <= 6 &&
    /^\p{Lu}[\p{L}.'’&/ -]*$/u.test(label) &&
    !TEMPLATE_PLACEHOLDER.test(label) &&
    // A credential's label is read with its subject by readCredentialLabel.
    !/certi?ficat|licen[cs]e/i.test(label) &&
    !NOT_A_DEGREE.test(label) &&
    !namesSchool(label) &&
    !isPartPlace(label) &&
    !DATE_WORDS.test(label)
  );
}
function schoolAcrossColon(part: string): { school: string; labelled: boolean; label?: string; field?: string } {
  if (part.length > MAX_NAME_PART || !part.includes(':')) return { school: part, labelled: false };
  const pieces = part
    .split(/[ \t]*:[ \t]+|[ \t]+:[ \t]*/)
    .map(cleanPart)
    .filter(Boolean);
  const at = pieces.findIndex(namesSchool);
  if (pieces.length < 2 || at === -1) return { school: part, labelled: false };
  let school = pieces[at] as string;
  const last = degreeMentions(school).at(-1);
  if (last !== undefined && last.start > 0 && cleanPart(school.slice(last.end)) === '') {
    const before = cleanPart(school.slice(0, last.start));
    if (namesSchool(before)) school = before;
  }
  // A level's bare word after the school's ("Concordia University Master"), which alone names no degree of core's.
  school = school.replace(BARE_LEVEL_AFTER_SCHOOL, '');
  if (at === 0) return { school, labelled: false };
  const glued = fieldBeforeSchool(school);
  return {
    school: glued?.school ?? school,
    labelled: true,
    // The template's slot is parted by a colon with a space on each side ("Advisor: Elisabeth Hsu, …" is a note's label).
    ...(at === 1 && /^[^:]*[ \t]:[ \t]/.test(part) ? { label: pieces[0] as string } : {}),
    ...(glued ? { field: cleanPart(glued.field) } : {}),
  };
}

/** The examining board that stands in the school's place: on the degree's line ("January 2011 HSC   Maharashtra board"), else on the board's line below it. */
function awardingBoard(block: Block, rest: readonly string[], undated: (line: string) => string): string | undefined {
  const parts = [...rest];
  if (block.board) for (const part of splitHeaderParts(undated(block.board.text))) parts.push(part);
  for (const part of parts) {
    if (part.length > MAX_ENTRY_LINE || !BOARD.test(part) || isPartPlace(part)) continue;
    const name = cleanPart(splitLocation(cleanPart(withoutConnectors(cleanPart(cutGrade(part))))).name);
    if (isNamedBoard(name)) return name;
  }
  return undefined;
}

// The text with the degrees it names blanked out (a school's word inside one names no school).
function withoutDegrees(part: string): string {
  if (part.length > MAX_NAME_PART) return part;
  let text = part;
  for (const mention of degreeMentions(part))
    text = `${text.slice(0, mention.start)}${' '.repeat(mention.end - mention.start)}${text.slice(mention.end)}`;
  return text;
}

// "High School Diploma Flint Central High", "Associate of Science Coastline Community College": a degree's name glued
// before the school's; the school is the capitalised name after it (not another school word: "Higher Secondary School").
function withoutLeadingDegree(part: string): string {
  if (part.length > MAX_NAME_PART) return part;
  const opening = degreeMentions(part)[0];
  if (opening?.start !== 0) return part;
  // An acronym before a name is the name's own first word ("ITI Technical College") unless a separator follows it ("BS: …").
  if (!/\p{Ll}/u.test(opening.text) && !/^\s*[:)|–—-]/.test(part.slice(opening.end))) return part;
  const rest = cleanPart(part.slice(opening.end));
  const first = rest.split(' ')[0] ?? '';
  return /^\p{Lu}/u.test(rest) && rest.includes(' ') && !SCHOOL_WORD.test(first) ? rest : part;
}

// "Valparaiso University Bachelor of Science in Nursing Valparaiso University", "Northern High School High School Diploma",
// "Syracuse University Syracuse University Bachelor of Science (Nursing)": the Kaggle template writes the degree (and the
// school again) after the school's name. The school ends before a degree written after a name that names a school by its
// own words (not a degree that is itself a kind of school: "University High School" keeps its name), and a name written
// twice in a row is once.
function withoutTrailingDegree(part: string): string {
  if (part.length > MAX_NAME_PART) return part;
  for (const mention of findDegreeMentions(part, { mode: 'education' })) {
    if (mention.start === 0 || ENDS_WITH_SCHOOL_WORD.test(mention.text)) continue;
    const before = cleanPart(part.slice(0, mention.start));
    if (!namesSchool(before)) continue;
    const doubled = doubledLead(before);
    return doubled !== undefined && doubled.end === before.length ? doubled.lead : before;
  }
  return part;
}

// "Accounting Certificate George Mason University", "Certificate in Asian Studies Florida International University": a
// certificate's name glued before the school that gave it. The school is what follows the word "Certificate" (after
// its field, where "in" names one); the part is left whole where no school is found there.
const CERTIFICATE = /\bcertificate\s+/i;
function withoutCredential(part: string): string {
  const certificate = CERTIFICATE.exec(part);
  if (!certificate) return part;
  const rest = part.slice(certificate.index + certificate[0].length);
  // A school's name is capitalised words, not another label or credential ("Associate (CNTA) : Southern University").
  const named = (text: string) =>
    /^\p{Lu}/u.test(text) && !/[:()]/.test(text) && (INSTITUTION.test(text) || UNIVERSITY_ACRONYM.test(text));
  const school = /^(?:in|of)\s/i.test(rest) ? fieldBeforeSchool(rest.slice(3).trimStart())?.school : rest;
  return school !== undefined && named(school) ? school : part;
}

// A level of schooling in the school's column names no school ("HSC Secondary & Higher Secondary  State Board of …").
const SCHOOLING_LEVEL =
  /^(?:(?:higher|senior|junior|lower)\s+)?secondary(?:\s*(?:&|and|\/)\s*(?:(?:higher|senior|junior|lower)\s+)?secondary)?$/i;

// What a part that names no school may name instead: an honour ("Dean's List", "Cum Laude", "Bright Futures Scholarship"), courses or
// credits ("Graduate Level Courses", "Completed 57 credits towards"), a credential ("Seven-course online marketing
// certificate", "Credentials") or the shape of a degree ("Emphasis in Legal Studies", "Concentration in Finance").
const NOT_AN_INSTITUTION =
  /\b(?:dean['’]?s\s+list|honou?r\s+roll|(?:summa|magna)?\s*cum\s+laude|scholarships?|fellowships?|courses?|coursework|credits?|certificates?|certifications?|certified|credentials?|licen[cs]es?|emphasis|concentration|minor|thesis|dissertation|gpa|earned|completed|continued)\b/i;

// A line in the degree's place that names something else: a project, a training, the section's own word with a place
// ("Electronics Project", "Summer Internship", "Education, A.P").
const NOT_A_DEGREE =
  /\b(?:projects?|internships?|trainings?|workshops?|seminars?|hobbies|interests|skills?|month|format)\b|^(?:education|qualifications?|academics?)\s*,/i;
// Languages people list ("English, Hindi"): two or more of them and nothing else is a languages line, not a degree. A
// language is a skill of core's taxonomy in its language category (a language's name or other name, "Sign Language").
// Longer items are no language's name and are not looked up.
const LONGEST_LANGUAGE_ITEM = 40;
function isLanguageList(text: string): boolean {
  const items = text
    .split(/\s*(?:[,/&;|]|\band\b)\s*/i)
    .map((item) => item.trim())
    .filter(Boolean);
  if (items.length < 2) return false;
  const taxonomy = getDefaultSkillTaxonomy();
  return items.every((item) => item.length <= LONGEST_LANGUAGE_ITEM && taxonomy.lookup(item)?.category === 'language');
}

// "from Pune University in 2010 with 65%", "at SAV Higher Secondary School": the words that tied a part to the line.
const LEADING_WORD = /^(?:from|at|in)\s+(?=\S)/i;
// "MUMBAI UNIVERSITY Secured" (its grade cut): the verb that tied a grade to the school goes with it.
// "Attended Foothill College through …": so does the word that tied the school to what followed it.
const TRAILING_WORDS =
  /(?:\s+(?:in|on|with|from|at|of|and|during|through|year|passed|passing|secured|scored|obtained))+$/i;
// Past this length a part is no name; the trailing words are looked for only in shorter parts (each try of the pattern
// scans to the end of the part, so a long run of "in in in …" would take quadratic time).
const MAX_NAME_PART = 200;
const withoutConnectors = (part: string) =>
  part.length > MAX_NAME_PART ? part : part.replace(LEADING_WORD, '').replace(TRAILING_WORDS, '');

// A full-width comma, also as it reads after a wrong decoding ("ï¼" + U+008C): PDF text of some resume builders.
const FULLWIDTH_COMMA = /\s*(?:，|ï¼\u008c?)\s*/u;

const looksLikePlace = (part: string) => splitLocation(`x, ${part}`).location !== undefined;
// A region named alone, or as a state or province ("Karnataka State", "West Bengal State"): where, not which school or what.
const isRegionName = (part: string) =>
  isRegionOrCountry(part) || isRegionOrCountry(part.replace(/\s+(?:state|province)$/i, ''));
// The whole text is a place ("Chidambaram, Tamil Nadu"), not a name that ends with one.
const isPlace = (text: string) => isCleanPlace(cleanPart(text));
// "Stanford University, CA", "University of Texas, Austin, TX": a school's name before its place is no place, though its
// words are capitalised like a town's; a town named after a school ("College Park, MD", "University Park, PA") is one,
// and so is what is left of a name cut before its own words ("Institute of Technology, Chicago, IL", a school's word
// alone or with a field after "of").
const SCHOOL_NAME_BEFORE_PLACE =
  /(?<![\p{L}])(?:universit(?:y|ies)|college|institute|school|academy|polytechnic)(?:[ \t]*$|[ \t]+of[ \t])/iu;
const BARE_SCHOOL_WORD =
  /^(?:universit(?:y|ies)|college|institute|school|academy|polytechnic)(?:[ \t]+of[ \t]+(.+))?$/iu;
/** Whether the first part of a place-shaped text names a school of its own ('Stanford University', 'University of Texas'). */
function namesSchoolBeforePlace(name: string): boolean {
  if (!SCHOOL_NAME_BEFORE_PLACE.test(name)) return false;
  const bare = BARE_SCHOOL_WORD.exec(name.trim());
  if (bare === null) return true;
  const after = bare[1];
  return (
    after !== undefined &&
    !after.split(/[ \t]+/).every((word) => FIELD_END_WORD.test(word) || /^(?:and|&)$/i.test(word))
  );
}
const isCleanPlace = (part: string) =>
  part.includes(',') &&
  splitLocation(`x, ${part}`).location === part &&
  !namesSchoolBeforePlace(part.split(',')[0] ?? '');
// The Kaggle resumes' anonymised place, with the country some of them add ("City , State , US"), is a place too where a
// part of an entry's line is cut (not where a name before it is taken for a school's: "Fordham Rights Clinic - City , State").
const ANONYMISED_PLACE = /^City ?, ?State(?: ?, ?(\p{Lu}.*))?$/u;
// "City , Turkey": the anonymised town and a real country.
const ANONYMISED_TOWN_IN = /^City , (\p{Lu}.*)$/u;
const isPartPlace = (text: string) => {
  // Cleaned once for the three questions (a line of 13,000 column gaps cleaned each column three times).
  const part = cleanPart(text);
  if (isCleanPlace(part)) return true;
  const anonymised = ANONYMISED_PLACE.exec(part);
  if (anonymised !== null) return anonymised[1] === undefined || isRegionOrCountry(anonymised[1]);
  const country = ANONYMISED_TOWN_IN.exec(part)?.[1];
  return country !== undefined && isRegionOrCountry(country);
};

// "University of Texas at Austin", "Florida State College at Jacksonville", "University at Buffalo": an "at" right after a
// school's name (its word, and an "of" phrase of at most three capitalised words) names the campus, one school's name.
const SCHOOL_NAME_END = String.raw`(?:[Uu]niversit(?:y|ies)|UNIVERSITY|[Cc]ollege|COLLEGE|[Ii]nstitute|INSTITUTE|[Ss]chool|SCHOOL|[Aa]cademy|ACADEMY)(?:[ \t]+(?:of|Of|OF)(?:[ \t]+\p{Lu}[\p{L}.&'’-]*){1,3})?`;
const CAMPUS_AT = new RegExp(String.raw`(${SCHOOL_NAME_END})[ \t]+at[ \t]+(?=\p{Lu})`, 'gu');
// The campus's "at" is held without spaces while a line is split (as splitHeaderParts and splitParts split "Analyst at
// Acme", "B.Tech at IIT Bombay"), then given back.
const HELD_AT = '\uE000at\uE000';
const heldCampus = (text: string) =>
  text.length > MAX_ENTRY_LINE || !text.includes(' at ') ? text : text.replace(CAMPUS_AT, `$1${HELD_AT}`);
const releasedCampus = (part: string) => (part.includes(HELD_AT) ? part.replaceAll(HELD_AT, ' at ') : part);
/** The parts of a line between splitHeaderParts' separators, a campus's "at" kept inside the school's name. */
function splitNameParts(text: string): string[] {
  return splitHeaderParts(heldCampus(text)).map(releasedCampus);
}

/** The parts of a line between separators: tabs, "|", dashes, commas, " at " (not a campus's), " from ". */
function splitParts(text: string): string[] {
  return splitHeaderParts(heldCampus(text))
    .flatMap((part) => part.split(/(?!(?<=\s)\s)\s*(?:[,;，]|ï¼\u008c?)\s*|\s+(?:from|at|@)\s+(?=\p{Lu})/u))
    .map((part) => cleanPart(releasedCampus(part)))
    .filter(Boolean);
}

// The marks cleanPart takes off a part's start and end: a part with none there (most parts) is its squashed text.
const PART_START_MARKS = ',|:;()–—-·';
const PART_END_MARKS = ',|:;(–—-)·';
function cleanPart(text: string): string {
  const squashed = squash(text);
  if (!PART_START_MARKS.includes(squashed[0] ?? ',') && !PART_END_MARKS.includes(squashed.at(-1) ?? ','))
    return squashed;
  return squashed
    .replace(/^[\s,|:;()–—·-]+/, '')
    .replace(/(?<![\s,|:;(–—·-])[\s,|:;(–—·-]+$/, '')
    .replace(/^\((.*)\)$/, '$1')
    .trim();
}

// "of Engineering", "of Science in": the "of" phrase that belongs to a degree word ("Bachelor of Engineering").
const OF_PHRASE = /^\s+(?:of|OF|Of)\s+\p{L}[\p{L}.&-]*(?:\s+(?:(?:and|&)\s+)?(?!The\b|THE\b)\p{Lu}[\p{L}.&-]*){0,2}/u;
const LOWER_RUN = /^(?:[ \t]+\p{Ll}[\p{L}.&-]*){1,2}(?=[ \t]+in[ \t])/u;
const OF_WORD = /^\s+(?:of|OF|Of)\s+\p{L}[\p{L}.&-]*/u;
// "University of", "College of", …: where a school's name begins, whatever comes before it.
const SCHOOL_OF = /\s+(?:universit(?:y|é|à|ät)|college|institute|school|academy)\s+(?:of|OF|Of)\s/iu;
// A degree's standard one-word subject ends its "of" phrase ("Bachelor of Engineering", "Master of Science", "Bachelor of
// Fine Arts"): capitalised words right after it are the field, which flattened text glues on with no "in" ("Bachelor of
// Engineering Electronics and Telecommunications", "Master of Science Computer Science"). Not before "and" or "&" ("Bachelor
// of Arts and Science") nor before what is still the degree's ("Associate of Arts Degree", "Bachelor of Science Honours").
// "Bachelor of Engineer Information technology": "Engineer" is written for "Engineering" too.
const STANDARD_SUBJECT =
  /^\s+of\s+(?:fine\s+|applied\s+)?(?:sciences?|arts|engineering|engineer|technology|commerce|education|laws?|pharmacy|architecture|medicine|nursing|philosophy|design)(?=\s+(?!and\b|&|degree\b|diploma\b|program|course|hons\b|honou?rs\b)\S)/i;
/**
 * The "of" phrase of a degree as far as it names the degree: up to a standard subject ({@link STANDARD_SUBJECT}), or the
 * first writing of words the line writes twice ("of Business Administration Business Administration": the field, written
 * again by the job site's form). `phrase` is what OF_PHRASE read at the start of `part`.
 */
function subjectOfDegree(phrase: string, part: string): string {
  const prefix = /^\s+of\s+/i.exec(phrase)?.[0] ?? '';
  const doubled = doubledLead(part.slice(prefix.length).trim());
  if (doubled && prefix.length + doubled.lead.length < phrase.length) return `${prefix}${doubled.lead}`;
  const standard = STANDARD_SUBJECT.exec(phrase)?.[0];
  if (standard !== undefined) return standard;
  // "Master of Organizational Leadership Human Resources": OF_PHRASE's last word cut a field's name in two, the word
  // after the phrase ending it; the phrase ends before that name.
  const words = phrase.slice(prefix.length).trim().split(/\s+/);
  const last = words.at(-1) ?? '';
  const next = /^\s+([\p{L}&-]+)/u.exec(part.slice(phrase.length))?.[1] ?? '';
  if (words.length >= 2 && FIELD_END_WORD.test(next) && !FIELD_END_WORD.test(last) && !/^(?:and|&)$/i.test(last))
    return phrase.slice(0, phrase.lastIndexOf(last)).trimEnd();
  return phrase;
}
// What may follow a degree before its field: "in", "(", ",", "-", ":", "with a major in"; Spanish and French "en",
// Portuguese "em" ("Bacharelado em Ciência da Computação"), Russian "по направлению"/"по специальности".
const FIELD_LEAD =
  /^\s*(?:,|\(|-|–|:|\s(?:in|en|em|of|по\s+(?:направлению(?:\s+подготовки)?|специальности)|with\s+(?:a\s+)?(?:major|specialization|specialisation)\s+in|major(?:ing)?\s+in|specialization\s+in)\s)/i;

// The streams of a school-leaving exam: science, commerce, arts, their subject groups (PCM, PCB, MPC, BiPC, CEC, MEC), and
// a subject such as computer science or mathematics.
const STREAM =
  /^(?:(?:general|pure|applied|computer|medical|non[-\s]?medical|political|social|home|natural)\s+)?(?:science|sciences|commerce|arts|humanities|mathematics|maths?|biology|physics|chemistry|economics|accountancy|accounts|statistics|vocational|pcm|pcb|pcmb|pcmc|mpc|bipc|cec|mec|hec|non[-\s]?medical|medical|pre[-\s]?engineering|pre[-\s]?medical)(?:\s*(?:[,&/]|and|with)\s*\p{L}[\p{L} ]{0,30})?$/iu;

// One to four words in lower case after a degree, up to a capitalised word, a column's or a part's end.
const LOWER_SUBJECT = /^[ \t]+(\p{Ll}+(?: \p{Ll}+){0,3})(?=[ \t]+\p{Lu}|[ \t]*(?:[,;|\t]|$))/u;

const GENERIC_DEGREE = /^(?:(?:post|under)?[-\s]?graduation|degree|diploma|master['’]?s?|bachelor['’]?s?)$/i;

/** Words of a text in lower case, each between single spaces (" health care management "), for whole-word search. */
function spacedWords(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .trim()} `;
}

// Words that end a field's name more often than they begin a school's ("Political Science & Global Studies South
// Dakota State University" cut by a line wrap before the repeat's "Studies").
const FIELD_END_WORD =
  /^(?:studies|science|sciences|engineering|administration|management|technology|arts|education|economics|design|communications?|development|relations|marketing|accounting|finance|psychology|biology|justice|journalism|nursing|english|history|chemistry|physics|mathematics|sociology|philosophy|anthropology|geography|geology|kinesiology|physiology|planning|hospitality|agriculture|architecture|counseling|counselling|affairs|resources|analytics|informatics|linguistics|literature|theology|leadership|medicine|writing|systems|work|security|strategy|computers|computing|languages?|meteorology|statistics|nutrition|dietetics|therapy|pharmacy|media)$/i;

// A school's name that opens with "University of" ("Chemistry University of North Carolina"), unless the words before it
// are part of the name ("California State University of …", "Southern University of …").
const UNIVERSITY_OF = /\s(?=(?:The\s+)?University\s+of\s+\p{Lu})/u;

/**
 * "Criminal Justice Tallahassee Community College", "Chemistry University of North Carolina": a field glued to its
 * school with nothing written again to tell them apart (the Kaggle PDFs' template, "Degree : Field School – City ,
 * State"). The field ends at the last word that ends a field's name after which the rest, two words or more opening
 * with a capital, still names a school; else (with `universityOf`) before a school's "University of". Undefined when
 * neither is found.
 */
function fieldBeforeSchool(part: string, universityOf = true): { field: string; school: string } | undefined {
  const words = part.split(' ');
  if (words.length < 3 || words.length > 24) return undefined;
  for (let count = words.length - 2; count >= 1; count--) {
    const last = (words[count - 1] as string).replace(/[,.;:]$/, '');
    // A field written as its capitals ("MBA , HR Walsh College", "B.Sc IT Mumbai University"), only before a school's
    // name that opens with a name of its own ("HR College of Commerce" is a college named HR).
    const abbreviation = isFieldAbbreviation(last);
    if (!FIELD_END_WORD.test(last) && !abbreviation) continue;
    if (abbreviation && SCHOOL_WORD.test(words[count] as string)) continue;
    const school = words.slice(count).join(' ');
    const field = words.slice(0, count).join(' ');
    if (!/^\p{Lu}/u.test(school) || /^(?:and|of|in|at|for|the)\b/i.test(school) || !isFieldName(field)) continue;
    // Not a degree's words alone ("New English High School" is one name: "High School" names no school of its own).
    if (INSTITUTION.test(withoutDegrees(school)) || UNIVERSITY_ACRONYM.test(school)) return { field, school };
  }
  const of = universityOf ? UNIVERSITY_OF.exec(part) : null;
  if (!of) return undefined;
  // "The University of Texas at Austin": the article opens the school's name, never ends a field.
  const article = /(?:^|\s)The$/.exec(part.slice(0, of.index));
  const at = article ? article.index : of.index;
  const field = part.slice(0, at);
  const lastWord = field.split(' ').at(-1) ?? '';
  if (!field || !isFieldName(field) || NAME_GOES_ON.test(lastWord) || isRegionName(field)) return undefined;
  return { field, school: part.slice(at).trim() };
}

// Words, not a school's ("Nursing Hill University Bachelor of Science in Nursing" is no field) nor a code or a label's
// leftover ("BAAS) :").
const isFieldName = (text: string) => /^\p{L}[\p{L}\p{N}&/'’ .,-]*$/u.test(text) && !INSTITUTION.test(text);

// A name that ends on a joining word goes on after it ("Institute of", "School for the").
const JOINING_END = /(?:^|\s)(?:of|and|for|the|in|at|de|&)$/i;

/**
 * A field glued to its school, told apart by the line writing the field again: after the place (`later`: "Business
 * Administration Troy University – City , State Business Administration") or at the part's own end ("Biology Computer
 * Science Loyola Marymount University Biology Computer Science"). The longest such lead whose rest names a school and
 * which does not; undefined when there is none.
 */
function repeatedField(part: string, later: string): { field: string; school: string } | undefined {
  const words = part.split(' ');
  if (words.length < 2 || words.length > 24 || later.length > MAX_NAME_PART) return undefined;
  const rest = spacedWords(later);
  const whole = spacedWords(part);
  for (let count = words.length - 1; count >= 1; count--) {
    const lead = words.slice(0, count).join(' ');
    const spacedLead = spacedWords(lead);
    if (spacedLead.trim() === '' || INSTITUTION.test(lead)) continue;
    // Written again at the part's own end: the school is what lies between.
    let ownEnd = 2 * count < words.length && whole.endsWith(spacedLead);
    // "Hotel Management Institute of Hotel Management": where the words between end on "of" (or another joining word),
    // the field written again ends the school's own name ("Institute of …", "College of …"), which keeps it.
    if (ownEnd && JOINING_END.test(words.slice(count, words.length - count).join(' '))) ownEnd = false;
    let school = words.slice(count, ownEnd ? words.length - count : words.length).join(' ');
    if (!INSTITUTION.test(school) && !UNIVERSITY_ACRONYM.test(school)) continue;
    // The lead repeated with the school's first word after it is the school's name written again, not a field.
    if (!ownEnd && !(rest.includes(spacedLead) && !rest.includes(spacedWords(`${lead} ${words[count]}`)))) continue;
    let field = lead;
    const next = words[count] ?? '';
    const shorter = school.slice(next.length).trim();
    if (FIELD_END_WORD.test(next) && (INSTITUTION.test(shorter) || UNIVERSITY_ACRONYM.test(shorter))) {
      field = `${lead} ${next}`;
      school = shorter;
    }
    return { field, school };
  }
  return undefined;
}

/**
 * The longest run of words that `part` starts with and writes again right after ("Finance Finance", "Strategic
 * Management Strategic Management Dallas TX"), with where its second writing ends; undefined when there is none.
 */
function doubledLead(part: string): { lead: string; end: number } | undefined {
  const words = [...part.matchAll(/\S+/g)];
  if (words.length < 2 || words.length > 24) return undefined;
  const same = (left: number, right: number) => words[left]![0].toLowerCase() === words[right]![0].toLowerCase();
  for (let count = Math.floor(words.length / 2); count >= 1; count--) {
    let doubled = true;
    for (let index = 0; index < count && doubled; index++) doubled = same(index, count + index);
    if (!doubled) continue;
    const last = words[2 * count - 1]!;
    return {
      lead: part.slice(0, words[count - 1]!.index + words[count - 1]![0].length),
      end: last.index + last[0].length,
    };
  }
  return undefined;
}

// A word or mark that joins two subjects in a field's name ("Finance and Corporate Finance", "Law & Economics").
const SUBJECT_JOINER = /^(?:and|&|or|plus|und|et|y|e)$|[,;/]$/;
/**
 * "Hospitality Management International Hospitality Management": a form's degree column ("Bachelor in Hospitality
 * Management") and its field column, which writes the same subject again with up to three words before it. The field is
 * the second writing, which holds the first; `part` is returned as it is otherwise, and where a field's closing word
 * comes right before the second writing.
 */
function widerFieldWrittenAgain(part: string): string {
  const words = part.split(' ');
  if (words.length < 3 || words.length > 16) return part;
  const lower = words.map((word) => word.toLowerCase());
  for (let count = Math.floor((words.length - 1) / 2); count >= 1; count--) {
    const between = words.length - 2 * count;
    if (between < 1 || between > 3) continue;
    const tail = lower.slice(-count);
    // "Healthcare Administration Management Healthcare Administration": a field's closing word before the second
    // writing ends the first field there, the rest a repeat of its start, not a wider name.
    if (FIELD_END_WORD.test(words[words.length - count - 1] as string)) continue;
    // "Finance and Corporate Finance", "Engineering Physics and Nuclear Engineering": two subjects joined, one field.
    if (lower.slice(count, words.length - count).some((word) => SUBJECT_JOINER.test(word))) continue;
    if (tail.every((word, index) => word === lower[index])) return words.slice(count).join(' ');
  }
  return part;
}

// A minor ("Minor in Computer Science", "/minor Social Work", "with a minor in Business") or a count of credits ("113 credit
// hours earned") after the field's words, and all that follows it.
const NOT_THE_FIELD =
  /(?<=\p{L}[\p{L}.)]*)(?:[ \t]+|[ \t]*[,;/][ \t]*)(?:(?:with[ \t]+)?(?:an?[ \t]+)?minors?(?![\p{L}])|\d+(?:\.\d+)?[ \t]+(?:(?:semester|quarter|credit)[ \t]+)?(?:credits?|hours|units)(?![\p{L}])).*$/iu;

/**
 * "Osmania University Mechanical Engineering", "Colorado School of Mines Civil Engineering": the Kaggle template writes the
 * field again after the school. The school ends before it where the words left still name a school and do not end on a
 * joining word ("Institute of Hotel Management" keeps its name).
 */
function withoutTrailingField(school: string, field: string): string {
  if (school.length > MAX_NAME_PART || field.length > MAX_NAME_PART) return school;
  const schoolBefore = (at: number) => {
    const rest = cleanPart(school.slice(0, at));
    const names = rest.includes(' ') && (INSTITUTION.test(rest) || UNIVERSITY_ACRONYM.test(rest));
    return names && !JOINING_END.test(rest) ? rest : undefined;
  };
  const at = school.length - field.length - 1;
  if (at > 0 && school.slice(at).toLowerCase() === ` ${field.toLowerCase()}`) return schoolBefore(at) ?? school;
  // "University of Missouri Educational Leadership and Policy Analysis Graduated with …", "John L. Grove College of
  // Business Business Administration/Office" (the line wrapped inside it): the field written again, whole or its first
  // words cut by the line's end, with more after it (a note, an honour, the next line's words). Two words of it at
  // least (one word may be the school's own: "Hill University Science College"); a month's number the template left
  // before the year ("Secretarial Science 1 1981") is no word of the field.
  const words = field.replace(/(?:[ \t]+\d{1,2})+$/, '').split(' ');
  const lower = school.toLowerCase();
  for (let count = words.length; count >= 2; count--) {
    const repeat = ` ${words.slice(0, count).join(' ').toLowerCase()}`;
    const found = lower.indexOf(repeat);
    // Whole words: the repeat ends the school's text or a word ends with it ("… Administration/Office" ends a word).
    if (found <= 0 || /[\p{L}\p{N}]/u.test(lower[found + repeat.length] ?? ' ')) continue;
    const rest = schoolBefore(found);
    if (rest !== undefined) return rest;
  }
  return school;
}

// A mode of study or a result in parentheses after a degree ("MBA (Distance Education)", "B.Com (Pursuing)"): no field.
const STUDY_NOTE =
  /\b(?:distance|correspondence|part[- ]?time|full[- ]?time|regular|evening|weekend|online|external|private|pursuing|ongoing|appeared|awaited|result|dual|integrated|hons?|honou?rs|pass|nonaccredi?ted|non[- ]accredi?ted|accredited)\b/i;
/**
 * The text after a degree with a parenthesis right after it made a part of its own: "B.E.(Mechanical) Pune University",
 * "ME(computers) computer", "MBA (Finance) Marketing …" hold the field there, which the closing parenthesis glued to the
 * school's name ("Mechanical) Pune University"). A parenthesis before a colon ("B.A. (nonaccredited) : Ministry …",
 * "Associates of Applied Science (AAS) : Electronic Technology") or naming a mode of study is a note on the degree, and
 * is dropped: the field follows it. Other parentheses (a grade, a year, a degree) are left as they are.
 */
function withParenthesisApart(after: string): string {
  const paren = /^[ \t]*\(([^()]{1,60})\)/.exec(after.slice(0, 80));
  if (!paren) return after;
  const inner = cleanPart(paren[1] as string);
  const rest = after.slice(paren[0].length);
  const note = STUDY_NOTE.test(inner);
  const fieldLike =
    isFieldName(inner) &&
    !GRADE.test(inner) &&
    !DATE_WORDS.test(inner) &&
    !BOARD.test(inner) &&
    !looksLikePlace(inner) &&
    degreeMentions(inner).length === 0;
  if (!note && !fieldLike) return after;
  return note || /^[ \t]*:/.test(rest) ? ` ${rest}` : ` (${inner})\t${rest}`;
}

const MAX_FIELD_WORDS = 8;
const FIELD_NAME_WORD = /^\p{Lu}[\p{L}'’./-]*,?$/u;
/**
 * The field a line opening with the school ends with after its degree ("Associate of Arts Business Administration
 * Coursework in …" → "Business Administration", the note after it apart), or undefined where the words there open with a
 * note, are a date's words ("Expected"), hold a number, or are not a name's words.
 */
function fieldEndingSchoolLine(part: string): { field: string; note: string } | undefined {
  const at = part.search(NOT_AN_INSTITUTION);
  const field = (at === -1 ? part : part.slice(0, at)).trim();
  if (DATE_WORDS.test(field) || /\d/.test(field)) return undefined;
  if (!writtenAsFieldName(field) || NOT_A_FIELD_OPENING.test(field)) return undefined;
  // The words of a note cut before its noun ("Full Scholarship"), and a place after the degree ("Columbus Ohio").
  if (at !== -1 && NOTE_ADJECTIVE.test(field)) return undefined;
  const words = field.split(/[ \t]+/);
  if (isRegionOrCountry(field) || isRegionOrCountry(words.at(-1) as string)) return undefined;
  if (words.length > 1 && isRegionOrCountry(words.slice(-2).join(' '))) return undefined;
  return { field, note: at === -1 ? '' : part.slice(at).trim() };
}

// What the words after a degree open with when they are a note on it, not its field ("Graduated With Honors").
const NOT_A_FIELD_OPENING = /^(?:graduat\p{L}*|with|honou?rs?|awarded|received|studied)(?![\p{L}])/iu;
// A note's words before its noun that NOT_AN_INSTITUTION finds ("Full Scholarship", "Merit Scholarship").
const NOTE_ADJECTIVE = /^(?:full|partial|half|merit|academic|athletic|presidential|tuition)$/i;

/**
 * Whether text is written as a field's name: at most 8 words, each capitalised (a comma may close it: "History, Music")
 * or, between two of them, a small word or mark joining them ("Computer Science and Mathematics", "Technology / Audio
 * Engineering"); not prose ("Respiratory Therapy Graduate as Valedictorian of").
 */
function writtenAsFieldName(text: string): boolean {
  const words = text.split(/[ \t]+/);
  return (
    words.length <= MAX_FIELD_WORDS &&
    words.every(
      (word, index) =>
        FIELD_NAME_WORD.test(word) ||
        (index > 0 && index < words.length - 1 && (word === '&' || word === '/' || JOINING_WORD.test(word))),
    )
  );
}

/** Degree, field of study and the other parts of the line that names the degree. */
function readDegreeLine(line: string): { degree?: string; field?: string; rest: string[] } {
  // A column that is only a place ("B.Tech.\tGhatkesar, Andhra Pradesh\t…") is neither the field nor the school.
  const text = line.includes('\t')
    ? line
        .split('\t')
        .filter((column) => !isPartPlace(column))
        .join('\t')
    : line;
  // "Parker High School - City 05/2005 High School Diploma": the words of a school's name name no degree here either.
  const mentions = degreeMentions(text);
  // "Graduation: B.Sc (Computer Science)", "Degree - MCA": a generic word used as a label gives way to the degree it labels.
  const labelled =
    mentions.length > 1 &&
    GENERIC_DEGREE.test(mentions[0]!.text) &&
    /^\s*[:–—-]\s*$/.test(text.slice(mentions[0]!.end, mentions[1]!.start));
  const first = mentions[labelled ? 1 : 0];
  if (!first) return { rest: splitParts(text) };
  // "MBA / PGDM", "B.A. & LL.B.": two degrees' words that name one degree are read as one name.
  const second = mentions[labelled ? 2 : 1];
  const mention =
    second !== undefined && joinedAsOne(text, first, second)
      ? { ...first, text: text.slice(first.start, second.end), end: second.end }
      : first;
  // Core's reading may run into the field or the "of" phrase ("Diploma in Graphic", "Associate of Applied"): the degree
  // word ends before them, and the "of" phrase is read again in full here.
  const into = /\s+(?:in|en|em|de|ès|es|of)(?:\s+\p{L}+)?$/iu.exec(mention.text);
  let end = into ? mention.start + into.index : mention.end;
  // "Bachelor of Science DELAWARE VALLEY COLLEGE": past the first word, the phrase stops where a school's name begins.
  // The phrase stays inside the degree's column: "Bachelor of Arts Sociology\tSophia College" (a column gap) ends at "Sociology".
  const part = text.slice(end, end + 200).split(/[,;:|\t，]|\s[–—-]\s/)[0] ?? '';
  const phrase = OF_PHRASE.exec(part);
  // With a school's name in the part, the phrase is cut to its first word ("Bachelor of Science DELAWARE VALLEY
  // COLLEGE"), unless the school's name begins inside it as "University of …", which always opens a name: then the
  // phrase ends there ("Master of Business Administration University of Phoenix").
  const firstWord = phrase ? OF_WORD.exec(phrase[0]) : null;
  const schoolOf = phrase ? SCHOOL_OF.exec(part) : null;
  // "Master of Information Technology (MIT), Hill University": the whole phrase's initials in parentheses after it are
  // the degree's short name, not a school's ("MIT"); they name no school here.
  const schoolPart =
    phrase && initialsInParentheses(text.slice(mention.start, end) + phrase[0], part.slice(phrase[0].length)) > 0
      ? phrase[0]
      : part;
  let of: string | undefined;
  if (phrase && firstWord && schoolOf && schoolOf.index >= firstWord[0].length && schoolOf.index < phrase[0].length)
    of = part.slice(0, schoolOf.index);
  else if (phrase && (INSTITUTION.test(schoolPart) || UNIVERSITY_ACRONYM.test(schoolPart))) of = firstWord?.[0];
  else of = phrase?.[0];
  if (of !== undefined) of = subjectOfDegree(of, part);
  if (
    of !== undefined &&
    /^(?:bache?lor|master|doctor|associate)/i.test(mention.text) &&
    !/\bof\s+(?:the|a)\b/i.test(of) &&
    !INSTITUTION.test(of)
  ) {
    end += of.length;
    // Written in lower case ("Bachelor of computer science in computer science"), the phrase runs on to its "in".
    const lower = /^\s+of\s+\p{Ll}/u.test(of) ? LOWER_RUN.exec(text.slice(end, end + 80)) : null;
    if (lower) end += lower[0].length;
  }
  // "(Hons)", "(Honours)" belong to the degree.
  const honours = HONOURS.exec(text.slice(end, end + 20));
  if (honours) end += honours[0].length;
  // "Diplom-Ingenieur (Dipl.-Ing.) Elektrotechnik": the degree's own short name in parentheses is the degree's, not the field's.
  const next = mentions.find((found) => found.start >= end);
  if (next !== undefined && isOwnAbbreviation(text, mention, next, end))
    end = next.end + (/^\s*\)/.exec(text.slice(next.end))?.[0].length ?? 0);
  else end += initialsInParentheses(text.slice(mention.start, end), text.slice(end, end + 24));
  // Letters glued to an abbreviation's end are part of it ("B.Sc(MECs)" keeps its field apart by the parenthesis).
  const degree = cleanPart(text.slice(mention.start, end));
  const before = text.slice(0, labelled ? mentions[0]!.start : mention.start);
  // "MST/Taxation University of Hartford": a slash glued between the degree and a capitalised word sets the field apart.
  const after = withParenthesisApart(text.slice(end).replace(/^\/(?=\p{Lu}\p{Ll})/u, ' '));
  const afterParts = splitParts(after);
  let field: string | undefined;
  const lead = FIELD_LEAD.exec(after);
  const short = mention.text.replace(/[.\s]/g, '').length <= 6;
  // The field is the first part after the degree, unless that part is the school, a place, a date or a grade.
  // Without a lead word, a capitalised part right after the degree is its field when the degree is an abbreviation
  // ("MSc Data Science") or another part follows ("Diplom-Ingenieurin Maschinenbau, Technische Universität München").
  // So are the capitalised words that end a line opening with the degree ("Ingeniero Civil Industrial", "Master of
  // Science Informatik"), and a Russian field in the genitive ("Магистр прикладной математики").
  // So are those that end a line opening with the school ("Lone Star College – City , State Associate of Arts Business
  // Administration", the Kaggle template's school-first order), up to a note ("… Coursework in …", "Magna Cum Laude").
  const schoolFirst =
    afterParts.length === 1 && before.trim() !== '' && (INSTITUTION.test(before) || UNIVERSITY_ACRONYM.test(before))
      ? fieldEndingSchoolLine(afterParts[0] as string)
      : undefined;
  const alone = afterParts.length === 1 && ((!before.trim() && !/\d/.test(after)) || schoolFirst !== undefined);
  if (schoolFirst?.note) afterParts.splice(0, 1, schoolFirst.field, schoolFirst.note);
  // "B.E. computer science Bhopal, …", "SSC science Pune, …": a subject typed in lower case right after the degree is
  // its field where its words name a stream or a subject ("computer science", "commerce"; other lower-case words there
  // are prose: "BE reports", "MBA seeking"); the part goes on past it with the next capitalised word.
  const lowerSubject = LOWER_SUBJECT.exec(after)?.[1];
  const firstPart = afterParts[0]?.trim();
  const subjectFirst =
    lowerSubject !== undefined && STREAM.test(lowerSubject) && firstPart?.startsWith(lowerSubject) === true;
  if (subjectFirst) {
    const remainder = (firstPart as string).slice(lowerSubject.length).trim();
    if (remainder) afterParts.splice(0, 1, lowerSubject, remainder);
    else afterParts[0] = lowerSubject;
  }
  const bare =
    subjectFirst ||
    (/^[ \t]+\p{Lu}/u.test(after) && (short || afterParts.length >= 2 || alone)) ||
    (/^[ \t]+[а-яё]/u.test(after) && afterParts.length <= 2);
  // " BE  Rajapur, Uttar Pradesh Madhyamik Vidya Mandir Rajapur": a form's columns (degree, field, place, school) with the
  // field left empty; the place's column comes right after the degree's, so what follows the place is the school.
  const degreeColumnEnd = line.indexOf('\t', line.indexOf(degree));
  const nextColumn = degreeColumnEnd === -1 ? undefined : /^\t([^\t]*)/.exec(line.slice(degreeColumnEnd))?.[1];
  const placeBeforeName =
    nextColumn !== undefined &&
    line.slice(line.indexOf(degree) + degree.length, degreeColumnEnd).trim() === '' &&
    isPartPlace(nextColumn);
  const bareField = bare && !placeBeforeName && !/\s(?:from|at)\s/i.test(after.slice(0, 40));
  if (afterParts[0] !== undefined && (lead || bareField)) {
    // The Russian "по направлению (подготовки)"/"по специальности" (in the programme of) leads it in too, and the
    // programme's name is often in guillemets ("Бакалавр по направлению «Прикладная информатика»").
    const first = afterParts[0]
      .replace(
        /^(?:in|en|em|of|по\s+(?:направлению(?:\s+подготовки)?|специальности)|with\s+(?:a\s+)?(?:major|specialization|specialisation)\s+in|major(?:ing)?\s+in|specialization\s+in)\s+/i,
        '',
      )
      .replace(/^«([^«»]*)»$/u, '$1');
    // A closing parenthesis that closes nothing ("Computer Science)": its opening one led the field in) goes; one that
    // closes a name's note stays ("Finance Hill University (IIT)").
    let candidate = cleanPart(first.replace(/^([^()]*)\)\s*$/, '$1'));
    // "Health Care Management Grand Canyon University – City , State Health Care Management": a resume builder's template
    // (the Kaggle resumes') glues the field to the school and writes it again after the place; the words the line repeats
    // are the field, the rest the school.
    // "BBA : Finance Finance", "MBA : Strategic Management Strategic Management Dallas TX": the same template without the
    // place between writes the field twice in a row; once is the field, what follows another part.
    const doubled = doubledLead(candidate);
    if (doubled) {
      const after = candidate.slice(doubled.end).trim();
      if (after) afterParts.splice(1, 0, after);
      candidate = doubled.lead;
    }
    const repeated = repeatedField(candidate, afterParts.slice(1).join(' '));
    if (repeated) {
      afterParts.splice(1, 0, repeated.school);
      candidate = repeated.field;
    }
    // "Public Relations The University of Texas": the school's name, glued to the field, starts at "The …". ("Criminology
    // University of Washington" is left whole: "Pune Institute of Technology" has the same shape.)
    const school = /\s(?=The\s+\p{Lu})/u.exec(candidate);
    if (
      school &&
      (INSTITUTION.test(candidate.slice(school.index)) || UNIVERSITY_ACRONYM.test(candidate.slice(school.index)))
    ) {
      afterParts.splice(1, 0, candidate.slice(school.index + 1));
      candidate = candidate.slice(0, school.index);
    } else if (!repeated && (INSTITUTION.test(candidate) || UNIVERSITY_ACRONYM.test(candidate))) {
      const glued = fieldBeforeSchool(candidate);
      // The school takes the part's place; the field goes before it, and is dropped below if it is no field.
      if (glued) {
        afterParts.splice(0, 1, glued.field, glued.school);
        candidate = glued.field;
      }
    }
    // "Aviation Technology Associate of Science", "Accounting Bachelor of Business Administration in Accounting",
    // "Nursing/Master of Business Administration": a template writing the degree again after the field, or a second
    // degree; the field ends where another degree's words begin.
    const again =
      candidate.length <= MAX_NAME_PART ? degreeMentions(candidate).find((found) => found.start > 0) : undefined;
    if (again) candidate = cleanPart(candidate.slice(0, again.start).replace(/[\s/&,(–—-]+$/, ''));
    // "Computer Science) in Computer Science", "Microbiology in Microbiology": a field the person wrote and a job site's
    // template repeated after "in"; "IT in VIT, Pune": a field, then the school (an acronym before a place).
    const inAt = candidate.toLowerCase().indexOf(' in ');
    if (inAt > 0 && candidate.length <= MAX_NAME_PART) {
      const left = candidate.slice(0, inAt).trim();
      const right = candidate.slice(inAt + 4).trim();
      const next = afterParts[1];
      if (left.endsWith(')') || normalizeValue(left) === normalizeValue(right))
        candidate = cleanPart(left.replace(/\)$/, ''));
      else if (
        /^\p{Lu}{2,6}$/u.test(right) &&
        next !== undefined &&
        (looksLikePlace(next) || (afterParts.length === 2 && /^\p{Lu}\p{Ll}+$/u.test(next)))
      ) {
        afterParts.splice(1, 0, right);
        candidate = left;
      }
    }
    // "B.Sc in West Bengal State": a region is where one studied, not what.
    // (Not a two- or three-letter code: "IT", "CS", "ECE" are fields as often as they are places.)
    if (!/^\p{Lu}{2,3}$/u.test(candidate) && isRegionName(candidate)) {
      afterParts.shift();
      candidate = '';
    }
    // A school-leaving exam's field is its stream ("HSC in Science", "Class XII (PCM)"); anything else typed there is not
    // ("SSC in Dot Net Framework", "SSLC in Government", "S.S.C in A'Bad").
    // After "in" it is neither a field nor a school's name, and is dropped; after a comma or a dash it may name the school.
    if (mention.level === 'high-school' && !STREAM.test(candidate)) {
      // Nor is a part whose school's word is a degree's, with other words ("High School Diploma : High School General
      // Education"; "High School" alone is where the template's anonymised school goes).
      const unnamed = withoutDegrees(candidate);
      const degreeWordsOnly = INSTITUTION.test(candidate) && !INSTITUTION.test(unnamed) && unnamed.trim() !== '';
      if (
        degreeWordsOnly ||
        (/^\s+in\s/i.test(after) && !INSTITUTION.test(candidate) && !UNIVERSITY_ACRONYM.test(candidate))
      )
        afterParts.shift();
      candidate = '';
    }
    // "Electrical Engineering Minor in Computer Science", "Professional Sales 113 credit hours earned": a minor and a count
    // of credits are no part of the field, which ends before them.
    if (candidate.length <= MAX_NAME_PART) candidate = cleanPart(candidate.replace(NOT_THE_FIELD, ''));
    if (
      candidate &&
      !INSTITUTION.test(candidate) &&
      !UNIVERSITY_ACRONYM.test(candidate) &&
      !GRADE.test(candidate) &&
      !BOARD.test(candidate) &&
      // "in IT", "in CS": after "in", a code of two or three capitals is a field, not a region ("Boston, MA").
      (!looksLikePlace(candidate) || (/^\s+in\s/i.test(after) && /^\p{Lu}{2,3}$/u.test(candidate))) &&
      candidate.split(' ').length <= 8
    ) {
      field = candidate;
      afterParts.shift();
      // "Master of Arts : Radio, Television & Motion Pictures University of North Carolina", "B.S : Psychology, Education
      // Morgan State University": a field of several names listed with commas, the last glued to the school; the names
      // before the school are the field's.
      const next = afterParts[0];
      const at = after.indexOf(candidate);
      if (next !== undefined && at !== -1 && /^\s*,/.test(after.slice(at + candidate.length))) {
        const glued = fieldBeforeSchool(next);
        // Not an article that opens the school's name ("…, The University of Alabama"); a field written again is once.
        if (glued && glued.field.split(' ').length <= 4 && !/^(?:the|a|an)$/i.test(glued.field)) {
          if (!normalizeValue(candidate).endsWith(normalizeValue(glued.field))) field = `${candidate}, ${glued.field}`;
          afterParts[0] = glued.school;
        }
      }
    }
  }
  return {
    degree,
    ...(field ? { field: widerFieldWrittenAgain(field) } : {}),
    rest: [...splitParts(before), ...afterParts],
  };
}

// A grade and everything after it on the line. `.*$` cannot cross "\r", U+2028 or U+2029, so it is applied past the last one:
// otherwise each "GPA" before such a character would scan on to it and fail (quadratic in the number of them).
function cutGrade(part: string): string {
  const lastBreak = Math.max(part.lastIndexOf('\r'), part.lastIndexOf('\u2028'), part.lastIndexOf('\u2029'));
  const tail = part.slice(lastBreak + 1);
  const at = tail.search(GRADE);
  return part.slice(0, lastBreak + 1) + (at === -1 ? tail : tail.slice(0, at));
}
