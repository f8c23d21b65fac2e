import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '@rolefit/core';
import { buildPdf, textContent } from '../testing/hostile-files.js';
import { isResumeParseError } from './errors.js';
import { createCpuShares, type ExtractionLimits, resolveLimits, runExtraction, stopWorker } from './sandbox.js';

// Real worker threads (no mocks): the parser's own worker code needs a built file, so two small workers stand in for
// it, one answering the stop message as extract-worker.ts does and one stuck in a synchronous loop.
const exitCode = (worker: Worker) => new Promise<number>((resolve) => worker.once('exit', resolve));
const started = (worker: Worker) => new Promise<void>((resolve) => worker.once('message', () => resolve()));

describe('stopWorker', () => {
  it('lets a worker between tasks exit by itself (exit code 0), never terminating it mid-step', async () => {
    // Terminated, a worker exits with code 1; one that exits by itself at its next turn, with the code it chose.
    const worker = new Worker(
      `const { parentPort } = require('node:worker_threads');
       parentPort.on('message', (message) => { if (message.stop) process.exit(0); });
       setInterval(() => {}, 1000);
       parentPort.postMessage('ready');`,
      { eval: true },
    );
    await started(worker);
    const exited = exitCode(worker);
    stopWorker(worker);
    expect(await exited).toBe(0);
  });

  it('terminates a worker that does not answer within the grace time (STOP_GRACE_MS)', async () => {
    const worker = new Worker(
      `const { parentPort } = require('node:worker_threads');
       parentPort.postMessage('ready');
       for (;;) {}`,
      { eval: true },
    );
    await started(worker);
    const exited = exitCode(worker);
    stopWorker(worker);
    expect(await exited).toBe(1);
  });
});

// Node 20 tells a process's CPU time, not a thread's: four files read at once each saw all four workers' time and ran
// out on a busy machine after half their time (helper 272: 4 of 60 Kaggle PDFs read four at a time, none one at a time).
// A clock handed in stands for process.cpuUsage(), so the shares are exact.
describe('createCpuShares', () => {
  it("shares each interval's CPU time equally among the files read during it", () => {
    let cpuMs = 1_000;
    const shares = createCpuShares(() => cpuMs);
    cpuMs += 500; // before any file: nobody's
    const first = shares.enter();
    cpuMs += 100; // the first file alone
    const second = shares.enter();
    cpuMs += 400; // both
    shares.update();
    expect(first.ranMs).toBe(300);
    expect(second.ranMs).toBe(200);
    shares.leave(first);
    cpuMs += 60; // the second alone again
    shares.update();
    expect(first.ranMs).toBe(300);
    expect(second.ranMs).toBe(260);
  });

  it('gives four files read at once a quarter each, not the whole', () => {
    let cpuMs = 0;
    const shares = createCpuShares(() => cpuMs);
    const files = [shares.enter(), shares.enter(), shares.enter(), shares.enter()];
    cpuMs += 4_000;
    shares.update();
    expect(files.map((file) => file.ranMs)).toEqual([1_000, 1_000, 1_000, 1_000]);
    expect(shares.count()).toBe(4);
    shares.leave(files[0] as (typeof files)[number]);
    expect(shares.count()).toBe(3);
  });
});

describe('resolveLimits reads each limit once (round 20)', () => {
  it('uses the value it checked: a getter answering 100 to the check and NaN after gave NaN (no time limit)', () => {
    let reads = 0;
    const limits = {
      get timeoutMs(): number {
        reads += 1;
        return reads === 1 ? 100 : Number.NaN;
      },
    };
    expect(resolveLimits(limits).timeoutMs).toBe(100);
    expect(reads).toBe(1);
  });

  it('names the limit whose getter throws, and refuses limits that are no object', () => {
    const limits = {
      get maxMemoryMb(): number {
        throw new Error('no memory figure');
      },
    };
    expect(() => resolveLimits(limits, 'PdfToTextOptions')).toThrow(
      'Invalid PdfToTextOptions: maxMemoryMb: could not be read: no memory figure',
    );
    expect(() => resolveLimits(null as unknown as ExtractionLimits)).toThrow(ValidationError);
  });
});

describe('runExtraction out of time', () => {
  it('says the machine was busy only when the limit waited for it (a limit of 0 said "(1 ms on a busy machine)")', async () => {
    const pdf = buildPdf([{ data: textContent(['Jane Doe', 'Engineer, Acme, 2019 - 2023']) }], [0]);
    const error = await runExtraction({ kind: 'pdf-text' }, pdf, { timeoutMs: 0 }).catch((caught: unknown) => caught);
    expect(isResumeParseError(error, 'timeout')).toBe(true);
    expect((error as Error).message).toBe('Reading the file took longer than 0 ms');
  }, 60_000);
});
