import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { StoreFileError, StoreLockedError } from '../../errors/index.js';
import { bundleMemoryStore } from './bundle-store.testing.js';
import { createMemoryStore } from './index.js';

// Two processes with one store open: each appended to the one journal and folded it into its own snapshot, so the
// process that closed last wrote a snapshot without the other's acknowledged changes (found by an integrator running a
// crawl and a rating at once: "A-2" was acknowledged, then gone). The second process is now refused.

let bundleDirectory: string;
let bundlePath: string;
let directory: string;
const children: ChildProcess[] = [];

beforeAll(async () => {
  // Bundle the real store so a plain Node child process can run it.
  bundleDirectory = await mkdtemp(join(tmpdir(), 'rolefit-lock-bundle-'));
  bundlePath = join(bundleDirectory, 'store-bundle.mjs');
  await bundleMemoryStore(bundlePath);
});
afterAll(async () => {
  await rm(bundleDirectory, { recursive: true, force: true });
});
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'rolefit-lock-'));
});
afterEach(async () => {
  for (const child of children.splice(0))
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await rm(directory, { recursive: true, force: true });
});

/** Starts a child that opens the store and writes job `id`; resolves with its first message and the child. */
async function holder(path: string, id: string): Promise<{ child: ChildProcess; message: string }> {
  const child = fork(fileURLToPath(new URL('./fixtures/hold-store.mjs', import.meta.url)), [bundlePath, path, id], {
    stdio: 'pipe',
  });
  children.push(child);
  const message = await new Promise<string>((resolve, reject) => {
    child.once('message', (text) => resolve(String(text)));
    child.once('exit', (code) => reject(new Error(`child exited (${code}) before opening the store`)));
  });
  return { child, message };
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

describe('MemoryStore: one process at a time', () => {
  it('refuses a second process while the first has the store open, and loses none of the first one’s changes', async () => {
    const path = join(directory, 'store.rf');
    const first = await holder(path, 'first');
    expect(first.message).toBe('open');
    expect(existsSync(`${path}.lock`)).toBe(true);

    // Another process, and this one: both refused, naming the process that holds the store.
    const second = await holder(path, 'second');
    expect(second.message).toBe(`refused:StoreLockedError:${first.child.pid}`);
    const refused = await createMemoryStore({ path })
      .open()
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(StoreLockedError);
    expect(refused).toBeInstanceOf(StoreFileError);
    expect((refused as StoreLockedError).pid).toBe(first.child.pid);
    expect((refused as StoreLockedError).host).toBe(hostname());
    expect((refused as StoreLockedError).lockPath).toBe(`${path}.lock`);
    expect((refused as Error).message).toContain(`is open in process ${first.child.pid} on ${hostname()}`);

    first.child.send('close');
    await exited(first.child);
    expect(existsSync(`${path}.lock`)).toBe(false);
    const third = await holder(path, 'third');
    expect(third.message).toBe('open');
    third.child.send('close');
    await exited(third.child);

    const store = await createMemoryStore({ path }).open();
    expect((await store.listJobs()).map(({ id }) => id).sort()).toEqual(['first', 'third']);
    await store.close();
  });

  it('takes over the lock of a process that was killed with the store open, and of one that exited without closing', async () => {
    const path = join(directory, 'store.rf');
    const killed = await holder(path, 'killed');
    expect(killed.message).toBe('open');
    killed.child.kill('SIGKILL');
    await exited(killed.child);
    expect(existsSync(`${path}.lock`)).toBe(true); // left behind by the crash

    const store = await createMemoryStore({ path }).open();
    expect(await store.getJob('killed')).toBeDefined(); // its journaled change is there
    await store.close();

    const unclosed = await holder(path, 'unclosed');
    expect(unclosed.message).toBe('open');
    unclosed.child.send('exit');
    await exited(unclosed.child);
    expect(existsSync(`${path}.lock`)).toBe(false); // removed as the process exited

    // A lock naming this very process (a container restarted with the same pid) or a damaged lock file is stale too.
    await writeFile(`${path}.lock`, JSON.stringify({ pid: process.pid, host: hostname(), since: '2026-01-01' }));
    const again = await createMemoryStore({ path }).open();
    expect(JSON.parse(await readFile(`${path}.lock`, 'utf8')).since).not.toBe('2026-01-01');
    await again.close();
    await writeFile(`${path}.lock`, '');
    const damaged = await createMemoryStore({ path }).open();
    expect((await damaged.listJobs()).map(({ id }) => id).sort()).toEqual(['killed', 'unclosed']);
    await damaged.close();
  });

  it('keeps a lock held by a live process on another host', async () => {
    const path = join(directory, 'store.rf');
    await writeFile(`${path}.lock`, JSON.stringify({ pid: 1, host: `not-${hostname()}`, since: '2026-01-01' }));
    const refused = await createMemoryStore({ path })
      .open()
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(StoreLockedError);
    expect((refused as Error).message).toContain(`or delete ${path}.lock if no such process runs`);
    expect(existsSync(`${path}.lock`)).toBe(true);
  });

  it('lets stores of one process share the lock, released by the last close()', async () => {
    const path = join(directory, 'store.rf');
    const one = await createMemoryStore({ path }).open();
    const two = await createMemoryStore({ path }).open();
    await one.upsertJobs([{ id: 'one', source: 'lock-test', title: 'One' }]);
    await one.close();
    expect(existsSync(`${path}.lock`)).toBe(true);
    await two.close();
    expect(existsSync(`${path}.lock`)).toBe(false);
    // A write after close() takes the lock again, until the next close().
    await one.upsertJobs([{ id: 'after', source: 'lock-test', title: 'After close' }]);
    expect(existsSync(`${path}.lock`)).toBe(true);
    await one.close();
    expect(existsSync(`${path}.lock`)).toBe(false);
  });

  it('releases the lock when the store file cannot be read', async () => {
    const path = join(directory, 'store.rf');
    await writeFile(path, 'garbage');
    await expect(createMemoryStore({ path }).open()).rejects.toThrow(StoreFileError);
    expect(existsSync(`${path}.lock`)).toBe(false);
  });
});
