import { ResumeParseError } from '../parse/errors.js';
import { resolveLimits, runExtraction, type ExtractionLimits } from '../parse/sandbox.js';
import type { DocumentLayout } from './types.js';
import { openZip, type OpenZipOptions } from './zip.js';

const HEADER_PART = /^word\/header(\d*)\.xml$/;
const FOOTER_PART = /^word\/footer(\d*)\.xml$/;
// Runs of text, tabs and breaks inside runs, paragraph ends; paragraph properties are skipped whole (their <w:tab> are tab stops).
const WORD_TOKEN = /<w:pPr>[\s\S]*?<\/w:pPr>|<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:(?:br|cr)(?:\s[^>]*)?\/>|<\/w:p>/g;
// A picture in DrawingML, or a legacy VML image.
const PICTURE = /<pic:pic[\s>]|<v:imagedata[\s/>]/g;

const NAMED_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes the five named XML entities and numeric character references. */
export function decodeXmlEntities(text: string): string {
  return text.replace(/&(?:#x([0-9a-fA-F]+)|#(\d+)|(lt|gt|amp|quot|apos));/g, (match, hexadecimal: string | undefined, decimal: string | undefined, name: string | undefined) => {
    if (name !== undefined) return NAMED_ENTITIES[name] ?? match;
    const codePoint = hexadecimal !== undefined ? Number.parseInt(hexadecimal, 16) : Number(decimal);
    return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : match;
  });
}

/** The text of a WordprocessingML part: one line per paragraph, tabs kept, empty paragraphs dropped. */
export function wordXmlToText(xml: string): string {
  const lines: string[] = [];
  let line = '';
  for (const match of xml.matchAll(WORD_TOKEN)) {
    const token = match[0];
    if (match[1] !== undefined) line += decodeXmlEntities(match[1]);
    else if (token === '<w:tab/>') line += '\t';
    else if (token.startsWith('<w:br') || token.startsWith('<w:cr')) line += '\n';
    else if (token === '</w:p>') {
      lines.push(line);
      line = '';
    }
  }
  if (line) lines.push(line);
  return lines
    .flatMap((paragraph) => paragraph.split('\n'))
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .join('\n');
}

const partNumber = (name: string, pattern: RegExp) => Number(pattern.exec(name)?.[1] || 0);

// Text of all header (or footer) parts; the first-page, even-page and default variants often repeat a line, which is kept once.
function marginText(parts: ReadonlyMap<string, string>, pattern: RegExp): string {
  const names = [...parts.keys()].filter((name) => pattern.test(name)).sort((left, right) => partNumber(left, pattern) - partNumber(right, pattern));
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const name of names) {
    for (const line of wordXmlToText(parts.get(name) ?? '').split('\n')) {
      if (line && !seen.has(line)) {
        seen.add(line);
        lines.push(line);
      }
    }
  }
  return lines.join('\n');
}

/** Header and footer text and picture count of a DOCX, read straight from its ZIP parts; throws {@link ResumeParseError}. */
export function docxLayout(bytes: Uint8Array, options: OpenZipOptions = {}): DocumentLayout {
  const archive = openZip(bytes, options);
  if (!archive.entries.some((entry) => entry.name === 'word/document.xml')) throw new ResumeParseError('corrupt', 'The DOCX has no word/document.xml part');
  const decoder = new TextDecoder('utf-8');
  // The body, headers and footers: each part is inflated once, within the archive's cap.
  const parts = new Map<string, string>();
  for (const entry of archive.entries) {
    if (entry.name === 'word/document.xml' || HEADER_PART.test(entry.name) || FOOTER_PART.test(entry.name)) parts.set(entry.name, decoder.decode(archive.read(entry)));
  }
  // Pictures placed in those parts; media files nothing refers to are not shown, so they are not counted.
  let imageCount = 0;
  for (const xml of parts.values()) imageCount += xml.match(PICTURE)?.length ?? 0;
  return { headerText: marginText(parts, HEADER_PART), footerText: marginText(parts, FOOTER_PART), imageCount };
}

/** {@link docxLayout} in a worker thread with a time limit ('timeout'), under the ZIP caps ('too-large'); throws {@link ResumeParseError}. */
export async function docxLayoutLimited(bytes: Uint8Array, limits: ExtractionLimits = {}): Promise<DocumentLayout> {
  return runExtraction<DocumentLayout>({ kind: 'docx-layout' }, bytes, limits);
}

/** The extraction worker's DOCX layout task: {@link docxLayout} with the inflated-bytes cap of `limits`. */
export function readDocxLayout(bytes: Uint8Array, limits: ExtractionLimits = {}): DocumentLayout {
  return docxLayout(bytes, { maxInflatedBytes: resolveLimits(limits).maxInflatedBytes });
}
