import { jobToText, parseJob } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { jobEmbeddingText } from './embedding-ranker.js';

describe('jobEmbeddingText', () => {
  it("is the job's title, skills and description as a passage, leaving out the company and place", () => {
    const job = parseJob({
      id: 'j1',
      source: 'test',
      title: 'Data Engineer',
      company: 'Acme Corp',
      location: { city: 'Lisbon', country: 'Portugal' },
      skills: ['Spark', 'SQL'],
      description: 'Build pipelines.',
    });
    const text = jobEmbeddingText(job);
    expect(text).toBe(jobToText(job, { style: 'passage', fields: ['title', 'skills', 'description'] }));
    for (const part of ['Data Engineer', 'Spark', 'SQL', 'Build pipelines.']) expect(text).toContain(part);
    for (const part of ['Acme', 'Lisbon']) expect(text).not.toContain(part);
    expect(text.indexOf('Data Engineer')).toBeLessThan(text.indexOf('Spark'));
    expect(text.indexOf('Spark')).toBeLessThan(text.indexOf('Build pipelines.'));
  });
});
