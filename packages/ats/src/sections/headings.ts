/** What a resume section holds. */
export type ResumeSectionKind =
  | 'summary'
  | 'experience'
  | 'education'
  | 'skills'
  | 'projects'
  | 'certifications'
  | 'languages'
  | 'other';

// The Europass CV's "Personal information" in its languages, and the usual "personal details": the name and contact
// details sit under it, at the top of the resume (see isPersonalDetailsHeading).
const PERSONAL_DETAILS =
  /^personal (?:details|information|data)$|^(?:información personal|datos personales|angaben zur person|persönliche (?:daten|angaben)|informations personnelles|état civil|личная информация|личные данные|informação pessoal|dados pessoais|informazioni personali|dati personali|dane osobowe|osobní údaje|osobné údaje)$/;

// References: other people's names and contact details, which are never the person's own (see isReferencesHeading).
const REFERENCES =
  /^(?:(?:professional|personal|business|work|employment|character) )?(?:references|referees)(?: (?:available )?(?:up)?on request)?$|^(?:рекомендации|referencias|referenzen|références|referenze|referências|referencje|referenties)$/;

// Volunteering ("Volunteer Work", "Community Service"): a section of its own, or a part of the work history when it
// comes right after one (see splitSections).
const VOLUNTEERING =
  /^volunteer(?:ing)?(?: (?:experience|work|activities|associations))?$|^community service(?: and volunteer(?:ing| work))?$/;

// Student leadership ("Leadership Experience", "Campus Leadership Experience", "Extracurricular Experience"): club and
// society roles, read as positions but no years of work (see isLeadershipHeading).
const LEADERSHIP =
  /^(?:(?:campus|student|college|university|club|school)\s+)?(?:leadership|extracurricular|extra curricular)\s+experiences?$/;

// Headings are compared after cleanHeading(): lower case, '&', '+', '/' and ',' read as "and", other punctuation dropped.
// Order matters: the first kind whose pattern matches wins ("education and certifications" is education).
const HEADING_PATTERNS: ReadonlyArray<readonly [ResumeSectionKind, RegExp]> = [
  [
    'summary',
    /^(?:(?:professional|career|executive|personal|candidate|profile)\s+)?(?:summary|profile|overview|statement|objectives?)$|^summary of qualifications$|^(?:career|professional) focus$|^about(?: me)?$|^(?:career|professional|job|employment) objective$|^о себе$|^обо мне$|^(?:профессиональный )?профиль$|^цель$|^краткая информация$|^(?:perfil(?: profesional)?|resumen(?: profesional)?|sobre m[ií]|objetivo(?: profesional)?|kurzprofil|profil|zusammenfassung|über mich|ziel|profil professionnel|à propos(?: de moi)?|objectif(?: professionnel)?|résumé)$|^(?:perfil profissional|sobre mim|objetivo profissional|profilo(?: professionale)?|obiettivo(?: professionale)?|желаемая должность(?: и зарплата)?)$|^(?:podsumowanie(?: zawodowe)?|profil (?:zawodowy|osobisty|kandydata)|o mnie|cel zawodowy)$/,
  ],
  [
    'experience',
    /^(?:(?:professional|work|working|relevant|career|employment|industry|job|previous|prior|internship|teaching|research|military)\s+)+(?:experiences?|history|background)$|^experiences?$|^employment(?: history| record)?$|^positions? held$|^internships?$|^опыт(?: работы)?$|^(?:профессиональный|трудовой) опыт$|^трудовая деятельность$|^места работы$|^(?:(?:professional|work|relevant|organi[sz]ational|military|technical|total)\s+)*experiences? (?:summary|details|profile)$|^total experience$|^organi[sz]ational experience$|^(?:company|employment|work|job|professional|career|employer) details$|^(?:experiencias?|historial|trayectoria)(?: (?:laboral(?:es)?|profesional(?:es)?))?$|^experiencia (?:de trabajo|en el sector)$|^(?:berufserfahrung(?:en)?|berufliche (?:erfahrung(?:en)?|praxis|laufbahn|tätigkeiten)|(?:beruflicher )?werdegang|berufspraxis|praxiserfahrung|arbeitserfahrung|beschäftigungsverlauf|tätigkeiten)$|^exp[ée]riences? (?:professionnelles?|de travail)$|^exp[ée]riences?$|^parcours(?: professionnel)?$|^emplois? (?:occupés|précédents)$|^опыт работы и стажировки$|^(?:трудовой )?стаж(?: работы)?$|^профессиональная деятельность$|^(?:esperienz[ae](?: (?:lavorativ[ae]|professional[ei]|di lavoro))?|experiências?(?: (?:profissional|profissionais|de trabalho))?|histórico profissional)$|^(?:doświadczenie(?: zawodowe)?|werkervaring|werkgeschiedenis|(?:professionele |relevante )?ervaring)$|^(?:(?:pracovní|profesní|odborné) )?zkušenosti$|^(?:(?:pracovní|odborná) )?praxe$|^(?:předchozí )?zaměstnání$|^(?:(?:pracovné|profesijné|profesné|odborné) )?skúsenosti$|^pracovná skúsenosť$|^(?:(?:odborná|pracovná) )?prax$|^zamestnanie$|^опыт работы(?: \d{1,2} (?:год|года|лет))?(?: \d{1,2} (?:месяц|месяца|месяцев))?$|^(?:historia zatrudnienia|przebieg (?:kariery|pracy)(?: zawodowej)?|kariera zawodowa|praktyki(?: zawodowe| i staże)?|staże(?: i praktyki)?)$/,
  ],
  [
    'education',
    /^education(?:al)?(?: and (?:training|qualifications?|certifications?|courses|professional development))?$|^(?:academic|educational|education) (?:background|qualifications?|history|details|profile|credentials)$|^academics?$|^(?:основное |высшее )?образование$|^образование и (?:курсы|повышение квалификации)$|^(?:educación|formación(?: académica| profesional)?|estudios(?: realizados)?|(?:aus)?bildung(?:sweg|sgang)?|schul(?: und berufs)?bildung|akademische ausbildung|studium|formations?(?: académiques?| initiales?)?|éducation|études|diplômes(?: et formations?)?|scolarité)$|^(?:educación|formación|estudios) y formación$|^(?:éducation|enseignement) et formation$|^образование и обучение$|^(?:istruzione(?: e formazione)?|formazione|titoli di studio)$|^(?:educação(?: e formação)?|formação(?: acad[êé]mica| profissional)?|escolaridade)$|^(?:wykształcenie(?: i szkolenia)?|edukacja|opleiding(?:en)?|onderwijs|opleiding en training)$|^(?:(?:dosažené |dosiahnuté )?(?:vzdělání|vzdelanie)(?: a (?:kurzy|školení|školenia))?|vzdělávání|vzdelávanie)$|^(?:(?:wykształcenie|edukacja) i (?:kursy|szkolenia)|przebieg (?:edukacji|nauki))$/,
  ],
  [
    'skills',
    /^(?:(?:technical|professional|key|core|relevant|computer|it|soft|hard|personal|other|additional|software|programming|language and)\s+)*(?:skills?|skill ?set|competenc(?:ies|es)|expertise|proficienc(?:y|ies)|abilities|qualifications|strengths|knowledge)(?: and (?:abilities|tools|technologies|expertise|competencies|qualifications|interests|knowledge))?$|^areas? of expertise$|^summary of (?:skills|qualifications and skills)$|^(?:(?:technical|key|core) )?skills? (?:summary|profile)$|^technical (?:summary|profile)$|^tech skills$|^(?:technologies|tools)(?: and (?:technologies|tools|languages))?$|^tech(?:nical)? stack$|^(?:ключевые |профессиональные )?навыки(?: и умения)?$|^компетенции$|^(?:habilidades|competencias|conocimientos|aptitudes)(?: (?:técnicas|informáticas|profesionales|clave))?$|^(?:(?:edv|it|fach|computer)-? ?)?kenntnisse$|^(?:fähigkeiten|kompetenzen|fachkompetenzen|fähigkeiten und kenntnisse|kenntnisse und fähigkeiten)$|^compétences(?: (?:techniques|clés|professionnelles|informatiques))?$|^savoir faire$|^навыки и компетенции$|^(?:competencias personales|persönliche fähigkeiten(?: und kompetenzen)?|compétences personnelles|личные навыки|competências pessoais|capacità e competenze(?: personali| tecniche)?|competenze(?: (?:personali|tecniche|informatiche|digitali))?|competências(?: técnicas)?|habilidades e competências)$|^(?:(?:klíčové|odborné|počítačové|digitální|další|ostatní|technické|měkké) )?(?:dovednosti|znalosti)$|^(?:(?:odborné|počítačové|digitálne|ďalšie|ostatné|technické|mäkké|kľúčové) )?(?:zručnosti|znalosti)$|^(?:(?:odborné|osobní|osobné) )?(?:schopnosti|kompetence|kompetencie)$|^(?:znalosti a (?:dovednosti|zručnosti)|schopnosti a zručnosti)$|^umiejętności(?: (?:techniczne|komputerowe|informatyczne|miękkie|twarde|zawodowe|dodatkowe))?$|^kompetencje(?: (?:techniczne|zawodowe|miękkie|cyfrowe))?$|^kwalifikacje(?: zawodowe)?$/,
  ],
  [
    'projects',
    /^(?:(?:personal|key|academic|selected|notable|major|side|professional|relevant|other|open source)\s+)*projects?(?: undertaken| details)?$|^проекты$|^(?:proyectos|projekte|projets|projekty)$/,
  ],
  [
    'certifications',
    /^(?:licen[cs]es? and )?certifications?(?: and (?:licen[cs]es?|courses|trainings?|awards|endorsements))?$|^(?:licen[cs]es? and )?endorsements$|^certificates?$|^licen[cs]es?$|^(?:courses|trainings?)(?: and certifications?)?$|^professional (?:development|certifications?)$|^сертификаты$|^курсы(?: и сертификаты)?$|^повышение квалификации$|^(?:certificaciones|certificados|cursos(?: y certificaciones)?|zertifikate|zertifizierungen|weiterbildung(?:en)?|fortbildung(?:en)?)$|^(?:certyfikaty|kursy|szkolenia|uprawnienia)(?: i (?:certyfikaty|kursy|szkolenia|uprawnienia))?$|^(?:certifikáty|certifikace|certifikácie|kurzy|školení|školenia)(?: a (?:certifikáty|certifikace|certifikácie|kurzy|školení|školenia))?$/,
  ],
  [
    'languages',
    /^(?:foreign )?languages?(?: skills| proficiency)?$|^(?:знание )?(?:иностранных )?языков$|^(?:иностранные )?языки$|^(?:idiomas|sprachen|sprachkenntnisse|langues|compétences linguistiques)$|^(?:lingue(?: straniere)?|conoscenze linguistiche|línguas|competencias lingüísticas)$|^(?:(?:cizí|cudzie) )?jazyky$|^jazykové (?:znalosti|dovednosti|zručnosti|schopnosti)$|^(?:języki(?: obce)?|znajomość języków(?: obcych)?)$/,
  ],
  [
    'other',
    /^(?:(?:skills?|core|key|qualifications?|career) )?highlights$|^(?:(?:core|key|major|notable|selected|professional|career) )?(?:honou?rs|awards|achievements|accomplishments)(?: and (?:honou?rs|awards|achievements|accomplishments))?$|^(?:publications|presentations)(?: and (?:publications|presentations))?$|^(?:hobbies|interests|areas? of interest)(?: and (?:hobbies|interests))?$|^additional information$|^contacts?(?: (?:information|details))?$|^(?:extracurricular )?activities(?: and (?:honou?rs|awards))?$|^(?:professional )?(?:memberships|affiliations)(?: and (?:memberships|affiliations))?$|^links$|^declaration$|^дополнительная информация$|^хобби$|^контакты$|^личные качества$|^достижения$|^(?:intereses|aficiones|hobbys|interessen|centres d'intérêt|centres d intérêt|loisirs|logros|auszeichnungen|distinctions)$|^(?:interessi|hobby|passatempos|interesses)$|^(?:zainteresowania(?: i hobby)?|osiągnięcia(?: i nagrody)?|nagrody(?: i (?:osiągnięcia|wyróżnienia))?|wolontariat|zájmy|záujmy|koníčky)$/,
  ],
  ['other', VOLUNTEERING],
  ['other', PERSONAL_DETAILS],
  ['other', REFERENCES],
];

// Bullets, numbering and markdown marks before a heading; colons, dashes and rules after it.
const LEADING_MARKS = /^[\s#*•▪■►◆●○·>|=_~\-–—]*(?:\d{1,2}[.)]\s+)?/u;
// Starts at the first mark of the final run (the lookbehind), so a long line with runs of spaces inside is not rescanned from each space.
const TRAILING_MARKS = /(?<![\s:：*#|=_~\-–—])[\s:：*#|=_~\-–—]+$/u;
const MAX_HEADING_LENGTH = 50;

// A line's first and last characters when LEADING_MARKS and TRAILING_MARKS take nothing from it and it has no spaces to
// trim: neither a mark nor a digit first, nor a mark or a space last.
const MARK_FIRST = /^[\s#*•▪■►◆●○·>|=_~\-–—\d]/u;
const MARK_LAST = /^[\s:：*#|=_~\-–—Â]$/u;
// A non-breaking space read as Latin-1 ("Objective\u00a0" → "Objective Â"), left after a heading by PDF text extraction.
// Starts after a non-space (the lookbehind), so a long run of spaces is not rescanned from each of them.
const MISDECODED_SPACE_AFTER = /(?<!\s)\s*Â\s*$/u;

/** The heading as written, without bullets, numbering or a trailing colon. */
export function stripHeadingMarks(line: string): string {
  // Most lines (a résumé's every line is asked) have no mark at either end: the line as it is, without the two
  // replaces (the trailing one tried from every space of a long line).
  if (!MARK_FIRST.test(line) && !MARK_LAST.test(line.slice(-1))) return line;
  const unmarked = line.includes('Â') ? line.replace(MISDECODED_SPACE_AFTER, '') : line;
  return unmarked.replace(LEADING_MARKS, '').replace(TRAILING_MARKS, '').trim();
}

// A heading naming a kind of work the patterns do not list ("Visual Merchandise Experience", "RETAIL EXPERIENCE",
// "Other Employment"): two to five words, each capitalised (or "and", "of", "&"), or all in capitals, the last
// Experience, Work History or Employment, nothing else on the line but a colon. The same words also write a skills
// list's item ("Microsoft Excel Experience"), so splitSections takes one only with a dated position below it.
const NAMED_EXPERIENCE_HEADING =
  /^(?:(?:\p{Lu}[\p{L}'’/-]*|and|of|&)\s+){1,4}(?:Experience|Work History|Employment)\s*:?$|^(?:(?:\p{Lu}[\p{Lu}'’/-]*|&)\s+){1,4}(?:EXPERIENCE|WORK HISTORY|EMPLOYMENT)\s*:?$/u;

/** Whether a line is a short capitalised "<kind of work> Experience" heading the patterns do not know ("Retail Experience"). */
export function isNamedExperienceHeading(line: string): boolean {
  const heading = line.trim();
  return heading.length <= MAX_HEADING_LENGTH && /^\p{Lu}/u.test(heading) && NAMED_EXPERIENCE_HEADING.test(heading);
}

/** The kind of section a line heads ("Work History" → experience), or undefined when it is not a known heading. */
export function classifyHeading(line: string): ResumeSectionKind | undefined {
  const heading = stripHeadingMarks(line);
  if (!heading || heading.length > MAX_HEADING_LENGTH) return undefined;
  // A wrapped sentence can end in a lone "projects." line; headings start with a capital and have no full stop.
  if (heading.endsWith('.') || !/^\P{Ll}/u.test(heading)) return undefined;
  const cleaned = cleanHeading(heading);
  for (const [kind, pattern] of HEADING_PATTERNS) if (pattern.test(cleaned)) return kind;
  // A heading in capitals with one misspelt word ("ACADEMEIC CREDENTIALS", "WORK EXPERIANCE"): read with the word corrected.
  const corrected = isUpperCase(heading) ? correctMisspelling(cleaned) : undefined;
  if (corrected) for (const [kind, pattern] of HEADING_PATTERNS) if (pattern.test(corrected)) return kind;
  return headingListKind(cleaned);
}

// At most this many headings run together in one line ("Education, Certifications, Endorsements").
const MAX_LISTED_HEADINGS = 4;

/** The kind of several headings listed in one line, each a heading (one perhaps misspelt): skills if one is, else the first's. */
function headingListKind(cleaned: string): ResumeSectionKind | undefined {
  const parts = cleaned.split(' and ');
  if (parts.length < 2 || parts.length > MAX_LISTED_HEADINGS) return undefined;
  let corrections = 0;
  const kinds = parts.map((part) => {
    const kind = kindOfCleaned(part);
    if (kind !== undefined || part.includes(' ')) return kind;
    const known = HEADING_WORDS.find((candidate) => oneEditInside(part, candidate));
    if (known === undefined) return undefined;
    corrections += 1;
    return kindOfCleaned(known);
  });
  if (corrections > 1 || kinds.some((kind) => kind === undefined)) return undefined;
  // Skills among others ("CERTIFICATIONS/SKILLS", "Knowledge and Certifications"): a list read for skills, not each of
  // its lines taken for a certificate.
  return kinds.includes('skills') ? 'skills' : kinds[0];
}

function kindOfCleaned(cleaned: string): ResumeSectionKind | undefined {
  for (const [kind, pattern] of HEADING_PATTERNS) if (pattern.test(cleaned)) return kind;
  return undefined;
}

// A position's own list of results, written as a heading inside it ("Accomplishments", "Key Achievements"); compared
// as classifyHeading compares (cleanHeading's lower case).
export const POSITION_RESULTS_HEADING =
  /^(?:(?:key|major|notable|selected|professional|career) )?(?:accomplishments|achievements|highlights)$/;
// A position's own list of duties ("Key Responsibilities", "Roles & Responsibilities", "Job Responsibilities", "Duties",
// "Responsibilities Handled").
const POSITION_DUTIES_HEADING =
  /^(?:(?:key|main|major|primary|general|job|work|my|roles?|duties) (?:and )?){0,3}(?:responsibilit(?:y|ies)|duties)(?: (?:handled|held|undertaken))?$/;

/**
 * Whether a line is a sub-heading of an experience entry: its duties ("Key Responsibilities", "Roles and
 * Responsibilities") or its results ("Achievements", "Key Accomplishments"). What follows it is that entry's.
 */
export function isEntrySubheading(line: string): boolean {
  const heading = stripHeadingMarks(line);
  if (!heading || heading.length > MAX_HEADING_LENGTH || !/^\P{Ll}/u.test(heading)) return false;
  const cleaned = cleanHeading(heading);
  return POSITION_DUTIES_HEADING.test(cleaned) || POSITION_RESULTS_HEADING.test(cleaned);
}

/** Whether a line heads references ("References", "Professional References", "Referees", "Referances"): contact details under it are other people's. */
export function isReferencesHeading(line: string): boolean {
  const heading = stripHeadingMarks(line);
  if (heading.length === 0 || heading.length > MAX_HEADING_LENGTH) return false;
  const cleaned = cleanHeading(heading);
  // Misspelt in any case ("Referances"): a line of one such word heads nothing else.
  // ("Preferences" is one letter from "references" too, at its start.)
  return REFERENCES.test(cleaned) || (/(?:^| )ref/.test(cleaned) && REFERENCES.test(correctMisspelling(cleaned) ?? ''));
}

/** Whether a heading, as splitSections keeps it (marks stripped), heads student leadership ("Leadership Experience", "EXTRACURRICULAR EXPERIENCE"). */
export function isLeadershipHeading(heading: string): boolean {
  return heading.length > 0 && heading.length <= MAX_HEADING_LENGTH && LEADERSHIP.test(cleanHeading(heading));
}

/** Whether a heading, as splitSections keeps it (marks stripped), heads volunteering ("Volunteer Work", "Community Service", "VOLUNTEERING"). */
export function isVolunteeringHeading(heading: string): boolean {
  return heading.length > 0 && heading.length <= MAX_HEADING_LENGTH && VOLUNTEERING.test(cleanHeading(heading));
}

/** Whether a line heads personal details ("Personal information", "Angaben zur Person", "Личная информация"). */
export function isPersonalDetailsHeading(line: string): boolean {
  const heading = stripHeadingMarks(line);
  return heading.length > 0 && heading.length <= MAX_HEADING_LENGTH && PERSONAL_DETAILS.test(cleanHeading(heading));
}

const isUpperCase = (text: string) => /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);

// The English words of the headings above that resumes misspell; a word is corrected to one of them only when one letter
// was added, dropped or changed, or two neighbours swapped, inside it (not at its end: "experienced", "references" and
// "skilled" are other words or forms, not typos).
const HEADING_WORDS = [
  'academic',
  'academics',
  'accomplishments',
  'achievements',
  'activities',
  'background',
  'career',
  'certifications',
  'competencies',
  'credentials',
  'details',
  'education',
  'educational',
  'employment',
  'endorsements',
  'experience',
  'experiences',
  'expertise',
  'history',
  'interests',
  'internships',
  'languages',
  'objective',
  'professional',
  'profile',
  'projects',
  'publications',
  'qualifications',
  'references',
  'skills',
  'summary',
  'technical',
];
const KNOWN_WORDS = new Set(HEADING_WORDS);
const MAX_CORRECTED_WORDS = 4;

/** The cleaned heading with its one misspelt word corrected, or undefined (no word, or more than one, is misspelt). */
function correctMisspelling(cleaned: string): string | undefined {
  const words = cleaned.split(' ');
  if (words.length > MAX_CORRECTED_WORDS) return undefined;
  let corrections = 0;
  const fixed = words.map((word) => {
    if (word.length < 5 || KNOWN_WORDS.has(word)) return word;
    const known = HEADING_WORDS.find((candidate) => oneEditInside(word, candidate));
    if (known === undefined) return word;
    corrections += 1;
    return known;
  });
  return corrections === 1 ? fixed.join(' ') : undefined;
}

/** True when `word` is `known` with one letter added, dropped or changed, or two neighbours swapped, before its last letter. */
function oneEditInside(word: string, known: string): boolean {
  if (Math.abs(word.length - known.length) > 1 || word.startsWith(known) || known.startsWith(word)) return false;
  let start = 0;
  while (start < word.length && word[start] === known[start]) start++;
  let wordEnd = word.length;
  let knownEnd = known.length;
  while (wordEnd > start && knownEnd > start && word[wordEnd - 1] === known[knownEnd - 1]) {
    wordEnd--;
    knownEnd--;
  }
  // The letters that differ, between the common start and the common end.
  const wordMiddle = word.slice(start, wordEnd);
  const knownMiddle = known.slice(start, knownEnd);
  if (wordEnd === word.length && knownEnd === known.length) return false;
  if (wordMiddle.length <= 1 && knownMiddle.length <= 1) return true;
  return wordMiddle.length === 2 && knownMiddle.length === 2 && wordMiddle === `${knownMiddle[1]}${knownMiddle[0]}`;
}

/** A heading as the patterns compare it: lower case, '&', '+', '/' and ',' read as "and", other punctuation dropped. */
export function cleanHeading(heading: string): string {
  return unspaceLetters(heading)
    .toLowerCase()
    .replace(/[&+/,]/g, ' and ')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^(?:and )+|(?: and)+$/g, '')
    .trim();
}

/** "E X P E R I E N C E" or "W O R K  H I S T O R Y" (letters spaced out, words two spaces apart or more) → "EXPERIENCE" / "WORK HISTORY"; other text as it is. */
export function unspaceLetters(heading: string): string {
  if (!/^\p{L}(?: {1,3}\p{L})+$/u.test(heading)) return heading;
  return heading
    .split(/ {2,}/)
    .map((word) => word.replace(/ /g, ''))
    .join(' ');
}
