import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { parseJob } from '../schemas/index.js';
import { sampleJobs } from '../samples/index.js';
import {
  checkBytesArgument,
  isValidDate,
  checkJobArgument,
  checkListArgument,
  checkNotificationArgument,
  checkRankerArgument,
  checkRecognizerImage,
  checkRecordArgument,
  readRecordArgument,
  recordArgumentKeys,
  checkTextArgument,
  checkVectorEntries,
  describeValue,
  invalidArgument,
  isRevokedProxy,
  rankerProblem,
} from './argument.js';
import { invalidSetting, ValidationError } from './validation-error.js';

const job = parseJob(sampleJobs[0]!);

describe('invalidArgument and invalidSetting', () => {
  it('make a ValidationError naming the function and argument, or the settings and setting', () => {
    const argument = invalidArgument('parseResumeText', 'text', 'must be a string, got null');
    expect(argument).toBeInstanceOf(ValidationError);
    expect(argument.message).toBe('Invalid parseResumeText: text: must be a string, got null');
    expect(argument.issues).toEqual([
      { path: 'text', message: 'must be a string, got null', code: 'invalid_argument' },
    ]);
    const cause = new Error('underneath');
    const setting = invalidSetting('HttpClientSettings', 'maxRetries', 'must be a whole number ≥ 0, got -1', { cause });
    expect(setting.message).toBe('Invalid HttpClientSettings: maxRetries: must be a whole number ≥ 0, got -1');
    expect(setting.setting).toBe('maxRetries');
    expect(setting.cause).toBe(cause);
    expect(setting.issues).toEqual([{ path: 'maxRetries', message: expect.any(String), code: 'invalid_setting' }]);
  });
});

describe('checkRecordArgument', () => {
  it('gives back a plain object and refuses null, arrays and other kinds, saying what was wanted', () => {
    const record = { a: 1 };
    expect(checkRecordArgument('f', 'options', record, 'an options object')).toBe(record);
    for (const [value, got] of [
      [null, 'null'],
      [[], 'an array'],
      ['x', 'a string'],
      [undefined, 'undefined'],
    ] as const)
      expect(() => checkRecordArgument('f', 'options', value, 'an options object')).toThrow(
        `Invalid f: options: must be an options object, got ${got}`,
      );
  });
});

describe('checkRecognizerImage', () => {
  it('gives back an image whose data fits its sizes, and names the part that does not', () => {
    const image = { width: 2, height: 1, channels: 3, data: new Uint8Array(6) };
    expect(checkRecognizerImage('f', 'image', image)).toBe(image);
    const foreign = runInNewContext('new Uint8Array(2)') as Uint8Array;
    expect(checkRecognizerImage('f', 'image', { width: 2, height: 1, channels: 1, data: foreign })).toBeDefined();
    const cases: Array<[unknown, string]> = [
      [null, 'image: must be an image ({ width, height, channels, data }), got null'],
      // (-1) × (-1) × 1 bytes "fit" a one-byte buffer: sizes are checked first.
      [
        { width: -1, height: -1, channels: 1, data: new Uint8Array(1) },
        'image.width: must be a whole number of pixels ≥ 1, got a number (-1)',
      ],
      [
        { width: 2, height: 0.5, channels: 1, data: new Uint8Array(1) },
        'image.height: must be a whole number of pixels ≥ 1, got a number (0.5)',
      ],
      [
        { width: 1, height: 1, channels: 2, data: new Uint8Array(2) },
        'image.channels: must be 1, 3 or 4, got a number (2)',
      ],
      [
        { width: 1, height: 1, channels: 1, data: [0] },
        "image.data: must be a Uint8Array of the pixels' samples, got an array",
      ],
      [{ width: 3, height: 3, channels: 1, data: new Uint8Array(4) }, 'image.data: holds 4 bytes, not 3×3×1 = 9'],
    ];
    for (const [value, message] of cases) {
      expect(() => checkRecognizerImage('f', 'image', value)).toThrow(ValidationError);
      expect(() => checkRecognizerImage('f', 'image', value)).toThrow(`Invalid f: ${message}`);
    }
  });
});

describe('the argument checks', () => {
  it('give back a value of the right kind as it is', () => {
    expect(checkTextArgument('f', 'text', '')).toBe('');
    const list = ['a'];
    expect(checkListArgument('f', 'ids', list)).toBe(list);
    expect(checkJobArgument('f', 'job', job)).toBe(job);
    const buffer = Buffer.from('x');
    expect(checkBytesArgument('f', 'bytes', buffer)).toBe(buffer);
    // Bytes over a SharedArrayBuffer, unless refused with `shared: false`.
    const shared = new Uint8Array(new SharedArrayBuffer(2));
    expect(checkBytesArgument('f', 'bytes', shared)).toBe(shared);
  });

  it('take bytes made in another realm (a vm context), as pdf.js and workers hand them over', () => {
    const foreign = runInNewContext('new Uint8Array([1, 2])') as Uint8Array;
    expect(foreign instanceof Uint8Array).toBe(false);
    expect(checkBytesArgument('f', 'bytes', foreign)).toBe(foreign);
  });

  it('refuse the wrong kind with a ValidationError naming the function, the argument and what it got', () => {
    const cases: Array<[() => unknown, string]> = [
      [
        () => checkTextArgument('parseResumeText', 'text', null),
        'Invalid parseResumeText: text: must be a string, got null',
      ],
      [
        () => checkListArgument('f', 'jobs', { length: 1 }, 'a list of jobs'),
        'Invalid f: jobs: must be a list of jobs, got an object',
      ],
      [() => checkBytesArgument('f', 'bytes', new Uint16Array(2)), 'must be a Uint8Array or Buffer'],
      [() => checkBytesArgument('f', 'bytes', { [Symbol.toStringTag]: 'Uint8Array' }), 'got an object'],
      // Round 23: these pass `instanceof Uint8Array`, and Node's decoders threw their TypeError on them.
      [() => checkBytesArgument('f', 'bytes', new Proxy(new Uint8Array(2), {})), 'got an object'],
      [() => checkBytesArgument('f', 'bytes', Object.create(Uint8Array.prototype)), 'got an object'],
      [
        () => {
          const bytes = new Uint8Array(2);
          structuredClone(bytes.buffer, { transfer: [bytes.buffer] });
          return checkBytesArgument('f', 'bytes', bytes);
        },
        "Invalid f: bytes: must be a Uint8Array or Buffer of the file's bytes, got one whose ArrayBuffer is detached",
      ],
      [
        () => checkBytesArgument('f', 'bytes', new Uint8Array(new SharedArrayBuffer(2)), { shared: false }),
        'over an ArrayBuffer, got one over a SharedArrayBuffer',
      ],
      [() => checkJobArgument('f', 'job', {}), 'Invalid f: job: must be a Job (use parseJob)'],
      [() => checkRankerArgument('f', 'ranker', () => undefined), 'call the factory'],
      [() => checkRankerArgument('f', 'ranker', {}), 'must be a Ranker'],
    ];
    for (const [call, message] of cases) {
      const error = (() => {
        try {
          call();
        } catch (caught) {
          return caught;
        }
      })();
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as Error).message).toContain(message);
    }
  });

  it('name a job field the readers take as it is when it has another type (a job read from JSON, fuzz round 10)', () => {
    // Found by bench/fuzz-inputs.mjs (career target, seed 1 #42, #15): clusterJobs threw 'job.skills is not iterable'
    // and overflowed the stack joining a 20,000-deep array company.
    let deep: unknown = 'leaf';
    for (let i = 0; i < 20_000; i++) deep = [deep];
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ skills: 'python' }, 'Invalid f: job.skills: must be a list of strings (use parseJob), got a string'],
      [{ skills: ['sql', 7] }, 'Invalid f: job.skills.1: must be a string'],
      [{ company: deep }, 'Invalid f: job.company: must be a string'],
      [{ description: 42 }, 'Invalid f: job.description: must be a string'],
      [{ location: { city: ['Berlin'] } }, 'Invalid f: job.location.city: must be a string'],
      [{ location: 'Berlin' }, 'Invalid f: job.location: must be'],
    ];
    for (const [fields, message] of cases)
      expect(() => checkJobArgument('f', 'job', { ...job, ...fields })).toThrow(message);
    // Absent and null fields, as JSON writes them, pass.
    const loose = { id: 'a:1', title: 'Engineer', company: null, skills: null, location: null };
    expect(checkJobArgument('f', 'job', loose)).toBe(loose);
  });

  it('name the field of a notification that is wrong', () => {
    const match = { jobId: job.id, score: 1, matchedSkills: [], missingSkills: [] };
    const good = { subjectId: 'me', createdAt: new Date(0), matches: [{ job, match }] };
    expect(checkNotificationArgument('f', 'notification', good)).toBe(good);
    expect(() => checkNotificationArgument('f', 'notification', { ...good, matches: [{ job: {}, match }] })).toThrow(
      'Invalid f: notification.matches.0.job: must be a Job',
    );
    expect(() => checkNotificationArgument('f', 'notification', { ...good, createdAt: new Date(Number.NaN) })).toThrow(
      'notification.createdAt: must be a valid Date',
    );
    // A look-alike of a Date (its prototype, no time inside) is named too, not a TypeError from reading its time.
    expect(() =>
      checkNotificationArgument('f', 'notification', { ...good, createdAt: Object.create(Date.prototype) }),
    ).toThrow('notification.createdAt: must be a valid Date');
  });

  it('say why a setting is no Ranker, for the settings that take one (the pipeline, fusion, pseudo-relevance)', () => {
    expect(rankerProblem({ name: 'bm25', rank: async () => [] })).toBeUndefined();
    expect(rankerProblem(null)).toBe('must be a Ranker (an object with a name and rank()), got null');
    expect(rankerProblem({ rank: async () => [] })).toBe(
      'must be a Ranker (an object with a name and rank()), got an object',
    );
    expect(rankerProblem(() => undefined, 'createDefaultRanker')).toBe(
      'must be a Ranker, got a function (call the factory: createDefaultRanker())',
    );
  });

  it('describe what a value is', () => {
    expect([null, undefined, 42, 'x', [], {}, Symbol('s'), () => 1].map(describeValue)).toEqual([
      'null',
      'undefined',
      'a number (42)',
      'a string',
      'an array',
      'an object',
      'a symbol',
      'a function',
    ]);
  });
});

describe('checkVectorEntries', () => {
  it('gives back a list of entries whose vectors are Float32Arrays of finite numbers', () => {
    const entries = [{ id: 'a', vector: new Float32Array([1, 0]) }];
    expect(checkVectorEntries('Store.upsertJobVectors', entries, true)).toBe(entries);
    expect(checkVectorEntries('Store.putEmbeddings', [{ key: 'k', vector: new Float32Array(0) }], false)).toHaveLength(
      1,
    );
  });

  it('refuses anything else with a ValidationError naming the list or the entry', () => {
    const cases: Array<[unknown, string, string]> = [
      [null, 'entries', 'got null'],
      [[42], 'entries.0', 'got a number (42)'],
      [[{ id: 'a', vector: [1, 0] }], 'entries.0.vector', 'got an array'],
      [[{ id: 'a' }], 'entries.0.vector', 'got undefined'],
      [
        [
          { id: 'a', vector: new Float32Array([1]) },
          { id: 'b', vector: new Float32Array([Number.NaN]) },
        ],
        'entries.1.vector',
        'got one holding a number that is not finite',
      ],
      [[{ id: 'a', vector: new Float32Array(0) }], 'entries.0.vector', 'got an empty one'],
    ];
    for (const [entries, field, got] of cases) {
      let error: unknown;
      try {
        checkVectorEntries('Store.upsertJobVectors', entries, true);
      } catch (caught) {
        error = caught;
      }
      expect(error, field).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).field).toBe(field);
      const { message } = error as ValidationError;
      expect(message.startsWith(`Invalid Store.upsertJobVectors: ${field}: must be `), message).toBe(true);
      expect(message.endsWith(got), message).toBe(true);
    }
  });
});

describe('readRecordArgument (round 19)', () => {
  it('copies the own keys and the known ones, each read once', () => {
    let reads = 0;
    class Options {
      get limit() {
        reads += 1;
        return 5;
      }
    }
    const copy = readRecordArgument('Store', 'page', new Options(), 'PageOptions', { limit: true, offset: true });
    expect(copy).toEqual({ limit: 5 });
    expect(reads).toBe(1);
    const own = readRecordArgument('Store', 'page', JSON.parse('{"__proto__": 1, "offset": 2}'), 'PageOptions');
    expect(Object.keys(own)).toEqual(['__proto__', 'offset']);
    expect(Object.getPrototypeOf(own)).toBe(Object.prototype);
  });

  it('names a key whose getter throws, and the argument when its keys cannot be listed', () => {
    const throwing = Object.defineProperty({}, 'limit', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(() => readRecordArgument('Store', 'page', throwing, 'PageOptions')).toThrow(
      'Invalid Store: page.limit: could not be read: boom',
    );
    const trap = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no keys');
        },
      },
    );
    expect(() => readRecordArgument('Store', 'page', trap, 'PageOptions')).toThrow(
      'Invalid Store: page: could not be read: no keys',
    );
    expect(() => readRecordArgument('Store', 'page', null, 'PageOptions')).toThrow(
      'Invalid Store: page: must be PageOptions, got null',
    );
  });
});

describe('recordArgumentKeys', () => {
  it("lists the own enumerable keys, then the known keys found anywhere (a class's getter, a non-enumerable key)", () => {
    class Options {
      get limit(): number {
        return 5;
      }
    }
    const options = Object.assign(new Options(), { extra: 1 });
    Object.defineProperty(options, 'offset', { value: 2, enumerable: false });
    expect(recordArgumentKeys(options, ['limit', 'offset', 'filter'])).toEqual(['extra', 'limit', 'offset']);
    expect(recordArgumentKeys({ limit: 1 }, ['limit'])).toEqual(['limit']);
    expect(recordArgumentKeys({})).toEqual([]);
  });

  it('reads no key of Object.prototype (prototype pollution)', () => {
    const prototype = Object.prototype as Record<string, unknown>;
    prototype.limit = 5;
    try {
      expect(recordArgumentKeys({ offset: 1 }, ['limit', 'offset'])).toEqual(['offset']);
      expect(readRecordArgument('f', 'page', { offset: 1 }, 'page options', { limit: true, offset: true })).toEqual({
        offset: 1,
      });
    } finally {
      delete prototype.limit;
    }
  });
});

describe('isValidDate', () => {
  it('takes a Date of any realm holding a real time, and not what only passes `instanceof Date`', async () => {
    const { runInNewContext } = await import('node:vm');
    expect(isValidDate(new Date(0))).toBe(true);
    expect(isValidDate(runInNewContext('new Date(0)'))).toBe(true);
    const { proxy, revoke } = Proxy.revocable(new Date(0), {});
    revoke();
    for (const value of [
      new Date(Number.NaN),
      new Proxy(new Date(0), {}),
      Object.create(Date.prototype),
      proxy,
      0,
      '2026-01-01',
      null,
      undefined,
      {},
    ])
      expect(isValidDate(value), String(typeof value)).toBe(false);
  });
});

describe('isRevokedProxy', () => {
  it('tells a revoked Proxy (whose Array.isArray throws) from everything else, and the checks name it', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    expect(isRevokedProxy(proxy)).toBe(false);
    revoke();
    expect(isRevokedProxy(proxy)).toBe(true);
    for (const value of [null, undefined, 1, 'a', {}, [], () => 1, new Proxy([], {})])
      expect(isRevokedProxy(value)).toBe(false);
    expect(describeValue(proxy)).toBe('a revoked Proxy');
    expect(() => checkRecordArgument('f', 'options', proxy, 'an object')).toThrow(
      'Invalid f: options: must be an object, got a revoked Proxy',
    );
    expect(() => checkListArgument('f', 'items', proxy, 'a list')).toThrow(
      'Invalid f: items: must be a list, got a revoked Proxy',
    );
    // Round 22: as bytes (decodeResumeText, sniffResumeType, parseResumeText's PDF and DOCX readers) too.
    expect(() => checkBytesArgument('f', 'bytes', proxy)).toThrow(
      "Invalid f: bytes: must be a Uint8Array or Buffer of the file's bytes, got a revoked Proxy",
    );
  });
});
