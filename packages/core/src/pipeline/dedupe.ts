import { createHash } from 'node:crypto';
import type { Job } from '../schemas/index.js';
import { normalizeText } from '../text/index.js';

// Words that vary between boards for the same posting and say nothing about the job.
const TITLE_NOISE = /\b(m\/w\/d|m\/f\/d|f\/m\/d|w\/m\/d|h\/f|all genders|remote|hybrid|on-?site)\b/g;
const COMPANY_SUFFIX = /\b(inc|llc|ltd|limited|gmbh|ag|corp|corporation|co|plc|s\.?a|ooo|ооо)\b\.?/g;

/**
 * A key that is equal for the same posting seen on two boards: normalised company, title and place.
 * Two different openings with the same title at the same company and city share it, by design.
 */
export function jobFingerprint(job: Pick<Job, 'title' | 'company' | 'location'>): string {
  const title = normalizeText(job.title)
    .replace(/\(.*?\)/g, ' ')
    .replace(TITLE_NOISE, ' ');
  const company = normalizeText(job.company ?? '').replace(COMPANY_SUFFIX, ' ');
  const place = normalizeText([job.location?.city, job.location?.country].filter(Boolean).join(' '));
  const key = [company, title, place].map((part) => part.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()).join('|');
  return createHash('sha256').update(key).digest('hex').slice(0, 24);
}
