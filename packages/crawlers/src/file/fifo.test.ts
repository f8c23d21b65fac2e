// The file crawler on FIFOs (made with mkfifo) and special files: a FIFO nobody writes to was opened by createReadStream
// in a thread of libuv's pool that nothing could free, so the crawl waited for ever and even process.exit() hung
// (ADVERSARIAL.md, round 13). Writers are `sh` child processes; nothing is mocked. Windows has no FIFOs in its file system.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FileIdleTimeoutError } from '@rolefit/core/internal';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { fifoScratch, hasMkfifo } from '../../../core/src/testing/fifo.js';
import { crawlFile } from './crawl-file.testing.js';
import { FileSourceError, type FileCrawlerSettings } from './index.js';

const { directory: scratch, fifo, writer } = fifoScratch('rolefit-file-fifo-');

/** A writer that opens `path` and writes each piece (bytes, as octal escapes) with `pauseS` seconds before the next. */
function slowWriter(path: string, pieces: readonly Buffer[], pauseS: number): void {
  const octal = (piece: Buffer) => [...piece].map((byte) => `\\${byte.toString(8).padStart(3, '0')}`).join('');
  const writes = pieces.map((piece) => `printf '${octal(piece)}' >&3; sleep ${pauseS}`).join('; ');
  writer(`exec 3>'${path}'; ${writes}`);
}

/** The error a crawl of `settings` ends with. */
async function failureOf(settings: FileCrawlerSettings): Promise<unknown> {
  return crawlFile(settings).then(
    () => new Error('the crawl did not fail'),
    (error: unknown) => error,
  );
}

describe('createFileCrawler on a FIFO', () => {
  it.skipIf(!hasMkfifo)(
    'refuses a FIFO nobody writes to after idleTimeoutMs, JSON, JSON Lines and CSV alike, naming the path and why',
    { timeout: 60_000 },
    async () => {
      for (const name of ['jobs.json', 'jobs.jsonl', 'jobs.csv']) {
        const path = fifo(name);
        const error = await failureOf({ path, idleTimeoutMs: 300 });
        expect(error).toBeInstanceOf(FileSourceError);
        expect(error).toMatchObject({ code: 'ROLEFIT_FILE_SOURCE', setting: 'path', path });
        expect((error as Error).message).toBe(
          `jobs file ${path}: nothing came from it within 300 ms (a FIFO or device nobody writes to; idleTimeoutMs sets the wait)`,
        );
        expect((error as Error).cause).toBeInstanceOf(FileIdleTimeoutError);
      }
    },
  );

  it.skipIf(!hasMkfifo)(
    'reads whole a FIFO fed slowly in pieces, a character cut between two of them, however long the whole read takes',
    { timeout: 60_000 },
    async () => {
      // Nine pieces 0.3 s apart, so the read lasts over the 1.5 s idle timeout while no silence comes near it; 'é'
      // (C3 A9) and '€' (E2 82 AC) are cut between two writes, so between two chunks of the read.
      const cut = (text: string, ...at: number[]) => {
        const bytes = Buffer.from(text);
        return [0, ...at].map((start, index) => bytes.subarray(start, [...at, bytes.length][index]));
      };
      const jsonl = `${JSON.stringify({ id: '1', title: 'Café manager' })}\n${JSON.stringify({ id: '2', title: 'Baker', description: 'Pay in €' })}\n`;
      // The three FIFOs are fed and read at once (each read on its own, as before, lasts about 2.7 s).
      const jsonlPath = fifo('slow.jsonl');
      const eAcute = Buffer.from(jsonl).indexOf(Buffer.from('é'));
      const euro = Buffer.from(jsonl).indexOf(Buffer.from('€'));
      slowWriter(
        jsonlPath,
        cut(jsonl, 5, eAcute + 1, eAcute + 10, euro + 1, euro + 2, euro + 3, euro + 5, euro + 7),
        0.3,
      );
      const csv = 'id,title\n1,Café manager\n2,Baker\n3,Welder\n';
      const csvPath = fifo('slow.csv');
      const at = Buffer.from(csv).indexOf(Buffer.from('é'));
      slowWriter(csvPath, cut(csv, 3, 10, 14, at + 1, at + 5, 30, 33, 38), 0.3);
      const json = JSON.stringify([
        { id: '1', title: 'Café manager' },
        { id: '2', title: 'Baker' },
      ]);
      const jsonPath = fifo('slow.json');
      slowWriter(jsonPath, cut(json, 2, 8, 14, 20, 26, 32, 40, 50), 0.3);
      const [read, rows, items] = await Promise.all([
        crawlFile({ path: jsonlPath, idleTimeoutMs: 1_500 }),
        crawlFile({ path: csvPath, idleTimeoutMs: 1_500 }),
        crawlFile({ path: jsonPath, idleTimeoutMs: 1_500 }),
      ]);

      expect(read.errors).toEqual([]);
      expect(read.jobs.map((job) => [job.id, job.title])).toEqual([
        ['1', 'Café manager'],
        ['2', 'Baker'],
      ]);
      expect(read.jobs[1]?.description).toBe('Pay in €');
      expect(rows.errors).toEqual([]);
      expect(rows.jobs.map((job) => job.title)).toEqual(['Café manager', 'Baker', 'Welder']);
      expect(items.jobs.map((job) => job.title)).toEqual(['Café manager', 'Baker']);
    },
  );

  it('decodes a character cut by the end of a regular file’s 64 KiB chunk', async () => {
    // The line's 'é' starts on the chunk's last byte (65,535): the JSON Lines reader decodes bytes a chunk at a time.
    const start = '{"id":"1","title":"Baker","description":"';
    const line = `${start}${'x'.repeat(65_535 - start.length)}é"}`;
    const path = join(scratch, 'cut.jsonl');
    writeFileSync(path, `${line}\n`);
    expect(Buffer.from(line).indexOf(Buffer.from('é'))).toBe(65_535);
    const { jobs, errors } = await crawlFile({ path });
    expect(errors).toEqual([]);
    expect(jobs[0]?.description.endsWith('xé')).toBe(true);
  });
});

describe('createFileCrawler on a FIFO, in a process of its own', () => {
  let bundle = '';
  beforeAll(async () => {
    // The crawler and core from their sources, bundled so that a plain Node child process runs them.
    bundle = join(scratch, 'file-crawler.mjs');
    const core = (path: string) => fileURLToPath(new URL(`../../../core/src/${path}`, import.meta.url));
    await build({
      entryPoints: [fileURLToPath(new URL('./index.ts', import.meta.url))],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: bundle,
      alias: {
        '@rolefit/core/text': core('text/index.ts'),
        '@rolefit/core/internal': core('internal/index.ts'),
        '@rolefit/core': core('index.ts'),
      },
      logLevel: 'silent',
    });
  });

  it.skipIf(!hasMkfifo)(
    'ends the crawl of a FIFO nobody writes to with its error, and the process then exits by itself',
    { timeout: 120_000 },
    async () => {
      const path = fifo('child.jsonl');
      // The default idleTimeoutMs (5 s). No process.exit: the process must end because nothing holds it (the old read held
      // a thread of libuv's pool, and process.exit waited on it). A child still running after 90 s is killed, and fails.
      const script = `
        import { createFileCrawler } from ${JSON.stringify(bundle)};
        try {
          for await (const job of createFileCrawler({ path: process.argv[1] }).crawl()) console.log(job.id);
        } catch (error) {
          console.log(error.name + ': ' + error.message);
          process.exitCode = 3;
        }`;
      const run = spawnSync(process.execPath, ['--input-type=module', '-e', script, path], {
        encoding: 'utf8',
        timeout: 90_000,
        killSignal: 'SIGKILL',
      });
      expect(run.signal).toBeNull();
      expect(run.status, run.stderr).toBe(3);
      expect(run.stdout.trim()).toBe(
        `FileSourceError: jobs file ${path}: nothing came from it within 5000 ms (a FIFO or device nobody writes to; idleTimeoutMs sets the wait)`,
      );
    },
  );
});
