import { describe, expect, it } from 'vitest';
import { editDistance, nearestKnownKey } from '../errors/unknown-keys.js';
import { ValidationError } from '../errors/index.js';
import { checkJobFilter, matchesJobFilter, parseJobFilter } from '../filter/index.js';
import { parseFeedback, parseJob, parseProfile, parseResume } from './parse.js';
import { jobSchema, MAX_MONEY_AMOUNT, pickKnownKeys, rejectUnknownKeys, salarySchema } from './index.js';

/** The ValidationError `run` throws. */
function validationError(run: () => unknown): ValidationError {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('no ValidationError thrown');
}

const job = { id: 'j1', source: 'test', title: 'Welder' };

describe('unknown keys in what people type', () => {
  it('name the key and the nearest known one in profiles', () => {
    const error = validationError(() => parseProfile({ workplaces: ['remote'] }));
    expect(error.issues).toEqual([
      {
        path: 'workplaces',
        message: "unknown key 'workplaces' (did you mean 'workplace'?)",
        code: 'unrecognized_keys',
      },
    ]);
    expect(error.message).toContain("unknown key 'workplaces' (did you mean 'workplace'?)");
    expect(
      validationError(() => parseProfile({ minSalary: { amount: 1, currency: 'USD', perod: 'year' } })).issues[0],
    ).toMatchObject({
      path: 'minSalary.perod',
      message: "unknown key 'perod' (did you mean 'period'?)",
    });
  });

  it('name each key of a job, nested ones at their own path, besides other problems', () => {
    const error = validationError(() =>
      parseJob({ ...job, compnay: 'Acme', title: '', location: { city: 'Austin', workplaces: 'remote' }, zzz: 1 }),
    );
    expect(error.issues.map((issue) => [issue.path, issue.message])).toEqual(
      expect.arrayContaining([
        ['compnay', "unknown key 'compnay' (did you mean 'company'?)"],
        ['zzz', "unknown key 'zzz'"],
        ['location.workplaces', "unknown key 'workplaces' (did you mean 'workplace'?)"],
        ['title', 'must not be empty'],
      ]),
    );
  });

  it('apply to résumés, their entries, and feedback', () => {
    expect(validationError(() => parseResume({ id: 'r', contact: { emial: 'a@b.co' } })).issues[0]).toMatchObject({
      path: 'contact.emial',
      message: expect.stringContaining("'email'"),
    });
    expect(
      validationError(() => parseResume({ id: 'r', experience: [{ title: 'x', compnay: 'y' }] })).issues[0]?.path,
    ).toBe('experience.0.compnay');
    expect(
      validationError(() => parseFeedback({ subjectId: 's', jobId: 'j', ratng: 2, action: 'apply' })).issues[0]
        ?.message,
    ).toContain("did you mean 'rating'");
  });

  it('apply to job filters, in matchesJobFilter too', () => {
    expect(validationError(() => parseJobFilter({ workplaces: ['remote'] })).issues[0]?.message).toBe(
      "unknown key 'workplaces' (did you mean 'workplace'?)",
    );
    const parsed = parseJob(job);
    expect(() => matchesJobFilter(parsed, { workplaces: ['remote'] } as never)).toThrow(/did you mean 'workplace'/);
    expect(() => matchesJobFilter(parsed, { workplace: ['moon'] } as never)).toThrow(ValidationError);
    const filter = { workplace: ['remote' as const], postedSince: '2024-01-01' as unknown as Date };
    expect(checkJobFilter(filter)).toBe(checkJobFilter(filter));
    expect(checkJobFilter(filter).postedSince).toBeInstanceOf(Date);
    expect(matchesJobFilter(parsed, {})).toBe(true);
    expect(matchesJobFilter(parsed)).toBe(true);
  });

  it('are dropped and reported by pickKnownKeys, for records from other systems', () => {
    const dropped: string[] = [];
    const record = pickKnownKeys(jobSchema, { ...job, label: 3, compnay: 'x' }, ({ message }) => dropped.push(message));
    expect(record).toEqual(job);
    expect(dropped).toEqual(["unknown key 'label'", "unknown key 'compnay' (did you mean 'company'?)"]);
    expect(parseJob(record).title).toBe('Welder');
  });
});

describe('rejectUnknownKeys, for settings objects', () => {
  it('names each unknown setting and the nearest known one', () => {
    const known = { maxRetries: true, timeoutMs: true };
    expect(() => rejectUnknownKeys('Settings', { maxRetries: 1, timeoutMs: 5 }, known)).not.toThrow();
    expect(() => rejectUnknownKeys('Settings', undefined, known)).not.toThrow();
    const error = validationError(() => rejectUnknownKeys('Settings', { maxRetry: 1, colour: 'red' }, known));
    expect(error.issues.map((issue) => issue.message)).toEqual([
      "unknown key 'maxRetry' (did you mean 'maxRetries'?)",
      "unknown key 'colour'",
    ]);
    expect(error.entity).toBe('Settings');
  });

  it('refuses a value that is not a settings object, and undefined when the settings are required', () => {
    const known = { board: true };
    const messages = [null, 42, 'x', [], true].map(
      (value) => validationError(() => rejectUnknownKeys('BoardSettings', value, known)).message,
    );
    expect(messages).toEqual([
      'Invalid BoardSettings: (root): must be a settings object, got null',
      'Invalid BoardSettings: (root): must be a settings object, got a number (42)',
      'Invalid BoardSettings: (root): must be a settings object, got a string',
      'Invalid BoardSettings: (root): must be a settings object, got an array',
      'Invalid BoardSettings: (root): must be a settings object, got a boolean (true)',
    ]);
    expect(
      validationError(() => rejectUnknownKeys('BoardSettings', undefined, known, { required: true })).message,
    ).toBe('Invalid BoardSettings: (root): must be a settings object, got undefined (the settings are required)');
    expect(() => rejectUnknownKeys('BoardSettings', { board: 'acme' }, known, { required: true })).not.toThrow();
    // A class instance or an object without a prototype is an object.
    expect(() => rejectUnknownKeys('BoardSettings', Object.create(null), known)).not.toThrow();
  });

  it('refuses a revoked Proxy, and one whose keys cannot be listed, with a ValidationError', () => {
    // Both were the caller's TypeError or Error from inside the check ("Cannot perform 'IsArray' on a proxy that has
    // been revoked").
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    const unlisted = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no keys here');
        },
      },
    );
    expect(validationError(() => rejectUnknownKeys('BoardSettings', revocable.proxy, { board: true })).message).toBe(
      'Invalid BoardSettings: (root): must be a settings object, got a revoked Proxy',
    );
    expect(validationError(() => rejectUnknownKeys('BoardSettings', unlisted, { board: true })).message).toBe(
      'Invalid BoardSettings: (root): could not be read: no keys here',
    );
  });
});

describe('edit distance', () => {
  it('counts swaps as one edit and suggests only close keys', () => {
    expect(editDistance('compnay', 'company')).toBe(1);
    expect(editDistance('workplaces', 'workplace')).toBe(1);
    expect(nearestKnownKey('salry', ['salary', 'skills'])).toBe('salary');
    expect(nearestKnownKey('banana', ['salary', 'skills'])).toBeUndefined();
    expect(nearestKnownKey('x'.repeat(10_000), ['salary'])).toBeUndefined();
  });
});

describe('URLs, numbers and e-mail addresses', () => {
  it('accept http, https and mailto URLs only', () => {
    for (const url of ['https://example.com/job', 'http://example.com', 'mailto:jobs@example.com']) {
      expect(parseJob({ ...job, url }).url).toBe(url);
      expect(parseResume({ id: 'r', contact: { links: [url] } }).contact.links).toEqual([url]);
    }
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,<script>x</script>',
      'ftp://example.com',
      'vbscript:x',
    ]) {
      expect(validationError(() => parseJob({ ...job, url })).issues[0]?.path, url).toBe('url');
      expect(validationError(() => parseResume({ id: 'r', contact: { links: [url] } })).issues[0]?.path, url).toBe(
        'contact.links.0',
      );
    }
  });

  it('keep salaries finite: amounts above the bound, infinities and NaN are refused', () => {
    for (const max of [1e308, Number.POSITIVE_INFINITY, Number.NaN, MAX_MONEY_AMOUNT * 10]) {
      expect(validationError(() => parseJob({ ...job, salary: { min: 1, max, period: 'hour' } })).issues[0]?.path).toBe(
        'salary.max',
      );
    }
    const pay = parseJob({ ...job, salary: { max: MAX_MONEY_AMOUNT, period: 'hour' } }).salary!;
    expect(Number.isFinite(pay.annualMax)).toBe(true);
    expect(salarySchema.safeParse({ min: 1, period: 'year', annualMax: 1e300 }).success).toBe(false);
    expect(validationError(() => parseProfile({ minSalary: { amount: 1e308, currency: 'USD' } })).issues[0]?.path).toBe(
      'minSalary.amount',
    );
    expect(validationError(() => parseResume({ id: 'r', totalYears: Number.POSITIVE_INFINITY })).issues[0]?.path).toBe(
      'totalYears',
    );
  });

  it('refuse NUL and other control characters in e-mail addresses', () => {
    for (const email of [
      'jane@example.com\u0000',
      'jane\u0000evil@example.com',
      'jane@exa\u0000mple.com',
      '\u0000jane@example.com',
      'jane@example.com\n',
      'jane@example.com\u0085',
    ]) {
      expect(
        validationError(() => parseResume({ id: 'r', contact: { email } })).issues[0]?.path,
        JSON.stringify(email),
      ).toBe('contact.email');
    }
    expect(parseResume({ id: 'r', contact: { email: 'jane@example.com' } }).contact.email).toBe('jane@example.com');
  });
});
