import { z } from 'zod';
import { dateSchema, skillListSchema } from './common.js';
import {
  cappedArray,
  cappedString,
  idSchema,
  longTextSchema,
  MAX_LIST_LENGTH,
  MAX_SHORT_TEXT_LENGTH,
  shortTextSchema,
} from './limits.js';
import { ON_STRINGS_ONLY } from './length-checks.js';
import { emailSchema, experienceYearsSchema, safeUrlSchema, strictObject } from './strict.js';

const list = <Item extends z.ZodType>(item: Item) => cappedArray(item, MAX_LIST_LENGTH, 'MAX_LIST_LENGTH');

/** How to reach a person. */
export const contactSchema = strictObject({
  name: shortTextSchema.optional(),
  email: emailSchema.optional(),
  phone: shortTextSchema.optional(),
  location: shortTextSchema.optional(),
  /** Profile pages and sites: http, https or mailto only. */
  links: list(safeUrlSchema).default([]),
});
/** How to reach a person. */
export type Contact = z.infer<typeof contactSchema>;

/** One position held; `end: null` (or absent with `current`) means ongoing. */
export const experienceEntrySchema = strictObject({
  title: shortTextSchema,
  company: shortTextSchema.optional(),
  location: shortTextSchema.optional(),
  start: dateSchema.optional(),
  end: dateSchema.nullable().optional(),
  description: longTextSchema.optional(),
  highlights: list(longTextSchema).default([]),
}).refine((entry) => !(entry.start && entry.end && entry.end < entry.start), {
  message: 'end must not be before start',
  path: ['end'],
});
/** One position held. */
export type ExperienceEntry = z.infer<typeof experienceEntrySchema>;

/** One degree or course of study. */
export const educationEntrySchema = strictObject({
  institution: shortTextSchema.optional(),
  degree: shortTextSchema.optional(),
  field: shortTextSchema.optional(),
  start: dateSchema.optional(),
  end: dateSchema.nullable().optional(),
});
/** One degree or course of study. */
export type EducationEntry = z.infer<typeof educationEntrySchema>;

/** A field of a parsed resume that may be wrong: its path ("experience[2].company", "contact.name") and why. */
export const parseWarningSchema = strictObject({
  path: shortTextSchema,
  reason: longTextSchema.trim().min(1, { error: 'must not be empty', ...ON_STRINGS_ONLY }),
});
/** A field of a parsed resume that may be wrong. */
export type ParseWarning = z.infer<typeof parseWarningSchema>;

const share = z.number().min(0).max(1);
/** How sure a resume parser is of what it read, 0–1: the name, the contact details, and each entry (in the entries' order). */
export const parseConfidenceSchema = strictObject({
  name: share.optional(),
  contact: share.optional(),
  experience: list(share).default([]),
  education: list(share).default([]),
});
/** How sure a resume parser is of what it read. */
export type ParseConfidence = z.infer<typeof parseConfidenceSchema>;

/** A resume: structured fields plus, optionally, its plain text. */
export const resumeSchema = strictObject({
  id: idSchema,
  contact: contactSchema.default({ links: [] }),
  summary: longTextSchema.optional(),
  skills: skillListSchema,
  experience: list(experienceEntrySchema).default([]),
  education: list(educationEntrySchema).default([]),
  certifications: list(cappedString(MAX_SHORT_TEXT_LENGTH, 'MAX_SHORT_TEXT_LENGTH')).default([]),
  languages: list(cappedString(MAX_SHORT_TEXT_LENGTH, 'MAX_SHORT_TEXT_LENGTH')).default([]),
  /** Total years of work, overlaps counted once; derived from `experience` when absent. */
  totalYears: experienceYearsSchema.optional(),
  /** The resume as plain text, when known (rankers fall back to it). */
  text: longTextSchema.optional(),
  /** Fields a parser read from text that may be wrong ("please check"); absent on resumes not parsed from text. */
  warnings: list(parseWarningSchema).optional(),
  /** How sure the parser is of the name, contact and each entry; absent on resumes not parsed from text. */
  confidence: parseConfidenceSchema.optional(),
});
/** A validated resume. */
export type Resume = z.output<typeof resumeSchema>;
/** A resume as accepted on input. */
export type ResumeInput = z.input<typeof resumeSchema>;
