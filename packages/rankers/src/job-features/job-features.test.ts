// Saved job readings (job-features.ts) against reading every job afresh: the default ranker with the file must give
// the same matches to the last bit, and a damaged, crafted or outdated file must never crash or change a score.
// Real data: LinkedIn postings (2023-24) and Wuzzuf postings (with their skill tags) as jobs and Dataturks resumes as
// queries, from ../shared/data (ROLEFIT_DATA_DIR); the built-in samples where it is absent. fixtures/: see its README.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32 } from 'node:zlib';
import {
  getDefaultSkillTaxonomy,
  loadOccupationKnowledge,
  parseJob,
  parseResume,
  StoreFileError,
  type ExperienceLevel,
  type Job,
  type Ranker,
} from '@rolefit/core';
import { sampleJobs, sampleResumes } from '@rolefit/core/samples';
import { parseCsv } from '@rolefit/dev-tools';
import { afterAll, describe, expect, it } from 'vitest';
import { createRandom } from '@rolefit/core/internal';
import { createDefaultRanker } from '../default/index.js';
import { multiFactorReadingCache, readMultiFactorJob } from '../multi-factor/job-readings.js';
import { setTermDictionaryLimit } from '../shared/job-terms.js';
import { createSkillResolver } from '../shared/skills.js';
import {
  installJobFeatures,
  JOB_FEATURES_VERSION,
  jobFeatureKey,
  openJobFeatures,
  writeJobFeatures,
  type JobFeatureFile,
} from './job-features.js';

const root = fileURLToPath(new URL('../../../..', import.meta.url));
const dataDirectory = process.env.ROLEFIT_DATA_DIR ?? process.env.ROLEFIT_DATA ?? resolve(root, '../shared/data');
const postingsFile = resolve(dataDirectory, 'linkedin-postings-2023-24-head1000/postings_head1000.csv');
const resumesFile = resolve(dataDirectory, 'dataturks-dev/resumes.jsonl');
const wuzzufDirectory = resolve(dataDirectory, 'wuzzuf-postings-with-skills');
// LinkedIn's formatted_experience_level as a Job's experienceLevel.
const LINKEDIN_LEVELS: Record<string, ExperienceLevel> = {
  Internship: 'internship',
  'Entry level': 'entry',
  Associate: 'associate',
  'Mid-Senior level': 'mid-senior',
  Director: 'director',
  Executive: 'executive',
};

function realJobs(count: number): Job[] {
  if (!existsSync(postingsFile)) return sampleJobs.map((job) => parseJob(job));
  return (parseCsv(readFileSync(postingsFile, 'utf8')) as Record<string, string>[]).slice(0, count).map((row, index) =>
    parseJob({
      id: `linkedin-${row.job_id || index}-${index}`,
      source: 'linkedin',
      title: row.title || 'Untitled',
      company: row.company_name || undefined,
      description: row.description || row.title || 'No description',
      ...(row.skills_desc ? { skills: row.skills_desc.split(/[,;]/u).filter((skill) => skill.trim() !== '') } : {}),
      location: { city: (row.location ?? '').split(',')[0] || undefined },
      ...(row.formatted_experience_level && LINKEDIN_LEVELS[row.formatted_experience_level]
        ? { experienceLevel: LINKEDIN_LEVELS[row.formatted_experience_level] }
        : {}),
    }),
  );
}

/** Wuzzuf postings with the years they state (`experience_needed`) and their skill tags; none without the data. */
function wuzzufJobs(count: number): Job[] {
  const postings = resolve(wuzzufDirectory, 'job_postings_data_final.csv');
  if (!existsSync(postings)) return [];
  // "~" between fields and CRLF between rows; no field holds either.
  const rows = (file: string) =>
    readFileSync(resolve(wuzzufDirectory, file), 'utf8')
      .split(/\r?\n/u)
      .filter((line) => line !== '')
      .map((line) => line.split('~'));
  const tags = new Map<string, string[]>();
  for (const [title, company, skill] of rows('job_skills.csv').slice(1)) {
    const key = `${title}~${company}`;
    tags.set(key, [...(tags.get(key) ?? []), skill ?? '']);
  }
  return rows('job_postings_data_final.csv')
    .slice(1, 1 + count)
    .map(([title, years, , , , , , description, requirements, , company, city], index) => {
      const stated = Number(years);
      return parseJob({
        id: `wuzzuf-${index}`,
        source: 'wuzzuf',
        title: title || 'Untitled',
        company: company || undefined,
        description: [description, requirements].filter(Boolean).join('\n') || title || 'No description',
        // Every other posting with its tags, so skills are also read from the text.
        ...(index % 2 === 0 ? { skills: tags.get(`${title}~${company}`) ?? [] } : {}),
        ...(stated >= 0 ? { experienceYears: { min: stated } } : {}),
        location: { city: city || undefined },
      });
    });
}

function realResumes() {
  if (!existsSync(resumesFile)) return sampleResumes.map((resume) => parseResume(resume));
  return readFileSync(resumesFile, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .slice(0, 3)
    .map((line) => {
      const record = JSON.parse(line) as { id: string; text: string };
      return parseResume({ id: record.id, text: record.text });
    });
}

const jobs = realJobs(240);
const resumes = realResumes();
const directory = mkdtempSync(join(tmpdir(), 'rolefit-job-features-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
// Fresh copies: objects no per-job cache has seen, as in a new process.
const copies = (some: readonly Job[]) => some.map((job) => structuredClone(job));
const SLOW = 240_000;

/** The matches of every resume, each job read afresh (no file). */
async function reference(some: readonly Job[]) {
  const ranker = createDefaultRanker();
  return Promise.all(resumes.map((resume) => ranker.rank({ resume }, copies(some))));
}
async function withFile(ranker: Ranker, some: readonly Job[]) {
  return Promise.all(resumes.map((resume) => ranker.rank({ resume }, copies(some))));
}

// The file's parts, for crafting: trailer, index and its checksum.
function parts(bytes: Buffer) {
  const trailerAt = bytes.length - 24;
  const indexOffset = Number(bytes.readBigUInt64LE(trailerAt));
  const indexLength = bytes.readUInt32LE(trailerAt + 8);
  const index = bytes.subarray(indexOffset, indexOffset + indexLength);
  const headerLength = index.readUInt32LE(0);
  const header = JSON.parse(index.toString('utf8', 4, 4 + headerLength)) as { entries: number };
  const tableAt = 4 + headerLength + header.entries * 16;
  const resign = () => bytes.writeUInt32LE(crc32(index), trailerAt + 12);
  return { index, headerLength, header, tableAt, resign };
}

describe('openJobFeatures arguments', () => {
  it('refuses a path that is no string with a ValidationError naming it', () => {
    // It was node's TypeError (The "path" argument must be of type string); round 8's argument-shape leftovers.
    for (const path of [null, 42, [join(directory, 'jobs.features')]])
      expect(() => openJobFeatures(path as never)).toThrow(/^Invalid openJobFeatures: path: must be a string/);
  });

  it('writeJobFeatures refuses a path that is no string and jobs that are no list, naming them', async () => {
    // The path was node's TypeError after the knowledge had loaded (round 13).
    await expect(writeJobFeatures(42 as never, [])).rejects.toThrow(
      /^Invalid writeJobFeatures: path: must be a string/,
    );
    await expect(writeJobFeatures(join(directory, 'x.features'), null as never)).rejects.toThrow(
      /^Invalid writeJobFeatures: jobs: must be a list of jobs, got null/,
    );
  });
});

describe('saved job readings', () => {
  const path = join(directory, 'jobs.features');
  let written: Awaited<ReturnType<typeof writeJobFeatures>>;
  let expected: Awaited<ReturnType<typeof reference>>;

  it(
    'give the same matches as reading every job afresh, reading no job',
    async () => {
      written = await writeJobFeatures(path, copies(jobs));
      expect(written.computed).toBe(written.entries);
      expect(written.entries).toBeGreaterThan(jobs.length * 0.9);
      expected = await reference(jobs);
      const file = openJobFeatures(path)!;
      try {
        const matches = await withFile(createDefaultRanker({ jobFeatures: file }), jobs);
        expect(matches).toEqual(expected);
        // Every job of each ranking (fresh copies per resume) was read back from the file.
        expect(file.counts).toEqual({ read: jobs.length * resumes.length, missing: 0, damaged: 0 });
      } finally {
        file.close();
      }
    },
    SLOW,
  );

  it(
    'are the same bytes when the term dictionary starts afresh between jobs (terms numbered by their text)',
    async () => {
      const some = jobs.slice(0, 60);
      const steady = join(directory, 'steady.features');
      const restarted = join(directory, 'restarted.features');
      await writeJobFeatures(steady, copies(some));
      // A dictionary of at most 50 terms starts afresh before nearly every job: its term ids are renumbered each time.
      const previous = setTermDictionaryLimit(50);
      try {
        await writeJobFeatures(restarted, copies(some));
      } finally {
        setTermDictionaryLimit(previous);
      }
      expect(readFileSync(restarted).equals(readFileSync(steady))).toBe(true);
    },
    SLOW,
  );

  it('a missing file opens as undefined; one that is not such a file is a StoreFileError', () => {
    expect(openJobFeatures(join(directory, 'absent.features'))).toBeUndefined();
    const garbage = join(directory, 'garbage.features');
    writeFileSync(garbage, 'not a features file, just text that is long enough to have a trailer');
    expect(() => openJobFeatures(garbage)).toThrow(StoreFileError);
    const cut = join(directory, 'cut.features');
    writeFileSync(cut, readFileSync(path).subarray(0, 5000));
    expect(() => openJobFeatures(cut)).toThrow(StoreFileError);
  });

  it('a file written for another features version is refused (StoreFileError), even with its checksum right', () => {
    const bytes = Buffer.from(readFileSync(path));
    const { index, resign } = parts(bytes);
    const at = index.indexOf(`"featuresVersion":${JOB_FEATURES_VERSION}`);
    index.write(`"featuresVersion":${JOB_FEATURES_VERSION + 1}`, at, 'latin1');
    resign();
    const other = join(directory, 'other-version.features');
    writeFileSync(other, bytes);
    expect(() => openJobFeatures(other)).toThrow(/other readings/u);
  });

  it(
    'a changed job is read afresh; a rewrite reads only it and takes the rest over',
    async () => {
      const changed = copies(jobs);
      changed[3] = { ...changed[3]!, description: `${changed[3]!.description} Kubernetes and Terraform on AWS.` };
      const file = openJobFeatures(path)!;
      try {
        const matches = await withFile(createDefaultRanker({ jobFeatures: file }), changed);
        expect(matches).toEqual(await reference(changed));
        expect(file.counts.missing).toBe(resumes.length);
      } finally {
        file.close();
      }
      const rewritten = await writeJobFeatures(path, changed);
      expect(rewritten.computed).toBe(1);
      expect(rewritten.reused).toBe(rewritten.entries - 1);
      const again = openJobFeatures(path)!;
      try {
        expect(await withFile(createDefaultRanker({ jobFeatures: again }), changed)).toEqual(await reference(changed));
        expect(again.counts).toMatchObject({ missing: 0, damaged: 0 });
      } finally {
        again.close();
      }
      await writeJobFeatures(path, copies(jobs));
    },
    SLOW,
  );

  it(
    'an entry with crafted contents and a recomputed checksum is read afresh, not trusted past its bounds',
    async () => {
      const bytes = Buffer.from(readFileSync(path));
      const { index, tableAt, resign } = parts(bytes);
      // Entry 0 becomes a term count far past its bytes; entry 1 names string 2^32-1; entry 2 an occupation 10^9.
      const crafted = [
        Buffer.from([0xff, 0xff, 0xff, 0x0f]),
        Buffer.from([1, 0xff, 0xff, 0xff, 0xff, 0x0f, 0, 1]),
        Buffer.from([0, 0, 0, 1, 0x80, 0x94, 0xeb, 0xdc, 0x03, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
      ];
      crafted.forEach((content, entry) => {
        const at = tableAt + entry * 12;
        const offset = index.readUInt32LE(at);
        content.copy(bytes, 8 + offset);
        index.writeUInt32LE(content.length, at + 4);
        index.writeUInt32LE(crc32(content), at + 8);
      });
      resign();
      const craftedPath = join(directory, 'crafted.features');
      writeFileSync(craftedPath, bytes);
      const file = openJobFeatures(craftedPath)!;
      try {
        expect(await withFile(createDefaultRanker({ jobFeatures: file }), jobs)).toEqual(expected);
        expect(file.counts.damaged).toBeGreaterThanOrEqual(3);
      } finally {
        file.close();
      }
    },
    SLOW,
  );

  it(
    'random damage (60 seeded byte changes) gives a StoreFileError on open or the same matches, never a crash',
    async () => {
      const original = readFileSync(path);
      const random = createRandom(21);
      const subset = jobs.slice(0, 40);
      const subsetExpected = await reference(subset);
      const damagedPath = join(directory, 'damaged.features');
      let refused = 0;
      let readAfresh = 0;
      for (let round = 0; round < 60; round += 1) {
        const bytes = Buffer.from(original);
        // Half the rounds damage an entry (most of the file), half the index and trailer at the end.
        const at =
          round % 2 === 0
            ? Math.floor(random() * bytes.length)
            : bytes.length - 1 - Math.floor(random() * Math.min(bytes.length, 200_000));
        bytes[at] = (bytes[at]! + 1 + Math.floor(random() * 255)) % 256;
        writeFileSync(damagedPath, bytes);
        let file: JobFeatureFile | undefined;
        try {
          file = openJobFeatures(damagedPath);
        } catch (error) {
          expect(error).toBeInstanceOf(StoreFileError);
          refused += 1;
          continue;
        }
        try {
          expect(await withFile(createDefaultRanker({ jobFeatures: file! }), subset)).toEqual(subsetExpected);
          readAfresh += file!.counts.damaged;
        } finally {
          file!.close();
        }
      }
      expect(refused + readAfresh).toBeGreaterThan(0);
    },
    SLOW,
  );
});

describe("multi-factor's saved readings", () => {
  const taxonomy = getDefaultSkillTaxonomy();
  const comparable = (reading: ReturnType<typeof readMultiFactorJob>) =>
    JSON.stringify({ ...reading, titleWords: [...reading.titleWords] });

  it(
    'are what reading each real ad afresh gives, to the last character (LinkedIn and Wuzzuf postings)',
    async () => {
      const some = [...jobs, ...wuzzufJobs(160)];
      const file = join(directory, 'multi-factor.features');
      await writeJobFeatures(file, copies(some));
      const opened = openJobFeatures(file)!;
      try {
        const fresh = copies(some);
        installJobFeatures(opened, fresh, await loadOccupationKnowledge());
        expect(opened.counts).toEqual({ read: some.length, missing: 0, damaged: 0 });
        const cache = multiFactorReadingCache(taxonomy);
        const sources = new Set<string>();
        fresh.forEach((job, index) => {
          // Put in place from the file, not read: the cache had it before anything asked.
          expect(cache.has(job)).toBe(true);
          const saved = cache.get(job);
          expect(comparable(saved)).toBe(comparable(readMultiFactorJob(some[index]!, createSkillResolver(taxonomy))));
          sources.add(saved.range?.source ?? 'none');
        });
        // The data reach every way of reading the years (the sample jobs alone do not).
        if (existsSync(postingsFile))
          expect([...sources].sort()).toEqual(['description', 'level', 'none', 'stated', 'title']);
      } finally {
        opened.close();
      }
    },
    SLOW,
  );

  it(
    'a job whose stated years or level changed is read afresh (they are part of its key)',
    async () => {
      const some = jobs.slice(0, 5);
      const file = join(directory, 'stated.features');
      await writeJobFeatures(file, copies(some));
      const opened = openJobFeatures(file)!;
      try {
        const changed = copies(some).map((job, index) =>
          index === 0
            ? { ...job, experienceYears: { min: 9 } }
            : index === 1
              ? { ...job, experienceLevel: 'director' as const }
              : job,
        );
        installJobFeatures(opened, changed, await loadOccupationKnowledge());
        expect(opened.counts).toEqual({ read: 3, missing: 2, damaged: 0 });
        expect(multiFactorReadingCache(taxonomy).get(changed[0]!).range).toEqual({ min: 9, source: 'stated' });
      } finally {
        opened.close();
      }
    },
    SLOW,
  );

  it(
    'a file of the features version before (written at d76ab18) is refused as written for other readings, and rewritten whole',
    async () => {
      const old = join(directory, 'version-6.features');
      writeFileSync(old, readFileSync(new URL('./fixtures/version-6.features', import.meta.url)));
      expect(() => openJobFeatures(old)).toThrow(StoreFileError);
      expect(() => openJobFeatures(old)).toThrow(/other readings/u);
      const sample = sampleJobs.map((job) => parseJob(job));
      const rewritten = await writeJobFeatures(old, sample);
      expect(rewritten).toMatchObject({ reused: 0, computed: rewritten.entries });
      const opened = openJobFeatures(old)!;
      try {
        const fresh = copies(sample);
        installJobFeatures(opened, fresh, await loadOccupationKnowledge());
        expect(opened.counts).toEqual({ read: sample.length, missing: 0, damaged: 0 });
        expect(fresh.every((job) => multiFactorReadingCache(taxonomy).has(job))).toBe(true);
      } finally {
        opened.close();
      }
    },
    SLOW,
  );

  it(
    'a crafted multi-factor section with a recomputed checksum is read within its bounds, or the job read afresh',
    async () => {
      const some = jobs.slice(0, 40);
      const file = join(directory, 'sections.features');
      await writeJobFeatures(file, copies(some));
      const original = readFileSync(file);
      const { index, headerLength, header, tableAt } = parts(Buffer.from(original));
      const keyOf = (entry: number) =>
        index.subarray(4 + headerLength + entry * 16, 4 + headerLength + entry * 16 + 16);
      const jobOf = (entry: number) => some.find((job) => jobFeatureKey(job).equals(keyOf(entry)))!;
      const stringsAt = tableAt + header.entries * 12 + ((header as unknown as { strings: number }).strings + 1) * 4;
      const firstString = index.toString(
        'utf8',
        stringsAt + index.readUInt32LE(tableAt + header.entries * 12),
        stringsAt + index.readUInt32LE(tableAt + header.entries * 12 + 4),
      );
      // An entry with no terms, occupations, skills or title words (7 zeros), then the section behind its length.
      const varint = (value: number): number[] =>
        value < 0x80 ? [value] : [(value & 0x7f) | 0x80, ...varint(Math.floor(value / 0x80))];
      const entry = (section: number[]) => Buffer.from([0, 0, 0, 0, 0, 0, 0, ...varint(section.length), ...section]);
      // The entries given take the place of the first ones, their bytes after the file's entries (the index moved on).
      const craft = (contents: Buffer[]) => {
        const crafted = parts(Buffer.from(original));
        const entriesEnd = Number(original.readBigUInt64LE(original.length - 24));
        let position = entriesEnd - 8;
        contents.forEach((content, at) => {
          const row = crafted.tableAt + at * 12;
          crafted.index.writeUInt32LE(position, row);
          crafted.index.writeUInt32LE(content.length, row + 4);
          crafted.index.writeUInt32LE(crc32(content), row + 8);
          position += content.length;
        });
        const trailer = Buffer.from(original.subarray(original.length - 24));
        trailer.writeBigUInt64LE(BigInt(position + 8), 0);
        trailer.writeUInt32LE(crc32(crafted.index), 12);
        return Buffer.concat([original.subarray(0, entriesEnd), ...contents, crafted.index, trailer]);
      };

      // Read within its bounds: one required skill named by string 0, a stated range of 42+ years, title word string 0.
      const wellFormed = join(directory, 'well-formed-section.features');
      writeFileSync(wellFormed, craft([entry([1, 2, 0, 0, 1, 0, 42, 0, 1, 0])]));
      const good = openJobFeatures(wellFormed)!;
      try {
        const job = structuredClone(jobOf(0));
        installJobFeatures(good, [job], await loadOccupationKnowledge());
        expect(good.counts).toEqual({ read: 1, missing: 0, damaged: 0 });
        const reading = multiFactorReadingCache(taxonomy).get(job);
        expect(reading.skills).toEqual([{ name: firstString, key: firstString, known: false, required: true }]);
        expect(reading.range).toEqual({ min: 42, source: 'stated' });
        expect([...reading.titleWords]).toEqual([firstString]);
      } finally {
        good.close();
      }

      const nan = Buffer.alloc(8);
      nan.writeDoubleLE(Number.NaN);
      const bad = [
        [1, 8, 0, 0, 0, 0], // a skill with unknown flags
        [0, 9, 0], // a years range from an unknown source
        [1, 4, 0, 0, 0, 0, 0], // alternatives, none of them
        [0, 0, 1, 0xff, 0xff, 0xff, 0xff, 0x0f], // a title word the file does not hold
        [0, 1, 1, ...nan, 0, 0], // a range that is not a number
        [0, 2, 0, 3, 2, 0, 0, 0], // a range whose shape is unknown
        [0x80, 0x80, 0x80, 0x80, 0x10, 0, 0], // 2^32 skills in 7 bytes
      ].map(entry);
      // More skills (here with no alternatives) or title words than any job's reading holds: 36,001 and 1,001.
      bad.push(entry([0xa1, 0x99, 0x02, ...Array.from({ length: 36_001 }, () => [2, 0, 0]).flat(), 0, 0]));
      bad.push(entry([0, 0, 0xe9, 0x07, ...Array.from({ length: 1_001 }, () => 0)]));
      // A section longer than its entry, and one shorter than what it holds.
      bad.push(Buffer.from([0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0]), Buffer.from([0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0]));
      const crafted = join(directory, 'crafted-section.features');
      writeFileSync(crafted, craft(bad));
      const opened = openJobFeatures(crafted)!;
      try {
        expect(await withFile(createDefaultRanker({ jobFeatures: opened }), some)).toEqual(await reference(some));
        expect(opened.counts.damaged).toBe(bad.length * resumes.length);
      } finally {
        opened.close();
      }
    },
    SLOW,
  );
});
