import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('./build-sample-dev-set.mjs', import.meta.url));

describe('scripts/build-sample-dev-set.mjs', () => {
  // Fails when datasets/sample-dev/jobs.jsonl or resumes.jsonl no longer match core's samples.
  it('finds datasets/sample-dev in sync with the sample data', () => {
    const result = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
