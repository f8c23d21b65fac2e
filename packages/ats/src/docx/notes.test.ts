// Footnotes and endnotes: DOCX files written at test time by the `docx` library (a devDependency), and the same file
// saved again by LibreOffice (`soffice --convert-to docx`, skipped with a printed reason where soffice is absent);
// wordXmlToLines on a hand-written notes part for the note types no writer here produces (a continuation notice).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Document, EndnoteReferenceRun, FootnoteReferenceRun, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { extractDocumentLayout } from '../layout/index.js';
import { isResumeParseError } from '../parse/errors.js';
import { resumeFileToText } from '../parse/index.js';
import { convertWithSoffice } from '../testing/soffice.js';
import { findSoffice } from '../testing/system-tools.js';
import { docxToText } from './index.js';
import { wordXmlToLines } from './word-xml.js';

const soffice = findSoffice();
if (!soffice)
  console.log(
    'docx/notes.test.ts: the LibreOffice case skipped: soffice not found (see scripts/install-test-tools.sh, or set ROLEFIT_SOFFICE)',
  );

// A résumé whose certification and team size sit in footnotes and whose source is an endnote. The body refers to
// footnote 2, then 1; the team's note is footnote 2 (so the notes part, in id order, holds the certification first),
// or with `partInReferenceOrder` footnote 1 (the part then lists the notes in the order the body refers to them).
async function resumeWithNotes(partInReferenceOrder = false): Promise<Uint8Array> {
  const document = new Document({
    footnotes: {
      [partInReferenceOrder ? 2 : 1]: { children: [new Paragraph('AWS Certified Solutions Architect, 2021')] },
      [partInReferenceOrder ? 1 : 2]: {
        children: [new Paragraph('Led a team of 12 engineers'), new Paragraph('Budget of $2M')],
      },
    },
    sections: [
      {
        children: [
          new Paragraph('Jane Doe'),
          new Paragraph('Experience'),
          new Paragraph({
            children: [new TextRun('Data Engineer, Acme Corp, 2019 - 2023'), new FootnoteReferenceRun(2)],
          }),
          new Paragraph({
            children: [
              new TextRun('Certified in cloud architecture'),
              new FootnoteReferenceRun(1),
              new EndnoteReferenceRun({ children: [new Paragraph('Verification: aws.amazon.com/verification')] }),
            ],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

const EXPECTED = [
  'Jane Doe',
  'Experience',
  'Data Engineer, Acme Corp, 2019 - 2023',
  'Certified in cloud architecture',
  'Led a team of 12 engineers',
  'Budget of $2M',
  'AWS Certified Solutions Architect, 2021',
  'Verification: aws.amazon.com/verification',
];

describe('DOCX footnotes and endnotes', () => {
  it('are read after the body, in the order the body refers to them, the separators skipped', async () => {
    const bytes = await resumeWithNotes();
    expect((await docxToText(bytes, { timeoutMs: 30_000 })).split('\n')).toEqual(EXPECTED);
    expect((await resumeFileToText(bytes, { timeoutMs: 30_000 })).split('\n')).toEqual(EXPECTED);
  });

  it.skipIf(!soffice)(
    'are read the same from the file LibreOffice saves again',
    async () => {
      const directory = mkdtempSync(path.join(tmpdir(), 'rolefit-soffice-notes-'));
      try {
        const input = path.join(directory, 'notes-input.docx');
        // LibreOffice 7.4 gives a DOCX's footnotes to its references in the notes part's order, whatever their ids say:
        // the other file would come back with its two footnotes swapped (as LibreOffice shows it, too).
        writeFileSync(input, await resumeWithNotes(true));
        const saved = await convertWithSoffice(soffice as string, input, 'docx', path.join(directory, 'out'));
        expect((await docxToText(saved, { timeoutMs: 30_000 })).split('\n')).toEqual(EXPECTED);
      } finally {
        rmSync(directory, { recursive: true, force: true });
      }
    },
    300_000,
  );

  it('read a note referred to many times once, and count the notes against maxTextChars', async () => {
    const long = 'x'.repeat(5_000);
    const document = new Document({
      footnotes: { 1: { children: [new Paragraph(long)] } },
      sections: [
        {
          children: [
            new Paragraph({
              children: [new TextRun('Body'), ...Array.from({ length: 2_000 }, () => new FootnoteReferenceRun(1))],
            }),
          ],
        },
      ],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(document));
    expect(await docxToText(bytes, { timeoutMs: 30_000 })).toBe(`Body\n${long}`);
    const refused = await docxToText(bytes, { timeoutMs: 30_000, maxTextChars: 4_000 }).catch((error) => error);
    expect(isResumeParseError(refused, 'too-large')).toBe(true);
  });

  it('count the pictures of the notes read, and read a note referred to only from another note', async () => {
    // A 1×1 PNG: a logo in footnote 1 (read) and in footnote 4 (referred to by nothing, so not read nor counted).
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    );
    const picture = () => new ImageRun({ type: 'png', data: png, transformation: { width: 8, height: 8 } });
    // Footnote 2 cites footnote 3, which the body never refers to; footnote 3 cites footnote 2 back. (The docx library
    // writes no endnote cited from a note: wordXmlToLines' case below.)
    const document = new Document({
      footnotes: {
        1: { children: [new Paragraph({ children: [new TextRun('Certified by ACME'), picture()] })] },
        2: {
          children: [
            new Paragraph({
              children: [new TextRun('Led a team of 12'), new FootnoteReferenceRun(3)],
            }),
          ],
        },
        3: { children: [new Paragraph({ children: [new TextRun('Of whom 4 seniors'), new FootnoteReferenceRun(2)] })] },
        4: { children: [new Paragraph({ children: [new TextRun('Unused'), picture()] })] },
      },
      sections: [
        {
          children: [
            new Paragraph({
              children: [
                new TextRun('Data Engineer, Acme Corp, 2019 - 2023'),
                new FootnoteReferenceRun(2),
                new FootnoteReferenceRun(1),
              ],
            }),
          ],
        },
      ],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(document));
    expect((await docxToText(bytes, { timeoutMs: 30_000 })).split('\n')).toEqual([
      'Data Engineer, Acme Corp, 2019 - 2023',
      'Led a team of 12',
      'Of whom 4 seniors',
      'Certified by ACME',
    ]);
    expect((await extractDocumentLayout(bytes)).imageCount).toBe(1);
  });

  it("wordXmlToLines gives a notes part's notes by key, without separators and continuation notices", () => {
    // Hand-written: Word writes a continuation notice only when one is typed in its notes pane.
    const part =
      '<w:footnotes><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>' +
      '<w:footnote w:type="continuationNotice" w:id="0"><w:p><w:r><w:t>continued</w:t></w:r></w:p></w:footnote>' +
      '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t>First</w:t></w:r></w:p></w:footnote>' +
      '<w:footnote w:type="normal" w:id="2"><w:p><w:r><w:t>Second</w:t></w:r></w:p>' +
      '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>b</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:footnote>' +
      '<w:footnote w:id="3"><w:p><w:r><w:t>Cut';
    expect(wordXmlToLines(part).notes).toEqual([
      { key: 'footnote:1', lines: ['First'], imageCount: 0, references: [] },
      { key: 'footnote:2', lines: ['Second', 'a\tb'], imageCount: 0, references: [] },
      { key: 'footnote:3', lines: ['Cut'], imageCount: 0, references: [] },
    ]);
    // A note's pictures and the notes it cites (hand-written: an endnote cited from a footnote).
    const citing =
      '<w:footnotes><w:footnote w:id="1"><w:p><w:r><w:t>See</w:t></w:r><w:r><w:endnoteReference w:id="5"/></w:r>' +
      '<w:r><w:drawing><pic:pic/></w:drawing></w:r></w:p></w:footnote><w:footnote w:id="2"><w:p><w:r><w:t>Plain</w:t></w:r></w:p></w:footnote></w:footnotes>';
    expect(wordXmlToLines(citing).notes).toEqual([
      { key: 'footnote:1', lines: ['See'], imageCount: 1, references: ['endnote:5'] },
      { key: 'footnote:2', lines: ['Plain'], imageCount: 0, references: [] },
    ]);
    const body = '<w:body><w:p><w:r><w:endnoteReference w:id="4"/><w:footnoteReference w:id="2"/></w:r></w:p></w:body>';
    expect(wordXmlToLines(body).noteReferences).toEqual(['endnote:4', 'footnote:2']);
  });
});
