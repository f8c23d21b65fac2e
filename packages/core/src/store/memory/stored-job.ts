import { ValidationError } from '../../errors/index.js';
import { jobSchema, type Job } from '../../schemas/index.js';

/**
 * A job read back from one of the store's own files (a snapshot record, a format-1 JSON snapshot, a journal line),
 * validated as input is, with one difference: a key the job schema does not know is dropped instead of refused. The
 * store wrote the record, so such a key is not a typo but a field an earlier version had (at the top level, or inside
 * `location`, `salary` or `experienceYears`); the job gets a note naming each one dropped, and when it is next saved
 * it is written without them. Every other problem (a field of the wrong type, a bad date, a raw record too deep) is a
 * ValidationError naming the field; `entity` names the record in it. A valid record costs one parse, as before.
 */
export function parseStoredJob(entity: string, raw: unknown): Job {
  const first = jobSchema.safeParse(raw);
  if (first.success) return first.data;
  const dropped: string[] = [];
  // The keys are dropped from a copy (of the record and of each object on the way to them): a record that is still
  // invalid after it is left as it was read, to be kept as it was written.
  const copy: unknown = isObject(raw) ? { ...raw } : raw;
  const copied = new Set<unknown>([copy]);
  for (const issue of first.error.issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    let holder: unknown = copy;
    for (const key of issue.path) {
      if (!isObject(holder)) break;
      let child = holder[key as string];
      if (isObject(child) && !copied.has(child)) {
        child = { ...child };
        copied.add(child);
        holder[key as string] = child;
      }
      holder = child;
    }
    if (!isObject(holder)) continue;
    for (const key of issue.keys) {
      delete holder[key];
      dropped.push([...issue.path.map(String), key].join('.'));
    }
  }
  if (!dropped.length) throw ValidationError.fromZod(entity, first.error);
  const second = jobSchema.safeParse(copy);
  if (!second.success) throw ValidationError.fromZod(entity, second.error);
  const job = second.data;
  // At most 10 named (a crafted record may carry thousands), sorted so the note is the same on every read.
  const named = dropped.sort().slice(0, 10);
  const more = dropped.length > named.length ? ` and ${dropped.length - named.length} more` : '';
  const note = `dropped ${named.map((key) => `'${key}'`).join(', ')}${more} when read from the store: fields jobs no longer have`;
  return { ...job, notes: [...(job.notes ?? []), note] };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
