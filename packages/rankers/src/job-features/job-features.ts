// The default ranker's per-job readings (BM25 and pseudo-relevance term counts, the occupation ranker's occupations,
// skills and title words, and multi-factor's skills, years asked and title words) saved to a file keyed by a hash of
// each job's text, so a fresh process reads the candidates' readings back instead of computing them (about 0.5 ms of
// CPU per job for the first three, 1-1.5 ms for multi-factor's). The file is untrusted: every part is checksummed and
// bounds-checked, and a job whose entry is missing, damaged or written for other text is read afresh.
import { createHash, hash } from 'node:crypto';
import { closeSync, fstatSync, fsyncSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import {
  DEFAULT_MINIMUM_LISTED_SKILLS,
  getDefaultSkillTaxonomy,
  loadOccupationKnowledge,
  MAX_DESCRIPTION_CHARACTERS,
  MAX_SHORT_TEXT_LENGTH,
  MAX_SKILLS,
  parseJob,
  StoreFileError,
  type Job,
  type OccupationKnowledge,
  type OccupationMatch,
} from '@rolefit/core';
import {
  checkListArgument,
  checkSignalOption,
  checkTextArgument,
  MAX_VARINT_BYTES,
  VARINT_CUT,
  VARINT_TOO_LONG,
  VarintReader,
  writeVarint,
} from '@rolefit/core/internal';
import { tokenize } from '@rolefit/core/text';
import type { ExperienceRange } from '../multi-factor/experience-factor.js';
import {
  multiFactorReadingCache,
  readMultiFactorJob,
  type MultiFactorJobReading,
} from '../multi-factor/job-readings.js';
import type { JobSkill } from '../multi-factor/job-skills.js';
import { DEFAULT_OCCUPATIONS_KEPT } from '../occupation/settings.js';
import { occupationViewCache, type OccupationJobView } from '../occupation/occupation-ranker.js';
import { titleWords } from '../occupation/texts.js';
import { countedByJob } from '../pseudo-relevance/job-vectors.js';
import { createSkillResolver, type ResolvedSkill } from '../shared/skills.js';
import {
  bm25CountCache,
  bm25FieldWeightsKey,
  DEFAULT_BM25_FIELD_WEIGHTS,
  type CountedJob,
} from '../shared/bm25-scoring.js';
import {
  jobFields,
  startScoring,
  termDictionaryGeneration,
  termIdOf,
  termCount,
  termName,
  type CountedTerms,
} from '../shared/job-terms.js';

/**
 * Version of what is read from a job: raise it whenever the tokenizer, skill finding, occupation finding or core's
 * reading of a job's requirements (skills asked, years) changes.
 */
export const JOB_FEATURES_VERSION = 7; // 2: the skill taxonomy knows eight more languages (Kannada, Odia…); 3: occupation finding reads fields as workers, skips "SQL Server"-like skill names and acronym plurals; 4: a shared label goes first to an occupation whose title has its word; 5: acronym labels only in capitals, degree lines not read as field workers; 6: a one-word label is skipped after any word it makes a two-word skill name with; 7: each entry holds multi-factor's readings too (its skills, the years asked, title words), and the key covers the stated years and level

const MAGIC = Buffer.from('RFJOBFT1', 'latin1');
const FORMAT = 'rolefit-job-features';
const TRAILER_BYTES = 24;
const KEY_BYTES = 16;
const TABLE_BYTES = 12;
/** Largest index section read (keys, offsets and terms of about 10M jobs). */
const MAX_INDEX_BYTES = 1 << 30;
/** Largest single entry read. */
const MAX_ENTRY_BYTES = 16 << 20;
// Text whose readings change when the tokenizer, the stemmer or the skill finder changes: part of the file's signature.
const PROBE =
  'Senior Node.js/TypeScript engineers building cloud-native APIs with Python, SQL and Kubernetes; São Paulo, Zürich & remote — 5+ years of project management';
// A job whose multi-factor reading changes when core's reading of requirements (skills asked, nice-to-have parts,
// alternatives, years) changes: part of the signature too.
const PROBE_JOB = {
  id: 'probe',
  source: 'probe',
  title: 'Senior Data Engineer (Spark)',
  company: 'Probe Analytics',
  skills: ['Python'],
  description: `${PROBE}.\nRequirements:\n- 3-5 years building data pipelines with Spark and Airflow\n- R, SAS or Julia\n- a degree in computer science\nNice to have: Kafka, Terraform and strong communication skills.`,
};
/** Multi-factor's flags of a skill in the file: whether the taxonomy knows it, whether it is required, whether alternatives follow. */
const SKILL_KNOWN = 1;
const SKILL_REQUIRED = 2;
const SKILL_ALTERNATIVES = 4;
/**
 * Most skills (alternatives included) and title words a section may hold: more than any job's reading has (at most
 * MAX_SKILLS listed, the rest found in a title of MAX_SHORT_TEXT_LENGTH and the MAX_DESCRIPTION_CHARACTERS of a
 * description read), so a crafted section cannot make a few megabytes of file into a gigabyte of skill objects.
 */
const MAX_SECTION_SKILLS = MAX_SKILLS + MAX_SHORT_TEXT_LENGTH + MAX_DESCRIPTION_CHARACTERS;
const MAX_SECTION_TITLE_WORDS = MAX_SHORT_TEXT_LENGTH;
/** The sources of a years range, numbered in the file from 1 (0: no range). */
const RANGE_SOURCES: readonly ExperienceRange['source'][] = ['stated', 'description', 'level', 'title'];

/** What {@link writeJobFeatures} did. */
export interface JobFeaturesWriteSummary {
  /** Entries in the file (jobs with the same text share one). */
  entries: number;
  /** Entries taken from the file written before (their jobs' text unchanged). */
  reused: number;
  /** Entries read from their jobs now. */
  computed: number;
}

/** Options for {@link writeJobFeatures}. */
export interface WriteJobFeaturesOptions {
  /** Occupation knowledge the readings are made with (default: the built-in ESCO / O*NET one, as the default ranker). */
  knowledge?: OccupationKnowledge | undefined;
  signal?: AbortSignal | undefined;
}

/** A job's readings with terms as text (the file's form). */
interface FeatureRecord {
  bm25: { terms: string[]; counts: Float64Array };
  words: { terms: string[]; counts: Float64Array };
  found: { occupation: number; score: number; label: string }[];
  skills: string[];
  titleWords: string[];
  multiFactor: MultiFactorJobReading;
}

/** A file of per-job readings written by {@link writeJobFeatures}, opened with {@link openJobFeatures}; read lazily per job. */
export interface JobFeatureFile {
  /** The file. */
  readonly path: string;
  /** Number of entries (distinct job texts). */
  readonly entries: number;
  /** Jobs whose readings were read back from the file, not found in it, or found damaged (read afresh). */
  readonly counts: { readonly read: number; readonly missing: number; readonly damaged: number };
  /** Closes the file; later rankings read every job afresh. */
  close(): void;
}

/** Thrown inside the reader for a malformed part; turned into a StoreFileError or a job read afresh. */
class Malformed extends Error {}

/** The fields every reading depends on (text fields, and the stated years and level multi-factor reads), hashed: a changed job gets another key. */
export function jobFeatureKey(job: Job): Buffer {
  const years = job.experienceYears;
  const fields = [...jobFields(job), years?.min, years?.max, job.experienceLevel];
  return hash('sha256', JSON.stringify(fields), 'buffer').subarray(0, KEY_BYTES);
}

/** Multi-factor's reading of the probe job with the default taxonomy, in a form to compare. */
function multiFactorProbe(): unknown {
  const reading = readMultiFactorJob(parseJob(PROBE_JOB), createSkillResolver(), DEFAULT_MINIMUM_LISTED_SKILLS);
  return { ...reading, titleWords: [...reading.titleWords] };
}

// What the readings depend on besides the job: tokenizer, stemmer, skill taxonomy, field weights, occupation limit.
function signature(): string {
  const terms = tokenize(PROBE, { removeStopwords: true, stem: true });
  return JSON.stringify({
    features: JOB_FEATURES_VERSION,
    bm25: bm25FieldWeightsKey(DEFAULT_BM25_FIELD_WEIGHTS),
    occupationsKept: DEFAULT_OCCUPATIONS_KEPT,
    terms,
    titleWords: titleWords(PROBE),
    skills: getDefaultSkillTaxonomy().extractNames(PROBE),
    multiFactor: multiFactorProbe(),
  });
}

const fingerprints = new WeakMap<OccupationKnowledge, string>();
/** A hash of the occupation knowledge: readings made with other knowledge are not used. */
function knowledgeFingerprint(knowledge: OccupationKnowledge): string {
  let fingerprint = fingerprints.get(knowledge);
  if (fingerprint === undefined) {
    const digest = createHash('sha256');
    digest.update(`${knowledge.occupations.length} ${knowledge.skillCount}\n`);
    for (const occupation of knowledge.occupations)
      digest.update(
        `${occupation.id}\t${occupation.label}\t${occupation.iscoGroup ?? ''}\t${occupation.socCode ?? ''}\t${occupation.source}\n`,
      );
    digest.update(JSON.stringify(knowledge.findSkills(PROBE)));
    fingerprints.set(knowledge, (fingerprint = digest.digest('hex')));
  }
  return fingerprint;
}

// --- encoding --------------------------------------------------------------------------------------------------

class ByteWriter {
  private buffer = Buffer.alloc(4096);
  length = 0;
  private room(bytes: number): void {
    if (this.length + bytes <= this.buffer.length) return;
    const grown = Buffer.alloc(Math.max(this.buffer.length * 2, this.length + bytes));
    this.buffer.copy(grown, 0, 0, this.length);
    this.buffer = grown;
  }
  varint(value: number): void {
    this.room(MAX_VARINT_BYTES);
    this.length = writeVarint(this.buffer, this.length, value);
  }
  float(value: number): void {
    this.room(8);
    this.buffer.writeDoubleLE(value, this.length);
    this.length += 8;
  }
  u32(value: number): void {
    this.room(4);
    this.buffer.writeUInt32LE(value >>> 0, this.length);
    this.length += 4;
  }
  bytes(value: Uint8Array): void {
    this.room(value.length);
    this.buffer.set(value, this.length);
    this.length += value.length;
  }
  take(): Buffer {
    return this.buffer.subarray(0, this.length);
  }
  /** A copy of what was written, the size it is (the writer's own buffer is written over by the next record). */
  takeCopy(): Buffer {
    const copy = Buffer.allocUnsafe(this.length);
    this.buffer.copy(copy, 0, 0, this.length);
    return copy;
  }
}

class ByteReader extends VarintReader {
  constructor(readonly buffer: Buffer) {
    super(buffer);
  }
  varint(): number {
    const value = this.next();
    if (value === VARINT_CUT) throw new Malformed('ends inside a number');
    if (value === VARINT_TOO_LONG) throw new Malformed('a number is too long');
    if (value > 0xffffffff) throw new Malformed('a number is too large');
    return value;
  }
  /** A count of items each at least `bytesEach` long: never more than the bytes left allow. */
  count(bytesEach: number): number {
    const value = this.varint();
    if (value * bytesEach > this.buffer.length - this.position) throw new Malformed('a count runs past its entry');
    return value;
  }
  float(): number {
    if (this.position + 8 > this.buffer.length) throw new Malformed('ends inside a number');
    const value = this.buffer.readDoubleLE(this.position);
    this.position += 8;
    if (!Number.isFinite(value)) throw new Malformed('holds a number that is not finite');
    return value;
  }
  byte(): number {
    if (this.position >= this.buffer.length) throw new Malformed('ends early');
    return this.buffer[this.position++]!;
  }
}

/** Strings of one file, numbered in first-seen order. */
class StringTable {
  readonly ids = new Map<string, number>();
  readonly list: string[] = [];
  // The string number of each term id met (-1: not yet), for the dictionary's generation: a job's terms are numbered
  // without turning each id into its text and looking that up.
  private byTerm = new Int32Array(0);
  private termGeneration = -1;
  /** The number of the term `termId` of the shared dictionary (as `id(termName(termId))`). */
  term(termId: number): number {
    if (this.termGeneration !== termDictionaryGeneration()) {
      this.byTerm = new Int32Array(0);
      this.termGeneration = termDictionaryGeneration();
    }
    if (termId >= this.byTerm.length) {
      const grown = new Int32Array(Math.max(1024, Math.ceil(Math.max(termCount(), termId + 1) * 1.5))).fill(-1);
      grown.set(this.byTerm);
      this.byTerm = grown;
    }
    let id = this.byTerm[termId]!;
    if (id < 0) this.byTerm[termId] = id = this.id(termName(termId));
    return id;
  }
  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.list.length;
      this.ids.set(value, id);
      this.list.push(value);
    }
    return id;
  }
}

const isWhole = (counts: Float64Array) =>
  counts.every((count) => Number.isInteger(count) && count >= 0 && count < 2 ** 32);

function writeCounts(out: ByteWriter, counts: Float64Array): void {
  if (isWhole(counts)) {
    out.varint(0);
    for (const count of counts) out.varint(count);
  } else {
    out.varint(1);
    for (const count of counts) out.float(count);
  }
}

/** A number: a whole one under 2^32 as a varint, any other as a double. */
function writeNumber(out: ByteWriter, value: number): void {
  if (Number.isInteger(value) && value >= 0 && value < 2 ** 32) {
    out.varint(0);
    out.varint(value);
  } else {
    out.varint(1);
    out.float(value);
  }
}

function writeResolved(out: ByteWriter, skill: ResolvedSkill, flags: number, strings: StringTable): void {
  out.varint(flags | (skill.known ? SKILL_KNOWN : 0));
  out.varint(strings.id(skill.name));
  out.varint(strings.id(skill.key));
}

/** Multi-factor's reading of a job: its skills (flags, name, key, alternatives), the years asked, its title's words. */
function encodeMultiFactor(out: ByteWriter, reading: MultiFactorJobReading, strings: StringTable): void {
  out.varint(reading.skills.length);
  for (const skill of reading.skills) {
    const alternatives = skill.alternatives;
    writeResolved(
      out,
      skill,
      (skill.required ? SKILL_REQUIRED : 0) | (alternatives === undefined ? 0 : SKILL_ALTERNATIVES),
      strings,
    );
    if (alternatives === undefined) continue;
    out.varint(alternatives.length);
    for (const alternative of alternatives) writeResolved(out, alternative, 0, strings);
  }
  const range = reading.range;
  if (range === undefined) out.varint(0);
  else {
    const source = RANGE_SOURCES.indexOf(range.source);
    if (source < 0) throw new RangeError(`a years range from an unknown source: ${String(range.source)}`);
    out.varint(source + 1);
    writeNumber(out, range.min);
    out.varint(range.max === undefined ? 0 : 1);
    if (range.max !== undefined) writeNumber(out, range.max);
  }
  out.varint(reading.titleWords.size);
  for (const word of reading.titleWords) out.varint(strings.id(word));
}

// Multi-factor's part of a record, written here first so the record can give its length.
const sectionWriter = new ByteWriter();

// One writer for every record, each taken as a copy of its size: a writer per record zero-filled 4 KiB for a record of
// tens of bytes, and the records waiting to be written held those 4 KiB each (80 MB per 1 MiB flushed for short jobs).
const recordWriter = new ByteWriter();

/** A job's readings as computed: terms as ids of the shared dictionary (written as the file's strings). */
interface ComputedRecord extends Omit<FeatureRecord, 'bm25' | 'words'> {
  bm25: CountedTerms;
  words: CountedTerms;
}

function encodeRecord(record: ComputedRecord, strings: StringTable): Buffer {
  const out = recordWriter;
  out.length = 0;
  const bm25 = record.bm25.ids;
  const words = record.words.ids;
  out.varint(bm25.length);
  for (const term of bm25) out.varint(strings.term(term));
  writeCounts(out, record.bm25.counts);
  // Pseudo-relevance counts the same fields, so its terms are most often BM25's in the same order.
  const same = words.length === bm25.length && words.every((term, index) => term === bm25[index]);
  out.varint(same ? 0 : 1);
  if (!same) {
    out.varint(words.length);
    for (const term of words) out.varint(strings.term(term));
  }
  writeCounts(out, record.words.counts);
  out.varint(record.found.length);
  for (const found of record.found) {
    out.varint(found.occupation);
    out.float(found.score);
    out.varint(strings.id(found.label));
  }
  out.varint(record.skills.length);
  for (const skill of record.skills) out.varint(strings.id(skill));
  out.varint(record.titleWords.length);
  for (const word of record.titleWords) out.varint(strings.id(word));
  // Multi-factor's section, behind its length: its reader must end where the section does.
  sectionWriter.length = 0;
  encodeMultiFactor(sectionWriter, record.multiFactor, strings);
  out.varint(sectionWriter.length);
  out.bytes(sectionWriter.take());
  return out.takeCopy();
}

// --- the file --------------------------------------------------------------------------------------------------

interface OpenedFile extends JobFeatureFile {
  readonly signature: string;
  readonly knowledge: string;
  /** Index of the entry with this key, or -1. */
  find(key: Buffer): number;
  /** The entry decoded with term ids of this process's dictionary (for installing into the caches). */
  install(entry: number, occupationCount: number): InstalledRecord | undefined;
  /** Every string of the file in order (throws Malformed when one is out of bounds). */
  strings(): string[];
  /** The entry's bytes when they pass their checksum and decode, else undefined (for copying into a new file). */
  raw(entry: number, occupationCount: number): Buffer | undefined;
}

interface InstalledRecord {
  bm25: CountedJob;
  words: CountedTerms;
  found: { occupation: number; score: number; label: string }[];
  skills: string[];
  titleWords: string[];
  multiFactor: MultiFactorJobReading;
}

function fail(path: string, message: string, section?: string): never {
  throw new StoreFileError(path, message, section === undefined ? {} : { section });
}

function readExactly(fd: number, length: number, position: number): Buffer {
  const buffer = Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const read = readSync(fd, buffer, done, length - done, position + done);
    if (read === 0) throw new Malformed('the file ended early');
    done += read;
  }
  return buffer;
}

/**
 * Opens a file written by {@link writeJobFeatures}: reads its index (keys, offsets, terms; checksummed), not its
 * entries, which are read per job when a ranking needs them. Returns undefined when the file does not exist; throws a
 * StoreFileError (code `ROLEFIT_STORE_FILE`) for a file that is damaged, not such a file, or written for other
 * readings (another features version, tokenizer or field weights), which the caller may ignore and rewrite.
 */
export function openJobFeatures(path: string): JobFeatureFile | undefined {
  // A path that is no string was node's TypeError (The "path" argument must be of type string).
  return openFeatureFile(checkTextArgument('openJobFeatures', 'path', path));
}

function openFeatureFile(path: string): OpenedFile | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    return readIndex(path, fd);
  } catch (error) {
    closeSync(fd);
    if (error instanceof Malformed) fail(path, error.message);
    throw error;
  }
}

function readIndex(path: string, fd: number): OpenedFile {
  const size = fstatSync(fd).size;
  if (size < MAGIC.length + TRAILER_BYTES) fail(path, 'is too short to be a job features file');
  if (!readExactly(fd, MAGIC.length, 0).equals(MAGIC)) fail(path, 'is not a job features file');
  const trailer = readExactly(fd, TRAILER_BYTES, size - TRAILER_BYTES);
  if (!trailer.subarray(16).equals(MAGIC)) fail(path, 'does not end as a job features file (cut short?)', 'trailer');
  const indexOffset = Number(trailer.readBigUInt64LE(0));
  const indexLength = trailer.readUInt32LE(8);
  const indexChecksum = trailer.readUInt32LE(12);
  if (indexOffset < MAGIC.length || indexOffset + indexLength !== size - TRAILER_BYTES || indexLength > MAX_INDEX_BYTES)
    fail(path, 'names an index outside the file', 'trailer');
  const index = readExactly(fd, indexLength, indexOffset);
  if (crc32(index) !== indexChecksum) fail(path, 'fails its checksum', 'index');
  if (indexLength < 4) fail(path, 'is too short', 'index');
  const headerLength = index.readUInt32LE(0);
  if (4 + headerLength > indexLength) fail(path, 'names a header longer than the index', 'index');
  let header: {
    format?: unknown;
    featuresVersion?: unknown;
    signature?: unknown;
    knowledge?: unknown;
    entries?: unknown;
    strings?: unknown;
  };
  try {
    header = JSON.parse(index.toString('utf8', 4, 4 + headerLength));
  } catch {
    fail(path, 'has a header that is not JSON', 'index');
  }
  if (typeof header !== 'object' || header === null || header.format !== FORMAT)
    fail(path, 'is not a job features file');
  if (header.featuresVersion !== JOB_FEATURES_VERSION || header.signature !== signature())
    fail(path, 'was written for other readings (another version, tokenizer or field weights): write it again');
  const { entries, strings, knowledge } = header;
  if (!Number.isSafeInteger(entries) || !Number.isSafeInteger(strings) || typeof knowledge !== 'string')
    fail(path, 'has a malformed header', 'index');
  const entryCount = entries as number;
  const stringCount = strings as number;
  const keysStart = 4 + headerLength;
  const tableStart = keysStart + entryCount * KEY_BYTES;
  const offsetsStart = tableStart + entryCount * TABLE_BYTES;
  const stringsStart = offsetsStart + (stringCount + 1) * 4;
  if (entryCount < 0 || stringCount < 0 || stringsStart > indexLength) fail(path, 'counts more than it holds', 'index');
  const stringBytes = indexLength - stringsStart;
  const entriesLength = indexOffset - MAGIC.length;
  const keys = index.subarray(keysStart, tableStart);
  const table = index.subarray(tableStart, offsetsStart);
  const stringOffset = (id: number) => index.readUInt32LE(offsetsStart + id * 4);

  // Strings are read on first use; term ids are kept per string for the dictionary's current generation.
  const decoded: (string | undefined)[] = new Array(stringCount);
  let termIds = new Int32Array(0);
  let termGeneration = -1;
  const stringOf = (id: number): string => {
    if (id >= stringCount) throw new Malformed('names a term it does not hold');
    let value = decoded[id];
    if (value === undefined) {
      const start = stringOffset(id);
      const end = stringOffset(id + 1);
      if (start > end || end > stringBytes) throw new Malformed('has a term outside its terms');
      decoded[id] = value = index.toString('utf8', stringsStart + start, stringsStart + end);
    }
    return value;
  };
  const termIdOfString = (id: number): number => {
    if (id >= stringCount) throw new Malformed('names a term it does not hold');
    if (termGeneration !== termDictionaryGeneration()) {
      termIds = new Int32Array(stringCount).fill(-1);
      termGeneration = termDictionaryGeneration();
    }
    let termId = termIds[id]!;
    if (termId < 0) termIds[id] = termId = termIdOf(stringOf(id));
    return termId;
  };

  const counts = { read: 0, missing: 0, damaged: 0 };
  let open = true;
  const entryBytes = (entry: number): Buffer => {
    const at = entry * TABLE_BYTES;
    const offset = table.readUInt32LE(at);
    const length = table.readUInt32LE(at + 4);
    if (length > MAX_ENTRY_BYTES || offset + length > entriesLength)
      throw new Malformed('names bytes outside the file');
    const bytes = readExactly(fd, length, MAGIC.length + offset);
    if (crc32(bytes) !== table.readUInt32LE(at + 8)) throw new Malformed('fails its checksum');
    return bytes;
  };
  const readCounts = (reader: ByteReader, length: number): Float64Array => {
    const kind = reader.varint();
    const values = new Float64Array(length);
    if (kind === 0) for (let index = 0; index < length; index += 1) values[index] = reader.varint();
    else if (kind === 1) for (let index = 0; index < length; index += 1) values[index] = reader.float();
    else throw new Malformed('has an unknown kind of counts');
    return values;
  };
  // Decodes one entry; `term` turns a string number into what the caller keeps (a string or a term id).
  function decode(
    bytes: Buffer,
    occupationCount: number,
    term: (id: number) => number,
  ): {
    bm25: Int32Array;
    bm25Counts: Float64Array;
    words: Int32Array;
    wordCounts: Float64Array;
    rest: Omit<FeatureRecord, 'bm25' | 'words'>;
  } {
    const reader = new ByteReader(bytes);
    const terms = () => {
      const length = reader.count(1);
      const ids = new Int32Array(length);
      for (let index = 0; index < length; index += 1) ids[index] = term(reader.varint());
      return ids;
    };
    const bm25 = terms();
    const bm25Counts = readCounts(reader, bm25.length);
    let words = bm25;
    const shape = reader.varint();
    if (shape === 1) words = terms();
    else if (shape !== 0) throw new Malformed('has an unknown shape');
    const wordCounts = readCounts(reader, words.length);
    const foundLength = reader.count(10);
    const found: FeatureRecord['found'] = [];
    for (let index = 0; index < foundLength; index += 1) {
      const occupation = reader.varint();
      if (occupation >= occupationCount) throw new Malformed('names an occupation the knowledge does not have');
      const score = reader.float();
      found.push({ occupation, score, label: stringOf(reader.varint()) });
    }
    const strings = () => {
      const length = reader.count(1);
      const values: string[] = [];
      for (let index = 0; index < length; index += 1) values.push(stringOf(reader.varint()));
      return values;
    };
    const skills = strings();
    const titles = strings();
    const sectionLength = reader.count(1);
    const sectionEnd = reader.position + sectionLength;
    const multiFactor = decodeMultiFactor(reader, sectionEnd);
    if (reader.position !== sectionEnd) throw new Malformed('ends its multi-factor section early');
    if (reader.position !== reader.buffer.length) throw new Malformed('has bytes after its end');
    return { bm25, bm25Counts, words, wordCounts, rest: { found, skills, titleWords: titles, multiFactor } };
  }
  // Multi-factor's section of an entry, read no further than `end` (where its length says it ends).
  function decodeMultiFactor(reader: ByteReader, end: number): MultiFactorJobReading {
    const within = () => {
      if (reader.position > end) throw new Malformed('runs past its multi-factor section');
    };
    const resolved = (flags: number): ResolvedSkill => {
      const name = stringOf(reader.varint());
      const key = stringOf(reader.varint());
      return { name, key, known: (flags & SKILL_KNOWN) !== 0 };
    };
    const skillCount = reader.count(3);
    let skillsHeld = skillCount;
    if (skillsHeld > MAX_SECTION_SKILLS) throw new Malformed('holds more skills than a job can ask for');
    const skills: JobSkill[] = [];
    for (let index = 0; index < skillCount; index += 1) {
      const flags = reader.varint();
      if (flags > (SKILL_KNOWN | SKILL_REQUIRED | SKILL_ALTERNATIVES))
        throw new Malformed('has a skill with unknown flags');
      const skill = resolved(flags);
      const required = (flags & SKILL_REQUIRED) !== 0;
      if ((flags & SKILL_ALTERNATIVES) === 0) {
        skills.push({ ...skill, required });
        continue;
      }
      const alternativeCount = reader.count(3);
      if (alternativeCount === 0) throw new Malformed('has an empty list of alternatives');
      skillsHeld += alternativeCount;
      if (skillsHeld > MAX_SECTION_SKILLS) throw new Malformed('holds more skills than a job can ask for');
      const alternatives: ResolvedSkill[] = [];
      for (let other = 0; other < alternativeCount; other += 1) {
        const otherFlags = reader.varint();
        if (otherFlags > SKILL_KNOWN) throw new Malformed('has an alternative with unknown flags');
        alternatives.push(resolved(otherFlags));
      }
      skills.push({ ...skill, required, alternatives });
      within();
    }
    within();
    const number = (): number => {
      const kind = reader.varint();
      if (kind === 0) return reader.varint();
      if (kind === 1) return reader.float();
      throw new Malformed('has an unknown kind of number');
    };
    const source = reader.varint();
    let range: ExperienceRange | undefined;
    if (source > RANGE_SOURCES.length) throw new Malformed('has a years range from an unknown source');
    if (source > 0) {
      const min = number();
      const bounded = reader.varint();
      if (bounded > 1) throw new Malformed('has an unknown shape of years range');
      range =
        bounded === 1
          ? { min, max: number(), source: RANGE_SOURCES[source - 1]! }
          : { min, source: RANGE_SOURCES[source - 1]! };
    }
    const wordCount = reader.count(1);
    if (wordCount > MAX_SECTION_TITLE_WORDS) throw new Malformed('holds more title words than a title has');
    const titleWords = new Set<string>();
    for (let index = 0; index < wordCount; index += 1) titleWords.add(stringOf(reader.varint()));
    within();
    return { skills, range, titleWords };
  }
  const guarded = <T>(work: () => T): T | undefined => {
    if (!open) return undefined;
    try {
      return work();
    } catch (error) {
      if (error instanceof Malformed) {
        counts.damaged += 1;
        return undefined;
      }
      throw error;
    }
  };

  return {
    path,
    entries: entryCount,
    counts,
    signature: header.signature as string,
    knowledge,
    close() {
      if (!open) return;
      open = false;
      closeSync(fd);
    },
    find(key) {
      let low = 0;
      let high = entryCount - 1;
      while (low <= high) {
        const middle = (low + high) >>> 1;
        const order = keys.compare(key, 0, KEY_BYTES, middle * KEY_BYTES, middle * KEY_BYTES + KEY_BYTES);
        if (order === 0) return middle;
        if (order < 0) low = middle + 1;
        else high = middle - 1;
      }
      return -1;
    },
    strings: () => Array.from({ length: stringCount }, (_, id) => stringOf(id)),
    raw: (entry, occupationCount) =>
      guarded(() => {
        const bytes = entryBytes(entry);
        const inRange = (id: number) => {
          if (id >= stringCount) throw new Malformed('names a term it does not hold');
          return id;
        };
        decode(bytes, occupationCount, inRange);
        return bytes;
      }),
    install: (entry, occupationCount) =>
      guarded(() => {
        const { bm25, bm25Counts, words, wordCounts, rest } = decode(
          entryBytes(entry),
          occupationCount,
          termIdOfString,
        );
        // Summed in the order the counting sums a job's length, so the length is the same to the last bit.
        let length = 0;
        for (const count of bm25Counts) length += count;
        return {
          bm25: { terms: { ids: bm25, counts: bm25Counts }, length },
          words: { ids: words, counts: wordCounts },
          ...rest,
        };
      }),
  };
}

/**
 * Puts the readings of `jobs` that the file holds (for their current text) into the rankers' per-job caches, so
 * ranking them reads nothing; jobs it lacks, or whose entry is damaged, are read as usual when ranked. For the
 * default ranker's settings (default BM25 field weights and occupation limit) and `knowledge`.
 */
export function installJobFeatures(file: JobFeatureFile, jobs: readonly Job[], knowledge: OccupationKnowledge): void {
  const opened = file as OpenedFile;
  startScoring();
  const bm25 = bm25CountCache();
  const occupations =
    opened.knowledge === knowledgeFingerprint(knowledge)
      ? occupationViewCache(knowledge, DEFAULT_OCCUPATIONS_KEPT)
      : undefined;
  // Multi-factor's readings are the default taxonomy's with the default skills-list minimum (the default ranker's).
  const multiFactor = multiFactorReadingCache(getDefaultSkillTaxonomy(), DEFAULT_MINIMUM_LISTED_SKILLS);
  const counts = opened.counts as { read: number; missing: number; damaged: number };
  const all = knowledge.occupations;
  for (const job of jobs) {
    const needBm25 = !bm25.has(job);
    const needWords = !countedByJob.has(job);
    const needView = occupations !== undefined && !occupations.has(job);
    const needMultiFactor = !multiFactor.has(job);
    if (!needBm25 && !needWords && !needView && !needMultiFactor) continue;
    const entry = opened.find(jobFeatureKey(job));
    if (entry < 0) {
      counts.missing += 1;
      continue;
    }
    const record = opened.install(entry, all.length);
    if (record === undefined) continue;
    counts.read += 1;
    if (needBm25) bm25.set(job, record.bm25);
    if (needWords) countedByJob.set(job, record.words);
    if (needView) {
      const found: OccupationMatch[] = record.found.map(({ occupation, score, label }) => ({
        occupation: all[occupation]!,
        score,
        label,
      }));
      const view: OccupationJobView = { found, skills: record.skills, words: record.titleWords };
      occupations!.set(job, view);
    }
    if (needMultiFactor) multiFactor.set(job, record.multiFactor);
  }
}

// The readings of one job, computed through the rankers' own caches (so they are what ranking would read).
function computeRecord(job: Job, knowledge: OccupationKnowledge): ComputedRecord {
  const counted = bm25CountCache().get(job);
  const words = countedByJob.get(job);
  const view = occupationViewCache(knowledge, DEFAULT_OCCUPATIONS_KEPT).get(job);
  return {
    bm25: counted.terms,
    words,
    found: view.found.map((match) => {
      if (knowledge.occupations[match.occupation.id] !== match.occupation)
        throw new RangeError(`occupation ${match.occupation.id} is not the knowledge's occupation of that number`);
      return { occupation: match.occupation.id, score: match.score, label: match.label };
    }),
    skills: view.skills,
    titleWords: view.words,
    multiFactor: multiFactorReadingCache(getDefaultSkillTaxonomy(), DEFAULT_MINIMUM_LISTED_SKILLS).get(job),
  };
}

/**
 * Writes the default ranker's readings of `jobs` to `path` (atomically: a temporary file renamed over it), for
 * {@link openJobFeatures} in later processes. Entries of the file already there whose job text is unchanged are
 * taken over without reading their jobs again; a damaged or outdated file there is replaced.
 */
export async function writeJobFeatures(
  path: string,
  jobs: readonly Job[],
  options: WriteJobFeaturesOptions = {},
): Promise<JobFeaturesWriteSummary> {
  // A path that is no string was node's TypeError (The "path" argument must be of type string), as in openJobFeatures.
  checkTextArgument('writeJobFeatures', 'path', path);
  checkListArgument('writeJobFeatures', 'jobs', jobs, 'a list of jobs');
  checkSignalOption('WriteJobFeaturesOptions', options.signal);
  options.signal?.throwIfAborted();
  const knowledge = await (options.knowledge ?? loadOccupationKnowledge());
  const fingerprint = knowledgeFingerprint(knowledge);
  let before: OpenedFile | undefined;
  try {
    before = openFeatureFile(path);
    if (before !== undefined && before.knowledge !== fingerprint) {
      before.close();
      before = undefined;
    }
  } catch (error) {
    if (!(error instanceof StoreFileError)) throw error;
  }
  // The strings of the file there are kept in their order, so its entries are copied byte for byte.
  const strings = new StringTable();
  if (before !== undefined) {
    try {
      before.strings().forEach((value, id) => {
        strings.list.push(value);
        if (!strings.ids.has(value)) strings.ids.set(value, id);
      });
    } catch (error) {
      if (!(error instanceof Malformed)) throw error;
      before.close();
      before = undefined;
      strings.list.length = 0;
      strings.ids.clear();
    }
  }
  const temporary = `${path}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w');
  // Closed once: a second closeSync after a failed rename could close a descriptor reopened under the same number.
  let temporaryOpen = true;
  const summary: JobFeaturesWriteSummary = { entries: 0, reused: 0, computed: 0 };
  try {
    const written = new Map<string, { key: Buffer; offset: number; length: number; checksum: number }>();
    let position = MAGIC.length;
    writeSync(fd, MAGIC, 0, MAGIC.length, 0);
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    const flush = () => {
      if (pendingBytes === 0) return;
      const chunk = Buffer.concat(pending, pendingBytes);
      let done = 0;
      while (done < chunk.length)
        done += writeSync(fd, chunk, done, chunk.length - done, position - pendingBytes + done);
      pending = [];
      pendingBytes = 0;
    };
    for (let index = 0; index < jobs.length; index += 1) {
      const job = jobs[index]!;
      const key = jobFeatureKey(job);
      const name = key.toString('latin1');
      if (written.has(name)) continue;
      const entry = before?.find(key) ?? -1;
      let bytes = entry >= 0 ? before!.raw(entry, knowledge.occupations.length) : undefined;
      if (bytes !== undefined) summary.reused += 1;
      else {
        if (summary.computed % 100 === 99) {
          options.signal?.throwIfAborted();
          // Other work (a request, a progress line) runs between steps.
          await new Promise((resolve) => setImmediate(resolve));
        }
        startScoring();
        bytes = encodeRecord(computeRecord(job, knowledge), strings);
        summary.computed += 1;
      }
      written.set(name, { key, offset: position - MAGIC.length, length: bytes.length, checksum: crc32(bytes) });
      pending.push(bytes);
      pendingBytes += bytes.length;
      position += bytes.length;
      if (pendingBytes > 1 << 20) flush();
    }
    flush();
    if (position - MAGIC.length > 0xffffffff) throw new RangeError('job features past 4 GiB are not supported');
    const entries = [...written.values()].sort((left, right) => Buffer.compare(left.key, right.key));
    const encodedStrings = strings.list.map((value) => Buffer.from(value, 'utf8'));
    const header = Buffer.from(
      JSON.stringify({
        format: FORMAT,
        featuresVersion: JOB_FEATURES_VERSION,
        signature: signature(),
        knowledge: fingerprint,
        entries: entries.length,
        strings: encodedStrings.length,
      }),
    );
    const index = new ByteWriter();
    index.u32(header.length);
    index.bytes(header);
    for (const entry of entries) index.bytes(entry.key);
    for (const entry of entries) {
      index.u32(entry.offset);
      index.u32(entry.length);
      index.u32(entry.checksum);
    }
    let stringOffset = 0;
    index.u32(0);
    for (const value of encodedStrings) index.u32((stringOffset += value.length));
    for (const value of encodedStrings) index.bytes(value);
    const indexBytes = index.take();
    const trailer = Buffer.alloc(TRAILER_BYTES);
    trailer.writeBigUInt64LE(BigInt(position), 0);
    trailer.writeUInt32LE(indexBytes.length, 8);
    trailer.writeUInt32LE(crc32(indexBytes), 12);
    MAGIC.copy(trailer, 16);
    pending = [indexBytes, trailer];
    pendingBytes = indexBytes.length + TRAILER_BYTES;
    position += pendingBytes;
    flush();
    fsyncSync(fd);
    temporaryOpen = false;
    closeSync(fd);
    before?.close();
    renameSync(temporary, path);
    summary.entries = entries.length;
    return summary;
  } catch (error) {
    before?.close();
    if (temporaryOpen) {
      temporaryOpen = false;
      try {
        closeSync(fd);
      } catch {
        // The error above is the one to report.
      }
    }
    rmSync(temporary, { force: true });
    throw error;
  }
}
