import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { parseResume } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { openZip } from '../layout/index.js';
import { findSoffice } from '../testing/system-tools.js';
import { docxToText, resumeToDocx } from './index.js';

// Round 8 of ADVERSARIAL.md: a resume holding U+FFFE (a noncharacter XML 1.0 does not allow; it comes with text pasted
// from PDFs, or from a hostile upload) was written into word/document.xml as it was. The file was not well-formed XML,
// and LibreOffice refused to open it ("source file could not be loaded").
const NOT_IN_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const hostile = parseResume({
  id: 'h',
  contact: { name: 'Ada\uFFFE Lovelace\uFFFF', email: 'ada@example.com', links: [] },
  summary: 'Engineer\uFFFE with \uD800lone surrogates\uDFFF, a bell\u0007 and 😀 kept',
  skills: ['Python\uFFFE', 'SQL'],
  experience: [{ title: 'Engineer\uFFFF', company: 'Acme', highlights: ['Shipped\uFFFE things'] }],
});

async function xmlEntries(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await openZip(bytes);
  const entries = new Map<string, string>();
  for (const entry of zip.entries)
    if (entry.name.endsWith('.xml') || entry.name.endsWith('.rels'))
      entries.set(entry.name, new TextDecoder().decode(await zip.read(entry)));
  return entries;
}

describe('resumeToDocx writes only characters XML 1.0 allows', () => {
  it('drops U+FFFE, U+FFFF and lone surrogates from every part (body and metadata), keeps the rest of the text', async () => {
    const bytes = await resumeToDocx(hostile);
    const entries = await xmlEntries(bytes);
    expect(entries.has('word/document.xml')).toBe(true);
    for (const [name, xml] of entries)
      expect(NOT_IN_XML.test(xml), `${name} holds a character XML forbids`).toBe(false);
    const text = await docxToText(bytes);
    expect(text).toContain('Ada Lovelace');
    expect(text).toContain('Engineer with lone surrogates, a bell and 😀 kept');
    expect(text).toContain('Shipped things');
  });

  const soffice = findSoffice();
  it.skipIf(!soffice)('LibreOffice opens it (soffice --convert-to txt)', async () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'rolefit-docx-xml-'));
    try {
      const input = path.join(directory, 'hostile.docx');
      writeFileSync(input, await resumeToDocx(hostile));
      await promisify(execFile)(
        soffice as string,
        [
          `-env:UserInstallation=${pathToFileURL(path.join(directory, 'profile')).href}`,
          '--headless',
          '--convert-to',
          'txt:Text',
          '--outdir',
          directory,
          input,
        ],
        { timeout: 240_000 },
      );
      expect(readFileSync(path.join(directory, 'hostile.txt'), 'utf8')).toContain('Shipped things');
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
