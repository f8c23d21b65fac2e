import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { stopWorker } from './sandbox.js';

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
