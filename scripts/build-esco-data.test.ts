import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without type declarations
import { buildOccupationKnowledge, parseCsv, serialize } from './build-esco-data.mjs';

const repo = fileURLToPath(new URL('../', import.meta.url));
const dataRoot = process.env.ROLEFIT_DATA ?? join(repo, '..', 'shared', 'data');
const shipped = join(repo, 'packages/core/src/skills/esco/data/occupation-knowledge.json');
const hasData =
  existsSync(join(dataRoot, 'esco-v1.2', 'occupations_en.csv')) &&
  existsSync(join(dataRoot, 'onet-db', 'Technology Skills.txt'));
if (!hasData) console.log(`build-esco-data test skipped: no ESCO/O*NET data under ${dataRoot} (set ROLEFIT_DATA)`);

describe('build-esco-data', () => {
  it('parses quoted CSV cells with commas, quotes and line breaks', () => {
    expect(parseCsv('a,b\n"x, y","line 1\nline ""2"""\r\n3,\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'line 1\nline "2"'],
      ['3', ''],
    ]);
  });

  it.skipIf(!hasData)(
    'rebuilds exactly the shipped knowledge from the data, deterministically',
    () => {
      const first = serialize(buildOccupationKnowledge(dataRoot)) as string;
      const second = serialize(buildOccupationKnowledge(dataRoot)) as string;
      expect(second).toBe(first);
      const file = JSON.parse(readFileSync(shipped, 'utf8')) as { sha256: string; data: string };
      const inflated = gunzipSync(Buffer.from(file.data, 'base64')).toString('utf8');
      expect(createHash('sha256').update(inflated).digest('hex')).toBe(file.sha256);
      // If this fails, run `node scripts/build-esco-data.mjs` and commit the file.
      expect(createHash('sha256').update(first).digest('hex')).toBe(file.sha256);
    },
    60_000,
  );
});
