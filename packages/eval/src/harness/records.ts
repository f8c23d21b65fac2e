import {
  employmentTypeSchema,
  experienceLevelSchema,
  jobSchema,
  mapEmploymentType,
  parseExperience,
  parseLocationText,
  parseSalary,
  resumeSchema,
} from '@rolefit/core';

/** Called for each value the reader had to reinterpret or leave out: the field, and what happened to it. */
export type RecordNote = (field: string, what: string) => void;

const EXPERIENCE_LEVELS = experienceLevelSchema.options;

// Exports from spreadsheets and pandas write numbers for ids and null for missing values; read those the way
// their authors meant them rather than rejecting the set.
function withoutNulls(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== null && value !== undefined));
}

function idText(value: unknown): unknown {
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
}

/** A skill list given as one string ("Python, SQL; Docker") or as an array of names or numbers. */
function skillNames(value: unknown, field: string, note: RecordNote): string[] | undefined {
  if (typeof value === 'string')
    return value
      .split(/[,;|\n]/)
      .map((skill) => skill.trim())
      .filter(Boolean);
  if (!Array.isArray(value)) {
    note(field, `is ${typeof value}, not a list of skill names: left out`);
    return undefined;
  }
  const names: string[] = [];
  for (const item of value) {
    if (typeof item === 'string') names.push(item);
    else if (typeof item === 'number') names.push(String(item));
    else if (typeof item === 'object' && item !== null && typeof (item as { name?: unknown }).name === 'string')
      names.push((item as { name: string }).name);
    else note(field, 'has items that are not skill names: those left out');
  }
  return names;
}

/** Keeps a field only when it passes `schema`, noting it otherwise. */
function keepIfValid(
  input: Record<string, unknown>,
  field: string,
  schema: { safeParse(value: unknown): { success: boolean } },
  note: RecordNote,
): void {
  if (input[field] !== undefined && !schema.safeParse(input[field]).success) {
    note(field, `${JSON.stringify(input[field]).slice(0, 40)} is not valid: left out`);
    delete input[field];
  }
}

/**
 * Reads one `jobs.jsonl` object as Job input, forgiving the shapes other tools write: numeric ids, nulls for
 * missing values, skills as one comma-separated string, location, salary and experience as free text, and
 * employment types such as `FULL_TIME`. A value that still cannot be read is left out and reported
 * through `note`; `id` and `title` are never left out, so their problems surface as validation errors.
 */
export function jobInputFromRecord(record: Record<string, unknown>, note: RecordNote): Record<string, unknown> {
  const input = withoutNulls(record);
  input.id = idText(input.id);
  if (typeof input.title === 'number') input.title = String(input.title);
  input.description ??= '';
  if (input.skills !== undefined) input.skills = skillNames(input.skills, 'skills', note);
  if (typeof input.company === 'number') input.company = String(input.company);
  if (typeof input.company === 'string' && input.company.trim() === '') delete input.company;
  if (typeof input.location === 'string') {
    const location = parseLocationText(input.location);
    if (location === undefined && input.location.trim() !== '')
      note('location', `"${input.location.slice(0, 40)}" is not a place: left out`);
    input.location = location;
  } else if (typeof input.location === 'object' && input.location !== null) {
    input.location = Object.fromEntries(
      Object.entries(withoutNulls(input.location as Record<string, unknown>)).filter(([, value]) => value !== ''),
    );
  }
  if (typeof input.salary === 'string') {
    const salary = parseSalary(input.salary);
    if (salary === undefined && input.salary.trim() !== '')
      note('salary', `"${input.salary.slice(0, 40)}" names no pay: left out`);
    input.salary = salary;
  } else if (typeof input.salary === 'number') {
    note('salary', 'is a bare number with no currency or period: left out');
    delete input.salary;
  }
  if (typeof input.experienceYears === 'number') input.experienceYears = { min: input.experienceYears };
  else if (typeof input.experienceYears === 'string') {
    const requirement =
      parseExperience(input.experienceYears) ??
      (/^\s*\d+(\.\d+)?\s*$/.test(input.experienceYears) ? { min: Number(input.experienceYears) } : undefined);
    if (requirement === undefined)
      note('experienceYears', `"${input.experienceYears.slice(0, 40)}" gives no years: left out`);
    input.experienceYears = requirement && {
      min: requirement.min,
      ...('max' in requirement && requirement.max !== undefined && { max: requirement.max }),
    };
  }
  if (typeof input.employmentType === 'string' && !employmentTypeSchema.safeParse(input.employmentType).success) {
    const mapped = mapEmploymentType(input.employmentType);
    if (mapped === undefined)
      note('employmentType', `"${input.employmentType.slice(0, 40)}" is not a known employment type: left out`);
    input.employmentType = mapped;
  }
  if (typeof input.experienceLevel === 'string' && !experienceLevelSchema.safeParse(input.experienceLevel).success) {
    // "Mid-Senior level", "Entry level" and "ENTRY" name the same levels.
    const words = input.experienceLevel.toLowerCase().replace(/[\s_]+/g, '-');
    const level = EXPERIENCE_LEVELS.find((name) => words === name || words.startsWith(`${name}-`));
    if (level === undefined)
      note('experienceLevel', `"${input.experienceLevel.slice(0, 40)}" is not a known level: left out`);
    input.experienceLevel = level;
  }
  for (const field of ['url', 'postedAt', 'crawledAt', 'location', 'salary', 'experienceYears'] as const)
    keepIfValid(input, field, jobSchema.shape[field], note);
  return withoutNulls(input);
}

/**
 * Reads one `resumes.jsonl` object as Resume input: numeric ids, nulls for missing values and skills as one
 * string are read as their authors meant; a missing `text` is an empty one.
 */
export function resumeInputFromRecord(record: Record<string, unknown>, note: RecordNote): Record<string, unknown> {
  const input = withoutNulls(record);
  input.id = idText(input.id);
  input.text ??= '';
  if (input.skills !== undefined) input.skills = skillNames(input.skills, 'skills', note);
  if (typeof input.totalYears === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(input.totalYears))
    input.totalYears = Number(input.totalYears);
  keepIfValid(input, 'totalYears', resumeSchema.shape.totalYears, note);
  return withoutNulls(input);
}
