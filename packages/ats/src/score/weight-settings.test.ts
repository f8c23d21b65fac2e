import { describe, expect, it } from 'vitest';
import { backendJobText, backendStrongResume } from './fixtures.js';
import { atsComponents, scoreResumeAgainstJob } from './score.js';

// Round 8 of ADVERSARIAL.md: a weight of -1 was read as 0 and NaN made the score 0, both without a word.
describe('scoreResumeAgainstJob weights', () => {
  it.each([
    [{ skills: -1 }, 'weights.skills'],
    [{ keywords: Number.NaN }, 'weights.keywords'],
    [{ title: '0.5' }, 'weights.title'],
    [{ skills: Infinity }, 'weights.skills'],
  ])('refuses %j with a ValidationError naming %s', (weights, field) => {
    expect(() => scoreResumeAgainstJob(backendStrongResume, backendJobText, { weights: weights as never })).toThrow(
      expect.objectContaining({ name: 'ValidationError', entity: 'AtsScoreOptions', field }),
    );
  });

  it('refuses weights that are all 0 (every score was 0), and keeps a single 0 or a custom weight', () => {
    const every = Object.fromEntries(atsComponents.map((name) => [name, 0]));
    expect(() => scoreResumeAgainstJob(backendStrongResume, backendJobText, { weights: every })).toThrow(
      /must give at least one component a weight above 0/,
    );
    const withoutSkills = scoreResumeAgainstJob(backendStrongResume, backendJobText, { weights: { skills: 0 } });
    expect(withoutSkills.breakdown.skills.weight).toBe(0);
    expect(withoutSkills.score).toBeGreaterThan(0);
  });

  it.each([
    [{ now: 'yesterday' }, 'now'],
    [{ now: new Date('not a date') }, 'now'],
    [{ layout: 42 }, 'layout'],
    [{ layout: null }, 'layout'],
    [{ layout: { imageCount: -1 } }, 'layout.imageCount'],
    [{ layout: { headerText: 5 } }, 'layout.headerText'],
  ])('refuses the options %j with a ValidationError naming %s', (options, field) => {
    // `now: 'yesterday'` was a TypeError (now.getUTCFullYear is not a function); the layouts were passed over.
    expect(() => scoreResumeAgainstJob(backendStrongResume, backendJobText, options as never)).toThrow(
      expect.objectContaining({ name: 'ValidationError', entity: 'AtsScoreOptions', field }),
    );
  });

  it('refuses a now that only passes `instanceof Date` with a ValidationError naming it', () => {
    // Round 23: a Proxy of a Date and an object made from Date.prototype threw V8's TypeError ("this is not a Date
    // object") at getTime().
    for (const now of [new Proxy(new Date(), {}), Object.create(Date.prototype)])
      expect(() => scoreResumeAgainstJob(backendStrongResume, backendJobText, { now })).toThrow(
        expect.objectContaining({ name: 'ValidationError', entity: 'AtsScoreOptions', field: 'now' }),
      );
  });

  it('takes a DocumentLayout as extractDocumentLayout gives it (with pages)', () => {
    const layout = { headerText: '', footerText: '', imageCount: 1, pages: 2 };
    expect(scoreResumeAgainstJob(backendStrongResume, backendJobText, { layout }).score).toBeGreaterThan(0);
  });
});
