import type { Store } from '@rolefit/core';
import { InputError, UsageError, type RolefitCliIo } from './io.js';
import { loadResume, OWN_RESUME_TIMEOUT_MS } from './inputs.js';
import type { ResumeReading } from './ocr.js';

/**
 * The id feedback and matches are recorded under: `--person ID`, else the id of the resume in `--resume FILE` (ids are
 * derived from the resume's text, so the same file always gives the same id), else the one person the store holds.
 */
export async function resolvePersonId(
  store: Store,
  options: { person?: string; resume?: string },
  io: RolefitCliIo,
  reading: ResumeReading,
): Promise<string> {
  if (options.person !== undefined && options.resume !== undefined)
    throw new UsageError('give --resume FILE or --person ID, not both');
  if (options.person !== undefined) {
    if (options.person.trim() === '') throw new UsageError('--person needs an ID');
    return options.person;
  }
  if (options.resume !== undefined)
    return (await loadResume(options.resume, io, reading, { timeoutMs: OWN_RESUME_TIMEOUT_MS })).id;
  const people = await store.listResumes({ limit: 51 });
  if (people.length === 1) return people[0]!.id;
  if (people.length === 0)
    throw new InputError(
      'the store holds no person yet: run "rolefit recommend --resume FILE" first, or give --person ID',
    );
  throw new InputError(
    `the store holds ${people.length > 50 ? 'over 50' : people.length} people: say whose feedback this is with --resume FILE or --person ID (${people
      .slice(0, 5)
      .map((person) => person.id)
      .join(', ')}${people.length > 5 ? ', …' : ''})`,
  );
}
