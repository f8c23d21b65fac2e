// The resume readers refuse a data argument of the wrong shape with a ValidationError naming it. Before,
// `parseResumeText(42)` was "text.replace is not a function", `parseResumeFile(null)` "Cannot read properties of
// null (reading 'byteLength')", and `pdfToText('resume.pdf')` handed the string to the extraction worker, which
// never answered (an unhandled ERR_INVALID_TRANSFER_OBJECT).
import { isValidationError } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { extractContact } from '../contact/index.js';
import { docxToText } from '../docx/index.js';
import { pdfToText } from '../pdf/index.js';
import { jobFromText } from '../score/index.js';
import { checkTruthfulness } from '../truthfulness/index.js';
import { parseResumeFile, parseResumeText, resumeFileToText, sniffResumeType } from './index.js';

describe('a data argument of the wrong shape', () => {
  it('text: a ValidationError naming it', () => {
    expect(() => parseResumeText(42 as never)).toThrow(
      'Invalid parseResumeText: text: must be a string, got a number (42)',
    );
    expect(() => extractContact(undefined as never)).toThrow('Invalid extractContact: text');
    expect(() => jobFromText(['a'] as never)).toThrow('Invalid jobFromText: text: must be a string, got an array');
    expect(() => checkTruthfulness('I know SQL.', null as never)).toThrow('Invalid checkTruthfulness: source');
    expect(() => checkTruthfulness('I know SQL.', {} as never)).toThrow('Invalid Resume');
  });

  it('options: a revoked Proxy, keys that cannot be listed or a getter that throws is a ValidationError', () => {
    // Each was the caller's TypeError or Error from inside the parse ("Cannot perform 'IsArray' on a proxy that has been
    // revoked").
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    expect(() => parseResumeText('Jane Doe', revocable.proxy)).toThrow(
      'Invalid ParseResumeTextOptions: (root): must be a settings object, got a revoked Proxy',
    );
    const unlisted = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no keys here');
        },
      },
    );
    expect(() => parseResumeText('Jane Doe', unlisted)).toThrow(
      'Invalid ParseResumeTextOptions: (root): could not be read: no keys here',
    );
    const throwing = {
      get id(): string {
        throw new Error('no id here');
      },
    };
    expect(() => parseResumeText('Jane Doe', throwing)).toThrow(
      'Invalid parseResumeText: options.id: could not be read: no id here',
    );
    // Settings read as given.
    expect(parseResumeText('Jane Doe', { id: 'jane' }).id).toBe('jane');
  });

  it('options.now: a Date holding a real time, else a ValidationError naming it', () => {
    // Round 23: each was V8's TypeError from deep in core's date reader ("now.getUTCFullYear is not a function", "this
    // is not a Date object" for a Proxy of a Date), or an Invalid Date read every ongoing position as 0 years.
    const text = 'Jane Doe\nExperience\nEngineer Jan 2019 - Present';
    for (const now of [
      '2026-01-01',
      5,
      {},
      new Date(Number.NaN),
      new Proxy(new Date(), {}),
      Object.create(Date.prototype),
    ])
      expect(() => parseResumeText(text, { now } as never), String(typeof now)).toThrow(
        'Invalid parseResumeText: options.now: must be a valid Date, got',
      );
    const now = new Date(Date.UTC(2021, 0, 1));
    expect(parseResumeText(text, { now }).totalYears).toBe(2);
  });

  it('a file: a path or bytes, else a ValidationError naming the input', async () => {
    await expect(parseResumeFile(null as never)).rejects.toThrow(
      "Invalid parseResumeFile: input: must be a file's path or a Uint8Array of its bytes, got null",
    );
    await expect(resumeFileToText({ length: 3 } as never)).rejects.toThrow('Invalid resumeFileToText: input');
    await expect(pdfToText('resume.pdf' as never)).rejects.toSatisfy(isValidationError);
    await expect(docxToText([] as never)).rejects.toThrow('Invalid docxToText: bytes');
    expect(() => sniffResumeType(undefined as never)).toThrow('Invalid sniffResumeType: bytes');
  });

  it('valid input reads as before', async () => {
    const bytes = new TextEncoder().encode('Jane Doe\nSkills: SQL');
    expect(sniffResumeType(Buffer.from(bytes))).toBe('text');
    expect(await resumeFileToText(bytes)).toBe('Jane Doe\nSkills: SQL');
    expect(parseResumeText('Jane Doe\nSkills: SQL').skills).toEqual(['SQL']);
  });
});
