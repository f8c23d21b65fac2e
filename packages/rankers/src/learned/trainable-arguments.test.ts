import { parseJob, parseResume } from '@rolefit/core';
import { sampleJobs, sampleResumes } from '@rolefit/core/samples';
import { describe, expect, it } from 'vitest';
import { examplesFromQueries } from './trainable.js';

// Round 8's argument-shape leftovers: a list that was no list, or a labelled query without jobs or grades, was a
// TypeError (queries.flatMap is not a function, reading 'filter').
const job = parseJob(sampleJobs[0]!);
const query = {
  id: 'q',
  query: { resume: parseResume(sampleResumes[0]!) },
  jobs: [job],
  grades: new Map([[job.id, 2]]),
};

describe('examplesFromQueries', () => {
  it.each([
    ['queries', null],
    ['queries', { length: 1 }],
    ['queries.0', [null]],
    ['queries.0.jobs', [{ ...query, jobs: undefined }]],
    ['queries.0.grades', [{ ...query, grades: { [job.id]: 2 } }]],
  ])('refuses a wrong %s with a ValidationError naming it', (field, queries) => {
    expect(() => examplesFromQueries(queries as never)).toThrow(
      expect.objectContaining({ name: 'ValidationError', field }),
    );
  });

  it('makes an example of each judged job', () => {
    expect(examplesFromQueries([query])).toEqual([{ query: query.query, job, label: 2 }]);
  });
});
