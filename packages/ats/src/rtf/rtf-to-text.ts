// RTF (Rich Text Format, as Word, WordPad, TextEdit and LibreOffice save it) to lines of text, read in one pass over the
// bytes: no tree is built and nothing recurses, so the work and memory grow with the file's size, whatever it nests.
// Tables, fonts, colours, styles, document properties, pictures and every `{\*\…}` destination are skipped; page
// headers and footers are read apart and put first (contact details often sit there), as the DOCX reader does.
import { decodeTextBytes } from '@rolefit/core/base';
import { type FloatingBox, floatingBoxLines, withoutSoftHyphens } from '../docx/word-xml.js';
import { ResumeParseError } from '../parse/errors.js';
import { rtfHeaderOffset } from './is-rtf.js';

/** Most groups open at once; a deeper file is refused as 'too-large' (Word's own files stay under 20). */
export const MAX_RTF_DEPTH = 256;
/** Longest control word (letters) the RTF specification allows; a longer one is refused as 'corrupt'. */
const MAX_CONTROL_WORD = 32;
/** Most digits read of a control word's parameter (the specification's numbers are 16- or 32-bit). */
const MAX_PARAMETER_DIGITS = 10;

/** What {@link rtfToLines} found. */
export interface RtfText {
  /** Lines of the page headers and footers, each line once: the headers' (\header, \headerl, …) first. */
  margins: string[];
  /** Lines of the page headers (\header, \headerl, \headerr, \headerf), each line once. */
  header: string[];
  /** Lines of the page footers (\footer, \footerl, \footerr, \footerf), each line once. */
  footer: string[];
  /** Pictures (\pict groups; the \nonshppict copy a writer adds for older readers not counted). */
  imageCount: number;
  /** Lines of the body: one a paragraph; a table row's cells tab-separated on one line. */
  body: string[];
}

/** Options for {@link rtfToLines}. */
export interface RtfToLinesOptions {
  /** Most characters of text read (body and margins); past it, 'too-large'. */
  maxTextChars?: number | undefined;
}

// Destinations whose text is not the document's: tables of fonts, colours, styles, lists and revisions, the document's
// properties, pictures and embedded objects, field instructions (a hyperlink's address; the field's result is read),
// and a shape's drawn fallback (its text box is read from \shptxt).
const SKIPPED_DESTINATIONS = new Set([
  'fonttbl',
  'colortbl',
  'stylesheet',
  'info',
  'pict',
  'nonshppict',
  'object',
  'objdata',
  'objclass',
  'fldinst',
  'listtable',
  'listoverridetable',
  'revtbl',
  'rsidtbl',
  'filetbl',
  'pgdsctbl',
  'latentstyles',
  'themedata',
  'colorschememapping',
  'datastore',
  'xmlnstbl',
  'generator',
  'shprslt',
  'sp',
  'bkmkstart',
  'bkmkend',
  'xe',
  'tc',
  'private',
]);

const MARGIN_DESTINATIONS: ReadonlyMap<string, 'header' | 'footer'> = new Map([
  ['header', 'header'],
  ['headerl', 'header'],
  ['headerr', 'header'],
  ['headerf', 'header'],
  ['footer', 'footer'],
  ['footerl', 'footer'],
  ['footerr', 'footer'],
  ['footerf', 'footer'],
]);

// A `{\*\…}` destination whose text is the document's all the same: a shape's instructions hold its text box.
const READ_STARRED = new Set(['shpinst', 'shptxt']);

// Control words that stand for a character.
const CHARACTER_WORDS: ReadonlyMap<string, string> = new Map([
  ['par', '\n'],
  ['line', '\n'],
  ['sect', '\n'],
  ['page', '\n'],
  ['row', '\n'],
  ['nestrow', '\n'],
  ['tab', '\t'],
  ['cell', '\t'],
  ['nestcell', '\t'],
  ['emdash', '\u2014'],
  ['endash', '\u2013'],
  ['bullet', '\u2022'],
  ['lquote', '\u2018'],
  ['rquote', '\u2019'],
  ['ldblquote', '\u201c'],
  ['rdblquote', '\u201d'],
  ['emspace', ' '],
  ['enspace', ' '],
  ['qmspace', ' '],
]);

// Where a group's text goes: the body, the page headers or footers, the text box of a shape in the body, or nowhere.
type Sink = 'body' | 'header' | 'footer' | 'shape' | 'skip';

/** Twips (an RTF shape's unit) per point. */
const TWIPS_PER_POINT = 20;

// A shape of the body being read (\shp): its text box's text, where it sits (\shpleft, \shptop, … in twips, and what
// they count from: \shpbxpage, \shpbypara, …), and how deep its group opened.
interface OpenShape {
  text: TextSink;
  left?: number;
  top?: number;
  right?: number;
  bottom?: number;
  frame: string;
  depth: number;
}

interface GroupState {
  sink: Sink;
  /** Characters of fallback after a \uN (\ucN; 1 by default). */
  unicodeSkip: number;
  /** Inside a list item's marker (\listtext, \pntext): its tab is a space, as the DOCX reader writes "• item". */
  marker: boolean;
  /** The font (\fN) of the group's text, whose charset may name another code page; -1: the default font (\deffN). */
  font: number;
  /** Inside the font table, whose \fN and \fcharsetN say each font's charset. */
  fontTable: boolean;
  /** Inside \nonshppict: the copy of a picture written for readers of older RTF (not counted again). */
  alternate: boolean;
}

// Text of one sink: bytes in the document's code page gathered, decoded into pieces when a Unicode character comes or the
// gathered bytes fill a buffer at an ASCII byte (so no double-byte character is cut).
class TextSink {
  private readonly pieces: string[] = [];
  private buffer: Uint8Array;
  private used = 0;

  /** `count`: the characters of every sink of the file, together under `maxChars`; `bytes`: the buffer's first size. */
  constructor(
    private decode: (bytes: Uint8Array) => string,
    private readonly maxChars: number,
    private readonly count: { chars: number },
    bytes = 64 * 1024,
  ) {
    this.buffer = new Uint8Array(bytes);
  }

  /** Decodes the bytes that come next with `decode` (a font of another charset), those gathered before with the last one. */
  use(decode: (bytes: Uint8Array) => string): void {
    if (decode === this.decode) return;
    this.flush();
    this.decode = decode;
  }

  byte(value: number): void {
    this.buffer[this.used++] = value;
    if (this.used >= this.buffer.length - 1 && value < 0x80) this.flush();
    else if (this.used >= this.buffer.length) {
      const grown = new Uint8Array(this.buffer.length * 2);
      grown.set(this.buffer);
      this.buffer = grown;
    }
  }

  unicode(text: string): void {
    this.flush();
    this.push(text);
  }

  flush(): void {
    if (this.used === 0) return;
    const gathered = this.buffer.subarray(0, this.used);
    // ASCII, the common case (and a byte or two between \uN characters), without a decoder's call.
    const text =
      this.used <= 64 && gathered.every((value) => value < 0x80)
        ? String.fromCharCode(...gathered)
        : this.decode(gathered);
    this.used = 0;
    this.push(text);
  }

  text(): string {
    this.flush();
    return this.pieces.join('');
  }

  private push(text: string): void {
    this.count.chars += text.length;
    if (this.count.chars > this.maxChars)
      throw new ResumeParseError('too-large', `The RTF holds more than ${this.maxChars} characters of text`);
    this.pieces.push(text);
  }
}

const WINDOWS_CODE_PAGES: Readonly<Record<number, string>> = {
  437: 'ibm866',
  866: 'ibm866',
  874: 'windows-874',
  932: 'shift_jis',
  936: 'gbk',
  949: 'euc-kr',
  950: 'big5',
  10000: 'macintosh',
  20866: 'koi8-r',
  65001: 'utf-8',
};

// The code page of a font's \fcharsetN (0 ANSI and 1 default: the document's own; 2 symbol: see SYMBOL_CHARACTERS).
const CHARSET_CODE_PAGES: ReadonlyMap<number, number> = new Map([
  [77, 10000],
  [128, 932],
  [129, 949],
  [134, 936],
  [136, 950],
  [161, 1253],
  [162, 1254],
  [163, 1258],
  [177, 1255],
  [178, 1256],
  [186, 1257],
  [204, 1251],
  [222, 874],
  [238, 1250],
]);

// What the list bullets Word writes in its Symbol and Wingdings fonts (\fcharset2) stand for; other bytes read as Latin-1.
const SYMBOL_CHARACTERS: ReadonlyMap<number, string> = new Map([
  [0xb7, '\u2022'],
  [0xa7, '\u25aa'],
  [0xd8, '\u27a2'],
  [0xfc, '\u2713'],
]);

const decodeSymbols = (bytes: Uint8Array) =>
  Array.from(bytes, (value) => SYMBOL_CHARACTERS.get(value) ?? String.fromCharCode(value)).join('');

/** A decoder of the bytes of code page `codePage` (\ansicpgN): Windows-1252 where no other is known to the runtime. */
export function codePageDecoder(codePage: number): (bytes: Uint8Array) => string {
  const label =
    codePage >= 1250 && codePage <= 1258 && codePage !== 1252
      ? `windows-${codePage}`
      : codePage >= 28591 && codePage <= 28606
        ? `iso-8859-${codePage - 28590}`
        : WINDOWS_CODE_PAGES[codePage];
  if (label !== undefined && codePage !== 437) {
    try {
      const decoder = new TextDecoder(label);
      return (bytes) => decoder.decode(bytes);
    } catch {
      // A runtime without that code page (Node built with small ICU): Windows-1252 below.
    }
  }
  return (bytes) => decodeTextBytes(bytes, 'windows-1252');
}

const isLetter = (byte: number) => (byte >= 0x61 && byte <= 0x7a) || (byte >= 0x41 && byte <= 0x5a);
const isDigit = (byte: number) => byte >= 0x30 && byte <= 0x39;
const hexValue = (byte: number) =>
  isDigit(byte)
    ? byte - 0x30
    : byte >= 0x61 && byte <= 0x66
      ? byte - 0x57
      : byte >= 0x41 && byte <= 0x46
        ? byte - 0x37
        : -1;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// Where a shape's corners sit (twips), by its control word; and what they count from (\shpbxpage, \shpbypara, …).
const SHAPE_PLACES: ReadonlyMap<string, 'left' | 'top' | 'right' | 'bottom'> = new Map([
  ['shpleft', 'left'],
  ['shptop', 'top'],
  ['shpright', 'right'],
  ['shpbottom', 'bottom'],
]);
const SHAPE_FRAMES = /^shpb[xy][a-z]+$/;

// Lines of a sink's text: each trimmed of white space, blank lines dropped.
const toLines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.replace(/[\t ]+$/, '').replace(/^[\t ]+/, ''))
    .filter((line) => line.trim() !== '');

// A sink's text as lines: a paired UTF-16 surrogate written as two \uN is one character; an unpaired one is dropped, and
// so is a soft hyphen written as a character (\'ad, \u173), as the optional hyphen \- is.
const cleanLines = (text: string) =>
  toLines(withoutSoftHyphens(text.replace(/\u00a0/g, ' ').replace(LONE_SURROGATE, '')));

/**
 * Reads an RTF file's text in one pass: paragraphs and line breaks as lines, tabs and table cells as tabs, `\'hh` bytes in
 * the document's code page (\ansicpgN; Windows-1252 by default), `\uN` characters with their fallback skipped. The text
 * boxes of shapes (\shptxt) that follow one another in the body are read together before the body's next text: two or
 * more of one line each, placed from the same frame, by where they sit ({@link floatingBoxLines}, as the DOCX reader reads
 * floating text boxes: LibreOffice writes an imported PDF as a shape per line, the right one of a row often first).
 * Throws {@link ResumeParseError}: 'corrupt' (no `{\rtf` header, a control word longer than the specification allows,
 * a `\bin` past the end), 'too-large' (groups nested deeper than {@link MAX_RTF_DEPTH}, more text than `maxTextChars`).
 */
export function rtfToLines(bytes: Uint8Array, options: RtfToLinesOptions = {}): RtfText {
  const maxChars = options.maxTextChars ?? Number.POSITIVE_INFINITY;
  const start = rtfHeaderOffset(bytes);
  if (start < 0) throw new ResumeParseError('corrupt', 'The file does not open with an RTF header ({\\rtf)');
  let decode = codePageDecoder(1252);
  // Sinks are made once the code page is known (\ansicpg comes in the header, before any text).
  const sinks = new Map<Sink, TextSink>();
  const count = { chars: 0 };
  // The body's shape being read, and the text boxes of the shapes read since the body's last text.
  let shape: OpenShape | undefined;
  let shapes: FloatingBox[] = [];
  const sink = (which: Sink): TextSink | undefined => {
    if (which === 'skip') return undefined;
    if (which === 'shape') return shape?.text;
    if (which === 'body' && shapes.length > 0) placeShapes();
    let made = sinks.get(which);
    if (made === undefined) {
      made = new TextSink(decode, maxChars, count);
      sinks.set(which, made);
    }
    return made;
  };
  let imageCount = 0;
  // Each font's charset (\fcharsetN in the font table), and the decoders of the code pages met.
  const fontCharsets = new Map<number, number>();
  const decoders = new Map<number, (bytes: Uint8Array) => string>();
  let tableFont = -1;
  let defaultFont = 0;
  const decoderFor = (font: number) => {
    const charset = fontCharsets.get(font < 0 ? defaultFont : font);
    if (charset === 2) return decodeSymbols;
    const codePage = charset === undefined ? undefined : CHARSET_CODE_PAGES.get(charset);
    if (codePage === undefined) return decode;
    let decoder = decoders.get(codePage);
    if (decoder === undefined) {
      decoder = codePageDecoder(codePage);
      decoders.set(codePage, decoder);
    }
    return decoder;
  };
  // The shapes read since the body's last text, into the body: laid out, each line on its own.
  const placeShapes = () => {
    const boxes = shapes;
    shapes = [];
    const lines = floatingBoxLines(boxes);
    if (lines.length > 0) sink('body')?.unicode(`\n${lines.join('\n')}\n`);
  };
  const closeShape = (closed: OpenShape) => {
    const text = closed.text.text();
    // The text moves to the body, where it is counted again.
    count.chars -= text.length;
    const points = (twips: number | undefined) => (twips === undefined ? undefined : twips / TWIPS_PER_POINT);
    shapes.push({
      lines: cleanLines(text),
      x: points(closed.left),
      top: points(closed.top),
      width: Math.max(0, ((closed.right ?? 0) - (closed.left ?? 0)) / TWIPS_PER_POINT),
      height: Math.max(0, ((closed.bottom ?? 0) - (closed.top ?? 0)) / TWIPS_PER_POINT),
      frame: closed.frame,
    });
  };
  const stack: GroupState[] = [];
  let state: GroupState = {
    sink: 'body',
    unicodeSkip: 1,
    marker: false,
    font: -1,
    fontTable: false,
    alternate: false,
  };
  // Fallback characters still to skip after a \uN.
  let skipping = 0;
  // A group's first control word names its destination; `starred` when `\*` came first.
  let groupStart = false;
  let starred = false;
  let index = start;
  let ended = false;
  const length = bytes.length;

  const emitByte = (value: number) => {
    if (skipping > 0) {
      skipping -= 1;
      return;
    }
    const target = sink(state.sink);
    if (target === undefined) return;
    target.use(decoderFor(state.font));
    target.byte(value);
  };

  while (index < length && !ended) {
    const byte = bytes[index]!;
    if (byte === 0x7b) {
      // {
      index += 1;
      skipping = 0;
      if (stack.length >= MAX_RTF_DEPTH)
        throw new ResumeParseError('too-large', `The RTF nests groups more than ${MAX_RTF_DEPTH} deep`);
      stack.push(state);
      state = { ...state };
      groupStart = true;
      starred = false;
      continue;
    }
    if (byte === 0x7d) {
      // }
      index += 1;
      skipping = 0;
      groupStart = false;
      const outer = stack.pop();
      // The outermost group closed: the document ends (what follows is no part of it).
      if (outer === undefined || stack.length === 0) ended = true;
      if (outer !== undefined) state = outer;
      if (shape !== undefined && stack.length < shape.depth) {
        closeShape(shape);
        shape = undefined;
      }
      continue;
    }
    if (byte === 0x0d || byte === 0x0a) {
      index += 1;
      continue;
    }
    if (byte !== 0x5c) {
      // Plain text: a run of bytes in the code page.
      groupStart = false;
      index += 1;
      emitByte(byte);
      continue;
    }
    // A backslash: a control symbol, \'hh, or a control word.
    const next = bytes[index + 1];
    if (next === undefined) break;
    if (!isLetter(next)) {
      index += 2;
      if (next === 0x2a) {
        // \*: the group is a destination to skip unless its word is one this reader knows.
        if (groupStart) starred = true;
        continue;
      }
      groupStart = false;
      if (next === 0x27) {
        // \'hh
        const high = hexValue(bytes[index] ?? 0);
        const low = hexValue(bytes[index + 1] ?? 0);
        if (high < 0 || low < 0) continue;
        index += 2;
        emitByte(high * 16 + low);
        continue;
      }
      if (next === 0x5c || next === 0x7b || next === 0x7d) emitByte(next);
      else if (next === 0x7e)
        emitByte(0x20); // \~ non-breaking space
      else if (next === 0x5f)
        emitByte(0x2d); // \_ non-breaking hyphen
      else if (next === 0x0a || next === 0x0d)
        emitByte(0x0a); // a backslash before a line end: \par
      else if (skipping > 0) skipping -= 1; // \- (optional hyphen) and others: nothing, but one fallback character
      continue;
    }
    // A control word: letters, an optional signed number, and one space that belongs to it.
    let end = index + 1;
    while (end < length && isLetter(bytes[end]!)) {
      end += 1;
      if (end - index - 1 > MAX_CONTROL_WORD)
        throw new ResumeParseError('corrupt', `The RTF has a control word longer than ${MAX_CONTROL_WORD} letters`);
    }
    const word = String.fromCharCode(...bytes.subarray(index + 1, end));
    let parameter: number | undefined;
    let negative = false;
    if (bytes[end] === 0x2d && isDigit(bytes[end + 1] ?? 0)) {
      negative = true;
      end += 1;
    }
    if (isDigit(bytes[end] ?? 0)) {
      let value = 0;
      let digits = 0;
      while (end < length && isDigit(bytes[end]!)) {
        if (digits < MAX_PARAMETER_DIGITS) value = value * 10 + (bytes[end]! - 0x30);
        digits += 1;
        end += 1;
      }
      parameter = negative ? -value : value;
    }
    if (bytes[end] === 0x20) end += 1;
    index = end;
    const first = groupStart;
    groupStart = false;

    if (word === 'bin') {
      // \binN: N raw bytes (a picture's data), skipped whole.
      const count = Math.max(parameter ?? 0, 0);
      if (count > length - index)
        throw new ResumeParseError('corrupt', `The RTF's \\bin${count} runs past the end of the file`);
      index += count;
      continue;
    }
    if (first) {
      if (word === 'fonttbl') state.fontTable = true;
      if (word === 'nonshppict') state.alternate = true;
      if (word === 'pict' && !state.alternate) imageCount += 1;
      const margin = MARGIN_DESTINATIONS.get(word);
      if (starred && !READ_STARRED.has(word)) state.sink = 'skip';
      else if (SKIPPED_DESTINATIONS.has(word)) state.sink = 'skip';
      else if (margin !== undefined && state.sink === 'body') {
        state.sink = margin;
        // A new page margin starts on a line of its own.
        sink(margin)?.byte(0x0a);
      }
      // A skipped group's first word is no text (a font table's entries go on to say their fonts' charsets).
      if (state.sink === 'skip' && !state.fontTable) {
        skipping = 0;
        continue;
      }
      if (word === 'listtext' || word === 'pntext') state.marker = true;
      // A shape in the body: its text box read apart, to be placed with the shapes around it.
      if (word === 'shp' && state.sink === 'body' && shape === undefined) {
        // A small buffer, grown as the text box's text needs (a file of shapes makes thousands of these).
        shape = { text: new TextSink(decode, maxChars, count, 256), frame: '', depth: stack.length };
        state.sink = 'shape';
      }
    }
    if (shape !== undefined && parameter !== undefined && SHAPE_PLACES.has(word))
      shape[SHAPE_PLACES.get(word) as 'left' | 'top' | 'right' | 'bottom'] = parameter;
    else if (shape !== undefined && SHAPE_FRAMES.test(word)) shape.frame += `${word} `;
    if (state.fontTable) {
      if (word === 'f' && parameter !== undefined) tableFont = parameter;
      else if (word === 'fcharset' && parameter !== undefined && tableFont >= 0) fontCharsets.set(tableFont, parameter);
      continue;
    }
    if (word === 'f' && parameter !== undefined) state.font = parameter;
    else if (word === 'plain') state.font = -1;
    else if (word === 'deff' && parameter !== undefined) defaultFont = parameter;
    if (word === 'ansicpg' && parameter !== undefined && sinks.size === 0) {
      decode = codePageDecoder(parameter);
      continue;
    }
    if (word === 'mac' && sinks.size === 0) {
      decode = codePageDecoder(10000);
      continue;
    }
    if (word === 'uc') {
      state.unicodeSkip = Math.min(Math.max(parameter ?? 1, 0), 8);
      continue;
    }
    if (word === 'u' && parameter !== undefined) {
      // \uN: a UTF-16 unit as a signed 16-bit number, then \ucN characters of fallback for readers without Unicode.
      if (skipping > 0) {
        skipping -= 1;
        continue;
      }
      const unit = parameter < 0 ? parameter + 0x10000 : parameter;
      if (unit >= 0 && unit <= 0xffff) sink(state.sink)?.unicode(String.fromCharCode(unit));
      skipping = state.unicodeSkip;
      continue;
    }
    const character = CHARACTER_WORDS.get(word);
    if (character !== undefined) {
      if (skipping > 0) {
        skipping -= 1;
        continue;
      }
      const target = sink(state.sink);
      if (target === undefined) continue;
      if (character === '\t' && state.marker) target.byte(0x20);
      else if (character.charCodeAt(0) < 0x80) target.byte(character.charCodeAt(0));
      else target.unicode(character);
      continue;
    }
    // Any other control word (formatting) counts as one fallback character.
    if (skipping > 0) skipping -= 1;
  }
  // A shape the file left open (cut short), and the shapes read after the body's last text.
  if (shape !== undefined) closeShape(shape);
  shape = undefined;
  if (shapes.length > 0) placeShapes();
  const clean = (which: Sink) => cleanLines(sinks.get(which)?.text() ?? '');
  // Each line once (a section's first-page, left and right variants often repeat one).
  const unique = (lines: string[]) => [...new Set(lines)];
  const header = unique(clean('header'));
  const footer = unique(clean('footer'));
  return { margins: unique([...header, ...footer]), header, footer, imageCount, body: clean('body') };
}

/** The text of an RTF file, one paragraph a line, its page headers and footers first; see {@link rtfToLines}. */
export function rtfToText(bytes: Uint8Array, options: RtfToLinesOptions = {}): string {
  const { margins, body } = rtfToLines(bytes, options);
  return [...margins, ...body].join('\n');
}
