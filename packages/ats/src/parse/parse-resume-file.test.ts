import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fifoScratch, hasMkfifo } from '../../../core/src/testing/fifo.js';
import { buildPdf, textContent } from '../testing/hostile-files.js';
import { isResumeParseError } from './errors.js';
import {
  decodeResumeText,
  parseResumeFile,
  readResumeBytes,
  readResumeFile,
  readResumeInWorker,
  resumeFileToText,
  sniffResumeType,
} from './parse-resume-file.js';
import { parseResumeText } from './parse-resume-text.js';
import { resolveLimits, workerExecArgv } from './sandbox.js';

const now = new Date(Date.UTC(2026, 0, 1));
const resumeText =
  'Jane Doe\njane@example.com\n\nExperience\nBackend Engineer, Acme, 2019 - 2023\n- Built Go services\n\nSkills\nGo, Kubernetes\n';
const encode = (text: string) => new TextEncoder().encode(text);
// A real FIFO (core's test helper: its folder is removed after the file).
const fifos = fifoScratch('rolefit-parse-file-fifo-');
let directory = '';
beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'rolefit-parse-file-'));
});
afterAll(() => rmSync(directory, { recursive: true, force: true }));

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return isResumeParseError(error) ? error.code : String(error);
  }
}

describe('parseResumeFile on plain text', () => {
  it('parses in the worker exactly as parseResumeText does on the calling thread', async () => {
    const path = join(directory, 'resume.txt');
    writeFileSync(path, `\uFEFF${resumeText}`);
    expect(await parseResumeFile(path, { now })).toEqual(parseResumeText(resumeText, { now }));
    expect(await parseResumeFile(encode(resumeText), { now, id: 'r1' })).toEqual(
      parseResumeText(resumeText, { now, id: 'r1' }),
    );
  });

  it('holds the wall-clock limit on text too: a résumé at the character cap with a 50 ms limit is a timeout', async () => {
    const text = `Jane Doe\n${'Phone'.padEnd(40_000, ' ')}x\n${'$5\u2003\u2003 '.repeat(50_000)}`.slice(0, 299_000);
    // Tests the timeoutMs setting, with a generous bound: 100 times the limit. A new worker's start (not counted in the
    // limit) is inside this figure.
    const started = performance.now();
    expect(await codeOf(parseResumeFile(encode(text), { timeoutMs: 50 }))).toBe('timeout');
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it("does not count a new worker's start against the file's limit: a short résumé parses within 500 ms", async () => {
    // maxMemoryMb 200 gives a worker heap no earlier test's idle worker has, so this call starts a new worker, which
    // loads pdf.js and warms the parser up (about a second of CPU, more on a busy machine) before its 500 ms start.
    // Parsing the short résumé itself takes a few ms of CPU, so 500 ms leaves room for a loaded machine.
    const resume = await parseResumeFile(encode(resumeText), { now, timeoutMs: 500, maxMemoryMb: 200 });
    expect(resume).toEqual(parseResumeText(resumeText, { now, id: resume.id }));
  });

  it('refuses text over the character cap before parsing it', async () => {
    expect(await codeOf(parseResumeFile(encode('a'.repeat(1_001)), { maxTextChars: 1_000 }))).toBe('too-large');
  });
});

describe("the caller's bytes", () => {
  // A Buffer with memory of its own, as fs.readFileSync gives for a file over 4 KB (Buffer.alloc never takes a slice of
  // Node's shared pool, which Node never transfers).
  const ownBuffer = (bytes: Uint8Array) => {
    const buffer = Buffer.alloc(bytes.length);
    buffer.set(bytes);
    return buffer;
  };

  it('stay as they were after a read, a Node Buffer too (its slice is a view: transferring that emptied the Buffer)', async () => {
    const text = ownBuffer(encode(resumeText));
    const pdf = ownBuffer(
      buildPdf(
        [{ data: textContent(['Jane Doe', 'jane@example.com', 'Experience', 'Engineer, Acme, 2019 - 2023']) }],
        [0],
      ),
    );
    for (const bytes of [text, pdf]) {
      const before = Buffer.from(bytes);
      const resume = await parseResumeFile(bytes, { now });
      expect(resume.contact.name).toBe('Jane Doe');
      expect(bytes.length).toBe(before.length);
      expect(bytes.equals(before)).toBe(true);
      // The same Buffer read again gives the same résumé (it was refused as empty the second time).
      expect(await parseResumeFile(bytes, { now, id: resume.id })).toEqual(resume);
    }
  });
});

describe('readResumeFile', () => {
  it('hands JSON text back unparsed and reports blank text when asked, and parses otherwise', async () => {
    expect(await readResumeFile(encode('  {"id": "x"}'), { acceptJson: true })).toEqual({ json: '  {"id": "x"}' });
    expect(await readResumeFile(encode(' \n\t '), { acceptJson: true })).toEqual({ blank: true });
    const readout = await readResumeFile(encode(resumeText), { acceptJson: true, now });
    expect(readout).toEqual({ resume: parseResumeText(resumeText, { now }) });
  });

  it("refuses a path the system will not read as 'unreadable', naming the path and why (Node's error as the cause)", async () => {
    const missing = join(directory, 'missing.pdf');
    const error = await parseResumeFile(missing).catch((caught: unknown) => caught);
    expect(isResumeParseError(error, 'unreadable')).toBe(true);
    expect((error as Error).message).toBe(`${missing}: no such file`);
    expect(((error as Error).cause as NodeJS.ErrnoException).code).toBe('ENOENT');
    expect(await codeOf(readResumeFile(directory))).toBe('unreadable');
    expect(await codeOf(readResumeBytes(join(directory, 'missing.txt', 'below')))).toBe('unreadable');
  });

  it("refuses a path that holds a NUL character as 'unreadable', not with Node's TypeError (round 22)", async () => {
    const path = join(directory, 'resume\0.pdf');
    const error = await readResumeFile(path).catch((caught: unknown) => caught);
    expect(isResumeParseError(error, 'unreadable')).toBe(true);
    expect((error as Error).message).toBe(`${path}: the path holds a NUL character`);
    expect(await codeOf(parseResumeFile(path))).toBe('unreadable');
    expect(await codeOf(readResumeBytes(path))).toBe('unreadable');
  });

  it('refuses an empty file and a .pdf that is not a PDF', async () => {
    writeFileSync(join(directory, 'empty.txt'), '');
    writeFileSync(join(directory, 'text.pdf'), resumeText);
    expect(await codeOf(readResumeFile(join(directory, 'empty.txt')))).toBe('empty');
    expect(await codeOf(readResumeFile(join(directory, 'text.pdf')))).toBe('corrupt');
  });

  it.skipIf(!hasMkfifo)('refuses a FIFO nobody writes to within its time limit', async () => {
    const path = fifos.fifo('resume.fifo');
    // Tests the timeoutMs setting, with a generous bound (ten times the limit): a FIFO blocks for ever without it.
    const started = performance.now();
    expect(await codeOf(parseResumeFile(path, { timeoutMs: 300 }))).toBe('timeout');
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});

describe('readResumeInWorker', () => {
  it('reads and parses text bytes (it is what the worker runs; here on the calling thread)', async () => {
    const readout = await readResumeInWorker(
      { kind: 'resume', type: 'text', parse: { now } },
      encode(resumeText),
      resolveLimits(),
    );
    expect(readout).toEqual({ resume: parseResumeText(resumeText, { now }) });
  });
});

describe('the helpers around it', () => {
  it('readResumeBytes passes bytes through under the cap and refuses them over it', async () => {
    expect(await readResumeBytes(encode('abc'), 3)).toEqual(encode('abc'));
    expect(await codeOf(readResumeBytes(encode('abcd'), 3))).toBe('too-large');
  });

  it('decodeResumeText drops a BOM and refuses text over the cap', () => {
    expect(decodeResumeText(encode('\uFEFFJane'))).toBe('Jane');
    expect(() => decodeResumeText(encode('abcd'), 3)).toThrow(/3-character limit/);
  });

  it('sniffResumeType tells PDF, text and binary apart; resumeFileToText decodes text', async () => {
    expect(sniffResumeType(encode('%PDF-1.7\n'))).toBe('pdf');
    expect(sniffResumeType(encode(resumeText))).toBe('text');
    expect(() => sniffResumeType(new Uint8Array(100).fill(1))).toThrow(/neither PDF, DOCX nor text/);
    expect(await resumeFileToText(encode(resumeText))).toBe(resumeText);
  });

  it('sniffs an RTF file (which is ASCII) as RTF, not text, and reads its text, not its control words', async () => {
    const rtf = encode(
      `\uFEFF\r\n{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0 Arial;}}\\pard ${resumeText.split('\n').join('\\par\n')}\\par}`,
    );
    expect(sniffResumeType(rtf)).toBe('rtf');
    expect(await resumeFileToText(rtf)).toBe(
      resumeText
        .split('\n')
        .filter((line) => line.trim() !== '')
        .join('\n'),
    );
    const { resume } = (await readResumeFile(rtf, { now })) as { resume: { contact: { email?: string } } };
    expect(resume.contact.email).toBe(parseResumeText(resumeText).contact.email);
    // A file named .rtf that is not RTF is refused, as a .pdf that is not a PDF is.
    const named = join(directory, 'resume.rtf');
    writeFileSync(named, resumeText);
    expect(await codeOf(readResumeFile(named, { now }))).toBe('corrupt');
  });

  it('reads a text saved as Windows-1252 ("ANSI") or UTF-16 with a byte-order mark, and still refuses binary data', async () => {
    // Windows-1252 bytes written by hand (Node encodes only UTF-8, UTF-16 and Latin-1): é, ñ, €, the curly quotes, –.
    const ansiText =
      'José Núñez\njose@example.es\n\nExperiencia\nIngeniero de datos, Compañía, 2018 – 2023\n- “Spark” 25 €\n';
    const ansi = Uint8Array.from(ansiText, (character) => {
      const special: Record<string, number> = { '–': 0x96, '“': 0x93, '”': 0x94, '€': 0x80 };
      return special[character] ?? character.charCodeAt(0);
    });
    expect(sniffResumeType(ansi)).toBe('text');
    expect(decodeResumeText(ansi)).toBe(ansiText);
    const resume = (await readResumeFile(ansi, { now })) as { resume: { contact: { name?: string; email?: string } } };
    expect(resume.resume.contact).toMatchObject({ name: 'José Núñez', email: 'jose@example.es' });
    const utf16le = Uint8Array.from([0xff, 0xfe, ...Buffer.from(resumeText, 'utf16le')]);
    expect(sniffResumeType(utf16le)).toBe('text');
    expect(decodeResumeText(utf16le)).toBe(resumeText);
    const utf16be = Uint8Array.from([0xfe, 0xff, ...Buffer.from(resumeText, 'utf16le').swap16()]);
    expect(decodeResumeText(utf16be)).toBe(resumeText);
    // UTF-8 with one damaged byte stays UTF-8 (its other characters are not turned into Windows-1252 pairs).
    expect(decodeResumeText(Uint8Array.from([...encode('Zoë Müller '), 0xff]))).toBe('Zoë Müller \uFFFD');
    // Bytes mostly past ASCII, or one of the five bytes Windows-1252 leaves undefined: not text.
    const noisy = Uint8Array.from({ length: 4096 }, (_, index) => 0x20 + ((index * 7919) % 0xdf));
    expect(() => sniffResumeType(noisy)).toThrow(/neither PDF, DOCX nor text/);
    expect(() => sniffResumeType(Uint8Array.from([...encode('Jane Doe '), 0x81]))).toThrow(
      /neither PDF, DOCX nor text/,
    );
  });

  it('refuses binary data after a UTF-16 byte-order mark, and reads UTF-16 text cut or ended oddly', async () => {
    // Random bytes after FF FE decode to CJK-looking units with a surrogate missing its pair every ~32 units: they were
    // taken for text and parsed as an empty resume.
    let seed = 1;
    const random = Uint8Array.from({ length: 100_000 }, () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed >>> 24;
    });
    for (const mark of [
      [0xff, 0xfe],
      [0xfe, 0xff],
    ]) {
      const binary = Uint8Array.from([...mark, ...random]);
      expect(() => sniffResumeType(binary)).toThrow(/neither PDF, DOCX nor text/);
      expect(await codeOf(readResumeFile(binary, { now }))).toBe('unsupported-type');
    }
    // A pair cut by the 64 KB sample's end, and one stray byte at a text's end, are no reason to refuse it.
    const long = `${'a'.repeat(32_766)}😀${resumeText}`;
    const cut = Uint8Array.from([0xff, 0xfe, ...Buffer.from(long, 'utf16le')]);
    expect(cut[65_535]).toBe(0xd8); // the high half of 😀 ends the sample
    expect(sniffResumeType(cut)).toBe('text');
    expect(decodeResumeText(cut)).toBe(long);
    const stray = Uint8Array.from([0xff, 0xfe, ...Buffer.from(resumeText, 'utf16le'), 0x0a]);
    expect(sniffResumeType(stray)).toBe('text');
    expect(decodeResumeText(stray)).toBe(`${resumeText}\uFFFD`);
  });
});

describe('workerExecArgv', () => {
  it('drops the options of the parent entry point (with their values) and keeps the rest', () => {
    expect(workerExecArgv(['--input-type=module', '-e', 'code', '--max-old-space-size=512'])).toEqual([
      '--max-old-space-size=512',
    ]);
    expect(workerExecArgv(['--input-type', 'module', '--eval', 'code', '--enable-source-maps'])).toEqual([
      '--enable-source-maps',
    ]);
    expect(workerExecArgv(['-p', '1 + 1', '--expose-gc'])).toEqual(['--expose-gc']);
    expect(workerExecArgv([])).toEqual([]);
  });
});
