import { createHash } from 'node:crypto';
import { checkRecordArgument, invalidArgument } from '../errors/argument.js';
import type { Job } from '../schemas/index.js';
import { LINE_TERMINATORS, replaceBracketed } from '../text/brackets.js';
import { normalizeText } from '../text/index.js';

// Words that vary between boards for the same posting and say nothing about the job.
const TITLE_NOISE = /\b(m\/w\/d|m\/f\/d|f\/m\/d|w\/m\/d|h\/f|all genders|remote|hybrid|on-?site)\b/g;
const COMPANY_SUFFIX = /\b(inc|llc|ltd|limited|gmbh|ag|corp|corporation|co|plc|s\.?a|ooo|ооо)\b\.?/g;
// A parenthesis on one line, as `/\(.*?\)/g` reads it (that regex is quadratic in a run of '(' that never closes).
const PARENTHESIS = [{ open: '(', close: ')', notInside: LINE_TERMINATORS }];

/**
 * A key that is equal for the same posting seen on two boards: normalised company, title and place.
 * Two different openings with the same title at the same company and city share it, by design. A posting that names
 * no company also keys on its description's text (letters and digits only, case and spacing ignored), so that two
 * company-less openings with one title in one city (a public employer's dump lists many) stay apart, and merge only
 * when their texts are the same.
 */
export function jobFingerprint(
  job: Pick<Job, 'title' | 'company' | 'location'> & { description?: string | undefined },
): string {
  if (typeof checkRecordArgument('jobFingerprint', 'job', job, 'a Job').title !== 'string')
    throw invalidArgument('jobFingerprint', 'job', 'must be a Job: it has no string title');
  const title = replaceBracketed(normalizeText(job.title), PARENTHESIS, ' ').replace(TITLE_NOISE, ' ');
  const company = normalizeText(job.company ?? '').replace(COMPANY_SUFFIX, ' ');
  const place = normalizeText([job.location?.city, job.location?.country].filter(Boolean).join(' '));
  const parts = [company, title, place].map(keyPart);
  const hash = createHash('sha256');
  if (parts[0] === '' && job.description) {
    // The description can be long: hashed as it is read, never joined into the key.
    hash.update(`${parts.join('|')}|`);
    hash.update(keyPart(normalizeText(job.description)));
  } else hash.update(parts.join('|'));
  return hash.digest('hex').slice(0, 24);
}

/** Letters and digits of a normalised text, single-spaced. */
function keyPart(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
