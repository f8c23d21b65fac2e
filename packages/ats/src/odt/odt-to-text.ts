// An ODT (OpenDocument text, LibreOffice's own format) read into text: its ZIP opened with the DOCX reader's capped
// reader, content.xml and styles.xml read with htmlparser2 (odt-xml.ts). Loaded on demand when an ODT is read.
import { MAX_DOCX_PART_BYTES } from '../docx/docx-to-text.js';
import { openZip, type ZipArchive, type ZipEntry } from '../layout/zip.js';
import { ResumeParseError } from '../parse/errors.js';
import { resolveLimits, type ExtractionLimits } from '../parse/sandbox.js';
import { ODT_MIMETYPE } from './is-odt.js';
import { odtXmlToLines, readOdtListStyles } from './odt-xml.js';

async function readPart(archive: ZipArchive, entry: ZipEntry): Promise<string> {
  return new TextDecoder('utf-8').decode(await archive.read(entry));
}

/** What {@link readOdtLines} reads of an ODT. */
export interface OdtLines {
  /** The page headers and footers of its master pages (each line once, as styles.xml holds them). */
  margins: string[];
  /** The master pages' headers alone, and their footers alone. */
  header: string[];
  footer: string[];
  /** The body's lines. */
  body: string[];
  /** Pictures in the body, headers and footers (see odtXmlToLines). */
  imageCount: number;
}

/** The lines of an ODT: the page headers and footers of its master pages (each line once), then the body. */
export async function readOdtLines(bytes: Uint8Array, limits: ExtractionLimits = {}): Promise<OdtLines> {
  const resolved = resolveLimits(limits);
  const archive = await openZip(bytes, {
    maxInflatedBytes: resolved.maxInflatedBytes,
    maxEntryBytes: MAX_DOCX_PART_BYTES,
  });
  const find = (name: string) => archive.entries.find((entry) => entry.name === name);
  const mimetype = find('mimetype');
  if (mimetype === undefined || !(await readPart(archive, mimetype)).trim().startsWith(ODT_MIMETYPE))
    throw new ResumeParseError('corrupt', 'The ZIP archive is not an OpenDocument text (its mimetype says otherwise)');
  const content = find('content.xml');
  if (content === undefined) throw new ResumeParseError('corrupt', 'The ODT has no content.xml part');
  const stylesEntry = find('styles.xml');
  const stylesXml = stylesEntry === undefined ? '' : await readPart(archive, stylesEntry);
  const contentXml = await readPart(archive, content);
  const listStyles = readOdtListStyles(contentXml, readOdtListStyles(stylesXml));
  const stylesReadout = odtXmlToLines(stylesXml, listStyles, resolved.maxTextChars);
  const contentReadout = odtXmlToLines(contentXml, listStyles, resolved.maxTextChars);
  return {
    margins: stylesReadout.margins,
    header: stylesReadout.header,
    footer: stylesReadout.footer,
    body: contentReadout.body,
    imageCount: stylesReadout.imageCount + contentReadout.imageCount,
  };
}

/** {@link readOdtLines} as one text under `limits.maxTextChars` ('too-large'), margins first as the DOCX reader puts them. */
export async function readOdtText(bytes: Uint8Array, limits: ExtractionLimits = {}): Promise<string> {
  const { margins, body } = await readOdtLines(bytes, limits);
  const text = [...margins, ...body].join('\n');
  const maxTextChars = resolveLimits(limits).maxTextChars;
  if (text.length > maxTextChars)
    throw new ResumeParseError('too-large', `The ODT holds more than ${maxTextChars} characters of text`);
  return text;
}
