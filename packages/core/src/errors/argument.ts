import { ValidationError } from './validation-error.js';

/** `null`, `an array`, `a number (42)`, `a symbol`: what a value of the wrong kind is, for an error message. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (isRevokedProxy(value)) return 'a revoked Proxy';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return `a ${typeof value} (${String(value)})`;
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/**
 * Whether `value` is a revoked Proxy, which every look throws at (Array.isArray too: "Cannot perform 'IsArray' on a
 * proxy that has been revoked", where a check asks whether an argument is a list).
 */
export function isRevokedProxy(value: unknown): boolean {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return false;
  try {
    Array.isArray(value);
    return false;
  } catch {
    return true;
  }
}

/**
 * The ValidationError for a bad positional argument of a public function, naming the function and the argument:
 * `invalidArgument('parseResumeText', 'text', 'must be a string, got null')` is
 * `Invalid parseResumeText: text: must be a string, got null`.
 */
export function invalidArgument(fn: string, argument: string, message: string): ValidationError {
  return new ValidationError(fn, [{ path: argument, message, code: 'invalid_argument' }]);
}

/**
 * Whether `value` is a Date (of any realm) holding a real time: told by its internal slot (Date.prototype.getTime called
 * on it), so a Proxy of a Date or an object made from Date.prototype, which pass `instanceof Date` and then throw V8's
 * TypeError ("this is not a Date object") at the first read of the time, is none, and neither is an Invalid Date.
 */
export function isValidDate(value: unknown): value is Date {
  if (typeof value !== 'object' || value === null) return false;
  try {
    return Number.isFinite(Date.prototype.getTime.call(value));
  } catch {
    return false;
  }
}

/** `value` when it is a string, else the {@link invalidArgument} ValidationError (`must be a string, got null`). */
export function checkTextArgument(fn: string, argument: string, value: unknown): string {
  if (typeof value !== 'string') throw invalidArgument(fn, argument, `must be a string, got ${describeValue(value)}`);
  return value;
}

/** `value` when it is an array, else the {@link invalidArgument} ValidationError (`must be a list of jobs, got null`). */
export function checkListArgument<Item>(
  fn: string,
  argument: string,
  value: unknown,
  what = 'a list',
): readonly Item[] {
  if (isRevokedProxy(value) || !Array.isArray(value))
    throw invalidArgument(fn, argument, `must be ${what}, got ${describeValue(value)}`);
  return value as readonly Item[];
}

/** `value` when it is a plain object (not null, not an array), else the {@link invalidArgument} ValidationError. */
export function checkRecordArgument(
  fn: string,
  argument: string,
  value: unknown,
  what: string,
): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || isRevokedProxy(value) || Array.isArray(value))
    throw invalidArgument(fn, argument, `must be ${what}, got ${describeValue(value)}`);
  return value as Record<string, unknown>;
}

/**
 * A plain copy of an options object's own enumerable keys (and of the `known` keys, which a class may define as
 * getters), each read once, so that what was checked is what is used: a getter or Proxy trap that throws is the
 * {@link invalidArgument} ValidationError naming the key (`could not be read: …`), never the caller's bare Error
 * from inside a check, and a getter answering one value to the check and another to the work reads once. A
 * `__proto__` key stays an own key of the copy (an unknown key for the check that follows). `argument` '' names the
 * keys alone (an entity's fields: `ids`, not `filter.ids`).
 */
export function readRecordArgument(
  fn: string,
  argument: string,
  value: unknown,
  what: string,
  known: Readonly<Record<string, unknown>> = {},
): Record<string, unknown> {
  const record = checkRecordArgument(fn, argument, value, what);
  const unreadable = (key: string, error: unknown) =>
    invalidArgument(
      fn,
      [argument, key].filter(Boolean).join('.'),
      `could not be read: ${String((error as Error | undefined)?.message ?? error).slice(0, 200)}`,
    );
  let keys: string[];
  try {
    keys = recordArgumentKeys(record, Object.keys(known));
  } catch (error) {
    throw unreadable('', error);
  }
  const copy: Record<string, unknown> = {};
  for (const key of keys) {
    let item: unknown;
    try {
      item = record[key];
    } catch (error) {
      throw unreadable(key, error);
    }
    Object.defineProperty(copy, key, { value: item, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

/**
 * The keys {@link readRecordArgument} reads of `record`: its own enumerable keys, then those of `known` it has anywhere
 * else (a class's getters, a non-enumerable own key), not on Object.prototype. Throws what a Proxy's trap throws.
 */
export function recordArgumentKeys(record: object, known: readonly string[] = []): string[] {
  const keys = Object.keys(record);
  // A plain object whose keys are all enumerable has no other: Object.prototype's are not an argument's (a key set
  // there by prototype pollution is not read), and looking each known key up costs more than the rest of a reuse.
  const prototype = Object.getPrototypeOf(record);
  if (
    (prototype === Object.prototype || prototype === null) &&
    Object.getOwnPropertyNames(record).length === keys.length
  )
    return keys;
  for (const key of known) if (key in record && keys.indexOf(key) === -1) keys.push(key);
  return keys;
}

/**
 * `value` when it looks like a Job (an object with a string `id` and `title`, and the fields readers take as they are
 * of their type when present: `source`, `url`, `company`, `description` and `location`'s parts strings, `skills` a
 * list of strings; the rest is the caller's to trust or check with parseJob), else the {@link invalidArgument} ValidationError: `must be a Job (use parseJob), got null`.
 */
export function checkJobArgument<Job>(fn: string, argument: string, value: unknown): Job {
  const record = checkRecordArgument(fn, argument, value, 'a Job (use parseJob)');
  if (typeof record.id !== 'string' || typeof record.title !== 'string')
    throw invalidArgument(fn, argument, 'must be a Job (use parseJob): it has no string id and title');
  // The fields the readers take as they are: one of another type (a job read from JSON without parseJob) was a
  // TypeError ("job.skills is not iterable") or a stack overflow (a deeply nested array joined) from inside them.
  checkJobFieldTypes(fn, argument, record, ['source', 'url', 'company', 'description'], ' (use parseJob)');
  const location = record.location;
  if (location !== undefined && location !== null) {
    const place = checkRecordArgument(fn, `${argument}.location`, location, '{ city?, region?, country?, workplace? }');
    for (const field of ['city', 'region', 'country', 'workplace'] as const)
      if (place[field] !== undefined && place[field] !== null && typeof place[field] !== 'string')
        throw invalidArgument(
          fn,
          `${argument}.location.${field}`,
          `must be a string (use parseJob), got ${describeValue(place[field])}`,
        );
  }
  return value as Job;
}

/**
 * Checks that a job-like record's `textFields` and `skills` have a Job's types when present (null and absent pass): each
 * text field a string, `skills` a list of strings; else the {@link invalidArgument} ValidationError naming the field,
 * its reason followed by `hint`. Internal to core's argument checks (checkJobArgument, the requirement readers).
 */
export function checkJobFieldTypes(
  fn: string,
  argument: string,
  record: Record<string, unknown>,
  textFields: readonly string[],
  hint = '',
): void {
  for (const field of textFields) {
    const text = record[field];
    if (text !== undefined && text !== null && typeof text !== 'string')
      throw invalidArgument(fn, `${argument}.${field}`, `must be a string${hint}, got ${describeValue(text)}`);
  }
  const skills = record.skills;
  if (skills === undefined || skills === null) return;
  if (!Array.isArray(skills))
    throw invalidArgument(fn, `${argument}.skills`, `must be a list of strings${hint}, got ${describeValue(skills)}`);
  const index = skills.findIndex((skill) => typeof skill !== 'string');
  if (index !== -1)
    throw invalidArgument(
      fn,
      `${argument}.skills.${index}`,
      `must be a string${hint}, got ${describeValue(skills[index])}`,
    );
}

/**
 * `value` when it is a Uint8Array (a Buffer is one) whose bytes can be read, else the {@link invalidArgument}
 * ValidationError: a Proxy of one or an object that only inherits from Uint8Array.prototype is none (the decoders read
 * the internal slots), nor are bytes whose ArrayBuffer was detached (transferred to a worker: none are left, and
 * Node's readers throw on them), nor, with `shared: false`, bytes over a SharedArrayBuffer (another thread may write
 * them while they are read). `what` names the bytes ("the file's bytes").
 */
export function checkBytesArgument(
  fn: string,
  argument: string,
  value: unknown,
  options: { what?: string | undefined; shared?: boolean | undefined } = {},
): Uint8Array {
  const expected = `must be a Uint8Array or Buffer of ${options.what ?? "the file's bytes"}`;
  if (!isUint8Array(value)) throw invalidArgument(fn, argument, `${expected}, got ${describeValue(value)}`);
  const buffer = typedArrayBuffer.call(value) as ArrayBufferLike;
  if (isSharedArrayBuffer(buffer)) {
    if (options.shared === false)
      throw invalidArgument(fn, argument, `${expected} over an ArrayBuffer, got one over a SharedArrayBuffer`);
  } else if (isDetached(buffer)) {
    throw invalidArgument(fn, argument, `${expected}, got one whose ArrayBuffer is detached (transferred)`);
  }
  return value as Uint8Array;
}

// Getters of the built-ins' prototypes, called on a value to read its internal slots (a brand check: they throw for a
// value without them, a Proxy included, and run none of the caller's code).
const prototypeGetter = (prototype: object, key: string | symbol): ((this: unknown) => unknown) => {
  const getter = Object.getOwnPropertyDescriptor(prototype, key)?.get;
  if (getter === undefined) throw new Error(`no getter ${String(key)}`);
  return getter;
};
const TYPED_ARRAY_PROTOTYPE = Object.getPrototypeOf(Uint8Array.prototype) as object;
// A typed array's own kind ("Uint8Array"), from any realm; undefined for any other value.
const typedArrayKind = prototypeGetter(TYPED_ARRAY_PROTOTYPE, Symbol.toStringTag);
const typedArrayBuffer = prototypeGetter(TYPED_ARRAY_PROTOTYPE, 'buffer');
const sharedArrayBufferLength =
  typeof SharedArrayBuffer === 'function' ? prototypeGetter(SharedArrayBuffer.prototype, 'byteLength') : undefined;

function isSharedArrayBuffer(buffer: ArrayBufferLike): boolean {
  if (sharedArrayBufferLength === undefined) return false;
  try {
    sharedArrayBufferLength.call(buffer);
    return true;
  } catch {
    return false;
  }
}

// An ArrayBuffer that was transferred (structuredClone's or postMessage's transfer list): a view on it can be made no
// more. (`ArrayBuffer.prototype.detached` is newer than Node 20.)
function isDetached(buffer: ArrayBufferLike): boolean {
  try {
    new Uint8Array(buffer, 0, 0);
    return false;
  } catch {
    return true;
  }
}

/**
 * `value` when it is a {@link RecognizerImage} whose data holds exactly `width × height × channels` bytes (whole
 * positive sizes, 1, 3 or 4 channels), else the {@link invalidArgument} ValidationError naming the part, e.g.
 * `image.channels: must be 1, 3 or 4, got a number (2)`: an OCR engine given such an image read garbage or crashed.
 */
export function checkRecognizerImage<Image>(fn: string, argument: string, value: unknown): Image {
  const image = checkRecordArgument(fn, argument, value, 'an image ({ width, height, channels, data })');
  for (const side of ['width', 'height'] as const) {
    const size = image[side];
    if (!(Number.isSafeInteger(size) && (size as number) > 0))
      throw invalidArgument(
        fn,
        `${argument}.${side}`,
        `must be a whole number of pixels ≥ 1, got ${describeValue(size)}`,
      );
  }
  if (image.channels !== 1 && image.channels !== 3 && image.channels !== 4)
    throw invalidArgument(fn, `${argument}.channels`, `must be 1, 3 or 4, got ${describeValue(image.channels)}`);
  const data = image.data;
  if (!isUint8Array(data))
    throw invalidArgument(
      fn,
      `${argument}.data`,
      `must be a Uint8Array of the pixels' samples, got ${describeValue(data)}`,
    );
  const expected = (image.width as number) * (image.height as number) * image.channels;
  if (data.length !== expected)
    throw invalidArgument(
      fn,
      `${argument}.data`,
      `holds ${data.length} bytes, not ${String(image.width)}×${String(image.height)}×${image.channels} = ${expected}`,
    );
  return value as Image;
}

/**
 * True for a Uint8Array (a Buffer is one), also one from another realm (a vm context, a worker): told by its internal
 * slots (the typed arrays' own Symbol.toStringTag getter), so a Proxy of one, an object made from Uint8Array.prototype
 * (both pass `instanceof`; Node's decoders throw on them) or one with a Symbol.toStringTag of its own is none, and a
 * revoked Proxy is none without V8's TypeError.
 */
function isUint8Array(value: unknown): value is Uint8Array {
  return typedArrayKind.call(value) === 'Uint8Array';
}

/**
 * Why `value` is not a Ranker (an object with a string `name` and a `rank` function), or undefined when it is one:
 * `must be a Ranker (an object with a name and rank()), got null`; an uncalled factory is named as one (`got a
 * function (call the factory: createBm25Ranker())`, or the `factory` given). For a setting that takes a ranker, whose
 * error is the setting's own (`invalidSetting`); {@link checkRankerArgument} for an argument.
 */
export function rankerProblem(value: unknown, factory = 'createBm25Ranker'): string | undefined {
  const ranker = value as { name?: unknown; rank?: unknown } | null | undefined;
  if (typeof value === 'function') return `must be a Ranker, got a function (call the factory: ${factory}())`;
  if (typeof value !== 'object' || typeof ranker?.rank !== 'function' || typeof ranker.name !== 'string')
    return `must be a Ranker (an object with a name and rank()), got ${describeValue(value)}`;
  return undefined;
}

/**
 * Why `value` is not a SkillTaxonomy (an object with `lookup`, `extractNames` and `canonicalize` functions, as
 * createSkillTaxonomy makes), or undefined when it is one: `must be a SkillTaxonomy (createSkillTaxonomy()), got a
 * string`. For a setting that takes a taxonomy, whose error is the setting's own (`invalidSetting`).
 */
export function skillTaxonomyProblem(value: unknown): string | undefined {
  const taxonomy = value as { lookup?: unknown; extractNames?: unknown; canonicalize?: unknown } | null | undefined;
  if (
    typeof value !== 'object' ||
    typeof taxonomy?.lookup !== 'function' ||
    typeof taxonomy.extractNames !== 'function' ||
    typeof taxonomy.canonicalize !== 'function'
  )
    return `must be a SkillTaxonomy (createSkillTaxonomy()), got ${describeValue(value)}`;
  return undefined;
}

/**
 * `value` when it is a Ranker (an object with a string `name` and a `rank` function), else the
 * {@link invalidArgument} ValidationError ({@link rankerProblem}); an uncalled factory (`createBm25Ranker`) is named as one.
 */
export function checkRankerArgument<Ranker>(fn: string, argument: string, value: unknown): Ranker {
  const problem = rankerProblem(value);
  if (problem !== undefined) throw invalidArgument(fn, argument, problem);
  return value as Ranker;
}

/**
 * `value` when it is a Notification (a string `subjectId`, a valid `createdAt` Date, and `matches` a list of
 * `{ job, match }` with a Job and a Match), else the {@link invalidArgument} ValidationError naming the field
 * (`notification.matches.3.job`). Notifiers call it first, so a hand-built notification never fails halfway.
 */
export function checkNotificationArgument<Notification>(fn: string, argument: string, value: unknown): Notification {
  const { subjectId, matches, createdAt } = checkRecordArgument(fn, argument, value, 'a Notification');
  if (typeof subjectId !== 'string')
    throw invalidArgument(fn, `${argument}.subjectId`, `must be a string, got ${describeValue(subjectId)}`);
  if (!isValidDate(createdAt))
    throw invalidArgument(fn, `${argument}.createdAt`, `must be a valid Date, got ${describeValue(createdAt)}`);
  checkListArgument(fn, `${argument}.matches`, matches, 'a list of { job, match }').forEach((item, index) => {
    const where = `${argument}.matches.${index}`;
    const { job, match } = checkRecordArgument(fn, where, item, '{ job, match }');
    checkJobArgument(fn, `${where}.job`, job);
    const { score, matchedSkills, missingSkills } = checkRecordArgument(fn, `${where}.match`, match, 'a Match');
    if (typeof score !== 'number' || !Array.isArray(matchedSkills) || !Array.isArray(missingSkills))
      throw invalidArgument(
        fn,
        `${where}.match`,
        'must be a Match: a number score and lists of matched and missing skills',
      );
  });
  return value as Notification;
}

/**
 * `entries` when it is a list of objects whose `vector` is a Float32Array of finite numbers (and not empty where
 * `nonEmpty`), else the {@link invalidArgument} ValidationError naming the list or `entries.<i>.vector`: what every
 * Store's `upsertJobVectors` and `putEmbeddings` take. A plain array of numbers, NaN or a missing vector was a TypeError.
 */
export function checkVectorEntries<Entry extends { vector: Float32Array }>(
  fn: string,
  entries: unknown,
  nonEmpty: boolean,
): readonly Entry[] {
  const what = `a ${nonEmpty ? 'non-empty ' : ''}Float32Array of finite numbers`;
  checkListArgument(fn, 'entries', entries, `a list of entries with ${what} as vector`).forEach((entry, index) => {
    const { vector } = checkRecordArgument(fn, `entries.${index}`, entry, `an entry with ${what} as vector`);
    const problem = !(vector instanceof Float32Array)
      ? describeValue(vector)
      : nonEmpty && vector.length === 0
        ? 'an empty one'
        : vector.every(Number.isFinite)
          ? undefined
          : 'one holding a number that is not finite';
    if (problem !== undefined) throw invalidArgument(fn, `entries.${index}.vector`, `must be ${what}, got ${problem}`);
  });
  return entries as readonly Entry[];
}
