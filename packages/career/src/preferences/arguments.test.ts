// The preference helpers and courseSearchFor refuse an argument of the wrong kind with core's ValidationError naming
// it (`Invalid termSet: text: must be a string, got null`), where they threw a TypeError from inside.
import { describe, expect, it } from 'vitest';
import { courseSearchFor, fetchCourseSearches } from '../course-search/course-search.js';
import { interestFit, preferenceTerms, telling, termSet, termStatistics, workplaceFit } from './preference-fit.js';

const corpus = termStatistics([termSet('data analyst SQL'), termSet('nurse ward care'), termSet('chef kitchen')]);

describe('the preference helpers check their arguments', () => {
  it('refuse a value of the wrong kind, naming it', async () => {
    expect(() => termSet(null as never)).toThrow('Invalid termSet: text: must be a string, got null');
    expect(() => preferenceTerms(42 as never)).toThrow('Invalid preferenceTerms: text: must be a string');
    expect(() => termStatistics(['data'] as never)).toThrow(
      'Invalid termStatistics: texts.0: must be a Set of terms (from termSet)',
    );
    expect(() => telling(1, undefined as never)).toThrow('Invalid telling: corpus: must be TermStatistics');
    expect(() => interestFit(null as never, [], corpus)).toThrow('Invalid interestFit: terms: must be PreferenceTerms');
    expect(() => interestFit(preferenceTerms('data'), 'x' as never, corpus)).toThrow('Invalid interestFit: group:');
    expect(() => interestFit(preferenceTerms('data'), [], { documents: 3 } as never)).toThrow(
      'Invalid interestFit: corpus: must be TermStatistics',
    );
    expect(() => workplaceFit(['remote'], null as never)).toThrow('Invalid workplaceFit: jobs: must be a list of jobs');
    expect(() => workplaceFit(['remote'], [null] as never)).toThrow('Invalid workplaceFit: jobs.0: must be a Job');
    expect(() => courseSearchFor(undefined as never)).toThrow('Invalid courseSearchFor: name: must be a string');
    await expect(fetchCourseSearches([], {} as never)).rejects.toThrow(
      'Invalid FetchCourseSearchesSettings: crawlerFor: must be a function',
    );
    await expect(fetchCourseSearches([{ id: 'a' }] as never, { crawlerFor: () => undefined as never })).rejects.toThrow(
      'Invalid fetchCourseSearches: specialisations.0.courseSearch: must be a CourseSearch, got undefined',
    );
  });

  it('answer valid input as before', () => {
    const fit = interestFit(preferenceTerms('I like data'), [termSet('data analyst')], corpus);
    expect(fit.value).toBeGreaterThan(0);
    expect(telling(1, corpus)).toBe(true);
    expect(workplaceFit(['remote'], [{ location: { workplace: 'remote' } }]).value).toBe(1);
    expect(courseSearchFor(' data  science ').query).toBe('data science');
  });
});
