// The review helpers refuse an argument of the wrong kind with core's ValidationError naming it, where they threw a
// TypeError from inside (`records is not iterable`, node's own error for a path that is no string).
import { describe, expect, it } from 'vitest';
import { buildFineTuningExport, exportFineTuningJsonl } from './fine-tuning.js';
import { readTailoringReviews } from './review.js';

describe('the review helpers check their arguments', () => {
  it('refuse a value of the wrong kind, naming it', async () => {
    expect(() => buildFineTuningExport(null as never)).toThrow(
      'Invalid buildFineTuningExport: records: must be a list of tailoring reviews, got null',
    );
    expect(() => exportFineTuningJsonl([42] as never)).toThrow(
      'Invalid exportFineTuningJsonl: records.0: must be a TailoringReview, got a number (42)',
    );
    await expect(readTailoringReviews(null as never)).rejects.toThrow(
      'Invalid readTailoringReviews: path: must be a string, got null',
    );
  });

  it('answer valid input as before', async () => {
    expect(exportFineTuningJsonl([])).toBe('');
    expect(await readTailoringReviews('/nonexistent/reviews.jsonl')).toEqual([]);
  });
});
