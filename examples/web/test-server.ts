// Starts examples/web/server.mjs as a child process on a free port of 127.0.0.1, with its own store file, as a user
// would start it; shared by the HTTP tests (web.test.ts) and the browser tests (browser.test.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The server runs on the built packages (`node scripts/build-if-stale.mjs core rankers ats crawlers`); `pnpm test` builds them first. */
export const webBuilt = ['core', 'rankers', 'ats', 'crawlers'].every((name) =>
  existsSync(new URL(`../../packages/${name}/dist/index.js`, import.meta.url)),
);

/** A fixture resume: an invented data analyst's PDF written for Rolefit (see packages/ats/src/parse/fixtures/labelled/README.md). */
export const analystPdf = fileURLToPath(
  new URL('../../packages/ats/src/parse/fixtures/labelled/03-priya-sharma.pdf', import.meta.url),
);

export interface RunningServer {
  url: string;
  /** Everything the server printed on stderr so far. */
  stderr(): string;
  /** Whether the process is still running. */
  alive(): boolean;
  stop(): Promise<void>;
}

/** Starts the server and resolves once it prints the address it listens on. */
export async function startWebServer(extraArgs: string[] = []): Promise<RunningServer> {
  const directory = mkdtempSync(join(tmpdir(), 'rolefit-web-'));
  const child: ChildProcess = spawn(
    process.execPath,
    [
      fileURLToPath(new URL('./server.mjs', import.meta.url)),
      '--port',
      '0',
      '--store',
      join(directory, 'store.json'),
      ...extraArgs,
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      stdout += chunk;
      const found = /listening on (http:\/\/\S+)/.exec(stdout);
      if (found) resolve(found[1]!);
    });
    child.once('exit', (code) => reject(new Error(`the web server exited with ${code} before listening:\n${stderr}`)));
  });
  return {
    url,
    stderr: () => stderr,
    alive: () => child.exitCode === null && child.signalCode === null,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
