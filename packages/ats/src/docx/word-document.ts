// A DOCX read into lines: its ZIP opened with yauzl under the caps, its XML parts read with htmlparser2 (word-xml.ts).
// Loaded on demand (a dynamic import) when a DOCX is read, so importing @rolefit/ats loads neither library.
import { ResumeParseError } from '../parse/errors.js';
import { openZip, type OpenZipOptions, type ZipArchive, type ZipEntry } from '../layout/zip.js';
import { readWordNumbering, type WordNote, wordXmlToLines, type WordNumbering } from './word-xml.js';

/** The text of a DOCX by where it sits on the page. */
export interface WordDocumentText {
  /** Lines of the page headers (first-page, default and even-page variants, each line once). */
  header: string[];
  /** Lines of the body, in reading order. */
  body: string[];
  /** Lines of the page footers (each line once). */
  footer: string[];
  /**
   * Lines of the footnotes and endnotes the body refers to, in the order of its references, each followed by the notes
   * it refers to in turn (each note once).
   */
  notes: string[];
  /** Pictures placed in the body, headers, footers and the notes read. */
  imageCount: number;
}

const HEADER_PART = /^word\/header(\d*)\.xml$/;
const FOOTER_PART = /^word\/footer(\d*)\.xml$/;
const BODY_PART = 'word/document.xml';
const NUMBERING_PART = 'word/numbering.xml';
const NOTE_PARTS = ['word/footnotes.xml', 'word/endnotes.xml'];

const partNumber = (name: string, pattern: RegExp) => Number(pattern.exec(name)?.[1] || 0);

async function readPart(archive: ZipArchive, entry: ZipEntry): Promise<string> {
  return new TextDecoder('utf-8').decode(await archive.read(entry));
}

// Lines of every header (or footer) part in part order, each line once: the variants of a section often repeat a line.
async function marginLines(
  archive: ZipArchive,
  pattern: RegExp,
  numbering: WordNumbering | undefined,
): Promise<{ lines: string[]; imageCount: number }> {
  const entries = archive.entries
    .filter((entry) => pattern.test(entry.name))
    .sort((left, right) => partNumber(left.name, pattern) - partNumber(right.name, pattern));
  const seen = new Set<string>();
  const lines: string[] = [];
  let imageCount = 0;
  for (const entry of entries) {
    const readout = wordXmlToLines(await readPart(archive, entry), numbering);
    imageCount += readout.imageCount;
    for (const line of readout.lines) {
      if (!seen.has(line)) {
        seen.add(line);
        lines.push(line);
      }
    }
  }
  return { lines, imageCount };
}

// The lines of the notes `references` names ("footnote:2"), in that order, each followed by the notes it refers to in
// turn (a footnote citing an endnote), each note once, and the pictures placed in them; the note parts are read only
// when the body refers to a note.
async function noteLines(
  archive: ZipArchive,
  references: readonly string[],
  numbering: WordNumbering | undefined,
): Promise<{ lines: string[]; imageCount: number }> {
  if (references.length === 0) return { lines: [], imageCount: 0 };
  const notes = new Map<string, WordNote>();
  for (const name of NOTE_PARTS) {
    const entry = archive.entries.find((candidate) => candidate.name === name);
    if (entry === undefined) continue;
    for (const note of wordXmlToLines(await readPart(archive, entry), numbering).notes)
      if (!notes.has(note.key)) notes.set(note.key, note);
  }
  const lines: string[] = [];
  let imageCount = 0;
  // Each note once: a body referring to one long note many times reads it once, not once a reference, and a chain or
  // loop of notes referring to each other ends. A stack, not recursion: a chain of 100,000 notes is no deep call.
  const read = new Set<string>();
  const pending = [...references].reverse();
  for (let key = pending.pop(); key !== undefined; key = pending.pop()) {
    if (read.has(key)) continue;
    read.add(key);
    const note = notes.get(key);
    if (note === undefined) continue;
    for (const line of note.lines) lines.push(line);
    imageCount += note.imageCount;
    for (let index = note.references.length - 1; index >= 0; index--) pending.push(note.references[index] as string);
  }
  return { lines, imageCount };
}

/**
 * Reads a DOCX's body, headers, footers and the footnotes and endnotes the body refers to (each part inflated once, within the ZIP caps of `options`); pictures and
 * other media are never inflated. Throws {@link ResumeParseError} ('corrupt', 'encrypted', 'too-large').
 */
export async function readWordDocument(bytes: Uint8Array, options: OpenZipOptions = {}): Promise<WordDocumentText> {
  const archive = await openZip(bytes, options);
  const body = archive.entries.find((entry) => entry.name === BODY_PART);
  if (body === undefined) throw new ResumeParseError('corrupt', 'The DOCX has no word/document.xml part');
  const numberingEntry = archive.entries.find((entry) => entry.name === NUMBERING_PART);
  const numbering =
    numberingEntry === undefined ? undefined : readWordNumbering(await readPart(archive, numberingEntry));
  const bodyReadout = wordXmlToLines(await readPart(archive, body), numbering);
  const header = await marginLines(archive, HEADER_PART, numbering);
  const footer = await marginLines(archive, FOOTER_PART, numbering);
  const notes = await noteLines(archive, bodyReadout.noteReferences, numbering);
  return {
    header: header.lines,
    body: bodyReadout.lines,
    footer: footer.lines,
    notes: notes.lines,
    imageCount: bodyReadout.imageCount + header.imageCount + footer.imageCount + notes.imageCount,
  };
}
