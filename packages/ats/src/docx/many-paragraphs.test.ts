import { describe, expect, it } from 'vitest';
import { resume } from '../testing/tailor-fixtures.js';
import { resumeToDocx } from './index.js';

// More paragraphs than a function call takes arguments (~120,000 on Node's default stack): resumeToDocx spread the
// summary's paragraphs into push() and threw "RangeError: Maximum call stack size exceeded". Hand-written summary
// (130,000 paragraphs, 780,000 characters: within MAX_LONG_TEXT_LENGTH).
describe('resumeToDocx with a summary of 130,000 paragraphs', () => {
  it('writes the document', async () => {
    const bytes = await resumeToDocx({ ...resume, summary: 'Led.\n\n'.repeat(130_000) });
    const one = await resumeToDocx({ ...resume, summary: 'Led.' });
    // A ZIP file, as every DOCX is, and larger than the one with a single paragraph (130,000 compress to ~30 KB).
    expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]);
    expect(bytes.byteLength).toBeGreaterThan(one.byteLength + 10_000);
  }, 30_000);
});
