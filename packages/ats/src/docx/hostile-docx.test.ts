import { deflateRawSync } from 'node:zlib';
import { parseResume } from '@rolefit/core';
import { sampleResumes } from '@rolefit/core/samples';
import { describe, expect, it } from 'vitest';
import { openZip } from '../layout/index.js';
import { extractDocumentLayout } from '../layout/index.js';
import { isResumeParseError, parseResumeFile, type ResumeParseErrorCode } from '../parse/index.js';
import { docxWithBody, docxZipBomb, randomWords } from '../testing/hostile-files.js';
import { writeTestZip } from '../testing/zip.js';
import { docxToText, resumeToDocx } from './index.js';

// No timings here (the machine running the tests may be busy): each hostile file must end in its typed error, and a
// hang ends at the test's time limit; `node bench/hostile-battery.mjs` times such files through the library and program.
const MB = 1024 * 1024;

async function expectCode(read: () => Promise<unknown>, code: ResumeParseErrorCode): Promise<void> {
  const error = await read().then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(isResumeParseError(error, code), `expected ${code}, got ${String(error)}`).toBe(true);
}

describe('hostile DOCX files', () => {
  it('refuses a ZIP bomb whose headers lie (1 GB inflated, 4 KB declared) as too-large, through parseResumeFile and the layout reader', async () => {
    const bomb = docxZipBomb(1024 * MB);
    expect(bomb.byteLength).toBeLessThan(2 * MB);
    await expectCode(() => parseResumeFile(bomb), 'too-large');
    await expectCode(() => docxToText(bomb), 'too-large');
    await expectCode(() => extractDocumentLayout(bomb), 'too-large');
  });

  it('refuses an honest ZIP bomb (declared 1 GB) before inflating anything', async () => {
    await expectCode(() => parseResumeFile(docxZipBomb(1024 * MB, 1024 * MB)), 'too-large');
  });

  it('refuses too many entries, an entry that inflates more than 200 times, and one that inflates past its declared size', async () => {
    const entry = (name: string) => ({ name, deflated: deflateRawSync(Buffer.from('<x/>')), declaredSize: 4 });
    const many = writeTestZip([
      entry('word/document.xml'),
      ...Array.from({ length: 2_100 }, (_, index) => entry(`word/part${index}.xml`)),
    ]);
    await expect(openZip(many)).rejects.toThrow(/entries/);
    const spaces = deflateRawSync(Buffer.alloc(4 * MB, 0x20));
    // Declared honestly: refused from the central directory, before anything is inflated.
    await expect(
      openZip(writeTestZip([{ name: 'word/document.xml', deflated: spaces, declaredSize: 4 * MB }])),
    ).rejects.toThrow(/inflates more than 200 times/);
    // Declared as 1 000 bytes: yauzl stops inflating just past the declared size.
    const lying = await openZip(writeTestZip([{ name: 'word/document.xml', deflated: spaces, declaredSize: 1000 }]));
    const [first] = lying.entries as [(typeof lying.entries)[number]];
    await expect(lying.read(first)).rejects.toSatisfy(
      (error) => isResumeParseError(error, 'too-large') && /declared 1000 bytes/.test(String(error)),
    );
    await expect(
      openZip(writeTestZip([{ name: 'word/document.xml', deflated: spaces, declaredSize: 4 * MB }]), {
        maxEntryBytes: 1000,
        maxCompressionRatio: 10_000,
      }),
    ).rejects.toThrow(/limit/);
  });

  it('refuses a 6 MB document.xml of ordinary paragraphs (too-large) and answers 200 000 nested elements with a typed error', async () => {
    const words = randomWords(600_000);
    const paragraphs: string[] = [];
    for (let index = 0; index < words.length; index += 4)
      paragraphs.push(`<w:p><w:r><w:t>${words.slice(index, index + 4).join(' ')}</w:t></w:r></w:p>`);
    await expectCode(() => parseResumeFile(docxWithBody(paragraphs.join(''))), 'too-large');
    const names = randomWords(200_000, 7).map((word) => `x${word}`);
    const deep = docxWithBody(
      names.map((name) => `<${name}>`).join('') +
        names
          .reverse()
          .map((name) => `</${name}>`)
          .join(''),
    );
    const error = await parseResumeFile(deep).catch((caught: unknown) => caught);
    // The XML reader refuses nesting deeper than 256 elements (too-large), or a loaded machine reaches the time limit first.
    expect(
      ['too-large', 'timeout'].some((code) => isResumeParseError(error, code as ResumeParseErrorCode)),
      String(error),
    ).toBe(true);
  });

  // Tests the timeoutMs setting (1 ms: any read runs past it), not a timing.
  it('stops DOCX reading at the time limit and still reads an ordinary DOCX', async () => {
    const bytes = await resumeToDocx(parseResume(sampleResumes[0]));
    await expectCode(() => docxToText(bytes, { timeoutMs: 1 }), 'timeout');
    expect(await docxToText(bytes)).toContain('Tomás Herrera');
  });
});
