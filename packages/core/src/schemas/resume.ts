import { z } from 'zod';
import { dateSchema, nonEmptyStringSchema, skillListSchema } from './common.js';
import { emailSchema, safeUrlSchema, strictObject } from './strict.js';

/** How to reach a person. */
export const contactSchema = strictObject({
  name: z.string().trim().min(1).optional(),
  email: emailSchema.optional(),
  phone: z.string().trim().min(1).optional(),
  location: z.string().trim().min(1).optional(),
  /** Profile pages and sites: http, https or mailto only. */
  links: z.array(safeUrlSchema).default([]),
});
/** How to reach a person. */
export type Contact = z.infer<typeof contactSchema>;

/** One position held; `end: null` (or absent with `current`) means ongoing. */
export const experienceEntrySchema = strictObject({
  title: nonEmptyStringSchema,
  company: z.string().trim().min(1).optional(),
  location: z.string().trim().min(1).optional(),
  start: dateSchema.optional(),
  end: dateSchema.nullable().optional(),
  description: z.string().optional(),
  highlights: z.array(z.string()).default([]),
}).refine((entry) => !(entry.start && entry.end && entry.end < entry.start), {
  message: 'end must not be before start',
  path: ['end'],
});
/** One position held. */
export type ExperienceEntry = z.infer<typeof experienceEntrySchema>;

/** One degree or course of study. */
export const educationEntrySchema = strictObject({
  institution: z.string().trim().min(1).optional(),
  degree: z.string().trim().min(1).optional(),
  field: z.string().trim().min(1).optional(),
  start: dateSchema.optional(),
  end: dateSchema.nullable().optional(),
});
/** One degree or course of study. */
export type EducationEntry = z.infer<typeof educationEntrySchema>;

/** A field of a parsed resume that may be wrong: its path ("experience[2].company", "contact.name") and why. */
export const parseWarningSchema = strictObject({
  path: nonEmptyStringSchema,
  reason: nonEmptyStringSchema,
});
/** A field of a parsed resume that may be wrong. */
export type ParseWarning = z.infer<typeof parseWarningSchema>;

const share = z.number().min(0).max(1);
/** How sure a resume parser is of what it read, 0–1: the name, the contact details, and each entry (in the entries' order). */
export const parseConfidenceSchema = strictObject({
  name: share.optional(),
  contact: share.optional(),
  experience: z.array(share).default([]),
  education: z.array(share).default([]),
});
/** How sure a resume parser is of what it read. */
export type ParseConfidence = z.infer<typeof parseConfidenceSchema>;

/** A resume: structured fields plus, optionally, its plain text. */
export const resumeSchema = strictObject({
  id: nonEmptyStringSchema,
  contact: contactSchema.default({ links: [] }),
  summary: z.string().optional(),
  skills: skillListSchema,
  experience: z.array(experienceEntrySchema).default([]),
  education: z.array(educationEntrySchema).default([]),
  certifications: z.array(z.string()).default([]),
  languages: z.array(z.string()).default([]),
  /** Total years of work, overlaps counted once; derived from `experience` when absent. */
  totalYears: z.number().nonnegative().optional(),
  /** The resume as plain text, when known (rankers fall back to it). */
  text: z.string().optional(),
  /** Fields a parser read from text that may be wrong ("please check"); absent on resumes not parsed from text. */
  warnings: z.array(parseWarningSchema).optional(),
  /** How sure the parser is of the name, contact and each entry; absent on resumes not parsed from text. */
  confidence: parseConfidenceSchema.optional(),
});
/** A validated resume. */
export type Resume = z.output<typeof resumeSchema>;
/** A resume as accepted on input. */
export type ResumeInput = z.input<typeof resumeSchema>;
