// How sure the parser is of each field it read, from cues anyone can check in the result: dates read, title and company
// both present, an organisation word in the company, a degree core's list knows, a name that is not a heading. Applied
// after the entries are built, so the entry parsers stay free of it; the result says "please check" instead of being
// silently wrong.
import {
  findDegreeMentions,
  type Contact,
  type EducationEntry,
  type ExperienceEntry,
  type ParseConfidence,
  type ParseWarning,
} from '@rolefit/core';
import { classifyHeading } from '../sections/index.js';
import { COMPANY_WORDS, isCompanyWord, isTitleWord, TITLE_WORDS, titleScore } from './experience.js';

/** What {@link assessParse} says of a parsed resume: warnings (field path and reason) and confidences (0–1). */
export interface ParseAssessment {
  warnings: ParseWarning[];
  confidence: ParseConfidence;
}

/** The parts of a parsed resume that {@link assessParse} judges. */
export interface ParsedFields {
  contact: Contact;
  experience: readonly ExperienceEntry[];
  education: readonly EducationEntry[];
}

// Past this many words a title or a company is more likely a sentence than a name.
const MAX_NAME_WORDS = 8;
const round = (value: number) => Math.round(value * 100) / 100;
const words = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;

// A weighted share of the cues that hold.
function score(cues: ReadonlyArray<readonly [weight: number, holds: boolean]>): number {
  const total = cues.reduce((sum, [weight]) => sum + weight, 0);
  return round(cues.reduce((sum, [weight, holds]) => sum + (holds ? weight : 0), 0) / total);
}

function assessExperience(entry: ExperienceEntry, at: string, warn: (path: string, reason: string) => void): number {
  const title = entry.title.trim();
  const company = entry.company?.trim() ?? '';
  // The experience reader's own judgement of titles and organisations (English and the other languages it reads), so a
  // title it split off ("Ingeniera de software") is not flagged as an organisation here.
  const titleWord = isTitleWord(title);
  const shortTitle = words(title) <= MAX_NAME_WORDS;
  const organisation = company !== '' && isCompanyWord(company);
  const titleHoldsCompany = titleScore(title) < 0;
  const merged =
    company !== '' &&
    (title.toLowerCase().includes(company.toLowerCase()) || company.toLowerCase().includes(title.toLowerCase()));
  const companyLooksLikeTitle = company !== '' && isTitleWord(company) && !organisation;
  if (company === '') warn(`${at}.company`, 'empty');
  if (entry.start === undefined) warn(`${at}.start`, 'no dates found');
  if (!shortTitle) warn(`${at}.title`, `${words(title)} words: may be a sentence, not a title`);
  if (merged) warn(`${at}.title`, 'title and company overlap: one may hold the other');
  if (titleHoldsCompany) warn(`${at}.title`, 'reads like an organisation, not a job title');
  if (companyLooksLikeTitle) warn(`${at}.company`, 'reads like a job title, not an organisation');
  return score([
    [2, entry.start !== undefined],
    [1, entry.end !== undefined],
    [2, company !== ''],
    [1, organisation],
    [2, titleWord],
    [1, shortTitle && !merged && !titleHoldsCompany && !companyLooksLikeTitle],
  ]);
}

function assessEducation(entry: EducationEntry, at: string, warn: (path: string, reason: string) => void): number {
  const degree = entry.degree?.trim() ?? '';
  const institution = entry.institution?.trim() ?? '';
  const known = degree !== '' && findDegreeMentions(degree, { mode: 'education' }).length > 0;
  const school = institution !== '' && COMPANY_WORDS.test(institution);
  if (degree === '') warn(`${at}.degree`, 'empty');
  else if (!known) warn(`${at}.degree`, 'not a degree the parser knows');
  if (institution === '') warn(`${at}.institution`, 'empty');
  else if (words(institution) > MAX_NAME_WORDS)
    warn(`${at}.institution`, `${words(institution)} words: may be a sentence, not a name`);
  if (entry.start === undefined && entry.end === undefined) warn(`${at}.start`, 'no dates found');
  return score([
    [2, degree !== ''],
    [2, known],
    [2, institution !== ''],
    [1, school],
    [1, entry.start !== undefined || entry.end !== undefined],
    [1, institution === '' || words(institution) <= MAX_NAME_WORDS],
  ]);
}

// Why a name is doubtful: a section heading ("EXPERIENCE"), a job title ("SOUS CHEF"), digits, or too many words.
function nameDoubt(name: string, titles: readonly string[]): string | undefined {
  if (classifyHeading(name) !== undefined) return 'looks like a heading';
  if (
    titles.some((title) => title.toLowerCase() === name.toLowerCase()) ||
    (TITLE_WORDS.test(name) && name === name.toUpperCase())
  )
    return 'looks like a job title';
  if (/\d/.test(name)) return 'holds digits';
  if (words(name) > 4) return `${words(name)} words: may be a sentence`;
  if (COMPANY_WORDS.test(name)) return 'looks like an organisation';
  return undefined;
}

/**
 * Warnings and confidences for a parsed resume's name, contact details, experience and education entries (one
 * confidence per entry, in order), from cues visible in the result. Never throws; empty sections give empty lists.
 */
export function assessParse(fields: ParsedFields): ParseAssessment {
  const warnings: ParseWarning[] = [];
  const warn = (path: string, reason: string) => warnings.push({ path, reason });
  const { contact } = fields;
  let name: number | undefined;
  if (!contact.name) warn('contact.name', 'empty');
  else {
    const doubt = nameDoubt(
      contact.name,
      fields.experience.map((entry) => entry.title),
    );
    if (doubt) warn('contact.name', doubt);
    name = doubt ? 0.3 : words(contact.name) >= 2 ? 0.9 : 0.6;
  }
  const found = [contact.email, contact.phone, contact.links.length > 0 ? 'link' : undefined].filter(Boolean).length;
  if (!contact.email && !contact.phone) warn('contact', 'no email or phone found');
  const experience = fields.experience.map((entry, index) => assessExperience(entry, `experience[${index}]`, warn));
  const education = fields.education.map((entry, index) => assessEducation(entry, `education[${index}]`, warn));
  return {
    warnings,
    confidence: {
      ...(name === undefined ? {} : { name }),
      contact: round(Math.min(1, found / 2)),
      experience,
      education,
    },
  };
}
