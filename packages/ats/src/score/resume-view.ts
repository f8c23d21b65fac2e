import {
  degreeRank,
  findDateRanges,
  getDefaultSkillTaxonomy,
  totalYearsOfExperience,
  type Resume,
} from '@rolefit/core';
import { extractContact } from '../contact/index.js';
import { splitSections, type ResumeSection } from '../sections/index.js';
import { highestDegree, type DegreeLevel } from './education.js';

/** What the scorer reads from a resume, whether it came as text or as a structured Resume. */
export interface ResumeView {
  /** The resume as plain text: `resume.text`, or text composed from its fields. */
  text: string;
  /** True when the input was a structured Resume. */
  structured: boolean;
  sections: ResumeSection[];
  hasEmail: boolean;
  hasPhone: boolean;
  hasSummary: boolean;
  hasExperience: boolean;
  hasEducation: boolean;
  hasSkills: boolean;
  /** Canonical skill names (lower case) from the skills list and the text. */
  skills: Set<string>;
  /** Short lines that may be job titles: experience titles, the headline, lines of the experience section. */
  titleCandidates: string[];
  /** Years of experience, or undefined when the resume gives no dates. */
  years: number | undefined;
  highestDegree: DegreeLevel | undefined;
  /** Experience entries or dated lines found; 0 with experience present means dates are missing. */
  datedRoles: number;
  /** Experience entries (structured) or experience-section lines (text) without dates. */
  undatedRoles: number;
}

const MAX_TITLE_WORDS = 10;
// The last word of a line a sentence runs on from: "… colleges with an intent to".
const SENTENCE_CONTINUES = /\s(?:a|an|the|to|of|and|or|with|for|in|on|at|by|from|as|that|which)$/i;
const TITLE_SEPARATORS = /\s+(?:\||–|—|-|at|@)\s+|[|,•·\t]|\s{3,}/;

/** Composes plain text from a structured resume's fields, in the usual section order. */
export function resumeToText(resume: Resume): string {
  const lines: string[] = [];
  const { contact } = resume;
  if (contact.name) lines.push(contact.name);
  const contactLine = [contact.email, contact.phone, contact.location, ...contact.links].filter(Boolean).join(' | ');
  if (contactLine) lines.push(contactLine);
  if (resume.summary) lines.push('', 'Summary', resume.summary);
  if (resume.experience.length > 0) {
    lines.push('', 'Experience');
    for (const entry of resume.experience) {
      const dates = entry.start ? `${monthYear(entry.start)} – ${entry.end ? monthYear(entry.end) : 'Present'}` : '';
      lines.push([entry.title, entry.company, dates].filter(Boolean).join(' | '));
      if (entry.description) lines.push(entry.description);
      for (const highlight of entry.highlights) lines.push(`- ${highlight}`);
    }
  }
  if (resume.education.length > 0) {
    lines.push('', 'Education');
    for (const entry of resume.education)
      lines.push([entry.degree, entry.field, entry.institution].filter(Boolean).join(', '));
  }
  if (resume.skills.length > 0) lines.push('', 'Skills', resume.skills.join(', '));
  if (resume.certifications.length > 0) lines.push('', 'Certifications', ...resume.certifications);
  if (resume.languages.length > 0) lines.push('', 'Languages', resume.languages.join(', '));
  return lines.join('\n');
}

function monthYear(date: Date): string {
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}

function sectionText(sections: readonly ResumeSection[], kind: ResumeSection['kind']): string {
  return sections
    .filter((section) => section.kind === kind)
    .map((section) => section.text)
    .join('\n');
}

function titleCandidatesFromText(sections: readonly ResumeSection[]): string[] {
  const candidates: string[] = [];
  const preamble = sections.find((section) => section.heading === '');
  const lines = [
    ...(preamble?.text.split('\n').slice(0, 4) ?? []),
    ...sectionText(sections, 'summary').split('\n').slice(0, 2),
    ...sectionText(sections, 'experience').split('\n'),
  ];
  for (const line of lines) {
    const trimmed = line.replace(/^[\s•*\-–—]+/, '').trim();
    if (!trimmed) continue;
    // "Senior Nurse | St. Mary's | 2019 – Present": each part is a candidate; sentences are not titles.
    // A line starting in lower case, or ending in a word that joins it to the next, is part of a wrapped sentence.
    if (/^\p{Ll}/u.test(trimmed) || SENTENCE_CONTINUES.test(trimmed)) continue;
    for (const part of trimmed.split(TITLE_SEPARATORS)) {
      const words = part.trim().split(/\s+/);
      if (part.trim() && words.length <= MAX_TITLE_WORDS && !/[.!?]$/.test(part.trim())) candidates.push(part.trim());
    }
  }
  return candidates;
}

/** Reads a resume (text or structured) into what the scorer needs; `now` dates ongoing roles. */
export function buildResumeView(resume: Resume | string, now: Date): ResumeView {
  const taxonomy = getDefaultSkillTaxonomy();
  const structured = typeof resume !== 'string';
  const text = typeof resume === 'string' ? resume : (resume.text ?? resumeToText(resume));
  const sections = splitSections(text, { now });
  const kinds = new Set(sections.map((section) => section.kind));
  const contact = extractContact(text);
  const skills = new Set(taxonomy.extractNames(text).map((name) => name.toLowerCase()));
  const experienceText = sectionText(sections, 'experience');
  const educationText = sectionText(sections, 'education');
  // Without an experience heading, date ranges anywhere but under Education count.
  const datedText =
    experienceText ||
    sections
      .filter((section) => section.kind !== 'education')
      .map((section) => section.text)
      .join('\n');
  const ranges = findDateRanges(datedText, { now });
  const textYears = ranges.length > 0 ? totalYearsOfExperience(ranges, { now }) : undefined;
  const experienceLines = experienceText.split('\n').filter((line) => line.trim() !== '').length;
  const view: ResumeView = {
    text,
    structured,
    sections,
    hasEmail: contact.email !== undefined,
    hasPhone: contact.phone !== undefined,
    hasSummary: kinds.has('summary'),
    hasExperience: kinds.has('experience'),
    hasEducation: kinds.has('education'),
    hasSkills: kinds.has('skills'),
    skills,
    titleCandidates: titleCandidatesFromText(sections),
    years: textYears,
    // An education section is read as one (bare "Master", "Diploma", "BE" count there); the whole text only as a resume.
    highestDegree: educationText ? highestDegree([educationText], { mode: 'education' }) : highestDegree([text]),
    datedRoles: ranges.length,
    undatedRoles: ranges.length === 0 ? experienceLines : 0,
  };
  if (typeof resume === 'string') return view;

  // Structured fields fill in what the text does not show.
  for (const name of taxonomy.canonicalize(resume.skills)) skills.add(name.toLowerCase());
  view.hasEmail ||= resume.contact.email !== undefined;
  view.hasPhone ||= resume.contact.phone !== undefined;
  view.hasSummary ||= Boolean(resume.summary?.trim());
  view.hasExperience ||= resume.experience.length > 0;
  view.hasEducation ||= resume.education.length > 0;
  view.hasSkills ||= resume.skills.length > 0;
  view.titleCandidates = [...resume.experience.map((entry) => entry.title), ...view.titleCandidates];
  const dated = resume.experience.filter((entry) => entry.start !== undefined);
  if (resume.totalYears !== undefined) view.years = resume.totalYears;
  else if (dated.length > 0) {
    view.years = totalYearsOfExperience(
      dated.map((entry) => ({ start: entry.start as Date, end: entry.end ?? null })),
      { now },
    );
  }
  if (resume.experience.length > 0) {
    view.datedRoles = dated.length;
    view.undatedRoles = resume.experience.length - dated.length;
  }
  const degree = highestDegree(
    resume.education.map((entry) => entry.degree ?? ''),
    { mode: 'education' },
  );
  if (degree !== undefined && (view.highestDegree === undefined || degreeRank(degree) > degreeRank(view.highestDegree)))
    view.highestDegree = degree;
  return view;
}
