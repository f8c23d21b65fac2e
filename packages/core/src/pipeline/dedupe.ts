import { createHash } from 'node:crypto';
import { checkRecordArgument, invalidArgument } from '../errors/argument.js';
import type { Job } from '../schemas/index.js';
import { LEGAL_FORMS, legalFormSource } from '../job-fields/legal-forms.js';
import { LINE_TERMINATORS, replaceBracketed } from '../text/brackets.js';
import { normalizeText } from '../text/index.js';

// Words that vary between boards for the same posting and say nothing about the job.
const TITLE_NOISE = /\b(m\/w\/d|m\/f\/d|f\/m\/d|w\/m\/d|h\/f|all genders|remote|hybrid|on-?site)\b/g;
// Legal forms a board may drop or keep ("Acme GmbH" and "Acme"; "Acme Co., Ltd." and "Acme"; "ООО «Ромашка»" and
// "Ромашка"), as normalizeText writes them: the run of them that ends a company's name, or the one that opens it.
const normalisedForms = (beforeName: boolean) =>
  legalFormSource(
    LEGAL_FORMS.filter((form) => form.beforeName === beforeName).map((form) => ({
      ...form,
      written: normalizeText(form.written),
    })),
  );
const FORM_AFTER_NAME = normalisedForms(false);
const TRAILING_LEGAL_FORMS = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${FORM_AFTER_NAME})(?:[\s,&]+(?:${FORM_AFTER_NAME}))*[\s.,]*$`,
  'gu',
);
const LEADING_LEGAL_FORM = new RegExp(String.raw`^\s*(?:${normalisedForms(true)})(?![\p{L}\p{N}])`, 'u');
// How much of a name's end is searched for its legal forms: longer than any run of them ("gmbh & co. kg", "co., ltd.").
const LEGAL_FORMS_LOOK = 40;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
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
  const company = withoutLegalForms(normalizeText(job.company ?? ''));
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

/**
 * A normalised company's name without the legal form that opens it ("ооо «ромашка»" → " «ромашка»") and those that end
 * it ("acme co., ltd." → "acme "), searched for in its last LEGAL_FORMS_LOOK characters only; a name that is nothing but
 * a form ("company") is kept.
 */
function withoutLegalForms(normalised: string): string {
  const leading = LEADING_LEGAL_FORM.exec(normalised)?.[0].length ?? 0;
  const company = LETTER_OR_DIGIT.test(normalised.slice(leading)) ? normalised.slice(leading) : normalised;
  const tailStart = Math.max(0, company.length - LEGAL_FORMS_LOOK);
  const tail = company.slice(tailStart);
  TRAILING_LEGAL_FORMS.lastIndex = 0;
  for (let match = TRAILING_LEGAL_FORMS.exec(tail); match !== null; match = TRAILING_LEGAL_FORMS.exec(tail)) {
    const start = tailStart + match.index;
    // The tail may have been cut inside a word: a form must start one.
    if (match.index === 0 && LETTER_OR_DIGIT.test(company.charAt(start - 1))) {
      TRAILING_LEGAL_FORMS.lastIndex = match.index + 1;
      continue;
    }
    return LETTER_OR_DIGIT.test(company.slice(0, start)) ? `${company.slice(0, start)} ` : company;
  }
  return company;
}

/** Letters and digits of a normalised text, single-spaced. */
function keyPart(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
