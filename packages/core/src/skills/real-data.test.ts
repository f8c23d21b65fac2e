import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getDefaultSkillTaxonomy } from './taxonomy.js';

const repositoryRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const dataDirectory = process.env.ROLEFIT_DATA ?? path.resolve(repositoryRoot, '../shared/data');
const wuzzufDirectory = path.join(dataDirectory, 'wuzzuf-postings-with-skills');
const postingsFile = path.join(wuzzufDirectory, 'job_postings_data_final.csv');
const tagsFile = path.join(wuzzufDirectory, 'job_skills.csv');
const SAMPLE_SIZE = 200;

// Wuzzuf files use "~" between fields and CRLF between rows; no field holds either.
function readRows(file: string): string[][] {
  return readFileSync(file, 'utf8')
    .split('\r\n')
    .slice(1)
    .filter((line) => line !== '')
    .map((line) => line.split('~'));
}

describe('skill extraction on real Wuzzuf postings', () => {
  // The data set is developer-only and not shipped; machines without it skip this test.
  it.skipIf(!existsSync(postingsFile) || !existsSync(tagsFile))(
    'finds the board’s own skill tags in most postings',
    () => {
      const taxonomy = getDefaultSkillTaxonomy();
      const tagsByPosting = new Map<string, string[]>();
      for (const [title, company, tag] of readRows(tagsFile)) {
        const key = `${title}~${company}`;
        tagsByPosting.set(key, [...(tagsByPosting.get(key) ?? []), tag ?? '']);
      }

      let postings = 0;
      let postingsWithAHit = 0;
      let knownTags = 0;
      let foundTags = 0;
      for (const [title = '', , , , , , , description = '', requirements = '', , company = ''] of readRows(
        postingsFile,
      )) {
        if (postings === SAMPLE_SIZE) break;
        // Only tags the taxonomy knows can be found; postings tagged with none of them say nothing.
        const tags = taxonomy
          .canonicalize(tagsByPosting.get(`${title}~${company}`) ?? [])
          .filter((tag) => taxonomy.lookup(tag));
        if (tags.length === 0) continue;
        const found = new Set(taxonomy.extractNames(`${title}\n${description}\n${requirements}`));
        const hits = tags.filter((tag) => found.has(tag)).length;
        postings += 1;
        knownTags += tags.length;
        foundTags += hits;
        if (hits > 0) postingsWithAHit += 1;
      }

      expect(postings).toBe(SAMPLE_SIZE);
      // Measured on the first 200 tagged postings: 85% have a tag found, 29% of tags are found.
      // Board tags include broad fields ("computer science", "information technology") that postings rarely spell out.
      expect(postingsWithAHit / postings).toBeGreaterThanOrEqual(0.75);
      expect(foundTags / knownTags).toBeGreaterThanOrEqual(0.22);
    },
  );
});
