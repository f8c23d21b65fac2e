#!/usr/bin/env node
// Store at scale (issue #21 items 2 and 3): MemoryStore with N generated jobs and 384-d vectors, each size in its own
// child process so that its peak RSS is its own. Sizes: ROLEFIT_BENCH_STORE_SIZES=10000,100000 (default), and 1M once
// with ROLEFIT_BENCH_1M=1. Run by bench/run.mjs (section "store-scale"), or alone: node --expose-gc bench/store-scale.mjs [--json]
//
// Reported per size: bulk upsert (in memory; over 300k jobs saved every 200k so job bodies stay in the file), save
// (binary snapshot streamed to the file, fsync) and its CPU time, file size beside the old JSON format's for the same
// data, load (3 runs; checksum trusted: no re-validation, varint BM25 postings left encoded until a search needs a
// term, int8 vectors read) and the first BM25 search after it, one upsert at N (journal append + fsync), vector
// top-10 (naive exact float32 over Map entries, as the store did before, against the store's int8 scan + float32
// re-score) with recall@10 of the latter, BM25 top-10, peak RSS; at 10k also the load of the same store in the old
// JSON format (format 1, validated record by record), the "before" of the load.
import { fork } from 'node:child_process';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIMENSIONS = 384;
const QUERIES = 20;

/** Sizes to run: the env var, else 10k and 100k; 1M added with ROLEFIT_BENCH_1M=1. */
export function storeScaleSizes(quick = false) {
  const fromEnvironment = process.env.ROLEFIT_BENCH_STORE_SIZES?.split(',')
    .map(Number)
    .filter((size) => Number.isSafeInteger(size) && size > 0);
  const sizes = fromEnvironment?.length ? fromEnvironment : quick ? [10_000] : [10_000, 100_000];
  if (process.env.ROLEFIT_BENCH_1M === '1' && !sizes.includes(1_000_000)) sizes.push(1_000_000);
  return sizes;
}

/** Runs every size in a child process and records its numbers with `record(name, value, unit)`. */
export async function benchStoreScale({ sizes, record, log = () => undefined }) {
  for (const size of sizes) {
    const result = await runChild(size);
    if (result.error) {
      log(`store-scale ${size}: failed (${result.error})`);
      record(`store-scale ${size}: error`, result.error, '');
      continue;
    }
    for (const [name, { value, unit }] of Object.entries(result.results)) record(name, value, unit);
  }
}

function runChild(size) {
  return new Promise((resolve) => {
    // The heap limit grows with the store: 1M jobs hold a few GB of job objects.
    const heapMb = size > 300_000 ? 16_384 : 4096;
    const child = fork(fileURLToPath(import.meta.url), ['--child', String(size)], {
      execArgv: ['--expose-gc', `--max-old-space-size=${heapMb}`],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let settled = false;
    child.on('message', (message) => {
      settled = true;
      resolve(message);
    });
    child.on('exit', (code) => settled || resolve({ error: `child exited with ${code}` }));
  });
}

// --- child ---------------------------------------------------------------------------------------

/** Jobs from the built-in samples, each with its own id, title number and a mix of two samples' descriptions. */
function generatedJobs(sampleJobs, start, count) {
  const jobs = [];
  for (let index = start; index < start + count; index += 1) {
    const template = sampleJobs[index % sampleJobs.length];
    const other = sampleJobs[(index * 7 + 3) % sampleJobs.length];
    const half = other.description.slice(0, Math.floor(other.description.length / 2));
    jobs.push({
      ...template,
      id: `generated-${index}`,
      title: `${template.title} ${index % 97}`,
      description: `${template.description}\n${half} (ref ${index})`,
      postedAt: new Date(Date.UTC(2026, 0, 1 + (index % 300))).toISOString(),
    });
  }
  return jobs;
}

/** Reproducible vectors with some structure (a few hundred clusters), as real embeddings have. */
export function vectorOf(index, dimensions = DIMENSIONS) {
  let state = (index % 397) * 2654435761 + 1;
  let noise = index * 40503 + 7;
  const vector = new Float32Array(dimensions);
  for (let position = 0; position < dimensions; position += 1) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    noise ^= noise << 13;
    noise ^= noise >>> 17;
    noise ^= noise << 5;
    vector[position] = ((state >>> 0) / 4294967295) * 2 - 1 + 0.7 * (((noise >>> 0) / 4294967295) * 2 - 1);
  }
  return vector;
}

function dot(left, right) {
  let sum = 0;
  for (let index = 0; index < left.length; index += 1) sum += left[index] * right[index];
  return sum;
}

function normalized(vector) {
  const norm = Math.sqrt(dot(vector, vector));
  return vector.map((value) => value / norm);
}

/** The old search: exact cosine over a Map of normalised Float32Arrays, top-k by insertion into a sorted array. */
function naiveTopK(vectors, query, limit) {
  const unit = normalized(query);
  const best = [];
  for (const [id, vector] of vectors) {
    const score = dot(unit, vector);
    if (best.length === limit && score <= best[best.length - 1].score) continue;
    let position = best.length;
    while (position > 0 && best[position - 1].score < score) position -= 1;
    best.splice(position, 0, { id, score });
    if (best.length > limit) best.pop();
  }
  return best;
}

const median = (values) => [...values].sort((left, right) => left - right)[Math.floor(values.length / 2)];

async function child(size) {
  const { createMemoryStore } = await import('@rolefit/core');
  const { sampleJobs } = await import('@rolefit/core/samples');
  const results = {};
  const record = (name, value, unit) => (results[`store-scale ${size}: ${name}`] = { value, unit });
  const round = (value, digits = 0) => Number(value.toFixed(digits));
  const directory = await mkdtemp(join(tmpdir(), 'rolefit-store-scale-'));
  try {
    const path = join(directory, 'store.bin');
    let store = createMemoryStore({ path, autosave: false });
    await store.open();
    const batch = 10_000;
    // Over 300k jobs the build saves every 200k, so that the jobs saved so far stay in the file (read when asked
    // for) instead of all being held as objects at once.
    const flushEvery = size > 300_000 ? 200_000 : Infinity;
    let upsertMs = 0;
    let vectorMs = 0;
    let flushMs = 0;
    // What the old JSON snapshot (format 1) would hold for the same jobs and vectors: the size comparison.
    let jsonBytes = 0;
    const naive = new Map();
    for (let start = 0; start < size; start += batch) {
      const jobs = generatedJobs(sampleJobs, start, Math.min(batch, size - start));
      let started = performance.now();
      await store.upsertJobs(jobs);
      upsertMs += performance.now() - started;
      const entries = jobs.map((job, offset) => ({ id: job.id, vector: vectorOf(start + offset) }));
      started = performance.now();
      await store.upsertJobVectors(entries);
      vectorMs += performance.now() - started;
      for (const job of jobs) jsonBytes += Buffer.byteLength(JSON.stringify(job)) + 1;
      for (const entry of entries) jsonBytes += Math.ceil(entry.vector.byteLength / 3) * 4 + entry.id.length + 20;
      if (size <= 100_000) for (const entry of entries) naive.set(entry.id, normalized(entry.vector));
      if (size > 300_000 && (start + batch) % 100_000 === 0)
        console.error(
          `store-scale ${size}: ${start + batch} jobs in, upsert ${round(upsertMs)} ms, vectors ${round(vectorMs)} ms, saves ${round(flushMs)} ms, RSS ${round(process.memoryUsage().rss / 1048576)} MB`,
        );
      if ((start + batch) % flushEvery === 0 && start + batch < size) {
        started = performance.now();
        await store.flush();
        flushMs += performance.now() - started;
      }
    }
    record('upsertJobs bulk (in memory, validated + BM25)', round(upsertMs), 'ms');
    record('upsertJobVectors bulk (normalise + int8)', round(vectorMs), 'ms');
    if (flushMs) record(`saves during the build (every ${flushEvery} jobs)`, round(flushMs), 'ms');

    // Vector top-10: naive exact float32 (the old way) against int8 scan + float32 re-score, and recall@10.
    const queries = Array.from({ length: QUERIES }, (_, index) => vectorOf(5_000_003 + index * 13));
    await store.searchJobsByVector(queries[0], { limit: 10 }); // warm up
    const int8Times = [];
    const answers = [];
    for (const query of queries) {
      const started = performance.now();
      answers.push(await store.searchJobsByVector(query, { limit: 10 }));
      int8Times.push(performance.now() - started);
    }
    record(
      `vector top-10 over ${size} x ${DIMENSIONS}: int8 scan + float32 re-score (median of ${QUERIES})`,
      round(median(int8Times), 2),
      'ms/query',
    );
    if (naive.size) {
      naiveTopK(naive, queries[0], 10);
      const naiveTimes = [];
      let found = 0;
      for (const [index, query] of queries.entries()) {
        const started = performance.now();
        const exact = naiveTopK(naive, query, 10);
        naiveTimes.push(performance.now() - started);
        const ids = new Set(exact.map((hit) => hit.id));
        found += answers[index].filter((hit) => ids.has(hit.job.id)).length;
      }
      record(
        `vector top-10 over ${size} x ${DIMENSIONS}: naive exact float32 (before; median of ${QUERIES})`,
        round(median(naiveTimes), 2),
        'ms/query',
      );
      record(
        `vector recall@10 of int8 + re-score vs exact float32 (${QUERIES} queries)`,
        round(found / (10 * QUERIES), 4),
        '',
      );
      naive.clear();
    }
    const filterTimes = [];
    for (const query of queries.slice(0, 5)) {
      const started = performance.now();
      await store.searchJobsByVector(query, { limit: 10, filter: { workplace: ['remote'] } });
      filterTimes.push(performance.now() - started);
    }
    record(
      'vector top-10 with a filter (workplace remote), applied inside the store',
      round(median(filterTimes), 2),
      'ms/query',
    );

    // BM25 top-10.
    const bm25Query = 'senior backend engineer node.js postgresql aws';
    const lexicalBefore = await store.searchJobs(bm25Query, { limit: 10 });
    const bm25Times = [];
    for (let repeat = 0; repeat < 10; repeat += 1) {
      const started = performance.now();
      await store.searchJobs(bm25Query, { limit: 10 });
      bm25Times.push(performance.now() - started);
    }
    record('searchJobs BM25 top-10 (median of 10)', round(median(bm25Times), 1), 'ms/query');

    // Save: the binary snapshot, written atomically with fsync.
    let started = performance.now();
    const saveCpu = process.cpuUsage();
    await store.flush();
    record('save (binary snapshot, streamed, atomic write + fsync)', round(performance.now() - started), 'ms');
    const saveCpuUsed = process.cpuUsage(saveCpu);
    record('save CPU time (user + system)', round((saveCpuUsed.user + saveCpuUsed.system) / 1000), 'ms');
    record(
      'snapshot file size (jobs + vectors f32 + int8 + BM25 varint postings)',
      round((await stat(path)).size / 1024 / 1024, 1),
      'MB',
    );
    record(
      'the same jobs and vectors as the old JSON snapshot (format 1, vectors in base64; before)',
      round(jsonBytes / 1024 / 1024, 1),
      'MB',
    );
    await store.close();
    // The built store is let go before the loads: a store is loaded by a process that has not just built one, and
    // its hundreds of MB of live objects would only make each garbage collection during a load dearer (growing the
    // int8 vectors' WebAssembly memory by over 32 MB starts one).
    store = undefined;
    global.gc?.();

    // Load: checksums match, so no record is re-validated and nothing is re-tokenised; jobs are read when first used.
    // Three loads, each a new store on the same file (the first after the save, so the file is in the page cache).
    const loadTimes = [];
    const loadCpu = [];
    let loaded;
    for (let repeat = 0; repeat < 3; repeat += 1) {
      if (loaded) await loaded.close();
      global.gc?.();
      started = performance.now();
      const cpuBefore = process.cpuUsage();
      loaded = await createMemoryStore({ path }).open();
      loadTimes.push(performance.now() - started);
      const cpu = process.cpuUsage(cpuBefore);
      loadCpu.push((cpu.user + cpu.system) / 1000);
    }
    record(
      'load (checksums trusted: jobs and float32 rows stay in the file, BM25 postings decoded per term when first searched, int8 vectors read; median of 3)',
      round(median(loadTimes)),
      'ms',
    );
    record('load, each of 3 runs', loadTimes.map((value) => round(value)).join(' / '), 'ms');
    // On a busy machine the wall time waits for the CPU; the CPU time is what the load itself costs.
    record('load CPU time (user + system, median of 3)', round(median(loadCpu)), 'ms');
    // The first BM25 search after a load decodes its terms' postings (and reads its hits' jobs from the file).
    started = performance.now();
    const firstLexical = await loaded.searchJobs(bm25Query, { limit: 10 });
    record('searchJobs BM25 top-10, first after a load', round(performance.now() - started, 1), 'ms');
    if (
      firstLexical.map((hit) => `${hit.job.id} ${hit.score}`).join() !==
      lexicalBefore.map((hit) => `${hit.job.id} ${hit.score}`).join()
    )
      throw new Error('BM25 search after load differs');
    if ((await loaded.countJobs()) !== size)
      throw new Error(`loaded ${await loaded.countJobs()} jobs, expected ${size}`);
    const reloadedHits = await loaded.searchJobsByVector(queries[0], { limit: 10 });
    if (reloadedHits[0]?.job.id !== answers[0][0]?.job.id) throw new Error('vector search after load differs');
    // After a load the float32 rows are in the file: the re-score reads its candidates' rows from it.
    const loadedTimes = [];
    for (const query of queries) {
      const started = performance.now();
      await loaded.searchJobsByVector(query, { limit: 10 });
      loadedTimes.push(performance.now() - started);
    }
    record(
      `vector top-10 over ${size} x ${DIMENSIONS} after a load (float32 re-score rows read from the file; median of ${QUERIES})`,
      round(median(loadedTimes), 2),
      'ms/query',
    );

    // One upsert at N: one checksummed journal line, fsync'd.
    const singleTimes = [];
    for (let sample = 0; sample < 7; sample += 1) {
      const [job] = generatedJobs(sampleJobs, size + sample, 1);
      started = performance.now();
      await loaded.upsertJobs([job]);
      singleTimes.push(performance.now() - started);
    }
    record('one upsert at N (journal append + fsync, median of 7)', round(median(singleTimes), 2), 'ms');
    const updateTimes = [];
    for (let sample = 0; sample < 7; sample += 1) {
      const [job] = generatedJobs(sampleJobs, sample * 1000, 1);
      started = performance.now();
      await loaded.upsertJobs([{ ...job, title: `${job.title} (updated)` }]);
      updateTimes.push(performance.now() - started);
    }
    record('one update of a stored job at N (median of 7)', round(median(updateTimes), 2), 'ms');
    started = performance.now();
    await loaded.close();
    record('close (journal folded into a new snapshot)', round(performance.now() - started), 'ms');

    // The old JSON format (1), validated record by record: the load before this change, where it is cheap.
    if (size <= 10_000) {
      const oldPath = join(directory, 'old.json');
      const jobs = generatedJobs(sampleJobs, 0, size);
      await writeFile(
        oldPath,
        JSON.stringify({
          format: 'rolefit-memory-store',
          version: 1,
          savedAt: new Date().toISOString(),
          generation: 1,
          jobs,
          vectors: [],
          resumes: [],
          feedback: [],
          matches: [],
        }),
      );
      global.gc?.();
      started = performance.now();
      const old = await createMemoryStore({ path: oldPath, autosave: false }).open();
      record(
        'load of the same jobs in the old JSON format (validated, re-tokenised; no vectors)',
        round(performance.now() - started),
        'ms',
      );
      if ((await old.countJobs()) !== size) throw new Error('old-format load lost jobs');
    }
    record('peak RSS of this size (own process)', round(process.resourceUsage().maxRSS / 1024, 0), 'MB');
    return { results };
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

const childIndex = process.argv.indexOf('--child');
if (childIndex >= 0) {
  const size = Number(process.argv[childIndex + 1]);
  child(size).then(
    (message) => process.send(message, () => process.exit(0)),
    (error) => process.send({ error: error.stack ?? String(error) }, () => process.exit(1)),
  );
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const json = process.argv.includes('--json');
  const results = {};
  await benchStoreScale({
    sizes: storeScaleSizes(),
    record: (name, value, unit) => {
      results[name] = { value, unit };
      if (!json) console.log(`${name.padEnd(100)} ${String(value).padStart(10)} ${unit}`);
    },
    log: json ? () => undefined : console.log,
  });
  if (json) console.log(JSON.stringify({ node: process.version, results }, null, 2));
}
