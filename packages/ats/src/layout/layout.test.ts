import { readFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';
import { Document, Footer, Header, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { isResumeParseError, ResumeParseError } from '../parse/index.js';
import { pdfToText } from '../pdf/index.js';
import { wordXmlToText } from '../docx/word-xml.js';
import { writeTestZip } from '../testing/zip.js';
import { extractDocumentLayout, openZip } from './index.js';

const labelled = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../parse/fixtures/labelled/${name}`, import.meta.url)));
const pdfFixture = (name: string) => new Uint8Array(readFileSync(new URL(`../pdf/fixtures/${name}`, import.meta.url)));

const body = [
  'Jane Doe',
  'Senior Backend Engineer',
  'Experience',
  'Backend Engineer — Acme, Jan 2019 – Present',
  'Built payment services in Go and Kubernetes.',
];

/** A DOCX whose page header and footer hold the given lines, with the body lines and optionally one picture. */
async function makeDocx(options: {
  header?: string[];
  footer?: string[];
  body?: string[];
  image?: Uint8Array;
}): Promise<Uint8Array> {
  const children = (options.body ?? body).map((line) => new Paragraph({ children: [new TextRun(line)] }));
  if (options.image)
    children.push(
      new Paragraph({
        children: [new ImageRun({ type: 'png', data: options.image, transformation: { width: 8, height: 8 } })],
      }),
    );
  const document = new Document({
    sections: [
      {
        ...(options.header || options.footer
          ? {
              headers: options.header
                ? {
                    default: new Header({
                      children: options.header.map((line) => new Paragraph({ children: [new TextRun(line)] })),
                    }),
                  }
                : undefined,
              footers: options.footer
                ? {
                    default: new Footer({
                      children: options.footer.map((line) => new Paragraph({ children: [new TextRun(line)] })),
                    }),
                  }
                : undefined,
            }
          : {}),
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** A 2×2 red PNG, built from its chunks. */
function tinyPng(): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(typed));
    return Buffer.concat([length, typed, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0);
  header.writeUInt32BE(2, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.from([0, 255, 0, 0, 255, 0, 0, 0, 255, 0, 0, 255, 0, 0]);
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('IDAT', deflateSync(rows)),
      chunk('IEND', new Uint8Array()),
    ]),
  );
}

/** A PDF with one content stream per page (Helvetica as /F1, an optional 1×1 grey image as /Im0), offsets computed. */
function makePdf(pages: string[]): Uint8Array {
  const objects: string[] = [];
  const pageIds = pages.map((_, index) => 5 + index * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
  objects[4] =
    '<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 1 >>\nstream\n\x80\nendstream';
  pages.forEach((content, index) => {
    const id = pageIds[index] as number;
    objects[id] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> /XObject << /Im0 4 0 R >> >> /Contents ${id + 1} 0 R >>`;
    objects[id + 1] = `<< /Length ${content.length} >>\nstream\n${content}\nendstream`;
  });
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = pdf.length;
    pdf += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length}\n0000000000 65535 f \n${offsets
    .slice(1)
    .map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`)
    .join('')}`;
  pdf += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(pdf, 'latin1'));
}

const text = (x: number, y: number, line: string) => `BT /F1 10 Tf ${x} ${y} Td (${line}) Tj ET`;
const bodyLines = (page: number) => body.map((line, index) => text(72, 700 - index * 14, `${line} ${page}`)).join('\n');

describe('wordXmlToText', () => {
  it('keeps runs, tabs and breaks, skips tab stop definitions and decodes entities', () => {
    const xml =
      '<w:hdr><w:p><w:pPr><w:tabs><w:tab w:val="right" w:pos="9000"/></w:tabs></w:pPr><w:r><w:t>Jane &amp; Co</w:t></w:r><w:r><w:tab/><w:t xml:space="preserve"> jane@example.com</w:t></w:r></w:p>' +
      '<w:p><w:r><w:t>A&#x2013;B &#8212; &lt;C&gt;</w:t><w:br/><w:t>next</w:t></w:r></w:p><w:p/></w:hdr>';
    expect(wordXmlToText(xml)).toBe('Jane & Co\t jane@example.com\nA–B — <C>\nnext');
    expect(wordXmlToText('<w:p><w:r><w:t>&quot;&apos;</w:t></w:r></w:p>')).toBe('"\'');
  });
});

describe('extractDocumentLayout on DOCX', () => {
  it('returns the header and footer text of a DOCX whose contact line is in the page header', async () => {
    const bytes = await makeDocx({ header: ['jane.doe@example.com | (312) 555-0188'], footer: ['Jane Doe — Resume'] });
    const layout = await extractDocumentLayout(bytes);
    expect(layout).toEqual({
      headerText: 'jane.doe@example.com | (312) 555-0188',
      footerText: 'Jane Doe — Resume',
      imageCount: 0,
    });
  });

  it('returns empty margins for a DOCX without header or footer, and for the labelled fixtures', async () => {
    expect(await extractDocumentLayout(await makeDocx({}))).toEqual({ headerText: '', footerText: '', imageCount: 0 });
    const path = new URL('../parse/fixtures/labelled/01-maya-okafor.docx', import.meta.url).pathname;
    expect(await extractDocumentLayout(path)).toEqual({ headerText: '', footerText: '', imageCount: 0 });
  });

  it('counts pictures placed in the document', async () => {
    const layout = await extractDocumentLayout(await makeDocx({ image: tinyPng() }));
    expect(layout.imageCount).toBe(1);
    const archive = await openZip(await makeDocx({ image: tinyPng() }));
    expect(archive.entries.some((entry) => entry.name.startsWith('word/media/'))).toBe(true);
  });

  it('refuses truncated, bomb and lying ZIPs with typed errors', async () => {
    const docx = await makeDocx({ header: ['jane@example.com'] });
    await expect(extractDocumentLayout(docx.subarray(0, docx.byteLength - 30), { type: 'docx' })).rejects.toSatisfy(
      (error) => isResumeParseError(error, 'corrupt'),
    );
    const damaged = docx.slice();
    damaged.fill(0, 40, 400);
    await expect(extractDocumentLayout(damaged, { type: 'docx' })).rejects.toBeInstanceOf(ResumeParseError);
    const document = new TextEncoder().encode(
      '<w:document><w:body><w:p><w:r><w:t>Hi</w:t></w:r></w:p></w:body></w:document>',
    );
    const zeros = new Uint8Array(25 * 1024 * 1024);
    // Honest sizes: refused from the central directory alone.
    const bomb = writeTestZip([
      { name: 'word/document.xml', content: document },
      { name: 'word/header1.xml', content: zeros },
    ]);
    expect(bomb.byteLength).toBeLessThan(100_000);
    await expect(extractDocumentLayout(bomb)).rejects.toSatisfy((error) => isResumeParseError(error, 'too-large'));
    // Lying sizes: refused while inflating.
    const liar = writeTestZip([
      { name: 'word/document.xml', content: document },
      { name: 'word/header1.xml', content: zeros, declaredSize: 100 },
    ]);
    await expect(extractDocumentLayout(liar)).rejects.toSatisfy((error) => isResumeParseError(error, 'too-large'));
    expect(await extractDocumentLayout(writeTestZip([{ name: 'word/document.xml', content: document }]))).toEqual({
      headerText: '',
      footerText: '',
      imageCount: 0,
    });
    await expect(
      extractDocumentLayout(writeTestZip([{ name: 'word/document.xml', content: document }]), { maxInflatedBytes: 10 }),
    ).rejects.toSatisfy((error) => isResumeParseError(error, 'too-large'));
  });
});

describe('extractDocumentLayout on PDF and text', () => {
  it('finds no header or footer in a labelled PDF without one', async () => {
    const layout = await extractDocumentLayout(labelled('01-maya-okafor.pdf'));
    expect(layout).toEqual({ headerText: '', footerText: '', imageCount: 0, pages: 1 });
    expect(await pdfToText(labelled('01-maya-okafor.pdf'))).toContain('Maya');
  });

  it('takes lines repeated at the top and bottom of the pages as header and footer, page numbers included', async () => {
    const pages = [1, 2, 3].map((page) =>
      [text(72, 760, 'jane@example.com | 555-123-4567'), bodyLines(page), text(280, 30, `Page ${page} of 3`)].join(
        '\n',
      ),
    );
    const layout = await extractDocumentLayout(makePdf(pages));
    expect(layout).toEqual({
      headerText: 'jane@example.com | 555-123-4567',
      footerText: 'Page 1 of 3',
      imageCount: 0,
      pages: 3,
    });
  });

  it('on one page, takes margin lines with contact details only, and counts images', async () => {
    const page = [
      text(72, 765, 'jane@example.com'),
      text(72, 752, 'A tagline without contact'),
      bodyLines(1),
      'q 10 0 0 10 300 400 cm /Im0 Do Q',
    ].join('\n');
    expect(await extractDocumentLayout(makePdf([page]))).toEqual({
      headerText: 'jane@example.com',
      footerText: '',
      imageCount: 1,
      pages: 1,
    });
    expect((await extractDocumentLayout(makePdf([page]), { countImages: false })).imageCount).toBe(0);
  });

  it('returns an empty layout for plain text', async () => {
    expect(await extractDocumentLayout(new TextEncoder().encode('Jane Doe\njane@example.com\n'))).toEqual({
      headerText: '',
      footerText: '',
      imageCount: 0,
    });
  });

  it('reports the image-only and corrupt PDFs with typed errors', async () => {
    const scanned = pdfFixture('scanned.pdf');
    const corrupted = scanned.slice(0, 300);
    corrupted.fill(0x20, 9, 120);
    const cases = [
      ['scanned.pdf', scanned, 'scanned-pdf'],
      ['scanned.pdf, damaged', corrupted, 'corrupt'],
    ] as const;
    for (const [name, bytes, code] of cases) {
      for (const [reader, read] of [
        ['extractDocumentLayout', () => extractDocumentLayout(bytes)],
        ['pdfToText', () => pdfToText(bytes)],
      ] as const) {
        const error = await read().catch((caught: unknown) => caught);
        expect(isResumeParseError(error, code), `${reader}(${name}): ${String(error)}`).toBe(true);
      }
    }
  });
});
