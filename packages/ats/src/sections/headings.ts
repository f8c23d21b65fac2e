/** What a resume section holds. */
export type ResumeSectionKind = 'summary' | 'experience' | 'education' | 'skills' | 'projects' | 'certifications' | 'languages' | 'other';

// Headings are compared after cleanHeading(): lower case, '&', '+', '/' and ',' read as "and", other punctuation dropped.
// Order matters: the first kind whose pattern matches wins ("education and certifications" is education).
const HEADING_PATTERNS: ReadonlyArray<readonly [ResumeSectionKind, RegExp]> = [
  [
    'summary',
    /^(?:(?:professional|career|executive|personal|candidate|profile)\s+)?(?:summary|profile|overview|statement|objectives?)$|^summary of qualifications$|^about(?: me)?$|^(?:career|professional|job|employment) objective$|^о себе$|^обо мне$|^(?:профессиональный )?профиль$|^цель$|^краткая информация$/,
  ],
  [
    'experience',
    /^(?:(?:professional|work|working|relevant|career|employment|industry|job|previous|prior|internship|teaching|research)\s+)+(?:experiences?|history|background)$|^experiences?$|^employment(?: history| record)?$|^positions? held$|^internships?$|^опыт(?: работы)?$|^(?:профессиональный|трудовой) опыт$|^трудовая деятельность$|^места работы$/,
  ],
  [
    'education',
    /^education(?:al)?(?: and (?:training|qualifications?|certifications?|courses|professional development))?$|^(?:academic|educational|education) (?:background|qualifications?|history|details|profile|credentials)$|^academics?$|^(?:основное |высшее )?образование$|^образование и (?:курсы|повышение квалификации)$/,
  ],
  [
    'skills',
    /^(?:(?:technical|professional|key|core|relevant|computer|it|soft|hard|personal|other|additional|software|programming|language and)\s+)*(?:skills?|skill ?set|competenc(?:ies|es)|expertise|proficienc(?:y|ies)|abilities|qualifications|strengths|knowledge)(?: and (?:abilities|tools|technologies|expertise|competencies|qualifications|interests|knowledge))?$|^areas? of expertise$|^(?:technologies|tools)(?: and (?:technologies|tools|languages))?$|^tech(?:nical)? stack$|^(?:ключевые |профессиональные )?навыки(?: и умения)?$|^компетенции$/,
  ],
  ['projects', /^(?:(?:personal|key|academic|selected|notable|major|side|professional|relevant|other|open source)\s+)*projects?(?: undertaken)?$|^проекты$/],
  [
    'certifications',
    /^(?:licen[cs]es? and )?certifications?(?: and (?:licen[cs]es?|courses|trainings?|awards))?$|^certificates?$|^licen[cs]es?$|^(?:courses|trainings?)(?: and certifications?)?$|^professional (?:development|certifications?)$|^сертификаты$|^курсы(?: и сертификаты)?$|^повышение квалификации$/,
  ],
  ['languages', /^(?:foreign )?languages?(?: skills| proficiency)?$|^(?:знание )?(?:иностранных )?языков$|^(?:иностранные )?языки$/],
  [
    'other',
    /^(?:honou?rs|awards|achievements|accomplishments)(?: and (?:honou?rs|awards|achievements|accomplishments))?$|^publications$|^volunteer(?:ing)?(?: (?:experience|work))?$|^(?:hobbies|interests|areas? of interest)(?: and (?:hobbies|interests))?$|^references$|^additional information$|^personal (?:details|information|data)$|^contacts?(?: (?:information|details))?$|^(?:extracurricular )?activities$|^(?:professional )?(?:memberships|affiliations)$|^links$|^declaration$|^дополнительная информация$|^хобби$|^рекомендации$|^контакты$|^личные качества$|^достижения$/,
  ],
];

// Bullets, numbering and markdown marks before a heading; colons, dashes and rules after it.
const LEADING_MARKS = /^[\s#*•▪■►◆●○·>|=_~\-–—]*(?:\d{1,2}[.)]\s+)?/u;
// Starts at the first mark of the final run (the lookbehind), so a long line with runs of spaces inside is not rescanned from each space.
const TRAILING_MARKS = /(?<![\s:：*#|=_~\-–—])[\s:：*#|=_~\-–—]+$/u;
const MAX_HEADING_LENGTH = 50;

/** The heading as written, without bullets, numbering or a trailing colon. */
export function stripHeadingMarks(line: string): string {
  return line.replace(LEADING_MARKS, '').replace(TRAILING_MARKS, '').trim();
}

/** The kind of section a line heads ("Work History" → experience), or undefined when it is not a known heading. */
export function classifyHeading(line: string): ResumeSectionKind | undefined {
  const heading = stripHeadingMarks(line);
  if (!heading || heading.length > MAX_HEADING_LENGTH) return undefined;
  // A wrapped sentence can end in a lone "projects." line; headings start with a capital and have no full stop.
  if (heading.endsWith('.') || !/^\P{Ll}/u.test(heading)) return undefined;
  const cleaned = cleanHeading(heading);
  for (const [kind, pattern] of HEADING_PATTERNS) if (pattern.test(cleaned)) return kind;
  return undefined;
}

function cleanHeading(heading: string): string {
  return unspaceLetters(heading)
    .toLowerCase()
    .replace(/[&+/,]/g, ' and ')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^(?:and )+|(?: and)+$/g, '')
    .trim();
}

// "E X P E R I E N C E" or "W O R K  H I S T O R Y" (words two spaces apart) → "EXPERIENCE" / "WORK HISTORY".
function unspaceLetters(heading: string): string {
  if (!/^\p{L}(?: {1,3}\p{L})+$/u.test(heading)) return heading;
  return heading
    .split(/ {2,}/)
    .map((word) => word.replace(/ /g, ''))
    .join(' ');
}
