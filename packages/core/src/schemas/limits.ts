import { z } from 'zod';
import { ON_ARRAYS_ONLY, ON_STRINGS_ONLY } from './length-checks.js';

/**
 * Size caps of the entity schemas (Job, Resume, Profile, Feedback, Course): a value past one is a ValidationError that
 * names the field and the cap, so a 100 MB title or a million skills is refused before it costs seconds and hundreds
 * of MB downstream. No real record comes near them; the largest values in the project's real data (../shared/data,
 * 2026-12-05) are given with each, and the caps leave a margin of 7× or more.
 */

/**
 * Longest short text, in characters: a title, a company, a place, a person's name, a skill, a degree, a source, a
 * certification (1,000). Real: job titles up to 133 characters (Glassdoor, JobSpy), companies 81 (LinkedIn postings).
 */
export const MAX_SHORT_TEXT_LENGTH = 1_000;

/** Longest id, in characters (10,000): ids are often `source:` plus a URL or a source's own id. */
export const MAX_ID_LENGTH = 10_000;

/** Longest URL, in characters (8,192, the request-line limit of common web servers). */
export const MAX_URL_LENGTH = 8_192;

/**
 * Longest free text, in characters (1,000,000): a résumé's text, a summary, a role's description, a highlight, a note,
 * a salary's source text, a profile's preferences, a course's description. Real résumé texts reach 20,143 characters
 * (DataTurks) and 14,614 (the updated résumé dataset); `@rolefit/ats` refuses a résumé file of more than 300,000
 * characters of text before parsing it (`too-large`).
 * A job's description is cut to `MAX_JOB_DESCRIPTION_LENGTH` (200,000) by `parseJob`; the schema refuses one past this.
 */
export const MAX_LONG_TEXT_LENGTH = 1_000_000;

/** Most skills in one list (5,000): real postings list up to 52 (Wuzzuf); the built-in taxonomy knows about 2,000. */
export const MAX_SKILLS = 5_000;

/**
 * Most items in any other list (1,000): roles, degrees, links, highlights, certifications, languages, notes, warnings,
 * a profile's titles and places, a match's breakdown factors. Real résumés hold a few dozen of each; the built-in
 * rankers' breakdowns hold at most a few dozen factors.
 */
export const MAX_LIST_LENGTH = 1_000;
/**
 * Most items in a list that is looked up in a set rather than read per item (10,000,000): a JobFilter's `ids`,
 * `fingerprints` and `excludeCompanies` (an ingestion batch's fingerprints, a long blacklist). Far past any real
 * batch; it bounds the work a list whose length is not its contents (a sparse list, a Proxy) can ask for.
 */
export const MAX_LOOKUP_LIST_LENGTH = 10_000_000;

const characters = (max: number, name: string) => `must be at most ${max} characters (${name})`;

/** A string of at most `max` characters; the cap is checked first and ends the checks, so a huge value costs nothing more. */
export function cappedString(max: number, name: string): z.ZodString {
  return z.string().max(max, { error: characters(max, name), abort: true, ...ON_STRINGS_ONLY });
}

/** A trimmed, non-empty string of at most {@link MAX_SHORT_TEXT_LENGTH} characters (checked before trimming). */
export const shortTextSchema = cappedString(MAX_SHORT_TEXT_LENGTH, 'MAX_SHORT_TEXT_LENGTH')
  .trim()
  .min(1, { error: 'must not be empty', ...ON_STRINGS_ONLY });

/** A trimmed, non-empty id of at most {@link MAX_ID_LENGTH} characters. */
export const idSchema = cappedString(MAX_ID_LENGTH, 'MAX_ID_LENGTH')
  .trim()
  .min(1, { error: 'must not be empty', ...ON_STRINGS_ONLY });

/** Free text of at most {@link MAX_LONG_TEXT_LENGTH} characters. */
export const longTextSchema = cappedString(MAX_LONG_TEXT_LENGTH, 'MAX_LONG_TEXT_LENGTH');

/**
 * An array of at most `max` items whose length is checked before any item is: zod checks an array's length after
 * parsing every item, so 300,000 bad items made 300,000 issues (seconds) before the cap was looked at. Past the cap
 * its items are not read and the length check gives the array its one `too_big` issue.
 */
export function cappedArray<Item extends z.ZodType>(item: Item, max: number, name: string): z.ZodArray<Item> {
  const message = `must hold at most ${max} items (${name})`;
  const schema = z.array(item).max(max, { error: message, ...ON_ARRAYS_ONLY });
  const internals = schema._zod;
  const parse = internals.parse.bind(internals);
  internals.parse = (payload, context) => {
    const input = payload.value;
    // Left unread: the length check that follows adds the one issue.
    if (Array.isArray(input) && input.length > max) return payload;
    return parse(payload, context);
  };
  return schema;
}

/**
 * A record (an object of string keys) of at most `max` entries, whose size is checked before any entry is: past the cap
 * its keys and values are not read, and it gets one `too_big` issue naming the cap, as {@link cappedArray} does for a list.
 */
export function cappedRecord<Key extends z.core.$ZodRecordKey, Value extends z.ZodType>(
  key: Key,
  value: Value,
  max: number,
  name: string,
): z.ZodRecord<Key, Value> {
  const message = `must hold at most ${max} entries (${name})`;
  const schema = z.record(key, value);
  // The JSON Schema export says so too (`maxProperties`); `.meta()` would return a copy without the check below.
  z.globalRegistry.add(schema, { maxProperties: max });
  const internals = schema._zod;
  // `run` (what an enclosing schema calls), not `parse`: a schema without checks runs its first `parse` directly.
  const run = internals.run.bind(internals);
  internals.run = (payload, context) => {
    const input = payload.value;
    if (typeof input === 'object' && input !== null && !Array.isArray(input)) {
      // Counted up to one past the cap, so an object of a million keys costs no more than max + 1 steps here.
      let count = 0;
      for (const entry in input)
        if (Object.hasOwn(input, entry) && ++count > max) {
          payload.issues.push({
            code: 'too_big',
            origin: 'object',
            maximum: max,
            inclusive: true,
            input,
            inst: schema,
            message,
          });
          return payload;
        }
    }
    return run(payload, context);
  };
  return schema;
}
