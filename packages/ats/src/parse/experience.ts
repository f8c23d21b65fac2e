import {
  canonicalSkillName,
  extractSkills,
  findDateRanges,
  GENERAL_ROLE_NOUNS,
  mapEmploymentType,
  parseMonthYear,
  ROLE_NOUNS,
  seniorityLevels,
  type ExperienceEntry,
  type SkillCategory,
} from '@rolefit/core';
import {
  beforeTrailingSeparator,
  ENTRY_FIELD_LABELS,
  entryFieldKind,
  finalParenthesis,
  isPlaceName,
  isPresentWord,
  isRangeSeparator,
  isTownNamePrefix,
  LEGAL_FORMS,
  legalFormSource,
  monthFromName,
  opensWithSinceWord,
  placeCode,
  placeCodeBesideWork,
  pushAll,
  TOWN_NAME_SMALL_WORDS,
} from '@rolefit/core/internal';
import { isRegionOrCountry } from '../contact/places.js';
import { unfoldLabelledFields } from './labelled-lines.js';
import { namesOrganisationAbroad } from './organisation-words.js';
import { isBullet, normalizeValue, rememberLines, repairMojibake, squash, stripBullet, wordCount } from './lines.js';

/** Options shared by the entry parsers. */
export interface EntryOptions {
  /** The reference "today" for ongoing ranges. */
  now?: Date;
}

// Words that mark a job title, and words that mark an organisation.
// Role nouns and the names of seniority levels ("Staff", "Senior"), from core's vocabularies; "mid" is left out ("mid-2019").
const TITLE_WORDS = new RegExp(
  String.raw`\b(?:${[...ROLE_NOUNS, ...GENERAL_ROLE_NOUNS, ...seniorityLevels.filter((level) => level !== 'mid')].join('|')})s?\b`,
  'i',
);
// Outsourcing and consulting firms named in resumes as employers and as the clients their staff serve; unlike the
// vendors below ("Microsoft Certified", "Oracle DBA") their names open no title of their own.
const SERVICE_FIRMS = ['infosys', 'tcs', 'wipro', 'accenture', 'cognizant', 'capgemini', 'deloitte'];
// English legal forms (core's LEGAL_FORMS; those abroad are namesOrganisationAbroad's). "Co" ends a company's name
// ("Acme Trading Co."); "Co-" before a word is the prefix of a role ("Co-Founder", "Co-ordinator"), not it.
const ENGLISH_LEGAL_FORMS = legalFormSource(LEGAL_FORMS.filter((form) => form.english));
// The kinds of institution whose word ends an employer's name ("Mercy Hospital", "Acme Holdings", "Anna University").
const INSTITUTION_WORDS = [
  'university',
  'college',
  'institute',
  'school',
  'hospital',
  'clinic',
  'bank',
  'foundation',
  'association',
  'council',
  'ministry',
  'agency',
  'holdings',
];
const COMPANY_WORDS = new RegExp(
  String.raw`\b(?:(?:${ENGLISH_LEGAL_FORMS})(?![-‐][a-z])|pvt|group|${INSTITUTION_WORDS.join('|')}|technologies|technology|solutions|services|systems|labs?|studios?|partners|consulting|trust|industries|international|global|software|networks|media|health|logistics|retail|analytics|electric|enterprises|ventures|department|nhs|${SERVICE_FIRMS.join('|')}|ibm|google|microsoft|amazon|oracle)\b\.?`,
  'i',
);

interface Header {
  title?: string;
  company?: string;
  location?: string;
  /** The company was written before the title ("Acme Corp\nEngineer"), so later titles under it may share it. */
  companyFirst?: boolean;
}

// Dutch titles: compounds end in the role ("Softwareontwikkelaar", "Beleidsadviseur", "Systeembeheerder", "Projectleider";
// "leider" alone is German for "unfortunately"), or open with it ("Medewerker klantenservice", "Docent wiskunde").
const DUTCH_TITLE_WORDS = [
  String.raw`\p{L}*(?:ontwikkelaar|medewerk(?:er|ster)|adviseur|beheerder|verkoper|verkoopster|programmeur|ontwerper|onderzoeker|boekhouder|begeleider|consulent|docent|analist|inkoper|vertegenwoordiger|oprichter)`,
  String.raw`\p{L}+leider`,
  String.raw`stagiair|leraar|lerares|verpleegkundige|secretaresse|monteur|technicus|coördinator|eigenaar|promovendus|hoofd`,
];
// Polish titles, masculine and feminine; the role opens the title ("Kierownik projektu", "Specjalista ds. sprzedaży").
const POLISH_TITLE_WORDS = [
  String.raw`programist(?:a|ka)|kierownik|kierowniczka|specjalist(?:a|ka)|inżynier(?:ka)?|księgow(?:a|y)|doradc(?:a|zyni)`,
  String.raw`sprzedawc(?:a|zyni)|nauczyciel(?:ka)?|stażyst(?:a|ka)|praktykant(?:ka)?|analityk|analityczka|konsultant(?:ka)?`,
  String.raw`asystent(?:ka)?|dyrektor(?:ka)?|projektant(?:ka)?|koordynator(?:ka)?|men[ae]dżer(?:ka)?|(?:wice)?prezes`,
  String.raw`kierowca|pielęgniar(?:ka|z)|lekarz|kucharz|kelner(?:ka)?|recepcjonist(?:a|ka)|przedstawiciel(?:ka)?`,
  String.raw`właściciel(?:ka)?|(?:współ)?założyciel(?:ka)?|pracownik|pracownica|referent(?:ka)?|informatyk|ekonomist(?:a|ka)`,
];
// Czech and Slovak titles, masculine and feminine; an adjective may open the title ("Softvérový vývojár", "Projektový
// manažer"), the role noun may too ("Vedoucí prodejny", "Asistentka prodeje").
const CZECH_SLOVAK_TITLE_WORDS = [
  String.raw`programátor(?:ka)?|vývojář(?:ka)?|vývojár(?:ka)?|manaž[eé]r(?:ka)?|účetní|účtovník|účtovníčka|asistent(?:ka)?`,
  String.raw`prodavač(?:ka)?|predavač(?:ka)?|vedoucí|vedúc(?:i|a)|ředitel(?:ka)?|riaditeľ(?:ka)?|konzultant(?:ka)?`,
  String.raw`specialist(?:a|ka)|špecialist(?:a|ka)|technik|technička|referent(?:ka)?|učitel(?:ka)?|učiteľ(?:ka)?`,
  String.raw`lektor(?:ka)?|analyti(?:k|čka)|architekt(?:ka)?|administrátor(?:ka)?|koordinátor(?:ka)?|inženýr(?:ka)?`,
  String.raw`inžinier(?:ka)?|stážist(?:a|ka)|brigádník|brigádnice|brigádnička|jednatel(?:ka)?|konateľ(?:ka)?`,
  String.raw`majitel(?:ka)?|majiteľ(?:ka)?|(?:spolu)?zakladatel(?:ka)?|(?:spolu)?zakladateľ(?:ka)?|zástupc[ea]|kuchař(?:ka)?`,
  String.raw`kuchár(?:ka)?|číšník|servírka|čašník|čašníčka|řidič|vodič|skladník|mechanik|elektrikář|elektrikár`,
];
// The same in Spanish, Portuguese, Italian, French, German (compounds end in the role: "Softwareentwickler"), Russian,
// Dutch, Polish, Czech and Slovak; `\b` does not see letters outside ASCII, so these use letter lookarounds.
const TITLE_WORDS_INTL = new RegExp(
  String.raw`(?<!\p{L})(?:${[
    String.raw`ingenier[oa]s?|desarrollador(?:a|es)?|programador(?:a|es)?|gerente|jef[ea]|director(?:a)?|analista|contador(?:a)?|contable|asistente|t[ée]cnic[oa]|diseñador(?:a)?|profesor(?:a)?|consultor(?:a)?|coordinador(?:a)?|administrador(?:a)?|vendedor(?:a)?|cociner[oa]|camarer[oa]|practicante|enfermer[oa]|especialista|desenvolvedor(?:a|es)?|engenheir[oa]|coordenador(?:a)?|diretor(?:a)?|enfermeir[oa]|estagi[aá]ri[oa]|assistente|ingegnere|sviluppatore|impiegat[oa]|tecnico|stagista|progettista|responsabile|contabile|direttore|direttrice|ingénieure?|développeu(?:r|se)|directeur|directrice|responsable|analyste|comptable|assistante?|technicien(?:ne)?|chargée?|gestionnaire|conseill(?:er|ère)|vendeu(?:r|se)|professeure?|enseignante?|stagiaire|alternante?|chef(?:fe)?|format(?:eur|rice)|acheteu(?:r|se)|\p{L}*(?:entwickler|ingenieur|leiter|berater|referent|kaufmann|kauffrau|techniker|assistent|sachbearbeiter|mitarbeiter|lehrer|koch|buchhalter|verkäufer|pfleger|manager)(?:in)?|werkstudent(?:in)?|mentorin|praktikant(?:in)?|инженер|разработчик|программист|менеджер|руководитель|директор|аналитик|бухгалтер|специалист|консультант|ассистент|начальник|администратор|дизайнер|тестировщик|преподаватель|учитель|стаж[её]р`,
    ...DUTCH_TITLE_WORDS,
    ...POLISH_TITLE_WORDS,
    ...CZECH_SLOVAK_TITLE_WORDS,
  ].join('|')})(?!\p{L})`,
  'iu',
);

/** True when a text holds a job title's word, in English or the other languages the parser reads. */
export const isTitleWord = (text: string) => TITLE_WORDS.test(text) || TITLE_WORDS_INTL.test(text);
/** True when a text holds an organisation's word ("Ltd", "University", "S.A."), in those languages. */
export const isCompanyWord = (text: string) => {
  const named = withoutRegionCode(text);
  return COMPANY_WORDS.test(named) || namesOrganisationAbroad(named);
};

// "Denver, CO", "Mercy Hospital, Las Vegas, NV 89101": a state's or province's code in capitals (a ZIP code after it)
// after a comma and a town's capitalised word.
const REGION_CODE_AFTER_COMMA = /^[ \t]*([A-Z]{2,3})(?:[ \t]+\d{5}(?:-\d{4})?)?[ \t]*$/;
const TOWN_WORD = /^\p{Lu}\p{Ll}+$/u;
/**
 * The text without its place's region code ("Mercy Hospital, Denver, CO" → "Mercy Hospital, Denver"): Colorado's code
 * is no legal form "Co", Nevada's no "NV". Written otherwise ("Acme Trading Co.", "Smith & Co", "Acme Co., Denver",
 * "Acme Trading Co, CO"), the text as it is.
 */
function withoutRegionCode(text: string): string {
  const comma = text.lastIndexOf(',');
  if (comma < 1) return text;
  const code = REGION_CODE_AFTER_COMMA.exec(text.slice(comma + 1))?.[1];
  if (code === undefined || placeCodeBesideWork(code) !== 'region') return text;
  const before = text.slice(0, comma).trimEnd();
  const town = before.slice(before.lastIndexOf(' ') + 1);
  if (!TOWN_WORD.test(town) || COMPANY_WORDS.test(town) || namesOrganisationAbroad(town)) return text;
  return before;
}

// The last word of a text, without closing punctuation: "Software Developer (Contract)" → "Developer".
function lastWord(text: string): string {
  let words = squash(text);
  if (words.endsWith(')')) words = words.slice(0, Math.max(0, words.lastIndexOf('('))).trimEnd();
  return words.slice(words.lastIndexOf(' ') + 1);
}

// A first word and "de"/"di"/"da"/"do"/"du"/"des"/"del"/"della"/"dos" after it: "Ingeniero de software", "Chef de projet".
const ROMANCE_TITLE_HEAD = /^\s*(\p{L}+)\s+(?:de|del|della|di|da|do|dos|du|des)\s/iu;

/**
 * 1 for a job title, -1 for an organisation, 0 when unsure. A text that ends in a title word is a title even when an
 * earlier word names a kind of organisation ("Software Developer", "Bank Manager", "Health Analyst").
 */
export const titleScore = rememberLines((text: string) => {
  const last = lastWord(text);
  if (isTitleWord(last) && !isCompanyWord(last)) return 1;
  // Spanish, French, Italian and Portuguese put the title's head word first: "Ingeniera de software" is a title even
  // though it ends in an organisation's word.
  const head = ROMANCE_TITLE_HEAD.exec(text)?.[1];
  if (head !== undefined && isTitleWord(head) && !isCompanyWord(head)) return 1;
  return (isTitleWord(text) ? 1 : 0) - (isCompanyWord(text) ? 1 : 0);
});

// Words that cannot end a title or a name: they join what comes after them ("… according", "… in addition to the").
const WRAPPED_SENTENCE_END = /\s(?:according|and|or|of|the|to|an|which|that|including|whose|than|into|as well as)$/i;

// "Portland, OR", "Harbor Foods, Portland, OR": a line ending in a state's or province's code after a comma.
function endsWithRegionCode(text: string): boolean {
  const code = /,\s*([A-Z]{2,3})$/.exec(text)?.[1];
  return code !== undefined && placeCodeBesideWork(code) === 'region';
}

// "Gerente de Finanzas | Textiles del Bajío S.A. de C.V. | León, Gto.": a line split by bars or tabs that ends in an
// abbreviation (a region's, a legal form's) rather than a sentence's full stop.
const ABBREVIATED_END = /(?:\s\|\s|\t)[^|\t]*\s\p{Lu}[\p{L}.]{0,4}\.$/u;
const EUROPASS_SECTOR =
  /^(?:business or sector|actividad o sector|tätigkeitsbereich oder branche|activité ou secteur|secteur d'activité|settore|tipo di azienda o settore|atividade ou setor|сфера деятельности)(?![\p{L}])/iu;
const DURATION_ALONE =
  /^\(?(?:\d{1,2}\s?(?:год|года|лет|years?|yrs?|jahre?|años?|anos?|ans?|anni|anno)(?:,?\s\d{1,2}\s?(?:месяц|месяца|месяцев|months?|mos?|monate?|meses|mois|mesi|mese))?|\d{1,2}\s?(?:месяц|месяца|месяцев|months?|mos?|monate?|meses|mois|mesi|mese))\)?$/iu;

// A full stop after a legal form abbreviated (core's LEGAL_FORMS, not a word spelt out: "… at a software company.") or
// a name's suffix ends a name, not a sentence: "Acme Inc.", "Telefónica S.A.", "Fiat S.p.A.", "Textiles S.A. de C.V.",
// "Petrobras Ltda.", "Förderverein e.V.", "Coolblue B.V.", "Bilans Sp. z o.o.", "John Smith Jr.".
const LEGAL_FORM_END = new RegExp(
  String.raw`(?<![\p{L}.])(?:${legalFormSource(LEGAL_FORMS.filter((form) => !form.spelledOut && !form.beforeName))}|jr|sr)\.$`,
  'iu',
);

// An amount of money written as a part of its own between bars: "| $10.1 million |", "| USD 2.5M", "$550 million |".
const MONEY_PART =
  /(?:^|\|)\s*(?:[$€£₹]|usd|eur|inr|rs\.?)\s?\d[\d,.]*\s?(?:k|m|mn|bn|million|billion|thousand|lakhs?|crores?|cr)?\s*(?:\||$)/i;

// A line that can name a job: short, not a sentence. (Asked of most lines more than once: remembered.)
const isHeaderLike = rememberLines(readsAsHeader);
function readsAsHeader(line: string): boolean {
  const text = squash(line);
  if (!text || isBullet(line) || text.length > 110) return false;
  // "7 лет 10 месяцев", "2 years 3 months": how long a position lasted (hh.ru, LinkedIn), not its header; "Business or
  // sector Information technology": the Europass CV's line under a position.
  if (DURATION_ALONE.test(text) || EUROPASS_SECTOR.test(text)) return false;
  if (/[.!?;:]$/.test(text) && !LEGAL_FORM_END.test(text) && !ABBREVIATED_END.test(text)) return false;
  // "Atlassian tools Release Management according": a line that stops on a word joining it to more (the text export
  // wrapped a sentence there) is part of a description, not a title or an employer.
  // Not "Harbor Foods - Portland, OR": a state's code in capitals after a town's comma (Oregon), not the word "or".
  if (WRAPPED_SENTENCE_END.test(text) && !endsWithRegionCode(text)) return false;
  // "Researched and resolved billing disputes", "Led a team of five": a line of a description without its bullet.
  // "(Assumed position at Brier Creek, Raleigh, NC location in October 2015)": such a line as a note in parentheses.
  if (isDescriptionSentence(text) || (text.startsWith('(') && isDescriptionSentence(text.slice(1)))) return false;
  // "Operating System: Windows 7", "Job Profile: -": a labelled detail of the job, not its header.
  // Not "Data Analyst (Client: Acme)": a colon inside an open parenthesis is the title's note, not a label's end.
  const label = LABELLED_DETAIL.exec(text)?.[0];
  if (label && label.split('(').length <= label.split(')').length) return false;
  // "B+ Average", "A Completed", "Advanced", "85%": a course's grade or a skill's level, not a job's header.
  if (GRADE_OR_LEVEL.test(text)) return false;
  // "Microsoft Office Suite - Expert", "Java (Advanced)": a skill and its level, not a job's header.
  if (SKILL_LEVEL.test(text)) return false;
  // "Dublin I-16 | $10.1 million | Georgia Department of Transportation": a project, its value and its client.
  if (text.includes('|') && MONEY_PART.test(text)) return false;
  // The anonymised employer and place ("Company Name – City , State") are one part each, not five words of a sentence.
  return text.replace(ANONYMISED_PARTS, 'X').split(' ').length <= 14;
}
const ANONYMISED_PARTS = /Company Name|City ?, ?State/g;

// The first word of a description's sentence: a verb in the past tense, or one of the verbs descriptions open with,
// followed by a lower-case word or a number ("Promoted client retention", "Sold 28 homes", "Maintain culture of …"), or
// a gerund that opens a task ("Creating lesson plans and menus", "Calling business clients"), or "Responsible for".
// Not verbs that also open titles as nouns or adjectives ("Lead", "Process", "Support", "Managing", "Training").
const DESCRIPTION_VERB =
  /^(?:\p{Lu}\p{Ll}+ed|(?:Maintain|Ensure|Attract|Inspect|Coordinate|Assist|Provide|Create|Develop|Perform|Prepare|Handle|Conduct|Achieve|Build|Deliver|Implement|Oversee|Participate|Manage|Evaluate|Greet|Collaborate|Make|Present|Register|Take|Fill|Recruit|Facilitate|Answer|Review|Monitor|Negotiate|Identify|Organi[sz]e|Use|Help)s?|(?:Creat|Ensur|Call|Perform|Prepar|Implement|Maintain|Provid|Coordinat|Conduct|Assist|Monitor|Review|Answer|Greet|Schedul|Handl|Develop|Negotiat|Recruit|Facilitat|Work)ing|Responsible|Sold|Built|Led|Ran|Won|Wrote|Made|Oversaw|Grew|Drove|Taught|Brought|Took)\s(?=[\p{Ll}\d])/u;
// Participles that open titles and names: "Registered nurse", "Certified trainer", "United Airlines".
const TITLE_PARTICIPLE =
  /^(?:registered|licensed|certified|qualified|chartered|experienced|advanced|skilled|trained|accredited|authori[sz]ed|enrolled|retired|united|allied|applied|integrated|embedded|dedicated|detailed|talented|motivated|associated|consolidated|distributed|automated|seed)\s/i;

/** The text opens as a description's sentence does: a verb, then a lower-case word or a number ("Served as …", "Completed 45 credits …"). */
export function opensWithDescriptionVerb(text: string): boolean {
  return DESCRIPTION_VERB.test(text) && !TITLE_PARTICIPLE.test(text);
}

/**
 * A line of four words or more (`minWords`) that opens as a description's sentence does, with a verb (or an adverb and a
 * verb: "Consistently assumed additional responsibilities") and then a lower-case word; not one that says it was an internship ("Worked on network migration during internship" heads its position) or
 * names a role after "as" ("Worked with Acme as a Data Analyst"): those are read as titles.
 */
function isDescriptionSentence(text: string, minWords = 4): boolean {
  return (
    (opensWithDescriptionVerb(text) || ADVERB_THEN_VERB.test(text)) &&
    wordCount(text) >= minWords &&
    !INTERNSHIP.test(text) &&
    !/\sas\s/i.test(text)
  );
}

// A level of proficiency after a dash, a colon or in a final parenthesis: the end of a skills line. A title ending in
// such a word without a separator ("Subject Matter Expert") is not one.
const SKILL_LEVEL =
  /(?:\s[-–—]\s*|:\s*|\()(?:beginner|basic|elementary|intermediate|advanced|expert|proficient|fluent|native)\)?$/i;

// A line that is only a grade ("B+", "B+ Average", "A Completed", "First Class", "8.2 CGPA", "85%") or a level of
// proficiency ("Advanced", "Intermediate"): what a course or a skill listed under an experience heading carries.
const GRADE_OR_LEVEL =
  /^(?:(?:(?:[A-E][+-]?|O)(?: (?:grade|average|completed|passed|pass))?|(?:first|second|third) class(?: with distinction)?|distinction|(?:c?gpa|cpi|percentage|grade|score)?:? ?\d{1,3}(?:\.\d{1,2})? ?(?:%|c?gpa|cpi)?|beginner|basic|elementary|intermediate|advanced|expert|proficient|fluent|native)\.?)$/i;

// A grade point average with its value ("GPA: 3.20", "CGPA 8.5"): what a course of study carries, not a job.
const GRADE_POINT_AVERAGE = /(?<![\p{L}])c?gpa(?![\p{L}])[ \t]*(?::[ \t]*)?\d/iu;

// A label of one to four words and a colon at the start of a line.
const LABELLED_DETAIL = /^\p{L}[\p{L}'’&/()-]*(?: [\p{L}'’&/()-]+){0,3} ?:(?:\s|$)/u;

// The placeholders of anonymised resumes (the Kaggle resume set writes every employer as "Company Name" and every place as "City, State").
const ANONYMISED_PLACE = /^City ?, ?State$/;
export const ANONYMISED_COMPANY = 'Company Name';

const SCHOOL_WORD = /\b(?:university|college|institute|school|academy)\b/i;
// "Newark, DE 19711": a US state's code and its ZIP code end a postal address.
const ZIP_AFTER_STATE = /^([A-Z]{2}) \d{5}(?:-\d{4})?$/;
function looksLikeLocation(text: string): boolean {
  if (ANONYMISED_PLACE.test(text)) return true;
  const parts = text.split(COMMA).filter(Boolean);
  if (/^(?:remote|hybrid|on-?site)$/i.test(text)) return true;
  if (parts.length === 0 || parts.length > 3) return false;
  // "Initech LLC, Berlin, Germany", "IBM, Pune, Maharashtra": an employer before a town and its region. A school's name
  // is left as it was read ("Illinois Institute of Technology, Chicago, IL" in an education line), and so is a town
  // before its state's code and its country ("Media, PA, USA", "International Falls, MN, USA": a town's name may hold
  // an organisation's word).
  if (
    parts.length === 3 &&
    isCompanyWord(parts[0] as string) &&
    !SCHOOL_WORD.test(parts[0] as string) &&
    placeCodeBesideWork((parts[1] as string).trim()) !== 'region'
  )
    return false;
  const zip = ZIP_AFTER_STATE.exec(parts[parts.length - 1] as string);
  if (zip?.[1] !== undefined) parts[parts.length - 1] = zip[1];
  const last = parts[parts.length - 1] as string;
  return (
    parts.every((part) => /^\p{Lu}[\p{L}.'’ -]*$/u.test(part) && part.split(' ').length <= 3) && isRegionOrCountry(last)
  );
}

/** The anonymised place, or a place whose last part is a state's or country's code or name core knows ("Pune, IN"). */
function isKnownPlace(text: string): boolean {
  if (ANONYMISED_PLACE.test(text)) return true;
  const last = text.split(COMMA).at(-1)?.trim() ?? '';
  return placeCode(last) !== undefined || isPlaceName(last);
}

/** True when the last comma's part is a code of two or three capitals that core knows as no place ("Mate, AD", not "Pune, IN"). */
function endsInUnknownCode(text: string): boolean {
  const last = text.split(COMMA).at(-1)?.trim() ?? '';
  return text.includes(',') && /^[A-Z]{2,3}$/.test(last) && !isKnownPlace(text);
}

// "City , State" read as a title: a place, not a title that ends in a code of capitals core knows as no place
// ("Aviation Mechanist Mate, AD").
const isPlaceTitle = (title: string) =>
  looksLikeLocation(cleanPart(title)) && titleScore(title) <= 0 && !endsInUnknownCode(cleanPart(title));

// One to three words and then "Process": how Indian call centres name an account or a line of work ("Non-Voice Process").
const BUSINESS_PROCESS = /^(?:[\p{L}\p{N}&.'-]+ ){1,3}process(?:es)?$/iu;

/** The anonymised place ("City , State") or one known region or country alone ("Karnataka", "Armenia"). */
const isPlaceOnly = (text: string) => ANONYMISED_PLACE.test(text) || (!text.includes(',') && isRegionOrCountry(text));

// Patterns that start with whitespace never start inside a run of spaces (`(?!(?<=\s)\s)`, or `(?<!\s)` before
// `\s+`): tried at every space of a long run they would each rescan the run, quadratic in its length. The matches
// are the same, since where a run's first space fails its later ones fail too. (Not `(?<!\s)\s*`: that would also
// refuse a comma right after the spaces a previous separator took.)
const COMMA = /(?!(?<=\s)\s)\s*,\s*/;

/** Splits a trailing place off a name: "Acme Corp, Austin, TX" → name "Acme Corp", location "Austin, TX". */
export function splitLocation(text: string): { name: string; location?: string } {
  const trimmed = text.replace(/(?<!\s)\s*[,|–—-]\s*$/, '').trim();
  const parts = trimmed.split(COMMA);
  for (let take = Math.min(3, parts.length - 1); take >= 1; take--) {
    const location = parts.slice(parts.length - take).join(', ');
    if (looksLikeLocation(location)) return { name: parts.slice(0, parts.length - take).join(', '), location };
  }
  const parenthesised = finalParenthesis(trimmed);
  if (parenthesised?.[0] && looksLikeLocation(parenthesised[1]))
    return { name: parenthesised[0], location: parenthesised[1] };
  return { name: trimmed };
}

// The marks cleanPart takes off a part's start and end: a part with none there (most parts) is its squashed text.
const PART_START_MARKS = ',|:()–—-"“”';
const PART_END_MARKS = ',|:(–—-)"“”/';
function cleanPart(text: string): string {
  const squashed = squash(text);
  if (!PART_START_MARKS.includes(squashed[0] ?? ',') && !PART_END_MARKS.includes(squashed.at(-1) ?? ','))
    return squashed;
  return (
    squashed
      // "Bartender (On Call) / Company Name", "Family Advocate // City , State": a slash after a space that ends the part
      // separated it from the next one (one written after no space, as in "Owner/", is left).
      .replace(/ \/+$/, '')
      .replace(/^[\s,|:()–—-]+|(?<![\s,|:(–—-])[\s,|:(–—-]+$/g, '')
      .replace(/\(\s*\)$/, '')
      .replace(/^\((.*)\)$/, '$1')
      // "(HR Generalist)" lost its opening parenthesis with the marks above: a closing one that closes nothing goes too.
      .replace(/^([^()]*)\)$/, '$1')
      .replace(/^["“”](.*)["“”]$/, '$1')
      .trim()
  );
}

/** "Working as Sales Consultant", "Worked as a Trainer": the verb before a title, not part of it. */
export const WORKING_AS = /^(?:currently\s+)?(?:working|worked|work|employed|joined)\s+as\s+(?:an?\s+)?(?=\S)/i;
// "Job Profile in LabourNet Services", "Job Profile with Infosys": a label left before the employer.
const JOB_PROFILE_LABEL = /^job profile\s*(?:in|with|at|-)\s+(?=\S)/i;

/**
 * A title that also names its employer, as people type it into a title field: "Oceanic Consultants as a HR Executive",
 * "HR Executive in Infosys", "\"Process Executive\" in Infosys BPO Limited, Bangalore". Returns the title alone and the
 * employer, or undefined when the text does not read so. "in" and "with" name an employer only when it carries an
 * organisation word ("Specialist in Data Science" stays whole).
 */
function splitTitleEmployer(text: string): { title: string; employer: string } | undefined {
  const squashed = squash(text);
  const quoted = /^["“](.+?)["”]\s+(?:in|at|with|for)\s+(\S.*)$/i.exec(squashed);
  if (quoted?.[1] && quoted[2]) return { title: cleanPart(quoted[1]), employer: cleanPart(quoted[2]) };
  const as = /^(.+?)\s+as\s+(?:an?\s+)?(\S.*)$/i.exec(squashed);
  if (
    as?.[1] &&
    as[2] &&
    /^[\p{Lu}\p{N}]/u.test(as[1]) &&
    titleScore(as[1]) <= 0 &&
    titleScore(as[2]) > 0 &&
    wordCount(as[1]) <= 5 &&
    wordCount(as[2]) <= 6
  )
    return { title: cleanPart(as[2]), employer: cleanPart(as[1]) };
  const within = /^(.+?)\s+(?:in|with)\s+(\S.*)$/.exec(squashed);
  if (
    within?.[1] &&
    within[2] &&
    isTitleWord(lastWord(within[1])) &&
    /^[\p{Lu}\p{N}]/u.test(within[2]) &&
    isCompanyWord(within[2]) &&
    titleScore(within[2]) <= 0 &&
    wordCount(within[2]) <= 6 &&
    // "L1 Analyst in Microsoft project": a project or a team at a client, not the employer.
    !/\b(?:projects?|teams?|domains?|division|department|accounts?|process(?:es)?)$/i.test(within[2])
  )
    return { title: cleanPart(within[1]), employer: cleanPart(within[2]) };
  return titleFromAgency(squashed);
}

// "Consultant Infosys from Modus Systems -Tester": a contractor's title, the firm it was placed with, and after "from" the
// firm that employed it (a role written again after a dash may follow).
const FROM_AGENCY = /^(.+?) from (\p{Lu}[^\s,]*(?: [^\s,-]+){0,4}?)(?:\s*[-–—]\s*\S.*)?$/u;
// A service firm written right after a title word: the client the contractor was placed with ("Consultant Infosys").
const CLIENT_FIRM_AFTER_TITLE = new RegExp(String.raw`^(.+?) (?:${SERVICE_FIRMS.join('|')})$`, 'iu');
/**
 * The title and the employer of a contractor's title that names its employer after "from": the employer reads as an
 * organisation (its last word an organisation's: "Modus Systems") and no title or place; the title ends in a title
 * word once a service firm after it, the client, is left out. Undefined otherwise.
 */
function titleFromAgency(text: string): { title: string; employer: string } | undefined {
  const from = text.length <= MAX_REPEATED_TITLE ? FROM_AGENCY.exec(text) : null;
  if (!from?.[1] || !from[2]) return undefined;
  const employer = cleanPart(from[2]);
  if (!isCompanyWord(lastWord(employer)) || titleScore(employer) > 0 || looksLikeLocation(employer)) return undefined;
  const head = cleanPart(from[1]);
  const title = CLIENT_FIRM_AFTER_TITLE.exec(head)?.[1] ?? head;
  return isTitleWord(lastWord(title)) && titleScore(title) > 0 ? { title: cleanPart(title), employer } : undefined;
}

// "Head quarters of Acme Travels Pvt Ltd", "Regional Office of Globex": an office of the employer, named before it.
const OFFICE_OF =
  /^(?:(?:head|regional|branch|corporate|registered|zonal|area|country|main|local)\s+(?:office|quarters)|head-?quarters|hq)\s+of\s+(?=\S)/i;

// "Financial Analyst for Globex in Risk", "Contract Analyst for JPM through Northwind": the client served, then the team
// or the employer it was served from, written after a title.
const TITLE_FOR_CLIENT = /^(.+?) for (\p{Lu}[^\s,]*(?: [^\s,]+){0,3}?) (?:in|through|via|from) (?=\S)/u;

/**
 * The title without the client it names after "for", when a company line names the employer: "Financial Analyst for
 * AMEX in iFIND" → "Financial Analyst". The client is a short capitalised name, not a department nor a subject
 * ("Teacher for Mathematics" has no team or employer after it and no organisation word, and stays whole); the title
 * before it ends in a title word. Undefined when the title does not read so.
 */
function withoutClient(title: string): string | undefined {
  const text = squash(title);
  if (text.length > 200) return undefined;
  const named = TITLE_FOR_CLIENT.exec(text) ?? /^(.+?) for (\p{Lu}[^\s,]*(?: [^\s,]+){0,3})$/u.exec(text);
  if (!named?.[1] || !named[2]) return undefined;
  const [, head, client] = named;
  // Without a team or an employer after it, the client must read as an organisation ("for Globex Bank").
  if (named[0] === text && !isCompanyWord(client)) return undefined;
  if (!isEmployerName(client)) return undefined;
  // "Contract employee for JPM through Infosys": placed with the client through the employer, a short title may end in
  // a word of employment that names no role.
  const placed = / (?:through|via) $/.test(named[0]) && wordCount(head) <= 3 && PLACED_WORKER.test(head);
  if (!placed && (!isTitleWord(lastWord(head)) || titleScore(head) <= 0)) return undefined;
  return cleanPart(head);
}

// The words of employment that end a title of someone placed with a client ("Contract employee", "Temporary staff").
const PLACED_WORKER = /\b(?:employee|staff|contractor|worker|resource)$/i;

/**
 * The employer's registered name when the description's first line restates the position with it and it begins with
 * the company line's words: "oracle" above "• Associate Software Engineer in Oracle India Pvt Ltd. (through Trigent)"
 * → "Oracle India Pvt Ltd". Undefined otherwise.
 */
function registeredName(title: string, company: string, firstLine: string | undefined): string | undefined {
  if (firstLine === undefined || hasLegalForm(company)) return undefined;
  const line = squash(stripBullet(firstLine));
  const head = squash(title);
  if (
    line.length > 200 ||
    line.length <= head.length ||
    line.slice(0, head.length).toLowerCase() !== head.toLowerCase()
  )
    return undefined;
  const restated = /^ (?:in|at|with) ([^(,;]+)/i.exec(line.slice(head.length));
  if (!restated?.[1]) return undefined;
  const name = cleanPart(restated[1].replace(/\.\s*$/, ''));
  const companyWords = wordsOfName(company);
  const nameWords = wordsOfName(name);
  if (!hasLegalForm(name) || wordCount(name) > 6 || nameWords.length <= companyWords.length) return undefined;
  return companyWords.every((word, at) => nameWords[at] === word) ? name : undefined;
}

// "their SERVICE CENTRE MANAGER" (a sentence "Presently, I am working as their Service Centre Manager" wrapped before
// "their"): a possessive in lower case before a capitalised title is the sentence's, not the title's ("Our Lady of …" is a
// name).
const LEADING_POSSESSIVE = /^(?:my|our|their|his|her)[ \t]+(?=\p{Lu})/u;

/** The header with its title freed of an employer or a "working as" written into it, and a label left before the company removed. */
function refineHeader(header: Header, client?: string, firstLine?: string): Header {
  const refined = { ...header };
  if (refined.company) refined.company = refined.company.replace(JOB_PROFILE_LABEL, '');
  if (refined.company) refined.company = employerBeforeClient(refined.company) ?? employerAfterClient(refined.company);
  if (refined.company) refined.company = employerAfterRole(refined.company) ?? refined.company;
  if (refined.company) {
    const office = cleanPart(squash(refined.company).replace(OFFICE_OF, ''));
    if (office) refined.company = office;
  }
  if (!refined.title) return refined;
  if (refined.company) Object.assign(refined, closedParenthesis(refined.company, refined.title, refined.location));
  if (refined.company) refined.company = registeredName(refined.title, refined.company, firstLine) ?? refined.company;
  // "Global Production Support Lead - Infosys Ltd (Technology Lead)\nHSBC -": the title names the employer by its legal
  // name; the company line, which has none, names the client served.
  const titledEmployer = employerAfterTitle(refined.title, refined.company);
  if (titledEmployer) {
    refined.title = titledEmployer.title;
    refined.company = titledEmployer.employer;
  }
  // "Technical Lead (Acme)\nClient Globex Systems -": the company line names the client, the parenthesis the employer.
  const clientLine = refined.company === undefined ? undefined : CLIENT_PREFIX.exec(refined.company);
  const employer = clientLine ? finalParenthesis(squash(refined.title)) : undefined;
  if (employer && isEmployerName(employer[1]) && titleScore(employer[0]) > 0) {
    refined.title = employer[0];
    refined.company = employer[1];
  }
  // "Sales Associate in Acme\nGlobex -\nClient: Globex": the company line repeats the client the description names; the
  // title names the employer.
  if (client && (refined.company === undefined || key(refined.company) === key(client))) {
    const within = /^(.+?)\s+(?:in|at|with|for)\s+(\S.*)$/i.exec(squash(refined.title));
    if (within?.[1] && within[2] && isEmployerName(within[2]) && titleScore(within[1]) > 0) {
      refined.title = within[1];
      refined.company = within[2];
    }
  }
  if (refined.company) refined.title = withoutClient(refined.title) ?? refined.title;
  // "Contract Senior Associate Media Planner at SapientNitro" beside the anonymised "Company Name": the title names the
  // employer the anonymiser left.
  const atEmployer = refined.company === ANONYMISED_COMPANY ? splitAtKeyword(squash(refined.title)) : undefined;
  if (atEmployer) {
    const [title, employer] = atEmployer.map(cleanPart) as [string, string];
    if (titleScore(title) > 0 && isEmployerName(employer) && !looksLikeLocation(employer)) {
      refined.title = title;
      refined.company = employer;
    }
  }
  // "United States Navy, Oak Harbor WA Aviation Maintenance & Production Manager" beside "Company Name": the employer
  // the anonymiser left, a comma, its town and state's code, then the title.
  const placed = refined.company === ANONYMISED_COMPANY ? employerPlaceAndTitle(refined.title) : undefined;
  if (placed) {
    refined.title = placed.title;
    refined.company = placed.employer;
    if (!refined.location || ANONYMISED_PLACE.test(refined.location)) refined.location = placed.place;
  }
  const counted = withoutCount(refined.title);
  if (counted) refined.title = counted;
  refined.title = withoutRepeatedEnd(refined.title) ?? refined.title;
  refined.title = withGluedRoleApart(refined.title);
  const withoutVerb = cleanPart(
    refined.title
      .replace(/^job profile\s*[-:]?\s*(?:\d{1,2}\)\s*)?(?=working|worked)/i, '')
      .replace(WORKING_AS, '')
      .replace(LEADING_POSSESSIVE, ''),
  );
  if (withoutVerb && titleScore(withoutVerb) > 0) refined.title = withoutVerb;
  // "Worked on network migration during internship": a sentence, not a title. It names the position only when it says
  // it was an internship; otherwise the position has no title written.
  // "Worked with Acme as a Data Analyst" names its title after "as" (read below).
  const asRole = /\sas\s+(?:an?\s+)?(\S.*)$/i.exec(squash(refined.title));
  // "2012 pass out with 3 months training at Acme", "Passed out in 2014": a graduation written in the title field, no
  // position's title.
  if (GRADUATION_STATEMENT.test(refined.title)) {
    delete refined.title;
    return refined;
  }
  if (SENTENCE_TITLE.test(squash(refined.title)) && !(asRole?.[1] && titleScore(asRole[1]) > 0)) {
    if (INTERNSHIP.test(refined.title)) refined.title = 'Intern';
    else delete refined.title;
    return refined;
  }
  // "Band-Sub band/ Designation U4 / DevOps Consultant": an employer's grade code written beside the title.
  if (refined.title.includes('/')) {
    const pieces = refined.title.split('/').map(cleanPart);
    const kept = pieces.filter((piece) => !GRADE_CODE.test(piece));
    if (kept.length > 0 && kept.length < pieces.length && titleScore(kept.join(' / ')) > 0)
      refined.title = kept.join(' / ');
  }
  // "Senior Consultant (Client of Globex)", "Analyst (Client: Globex)": the client served, written after the title.
  const clientNote = finalParenthesis(squash(refined.title));
  if (clientNote && /^(?:client|customer)\b/i.test(clientNote[1]) && titleScore(clientNote[0]) > 0)
    refined.title = cleanPart(clientNote[0]);
  // "Production Support Analyst (Acme": a parenthesis cut off where the field ended.
  const open = refined.title.lastIndexOf('(');
  if (open > 0 && !refined.title.includes(')', open)) {
    const head = cleanPart(refined.title.slice(0, open));
    if (head && titleScore(head) > 0) refined.title = head;
  }
  const split = splitTitleEmployer(refined.title);
  if (split?.title) {
    refined.title = split.title;
    // The company line, where there is one, is the employer as the resume's layout gives it; unless it names only a
    // department ("HR Executive in Acme Ltd\nRecruitment -").
    if (split.employer && (!refined.company || DEPARTMENT.test(squash(refined.company)))) {
      delete refined.location;
      Object.assign(refined, companyAndLocation(split.employer, header.location));
    }
  }
  // "FI/CO Consultant in Tech Mahindra\nSAP FICO -": the company line names a product or a module, the title the employer.
  const named = refined.company && namesOnlySkills(refined.company) ? employerInTitle(refined.title) : undefined;
  if (named) {
    refined.title = named.title;
    refined.company = named.employer;
  } else if (refined.company && namesProductNotEmployer(refined.company, refined.title)) delete refined.company;
  if (refined.company && namesNoEmployer(refined.company)) delete refined.company;
  if (refined.company) refined.title = withoutClientFirm(refined.title, refined.company) ?? refined.title;
  if (refined.company) {
    // "System Engineer, Acme Limited, India" under "ACME LIMITED": the employer and its place after the title.
    const placed = placeAfterComma(refined.title, () => true);
    const alone =
      withoutEmployer(refined.title, refined.company) ??
      (placed && looksLikeLocation(placed.place) ? withoutEmployer(placed.name, refined.company) : undefined);
    if (alone) refined.title = alone;
  }
  return refined;
}

/**
 * True when the text is only skills core knows, with marks or "and" between them ("SAP FICO", "Microsoft SharePoint",
 * "Exchange Online and Office"): a product or a module written where the employer belongs. With `category`, only
 * skills of that category ("Quick Learner": a soft skill).
 */
export function namesOnlySkills(text: string, category?: SkillCategory): boolean {
  const squashed = squash(text);
  if (squashed.length > 80) return false;
  let rest = '';
  let end = 0;
  for (const mention of extractSkills(squashed)) {
    if (category !== undefined && mention.category !== category) return false;
    if (mention.start > end) rest += ` ${squashed.slice(end, mention.start)}`;
    end = Math.max(end, mention.end);
  }
  if (end === 0) return false;
  rest += ` ${squashed.slice(end)}`;
  return /^(?:[\s,&/+|–—-]|\band\b)*$/i.test(rest);
}

// The end of an employer's parenthesis opening the title's line, then a comma: "WLL), Kuwait Accountant".
const PARENTHESIS_END = /^([^()]{1,40})\)\s*,?\s*(\S.*)$/;
// A country's or a region's one word before the title: "Kuwait Accountant".
const PLACE_BEFORE_TITLE = /^(\p{Lu}[\p{L}'’-]+) (\S.*)$/u;
/**
 * The employer, title and place of a position whose employer's parenthesis, cut at a line's end, closes on the title's
 * line ("Auto1 (Al-Ghannam Auto World Co." over "WLL), Kuwait Accountant": the employer "Auto1 (Al-Ghannam Auto World
 * Co. WLL)", the place "Kuwait", the title "Accountant"); only the three given back when the employer's parenthesis is
 * closed or the title does not close it.
 */
function closedParenthesis(
  company: string,
  title: string,
  location: string | undefined,
): { company: string; title: string; location?: string } {
  const open = company.lastIndexOf('(');
  const close = open >= 0 && !company.includes(')', open) ? PARENTHESIS_END.exec(squash(title)) : null;
  if (!close?.[1] || !close[2] || titleScore(close[2]) <= 0)
    return { company, title, ...(location ? { location } : {}) };
  const joined = { company: `${company.trimEnd()} ${close[1].trim()})`, title: cleanPart(close[2]) };
  const place = location ? undefined : PLACE_BEFORE_TITLE.exec(joined.title);
  if (place?.[1] && place[2] && isRegionOrCountry(place[1]) && titleScore(place[2]) > 0)
    return { ...joined, title: place[2], location: place[1] };
  return { ...joined, ...(location ? { location } : {}) };
}

// "DBA in Marketplace Technologies Ltd": a role of at most three words, "in" or "at", then the employer.
const ROLE_IN_EMPLOYER = /^(\S+(?: \S+){0,2}) (?:in|at) (\p{Lu}\S*(?: \S+){0,5})$/u;
/**
 * The employer of a company line that names the role before it ("DBA in Marketplace Technologies Ltd" → "Marketplace
 * Technologies Ltd"): the role reads as a title or is an acronym, with no organisation's word; the employer reads as an
 * organisation by its words (a legal form, an organisation's word). Undefined otherwise.
 */
export function employerAfterRole(company: string): string | undefined {
  const text = squash(company);
  const role = text.length <= MAX_REPEATED_TITLE ? ROLE_IN_EMPLOYER.exec(text) : null;
  if (!role?.[1] || !role[2] || isCompanyWord(role[1])) return undefined;
  if (titleScore(role[1]) <= 0 && !/^\p{Lu}{2,5}$/u.test(role[1])) return undefined;
  const employer = cleanPart(role[2]);
  return titleScore(employer) < 0 && !looksLikeLocation(employer) ? employer : undefined;
}

// A form's label alone where the employer belongs: "Company" (the anonymised "Company Name" cut at a line's end), "Firma":
// core's one-word employer labels (a label of several words, "Company Name", is the anonymised employer itself).
const EMPLOYER_LABELS_ALONE: ReadonlySet<string> = new Set(
  ENTRY_FIELD_LABELS.employer.filter((label) => !label.includes(' ')),
);
// One word in the past tense, not "-eed" ("Speed"): a duty's first word cut from its sentence ("Provided", "Practiced").
const LONE_PAST_VERB = /^\p{Lu}\p{Ll}+[^e\P{Ll}]ed$/u;

/**
 * True when a company read names no employer: a form's label alone ("Company"), or a verb in the past tense alone
 * ("Provided", the first word of a duty cut from its line), not a participle that opens names ("United", "Allied").
 */
export function namesNoEmployer(company: string): boolean {
  const text = squash(company);
  return (
    EMPLOYER_LABELS_ALONE.has(text.toLowerCase()) || (LONE_PAST_VERB.test(text) && !TITLE_PARTICIPLE.test(`${text} `))
  );
}

/**
 * True when `text` holds `words` whole (case aside) set apart after its start: right after a parenthesis, a dash, a
 * hyphen, a slash or a comma ("Architect (DevOps)", "Executive-Mechanical Engineering-"), not opening it as a vendor's
 * name opens a title ("Cisco Network Engineer").
 */
function holdsWordsApart(text: string, words: string): boolean {
  const needle = squash(words).toLowerCase();
  const haystack = squash(text).toLowerCase();
  if (!needle || haystack.length > 300) return false;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const after = haystack[at + needle.length] ?? ' ';
    if (at > 0 && /[(,/–—-] ?$/.test(haystack.slice(Math.max(0, at - 2), at)) && !/[\p{L}\p{N}]/u.test(after))
      return true;
  }
  return false;
}

/**
 * True when a company line names a product, a module or a certificate the position worked with, not an employer: only
 * skills core knows, in two words or more that do not end in an organisation's word, one of them named in the title
 * too ("SharePoint Designer" under "Microsoft SharePoint", "SAP FICO Consultant" under "SAP FICO"), or a certificate
 * alone ("MCSA"). Kept: a skill's one word (vendors give their names to skills: "Cisco", "MongoDB"), a name ending in
 * an organisation's word ("Amazon Web Services"), and a vendor's unit the title does not name ("Associate Consultant"
 * under "SAP Ariba"). Also skills the title holds whole, set apart after its start, with no organisation's word: a field,
 * a practice ("DevOps" under "Cloud Operations Architect (DevOps)").
 */
export function namesProductNotEmployer(company: string, title: string): boolean {
  if (!namesOnlySkills(company)) return false;
  // "Cloud Operations Architect (DevOps)" over "DevOps", "Sr. Executive-Mechanical Engineering- …" over "Mechanical
  // Engineering": the title holds the whole company line, a field or a practice it names, not its employer.
  if (!isCompanyWord(company) && holdsWordsApart(title, company)) return true;
  if (wordCount(company) < 2) return namesOnlySkills(company, 'certification');
  if (isCompanyWord(lastWord(company))) return false;
  const named = new Set(extractSkills(squash(company)).map((mention) => mention.skill));
  return extractSkills(squash(title)).some((mention) => named.has(mention.skill));
}

/**
 * The title and the employer of a title that names its employer after "in", "at" or "with" ("FI/CO Consultant in Tech
 * Mahindra"): a capitalised name of at most four words that is no title, department, team, place or skill, after a
 * title that ends in a title word. Undefined otherwise.
 */
function employerInTitle(title: string): { title: string; employer: string } | undefined {
  const text = squash(title);
  if (text.length > 200) return undefined;
  const within = /^(.+?) (?:in|at|with) (\p{Lu}\S*(?: \S+){0,3})$/u.exec(text);
  if (!within?.[1] || !within[2]) return undefined;
  const head = cleanPart(within[1]);
  const employer = cleanPart(within[2]);
  if (!head || !employer || !isTitleWord(lastWord(head)) || titleScore(head) <= 0) return undefined;
  if (titleScore(employer) > 0 || DEPARTMENT.test(employer) || isPlaceOnly(employer) || looksLikeLocation(employer))
    return undefined;
  if (/\b(?:projects?|teams?|domains?|division|department|accounts?|process(?:es)?)$/i.test(employer)) return undefined;
  return extractSkills(employer).length === 0 ? { title: head, employer } : undefined;
}

// Self-employment written where the employer belongs: "Accounting Tutor Sole Proprietorship", "Photographer Self-Employed".
const SELF_EMPLOYMENT = /^(?:sole proprietorship|sole proprietor|self[- ]employed|freelance|own business)$/i;
// A word of an organisation's name: capitalised ("Addus", "HealthCare", "AT&T", "Inc."), or a joining word.
const ORGANISATION_NAME_WORD = /^(?:\p{Lu}[\p{L}\p{N}&.'’-]*|&|of|and|the)$/u;
// An organisation's name glued after a title has at most this many words.
const MAX_GLUED_EMPLOYER_WORDS = 5;
// The words that end an organisation's name and never a division's or a field's: a legal form, or a kind of
// institution ("Director Information Systems", "VP Global Technology" name a field, "Mercy Hospital" an employer).
const EMPLOYER_END = new RegExp(
  String.raw`^(?:(?:${ENGLISH_LEGAL_FORMS})|${INSTITUTION_WORDS.join('|')}|healthcare|stores)\.?$`,
  'i',
);
// A kind of institution, not one's name: a bank's line of business ("Manager Retail Bank", "Director Investment Bank")
// or the kind of a school or clinic ("Teacher Primary School", "Assistant Professor Business School").
const INSTITUTION_KIND =
  /^(?:retail|corporate|investment|private|commercial|wholesale|merchant|business|graduate|primary|secondary|high|elementary|middle|medical|law|dental|public) (?:bank|school|clinic|hospital)$/i;

/**
 * The title and the employer of a title that has its employer's name glued after it, with no separator: the title
 * ends in a role's word, and the rest is capitalised words ending in an organisation's word ("Senior Accountant Acme
 * Corporation", "Administrative Assistant/Bookkeeper Addus HealthCare") or self-employment ("Sole Proprietorship").
 * The employer holds no title word, and is no department, kind of institution ("Retail Bank", "Primary School"), place
 * or skill. Undefined otherwise.
 */
export function employerGluedToTitle(title: string): { title: string; employer: string } | undefined {
  const words = squash(title).split(' ');
  if (words.length < 2 || words.length > 12) return undefined;
  for (let cut = words.length - 1; cut >= Math.max(1, words.length - MAX_GLUED_EMPLOYER_WORDS); cut--) {
    const head = words.slice(0, cut).join(' ');
    const employer = words.slice(cut).join(' ').replace(/[,;]$/, '');
    if (!isTitleWord(lastWord(head)) || isCompanyWord(lastWord(head)) || titleScore(head) <= 0) continue;
    if (!words.slice(cut).every((word) => ORGANISATION_NAME_WORD.test(word)) || !/^\p{Lu}/u.test(employer)) continue;
    const selfEmployed = SELF_EMPLOYMENT.test(employer);
    if (!selfEmployed && (cut > words.length - 2 || !EMPLOYER_END.test(lastWord(employer)))) continue;
    if (!selfEmployed && (isTitleWord(employer) || DEPARTMENT.test(employer) || isPlaceOnly(employer))) continue;
    if (INSTITUTION_KIND.test(employer) || looksLikeLocation(employer) || extractSkills(employer).length > 0) continue;
    return { title: cleanPart(head), employer };
  }
  return undefined;
}

// A word that is a legal form ending an employer's name, "Pvt." glued before it too: "Ltd.", "Limited", "Inc", "Pvt.Ltd.".
// Not "Company", which opens titles too ("Company Secretary", "Infantry Company Commander").
const LEGAL_FORM_WORD = new RegExp(String.raw`^(?!company\b)(?:pvt\.?)?(?:${ENGLISH_LEGAL_FORMS})\.?,?$`, 'i');
// "Pvt." or "Private" before a legal form ("Corp. Pvt. LLC", "Acme Private Limited"): the form's run goes on.
const PRIVATE_WORD = /^(?:pvt|private)\.?,?$/i;
const continuesLegalForm = (word: string) => LEGAL_FORM_WORD.test(word) || PRIVATE_WORD.test(word);
// An employer's name before its title has at most this many words, its legal form included.
const MAX_EMPLOYER_BEFORE_TITLE_WORDS = 6;

/**
 * The employer and the title of a title line that opens with its employer's name, ended by a legal form, and no separator
 * before the title ("Acme Pvt. Ltd. Sr. Java Developer", "Infosys Limited Senior Analyst"): the name is capitalised words
 * ending in the legal form (a run of them: "Pvt. Ltd."), no title; the rest reads as a title ending in a role's word.
 * Undefined otherwise.
 */
export function employerGluedBeforeTitle(title: string): { title: string; employer: string } | undefined {
  const words = squash(title).split(' ');
  if (words.length < 3 || words.length > 12) return undefined;
  const last = Math.min(words.length - 1, MAX_EMPLOYER_BEFORE_TITLE_WORDS);
  for (let cut = 2; cut <= last; cut++) {
    const form = words[cut - 1] as string;
    // A legal form that is also a skill's name is the title's skill before a role's word: "Senior PLC Programmer",
    // "Siemens PLC Technician" (programmable logic controllers), not a public limited company.
    if (!LEGAL_FORM_WORD.test(form) || canonicalSkillName(form.replace(/[.,]+$/, '')) !== undefined) continue;
    // The legal form's run goes on ("Pvt. Ltd.", "Co. Ltd."): the cut is after its last word.
    if (cut < words.length - 1 && continuesLegalForm(words[cut] as string)) continue;
    const employer = words.slice(0, cut).join(' ').replace(/,$/, '');
    const head = cleanPart(words.slice(cut).join(' '));
    if (!words.slice(0, cut).every((word) => ORGANISATION_NAME_WORD.test(word.replace(/,$/, '')))) return undefined;
    if (!head || !/^\p{Lu}/u.test(head) || !isTitleWord(lastWord(head)) || isCompanyWord(lastWord(head)))
      return undefined;
    if (titleScore(head) <= 0 || titleScore(employer) > 0) return undefined;
    return { title: head, employer };
  }
  return undefined;
}

// A service firm's name opening a title, after at most one word: "Implant Infosys Travel consultant", "INFOSYS Hinjewadi
// Guest House & Store Executive".
const FIRM_BEFORE_TITLE = new RegExp(String.raw`^(?:(\p{L}+) )?(${SERVICE_FIRMS.join('|')}) (?=\S)`, 'iu');

/**
 * The title without the service firm it opens with when the company line names another employer: the firm is the
 * client the person was placed with ("Implant Infosys Travel consultant" under "Bharath International Travels Pvt Ltd"
 * → "Travel consultant"). The word before the firm names no role; what follows it ends in a title word. Undefined
 * otherwise.
 */
function withoutClientFirm(title: string, company: string): string | undefined {
  const text = squash(title);
  const firm = FIRM_BEFORE_TITLE.exec(text);
  if (!firm?.[2] || (firm[1] !== undefined && titleScore(firm[1]) !== 0)) return undefined;
  if (wordsOfName(company).includes(firm[2].toLowerCase())) return undefined;
  const rest = cleanPart(text.slice(firm[0].length));
  return isTitleWord(lastWord(rest)) && titleScore(rest) > 0 ? rest : undefined;
}

// "3 Security Guard", "4. Store Executive": the number of a numbered list of positions.
const LIST_NUMBER = /^\d{1,2}[.)]?\s+(?=\p{Lu})/u;
// "1 year", "10years", "(6 months)": how long the position lasted, written at either end of its title.
const LEADING_DURATION = /^\(?\d{1,2}(?:\.\d)?\+?\s?(?:years?|yrs?|months?|mos?)\)?\s+(?=\S)/i;
const TRAILING_DURATION = /(?<=\S)\s+\(?\d{1,2}(?:\.\d)?\+?\s?(?:years?|yrs?|months?|mos?)\)?$/i;

// "ProgramCoordinator", "Production TeamLead", "Executive TeamMember": the Kaggle résumé PDFs' text (pdf.js) glues a
// role noun onto the word before it where the layout put no space character between them. A capitalised role noun
// right after a lower-case letter, ending its word, is a word of its own.
const GLUED_ROLE_NOUN = new RegExp(
  String.raw`(?<=\p{Ll})(?=(?:${[...ROLE_NOUNS, ...GENERAL_ROLE_NOUNS]
    .filter((noun) => /^[a-z]+$/.test(noun))
    .map((noun) => `${noun[0]!.toUpperCase()}${noun.slice(1)}`)
    .join('|')})s?(?![\p{L}\p{N}]))`,
  'gu',
);
/** The title with a role noun glued onto the word before it set apart ("ProgramCoordinator" → "Program Coordinator"). */
function withGluedRoleApart(title: string): string {
  return title.length > MAX_REPEATED_TITLE ? title : title.replace(GLUED_ROLE_NOUN, ' ');
}

// Longer titles are no header's (isHeaderLike reads at most 110 characters).
const MAX_REPEATED_TITLE = 120;
/**
 * The title written once where a template wrote its last words twice ("Executive Assistant Executive Assistant",
 * "Aviation Maintenance Egress Leading Petty Officer Leading Petty Officer"): a run of two words or more repeated right
 * after itself at the end. Undefined when there is none.
 */
function withoutRepeatedEnd(title: string): string | undefined {
  const text = squash(title);
  if (text.length > MAX_REPEATED_TITLE) return undefined;
  const words = text.toLowerCase().split(' ');
  for (let count = Math.floor(words.length / 2); count >= 2; count--) {
    const end = words.slice(-count).join(' ');
    if (words.slice(-2 * count, -count).join(' ') === end) return text.split(' ').slice(0, -count).join(' ');
  }
  return undefined;
}

/**
 * The title without a list number before it and a duration at either end ("3 Security Guard Mail Room 1 year" →
 * "Security Guard Mail Room"), when two words or more are left; undefined when there is nothing to take out.
 */
function withoutCount(title: string): string | undefined {
  const text = squash(title);
  const rest = cleanPart(text.replace(LIST_NUMBER, '').replace(LEADING_DURATION, '').replace(TRAILING_DURATION, ''));
  return rest !== text && wordCount(rest) >= 2 && /\p{L}/u.test(rest) ? rest : undefined;
}

// A title that opens as a sentence does: a verb and what it was done on ("Worked on", "Involved in", "Responsible for").
const SENTENCE_TITLE =
  /^(?:worked|working|involved|responsible|participated|participating|assisted|assisting|handled|handling|contributed|contributing|helped|helping|did|doing|completed|underwent|undergone|learned|learnt|learning)\s(?:on|in|with|for|at|during|under|to|the|a|an|my|various|several|multiple)\s/i;
const INTERNSHIP = /\bintern(?:ship)?s?\b/i;
// "pass out", "passed out", "passout": Indian English for finishing one's studies.
const GRADUATION_STATEMENT = /\bpass(?:ed)?[\s-]?outs?\b/i;

// "Acme Staffing for Globex": the employer, then the client its staff were placed with. The employer is a short name
// that does not end in a kind of body named for its purpose ("Centre for Development", "Teach for All" has no
// organisation word in the client); the client must read as an organisation, or the employer must.
const EMPLOYER_FOR_CLIENT = /^(\p{Lu}[^\s,]*(?: [^\s,]+){0,3}) for (\p{Lu}\S*(?: \S+){0,4})$/u;
const PURPOSE_BODY =
  /\b(?:cent(?:re|er)s?|society|institute|institution|council|ministry|association|foundation|agency|office|department|dept|committee|commission|school|academy|alliance|trust|fund|board|bureau|hospital|college|university|organi[sz]ation|federation|union|league|coalition|network|campaign|initiative|program(?:me)?|project|fellowship|partnership|forum|club|volunteers?|doctors|engineers|teach|lawyers)$/i;

/** The employer of a company line that also names the client ("Acme Staffing for Globex Corp" → "Acme Staffing"), or undefined. */
function employerBeforeClient(company: string): string | undefined {
  const parts = EMPLOYER_FOR_CLIENT.exec(squash(company));
  if (!parts?.[1] || !parts[2] || PURPOSE_BODY.test(parts[1]) || titleScore(parts[1]) > 0) return undefined;
  return isCompanyWord(parts[2]) || isCompanyWord(parts[1]) ? parts[1] : undefined;
}

// A name that ends in a legal form ("Infosys BPO Ltd", "Acme Pvt. Ltd.", "Globex Inc"): a company's registered name.
const hasLegalForm = (text: string) => LEGAL_FORM.test(lastWord(text)) && wordCount(text) >= 2;
// Anywhere in a text: "Ltd", "Limited", "Inc", "Pvt", "LLC"... as a word.
const LEGAL_WORD = /\b(?:ltd|limited|inc|incorporated|llc|llp|plc|pvt|gmbh)\b/i;

/**
 * The employer of a company line that names the client first ("Commerzbank, Infosys BPO Ltd", "Deutsche Bank - Infosys
 * BPO Ltd", "UBS- Infosys BPO Ltd"): the part after the last comma or dash when it ends in a legal form and the part
 * before names none. Otherwise the company line as it is.
 */
function employerAfterClient(company: string): string {
  const text = squash(company);
  if (text.length > 200) return company;
  let separator: RegExpExecArray | undefined;
  for (const match of text.matchAll(/,\s|\s[-–—|]\s|(?<=\S)[-–—]\s/g)) separator = match;
  if (!separator) return company;
  const client = cleanPart(text.slice(0, separator.index));
  const employer = cleanPart(text.slice(separator.index + separator[0].length));
  if (!client || !hasLegalForm(employer) || LEGAL_WORD.test(client) || wordCount(client) > 5) return company;
  return employer;
}

/**
 * "Global Production Support Lead, - Infosys Ltd (Technology Lead)" above a company line without a legal form ("HSBC"):
 * the title and the employer its last dash names, or undefined. The employer ends in a legal form (a parenthesis after
 * it, a grade or a second title, is left out); the title before the dash reads as one; the company line names none of
 * the employer's words, nor a legal form of its own.
 */
function employerAfterTitle(
  title: string,
  company: string | undefined,
): { title: string; employer: string } | undefined {
  if (company === undefined || LEGAL_WORD.test(company)) return undefined;
  const text = squash(title);
  if (text.length > 200) return undefined;
  let separator: RegExpExecArray | undefined;
  for (const match of text.matchAll(/\s[-–—|]\s/g)) separator = match;
  if (!separator) return undefined;
  const head = cleanPart(text.slice(0, separator.index));
  const tail = text.slice(separator.index + separator[0].length);
  const employer = cleanPart(finalParenthesis(tail)?.[0] ?? tail);
  if (!head || titleScore(head) <= 0 || !hasLegalForm(employer) || wordCount(employer) > 6) return undefined;
  const companyWords = new Set(wordsOfName(company));
  if (wordsOfName(employer).some((word) => companyWords.has(word))) return undefined;
  return { title: head, employer };
}

// "Client Globex Systems", "Customer: Globex": a company line that names the client served, not the employer.
const CLIENT_PREFIX = /^(?:client|customer)\s*[:-]?\s+(?=\S)/i;

/** "Client: Globex" (or "Client - Globex"), the first line of a position's description: the client's name, or undefined. */
function clientOf(line: string): string | undefined {
  const client = /^client\s*[:-]\s*(\S.{0,60})$/i.exec(squash(stripBullet(line)).replace(/&amp;/g, '&'));
  return client?.[1] ? cleanPart(client[1]) : undefined;
}

// A short capitalised name without a title word: what an employer written into a title looks like ("HGS", "Acme Ltd").
// An employer, a comma, a town's one to three capitalised words and a state's code, then a capitalised title.
const EMPLOYER_TOWN_STATE_TITLE = /^([^,]{2,60}), ((?:\p{Lu}[\p{L}.'’-]* ){1,3})([A-Z]{2}) (\p{Lu}.*)$/u;
/**
 * The employer, place and title of "United States Navy, Oak Harbor WA Aviation Maintenance & Production Manager": an
 * employer's name (no title, department or place), a comma, a town and a region's code core knows, then a title.
 * Undefined otherwise.
 */
function employerPlaceAndTitle(text: string): { employer: string; place: string; title: string } | undefined {
  const parts = text.length > 200 ? null : EMPLOYER_TOWN_STATE_TITLE.exec(squash(text));
  if (!parts?.[1] || !parts[2] || !parts[3] || !parts[4]) return undefined;
  const [employer, town, code, title] = [cleanPart(parts[1]), parts[2].trim(), parts[3], cleanPart(parts[4])];
  if (!employer || !title || placeCode(code) !== 'region' || titleScore(title) <= 0) return undefined;
  if (!isEmployerName(employer) || looksLikeLocation(employer) || !namesNoOrganisation(town)) return undefined;
  return { employer, place: `${town} ${code}`, title };
}

const isEmployerName = (text: string) =>
  /^[\p{Lu}\p{N}]/u.test(text) && wordCount(text) <= 4 && titleScore(text) <= 0 && !DEPARTMENT.test(text);

// "Band-Sub band", "Designation U4", "Grade C2", "Level 3": a grade in an employer's scale, not a title.
const GRADE_CODE =
  /^(?:(?:band|grade|level|designation)(?:[\s:-]*(?:sub[\s-]?band|[A-Z]?\d{1,2}[A-Z]?\d?))?|sub[\s-]?band(?:[\s:-]*[A-Z]?\d{1,2}[A-Z]?)?)$/i;

// A company line that names a department, not an employer.
const DEPARTMENT =
  /^(?:human resources?|hr|recruitment|recruiting|talent acquisition|operations|sales|marketing|finance|accounts?|accounting|admin(?:istration)?|it|information technology|production|quality(?: assurance| control)?|qa|qc|r ?& ?d|research and development|customer (?:service|support|care)|technical support|support|procurement|purchasing|logistics|legal|payroll|training)(?: (?:department|dept\.?|division|team))?$/i;

const wordsOfName = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}&]+/u)
    .filter(Boolean);

/**
 * The title without the employer written into it beside the company line: "HR Executive- Acme Infotech" under "Acme
 * Infotech Pvt. Ltd", "Project Manager, Sr Consultant/ Acme Limited" under "Beta Ltd & Acme Limited", "Acme
 * Consultants as a HR Executive" under "Acme Consultants Pvt. Ltd". The piece left out is at one end of the title and
 * every word of it is in the company; the rest must read as a title. Undefined when nothing is left out.
 */
function withoutEmployer(title: string, company: string): string | undefined {
  const text = squash(title);
  if (text.length > 200 || company.length > 200) return undefined;
  const companyNames = wordsOfName(company);
  // Where the piece's words run in the company's, or -1: "Acme Infotech" in "Acme Infotech Pvt Ltd" at 0.
  const foundAt = (words: readonly string[]) => {
    for (let start = 0; start + words.length <= companyNames.length; start++)
      if (words.every((word, at) => companyNames[start + at] === word)) return start;
    return -1;
  };
  // The piece is written in the company: two words or more anywhere in it, one word only as its first; a piece with a
  // title word ("Acme Consultants") only as its start.
  const isEmployer = (piece: string) => {
    const words = wordsOfName(piece);
    if (words.length === 0 || words.length > 6) return false;
    const at = foundAt(words);
    return at === 0 ? words.length >= 2 || !isTitleWord(piece) : at > 0 && words.length >= 2 && !isTitleWord(piece);
  };
  // The last separator: a dash or slash with a space on either side, a comma, a bar, " at ", " in ", " with ", " for ".
  let trailing: RegExpExecArray | undefined;
  for (const match of text.matchAll(/\s[-–—/|]\s?|[-–—/|]\s|,\s?|\s(?:at|in|with|for|@)\s/gi)) trailing = match;
  if (trailing) {
    const head = cleanPart(text.slice(0, trailing.index));
    if (head && isEmployer(text.slice(trailing.index + trailing[0].length)) && titleScore(head) > 0) return head;
  }
  const leading = /\s(?:as\s(?:an?\s)?|[-–—/|:]\s)|[-–—/|:]\s/i.exec(text);
  if (leading) {
    const rest = cleanPart(text.slice(leading.index + leading[0].length));
    if (rest && isEmployer(text.slice(0, leading.index)) && titleScore(rest) > 0) return rest;
  }
  return undefined;
}

/**
 * The two captures of `/^(.+?)\s+(?:at|@)\s+(.+)$/i` on trimmed text ("Engineer at Acme" → "Engineer", "Acme"), in
 * linear time: the regex retried every way to split each run of spaces, and `(.+)$` rescanned the rest of the line
 * after every " at " when a line break (which `.` does not cross) followed. Runs of spaces are tried in order; the
 * first is taken whose "at" or "@" is followed by spaces and then by text with no line break.
 */
// "at" and its Italian, French and German words ("Contabile presso Studio Navigli", "Ingénieur chez Thales", "Entwickler bei
// SAP"), and the Polish, Czech and Slovak "at the firm/company" ("Inżynier w firmie ABB", "Účetní ve společnosti Škoda
// Auto a.s.", "Programátor vo firme ESET"; a bare "w"/"v" is also "in" a town or a field).
const AT_WORD =
  /^(?:at|presso|chez|bei|w[ \t]+(?:firmie|spółce)|ve[ \t]+(?:firmě|společnosti)|vo[ \t]+firme|v[ \t]+spoločnosti)(?![\p{L}])/iu;
const AT_WORD_LOOK = 16;
// What follows an "at" in an idiom, not an employer: "at Large", "at heart" (a word in small letters only).
const AT_IDIOM = /^(?:[Ll]arge\s*$|\p{Ll}+(?![\p{L}\p{N}&.@]))/u;
function splitAtKeyword(text: string): [string, string] | undefined {
  const lineBreak = /[\n\r\u2028\u2029]/;
  const firstBreak = text.search(lineBreak);
  const lastBreak = Math.max(
    text.lastIndexOf('\n'),
    text.lastIndexOf('\r'),
    text.lastIndexOf('\u2028'),
    text.lastIndexOf('\u2029'),
  );
  for (const run of text.matchAll(/(?<=\S)\s+/g)) {
    // The first part is `.+?`: it cannot hold a line break.
    if (firstBreak !== -1 && run.index > firstBreak) return undefined;
    const keyword = run.index + run[0].length;
    const length =
      text[keyword] === '@' ? 1 : (AT_WORD.exec(text.slice(keyword, keyword + AT_WORD_LOOK))?.[0].length ?? 0);
    if (length === 0) continue;
    const spaces = /^\s+/.exec(text.slice(keyword + length));
    if (spaces === null) continue;
    const rest = keyword + length + spaces[0].length;
    if (rest < text.length && rest > lastBreak) return [text.slice(0, run.index), text.slice(rest)];
  }
  // "Process Associate@ Acme", "Process Associate @Acme": an "@" with a space on one side only (an e-mail address has
  // none; the employer written against it starts with a capital or a digit). Only on one line: the first such "@"
  // splits it.
  const sign = firstBreak === -1 ? /(?<=[\p{L}\p{N}).])@(?=\s+\S)|(?<=\s)@(?=[\p{Lu}\p{N}])/u.exec(text) : null;
  return sign ? [text.slice(0, sign.index).trimEnd(), text.slice(sign.index + 1).trimStart()] : undefined;
}

/** Splits a header line into its parts: "Title — Company, City" → ["Title", "Company, City"]. */
export function splitHeaderParts(line: string): string[] {
  const text = line.replace(/\(\s*\)/g, ' ').trim();
  // Nothing left beside the dates ("2019 – 2020" on a line of its own): no part.
  if (!text) return [];
  // "Working at Acme as Software Engineer": the employer after the verb's "at", the title after "as".
  const workingAt = WORKING_AT_AS.exec(squash(text));
  if (workingAt?.[1] && workingAt[2] && titleScore(workingAt[2]) > 0)
    return [cleanPart(workingAt[2]), cleanPart(workingAt[1])].filter(Boolean);
  const at = splitAtKeyword(text);
  if (at?.[0] && at[1] && !/[|—·\t]/.test(text)) return at.map(cleanPart).filter(Boolean);
  // A plain dash or an en dash separates only when nothing stronger does ("Electrician – Industrial — Acme": the title keeps its dash).
  const strong = /\s[—·]\s|\|/.test(text);
  const parts = splitOn(text, strong ? SEPARATORS.slice(0, 3) : SEPARATORS);
  // "Data Analyst at Harbor Foods | 2020 – 2023": a bar, dash or tab keeps the line whole from the "at" split, but a
  // part left alone beside the dates still parts a title from its employer at its own "at" (where another part follows,
  // it may name the employer: "Planner at SapientNitro | Company Name City , State" keeps its reading).
  // "Member at Large | 2015 – 2018", "Engineer at heart | …": an idiom's "at" (before "large" or a word in small
  // letters) names no employer; the line stays whole, as a title.
  const onlyAt = at && parts.length === 1 ? splitAtKeyword(parts[0] ?? '') : undefined;
  if (onlyAt?.[0] && onlyAt[1] && titleScore(onlyAt[0]) > 0 && !AT_IDIOM.test(onlyAt[1]))
    return [cleanPart(onlyAt[0]), cleanPart(onlyAt[1])].filter(Boolean);
  return parts;
}

// On squashed text (single spaces), so the lazy employer costs one pass.
const WORKING_AT_AS = /^(?:currently )?(?:working|worked|employed) (?:at|with|for|in) (.+?) as (?:an? )?(\S.*)$/i;

// A middle dot between spaces separates as a bar does ("Shopify · Staff Developer", as LinkedIn exports a position).
const SEPARATORS = [
  /(?<!\s)\s*\t+\s*|(?<!\s)\s{3,}/,
  /(?!(?<=\s)\s)\s*\|\s*|(?<!\s)\s+·\s+/,
  /(?<!\s)\s+—\s+/,
  /(?<!\s)\s+[–-]\s+/,
];
// What each separator cannot match without: a text without it is not split by it (the split would give it back whole),
// so most lines skip the split and the cleaning of its one part.
const SEPARATOR_MARKS: ReadonlyMap<RegExp, RegExp> = new Map(
  [/\t|\s{3}/, /[|·]/, /—/, /[–-]/].map((mark, index) => [SEPARATORS[index] as RegExp, mark]),
);

function splitOn(text: string, separators: readonly RegExp[]): string[] {
  for (const [index, separator] of separators.entries()) {
    if (SEPARATOR_MARKS.get(separator)?.test(text) === false) continue;
    const parts = text.split(separator).map(cleanPart).filter(Boolean);
    if (parts.length > 1) return parts.flatMap((part) => splitOn(part, separators.slice(index + 1)));
  }
  return [cleanPart(text)].filter(Boolean);
}

/**
 * True when the parts of one line name both a title and an employer that is not a place ("Sports Intern", "Company
 * Name", "City , State"): such a line heads its position without the lines above it.
 */
function namesTitleAndEmployer(parts: readonly string[]): boolean {
  if (parts.length === 0) return false;
  const header = readHeader([...parts]);
  return (
    header.title !== undefined &&
    header.company !== undefined &&
    titleScore(header.title) > 0 &&
    titleScore(header.company) <= 0 &&
    !looksLikeLocation(header.company)
  );
}

/**
 * True when the dates' line at `index` (or, dates alone there, the line below it) names a title and an employer, the
 * title another than `previous`'s: a second position held over the same dates ("05/2000 to 11/2008\nCoordinator Company
 * Name – City , State" and then "05/2000 to 11/2008\nInternational Student Advisor Company Name – City , State"), not
 * the same dates written again in a description.
 */
function headsOtherPosition(
  lines: readonly string[],
  index: number,
  anchor: Anchor,
  found: readonly (Anchor | undefined)[],
  previous: Header,
  previousHeading?: { line: string; anchor: Anchor; index?: number },
): boolean {
  const remainder = (lines[index] as string).replace(anchor.text, '\t');
  let parts = headerParts(remainder);
  // "Rank: E5-SGT August 2001 to January 2009 As an aviation electronics technician, I": a description's sentence.
  if (parts.length > 0 && !isHeaderLike(remainder)) return false;
  if (parts.length > 0 && previousHeading && writtenLikePreviousHeading(parts, previous, previousHeading)) return true;
  if (
    parts.length === 1 &&
    previousHeading &&
    titleOverEmployerLineAgain(lines, index, parts[0] as string, previous, previousHeading, found)
  )
    return true;
  if (parts.length === 0) {
    let below = index + 1;
    while (below < lines.length && !(lines[below] as string).trim()) below++;
    const line = lines[below];
    if (line === undefined || found[below] || !isHeaderLike(line)) return false;
    parts = headerParts(line);
  }
  if (!namesTitleAndEmployer(parts)) return false;
  const title = readHeader([...parts]).title;
  return title !== undefined && normalizeValue(title) !== normalizeValue(previous.title ?? '');
}

/**
 * True when a dates' line holds only a title, another than the previous position's, whose dates' line held only its
 * title too, and the line below each is the same employer's line ("Supply Chain Specialist , 08/2013 to 03/2017" /
 * "Company Name – City , State", then "Patient Care Assistant , 08/2013 to 03/2017" / "Company Name – City , State"):
 * two positions held over the same dates, the second's header written as the first's, not its dates written again in
 * a description.
 */
function titleOverEmployerLineAgain(
  lines: readonly string[],
  index: number,
  title: string,
  previous: Header,
  previousHeading: { line: string; anchor: Anchor; index?: number },
  found: readonly (Anchor | undefined)[],
): boolean {
  if (previous.company === undefined || previous.title === undefined || previousHeading.index === undefined)
    return false;
  if (normalizeValue(title) === normalizeValue(previous.title) || !readsAsOtherTitle(title.trim())) return false;
  if (headerParts(previousHeading.line.replace(previousHeading.anchor.text, '\t')).length !== 1) return false;
  const below = filledFrom(lines, index + 1);
  const previousBelow = filledFrom(lines, previousHeading.index + 1);
  if (below >= lines.length || previousBelow >= index || found[below]) return false;
  const employerLine = lines[below] as string;
  return (
    normalizeValue(employerLine) === normalizeValue(lines[previousBelow] as string) &&
    normalizeValue(employerLine).includes(normalizeValue(previous.company)) &&
    isHeaderLike(employerLine)
  );
}

/**
 * True when a dates' line's `parts` are written as the previous position's dates' line was: its employer at the same
 * place among the parts, and another title beside it ("Company Name January 2011 to January 2012 Safezones Facilitator"
 * then "Company Name January 2011 to January 2012 Peer Mediator": two positions held at one employer over the same
 * dates, the second title no word of ours reads as one).
 */
function writtenLikePreviousHeading(
  parts: readonly string[],
  previous: Header,
  previousHeading: { line: string; anchor: Anchor },
): boolean {
  if (previous.company === undefined || previous.title === undefined || parts.length < 2) return false;
  const previousParts = headerParts(previousHeading.line.replace(previousHeading.anchor.text, '\t'));
  const employer = normalizeValue(previous.company);
  const at = parts.findIndex((part) => normalizeValue(part) === employer);
  if (at === -1 || previousParts.findIndex((part) => normalizeValue(part) === employer) !== at) return false;
  const title = readHeader([...parts]).title;
  return (
    title !== undefined && normalizeValue(title) !== normalizeValue(previous.title) && readsAsOtherTitle(title.trim())
  );
}

/**
 * Whether the words beside a repeated employer and dates read as another position's title: capitalised, a few words,
 * no label's colon, digit or list ("Project: Billing System", "Team size 5", "Java, SQL"), and a role our words know or
 * two words or more that name no place and no skill ("Peer Mediator"; not "Mumbai", "New York", "Machine Learning").
 */
function readsAsOtherTitle(title: string): boolean {
  if (!/^\p{Lu}/u.test(title) || /[:\d,;]/.test(title) || wordCount(title) > 6) return false;
  if (titleScore(title) > 0) return true;
  const first = title.split(/\s+/)[0] as string;
  return (
    wordCount(title) >= 2 &&
    !isPlaceName(title) &&
    !isTownNamePrefix(first) &&
    !looksLikeLocation(title) &&
    canonicalSkillName(title) === undefined
  );
}

/**
 * True when the parts of a dates' line are an employer and its place and at most one other part: the anonymised
 * employer ("Company Name") or a part that reads as an organisation, no part that reads as a title, and a place.
 */
function namesEmployerAndPlace(parts: readonly string[]): boolean {
  if (parts.length < 2 || parts.length > 3 || !parts.some((part) => looksLikeLocation(part))) return false;
  const others = parts.filter((part) => !looksLikeLocation(part));
  return (
    others.some((part) => part === ANONYMISED_COMPANY || titleScore(part) < 0) &&
    !others.some((part) => part !== ANONYMISED_COMPANY && titleScore(part) > 0)
  );
}

/**
 * True when the one part of `parts` that is neither the employer nor a place is written before the line's dates ("Direct
 * Support Professional 09/2014 …", "Company Name City , State Automobile Salesperson 01/2008 …").
 */
function titleBeforeDates(line: string, dates: string, parts: readonly string[]): boolean {
  const others = parts.filter(
    (part) => part !== ANONYMISED_COMPANY && titleScore(part) >= 0 && !looksLikeLocation(part),
  );
  const at = line.indexOf(dates);
  return others.length === 1 && at > 0 && squash(line.slice(0, at)).includes(others[0] as string);
}

/**
 * "Company Name City , State Accountant Performed the full spectrum of accounting functions, …": a header line run into
 * the first sentence of its description (the PDF text lost the line break between them). The header, when it names a
 * title and two words or more come before the description's opening verb, and the description; undefined otherwise.
 * Only the line's first 15 words are looked at.
 */
function splitRunOnDescription(line: string): [header: string, description: string] | undefined {
  if (isBullet(line)) return undefined;
  const text = squash(line);
  const words = text.slice(0, 300).split(' ').slice(0, 15);
  let offset = 0;
  for (const [at, word] of words.entries()) {
    // Not an organisation's word that reads as a verb ("… India Limited established in 1937").
    if (at >= 2 && DESCRIPTION_VERB.test(text.slice(offset, offset + 40)) && !isCompanyWord(word)) {
      const header = cleanPart(text.slice(0, offset));
      // The anonymised employer's "Company" is no organisation's word of the title ("Company Name – City , State
      // Director of Communications Partnered with …").
      return header && isHeaderLike(header) && titleScore(header.replace(ANONYMISED_PARTS, ' ')) > 0
        ? [header, text.slice(offset)]
        : undefined;
    }
    offset += word.length + 1;
  }
  return undefined;
}

// "Effectively engaged in …", "Successfully managed …": an adverb, then a verb in the past tense or a third person's.
const ADVERB_THEN_VERB = /^\p{Lu}\p{Ll}+ly \p{Ll}+(?:ed|s)\s/u;
// Words of a title that opens a description's line: at most this many.
const MAX_OPENING_TITLE_WORDS = 8;

/**
 * "Lecturer in Environmental Science and Technology Effectively engaged in course curriculum development, …": the title
 * written at the start of a position's first description line, and the description after it; undefined when the line
 * does not open with a title (a role's word in it, or before its "in"/"of"/"for") followed by a description's sentence.
 */
function titleOpeningDescription(line: string): [title: string, description: string] | undefined {
  const text = squash(line);
  const words = text
    .slice(0, 300)
    .split(' ')
    .slice(0, MAX_OPENING_TITLE_WORDS + 1);
  let offset = 0;
  for (const [at, word] of words.entries()) {
    const rest = text.slice(offset, offset + 40);
    if (at >= 1 && (opensWithDescriptionVerb(rest) || ADVERB_THEN_VERB.test(rest)) && !isCompanyWord(word)) {
      const title = cleanPart(text.slice(0, offset));
      const head = title.split(/ (?:in|of|for) /)[0] as string;
      return /^\p{Lu}/u.test(title) && isHeaderLike(title) && (titleScore(title) > 0 || titleScore(head) > 0)
        ? [title, text.slice(offset)]
        : undefined;
    }
    offset += word.length + 1;
  }
  return undefined;
}

// A title in capitals and a comma opening a line: "STUDENT INTERN, Rural Electric … Program Processed loan applications".
const CAPITAL_TITLE_OPENING = /^(\p{Lu}[\p{Lu}.'’&/-]*(?: (?:\p{Lu}[\p{Lu}.'’&/-]*|&))*) ?, ?(?=\p{Lu})/u;

/**
 * "STUDENT INTERN, Rural Electric Infrastructure Loan & Loan Guarantee Program Processed …" (livecareer's template): a
 * title written in capitals before a comma at the start of a position's first description line, and the rest; undefined
 * when the capitals are not a title by our words (an acronym, an employer's name) or are longer than a title.
 */
function capitalTitleOpening(line: string): [title: string, description: string] | undefined {
  const text = squash(line);
  const match = CAPITAL_TITLE_OPENING.exec(text.slice(0, 200));
  const title = match?.[1];
  if (!match || title === undefined || wordCount(title) > MAX_OPENING_TITLE_WORDS || !/\p{Lu}{2}/u.test(title))
    return undefined;
  if (titleScore(title) <= 0 || isCompanyWord(title)) return undefined;
  return [title, text.slice(match[0].length)];
}

// A note in parentheses alone on a line ("(Brier Creek Location)").
const NOTE_IN_PARENTHESES = /^\([^()]*\)$/;

/**
 * The title written alone, a colon after it, on the first of a position's description lines or after notes in
 * parentheses ("(Brier Creek Location)\nSupport Specialist:"), where titleLineBelow reads it as a title and nothing else:
 * the title and its line's place among `lines`; undefined otherwise ("Responsibilities:" is no title).
 */
function titleAloneOpening(lines: readonly string[]): { title: string; at: number } | undefined {
  let at = 0;
  while (at < lines.length && NOTE_IN_PARENTHESES.test(lines[at] as string)) at++;
  const line = lines[at];
  if (line === undefined || !line.endsWith(':')) return undefined;
  const title = titleLineBelow(line.slice(0, -1));
  return title === undefined ? undefined : { title, at };
}

/**
 * True when the line at `index` is the wrapped end of the sentence above it: it opens in lower case ("relationships",
 * "phone calls", "the Center's website") and the line above (or, with `blankBetween`, the one above a blank line) is a
 * sentence or a bullet that runs on (long, not ended by a full stop or a colon). Such a line is description, never a header.
 */
function continuesSentence(lines: readonly string[], index: number, blankBetween = false): boolean {
  const line = squash(lines[index] as string);
  if (!/^\p{Ll}/u.test(line)) return false;
  let previous = index - 1;
  // pdf.js text may put one blank line between a wrapped line and its end.
  if (blankBetween && previous >= 0 && !(lines[previous] as string).trim()) previous--;
  const above = previous >= 0 ? squash(lines[previous] as string) : '';
  if (!above || /[.!?:;]$/.test(above)) return false;
  return isBullet(lines[previous] as string) || !isHeaderLike(above);
}

// Several of the reader's tests ask for the header of the same parts: remembered (by the parts written as JSON), a copy each.
const headerOfParts = rememberLines(
  (key: string) => readParts(JSON.parse(key) as string[]),
  (header) => ({ ...header }),
);
function readHeader(parts: string[]): Header {
  return headerOfParts(JSON.stringify(parts));
}
function readParts(parts: string[]): Header {
  const header: Header = {};
  const pieces = parts.filter((part) => part && !/^(?:present|current|now)$/i.test(part));
  // A part that is only a place is the location.
  const rest: string[] = [];
  // Beside only an employer ("Company Name – City , State", the title left out) the place is no title either.
  const placeBesideEmployer =
    pieces.length === 2 && pieces.some((piece) => piece === ANONYMISED_COMPANY || titleScore(piece) < 0);
  // Of several, a place core knows is the place ("Company Name ï¼ City , State" below "Aviation Mechanist Mate, AD": "AD"
  // names no state core knows), then the first that reads as one.
  const places = (pieces.length > 2 || placeBesideEmployer ? pieces : []).filter((piece) => looksLikeLocation(piece));
  const place = places.find(isKnownPlace) ?? places[0];
  for (const piece of pieces) {
    if (!header.location && piece === place) header.location = piece;
    else rest.push(piece);
  }
  if (placeBesideEmployer && header.location && rest[0] !== undefined && titleScore(rest[0]) <= 0)
    return { company: rest[0], location: header.location };
  // "Senior Lending Officer - VP Executive Officer 11/2009 to Current Company Name City , State": two titles, then the
  // employer. The second title is part of the title, not the employer. Before the anonymised employer, a part that does
  // not read as a title (a department, a grade, a town: "Senior Executive - Finance", "Kolkata - Finance Officer") is not
  // the employer either: the part that reads more as a title is the title (the first on a tie), the other is left out.
  const [head, next, third] = rest;
  if (
    head !== undefined &&
    next !== undefined &&
    third !== undefined &&
    head !== ANONYMISED_COMPANY &&
    next !== ANONYMISED_COMPANY &&
    (third === ANONYMISED_COMPANY || titleScore(third) < 0)
  ) {
    if (titleScore(head) > 0 && titleScore(next) > 0) rest.splice(0, 2, `${head} - ${next}`);
    else if (third === ANONYMISED_COMPANY) rest.splice(0, 2, titleScore(next) > titleScore(head) ? next : head);
  }
  const [first, second, ...others] = rest;
  if (first === undefined) return header;
  if (second === undefined) {
    // One part: "Title, Company", "Company, Title" or just a title.
    const comma = /^(.+?),\s+(.+)$/.exec(first);
    const employerFirst = comma?.[1] && comma[2] ? employerCommaTitle(comma[1], comma[2]) : undefined;
    if (comma?.[1] && comma[2] && titleScore(comma[1]) > 0 && titleScore(comma[2]) <= 0) {
      header.title = comma[1];
      Object.assign(header, companyAndLocation(comma[2], header.location));
    } else if (employerFirst) {
      Object.assign(header, employerFirst);
    } else if (first === ANONYMISED_COMPANY || (titleScore(first) < 0 && isCompanyWord(lastWord(first)))) {
      // An employer alone, named so to its last word ("Company Name", "Piraeus Freight Services Ltd"): the title is not
      // written, and the employer is not it (the position is reported as untitled).
      Object.assign(header, companyAndLocation(first, header.location));
    } else header.title = first;
    return header;
  }
  // The title is the part with title words; on a tie, the first part (the most common order), unless a place is written
  // between them: it ends the employer's part ("Acme Farms Springfield , IL Soil Conservationist", as the anonymised
  // "Company Name City , State Title"). The anonymised employer ("Company Name") is never the title.
  const placeBetween =
    header.location !== undefined &&
    pieces.indexOf(first) < pieces.indexOf(header.location) &&
    pieces.indexOf(header.location) < pieces.indexOf(second);
  const swap =
    titleScore(second) > titleScore(first) ||
    (titleScore(second) === titleScore(first) && placeBetween) ||
    (first === ANONYMISED_COMPANY && second !== ANONYMISED_COMPANY);
  header.title = swap ? second : first;
  Object.assign(header, companyAndLocation(swap ? first : second, header.location));
  if (swap) header.companyFirst = true;
  // "Senior Software Engineer, Amazon — Seattle, WA": the other part was only the place; the employer is after the
  // title's comma.
  if (header.company === undefined && header.location !== undefined) {
    const comma = /^(.+?),\s+(.+)$/.exec(header.title);
    const employerFirst = comma?.[1] && comma[2] ? employerCommaTitle(comma[1], comma[2]) : undefined;
    if (comma?.[1] && comma[2] && titleScore(comma[1]) > 0 && titleScore(comma[2]) <= 0) {
      header.title = comma[1];
      header.company = comma[2];
    } else if (employerFirst) Object.assign(header, employerFirst);
  }
  if (!header.location && others[0] && looksLikeLocation(others[0])) header.location = others[0];
  // "Enero 2019 - actualidad | Ingeniera de datos | Telefónica | Madrid": a third and last part that reads as a town
  // (core knows regions and countries, not towns) after the title and the employer is the place. Not beside the
  // anonymised employer, whose résumés leave "City" or a department there, nor a product's name ("Azure").
  if (
    !header.location &&
    others.length === 1 &&
    others[0] &&
    header.company &&
    header.company !== ANONYMISED_COMPANY &&
    readsAsTown(others[0]) &&
    canonicalSkillName(others[0]) === undefined
  )
    header.location = others[0];
  return header;
}

/**
 * True when `part` is a title, a comma and a department or line of work ("Manager, Operations", "Director, Product
 * Marketing", "Engineer, Quality Assurance"): read alone as title and employer, but the whole title where an employer
 * is written beside it.
 */
function titleWithUnit(part: string): boolean {
  const comma = /^([^,]+),\s+([^,]+)$/.exec(part);
  if (!comma?.[1] || !comma[2] || titleScore(comma[1]) <= 0) return false;
  const unit = comma[2].trim();
  if (titleScore(unit) > 0 || isCompanyWord(unit) || looksLikeLocation(unit) || wordCount(unit) > 3) return false;
  return DEPARTMENT.test(unit) || BUSINESS_UNIT_END.test(unit);
}

/**
 * True when the line above `index` (past a place line of its own) is free, above `previousAnchor`, and reads as an
 * employer's name: a header-like line with no title's words that is no place.
 */
function employerLineAbove(
  lines: readonly string[],
  index: number,
  previousAnchor: number,
  used: ReadonlySet<number>,
): boolean {
  let above = index - 1;
  if (above > previousAnchor && !used.has(above) && isPlaceLine(lines[above] as string)) above--;
  const line = lines[above];
  return (
    above > previousAnchor &&
    line !== undefined &&
    !used.has(above) &&
    isHeaderLike(line) &&
    !isPlaceLine(line) &&
    !looksLikeLocation(line) &&
    titleScore(line) <= 0
  );
}

/**
 * "Globex Corp, Senior Analyst": an employer, told by its words (a legal form, an organisation's word), then a comma and
 * a title; the title and the employer, or undefined when the two parts do not read so.
 */
function employerCommaTitle(before: string, after: string): Header | undefined {
  if (titleScore(before) >= 0 || titleScore(after) <= 0 || looksLikeLocation(before) || looksLikeLocation(after))
    return undefined;
  return { title: after, company: before, companyFirst: true };
}

// "Syracuse, NY": one capitalised word, a comma and a state's or province's code.
const TOWN_AND_STATE = /^(\p{Lu}[\p{L}'’.-]*) ?, ?([A-Z]{2})$/u;

function companyAndLocation(text: string, location: string | undefined): Header {
  if (location) return { company: text, location };
  // A town and its state is the place, not an employer ("Syracuse") and a place ("NY"), unless the word reads as an
  // organisation's or a title's.
  const townAndState = TOWN_AND_STATE.exec(text);
  if (
    townAndState?.[1] &&
    townAndState[2] &&
    placeCode(townAndState[2]) === 'region' &&
    !isCompanyWord(townAndState[1]) &&
    titleScore(townAndState[1]) <= 0 &&
    titleScore(text) <= 0
  )
    return { location: text };
  if (twoWordTown(text)) return { location: text };
  const split = splitLocation(text);
  if (split.location && split.name)
    return placeInParenthesis(text) ?? { company: split.name, location: split.location };
  // "Telefónica, Madrid", "Acme Ltd, Pune": core knows countries and regions (splitLocation), not towns; a town is told
  // by its place, after the last comma of a name that ends in a legal form or has no comma of its own.
  const town = looksLikeLocation(text) ? undefined : placeAfterComma(text, nameBeforeTown);
  if (town) return { company: town.name, location: town.place };
  const placed = placeAfterLegalForm(text);
  if (placed) return { company: placed.name, location: placed.place };
  return placeInParenthesis(text) ?? { company: unitAfterComma(text) ?? text };
}

/**
 * The name and the town of an employer written with its town after its legal form and no comma ("PRGX India Private
 * Limited Pune", "Color Sky Decor LLC Dubai"): nothing but a place follows a legal form in a name. The town is one or
 * two capitalised words that name no organisation, role, line of business or skill ("Construction", "Hospitality"), or a
 * region's code ("Acme Inc NY"); after a legal form written in lower case, one lower-case word naming none of those nor
 * a skill ("… pvt ltd nagpur").
 * Undefined otherwise ("Infosys Limited Company" stays whole).
 */
export function placeAfterLegalForm(text: string): { name: string; place: string } | undefined {
  const words = squash(text).split(' ');
  if (words.length < 3 || words.length > 12) return undefined;
  for (const count of [1, 2]) {
    const name = words.slice(0, -count).join(' ');
    const place = words.slice(-count).join(' ');
    if (name.split(' ').length < 2 || !ENDS_IN_LEGAL_FORM.test(name) || LEGAL_FORM.test(lastWord(place))) continue;
    // A line of business core knows as a skill is no town ("Larsen & Toubro Limited Construction").
    if (placeCode(place) === 'region' || (readsAsTown(place) && extractSkills(place).length === 0))
      return { name, place };
    // "Almighty tech pvt ltd nagpur": a name written in lower case writes its town so too.
    if (count === 1 && lowerCaseTownAfter(name, place)) return { name, place };
  }
  return undefined;
}

// A town's one word written in lower case, and the words that may end a name's line but are no town.
const LOWER_CASE_TOWN = /^\p{Ll}{4,}$/u;
const NO_TOWN_WORD =
  /^(?:since|till|until|from|with|through|present|current|currently|onwards|where|which|while|during|and|the|also|etc|unit|branch|office|division|company|firm)$/;
/** True when `place` reads as a town's one lower-case word after `name`, whose legal form is written in lower case. */
function lowerCaseTownAfter(name: string, place: string): boolean {
  if (!LOWER_CASE_TOWN.test(place) || NO_TOWN_WORD.test(place) || !/^\p{Ll}+\.?$/u.test(lastWord(name))) return false;
  return namesNoOrganisation(place) && extractSkills(place).length === 0;
}

/** True when a town may follow `name` after a comma: it ends in a legal form ("Acme Ltd") or has no comma of its own. */
const nameBeforeTown = (name: string) => LEGAL_FORM.test(lastWord(name)) || !name.includes(',');

/**
 * "Telefónica (Madrid)", "Banco Santander (Boadilla del Monte)", "Airbus SAS, Toulouse (France)": a town written in
 * parentheses after the employer's name is the place (with the town before it when the name ends in a legal form), not
 * an acronym ("(TCS)"), a kind of employment ("(Contract)") or a department. Undefined otherwise.
 */
function placeInParenthesis(text: string): Header | undefined {
  const parenthesised = finalParenthesis(squash(text));
  if (!parenthesised) return undefined;
  const [name, inside] = parenthesised;
  if (!name || /[()]/.test(name) || titleScore(name) > 0) return undefined;
  if (!looksLikeLocation(inside) && (!readsAsTown(inside) || mapEmploymentType(inside) !== undefined)) return undefined;
  const town = placeAfterComma(name, nameBeforeTown);
  return town ? { company: town.name, location: `${town.place} (${inside})` } : { company: name, location: inside };
}

// A town's name: one to three capitalised words, in mixed case, with the small words of place names between them
// ("Boadilla del Monte", "Frankfurt am Main", "Stratford-upon-Avon").
const TOWN_NAME = new RegExp(
  String.raw`^\p{Lu}\p{Ll}[\p{L}.'’-]*(?: (?:(?:${TOWN_NAME_SMALL_WORDS}) )?\p{Lu}\p{Ll}[\p{L}.'’-]*){0,2}$`,
  'u',
);

/** True when `text` reads as a town's name that names no organisation, role, department or line of business. */
function readsAsTown(text: string): boolean {
  return TOWN_NAME.test(text) && namesNoOrganisation(text);
}

/** True when `text` names no role, organisation, department or line of business (so it may be a place). */
function namesNoOrganisation(text: string): boolean {
  return titleScore(text) === 0 && !isCompanyWord(text) && !DEPARTMENT.test(text) && !BUSINESS_UNIT_END.test(text);
}

/**
 * The organisation of "GE Countrywide, Lending and Repay Management", "Globex, Operations": a short name without a
 * comma, then a department or a project named for its work (up to five words joined by "and" or "of", the last a
 * unit's); the unit is neither the employer's name nor a place. Undefined otherwise ("Acme, Consulting Services").
 */
function unitAfterComma(text: string): string | undefined {
  const squashed = squash(text);
  const comma = squashed.lastIndexOf(',');
  if (comma < 1 || squashed.length > 200) return undefined;
  const name = cleanPart(squashed.slice(0, comma));
  const unit = squashed.slice(comma + 1).trim();
  if (!name || name.includes(',') || wordCount(name) > 4 || !/^[\p{Lu}\p{N}]/u.test(name)) return undefined;
  if (titleScore(name) > 0 || BUSINESS_UNIT_END.test(name) || DEPARTMENT.test(name)) return undefined;
  if (!/^\p{Lu}/u.test(unit) || wordCount(unit) > 5 || isCompanyWord(unit) || titleScore(unit) > 0) return undefined;
  // A unit's words alone may be an employer's name ("Globex, Fabrikam Research": the client, then the employer); a
  // phrase joined by "and" or "of" is not.
  return DEPARTMENT.test(unit) || (/\s(?:and|of|&)\s/i.test(unit) && BUSINESS_UNIT_END.test(unit)) ? name : undefined;
}

// The legal form that ends a company's name ("Pvt. Ltd", "Limited", "Inc."): after it a comma is followed by a place.
const LEGAL_FORM =
  /^(?:ltd|limited|inc|incorporated|llc|llp|plc|corp|corporation|gmbh|pvt|private|co|company|ag|se|kg|sa|s\.a|sl|s\.l|srl|s\.r\.l|spa|s\.p\.a|ltda|sas|sarl|bv|nv)\.?$/i;

// The last word of a business unit or a line of work ("Risk Management", "Investment Banking", "Search Ads"), not of a town.
const BUSINESS_UNIT_END =
  /\b(?:management|operations|banking|markets|engineering|development|research|support|consulting|advisory|assurance|audit|tax|sales|marketing|finance|strategy|products?|platforms?|ads|cloud|security|infrastructure|delivery|analytics|design|care|insurance|lending|payments|retail|commerce)$/i;

/**
 * "Oracle India Private Limited, Bangalore" → name and place, when the text before the last comma passes `isName` and
 * the text after it reads as a town: one to three capitalised words of letters that name no organisation, role or
 * department. Undefined otherwise.
 */
const ACRONYM_BEFORE_NAME = /^\p{Lu}{2,5} \p{Lu}\p{Ll}/u;
function placeAfterComma(text: string, isName: (name: string) => boolean): { name: string; place: string } | undefined {
  const squashed = squash(text);
  const comma = squashed.lastIndexOf(',');
  if (comma < 1) return undefined;
  const name = cleanPart(squashed.slice(0, comma));
  const place = squashed.slice(comma + 1).trim();
  if (!name || !/^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}$/u.test(place)) return undefined;
  if (!namesNoOrganisation(place)) return undefined;
  // An acronym before a town's name in mixed case is an institution's short name ("UC Berkeley", "IIT Bombay").
  if (ACRONYM_BEFORE_NAME.test(place)) return undefined;
  if (!isName(name)) return undefined;
  return { name, place };
}

/**
 * The towns a section names in its own places ("Hyderabad" of "Hyderabad, Telangana"), lower-cased: a company written
 * "Oracle, Hyderabad" elsewhere in it ends in a place, not in a second name.
 */
function townsOf(entries: readonly ExperienceEntry[]): Set<string> {
  const towns = new Set<string>();
  for (const entry of entries) {
    const parts = entry.location?.split(',') ?? [];
    if (parts.length >= 2 && parts[0]) towns.add(squash(parts[0]).toLowerCase());
  }
  return towns;
}

/** A date range, or a lone start date, that anchors one position. */
interface Anchor {
  start: Date;
  /** null while ongoing; undefined when only a start date is written. */
  end: Date | null | undefined;
  /** The dates as written on the line. */
  text: string;
}

interface Entry {
  header: Header;
  anchor?: Anchor;
  /** First and last line of the entry's header (the dates' line included). */
  first: number;
  last: number;
  /** The start of the description, written on the header's last line after the header. */
  tail?: string;
}

// "Chef 01/2011 to 01/2012 Company Name City , State Consistently kept a clean and safe environment by …", "Accountant
// Company Name – City , State A/P and A/R, bank and account reconciliations, maintain …": the Kaggle PDFs' header line
// (the anonymised employer and place) run into the first line of its description, too long then to head a position.
// The line is broken after the place where what follows reads as a description: no year in it, its capitalised lead
// names no title, and it opens with a description's verb or runs on for eight words or more (a title written after
// the place is left for the header readers: "Company Name City , State Consultant 05/2014 to Current", "Company Name
// City , State Accountant Performed …"). Each match looks at most RUN_ON_LOOK characters past it, so the pass stays
// linear.
const RUN_ON_PLACE = /Company Name[ \t]*(?:[–—|-][ \t]*)?City ?, ?State(?: ?, ?\p{Lu}{2,3}(?![\p{L}]))?[ \t]+(?=\S)/gu;
const RUN_ON_LOOK = 300;
const RUN_ON_WORDS = 8;
const YEAR = /(?:19|20)\d{2}/;
const JOINING_WORD = /^(?:and|of|for|the|to|in|at|on|with|&)$/;
// Words, then a year: the start of a line that wrote a title and its dates before the employer.
const TITLE_AND_DATES_FIRST = /^\s*\p{L}[^\n]*?\D(?:19|20)\d{2}(?!\d)/u;
function breakRunOnPlace(text: string): string {
  return text.replace(RUN_ON_PLACE, (match: string, offset: number) => {
    const start = offset + match.length;
    const rest = squash(text.slice(start, start + RUN_ON_LOOK).split('\n')[0] ?? '');
    // A year after the place is the position's dates ("… City , State Consultant 05/2014 to Current"), unless the line
    // wrote them before the employer ("ACCOUNT MANAGER 01/2009 to Current Company Name City , State Forgotten Children
    // of Haiti, established in 1993, is …").
    const lineStart =
      text
        .slice(Math.max(0, offset - RUN_ON_LOOK), offset)
        .split('\n')
        .pop() ?? '';
    if (YEAR.test(rest) && !YEAR.test(lineStart)) return match;
    const words = rest.split(' ');
    // A line that wrote the title and the dates before the employer ("Global IT Project Manager 05/2013 to Current Company
    // Name City , State Air Menzies International Limited Global IT Project Manager –") has its whole header: eight words
    // or more after the place are its description, whatever their case.
    if (TITLE_AND_DATES_FIRST.test(lineStart) && words.length >= RUN_ON_WORDS) return `${match.trimEnd()}\n`;
    // The words up to the first one in lower case but a joining word: "Finance Director/Accounting Manager Guided"
    // (finance staff …). A rest all in capitalised words is a name or a title ("Help Line and Emergency Team Supervisor").
    const lower = words.findIndex((word) => /^\p{Ll}/u.test(word) && !JOINING_WORD.test(word));
    if (lower === -1 || titleScore(words.slice(0, lower).join(' ')) > 0) return match;
    return words.length >= RUN_ON_WORDS || isDescriptionSentence(rest) ? `${match.trimEnd()}\n` : match;
  });
}

// A header line that ends in a dangling separator: the dates were to follow it ("Acme Corp -  Pune, Maharashtra -").
const DANGLING = /(?:^|\s)[-–—|,]$/;
// Words before a date that make the line a sentence ("Worked in Acme as HR Executive from April 2012 to March 2013").
// Tested on squashed text, so no run of spaces is rescanned.
const SENTENCE_BEFORE_DATE = /\b(?:from|between|during|till|until|since|desde|depuis|von|seit)\s?:?$/i;
// "Design: DNS and DHCP servers in 2003-2008 Server.": a preposition just before the years, after a few words, makes them
// part of a sentence (here the versions of a product), not a position's dates. Lower case and one space before the
// years, as running text writes it: "…, Bengaluru, IN\tDec 2025 – May 2026" ends in India's code before a column gap.
const PREPOSITION_BEFORE_DATE = /\s(?:in|on|of|for|with|by|into|under) ?$/;

const TRAILING_SEPARATOR = /^[\s,–—-]$/;
/** The month-year or year that is the whole of `text` ("June 2013", "01/2017", "2014"), or undefined. */
function loneDate(text: string): Date | undefined {
  const squashed = squash(text);
  // The trailing run of separators, cut from the end (a pattern for it was tried from every space of a long line).
  let end = squashed.length;
  while (end > 0 && TRAILING_SEPARATOR.test(squashed.charAt(end - 1))) end--;
  if (end === 0 || end > 24) return undefined;
  return parseMonthYear(squashed.slice(0, end));
}

/**
 * The section's lines, with wrong-encoding punctuation repaired and a date range broken over lines put back on one:
 * "June 2013\nto\nMarch 2016" and "June 2013 –\nPresent" become "June 2013 – March 2016" and "June 2013 – Present".
 */
export function joinDateLines(text: string): string[] {
  // Loops rather than map over the lines: V8 drops its optimised code for a map over tens of thousands of lines.
  const raw: string[] = [];
  for (const line of breakRunOnPlace(repairMojibake(text)).split('\n')) raw.push(line.trimEnd());
  const lines: string[] = [];
  // Each line's lone date, read once: a line is asked about as a range's end and as a line of its own, and a section
  // writes the same short lines again and again ("2019", "to", "Present").
  const loneDates = new Map<string, Date | undefined>();
  const loneDateAt = (index: number) => {
    const line = raw[index];
    if (line === undefined) return undefined;
    if (loneDates.has(line)) return loneDates.get(line);
    const date = loneDate(line);
    loneDates.set(line, date);
    return date;
  };
  const isEndAt = (index: number) =>
    // The end may be a word for "until now" the date reader takes (core's isPresentWord: "Present", "heute", "obecnie").
    index < raw.length && (loneDateAt(index) !== undefined || isPresentWord(squash(raw[index] as string)));
  // The line after `index`, past one blank line: PDF text may put one inside a range broken over lines ("November
  // 2014\n\nto\nMarch 2015").
  const following = (index: number) => (raw[index + 1]?.trim() === '' ? index + 2 : index + 1);
  for (let index = 0; index < raw.length; index++) {
    const line = raw[index] as string;
    // A blank line opens no range and is no date (a blank line is the most common line of a PDF's text).
    if (line === '') {
      lines.push(line);
      continue;
    }
    const squashed = squash(line);
    // "June 2013 to" / "Jan 2019 –" / "01.2019 tot" with the end on the next line (core's separators).
    const opened = squashed.length <= 40 ? beforeTrailingSeparator(squashed) : undefined;
    const end = following(index);
    if (opened && loneDate(opened) !== undefined && isEndAt(end)) {
      lines.push(`${opened} – ${squash(raw[end] as string)}`);
      index = end;
      continue;
    }
    if (loneDateAt(index) !== undefined) {
      const separator = following(index);
      const last = following(separator);
      if (raw[separator] !== undefined && isRangeSeparator(squash(raw[separator] as string)) && isEndAt(last)) {
        lines.push(`${squash(line)} – ${squash(raw[last] as string)}`);
        index = last;
        continue;
      }
    }
    lines.push(line);
  }
  return lines;
}

const sameDate = (left: Date | null | undefined, right: Date | null | undefined) =>
  left instanceof Date && right instanceof Date ? left.getTime() === right.getTime() : left === right;

// "since" or "from" (a colon after it) opening a header's part (after a bar or a tab) right before its dates, which end
// the part: "| Since 2015 | To 2018".
const DATES_PART_OPENER = /[|\t][^\S\t]*((?:since|from)[^\S\t]*:?[^\S\t]*)$/i;

/** The dates that make `line` a position's anchor, or undefined: a range on a header-like line, or a lone start date. */
function findAnchor(line: string, now: Date | undefined): Anchor | undefined {
  // A bullet starts a highlight, except "• Period: July 2017 - Present" in a position written as labelled fields.
  if (!line.trim() || (isBullet(line) && entryFieldKind(labelledField(line)?.[0] ?? '') !== 'dates')) return undefined;
  const range = findDateRanges(line, { now })[0];
  if (range) {
    const found = line.indexOf(range.text);
    // "Software Engineer | Acme Corp | Since 2015 | To 2018": the "since" or "from" opening the dates' part of a header
    // is the dates', not a sentence's preposition nor a part of its own (the header read as no position).
    // Only where the range ends its part: "| from 2016 to 2017 with the team" is a sentence's.
    const endsPart = /^[^\S\t]*(?:[|\t]|$)/.test(line.slice(found + range.text.length));
    const opener = found > 0 && endsPart ? DATES_PART_OPENER.exec(line.slice(0, found)) : null;
    const at = opener ? found - (opener[1] as string).length : found;
    const before = line.slice(0, Math.max(0, at));
    const rest = squash(`${before} ${line.slice(found + range.text.length)}`);
    // A sentence that mentions dates ("from June 2016.", "... as HR Executive from April 2012 to March 2013") anchors nothing.
    // Not a line opening with "since" in a language (core's words: "с 04.2020 по настоящее время", "dal 2012 al 2017",
    // "od 2019 obecnie"), nor one opening
    // with the range itself: Spanish, French, Italian, Portuguese and Russian write month names in lower case ("enero 2019 –
    // actualidad", "septembre 2017 – août 2019", "март 2018 – настоящее время").
    if (/^\s*\p{Ll}/u.test(line) && squash(before) !== '' && !opensWithSinceWord(line)) return undefined;
    if (
      (SENTENCE_BEFORE_DATE.test(squash(before)) || PREPOSITION_BEFORE_DATE.test(before)) &&
      squash(before).split(' ').length >= 4
    )
      return undefined;
    // "Helped facilitate roll of purchasing manager during turnover period fromSeptember 2013 - December 2013.", "Taught
    // 6th grade (2006-2007 school year).": a description's sentence opening with its verb before the dates (its "from"
    // glued to the month): six words or more, or three or more not ending in a role's word ("Managed services engineer").
    const sentence = squash(before).replace(/[\s,;:(|–—-]+$/u, '');
    if (isDescriptionSentence(sentence, 3) && (wordCount(sentence) >= 6 || !isTitleWord(lastWord(sentence))))
      return undefined;
    // "Served as backup HR Liaison. (2007-2013) Serves as the timekeeping backup.": dates between two sentences of a
    // description, each of three words or more ended by a full stop after a word (not a legal form's: "Acme Inc.").
    const after = squash(line.slice(found + range.text.length)).replace(/^[)\]]+\s*/, '');
    if (endsSentence(sentence) && endsSentence(after)) return undefined;
    // "Sep 2010- Feb 2011 Description: This Banking Software is developed …": a project's dates and its description, not a
    // position's header.
    if (squash(before) === '' && DESCRIPTION_LABEL_AFTER_DATES.test(line.slice(found + range.text.length)))
      return undefined;
    if (rest.split(' ').length > 16) return undefined;
    return { start: range.start, end: range.end, text: line.slice(at, found + range.text.length) };
  }
  const start = loneDate(line);
  if (start) return { start, end: undefined, text: line.trim() };
  return edgeDate(line);
}

/** Three words or more ended by a full stop after a word of at least three letters, not a legal form's ("… Liaison."). */
const endsSentence = (text: string) =>
  /\s\p{L}\p{Ll}{2,}\.$/u.test(text) && !LEGAL_FORM_END.test(text) && wordCount(text) >= 3;

// A description's label right after a range that opens its line.
const DESCRIPTION_LABEL_AFTER_DATES =
  /^[\s,;|–—-]*(?:(?:project|job|role) )?(?:description|responsibilities|roles? and responsibilities|environment)\s?:/iu;

// A month and year at the end or the start of a short header line: "Customer Service Advocate Mar 2016", "Bartender ,
// 05/2018", "February 2014 Company Name" (a position whose end date the résumé does not write), in any spelling core's
// date reader knows ("Sept. 2016", "03/2018", "янв 2019"). A bare year is not enough ("Chairman's club for 2012"), nor a
// line that reads as a sentence.
const MAX_EDGE_DATE_WORDS = 8;
// Where the date may sit: the last word or two, then the first word or two.
const EDGE_DATE_PLACES = [
  { atEnd: true, words: 1 },
  { atEnd: true, words: 2 },
  { atEnd: false, words: 1 },
  { atEnd: false, words: 2 },
] as const;

function edgeDate(line: string): Anchor | undefined {
  const squashed = squash(line);
  // isMonthYear takes no text without a digit (most lines have none).
  if (squashed.length > 120 || !/^\p{Lu}|^\d/u.test(squashed) || !/\d/.test(squashed)) return undefined;
  const words = squashed.split(' ');
  for (const { atEnd, words: count } of EDGE_DATE_PLACES) {
    if (words.length <= count) continue;
    const text = (atEnd ? words.slice(-count) : words.slice(0, count)).join(' ');
    if (!isMonthYear(text) || !line.includes(text)) continue;
    const start = parseMonthYear(text);
    if (start === undefined) continue;
    const rest = (atEnd ? words.slice(0, -count) : words.slice(count)).join(' ').replace(/[\s,]+$/, '');
    if (!rest || !/^\p{Lu}/u.test(rest) || /[.!?;:]$/.test(rest) || SENTENCE_BEFORE_DATE.test(rest)) return undefined;
    if (rest.split(' ').length > MAX_EDGE_DATE_WORDS) return undefined;
    return { start, end: undefined, text };
  }
  return undefined;
}

// "Mar 2016", "Sept. 2016", "03/2018": a month name (core's, in any language it reads) and a year, or month/year. Not a
// year alone, a season, or a day ("14th of May, 1992" is a birth date).
function isMonthYear(text: string): boolean {
  if (/^\d{1,2}\/\d{4}$/.test(text)) return true;
  const named = /^(\p{L}+)\.?\s\d{4}$/u.exec(text);
  return named?.[1] !== undefined && monthFromName(named[1]) !== undefined;
}

// A town and its code, inline ("… (SGE) Syracuse, NY"), or the anonymised place. The code must be a state's, a province's
// or a country's that core knows: "Armenian Students Association, UC Berkeley" names no place.
const RUN_TOGETHER_PLACE = /(?:^|\s)(?:City ?, ?State|\p{Lu}[\p{L}'’.-]* ?, ?([A-Z]{2}))(?=\s|$)/gu;
function runTogetherPlace(part: string): RegExpExecArray | null {
  RUN_TOGETHER_PLACE.lastIndex = 0;
  for (let match = RUN_TOGETHER_PLACE.exec(part); match !== null; match = RUN_TOGETHER_PLACE.exec(part))
    if (match[1] === undefined || placeCode(match[1]) !== undefined) return match;
  return null;
}

// "Initech, New York, NY", "Acme Inc., San Francisco, CA": the words of a town's name between a comma and the last word
// the inline place reads ("York, NY"), when the place ends the part. At most two more words, none a title's or an
// organisation's ("Acme, Data Scientist Boston, MA" keeps its title).
// A word that names a part of an organisation, not a town's ("Deloitte, Risk Advisory Chicago, IL", "IBM, Cloud Division
// Dallas, TX", "Mercy Hospital, Emergency Room Springfield, MO"): those words are the employer's.
const UNIT_WORD =
  /(?:^|\s)(?:division|department|dept\.?|team|group|unit|room|ward|office|practice|advisory|services|solutions|consulting|labs?|clinic|branch|desk|wing|segment|banking|markets|platform|studio|operations)(?=\s|$)/i;
const TOWN_WORDS_AFTER_COMMA = /,[ \t]*((?:\p{Lu}[\p{L}'’.-]*[ \t]+){1,2})$/u;
function townStart(part: string, start: number, end: number): number {
  if (end < part.length) return start;
  // "Data Scientist New York, NY": a town's first word right before the place read ("York, NY"), after no comma.
  const before = /(?:^|[ \t])(\p{Lu}[\p{L}.]*)[ \t]+$/u.exec(part.slice(0, start));
  if (before?.[1] && !/,[ \t]*$/.test(part.slice(0, before.index + 1)) && isTownNamePrefix(before[1]))
    return start - (before[0].length - (before[0].startsWith(' ') || before[0].startsWith('\t') ? 1 : 0));
  const words = TOWN_WORDS_AFTER_COMMA.exec(part.slice(0, start));
  const town = words?.[1]?.trim();
  if (
    words === null ||
    town === undefined ||
    titleScore(town) !== 0 ||
    isCompanyWord(town) ||
    DEPARTMENT.test(town) ||
    UNIT_WORD.test(town)
  )
    return start;
  return start - (words[1] as string).length;
}

// "Round Rock, TX", "Salt Lake City, UT", "St. Louis, MO": a part that is only a town of two or three words and its
// state's code is one place.
const TWO_WORD_TOWN = /^(\p{Lu}\p{Ll}+\.? \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?), ?([A-Z]{2})$/u;
function twoWordTown(part: string): boolean {
  const town = TWO_WORD_TOWN.exec(part);
  return (
    town?.[1] !== undefined &&
    placeCode(town[2] as string) === 'region' &&
    titleScore(town[1]) === 0 &&
    !isCompanyWord(town[1]) &&
    !DEPARTMENT.test(town[1])
  );
}

const ANONYMISED_TOWN_BEFORE_TITLE = /^[ \t]+City[ \t]+(?=\p{Lu})/u;
// Splits "Company Name City , State Floral designer" (a line whose column gaps were lost) around an inline place or
// the anonymised employer; other parts are left as they are.
// "National Environment and Planning Agency, Jamaica- Planning Technician", "Jamaica- Planning Intern": a country or a
// region (a name, not a code: "RN- Resident Care Manager" is a title), its dash glued to it, then the title.
const PLACE_DASH_TITLE = /^(?:([^,]+), ?)?(\p{Lu}\p{Ll}[\p{L}.'’]*(?: \p{Lu}\p{Ll}[\p{L}.'’]*){0,2})- (?=\p{Lu})/u;
function splitRunTogether(part: string): string[] {
  const placeDash = PLACE_DASH_TITLE.exec(part);
  if (placeDash && isRegionOrCountry(placeDash[2] as string))
    return [placeDash[1] ?? '', placeDash[2] as string, part.slice(placeDash[0].length)]
      .map(cleanPart)
      .filter(Boolean)
      .flatMap(splitRunTogether);
  const place = twoWordTown(part) ? null : runTogetherPlace(part);
  if (place && (place.index > 0 || place.index + place[0].length < part.length)) {
    const end = place.index + place[0].length;
    const start = townStart(part, place.index + (place[0].startsWith(' ') ? 1 : 0), end);
    // The place is one part ("St. Louis, MO" is not split again at "Louis, MO"); the text on either side is read on.
    const [before, town, after] = [part.slice(0, start), part.slice(start, end), part.slice(end)].map(cleanPart);
    return [
      ...(before ? splitRunTogether(before) : []),
      ...(town ? [town] : []),
      ...(after ? splitRunTogether(after) : []),
    ];
  }
  const company = part.indexOf(ANONYMISED_COMPANY);
  if (company !== -1 && part.length > ANONYMISED_COMPANY.length) {
    // "Company Name City Finance Officer": the anonymised town without its state, right after the employer, is no word
    // of the title (and names no place).
    const after = part.slice(company + ANONYMISED_COMPANY.length).replace(ANONYMISED_TOWN_BEFORE_TITLE, '');
    return [part.slice(0, company), ANONYMISED_COMPANY, after].map(cleanPart).filter(Boolean);
  }
  return [part];
}

// Read several times for most lines (as the dates' line, the line above or below one, a position's first line):
// remembered, each caller given its own array.
const headerParts = rememberLines(
  (line: string) => splitHeaderParts(line).flatMap(splitRunTogether),
  (parts) => [...parts],
);

// "Dal", "Von", "From": the word that opens a date range ("Dal 2012 al 2017"), left beside the range's text.
const RANGE_OPENING = /^(?:from|dal|dall'|von|vom|du|de|desde|с|от)$/i;
// "Employer, City (Country)", as the Europass CV writes an employer: the last comma's part is a town and its country.
const TOWN_AND_COUNTRY = /^\s*\p{Lu}[\p{L} .'’-]*\(\p{Lu}[\p{L} .'’-]*\)$/u;
function endsInCountry(line: string): boolean {
  const comma = line.lastIndexOf(',');
  return comma > 0 && TOWN_AND_COUNTRY.test(line.slice(comma + 1));
}

/**
 * The title on the line at `at` or, when that line is a town alone (one or two capitalised words, no title word), on
 * the line after it: the header lines below an employer line, as hh.ru prints a position. Undefined when neither is.
 */
function titleBelowEmployer(
  lines: readonly string[],
  at: number,
  found: readonly (Anchor | undefined)[],
): { parts: string[]; last: number } | undefined {
  const next = (from: number) => {
    let index = from;
    while (index < lines.length && !(lines[index] as string).trim()) index++;
    return index;
  };
  const usable = (index: number) => {
    const line = lines[index];
    return line !== undefined && !found[index] && !isBullet(line) && isHeaderLike(line) ? line : undefined;
  };
  const first = usable(at);
  if (first === undefined) return undefined;
  if (titleScore(first) > 0) return { parts: headerParts(first), last: at };
  if (!TOWN_ALONE.test(squash(first))) return undefined;
  const titleIndex = next(at + 1);
  const title = usable(titleIndex);
  if (title === undefined || titleScore(title) <= 0) return undefined;
  return { parts: [...headerParts(title), squash(first)], last: titleIndex };
}

/**
 * True when a header line written above an employer's line (and a place) is the position's title: read as the title
 * beside those names, with title words ("Store Manager", "Cashier"), over names that have none ("Harbor Foods").
 */
function titleOverEmployer(line: string, read: Header, nameParts: readonly string[]): boolean {
  return read.title === line.trim() && titleScore(line) > 0 && nameParts.every((part) => titleScore(part) <= 0);
}
const TOWN_ALONE = /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?$/u;

/**
 * The title wrapped onto the line below its dates' line, above the place: "Company Name October 1993 to January 2012
 * Shipping and Receiving Clerk/…/Customer Service\nRepresentative/Payroll Administrator\nCity , State" (a long Kaggle
 * header line broken at the page's width). The dates' line names the title and the employer; the line below is short,
 * has no digit, reads as a title and names no organisation; the line after it is a place alone. The title joined and
 * the place, or undefined.
 */
function wrappedTitle(
  lines: readonly string[],
  index: number,
  found: readonly (Anchor | undefined)[],
  header: Header,
): { title: string; location: string; last: number } | undefined {
  if (!header.title || !header.company || header.location) return undefined;
  const nextOf = (from: number) => {
    let at = from;
    while (at < lines.length && !(lines[at] as string).trim()) at++;
    return at;
  };
  const wrapAt = nextOf(index + 1);
  const placeAt = nextOf(wrapAt + 1);
  const wrap = lines[wrapAt];
  const place = lines[placeAt];
  if (wrap === undefined || place === undefined || found[wrapAt] || found[placeAt] || isBullet(wrap)) return undefined;
  const text = squash(wrap);
  if (!isHeaderLike(wrap) || /\d/.test(text) || wordCount(text) > 6 || !/^\p{Lu}/u.test(text)) return undefined;
  if (titleScore(text) <= 0 || isCompanyWord(text) || !looksLikeLocation(cleanPart(place))) return undefined;
  return { title: `${header.title} ${text}`, location: cleanPart(place), last: placeAt };
}

// Longer lines are a sentence's, not a place's.
const MAX_PLACE_LINE = 60;
/**
 * True when a line holds a place alone ("New York, NY", "City , State", "Pune, Maharashtra"), short as a place is; not
 * an employer's line that ends in its place ("Contoso -  Salem, Oregon -").
 */
function isPlaceLine(line: string): boolean {
  const place = squash(line);
  if (place.length > MAX_PLACE_LINE || isBullet(line) || /\s[-–—|]/.test(place)) return false;
  return looksLikeLocation(place);
}
// A place run into the first line of the description, the line break lost ("City , State Managed the branch's …",
// "Boston, MA Responsible for …"): the anonymised place, or a town of one to three capitalised words, a comma and a
// code of two capitals, then a capitalised word.
const PLACE_BEFORE_TEXT = /^(City ?, ?State|\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2} ?, ?([A-Z]{2})) (?=\p{Lu})/u;
/**
 * The place written alone on the first line below a position's header, before its description ("City , State",
 * "Austin, TX", "Pune, Maharashtra"), or run into the description's first line before a capitalised word where it is
 * the anonymised place or a town and a state's or province's code: the place, its line and the rest of the line.
 */
function placeLineBelow(
  lines: readonly string[],
  last: number,
  stop: number,
): { place: string; at: number; rest?: string } | undefined {
  const at = filledFrom(lines, last + 1, stop);
  const line = lines[at];
  if (at >= stop || line === undefined || isBullet(line)) return undefined;
  if (line.length <= MAX_PLACE_LINE) {
    const place = cleanPart(line);
    if (place && looksLikeLocation(place)) return { place, at };
  }
  const glued = PLACE_BEFORE_TEXT.exec(line.trim());
  if (!glued?.[1] || (glued[2] !== undefined && placeCodeBesideWork(glued[2]) !== 'region')) return undefined;
  const rest = line.trim().slice(glued[0].length).trim();
  return rest ? { place: cleanPart(glued[1]), at, rest } : undefined;
}

/** The header of an entry whose last header line ends in a dangling separator: that line names the company (and place), the line above the title. */
function readDanglingHeader(titleLines: readonly string[], companyLine: string): Header {
  const header: Header = {};
  const read = readHeader(titleLines.flatMap(headerParts));
  // The line above the company line is the title's by its place, even where it reads as an employer alone ("Acme
  // Technologies\nCustomer Service Executive -": swapped below).
  const title: Header =
    read.title === undefined && read.company !== undefined ? { ...read, title: read.company } : read;
  if (title !== read) delete title.company;
  const companyText = companyLine.replace(/(?<![\s,|–—-])[\s,|–—-]+$/, '');
  // "Technical Lead at Infosys Ltd.\nPharmaceuticals and Life Sciences Domain -": the title line already names the
  // company. Unless the company line names an employer by its legal name and the title's "at" names none: "Test
  // Analyst at Globex, Pune\nNorthwind Ltd -  Pune, Maharashtra -" names the client's site, the company line the employer.
  const titledAt = title.title && title.company && titleLines.some((line) => splitAtKeyword(squash(line)));
  if (titledAt && !(LEGAL_WORD.test(companyText) && !LEGAL_WORD.test(title.company ?? ''))) return title;
  // "Sales Engineer - Acme Technology Solutions\n-": the company line is left empty and the title line names an
  // organisation after its title; that is the employer.
  const employerInTitle =
    !companyText.trim() &&
    title.title !== undefined &&
    title.company !== undefined &&
    titleScore(title.title) > 0 &&
    titleScore(title.company) < 0;
  if (employerInTitle) return title;
  // Otherwise the title line is the title whole ("Volunteer Contestant, Yappon\nMicrosoft -"), unless it is the
  // anonymised employer run together with the title ("Company Name General Manager\nCity , State"): that is the employer.
  const runTogether = title.company === ANONYMISED_COMPANY;
  if (titleLines.length === 1 && title.company && !titledAt && !runTogether)
    title.title = cleanPart(titleLines[0] as string);
  // "Acme -  Zirakpur, Punjab, IN": the place after the dash is read whole before the run-together split cuts it.
  const written = splitHeaderParts(companyText);
  const place = written[written.length - 1];
  const parts =
    written.length >= 2 && place !== undefined && isExportPlace(place, companyText)
      ? written
      : headerParts(companyText);
  const last = parts[parts.length - 1];
  // "Secretary of State\nSalem, Tamil Nadu -": the employer was left out and only its place is written.
  if (parts.length === 1 && looksLikeLocation(cleanPart(companyText)) && companyText.includes(',')) {
    header.location = cleanPart(companyText);
  } else if (parts.length >= 2 && last !== undefined && isExportPlace(last, companyText)) {
    header.company = parts.slice(0, -1).join(' - ');
    header.location = last;
  } else if (companyText.trim()) {
    Object.assign(header, companyAndLocation(cleanPart(companyText), undefined));
    // "Acme -  Redmond -": Indeed's export writes the place after a dash and two spaces, a town no list need know.
    const town = EXPORT_PLACE.exec(companyText.trimEnd());
    if (!header.location && town?.[1] && town[2] && wordCount(town[2]) <= 3 && titleScore(town[2]) === 0) {
      header.company = cleanPart(town[1]);
      header.location = town[2];
    }
  }
  if (title.title) header.title = title.title;
  if (runTogether && !header.company) header.company = ANONYMISED_COMPANY;
  if (!header.location && title.location) header.location = title.location;
  // "Atlas Medical Center\nCustomer Service Executive -": the two fields were filled the other way round.
  if (
    header.title &&
    header.company &&
    !title.company &&
    titleScore(header.title) < 0 &&
    titleScore(header.company) > 0 &&
    !isCompanyWord(header.company)
  )
    [header.title, header.company] = [header.company, header.title];
  // "Acme Hospital\nCUSTOMERSERVICEEXECUTIVE -": a title whose spaces the text export lost, in the company slot. With a
  // title line that names no role it is the title (the fields were swapped); beside a real title it names no employer.
  if (header.company && !title.company && GLUED_TITLE.test(header.company)) {
    if (header.title && titleScore(header.title) <= 0) [header.title, header.company] = [header.company, header.title];
    else if (header.title) delete header.company;
  }
  return header;
}

/**
 * A place after the company's dash. Indeed's export writes it after " -  " as the person typed it ("Acme -  hyderbad,
 * Telangana"): there a lower-case town is still a town, when the region after it is known.
 */
function isExportPlace(place: string, companyLine: string): boolean {
  if (looksLikeLocation(place)) return true;
  if (!companyLine.includes(' -  ')) return false;
  return looksLikeLocation(
    place.replace(/(^|,\s?)(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase()),
  );
}

// "Company -  Town": the name, a dash and two spaces, then a capitalised place of letters (the company line of Indeed's export).
const EXPORT_PLACE = /^(.*[^\s-]) - {2}(\p{Lu}[\p{L}.'’ ]{0,30})$/u;

// One capitalised word of run-together words that ends in a role noun: "CUSTOMERSERVICEEXECUTIVE", "SALESOFFICER".
const GLUED_TITLE = new RegExp(
  `^[A-Z]{5,}(?:${ROLE_NOUNS.filter((noun) => /^[a-z]{5,}$/.test(noun))
    .map((noun) => noun.toUpperCase())
    .join('|')})S?$`,
);

// "… proper food handling techniques Twenty Water Street - Executive Sous Chef.", "… Followed ISO 9001 Community Beer
// Works, Lean Six Sigma Intern.": the employer and the title of the position dated below, run by the PDF's text into
// the last line of the description above (the anonymised résumés name an employer there now and then). Capitalised
// words at the line's end, an employer of two to six words, a dash or a comma, and a title of at most six words that
// ends in a role's word; the words before them do not continue the run (a lower-case word or a number). Only the last
// RUN_IN_LOOK characters are read.
const RUN_IN_LOOK = 160;
const RUN_IN_WORD = /^(?:\p{Lu}[\p{L}'’&./-]*,?|&|of|and)$/u;
function runInHeader(line: string): { title: string; company: string; run: string } | undefined {
  const text = squash(line.slice(-RUN_IN_LOOK)).replace(/\.$/, '');
  const words = text.split(' ');
  let first = words.length;
  while (first > 1 && (RUN_IN_WORD.test(words[first - 1] as string) || /^[-–—]$/.test(words[first - 1] as string)))
    first--;
  // The run must follow other words of the line, and a word cut by the look's start is no part of it.
  if (first <= 1) return undefined;
  const run = words.slice(first);
  const dash = run.findIndex((word) => /^[-–—]$/.test(word));
  const comma = run.findIndex((word) => word.endsWith(','));
  // The employer ends before the dash or with the comma; neither is written again in the title.
  const cut = dash >= 0 ? dash : comma + 1;
  const titleWords = run.slice(dash >= 0 ? cut + 1 : cut);
  if (cut <= 0 || titleWords.some((word) => /^[-–—]$/.test(word) || word.endsWith(','))) return undefined;
  const company = run.slice(0, cut).join(' ').replace(/,$/, '');
  const title = titleWords.join(' ');
  const companyWords = wordCount(company);
  if (companyWords < 2 || companyWords > 6 || wordCount(title) > 6 || /^(?:of|and|&)$/.test(run[0] as string))
    return undefined;
  if (!isTitleWord(lastWord(title)) || isCompanyWord(lastWord(title)) || titleScore(company) > 0) return undefined;
  return { title, company, run: run.join(' ') };
}

/** The line without the run-in header at its end (`run`, as runInHeader read it), or the line itself. */
function withoutRunIn(line: string, run: string): string {
  const text = squash(line).replace(/\.$/, '');
  return text.endsWith(run) ? text.slice(0, text.length - run.length).trimEnd() : line;
}

// A line that is only a link: a page footer ("https://www.indeed.com/r/…") that the text export put between header lines.
const PAGE_LINK = /^\s*(?:https?:\/\/|www\.)\S*\s*$/i;
// A line of digits and a phone number's marks only.
const isPhoneAlone = (line: string) => /^[\s\d()+.-]+$/.test(line) && /\d/.test(line);

const startsBlock = (line: string | undefined) =>
  line === undefined || isBullet(line) || !isHeaderLike(line) || PAGE_LINK.test(line);

// Words before "at" that end in an internship, in a short line: "Completed 6 months internship", "Summer Internship".
const INTERNSHIP_AT = /^(?:\S+ ){0,7}internships?$/i;

/**
 * Positions written without dates, as Indeed's export writes them ("Data Entry Operator\n\nMicrosoft\n\n<description>"):
 * a short line with a job-title word, then a short line naming the employer, starting a block and not followed by dates.
 */
function findUndatedEntries(
  lines: readonly string[],
  taken: ReadonlySet<number>,
  anchors: ReadonlySet<number>,
  headed: ReadonlySet<number> = new Set(),
): Entry[] {
  const found: Entry[] = [];
  const nonBlank: number[] = [];
  lines.forEach((line, index) => {
    if (line.trim()) nonBlank.push(index);
  });
  // A line's header, and a title line's with its employer's line, depend on their text only: read once per distinct
  // line or pair ('Data Engineer\n\nAcme -\n\n' × 4,000 read each pair's parts, places and words anew).
  const oneLineHeader = rememberLines(readOneLineHeader, copyHeader);
  const pairHeader = rememberLines((pair: string) => {
    const cut = pair.indexOf('\n');
    return readDanglingHeader([pair.slice(0, cut)], pair.slice(cut + 1));
  }, copyHeader);
  for (let position = 0; position < nonBlank.length; position++) {
    const titleIndex = nonBlank[position] as number;
    const companyIndex = nonBlank[position + 1];
    if (taken.has(titleIndex) || anchors.has(titleIndex)) continue;
    const title = lines[titleIndex] as string;
    const previousIndex = nonBlank[position - 1];
    const previous = previousIndex === undefined ? undefined : lines[previousIndex];
    // A block starts after a description's sentence, also where its wrapped end is short enough to read as a header
    // ("Developing the new modules … as per the\ncompany requirement\n\nTechnical consultant\n\nABA Technology Services").
    const blockStart =
      startsBlock(previous) ||
      (previousIndex !== undefined &&
        (taken.has(previousIndex) ||
          continuesSentence(lines, previousIndex) ||
          // "General Sales Manager\nCompany Name – City , State\nSales Manager\nCompany Name – City , State": undated
          // positions listed one under the other, each ending where the next begins.
          found[found.length - 1]?.last === previousIndex));
    // "Admin assistant at Infosys limited": one line names both.
    const at = blockStart && isHeaderLike(title) && wordCount(title) <= 10 ? splitAtKeyword(squash(title)) : undefined;
    // "Completed 6 months internship at Acme": a line that says it was an internship at an employer; its title is
    // "Intern" unless the words before "at" are a short name for it ("Summer Internship").
    const internship = at !== undefined && titleScore(at[0]) <= 0 && INTERNSHIP_AT.test(squash(at[0]));
    if (
      at &&
      (titleScore(at[0]) > 0 || internship) &&
      /^[\p{Lu}\p{N}]/u.test(at[1]) &&
      (companyIndex === undefined || !anchors.has(companyIndex))
    ) {
      const named = internship && wordCount(at[0]) <= 3 && !/\d/.test(at[0]) ? cleanPart(at[0]) : 'Intern';
      found.push({
        header: { title: internship ? named : cleanPart(at[0]), ...companyAndLocation(cleanPart(at[1]), undefined) },
        first: titleIndex,
        last: titleIndex,
      });
      continue;
    }
    // "Pharmaceutical Sales Representative, Women's Healthcare Specialist Company Name – City , State": one line names
    // the title, the employer (an organisation by its words, or the anonymised one) and its place, and no dates are
    // written anywhere near (a resume builder's template left them out; no digits on the line).
    if (blockStart && isHeaderLike(title) && !/\d/.test(title) && !continuesSentence(lines, titleIndex)) {
      const header = oneLineHeader(title);
      if (header) {
        found.push({ header, first: titleIndex, last: titleIndex });
        continue;
      }
    }
    if (companyIndex === undefined || taken.has(companyIndex) || anchors.has(companyIndex) || !blockStart) continue;
    const employerFirst = undatedEmployerFirst(lines, titleIndex, companyIndex, nonBlank[position + 2], anchors, taken);
    if (employerFirst) {
      found.push({ header: employerFirst, first: titleIndex, last: companyIndex });
      position++;
      continue;
    }
    const company = lines[companyIndex] as string;
    if (!isHeaderLike(title) || !isHeaderLike(company) || wordCount(title) > 7 || wordCount(company) > 8) continue;
    if (continuesSentence(lines, titleIndex)) continue;
    if (
      titleScore(title) <= 0 ||
      titleScore(company) > 0 ||
      // A lower-case employer only when it is a known organisation word ("oracle").
      !(/^\s*[\p{Lu}\p{N}]/u.test(company) || isCompanyWord(company)) ||
      // "Purchasing Manager\nMaintained weekly inventory": a duty under a role's name, not its employer; "Provided" alone,
      // a duty's first word cut from its line.
      opensWithDescriptionVerb(squash(company)) ||
      namesNoEmployer(company) ||
      // "Fresher\n\nAny post": the work a fresher asks for, not an employer.
      /^\s*any\s/i.test(company) ||
      /[,–—-]$/.test(title.trim())
    )
      continue;
    const nextIndex = nonBlank[position + 2];
    // The pair is the header of the dates below it, unless another position's own title and employer lines come
    // first ("Technical Architect\nAcme Services\nSoftware Engineer\nGlobex -\nJune 2016 to …": two positions).
    if (nextIndex !== undefined && (anchors.has(nextIndex) || (taken.has(nextIndex) && !headed.has(nextIndex))))
      continue;
    const header = pairHeader(`${title}\n${company}`);
    if (!header.title) continue;
    found.push({ header, first: titleIndex, last: companyIndex });
    position++;
  }
  return found;
}

// An employer's line that ends in an English legal form ("Hruby Ltd.", "Acme Trading Co", "Initech Pvt. Ltd").
const ENDS_IN_LEGAL_FORM = new RegExp(String.raw`(?<![\p{L}])(?:${ENGLISH_LEGAL_FORMS}|pvt)\.?[ \t]*$`, 'iu');
/**
 * "Hruby Ltd.\nBricklayer": an undated position written employer first, the employer named by a legal form at the end
 * of a short line, and below it a short capitalised line that reads as no employer, no place and no duty: the title,
 * whether or not its words are a title's we know. Not where dates follow (the pair heads them) nor at the end of a
 * sentence. Undefined when the two lines are no such pair.
 */
function undatedEmployerFirst(
  lines: readonly string[],
  employerIndex: number,
  titleIndex: number,
  nextIndex: number | undefined,
  anchors: ReadonlySet<number>,
  taken: ReadonlySet<number>,
): Header | undefined {
  const employer = lines[employerIndex] as string;
  const title = lines[titleIndex] as string;
  if (!isHeaderLike(employer) || !isHeaderLike(title) || wordCount(employer) > 6 || wordCount(title) > 5)
    return undefined;
  if (nextIndex !== undefined && (anchors.has(nextIndex) || taken.has(nextIndex))) return undefined;
  if (!ENDS_IN_LEGAL_FORM.test(employer) || titleScore(employer) >= 0 || !/^\s*\p{Lu}/u.test(employer))
    return undefined;
  if (!/^\s*\p{Lu}/u.test(title) || /[,–—:.;-]$/.test(title.trim()) || /\d/.test(title)) return undefined;
  if (titleScore(title) < 0 || looksLikeLocation(title) || opensWithDescriptionVerb(squash(title))) return undefined;
  if (continuesSentence(lines, employerIndex) || headerParts(employer).length !== 1 || headerParts(title).length !== 1)
    return undefined;
  return { title: cleanPart(title), ...companyAndLocation(cleanPart(employer), undefined) };
}

/**
 * The header of a line that names the title, the employer (an organisation by its words, or the anonymised one) and its
 * place, without dates; undefined when the line does not.
 */
function readOneLineHeader(title: string): Header | undefined {
  const parts = headerParts(title);
  const header =
    parts.some((part) => looksLikeLocation(part)) && namesTitleAndEmployer(parts) ? readHeader([...parts]) : {};
  const employer = header.company === ANONYMISED_COMPANY || titleScore(header.company ?? '') < 0;
  return header.title && employer && !JOINING_WORD.test(lastWord(header.title).toLowerCase()) ? header : undefined;
}

/** A header of its own for each caller of a remembered reading. */
function copyHeader<Value extends Header | undefined>(header: Value): Value {
  return (header && { ...header }) as Value;
}

// An entry written as labelled fields: "Company 1: Oracle India Private Limited, Bangalore", "Designation: Principal
// Engineer", "Duration: September 2005 - till date" (common on Indian resumes), "Firma: … / Stanowisko: … / Okres: …",
// and the older European CV format's ("Name and address of employer", "Tipo di impiego", "Date (da – a)"): core's labels.
/** The label and value of a "Label: value" line (a bullet allowed before it), or undefined. */
function labelledField(line: string): [label: string, value: string] | undefined {
  const text = squash(stripBullet(line));
  const colon = text.indexOf(':');
  if (colon < 1 || colon > 50) return undefined;
  return [text.slice(0, colon).trim(), text.slice(colon + 1).trim()];
}

/**
 * The title and company of the entry anchored at `index` when they are written as labelled fields, up to four lines
 * above the dates (after the previous entry) or, failing that, below them (before the next one); a company above the
 * dates and a title below them ("Company: Infosys Ltd" / "Duration: 2015 – 2018" / "Designation: Engineer") are one
 * entry's too.
 */
function readLabelledFields(
  lines: readonly string[],
  index: number,
  previousAnchor: number,
  nextAnchor: number,
  used: ReadonlySet<number>,
): { header: Header; lines: number[] } | undefined {
  const read = (direction: -1 | 1) => {
    let title: { value: string; line: number } | undefined;
    let company: { value: string; line: number } | undefined;
    // "Role:" and "Title:" also head a project's details; they name a position only beside a company label.
    let strongTitle = false;
    let seen = 0;
    for (
      let line = index + direction;
      line > previousAnchor && line < nextAnchor && seen < 4 && !used.has(line);
      line += direction
    ) {
      const text = lines[line] as string;
      if (!text.trim() || PAGE_LINK.test(text)) continue;
      seen += 1;
      const field = labelledField(text);
      if (!field) break;
      const [label, value] = field;
      const words = wordCount(value);
      if (!value || words > 10) continue;
      const kind = entryFieldKind(label);
      if (!company && kind === 'employer') company = { value, line };
      else if (!title && (kind === 'title' || (kind === 'weak-title' && titleScore(value) > 0 && words <= 6))) {
        title = { value, line };
        strongTitle = kind === 'title';
      }
    }
    return { title, company, strongTitle };
  };
  const entry = (
    title: { value: string; line: number },
    company: { value: string; line: number } | undefined,
  ): { header: Header; lines: number[] } => ({
    header: {
      title: cleanPart(title.value),
      ...(company ? companyAndLocation(cleanPart(company.value), undefined) : {}),
    },
    lines: company ? [company.line, title.line] : [title.line],
  });
  const above = read(-1);
  if (above.title && (above.company || above.strongTitle)) return entry(above.title, above.company);
  const below = read(1);
  // The company above the dates, the title below them.
  if (above.company && !above.title && below.title) return entry(below.title, above.company);
  return below.title && (below.company || below.strongTitle) ? entry(below.title, below.company) : undefined;
}

// Small functions for the loops over runs of lines, so that such a run (40,000 blank lines) optimises them alone rather
// than readExperienceSection, whose optimised code is then dropped at the first branch it had not run.
/** The index of the first line from `from` on, before `stop`, that is not blank (`stop` if none). */
function filledFrom(lines: readonly string[], from: number, stop = lines.length): number {
  let at = from;
  while (at < stop && !(lines[at] as string).trim()) at++;
  return at;
}
/** Whether the first line with words below line `index` is right over (blank lines aside) a line of dates. */
function headsDatesBelow(lines: readonly string[], index: number, found: readonly (Anchor | undefined)[]): boolean {
  const next = filledFrom(lines, index + 1);
  return next < lines.length && !found[next] && found[filledFrom(lines, next + 1)] !== undefined;
}
/** Whether the first line with words below line `index` is a title alone (titleLineBelow) written right over its dates. */
function titleOverNextDates(lines: readonly string[], index: number, found: readonly (Anchor | undefined)[]): boolean {
  const next = filledFrom(lines, index + 1);
  return next < lines.length && found[next + 1] !== undefined && titleLineBelow(lines[next]) !== undefined;
}
// Longest line read as a title below its employer's dated line.
const MAX_TITLE_BELOW_WORDS = 6;
/**
 * The title written alone on `line`, just below a dated line that names only the employer and its place: a short line
 * opening with a capital, one part that our words read as a title, no place, no duty, no bullet; else undefined.
 */
function titleLineBelow(line: string | undefined): string | undefined {
  if (line === undefined || isBullet(line) || !isHeaderLike(line) || wordCount(line) > MAX_TITLE_BELOW_WORDS)
    return undefined;
  if (!/^\s*\p{Lu}/u.test(line) || looksLikeLocation(line) || opensWithDescriptionVerb(line)) return undefined;
  const parts = headerParts(line);
  if (parts.length !== 1 || titleScore(parts[0] as string) <= 0) return undefined;
  return parts[0];
}

function addRange(set: Set<number>, from: number, to: number): void {
  for (let at = from; at <= to; at++) set.add(at);
}

/**
 * Reads positions from the text of an experience section: entries are anchored on their dates, or on a title and employer
 * pair; a form's fields ("Company: Infosys | Designation: Engineer") are read as parseResumeText reads them.
 */
export function parseExperienceSection(text: string, options: EntryOptions = {}): ExperienceEntry[] {
  return readExperienceSection(text, options).entries;
}

/**
 * A position whose employer is written but its title is not ("Cisco -  Samba, Jammu and Kashmir -\n2000 to 2000"; a job
 * board's "company - Wipro" with no title and no dates): its dates where written.
 */
export interface UntitledPosition {
  company: string;
  start?: Date;
  end?: Date | null;
}

/**
 * The positions of an experience section, and the dated ones left out because no title is written: core's
 * `ExperienceEntry` needs a title, so those are reported (as a warning) instead of being given one the resume lacks.
 */
export function readExperienceSection(
  text: string,
  options: EntryOptions = {},
): { entries: ExperienceEntry[]; untitled: UntitledPosition[] } {
  // A form's fields written several to a line or below their labels are read one to a line ("Company: … | Role: …").
  const lines = joinDateLines(unfoldLabelledFields(text, 'experience'));
  // A line written again is read once (a copy each time: entries hold their anchors, told apart by identity).
  const anchorOf = rememberLines(
    (line) => findAnchor(line, options.now),
    (anchor) => anchor && { ...anchor },
  );
  const found: (Anchor | undefined)[] = [];
  const anchors: number[] = [];
  for (let index = 0; index < lines.length; index++) {
    const anchor = anchorOf(lines[index] as string);
    found.push(anchor);
    if (anchor) anchors.push(index);
  }
  const used = new Set<number>();
  // The first lines of positions whose title and employer are both written on lines of their own above the dates.
  const headed = new Set<number>();
  // Lines that end in a run-in header read for the position below, without it.
  const runInCut = new Map<number, string>();
  const entries: Entry[] = [];
  for (const [order, index] of anchors.entries()) {
    const anchor = found[index] as Anchor;
    const previousAnchor = anchors[order - 1] ?? -1;
    const line = lines[index] as string;
    // The same dates again under an entry ("(Oct 2016- May 2017)", "Hyderabad, since December 2014 to till date.")
    // repeat its dates in its description, unless a dangling company line between them starts another position.
    // Written as labelled fields there ("Company 1: Oracle India Private Limited"), they name the entry better.
    const before = found[previousAnchor];
    const previousEntry = entries[entries.length - 1];
    if (
      before &&
      previousEntry?.anchor === before &&
      sameDate(before.start, anchor.start) &&
      sameDate(before.end, anchor.end) &&
      !lines.slice(previousAnchor + 1, index).some((between) => DANGLING.test(between.trim())) &&
      !headsOtherPosition(lines, index, anchor, found, previousEntry.header, {
        line: lines[previousAnchor] as string,
        anchor: before,
        index: previousAnchor,
      })
    ) {
      const repeated = readLabelledFields(lines, index, previousAnchor, anchors[order + 1] ?? lines.length, used);
      if (repeated) {
        previousEntry.header = { ...previousEntry.header, ...repeated.header };
        for (const at of repeated.lines) used.add(at);
      }
      used.add(index);
      continue;
    }
    // "Duration: September 2005 - till date": the label is not a title.
    const dateLabel = labelledField(line);
    const remainder =
      dateLabel && entryFieldKind(dateLabel[0]) === 'dates' && dateLabel[1].includes(squash(anchor.text))
        ? ''
        : line.replace(anchor.text, '\t').replace(/\([^\S\t]*\t\s*\)/, '\t');
    const labelled = readLabelledFields(lines, index, previousAnchor, anchors[order + 1] ?? lines.length, used);
    if (labelled) {
      for (const at of labelled.lines) used.add(at);
      used.add(index);
      entries.push({
        header: labelled.header,
        anchor,
        first: Math.min(index, ...labelled.lines),
        last: Math.max(index, ...labelled.lines),
      });
      continue;
    }
    const headerLines: number[] = [];
    // "Dal 2012 al 2017", "Von 2012 bis 2017": the word that opens the range is no part of the header.
    const remainderParts = headerParts(remainder).filter((part) => !RANGE_OPENING.test(part));
    // "Sports Intern , 09/2013 to 02/2014 Company Name – City , State": the dates' line names the title and the employer
    // itself, so lines run together with the text above them are the previous position's description, not this header.
    // So does the line just below dates written alone ("01/1998 to 01/2001\nChemist Company Name – City , State").
    let below = index + 1;
    below = filledFrom(lines, below);
    const belowLine = lines[below];
    const belowParts =
      belowLine === undefined || found[below] || !isHeaderLike(belowLine) ? [] : headerParts(belowLine);
    // "Direct Support Professional 09/2014 to 04/2015 Company Name City , State", "Sr. Recruiter\nOctober 2007 to March
    // 2009 Company Name – City , State": the dates' line names the employer (an organisation, not a title) and its place.
    const employerOnDateLine = namesEmployerAndPlace(remainderParts);
    // "Harbor Foods\nDenver, CO\nManager, Operations | Mar 2023 – Present": a title and its department under an employer's
    // line (a place line between or not), no line another position took, is not self-contained.
    const unitTitleUnderEmployer =
      remainderParts.length === 1 &&
      titleWithUnit(remainderParts[0] as string) &&
      employerLineAbove(lines, index, previousAnchor, used);
    let selfContained =
      (namesTitleAndEmployer(remainderParts) && !unitTitleUnderEmployer) ||
      // A part written before the dates, besides the employer and the place, is the title, whatever its words ("Direct
      // Support Professional"); not one after them ("… City , State Responsibilities Assist store management").
      (employerOnDateLine && remainderParts.length >= 3 && titleBeforeDates(line, anchor.text, remainderParts)) ||
      (remainderParts.length === 0 &&
        (belowParts.some((part) => looksLikeLocation(part)) ||
          // "Dal 2012 al 2017\nContabile presso Studio Associato Navigli, Milano": the title "at" its employer.
          (belowLine !== undefined && splitAtKeyword(squash(belowLine)) !== undefined)) &&
        namesTitleAndEmployer(belowParts)) ||
      // "CTO , 02/2012 to 08/2013\nCompany Name – City , State": the title before the dates, the employer and its place
      // on the line below (or the anonymised employer alone: "Accounts Executive 07/2005 to 07/2008\nCompany Name").
      (remainderParts.length === 1 &&
        titleBeforeDates(line, anchor.text, remainderParts) &&
        (namesEmployerAndPlace(belowParts) || (belowParts.length === 1 && belowParts[0] === ANONYMISED_COMPANY)));
    const titled = [...remainderParts, ...belowParts].some((part) => titleScore(part) > 0);
    // Up to two header-like lines just above the dates ("Company\nTitle\nDates"), not taken by the previous entry, and a
    // place alone on its line besides them ("Senior Engineer\nInitech\nNew York, NY\nJan 2015 – Mar 2018"): a place is
    // neither the title nor the employer, so while the line above it names one thing the line above that is read too
    // (not above "Senior Engineer, Initech\nNew York, NY": that line above is the previous position's description).
    let placeLines = 0;
    let nameParts: string[] = [];
    const namesBoth = () => {
      const read = readHeader([...nameParts]);
      return read.title !== undefined && read.company !== undefined;
    };
    const wanted = () => (placeLines > 0 && !namesBoth() ? 3 : 2);
    for (let above = index - 1; above > previousAnchor && headerLines.length < wanted(); above--) {
      const candidate = lines[above] as string;
      // Some exports (Indeed) put a blank line between every header line, and a page's footer link can fall between them.
      // Nor can a number without a letter head a position: a referee's phone number ("(701) 627-4707") above the dates
      // (a dash alone can: the company line of a position whose employer is not written, "-").
      if (!candidate.trim() || PAGE_LINK.test(candidate) || isPhoneAlone(candidate)) continue;
      if (used.has(above) || !isHeaderLike(candidate)) break;
      // "Acme -  Pune, Maharashtra -" just above the dates is a company line (Indeed): the lines above it are its header.
      if (headerLines.length === 0 && DANGLING.test(candidate.trim())) selfContained = false;
      // The wrapped end of a sentence. A blank line between (pdf.js text puts one there) is allowed only just above dates
      // whose own line, or the header line below them, already names the title: not above an Indeed company line, where
      // blank lines separate every header line, nor where the line would be the only title.
      if (continuesSentence(lines, above, headerLines.length === 0 && titled)) break;
      if (selfContained && above > 0 && (lines[above - 1] as string).trim()) break;
      // The third line, above a place and one name, is read only as one name that makes the pair with it, one of the
      // two told by our words as a title's or an organisation's ("Senior Engineer" over "Initech", "Bricklayer" over
      // "Hruby Ltd."); not a skills line ("Java, Kotlin" over "Software Developer") nor two names our words do not know
      // ("Billing platform" over "Globex": the previous position's last line). A title core also knows as a skill
      // ("Store Manager", "Cashier") over a name that reads as no title is the title, not a skills line.
      if (headerLines.length === 2) {
        const parts = headerParts(candidate);
        const read = parts.length === 1 ? readHeader([...parts, ...nameParts]) : undefined;
        if (read?.title === undefined || read.company === undefined) break;
        if (namesOnlySkills(candidate) && !titleOverEmployer(candidate, read, nameParts)) break;
        if ([...parts, ...nameParts].every((part) => titleScore(part) === 0)) break;
      }
      headerLines.unshift(above);
      if (placeLines === 0 && remainderParts.length === 0 && isPlaceLine(candidate)) placeLines = 1;
      // A new array rather than unshift(...parts): no call spread on a list the input sizes (test/call-spreads).
      else nameParts = [...headerParts(candidate), ...nameParts];
      // With the employer on the dates' line, a title line just above is the whole header: a line above it is the
      // previous position's description ("Lead a team of 3 recruiters and 1 recruiting coordinator\nSr. Recruiter").
      if (employerOnDateLine && !DANGLING.test(candidate.trim())) break;
    }
    let last = index;
    let tail: string | undefined;
    let header: Header;
    const lastHeader = headerLines[headerLines.length - 1];
    if (
      lastHeader !== undefined &&
      remainderParts.length === 0 &&
      DANGLING.test((lines[lastHeader] as string).trim())
    ) {
      // "Title\nCompany -  City, State -\nDates" (Indeed): the company line is the one left dangling.
      header = readDanglingHeader(
        headerLines.slice(0, -1).map((at) => lines[at] as string),
        lines[lastHeader] as string,
      );
    } else {
      let parts = [...headerLines.flatMap((at) => headerParts(lines[at] as string)), ...remainderParts];
      // "Title | Dates\nCompany": read the next line too when the header is short, unless its one part names the title
      // and the employer ("seit 03/2019<tab>Projektleiterin, Isartal Energietechnik GmbH, München", a Lebenslauf).
      const read = parts.length === 1 ? readHeader([...parts]) : undefined;
      // "Acme Pvt. Ltd. Sr. Java Developer\nJan 2015 - Mar 2017\nBeta Solutions Pvt. Ltd. Team Lead\nApr 2017 - Present":
      // a header naming its employer before its title, and the line below its dates right over other dates, which it
      // heads: not this position's employer.
      // "Senior Java Developer\nJan 2015 - Mar 2017\nTeam Lead\nApr 2017 - Present" likewise: a title alone over its
      // dates, and the line below them a title alone (titleLineBelow) right over dates of its own.
      const gluedOverNextHeader =
        parts.length === 1 &&
        (employerGluedBeforeTitle(parts[0] as string) !== undefined ||
          (titleScore(parts[0] as string) > 0 && titleOverNextDates(lines, index, found))) &&
        headsDatesBelow(lines, index, found);
      // "Team Lead\nApr 2017 - Present\n\nBeta Ltd, Mumbai\nDeveloper\nJan 2012 - Dec 2014": a title alone over its
      // dates, then after a blank line a short line that reads as no title over a title alone right over its dates: that
      // line is the next employer's heading, not this position's employer.
      const belowDates = filledFrom(lines, index + 1);
      const headingOverNextPair =
        parts.length === 1 &&
        belowDates > index + 1 &&
        titleScore(parts[0] as string) > 0 &&
        titleOverNextDates(lines, belowDates, found) &&
        !found[belowDates] &&
        wordCount(lines[belowDates] as string) <= MAX_TITLE_BELOW_WORDS &&
        titleScore(lines[belowDates] as string) <= 0;
      if (
        parts.length < 2 &&
        !(read?.title !== undefined && read.company !== undefined && !titleWithUnit(parts[0] as string)) &&
        !gluedOverNextHeader &&
        !headingOverNextPair
      ) {
        let nextIndex = index + 1;
        // A blank line, or the position's length on a line of its own under its dates (hh.ru: "7 лет 10 месяцев").
        const skipped = (line: string) => !line.trim() || DURATION_ALONE.test(squash(line));
        while (nextIndex < lines.length && skipped(lines[nextIndex] as string)) nextIndex++;
        const next = lines[nextIndex];
        // Short enough to read as a header too: "Company Name – City , State Director of Communications Partnered with …".
        // Or a title in capitals and a comma opening the line below an employer ("05/2008 to 01/2010 Company Name\n
        // STUDENT INTERN, Rural Electric … Program Processed loan applications"), short enough to read as a header.
        const employerAlone = read?.company !== undefined && read.title === undefined;
        const runOn =
          next === undefined || found[nextIndex]
            ? undefined
            : (splitRunOnDescription(next) ??
              (employerAlone && wordCount(next) > MAX_TITLE_BELOW_WORDS ? capitalTitleOpening(next) : undefined));
        if (runOn) {
          parts = [...parts, ...headerParts(runOn[0])];
          last = nextIndex;
          tail = runOn[1];
        } else if (next !== undefined && isHeaderLike(next) && !found[nextIndex] && !isBullet(next)) {
          // "Jan 2015 – Mar 2018 New York, NY\nInitech\nSenior Engineer": a place beside the dates is neither of the two.
          const placeFirst = parts.length === 1 && isPlaceLine(parts[0] as string);
          const nextParts = headerParts(next);
          parts = [...parts, ...nextParts];
          last = nextIndex;
          // "Dates\nTitle\nCompany": dates alone on their line, then a title line and a short employer line.
          let afterIndex = nextIndex + 1;
          afterIndex = filledFrom(lines, afterIndex);
          const after = lines[afterIndex];
          // "Dates\nCompany\nTitle" too: below an employer's line ("Hruby Ltd."), a line that reads as no employer and no
          // place is the title, whether or not its words are a title's we know ("Bricklayer"); below a name our words do
          // not know ("Initech"), a short line that reads as a title and nothing else (titleLineBelow) is.
          const named = placeFirst && nextParts.length === 1 ? nextParts : parts;
          const score = titleScore(named[0] as string);
          const readsAsEmployer =
            after !== undefined &&
            (score > 0
              ? titleScore(after) <= 0
              : score === 0
                ? titleScore(after) < 0 || endsInCountry(after) || titleLineBelow(after) !== undefined
                : titleScore(after) >= 0 && !looksLikeLocation(after) && !opensWithDescriptionVerb(after));
          if (
            named.length === 1 &&
            after !== undefined &&
            readsAsEmployer &&
            isHeaderLike(after) &&
            !found[afterIndex] &&
            !isBullet(after) &&
            wordCount(after) <= 6 &&
            /^\s*[\p{Lu}\p{N}]/u.test(after)
          ) {
            parts = [...parts, ...headerParts(after)];
            last = afterIndex;
          } else if (parts.length === 1 && titleScore(parts[0] as string) < 0 && after !== undefined) {
            // "Март 2018 — настоящее время\nООО «Ромашка»\nМосква\nРуководитель отдела продаж" (hh.ru): dates, the
            // employer, its town on a line of its own, then the title.
            const titleAt = titleBelowEmployer(lines, afterIndex, found);
            if (titleAt) {
              parts = [...parts, ...titleAt.parts];
              last = titleAt.last;
            }
          }
        }
      } else if (parts.length === 2 && !parts.includes(ANONYMISED_COMPANY)) {
        // "Senior Executive - Finance 08/2008 to 09/2015\nCompany Name": two parts before the dates, the anonymised
        // employer on the line below (with its place or not) is the employer, and both parts are the title's.
        let nextIndex = index + 1;
        nextIndex = filledFrom(lines, nextIndex);
        const next = lines[nextIndex];
        if (next !== undefined && !found[nextIndex] && isHeaderLike(next)) {
          const nextParts = headerParts(next);
          if (nextParts[0] === ANONYMISED_COMPANY) {
            parts = [...parts, ...nextParts];
            last = nextIndex;
          }
        }
      }
      header = readHeader(parts);
      const wrapped =
        last === index && headerLines.length === 0 ? wrappedTitle(lines, index, found, header) : undefined;
      if (wrapped) {
        header = { ...header, title: wrapped.title, location: wrapped.location };
        last = wrapped.last;
      }
      // "Acme Corporation, Boston, MA    Jan 2015 – Mar 2018\nSenior Engineer", "Acme Corporation, Boston, MA\nJan 2015 –
      // Mar 2018\nSenior Engineer": the header names the employer and its place and no title; a short line just below
      // the dates that reads as a title and nothing else is the title. So where the header's one name beside its place
      // is a name our words do not know ("Initech, Austin, TX    2018 – Present\nStaff Engineer"): that name is the
      // employer (without a place the line below was read with the header already).
      // Dates alone above such a header likewise, its place on the header's line or on a line of its own below it
      // ("Jan 2015 – Mar 2018\nInitech, New York, NY\nSenior Engineer", "…\nInitech\nNew York, NY\nSenior Engineer").
      const datesAlone = remainderParts.length === 0 && headerLines.length === 0;
      let titleAt = filledFrom(lines, last + 1);
      let placeBelow: string | undefined;
      const placeLine = lines[titleAt];
      if (datesAlone && !header.location && placeLine !== undefined && !found[titleAt] && isPlaceLine(placeLine)) {
        placeBelow = squash(placeLine);
        titleAt = filledFrom(lines, titleAt + 1);
      }
      const employerOnly = !header.title && header.company !== undefined;
      const unknownName =
        header.title !== undefined &&
        !header.company &&
        (header.location ?? placeBelow) !== undefined &&
        titleScore(header.title) === 0;
      if ((employerOnly || unknownName) && (last === index || datesAlone)) {
        const title = found[titleAt] ? undefined : titleLineBelow(lines[titleAt]);
        if (title !== undefined) {
          header = unknownName ? { ...header, company: header.title, title } : { ...header, title };
          if (placeBelow !== undefined) header.location = placeBelow;
          last = titleAt;
        }
      }
      // Dates alone, and no title read above or below them (at most a place, "01/1995 to 01/2005\nCity , State"): the
      // title and the employer may end the description above.
      if (
        !header.company &&
        headerLines.length === 0 &&
        remainderParts.length === 0 &&
        (!header.title || isPlaceTitle(header.title))
      ) {
        let above = index - 1;
        while (above > previousAnchor && !(lines[above] as string).trim()) above--;
        const runIn =
          above > previousAnchor && !isHeaderLike(lines[above] as string)
            ? runInHeader(lines[above] as string)
            : undefined;
        if (runIn) {
          const place = header.title === undefined ? undefined : cleanPart(header.title);
          header = {
            ...header,
            title: runIn.title,
            company: runIn.company,
            ...(place && !header.location ? { location: place } : {}),
          };
          // The header is read: the description above ends before it.
          runInCut.set(above, withoutRunIn(lines[above] as string, runIn.run));
        }
      }
    }
    for (const at of headerLines) used.add(at);
    addRange(used, index, last);
    if (headerLines.length === 2) headed.add(headerLines[0] as number);
    entries.push({ header, anchor, first: headerLines[0] ?? index, last, ...(tail ? { tail } : {}) });
  }
  const undated = findUndatedEntries(lines, used, new Set(anchors), headed);
  const all = [...entries, ...undated].sort((left, right) => left.first - right.first);
  const result: ExperienceEntry[] = [];
  const untitled: UntitledPosition[] = [];
  let sharedCompany: string | undefined;
  // A header written again over the same first line (positions written alike) is refined once, a copy each time.
  const refinedHeaders = new Map<string, Header>();
  const refineOnce = (header: Header, firstLine: string | undefined): Header => {
    const key = JSON.stringify([header, firstLine]);
    let refined = refinedHeaders.get(key);
    if (refined === undefined)
      refinedHeaders.set(
        key,
        (refined = refineHeader(header, firstLine === undefined ? undefined : clientOf(firstLine), firstLine)),
      );
    return { ...refined };
  };
  all.forEach((entry, order) => {
    const stop = all[order + 1]?.first ?? lines.length;
    const highlights: string[] = [];
    const description: string[] = entry.tail ? [entry.tail] : [];
    // "Company Name May 2013 to July 2015 Mechanical Designer\nCity , State": a place alone on the first line below a
    // header that names no place is where the position was, not the start of its description.
    const placeBelow =
      entry.header.title && !entry.header.location ? placeLineBelow(lines, entry.last, stop) : undefined;
    if (placeBelow) entry.header = { ...entry.header, location: placeBelow.place };
    if (placeBelow?.rest) description.push(squash(placeBelow.rest));
    for (let line = placeBelow ? placeBelow.at + 1 : entry.last + 1; line < stop; line++) {
      const value = runInCut.get(line) ?? (lines[line] as string);
      if (!value.trim()) continue;
      if (isBullet(value)) highlights.push(stripBullet(value));
      // A wrapped bullet continues on a line without a mark.
      else if (highlights.length > 0 && /^\p{Ll}/u.test(value.trim()))
        highlights[highlights.length - 1] += ` ${value.trim()}`;
      else description.push(squash(value));
    }
    let firstLine = placeBelow ? placeBelow.at + 1 : entry.last + 1;
    firstLine = filledFrom(lines, firstLine, stop);
    const header = refineOnce(entry.header, placeBelow?.rest ?? (firstLine < stop ? lines[firstLine] : undefined));
    // A training programme or a course listed under the experience heading is not a position.
    if (isTraining(header)) return;
    // "Engineering Manager , 03/2018 to Current\nCity , State", "Analyst\nKarnataka -": a place alone in the company's
    // place is where the position was, not its employer (a town and a region only when written as the placeholder or
    // as a known region: "Oracle, India" was split before, and a town alone is not known as one).
    if (header.company && isPlaceOnly(cleanPart(header.company))) {
      header.location ??= cleanPart(header.company);
      delete header.company;
    }
    // "Senior Accountant Acme Corporation", "Accounting Tutor Sole Proprietorship": the employer written after the title
    // with no separator, where no company line gives one.
    // "Acme Pvt. Ltd. Sr. Java Developer": the employer, ended by its legal form, written before the title.
    const glued =
      header.company || !header.title
        ? undefined
        : (employerGluedToTitle(header.title) ?? employerGluedBeforeTitle(header.title));
    if (glued) {
      header.title = glued.title;
      header.company = glued.employer;
    }
    // "Voice Process -", "Technology Process -", "AT&T Process -": a call centre's line of business (a process, named
    // for its work or its client) in the company's place; the employer is not written.
    if (header.company && BUSINESS_PROCESS.test(squash(header.company)) && !LEGAL_WORD.test(header.company))
      delete header.company;
    // "cashier\nAugust 2007 to October 2007\nTake orders": a duty in the company's place, opening with a verb as a
    // description's sentence does, names no employer; it is the first line of the description.
    if (header.company && opensWithDescriptionVerb(squash(header.company))) {
      description.unshift(squash(header.company));
      delete header.company;
    }
    // "Acme Corp\nSenior Engineer 2019 – Present\n…\nEngineer 2016 – 2019": later titles under a company-first header share its company.
    // A title alone on the line right over its dates too ("Acme Corp, Pune\nSenior Java Developer\nJan 2015 - Mar 2017\n
    // Team Lead\nApr 2017 - Present": promotions at one employer), up to the next header naming an employer.
    if (header.company) sharedCompany = header.companyFirst ? header.company : undefined;
    const titleOverDates =
      entry.last === entry.first + 1 && entry.tail === undefined && found[entry.last] !== undefined;
    const company =
      header.company ?? (header.title && (entry.first === entry.last || titleOverDates) ? sharedCompany : undefined);
    // "City , State" alone in the title's place: the position's place, its title left out.
    if (header.title && isPlaceTitle(header.title)) {
      header.location ??= cleanPart(header.title);
      delete header.title;
    }
    // "(701) 627-4707" (a referee's phone above the dates), ".": a title has a letter.
    if (header.title && !/\p{L}/u.test(header.title)) delete header.title;
    // "01/2008 to 01/2008\nCompany Name\n01/2007 to 01/2007\nCompany Name": the anonymised employer is never the title.
    if (header.title === ANONYMISED_COMPANY) delete header.title;
    // "08/2013-12/2015 , Student, ASN, Nursing, Columbus Technical College, Columbus, GA, GPA: 3.20.": a course of study
    // written under an experience heading, its grade point average given, is no position (nor an untitled one).
    if (header.title && GRADE_POINT_AVERAGE.test(header.title)) return;
    // "Senior Process Executive\nAcme BPM -\nNovember 2015 to Present" then "Deal management\n-\nNovember 2015 to October
    // 2016": a line of work or a project named with no role and no employer, dated inside the position above it, is part
    // of that position (written where the form asks for a title), not a position of its own. A line that names its own
    // place does ("Intermittent Employee (SGE) Syracuse, NY 7/2010-6/2014" under "July 2010 to Current").
    const above = result[result.length - 1];
    if (
      header.title &&
      !company &&
      !header.location &&
      entry.anchor &&
      above &&
      namesNoRole(header.title) &&
      datedWithin(entry.anchor, above)
    ) {
      above.highlights.push(cleanPart(header.title));
      pushAll(above.highlights, highlights);
      return;
    }
    // "2014-2015 TEACHER OF THE YEAR AWARD FOR KINDERGARTEN", "Employee of the Month (July)" above dates: an award, not
    // a title (nor a role over awards: "Awards Coordinator"). It goes to the position above; dated within that
    // position, the dates are the award's too, otherwise they are a position's whose title is not written.
    if (header.title && namesAward(header.title)) {
      const award = cleanPart(header.title);
      if (above && entry.anchor && datedWithin(entry.anchor, above)) {
        above.highlights.push(`${award} (${squash(entry.anchor.text)})`);
        pushAll(above.highlights, highlights);
        return;
      }
      above?.highlights.push(award);
      delete header.title;
    }
    // "01/2007 to 01/2012\nCompany Name\nLecturer in Environmental Science and Technology Effectively engaged in …": the
    // title opens the first line of the description (the PDF text lost the line break after it).
    // Or opens it in capitals before a comma ("05/2008 to 01/2010 Company Name\nSTUDENT INTERN, Rural Electric …").
    const opening =
      !header.title && header.company && entry.anchor && description.length > 0
        ? (titleOpeningDescription(description[0] as string) ?? capitalTitleOpening(description[0] as string))
        : undefined;
    if (opening) {
      header.title = opening[0];
      description[0] = opening[1];
    }
    // "June 2015 to February 2016 Company Name – City , State\n(Brier Creek Location)\nSupport Specialist:": the title
    // alone on the first description line (after a note in parentheses), a colon after it.
    const titleLine = !header.title && header.company && entry.anchor ? titleAloneOpening(description) : undefined;
    if (titleLine) {
      header.title = titleLine.title;
      description.splice(titleLine.at, 1);
    }
    if (!header.title) {
      if (header.company && entry.anchor)
        untitled.push({
          company: header.company,
          start: entry.anchor.start,
          ...(entry.anchor.end !== undefined ? { end: entry.anchor.end } : {}),
        });
      return;
    }
    result.push({
      title: header.title,
      ...(company ? { company } : {}),
      ...(header.location ? { location: header.location } : {}),
      ...(entry.anchor ? { start: entry.anchor.start } : {}),
      ...(entry.anchor && entry.anchor.end !== undefined ? { end: entry.anchor.end } : {}),
      ...(description.length > 0 ? { description: description.join(' ') } : {}),
      highlights,
    });
  });
  // "Test Analyst at Oracle, Hyderabad" beside "Infosys Ltd -  Hyderabad, Telangana -": the section's own town.
  const towns = townsOf(result);
  for (const entry of result) {
    if (!entry.company || towns.size === 0) continue;
    const town = placeAfterComma(entry.company, () => true);
    if (!town || !towns.has(town.place.toLowerCase())) continue;
    entry.company = town.name;
    entry.location ??= town.place;
  }
  // A section whose positions are written only as sentences ("Worked as Software Engineer at Acme Ltd from June 2015 to
  // May 2017."): read those, when nothing else was read (elsewhere such a sentence restates a position in its description).
  if (result.length === 0 && untitled.length === 0) return { entries: readSentencePositions(lines, options), untitled };
  return { entries: mergeRepeats(result), untitled };
}

// An award's words: "Teacher of the Year Award", "Employee of the Month", "Salesperson of the Quarter".
const AWARD = /\b(?:awards?|of the (?:month|quarter|year))\b/i;

/** True when a title names an award and does not end in a role's word ("Employee of the Month (July)", not "Awards Coordinator"). */
function namesAward(title: string): boolean {
  const text = squash(title).replace(/\s*\([^()]*\)$/, '');
  return AWARD.test(text) && !isTitleWord(lastWord(text));
}

// "Worked as", "Currently working as a", "Employed as an": the verb that opens a position written as a sentence.
const SENTENCE_ROLE = /^(?:(?:currently|presently) )?(?:working|worked|employed|serving|served) as (?:an? )?(?=\S)/i;
// "Working at Acme Ltd as a", "Worked with Acme as": the employer first.
const SENTENCE_EMPLOYER_FIRST =
  /^(?:(?:currently|presently) )?(?:working|worked|employed) (?:at|with|in|for) (.+?) as (?:an? )?(\S.*)$/i;
// The word that joins the sentence to its dates ("… from June 2015", "… since 2016", "…, during 2014 - 2015").
const BEFORE_DATES = /,?\s(?:from|since|during|between)\s?:?$|,$/i;
// A bracketed aside after a word of a sentence's employer (no bracket inside, at most 60 characters).
const EMPLOYER_ASIDE = /(?<=\S) \([^()]{1,60}\)(?=,|$)/;

/**
 * Positions written as sentences, one a line (a bullet allowed): "Worked as Software Engineer in Acme Technologies Pvt
 * Ltd from June 2015 to May 2017.", "• Currently working as a Test Analyst at Globex, Hyderabad since January 2016",
 * "Working with Acme Ltd as a Data Analyst". The title must read as one and the employer be a short capitalised name;
 * the dates, where written, follow the employer. Each line is read once, and only its first 300 characters.
 */
export function readSentencePositions(lines: readonly string[], options: EntryOptions): ExperienceEntry[] {
  const entries: ExperienceEntry[] = [];
  for (const raw of lines) {
    let text = squash(stripBullet(raw)).replace(/[.;]$/, '');
    if (text.length > 300 || !/^(?:currently|presently|working|worked|employed|serving|served)\b/i.test(text)) continue;
    const range = findDateRanges(text, { now: options.now })[0];
    if (range) {
      const at = text.indexOf(range.text);
      // The dates end the sentence (a full stop or a place after them is allowed).
      if (wordCount(text.slice(at + range.text.length)) > 3) continue;
      text = squash(text.slice(0, at)).replace(BEFORE_DATES, '');
    }
    const position = sentencePosition(text);
    if (!position) continue;
    entries.push({
      title: position.title,
      ...(position.company ? { company: position.company } : {}),
      ...(position.location ? { location: position.location } : {}),
      ...(range ? { start: range.start } : {}),
      ...(range && range.end !== undefined ? { end: range.end } : {}),
      highlights: [],
    });
  }
  return mergeRepeats(entries);
}

/** The title, employer and place of "Worked as <title> at|in|with <employer>[, <place>]" (or employer first), or undefined. */
function sentencePosition(text: string): (Header & { title: string }) | undefined {
  let title: string | undefined;
  let employer: string | undefined;
  const first = SENTENCE_EMPLOYER_FIRST.exec(text);
  if (first?.[1] && first[2]) [employer, title] = [first[1], first[2]];
  else if (SENTENCE_ROLE.test(text)) {
    const rest = text.replace(SENTENCE_ROLE, '');
    // "at" or "with" first ("Specialist in Data Science at Acme"), then the last "in" ("Engineer in Acme").
    const split = /^(.+?) (?:at|with|@) (\S.*)$/i.exec(rest) ?? /^(.+) in (\S.*)$/i.exec(rest);
    if (split?.[1] && split[2]) [title, employer] = [split[1], split[2]];
  }
  if (!title || !employer) return undefined;
  title = cleanPart(title);
  // An aside in brackets after the employer's name says what it is, not where: "Hindustan Paper Corporation Limited (A
  // Govt. of India Enterprise), Nagaon Paper Mill".
  const header = companyAndLocation(cleanPart(employer.replace(EMPLOYER_ASIDE, '')), undefined);
  // "at Globex, Hyderabad": in a sentence, a short capitalised name after the employer's comma is its place.
  const placed = header.location ? undefined : placeAfterComma(header.company ?? '', () => true);
  if (placed) Object.assign(header, { company: placed.name, location: placed.place });
  if (!header.company || titleScore(title) <= 0 || wordCount(title) > 6) return undefined;
  if (!/^[\p{Lu}\p{N}]/u.test(header.company) || wordCount(header.company) > 6 || titleScore(header.company) > 0)
    return undefined;
  if (DEPARTMENT.test(header.company) || /\b(?:projects?|teams?|domains?|division|accounts?)$/i.test(header.company))
    return undefined;
  return { ...header, title };
}

// The last word of a training programme or a course: "Network Associate Training Program", "Java Course".
const TRAINING_END =
  /\b(?:training|trainings|course|courses|coursework|program|programme|programs|programmes|workshop|workshops|bootcamp|boot camp|seminar|seminars|batch|certification|certificate)$/i;
// Words that make a programme employment: a trainee or graduate scheme is a job.
const EMPLOYMENT_SCHEME =
  /\b(?:trainees?|interns?|internship|apprentices?|apprenticeship|graduates?|rotational|fellows?|fellowship|employees?|staff|development program(?:me)?)\b/i;

/**
 * A header that names a training programme or a course, not a position: its title ends in one ("Certified Network
 * Associate Training Program", "Java Course"), or its company line does and its title names no role ("Pilot Batch
 * under the Campus Connect Program\nOnline Foundation Program -"). Trainee and graduate schemes are employment.
 */
function isTraining(header: Header): boolean {
  const title = header.title === undefined ? '' : squash(header.title).replace(/\s*\([^()]*\)$/, '');
  const company = header.company === undefined ? '' : squash(header.company);
  if (EMPLOYMENT_SCHEME.test(title) || EMPLOYMENT_SCHEME.test(company)) return false;
  // "Head of Training", "Manager, Training Programmes": a role over the training is a position.
  const role = /\s(?:of|for|in|-|–|—)\s|,\s/.exec(title);
  if (role && isTitleWord(lastWord(title.slice(0, role.index)))) return false;
  if (TRAINING_END.test(title)) return true;
  return TRAINING_END.test(company) && !isTitleWord(lastWord(title));
}

/**
 * A title with no word of a role ("Deal management", "Project Alpha"), that names no organisation either, nor work of
 * one's own beside a position ("Freelance Photography", "Volunteering", "Part-time tutoring").
 */
const namesNoRole = (title: string) => !isTitleWord(title) && !isCompanyWord(title) && !SIDE_WORK.test(title);
// Work done beside a position, not in it.
const SIDE_WORK = /\b(?:freelanc\w*|volunteer\w*|self[-\s]?employed|part[-\s]?time|moonlight\w*|side project)\b/i;

/**
 * The dates lie inside the position's: it has an employer and a start, the range starts on or after it and ends (or,
 * when ongoing, the position is ongoing too) no later than it ends.
 */
function datedWithin(range: Anchor, position: ExperienceEntry): boolean {
  if (!position.company || !position.start || range.start.getTime() < position.start.getTime()) return false;
  if (position.end === null) return true;
  if (position.end === undefined || range.end === undefined || range.end === null) return false;
  return range.end.getTime() <= position.end.getTime();
}

const key = (text: string | undefined) => (text === undefined ? '' : squash(text).toLowerCase());

/**
 * The same position written twice (Indeed's export repeats a header above a second block of its description, or
 * lists it once with dates and once without): one entry, with the dates the other lacks and both descriptions.
 * Entries with the same title and company but different dates are different positions and stay apart. A dated copy
 * without its employer (a résumé builder's second "Work History" list that leaves the company line out) is the one
 * position of that title over the same dates that names one, where a single one does.
 */
export function mergeRepeats(entries: readonly ExperienceEntry[]): ExperienceEntry[] {
  const kept: ExperienceEntry[] = [];
  // Per title and company: the first entry, the first undated one, and the dated ones by their dates (lookups, no
  // scans: a resume of many positions stays linear). And the highlights each entry already holds.
  type Group = { first: ExperienceEntry; undated?: ExperienceEntry; dated: Map<string, ExperienceEntry> };
  const byName = new Map<string, Group>();
  const highlightsOf = new Map<ExperienceEntry, Set<string>>();
  // Per title and dates, the dated entry with an employer kept so far; null where two employers had them.
  const employedByTitleAndDates = new Map<string, ExperienceEntry | null>();
  const datesOf = (entry: ExperienceEntry) =>
    `${entry.start?.getTime()}:${entry.end === null ? 'now' : entry.end?.getTime()}`;
  const titleAndDates = (entry: ExperienceEntry) => `${key(entry.title)}\n${datesOf(entry)}`;
  for (const entry of entries) {
    const name = `${key(entry.title)}\n${key(entry.company)}`;
    const same = byName.get(name);
    const twin =
      (same && (entry.start === undefined ? same.first : (same.dated.get(datesOf(entry)) ?? same.undated))) ??
      (entry.company === undefined && entry.start !== undefined
        ? (employedByTitleAndDates.get(titleAndDates(entry)) ?? undefined)
        : undefined);
    if (!twin) {
      kept.push(entry);
      const group: Group = same ?? { first: entry, dated: new Map() };
      if (entry.start === undefined) group.undated ??= entry;
      else group.dated.set(datesOf(entry), entry);
      byName.set(name, group);
      highlightsOf.set(entry, new Set(entry.highlights));
      if (entry.company !== undefined && entry.start !== undefined) {
        const at = titleAndDates(entry);
        employedByTitleAndDates.set(at, employedByTitleAndDates.has(at) ? null : entry);
      }
      continue;
    }
    // An undated entry that takes dates here now answers to them.
    if (twin.start === undefined && entry.start !== undefined && same) {
      if (same.undated === twin) delete same.undated;
      same.dated.set(datesOf(entry), twin);
    }
    if (twin.start === undefined && entry.start !== undefined) {
      twin.start = entry.start;
      if (entry.end !== undefined) twin.end = entry.end;
    }
    if (!twin.location && entry.location) twin.location = entry.location;
    if (entry.description && entry.description !== twin.description)
      twin.description = twin.description ? `${twin.description} ${entry.description}` : entry.description;
    const held = highlightsOf.get(twin) as Set<string>;
    for (const line of entry.highlights)
      if (!held.has(line)) {
        held.add(line);
        twin.highlights.push(line);
      }
  }
  return kept;
}

// The title and organisation cues, read again by confidence.ts to judge the entries parsed here.
export { COMPANY_WORDS, TITLE_WORDS };
