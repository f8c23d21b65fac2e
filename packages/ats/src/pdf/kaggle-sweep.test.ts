import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isResumeParseError, parseResumeFile } from '../parse/index.js';

const repositoryRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const directory = path.join(
  process.env.ROLEFIT_DATA ?? path.resolve(repositoryRoot, '../shared/data'),
  'kaggle-resume-pdfs-sample',
  'data',
);

// The real PDFs are developer data beside the checkout and may not be redistributed; without them the sweep is skipped.
describe('parseResumeFile on the Kaggle resume PDFs', () => {
  it.skipIf(!existsSync(directory))(
    'parses every PDF without a crash or a hang',
    async () => {
      const files = readdirSync(directory, { recursive: true, encoding: 'utf8' }).filter((file) =>
        file.endsWith('.pdf'),
      );
      expect(files.length).toBeGreaterThan(100);
      const failures: Record<string, number> = {};
      let withExperience = 0;
      const started = performance.now();
      let slowest = 0;
      for (const file of files) {
        const fileStarted = performance.now();
        try {
          const resume = await parseResumeFile(new Uint8Array(readFileSync(path.join(directory, file))), {
            timeoutMs: 20_000,
          });
          if (resume.experience.length > 0) withExperience++;
        } catch (error) {
          // Only typed errors are acceptable; anything else is a crash.
          if (!isResumeParseError(error)) throw error;
          failures[error.code] = (failures[error.code] ?? 0) + 1;
        }
        slowest = Math.max(slowest, performance.now() - fileStarted);
      }
      const seconds = (performance.now() - started) / 1000;
      console.log(
        'Kaggle PDF sweep',
        JSON.stringify({
          files: files.length,
          failures,
          withExperience,
          seconds: Math.round(seconds * 10) / 10,
          slowestMs: Math.round(slowest),
        }),
      );
      const failed = Object.values(failures).reduce((sum, count) => sum + count, 0);
      expect(failed).toBeLessThanOrEqual(files.length * 0.02);
      expect(withExperience).toBeGreaterThanOrEqual(files.length * 0.5);
    },
    600_000,
  );
});
