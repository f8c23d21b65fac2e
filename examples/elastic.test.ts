import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const examples = fileURLToPath(new URL('./', import.meta.url));
const built = ['core', 'crawlers', 'rankers', 'store-elastic'].every((name) => existsSync(new URL(`../packages/${name}/dist/index.js`, import.meta.url)));

function run(environment: Record<string, string | undefined>) {
  const { ELASTICSEARCH_URL: _url, ROLEFIT_EMBEDDING_MODEL: _model, ...rest } = process.env;
  return spawnSync(process.execPath, ['elastic.mjs'], { cwd: examples, encoding: 'utf8', env: { ...rest, ...environment } });
}

// No Elasticsearch server can run on these machines, so only the failure paths run here; the
// store's own replay-server tests cover the adapter over HTTP. `pnpm test` builds the packages first.
describe.skipIf(!built)('elastic example', () => {
  it('explains how to point it at a cluster when ELASTICSEARCH_URL is missing', () => {
    const result = run({});
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/set ELASTICSEARCH_URL/);
  });

  it('fails with a readable message, not a stack trace, when the cluster is unreachable', () => {
    const result = run({ ELASTICSEARCH_URL: 'http://127.0.0.1:9' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^elastic example failed: /m);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
