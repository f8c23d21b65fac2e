import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyWebhookSignature } from '@rolefit/notify';
import { openJobFeatures } from '@rolefit/rankers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backendStrongResume } from '../../../ats/src/score/fixtures.js';
import { sendJson, startTestServer, type TestServer } from '../../../crawlers/src/testing/index.js';
import { runInProcess } from '../testing/run-in-process.js';

// `rolefit watch` twice (a restart between), in-process: one real server on 127.0.0.1 serves a Greenhouse board written
// by hand for Rolefit (packages/crawlers/src/greenhouse/fixtures/jobs.json) and receives the webhook; each good match
// is sent once across both runs, signed with the secret from the environment.
const board = JSON.parse(
  readFileSync(new URL('../../../crawlers/src/greenhouse/fixtures/jobs.json', import.meta.url), 'utf8'),
) as unknown;
const secret = 'watch-test-secret';
const hooks: Array<{ body: string; headers: Record<string, string | string[] | undefined> }> = [];
let server: TestServer;
let directory = '';

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'rolefit-watch-'));
  writeFileSync(join(directory, 'resume.txt'), backendStrongResume);
  server = await startTestServer(async (request, response) => {
    if (request.url === '/v1/boards/acme/jobs?content=true') return sendJson(response, board);
    if (request.url === '/hook' && request.method === 'POST') {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      hooks.push({ body: Buffer.concat(chunks).toString('utf8'), headers: request.headers });
      response.writeHead(204).end();
    }
  });
});
afterAll(async () => {
  await server.close();
  rmSync(directory, { recursive: true, force: true });
});

const run = (argv: string[]) => runInProcess(argv, { env: { ROLEFIT_WEBHOOK_SECRET: secret } });

describe('rolefit watch', () => {
  it('crawls, ranks for the person and posts each good match once across two runs', { timeout: 120_000 }, async () => {
    const store = join(directory, 'jobs.json');
    const args = [
      'watch',
      'greenhouse',
      '--board',
      'acme',
      '--base-url',
      server.origin,
      '--no-cache',
      '--store',
      store,
      '--webhook',
      `${server.origin}/hook`,
      '--rounds',
      '1',
      '--threshold',
      '0.2',
    ];
    const first = await run([...args, '--resume', join(directory, 'resume.txt')]);
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(first.stdout).toMatch(
      /^round 1: \d+ jobs read, \d+ new, 0 updated; 1 person ranked; sent webhook → resume-\w+: \d+ jobs?\n$/,
    );
    expect(hooks).toHaveLength(1);
    const hook = hooks[0]!;
    expect(
      verifyWebhookSignature({ secret, body: hook.body, header: String(hook.headers['rolefit-signature']) }).ok,
    ).toBe(true);
    const payload = JSON.parse(hook.body) as { matches: Array<{ jobId: string; title: string }> };
    expect(payload.matches.map((match) => match.title)).toContain('Senior Backend Engineer');

    // The default ranker's readings of the stored jobs, saved beside the store as `rolefit crawl` saves them.
    const features = `${store}.features`;
    const saved = openJobFeatures(features);
    expect(saved?.entries).toBeGreaterThan(0);
    saved?.close();

    // A restart: the same jobs come back (updated, not new), and nothing is sent again. The saved readings are read as
    // `recommend` reads them: a damaged file is noted and the jobs read afresh, then the round writes it again.
    const damaged = readFileSync(features);
    damaged[damaged.length - 30] = damaged[damaged.length - 30]! ^ 0xff;
    writeFileSync(features, damaged);
    const second = await run(args);
    expect(second.code, second.stdout + second.stderr).toBe(0);
    expect(second.stderr).toMatch(/^note: .*\.features.*reading the jobs afresh$/m);
    const rewritten = openJobFeatures(features);
    expect(rewritten?.entries).toBe(saved?.entries);
    rewritten?.close();
    expect(second.stdout).toMatch(
      /^round 1: \d+ jobs read, 0 new, \d+ updated; 1 person ranked; nothing new to send\n$/,
    );
    expect(hooks).toHaveLength(1);
  });

  it('needs somewhere to send matches and someone to watch for', async () => {
    const store = join(directory, 'empty.json');
    const noTarget = await run(['watch', 'greenhouse', '--board', 'acme', '--store', store]);
    expect(noTarget.code).toBe(2);
    expect(noTarget.stderr).toMatch(/^rolefit: watch needs somewhere to send matches/);
    // Without ROLEFIT_WEBHOOK_SECRET the JSON webhook cannot be signed: a usage error naming the variable, not the
    // notifier's settings error about a `secret` setting the command line has no option for.
    const unsigned = await runInProcess(
      ['watch', 'greenhouse', '--board', 'acme', '--store', store, '--webhook', `${server.origin}/hook`],
      { env: {} },
    );
    expect(unsigned.code).toBe(2);
    expect(unsigned.stderr).toMatch(/^rolefit: --webhook signs each request: set ROLEFIT_WEBHOOK_SECRET/);
    const nobody = await run([
      'watch',
      'greenhouse',
      '--board',
      'acme',
      '--base-url',
      server.origin,
      '--store',
      store,
      '--webhook',
      `${server.origin}/hook`,
      '--rounds',
      '1',
    ]);
    expect(nobody.code).toBe(2);
    expect(nobody.stderr).toMatch(/^rolefit: nobody to watch for/);
    const limit = await run([
      'watch',
      'greenhouse',
      '--board',
      'acme',
      '--store',
      store,
      '--webhook',
      `${server.origin}/hook`,
      '--limit',
      '3',
    ]);
    expect(limit.code).toBe(2);
    expect(limit.stderr).toMatch(/^rolefit: --limit does not apply to watch/);
  });
});
