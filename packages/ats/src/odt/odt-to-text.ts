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

/** The lines of an ODT: the page headers and footers of its master pages (each line once), then the body. */
export async function readOdtLines(
  bytes: Uint8Array,
  limits: ExtractionLimits = {},
): Promise<{ margins: string[]; body: string[] }> {
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
  const { margins } = odtXmlToLines(stylesXml, listStyles, resolved.maxTextChars);
  const { body } = odtXmlToLines(contentXml, listStyles, resolved.maxTextChars);
  return { margins, body };
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
