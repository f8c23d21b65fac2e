#!/usr/bin/env node
// `rolefit crawl file --path DUMP.csv --store S` at scale: a job-board dump of N rows read by the file crawler into a
// MemoryStore through the pipeline (validation, fingerprints, duplicates, the store's writes and BM25 index), the store
// saved, then the default ranker's readings of every job written beside it (writeJobFeatures, as the CLI does after a
// crawl). Each size runs in its own child process, so its peak RSS is its own. The dump is the Kaggle LinkedIn
// 2023-24 sample of ../shared (1,000 rows, ROLEFIT_DATA; see its SOURCES.md) repeated with changed ids and, past the
// first copy, the company (or, without one, the description) marked with the copy's number, so that the store keeps
// every row instead of dropping copies as duplicates; without ../shared, core's sample jobs the same way.
// Sizes: ROLEFIT_BENCH_CRAWL_ROWS=10000,100000 (default 10000; 2000 with --quick). Run by bench/run.mjs (section
// "crawl-file"), or alone: node bench/crawl-file.mjs [--json]
import { fork } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Sizes to run: the env var, else 10k (2k when quick). */
export function crawlFileSizes(quick = false) {
  const fromEnvironment = process.env.ROLEFIT_BENCH_CRAWL_ROWS?.split(',')
    .map(Number)
    .filter((size) => Number.isSafeInteger(size) && size > 0);
  return fromEnvironment?.length ? fromEnvironment : quick ? [2_000] : [10_000];
}

/** Runs every size in a child process and records its numbers with `record(name, value, unit)`. */
export async function benchCrawlFile({ sizes, record, log = () => undefined }) {
  const directory = await mkdtemp(join(tmpdir(), 'rolefit-crawl-file-'));
  try {
    for (const size of sizes) {
      const csv = join(directory, `dump-${size}.csv`);
      const source = await writeDump(csv, size);
      log(`crawl-file ${size}: ${source}, ${((await stat(csv)).size / 1024 / 1024).toFixed(1)} MB`);
      const result = await runChild(csv, join(directory, `store-${size}.json`), size);
      if (result.error) {
        log(`crawl-file ${size}: failed (${result.error})`);
        record(`crawl-file ${size}: error`, result.error, '');
        continue;
      }
      for (const [name, { value, unit }] of Object.entries(result.results)) record(name, value, unit);
    }
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

/** The rows and header of the dump repeated: the LinkedIn sample of ../shared, else core's sample jobs. */
async function baseRows() {
  const dataDirectory = process.env.ROLEFIT_DATA ?? resolve(root, '../shared/data');
  const linkedIn = join(dataDirectory, 'linkedin-postings-2023-24-head1000/postings_head1000.csv');
  if (existsSync(linkedIn)) {
    const { parseCsvRows } = await import('@rolefit/dev-tools');
    const [header, ...rows] = parseCsvRows(readFileSync(linkedIn, 'utf8'));
    return {
      source: 'LinkedIn 2023-24 sample from ../shared',
      header,
      rows,
      id: header.indexOf('job_id'),
      company: header.indexOf('company_name'),
      description: header.indexOf('description'),
    };
  }
  const { sampleJobs } = await import('@rolefit/core/samples');
  const header = ['id', 'title', 'company', 'location', 'description'];
  const rows = sampleJobs.map((job) => [
    job.id,
    job.title,
    job.company ?? '',
    [job.location?.city, job.location?.country].filter(Boolean).join(', '),
    job.description,
  ]);
  return { source: "core's sample jobs", header, rows, id: 0, company: 2, description: 4 };
}

const quoted = (field) => (/[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field);

/** Writes `size` rows of the repeated dump to `path`; returns where its rows came from. */
async function writeDump(path, size) {
  const base = await baseRows();
  const out = createWriteStream(path);
  const write = async (line) => {
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  };
  await write(base.header.map(quoted).join(','));
  for (let index = 0; index < size; index += 1) {
    const copy = Math.floor(index / base.rows.length);
    const row = [...base.rows[index % base.rows.length]];
    row[base.id] = `${row[base.id]}-${copy}`;
    if (copy > 0) {
      if (row[base.company]) row[base.company] = `${row[base.company]} ${copy}`;
      else row[base.description] = `${row[base.description]}\n\nRef ${copy}`;
    }
    await write(row.map(quoted).join(','));
  }
  out.end();
  await once(out, 'close');
  return base.source;
}

function runChild(csv, storePath, size) {
  return new Promise((resolvePromise) => {
    const child = fork(fileURLToPath(import.meta.url), ['--child', csv, storePath, String(size)], {
      execArgv: ['--max-old-space-size=8192'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let settled = false;
    child.on('message', (message) => {
      settled = true;
      resolvePromise(message);
    });
    child.on('exit', (code) => settled || resolvePromise({ error: `child exited with ${code}` }));
  });
}

// --- child ---------------------------------------------------------------------------------------

async function child(csv, storePath, size) {
  const { createMemoryStore, createPipeline } = await import('@rolefit/core');
  const { createFileCrawler } = await import('@rolefit/crawlers');
  const { writeJobFeatures } = await import('@rolefit/rankers');
  const cpuNow = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  const time = async (work) => {
    const cpu = cpuNow();
    const started = performance.now();
    const value = await work();
    return { ms: performance.now() - started, cpuMs: cpuNow() - cpu, value };
  };
  const results = {};
  const record = (name, value, unit) => {
    results[`crawl-file ${size}: ${name}`] = { value, unit };
  };
  // Per second of wall time, and per second of this process's CPU time (steadier on a busy machine).
  const perSecond = (ms) => Math.round((size * 1000) / ms);
  const total = await time(async () => {
    const store = createMemoryStore({ path: storePath });
    await store.open();
    const crawl = await time(() =>
      createPipeline({
        store,
        ranker: { name: 'none', rank: async () => [] },
        crawlers: [createFileCrawler({ path: csv })],
      }).crawl(),
    );
    const features = await time(async () => writeJobFeatures(`${storePath}.features`, await store.listJobs({})));
    const close = await time(() => store.close());
    const summary = crawl.value;
    record('rows stored', summary.inserted, 'jobs');
    record('crawl into store (read, validate, store)', perSecond(crawl.ms), 'rows/s');
    record('crawl into store CPU', Math.round(crawl.cpuMs), 'ms');
    record('job features written', perSecond(features.ms), 'rows/s');
    record('job features CPU', Math.round(features.cpuMs), 'ms');
    record('store saved (close)', Math.round(close.ms), 'ms');
  });
  record('end to end', perSecond(total.ms), 'rows/s');
  record('end to end per CPU second', perSecond(total.cpuMs), 'rows/CPU-s');
  record('end to end wall', Math.round(total.ms), 'ms');
  record('end to end CPU', Math.round(total.cpuMs), 'ms');
  record('peak RSS', Math.round(process.resourceUsage().maxRSS / 1024), 'MB');
  record('load average (1 min) after', Number(loadavg()[0].toFixed(2)), '');
  return results;
}

if (process.argv[2] === '--child') {
  const [csv, storePath, size] = process.argv.slice(3);
  try {
    process.send?.({ results: await child(csv, storePath, Number(size)) });
  } catch (error) {
    process.send?.({ error: String(error?.stack ?? error) });
  }
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const json = process.argv.includes('--json');
  const results = {};
  await benchCrawlFile({
    sizes: crawlFileSizes(),
    record: (name, value, unit) => {
      results[name] = { value, unit };
      if (!json) console.log(`${name.padEnd(64)} ${String(value).padStart(12)} ${unit}`);
    },
    log: json ? () => undefined : console.log,
  });
  if (json) console.log(JSON.stringify(results, null, 2));
}
