import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isResumeParseError, parseResumeFile, type ResumeParseErrorCode } from '../parse/index.js';
import {
  buildPdf,
  pdfManyItems,
  pdfManyPages,
  pdfRunLengthBomb,
  pdfStreamBomb,
  strayPageCounts,
  textContent,
  zlibBomb,
} from '../testing/hostile-files.js';
import { layoutPage, pdfToText, type PdfTextItem } from './index.js';
import { checkDecodedSize, checkPageCount, lzwSize, runLengthSize } from './stream-budget.js';

// No timings here (the machine running the tests may be busy): each hostile file must end in its typed error, and a
// hang ends at the test's time limit. `node bench/hostile-battery.mjs` times these files through the library and the
// program, and `pnpm bench --only adversarial` checks the page-count reader at n and 2n.
const MB = 1024 * 1024;
const directory = mkdtempSync(join(tmpdir(), 'rolefit-hostile-pdf-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

async function expectCode(read: () => Promise<unknown>, code: ResumeParseErrorCode): Promise<void> {
  const error = await read().then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(isResumeParseError(error, code), `expected ${code}, got ${String(error)}`).toBe(true);
}

describe('hostile PDFs', () => {
  it('refuses FlateDecode bombs (64 MB and 512 MB of content) as too-large before pdf.js inflates them', async () => {
    for (const size of [64 * MB, 512 * MB]) {
      const bytes = pdfStreamBomb(size);
      expect(bytes.byteLength).toBeLessThan(1.5 * MB);
      await expectCode(() => pdfToText(bytes), 'too-large');
    }
  });

  it('refuses a bomb posing as an image, and a RunLength bomb, as too-large', async () => {
    await expectCode(() => pdfToText(pdfStreamBomb(512 * MB, { extra: '/Subtype /Image' })), 'too-large');
    await expectCode(() => pdfToText(pdfRunLengthBomb(320 * MB)), 'too-large');
  });

  it('refuses 20 000 pages as too-many-pages and a page of 200 000 text items as too-large', async () => {
    await expectCode(() => pdfToText(pdfManyPages(20_000)), 'too-many-pages');
    // A generous time limit (the default is 4 s), so on a busy machine the item cap answers, not the clock.
    await expectCode(() => pdfToText(pdfManyItems(200_000), { timeoutMs: 120_000 }), 'too-large');
    // Under the caps, a many-page PDF still reads.
    expect(await pdfToText(pdfManyPages(20))).toContain('Jane Doe');
  });

  // Tests the timeoutMs setting (1 ms: any read runs past it), not a timing.
  it('stops a slow read at the time limit with timeout', async () => {
    await expectCode(() => pdfToText(pdfManyPages(50), { timeoutMs: 1 }), 'timeout');
    // The terminated worker is not reused: the next file gets a sound one.
    expect(await pdfToText(pdfManyPages(2))).toContain('Jane Doe');
  });

  it('reuses a worker across files (later files skip the start-up) and runs files in parallel', async () => {
    const bytes = pdfManyPages(2);
    await pdfToText(bytes);
    const texts = await Promise.all([pdfToText(bytes), pdfToText(bytes), pdfToText(bytes)]);
    for (const text of texts) expect(text).toContain('Jane Doe');
  });

  it('honours lowered caps on pages, decoded bytes and text', async () => {
    await expectCode(() => pdfToText(pdfManyPages(5), { maxPages: 4 }), 'too-many-pages');
    await expectCode(() => pdfToText(pdfStreamBomb(2 * MB), { maxDecodedBytes: MB }), 'too-large');
    await expectCode(() => pdfToText(pdfManyPages(5), { maxTextChars: 20 }), 'too-large');
  });

  it('answers a 0-byte .pdf as empty and a text file named .pdf as corrupt, not as a text resume', async () => {
    const empty = join(directory, 'empty.pdf');
    writeFileSync(empty, '');
    await expectCode(() => parseResumeFile(empty), 'empty');
    await expectCode(() => parseResumeFile(new Uint8Array()), 'empty');
    const text = join(directory, 'text.pdf');
    writeFileSync(text, 'Jane Doe\nEngineer\n');
    await expectCode(() => parseResumeFile(text), 'corrupt');
    await expectCode(() => pdfToText(new TextEncoder().encode('Jane Doe\nEngineer\n')), 'corrupt');
  });

  it('still reads an ordinary generated PDF', async () => {
    const bytes = buildPdf(
      [{ data: textContent(['Jane Doe', 'jane@example.com', 'Experience', 'Engineer — Acme, 2019 – 2021']) }],
      [0],
    );
    const resume = await parseResumeFile(bytes);
    expect(resume.contact.email).toBe('jane@example.com');
  });
});

describe('layoutPage on huge pages', () => {
  it('lays out 200 000 items (two columns, one line, and scattered) without overflowing the stack', () => {
    const item = (str: string, x: number, y: number): PdfTextItem => ({
      str,
      transform: [1, 0, 0, 1, x, y],
      width: 3,
      height: 1,
    });
    const columns = Array.from({ length: 200_000 }, (_, index) =>
      item(`w${index % 10}`, index % 2 ? 300 : 20, 780 - index * 0.0035),
    );
    expect(layoutPage(columns).length).toBeGreaterThan(200_000);
    // Everything on one baseline: one line of 200 000 items (spread arguments would overflow here).
    const oneLine = Array.from({ length: 200_000 }, (_, index) => item('x', index * 4, 700));
    expect(layoutPage(oneLine).length).toBeGreaterThanOrEqual(200_000);
    // A few items far apart: the gutter search is capped at a thousand candidates, not one per point.
    const wide = Array.from({ length: 40 }, (_, index) =>
      item(`line ${index}`, index % 2 ? 1e9 : -1e9, 700 - Math.floor(index / 2) * 12),
    );
    expect(layoutPage(wide)).toContain('line 0');
  });
});

describe('stream budget', () => {
  it('counts Flate, RunLength and LZW output without inflating past the budget', async () => {
    await expect(checkDecodedSize(pdfStreamBomb(8 * MB), 16 * MB)).resolves.toBeUndefined();
    await expect(checkDecodedSize(pdfStreamBomb(8 * MB), 4 * MB)).rejects.toSatisfy((error) =>
      isResumeParseError(error, 'too-large'),
    );
    expect(zlibBomb(MB).byteLength).toBeLessThan(4096);
    // RunLength: 3 literal bytes, then 128 copies of one byte, then end of data.
    expect(runLengthSize(Uint8Array.from([2, 65, 66, 67, 129, 32, 128]), 1e9)).toBe(131);
    // LZW (9-bit codes, MSB first): "A" "B" "AB" then end of data = 4 bytes.
    const codes = [65, 66, 258, 257];
    let bits = '';
    for (const code of codes) bits += code.toString(2).padStart(9, '0');
    bits = bits.padEnd(Math.ceil(bits.length / 8) * 8, '0');
    const data = Uint8Array.from(bits.match(/.{8}/g) ?? [], (byte) => Number.parseInt(byte, 2));
    expect(lzwSize(data, 1e9)).toBe(4);
  });

  it('reads the page count of a page tree from the raw bytes', () => {
    expect(() => checkPageCount(pdfManyPages(300), 100)).toThrow(/300 pages/);
    expect(() => checkPageCount(pdfManyPages(3), 100)).not.toThrow();
  });

  // The cursors move forward only; `pnpm bench --only adversarial` times this at 5 and 10 MB (no timings in tests).
  it('reads the page count of 10 MB with a thousand stray /Count entries and no object around them as no page tree', () => {
    expect(() => checkPageCount(strayPageCounts(10_000_000), 100)).not.toThrow();
  });

  it('finds the object around each /Count: the page tree node, not a stray /Count beside it', () => {
    const pages = '1 0 obj << /Type /Pages /Count 300 /Kids [] >> endobj\n';
    const stray = '2 0 obj << /Type /Catalog /Count 900 >> endobj\n';
    expect(() => checkPageCount(new TextEncoder().encode(`${stray}${pages}${stray}`), 100)).toThrow(/300 pages/);
    expect(() => checkPageCount(new TextEncoder().encode(`/Count 900 ${stray}`), 100)).not.toThrow();
  });
});
