import { describe, expect, it } from 'vitest';
import { jobFromText, scoreResumeAgainstJob } from './score.js';
import { normalizeTitle } from './title.js';

// Title words that are names of Object.prototype's members ("constructor", "toString") were looked up as synonyms and
// threw "function is not iterable" from scoreResumeAgainstJob. Found by the round-10 fuzzer (a job's title replaced by
// "constructor"); a bridge or website "Constructor" is a real job title.
describe('normalizeTitle', () => {
  it("reads words named like Object.prototype's members as words", () => {
    expect(normalizeTitle('Bridge Constructor').core).toEqual(['bridge', 'constructor']);
    expect(normalizeTitle('toString valueOf __proto__ hasOwnProperty').core.length).toBe(4);
    // Its own synonyms still map.
    expect(normalizeTitle('Senior Developer')).toEqual(normalizeTitle('Senior Engineer'));
  });
});

describe('scoreResumeAgainstJob with such a title', () => {
  it('scores a résumé for a "Constructor" job', () => {
    const job = jobFromText('Website Constructor\nWe need a website constructor with HTML and CSS.');
    const report = scoreResumeAgainstJob(
      'Jane Doe\nExperience\nWebsite Constructor, Acme, 2019 - 2021\nSkills\nHTML, CSS',
      job,
    );
    expect(report.breakdown.title.score).toBeGreaterThan(50);
  });
});
