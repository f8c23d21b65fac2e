// Generators of hostile resume files for the limit tests (PDF stream bombs, page floods, huge pages, ZIP bombs; the
// archives written by ./zip.ts).
// Test-only: not exported from the package. Each file is built in memory in well under a second and stays small on disk.
import { constants, deflateRawSync, deflateSync } from 'node:zlib';
import { writeTestZip } from './zip.js';

/** One stream of a generated PDF: raw bytes, compressed with Flate unless `filter` says otherwise. */
export interface PdfStream {
  data: Uint8Array;
  /** Filter name to declare; 'FlateDecode' (default) deflates `data` unless `encoded` is set. */
  filter?: string;
  /** `data` is already encoded with `filter` (a bomb built by hand). */
  encoded?: boolean;
  /** Extra dictionary entries ("/Subtype /Image"). */
  extra?: string;
}

/** A PDF whose pages show the given content streams (index into `streams`, so pages can share one), with Helvetica as /F1. */
export function buildPdf(streams: readonly PdfStream[], pageStreams: readonly number[]): Uint8Array {
  const objects: Buffer[] = [];
  const first = 4;
  const pageFirst = first + streams.length;
  const kids = pageStreams.map((_, index) => `${pageFirst + index} 0 R`).join(' ');
  objects.push(Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'));
  objects.push(Buffer.from(`<< /Type /Pages /Kids [${kids}] /Count ${pageStreams.length} >>`));
  objects.push(Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'));
  for (const stream of streams) {
    const filter = stream.filter ?? 'FlateDecode';
    const data = stream.encoded || filter === '' ? Buffer.from(stream.data) : deflateSync(stream.data);
    const filterEntry = filter === '' ? '' : ` /Filter /${filter}`;
    objects.push(
      Buffer.concat([
        Buffer.from(
          `<< /Length ${data.byteLength}${filterEntry}${stream.extra ? ` ${stream.extra}` : ''} >>\nstream\n`,
        ),
        data,
        Buffer.from('\nendstream'),
      ]),
    );
  }
  for (const index of pageStreams) {
    objects.push(
      Buffer.from(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${first + index} 0 R >>`,
      ),
    );
  }
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let length = parts[0]!.byteLength;
  objects.forEach((body, index) => {
    offsets.push(length);
    const object = Buffer.concat([Buffer.from(`${index + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    parts.push(object);
    length += object.byteLength;
  });
  const xref = [
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`,
    ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`),
  ].join('');
  parts.push(
    Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`),
  );
  return new Uint8Array(Buffer.concat(parts));
}

/** A content stream that writes `lines` top to bottom in 11-point Helvetica. */
export function textContent(lines: readonly string[]): Uint8Array {
  const escape = (text: string) => text.replace(/[\\()]/g, (character) => `\\${character}`);
  const body = lines.map((line, index) => `1 0 0 1 72 ${740 - index * 14} Tm (${escape(line)}) Tj`).join('\n');
  return Buffer.from(`BT /F1 11 Tf\n${body}\nET`, 'latin1');
}

/**
 * A zlib stream that inflates to `totalBytes` copies of `byte`, built without ever holding the inflated data: one deflated
 * megabyte (full flush, so blocks stand alone) repeated, a final empty block, and the Adler-32 of the whole.
 */
export function zlibBomb(totalBytes: number, byte = 0x20): Uint8Array {
  return Buffer.concat([
    Buffer.from([0x78, 0xda]),
    rawDeflateBomb(totalBytes, byte),
    adler32OfRepeated(totalBytes, byte),
  ]);
}

/** The raw deflate data of {@link zlibBomb} (what a ZIP entry holds). */
export function rawDeflateBomb(totalBytes: number, byte = 0x20): Buffer {
  const chunk = 1024 * 1024;
  const block = deflateRawSync(Buffer.alloc(chunk, byte), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const blocks = Math.ceil(totalBytes / chunk);
  // BFINAL=1, fixed Huffman, end of block: the two bytes 03 00.
  return Buffer.concat([...Array.from({ length: blocks }, () => block), Buffer.from([0x03, 0x00])]);
}

function adler32OfRepeated(count: number, byte: number): Buffer {
  const n = BigInt(Math.ceil(count / (1024 * 1024)) * 1024 * 1024);
  const c = BigInt(byte);
  const modulus = 65521n;
  const a = (1n + n * c) % modulus;
  const b = (n + (c * n * (n + 1n)) / 2n) % modulus;
  const out = Buffer.alloc(4);
  out.writeUInt32BE(Number((b << 16n) | a));
  return out;
}

/** A PDF whose one page's content stream inflates to `inflatedBytes` (spaces), a few hundred KB on disk for 512 MB. */
export function pdfStreamBomb(inflatedBytes: number, options: { extra?: string } = {}): Uint8Array {
  return buildPdf([{ data: zlibBomb(inflatedBytes), encoded: true, extra: options.extra }], [0]);
}

/** A PDF whose one content stream is RunLength-encoded to `inflatedBytes` spaces (128× expansion, a filter the Flate budget does not see). */
export function pdfRunLengthBomb(inflatedBytes: number): Uint8Array {
  const pairs = Math.ceil(inflatedBytes / 128);
  const data = Buffer.alloc(pairs * 2 + 1);
  for (let index = 0; index < pairs; index++) {
    data[index * 2] = 129; // 257 - 129 = 128 copies of the next byte
    data[index * 2 + 1] = 0x20;
  }
  data[pairs * 2] = 128; // end of data
  return buildPdf([{ data, filter: 'RunLengthDecode', encoded: true }], [0]);
}

/** A PDF of `pages` pages that all show one short text stream. */
export function pdfManyPages(pages: number): Uint8Array {
  return buildPdf(
    [{ data: textContent(['Jane Doe', 'Engineer']) }],
    Array.from({ length: pages }, () => 0),
  );
}

/**
 * `size` bytes of filler, then a stray `/Count 99999` per 10,000 of them with no object around it: searching back to
 * "obj" and on to "endobj" from each /Count read the whole file once per entry (6 s at 10 MB and a thousand entries).
 */
export function strayPageCounts(size: number): Uint8Array {
  return new TextEncoder().encode(`${'x'.repeat(size)}${'/Count 99999 '.repeat(Math.floor(size / 10_000))}`);
}

/** A one-page PDF with `items` separate text items (each its own line, alternating between two x positions). */
export function pdfManyItems(items: number): Uint8Array {
  const parts: string[] = ['BT /F1 1 Tf'];
  for (let index = 0; index < items; index++)
    parts.push(`1 0 0 1 ${index % 2 ? 300 : 20} ${(780 - index * 0.0035).toFixed(4)} Tm (w${index % 10}) Tj`);
  parts.push('ET');
  return buildPdf([{ data: Buffer.from(parts.join('\n'), 'latin1') }], [0]);
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';

/** A DOCX whose word/document.xml inflates to `inflatedBytes`; `declaredSize` (default: a lie of 4 KB) is what its headers say. */
export function docxZipBomb(inflatedBytes: number, declaredSize = 4096): Uint8Array {
  return writeTestZip([
    { name: '[Content_Types].xml', content: CONTENT_TYPES },
    { name: 'word/document.xml', deflated: rawDeflateBomb(inflatedBytes, 0x20), declaredSize },
  ]);
}

/** A DOCX (with the content types and relationships mammoth needs) whose word/document.xml body is `body`, after `doctype`. */
export function docxWithBody(body: string, doctype = ''): Uint8Array {
  const rels =
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
  const xml = `<?xml version="1.0" encoding="UTF-8"?>${doctype}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
  return writeTestZip([
    { name: '[Content_Types].xml', content: CONTENT_TYPES },
    { name: '_rels/.rels', content: rels },
    { name: 'word/document.xml', content: xml },
  ]);
}

/** Pseudo-random words (a fixed seed), so generated XML does not compress like a bomb. */
export function randomWords(count: number, seed = 1): string[] {
  let state = seed;
  return Array.from({ length: count }, () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return Math.floor((state / 2147483648) * 1e9).toString(36);
  });
}

/**
 * A numbering part of one list (numId 7) and a body of `items` items of it, in WordprocessingML: a crafted `start`,
 * number format and level text (round 16: a start of 1e9 in roman numerals wrote a million "M"s per item).
 */
export function numberedList(
  items: number,
  { start = '1', format = 'decimal', levelText = '%1.' }: { start?: string; format?: string; levelText?: string } = {},
): { numbering: string; body: string } {
  const numbering = `<w:numbering><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${levelText}"/></w:lvl></w:abstractNum><w:num w:numId="7"><w:abstractNumId w:val="1"/></w:num></w:numbering>`;
  const item =
    '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="7"/></w:numPr></w:pPr><w:r><w:t>Item</w:t></w:r></w:p>';
  return { numbering, body: `<w:document><w:body>${item.repeat(items)}</w:body></w:document>` };
}
