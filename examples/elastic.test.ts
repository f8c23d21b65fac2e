import { execFile, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { sampleJobs } from '@rolefit/core/samples';
import { describe, expect, it } from 'vitest';
// The store's own test stand-in (not part of the package's API): a small stateful Elasticsearch 8 node on 127.0.0.1.
import { createRefusingCluster, startReplayServer } from '../packages/store-elastic/src/replay/index.js';

const examples = fileURLToPath(new URL('./', import.meta.url));
const built = ['core', 'crawlers', 'rankers', 'store-elastic'].every((name) =>
  existsSync(new URL(`../packages/${name}/dist/index.js`, import.meta.url)),
);

function run(environment: Record<string, string | undefined>, options: string[] = []) {
  const { ELASTICSEARCH_URL: _url, ROLEFIT_EMBEDDING_MODEL: _model, ...rest } = process.env;
  return spawnSync(process.execPath, ['elastic.mjs', ...options], {
    cwd: examples,
    encoding: 'utf8',
    env: { ...rest, ...environment },
  });
}

// No Elasticsearch server can run on these machines: the failure paths run against nothing, and the whole example runs
// against store-elastic's stand-in cluster over real HTTP (the real @elastic/elasticsearch client, real bulk writes).
// The stand-in stores and returns documents but does not score or aggregate: its search answers the newest 50 jobs for
// any text, so here the ranking comes from the multi-factor re-rank alone. `pnpm test` builds the packages first.
describe.skipIf(!built)('elastic example', () => {
  it('explains how to point it at a cluster when ELASTICSEARCH_URL is missing', () => {
    const result = run({});
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/set ELASTICSEARCH_URL/);
  });

  it('fails with a readable message, not a stack trace, when the cluster is unreachable', () => {
    // Port 9 refuses the connection at once; without --max-retries 0 the client's 3 retries wait 5 to 10 s of back-off
    // before the same ConnectionError reaches the example.
    const result = run({ ELASTICSEARCH_URL: 'http://127.0.0.1:9' }, ['--max-retries', '0']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^elastic example failed: .*ECONNREFUSED/m);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a --max-retries that is no whole number', () => {
    const result = run({ ELASTICSEARCH_URL: 'http://127.0.0.1:9' }, ['--max-retries', '1.5']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^elastic example failed: --max-retries must be a whole number of 0 or more, not 1\.5$/m,
    );
  });
});

/** Runs the example against a fresh stand-in cluster (the child runs async: the server lives in this process). */
async function againstStandIn(refuse?: (document: Record<string, unknown>) => string | undefined) {
  const cluster = createRefusingCluster(refuse ? { refuse } : {});
  const server = await startReplayServer(cluster.handler);
  try {
    const { ELASTICSEARCH_URL: _url, ROLEFIT_EMBEDDING_MODEL: _model, ...rest } = process.env;
    const { stdout } = await promisify(execFile)(process.execPath, ['elastic.mjs'], {
      cwd: examples,
      encoding: 'utf8',
      env: { ...rest, ELASTICSEARCH_URL: server.url },
      timeout: 180_000,
    });
    return { stdout, cluster, requests: server.requests };
  } finally {
    await server.close();
  }
}

describe.skipIf(!built)('elastic example against the stand-in cluster', () => {
  it('indexes every sample job into Elasticsearch and prints a top 10 led by software jobs for the engineer', {
    timeout: 240_000,
  }, async () => {
    const { stdout, cluster, requests } = await againstStandIn();
    expect(stdout).toMatch(
      /^crawled 62 postings: 61 new, 0 updated, 1 duplicates, 0 refused by Elasticsearch, 0 errors$/m,
    );
    const stored = [...cluster.documents.entries()].find(([name]) => name.startsWith('rolefit-example-jobs'))?.[1];
    expect(stored?.size).toBe(61);
    expect(requests.some((request) => request.method === 'POST' && request.path.endsWith('/_bulk'))).toBe(true);
    const top = [...stdout.matchAll(/^ ?\d+\. (\d\.\d{3}) {2}(.+?) — /gm)].map((match) => ({
      score: Number(match[1]),
      title: match[2]!,
    }));
    expect(top).toHaveLength(10);
    const software = sampleJobs
      .filter((job) => ['sample-001', 'sample-002', 'sample-003', 'sample-004', 'sample-005'].includes(job.id))
      .map((job) => job.title);
    expect(top.slice(0, 3).every((entry) => software.includes(entry.title))).toBe(true);
    expect(top.map((entry) => entry.score)).toEqual(
      [...top.map((entry) => entry.score)].sort((left, right) => right - left),
    );
  });

  it('reports the jobs the cluster refuses instead of dropping them silently', { timeout: 240_000 }, async () => {
    const { stdout, cluster } = await againstStandIn((document) =>
      /nurse/i.test(String(document.title)) ? 'failed to parse field [title] (scripted refusal)' : undefined,
    );
    const nursing = sampleJobs.filter((job) => /nurse/i.test(job.title)).length;
    expect(cluster.refused).toHaveLength(nursing);
    expect(stdout).toMatch(
      new RegExp(
        `^crawled 62 postings: ${61 - nursing} new, 0 updated, 1 duplicates, ${nursing} refused by Elasticsearch`,
        'm',
      ),
    );
  });
});
