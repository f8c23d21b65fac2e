import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { canonicalSkillName, type Resume } from '@rolefit/core';
import { stripBullet } from '../parse/lines.js';
import { classifyHeading } from '../sections/index.js';

/** One labelled resume from the DataTurks "Entity Recognition in Resumes" set (see shared/data/SOURCES.md). */
export interface DataturksResume {
  id: string;
  text: string;
  /** Labelled spans per field; an empty list does not mean the field is absent (annotation is incomplete). */
  fields: Record<
    'name' | 'email' | 'skills' | 'companies' | 'designation' | 'degree' | 'college' | 'graduation_year' | 'location',
    string[]
  >;
}

// The data lives beside the checkout, not in it (it may not be redistributed); ROLEFIT_DATA points elsewhere.
const repositoryRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const dataDirectory = process.env.ROLEFIT_DATA ?? path.resolve(repositoryRoot, '../shared/data');

/** Path of the DataTurks resumes file (JSON lines). */
export const DATATURKS_FILE = path.join(dataDirectory, 'dataturks-dev', 'resumes.jsonl');

/** Reads every labelled resume, or an empty list when the file is absent. */
export function readDataturks(): DataturksResume[] {
  if (!existsSync(DATATURKS_FILE)) return [];
  return readFileSync(DATATURKS_FILE, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as DataturksResume);
}

/** The DataTurks fields the parser's figures are given for. */
export const DATATURKS_SCORED_FIELDS = ['name', 'companies', 'designation', 'degree', 'college', 'skills'] as const;
export type DataturksScoredField = (typeof DATATURKS_SCORED_FIELDS)[number];

/**
 * The labels each scored field is compared with: the spans as labelled, but skills split into items
 * ({@link dataturksSkillItems}) and written as core's canonical names where known, as the parser writes them ("TDD" is
 * "Test-Driven Development", "J2EE" is "Jakarta EE"): the same skill under another of its names is no miss.
 */
export function dataturksExpected(record: DataturksResume): Record<DataturksScoredField, string[]> {
  const { name, companies, designation, degree, college, skills } = record.fields;
  return {
    name,
    companies,
    designation,
    degree,
    college,
    skills: skills.flatMap(dataturksSkillItems).map(canonicalSkill),
  };
}

const canonicalSkill = (item: string): string => canonicalSkillName(item) ?? item;

// A job board's note of time with a skill, maybe wrapped: "Java (3 years)", "PARAMETRIC\n(Less than 1 year)", "(10+\nyears)".
const SKILL_DURATION = /\s*\((?:less\s+than\s+)?\d+\+?\s*(?:years?|yrs?|months?)\)/gi;
// A long line that ends in no separator was wrapped at the page's width when it is a job board's list of skills with
// their years ("…, EMPLOYEE RESOURCE GROUP (2 years), ENTERPRISE\nRESOURCE PLANNING (2 years)") or the next line
// starts in lower case ("…, IT sales, outbound\ncalling, …").
const WRAPPED_LINE = /^([^\n]{59,}[^,;\s])\n(?=(\S))/gmu;
const HAS_DURATION = /\((?:less\s+than\s+)?\d+\+?\s*(?:years?|yrs?|months?)\)/i;
// A group's name before a colon at the start of a line: "Databases: Oracle, MySql", "• Tools: Git, JIRA".
const GROUP_LABEL = /^[^:,;]{1,40}:\s*/u;
// What separates two skills in a list, whatever the slash does: commas, semicolons, bullets, bars, tabs.
const LIST_SEPARATOR = /\s*[,;|•●◦▪■➢·\t]\s*/u;

/**
 * A labelled skills span split into the items a reader sees: one per line (a line of 60 or more characters ending in no
 * separator was wrapped, and goes on on the next, when it lists skills with "(N years)" notes or the next starts in
 * lower case) and per comma, semicolon, bullet or bar; the
 * job board's "(2 years)" notes, a group's "Label:" and a trailing full stop dropped; a line that is a section heading
 * ("ADDITIONAL INFORMATION", "Technical Skills") dropped. A slash or backslash separates two skills when it is spaced
 * ("Ansible /Chef", "Bamboo\\Maven") or both sides have three or more characters ("HTML/CSS", "TCP/UDP", "SQL/PLSQL"),
 * and not in a name or a version ("TCP/IP", "PL/SQL", "CI/CD", "ABAP/4", "Oracle 9i/10g"). " and " separates two
 * one-word skills ("Windows and Linux", "Hadoop and Spark"; so "Research and Development" is read as two as well) but
 * not longer phrases ("Good Inter-Personal and Communication Skills"); "&" is left whole ("Training & Development").
 * A group's name written without a colon (a table's first column, "Programming Languages Python") stays in its first
 * item: nothing in the span tells it from a skill's own words.
 */
export function dataturksSkillItems(span: string): string[] {
  return span
    .replace(WRAPPED_LINE, (line, text: string, next: string) =>
      HAS_DURATION.test(text) || (/\p{Ll}/u.test(next) && !/[.:|•·]$/u.test(text)) ? `${text} ` : line,
    )
    .replace(SKILL_DURATION, '')
    .split('\n')
    .map((line) => stripBullet(line.trim()))
    .filter((line) => line && classifyHeading(line) === undefined)
    .map((line) => line.replace(GROUP_LABEL, ''))
    .flatMap((line) => line.split(LIST_SEPARATOR))
    .flatMap((item) => item.split(/\s+[/\\]\s*|\s*[/\\]\s+|\\|(?<=[^\s/]{3})\/(?=[^\s/]{3})/u))
    .flatMap((item) => (/^\S+ and \S+$/iu.test(item.trim()) ? item.trim().split(/ and /iu) : [item]))
    .map((item) => item.trim().replace(/^[-–—*~\s]+|[.\s]+$/gu, ''))
    .filter((item) => /[\p{L}\p{N}]/u.test(item));
}

/**
 * What a parsed resume gives for each scored field, as the labels write it: the name, each position's employer and
 * title, each entry's degree ("<degree> in <field>") and school, the skills (canonical names, as {@link dataturksExpected}). A field the record leaves unlabelled gets no values:
 * annotation is incomplete, so a field is scored only on resumes where it is labelled.
 */
export function dataturksPredicted(resume: Resume, record: DataturksResume): Record<DataturksScoredField, string[]> {
  const labelled = (field: DataturksScoredField, values: string[]) => (record.fields[field].length > 0 ? values : []);
  return {
    name: labelled('name', resume.contact.name ? [resume.contact.name] : []),
    companies: labelled(
      'companies',
      resume.experience.flatMap((entry) => (entry.company ? [entry.company] : [])),
    ),
    designation: labelled(
      'designation',
      resume.experience.map((entry) => entry.title),
    ),
    degree: labelled(
      'degree',
      resume.education.flatMap((entry) =>
        entry.degree ? [[entry.degree, entry.field].filter(Boolean).join(' in ')] : [],
      ),
    ),
    college: labelled(
      'college',
      resume.education.flatMap((entry) => (entry.institution ? [entry.institution] : [])),
    ),
    skills: labelled('skills', resume.skills.map(canonicalSkill)),
  };
}
