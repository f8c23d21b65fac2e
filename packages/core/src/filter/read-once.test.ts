// parseJobFilter reads a filter object once, into a copy, before its schema (round 19 of ADVERSARIAL.md): a getter or
// Proxy that throws was the caller's bare Error from inside zod, and a list whose length is not its contents (a sparse
// list of 2^22 holes: 33 s and 1.8 GiB, one of 2^32 - 1: a 4 GiB heap run out after 7.5 min) was read item by item with
// one issue kept per hole.
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/validation-error.js';
import { parseJob } from '../schemas/index.js';
import type { JobFilter } from '../interfaces/index.js';
import { matchesJobFilter } from './job-filter.js';
import { checkJobFilter, parseJobFilter } from './job-filter-schema.js';

function refusal(value: unknown): ValidationError {
  try {
    parseJobFilter(value);
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('parseJobFilter took the filter');
}

describe('parseJobFilter reads a filter once', () => {
  it('names the field whose getter throws', () => {
    const filter = {
      get ids(): string[] {
        throw new Error('boom');
      },
    };
    expect(refusal(filter).message).toBe('Invalid JobFilter: ids: could not be read: boom');
  });

  it("names minSalary's field whose getter throws", () => {
    const minSalary = {
      currency: 'USD',
      get amount(): number {
        throw new Error('no amount');
      },
    };
    expect(refusal({ minSalary }).message).toBe('Invalid JobFilter: minSalary.amount: could not be read: no amount');
  });

  it('names the filter when a Proxy refuses to list its keys', () => {
    const filter = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no keys');
        },
      },
    );
    expect(refusal(filter).message).toBe('Invalid JobFilter: (root): could not be read: no keys');
  });

  it('names a list item whose read throws', () => {
    const ids = new Proxy(['a', 'b'], {
      get: (target, key) => {
        if (key === '1') throw new Error('item boom');
        return Reflect.get(target, key);
      },
    });
    expect(refusal({ ids }).message).toBe('Invalid JobFilter: ids.1: could not be read: item boom');
  });

  it('stops at the first hole of a sparse list: one issue, not one per hole', () => {
    const ids: string[] = ['a'];
    ids.length = 2 ** 16;
    const error = refusal({ ids });
    expect(error.message).toBe('Invalid JobFilter: ids.1: must be a string, got undefined');
    expect(error.issueCount).toBe(1);
  });

  it('refuses a lookup list longer than MAX_LOOKUP_LIST_LENGTH before reading an item', () => {
    let reads = 0;
    const ids = new Proxy(['a'], {
      get: (target, key) => {
        if (key === 'length') return 2 ** 40;
        reads += 1;
        return Reflect.get(target, key);
      },
    });
    expect(refusal({ ids }).message).toBe(
      'Invalid JobFilter: ids: must hold at most 10000000 items (MAX_LOOKUP_LIST_LENGTH)',
    );
    expect(reads).toBe(0);
  });

  it("gives a copy that a later change to the caller's object does not reach, already checked", () => {
    const sources = ['one'];
    const parsed = parseJobFilter({ sources, strict: true });
    sources.push('two');
    expect(parsed).toEqual({ sources: ['one'], strict: true });
    expect(checkJobFilter(parsed)).toBe(parsed);
  });

  it('still refuses an unknown key, a JSON "__proto__" key among them', () => {
    expect(refusal(JSON.parse('{"__proto__": {"strict": true}, "ids": ["a"]}')).message).toBe(
      "Invalid JobFilter: __proto__: unknown key '__proto__'",
    );
  });
});

describe('checkJobFilter and matchesJobFilter on a filter changed since it was checked', () => {
  const job = (source: string) =>
    parseJob({
      id: `job-${source}`,
      source,
      url: `https://example.com/${source}`,
      title: 'Engineer',
      description: 'Builds things',
      crawledAt: new Date(0),
    });

  it('read it again when a key got a new value or a list changed length (it answered as the filter had been)', () => {
    const filter: JobFilter = { sources: ['a'] };
    expect(matchesJobFilter(job('a'), filter)).toBe(true);
    const sources = ['b'];
    filter.sources = sources;
    expect(matchesJobFilter(job('a'), filter)).toBe(false);
    expect(matchesJobFilter(job('b'), filter)).toBe(true);
    sources.push('a');
    expect(matchesJobFilter(job('a'), filter)).toBe(true);
    delete filter.sources;
    expect(matchesJobFilter(job('c'), filter)).toBe(true);
    // A value made wrong after a first check is refused, not used.
    (filter as Record<string, unknown>).sources = 'a';
    expect(() => checkJobFilter(filter)).toThrow(ValidationError);
  });

  it('reuses the check while the filter holds the same values', () => {
    const filter: JobFilter = { sources: ['a'], ids: ['job-a'] };
    expect(checkJobFilter(filter)).toBe(checkJobFilter(filter));
  });
});

describe('parseJobFilter on an object of a built-in kind', () => {
  it('refuses a Date, a Map, a Set, a RegExp and bytes, naming the kind (each was read as {}: every job)', () => {
    for (const [value, kind] of [
      [new Date(0), 'Date'],
      [new Map([['sources', ['a']]]), 'Map'],
      [new Set(['a']), 'Set'],
      [/a/, 'RegExp'],
      [new Uint8Array(2), 'Uint8Array'],
    ] as const)
      expect(refusal(value).message, kind).toBe(
        `Invalid JobFilter: (root): must be a plain object ({ workplace?, locations?, ids?, … }), got a ${kind}`,
      );
  });
});

describe('checkJobFilter on a filter changed where the keys it listed did not show it (round 20)', () => {
  const job = parseJob({
    id: 'job-a',
    source: 'a',
    url: 'https://example.com/a',
    title: 'Engineer',
    description: 'Builds things',
    crawledAt: new Date(0),
    postedAt: new Date('2026-01-01T00:00:00Z'),
    salary: { min: 100_000, max: 120_000, currency: 'USD', period: 'year' },
  });

  it("reads a class's getter again: its private list replaced (the check listed no key of it and answered as before)", () => {
    class SourcesFilter {
      #sources = ['a'];
      get sources(): string[] {
        return this.#sources;
      }
      use(sources: string[]): void {
        this.#sources = sources;
      }
    }
    const filter = new SourcesFilter();
    expect(matchesJobFilter(job, filter)).toBe(true);
    filter.use(['b']);
    expect(matchesJobFilter(job, filter)).toBe(false);
  });

  it('reads a non-enumerable key again', () => {
    const filter = {} as { sources: string[] };
    Object.defineProperty(filter, 'sources', { value: ['a'], writable: true, enumerable: false, configurable: true });
    expect(matchesJobFilter(job, filter)).toBe(true);
    filter.sources = ['b'];
    expect(matchesJobFilter(job, filter)).toBe(false);
  });

  it('refuses a getter that answered a list to the check and a string since (it was answered with the list)', () => {
    let reads = 0;
    const filter = {
      get sources(): string[] {
        reads += 1;
        return (reads === 1 ? ['a'] : 'a') as string[];
      },
    };
    expect(matchesJobFilter(job, filter)).toBe(true);
    expect(() => matchesJobFilter(job, filter)).toThrow('Invalid JobFilter: sources: ');
  });

  it("sees minSalary's amount changed in place", () => {
    const filter = { minSalary: { amount: 50_000, currency: 'USD', period: 'year' as const } };
    expect(matchesJobFilter(job, filter)).toBe(true);
    filter.minSalary.amount = 900_000;
    expect(matchesJobFilter(job, filter)).toBe(false);
    (filter.minSalary as Record<string, unknown>).amount = Number.NaN;
    expect(() => matchesJobFilter(job, filter)).toThrow('Invalid JobFilter: minSalary.amount');
  });

  it('sees postedSince set to another time, and keeps its own copy of the date (an invalid one after is refused)', () => {
    const postedSince = new Date('2025-01-01T00:00:00Z');
    const filter = { postedSince };
    expect(matchesJobFilter(job, filter)).toBe(true);
    const parsed = parseJobFilter(filter);
    expect(parsed.postedSince).not.toBe(postedSince);
    postedSince.setTime(Number.NaN);
    expect(parsed.postedSince?.getTime()).toBe(Date.parse('2025-01-01T00:00:00Z'));
    expect(() => matchesJobFilter(job, filter)).toThrow('Invalid JobFilter: postedSince');
    postedSince.setTime(Date.parse('2030-01-01T00:00:00Z'));
    expect(matchesJobFilter(job, filter)).toBe(false);
  });

  it("still reuses the check of an unchanged filter, a class instance and parseJobFilter's own copy among them", () => {
    class Fixed {
      get sources(): string[] {
        return FIXED;
      }
    }
    const FIXED = ['a'];
    const instance = new Fixed();
    expect(checkJobFilter(instance)).toBe(checkJobFilter(instance));
    const filter = {
      minSalary: { amount: 50_000, currency: 'USD', period: 'year' as const },
      postedSince: new Date(0),
      ids: ['job-a'],
    };
    expect(checkJobFilter(filter)).toBe(checkJobFilter(filter));
    const parsed = parseJobFilter(filter);
    expect(checkJobFilter(parsed)).toBe(parsed);
  });
});

describe('parseJobFilter on objects of the other built-in kinds', () => {
  it('refuses a WeakMap, a Promise, an ArrayBuffer, an Error, a boxed number and a Date of another realm', async () => {
    const { runInNewContext } = await import('node:vm');
    for (const [value, kind] of [
      [new WeakMap(), 'a WeakMap'],
      [Promise.resolve(), 'a Promise'],
      [new ArrayBuffer(8), 'an ArrayBuffer'],
      [new Error('x'), 'an Error'],
      [Object(5), 'a Number'],
      [runInNewContext('new Date(0)'), 'a Date'],
    ] as const)
      expect(refusal(value).message, kind).toBe(
        `Invalid JobFilter: (root): must be a plain object ({ workplace?, locations?, ids?, … }), got ${kind}`,
      );
  });

  it('names the filter when a Proxy refuses to give its kind', () => {
    const filter = new Proxy(
      {},
      {
        get(target, key) {
          if (key === Symbol.toStringTag) throw new Error('no kind');
          return Reflect.get(target, key);
        },
      },
    );
    expect(refusal(filter).message).toBe('Invalid JobFilter: (root): could not be read: no kind');
  });
});

describe('parseJobFilter on an instance of a class that names its own kind', () => {
  it("reads the fields of a class with its own Symbol.toStringTag (a getter or a field) as a plain object's", () => {
    // Refused before as 'got a SavedSearch': its kind was the class's own tag, though it holds a filter's fields.
    class SavedSearch {
      sources = ['a'];
      get [Symbol.toStringTag](): string {
        return 'SavedSearch';
      }
    }
    expect(parseJobFilter(new SavedSearch())).toEqual({ sources: ['a'] });
    class Tagged {
      readonly [Symbol.toStringTag] = 'Tagged';
      ids = ['job-a'];
    }
    expect(parseJobFilter(new Tagged())).toEqual({ ids: ['job-a'] });
    // Its fields are checked as any filter's.
    const wrong = Object.assign(new SavedSearch(), { sources: 'a' });
    expect(() => parseJobFilter(wrong)).toThrow(ValidationError);
  });

  it('still refuses a built-in given such a tag, and the built-ins whose own tags say what they are', () => {
    const tagged = <T extends object>(value: T): T =>
      Object.defineProperty(value, Symbol.toStringTag, { get: () => 'SavedSearch' });
    for (const [value, kind] of [
      [tagged(new Map([['sources', ['a']]])), 'a Map'],
      [tagged(new Set(['a'])), 'a Set'],
      [tagged(new Date(0)), 'a Date'],
      [tagged(/a/), 'a RegExp'],
      [tagged(new Uint8Array(2)), 'a Uint8Array'],
      [tagged(new DataView(new ArrayBuffer(2))), 'a DataView'],
      [tagged(Object(5)), 'a Number'],
      [new Map(), 'a Map'],
      [Promise.resolve(), 'a Promise'],
    ] as const)
      expect(refusal(value).message, kind).toBe(
        `Invalid JobFilter: (root): must be a plain object ({ workplace?, locations?, ids?, … }), got ${kind}`,
      );
  });

  it('refuses a Proxy of a built-in given such a tag, and a tagged Error or Promise, by the prototype they inherit', async () => {
    // Round 23: a Proxy passes no brand check, so a Proxy of a tagged Map was read as {} (every job); an Error and a
    // Promise have no brand check free of effects, and given a tag of the caller's were read so too.
    const { runInNewContext } = await import('node:vm');
    const tagged = <T extends object>(value: T): T =>
      Object.defineProperty(value, Symbol.toStringTag, { get: () => 'SavedSearch' });
    for (const [value, kind] of [
      [new Proxy(tagged(new Map([['sources', ['a']]])), {}), 'a Map'],
      [new Proxy(tagged(new Set()), {}), 'a Set'],
      [new Proxy(tagged(new Date(0)), {}), 'a Date'],
      [new Proxy(tagged(new Uint8Array(2)), {}), 'a TypedArray'],
      [tagged(new Error('x')), 'an Error'],
      [tagged(Promise.resolve()), 'a Promise'],
      [new Proxy(tagged(runInNewContext('new Map()') as object), {}), 'a Map'],
    ] as const)
      expect(refusal(value).message, kind).toBe(
        `Invalid JobFilter: (root): must be a plain object ({ workplace?, locations?, ids?, … }), got ${kind}`,
      );
    // A Proxy of a class's instance that names its own kind is still read as its fields.
    class SavedSearch {
      sources = ['a'];
      get [Symbol.toStringTag](): string {
        return 'SavedSearch';
      }
    }
    expect(parseJobFilter(new Proxy(new SavedSearch(), {}))).toEqual({ sources: ['a'] });
  });
});

describe('parseJobFilter on a revoked Proxy', () => {
  it("names where it stands: as the filter, a list or minSalary (each was V8's TypeError from Array.isArray)", () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const plain = 'must be a plain object ({ workplace?, locations?, ids?, … }), got a revoked Proxy';
    expect(refusal(proxy).message).toBe(`Invalid JobFilter: (root): ${plain}`);
    expect(refusal({ ids: proxy }).message).toBe('Invalid JobFilter: ids: could not be read: a revoked Proxy');
    expect(refusal({ minSalary: proxy }).message).toBe(
      'Invalid JobFilter: minSalary: must be a MinimumSalary, got a revoked Proxy',
    );
    expect(() => checkJobFilter(proxy as JobFilter)).toThrow(ValidationError);
  });
});
