// WordprocessingML (the XML inside a DOCX) to lines of text, read with htmlparser2's streaming parser in XML mode: no DOM
// is built and nothing recurses, so a deeply nested or huge part costs time in proportion to its size, never the stack.
import { Parser } from 'htmlparser2';
import { ResumeParseError } from '../parse/errors.js';
import { joinHyphenatedLines, layoutPage, type PdfTextItem } from '../pdf/layout.js';
import { OpenTables } from '../tables/open-tables.js';

/** Most elements open at once in a part; a deeper part is refused as 'too-large' (Word's own documents stay under 30). */
export const MAX_WORD_XML_DEPTH = 256;

/** The list levels of a DOCX's numbering part: numId → ilvl → how the level is marked. */
export type WordNumbering = ReadonlyMap<string, ReadonlyMap<string, WordListLevel>>;

/** How one list level is marked: its number format ("bullet", "decimal", "none", …), marker text ("%1.") and first number. */
export interface WordListLevel {
  format: string;
  text: string;
  start: number;
}

/** What {@link wordXmlToLines} found besides the lines. */
export interface WordXmlReadout {
  /** One line per paragraph (breaks inside a paragraph split it); table rows of short cells as one tab-separated line. */
  lines: string[];
  /** Pictures placed in the part (DrawingML pictures and legacy VML images, each counted once). */
  imageCount: number;
  /** The footnotes and endnotes the part refers to, in the order of their references: "footnote:2", "endnote:1". */
  noteReferences: string[];
  /** The notes a footnotes or endnotes part holds (not its separators), each with its lines. */
  notes: WordNote[];
}

/**
 * A footnote or endnote of a footnotes or endnotes part: its key ("footnote:2", as the body refers to it), lines, the
 * pictures placed in it and the notes it refers to in turn ("endnote:1"), in the order of their references.
 */
export interface WordNote {
  key: string;
  lines: string[];
  imageCount: number;
  references: string[];
}

// The notes Word shows: a note of another type is a separator line or the continuation notice between pages.
const NOTE_TYPES = new Set(['normal', undefined]);

/**
 * Streams an XML part's events (a DOCX's or an ODT's: `format` names it in the error) through a small handler; throws
 * {@link ResumeParseError} 'too-large' past MAX_WORD_XML_DEPTH elements deep.
 */
export function walkXml(
  xml: string,
  handler: {
    open(name: string, attributes: Record<string, string>): void;
    close(name: string): void;
    text?(text: string): void;
  },
  format: 'DOCX' | 'ODT' = 'DOCX',
): void {
  let depth = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (++depth > MAX_WORD_XML_DEPTH)
          throw new ResumeParseError('too-large', `The ${format} nests elements more than ${MAX_WORD_XML_DEPTH} deep`);
        handler.open(name, attributes);
      },
      onclosetag(name) {
        depth--;
        handler.close(name);
      },
      ontext(text) {
        handler.text?.(text);
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(xml);
}

const SOFT_HYPHEN = /\u00ad/g;

/**
 * Text without its soft hyphens (U+00AD): points where a word may be broken at a line end, shown only there, as Word's
 * `w:softHyphen` is (ODT and HTML write the character itself, and some DOCX writers put it in `w:t`).
 */
export function withoutSoftHyphens(text: string): string {
  return text.includes('\u00ad') ? text.replace(SOFT_HYPHEN, '') : text;
}

/** The deepest list level Word writes (nine levels, 0 to 8): a deeper or odd `w:ilvl` counts as the nearest. */
export const MAX_LIST_LEVEL = 8;
/** The largest number Word lets a list start at: a larger `w:start` counts as this, one below 1 (or none) as 1. */
export const MAX_LIST_START = 32_767;
/** The longest level text (`w:lvlText`, "%1.%2)") read: a marker is made of at most this many characters' worth. */
export const MAX_LEVEL_TEXT = 255;

// A list's start as a whole number in [1, MAX_LIST_START] (0 and no number were 1 before too): a start of 1e9 wrote a
// marker of a million "M"s per item in roman numerals (38 million letters as lowerLetter), 1e15 or -30 a RangeError,
// Infinity never ended.
function listStart(value: string | undefined): number {
  const start = Math.trunc(Number(value ?? 1));
  return Number.isNaN(start) ? 1 : Math.min(Math.max(start, 1), MAX_LIST_START);
}

// A level's depth as a whole number in [0, MAX_LIST_LEVEL]: -5 or 4294967295 set a list's counts past an array's
// length (a RangeError).
function listDepth(ilvl: string): number {
  const depth = Math.trunc(Number(ilvl));
  return Number.isNaN(depth) ? 0 : Math.min(Math.max(depth, 0), MAX_LIST_LEVEL);
}

/** The list levels of word/numbering.xml (abstract definitions resolved through each w:num). */
export function readWordNumbering(xml: string): WordNumbering {
  const abstract = new Map<string, Map<string, WordListLevel>>();
  const references = new Map<string, string>();
  let abstractId: string | undefined;
  let level: (WordListLevel & { ilvl: string }) | undefined;
  let numId: string | undefined;
  walkXml(xml, {
    open(name, attributes) {
      if (name === 'w:abstractNum') {
        abstractId = attributes['w:abstractNumId'];
        if (abstractId !== undefined) abstract.set(abstractId, new Map());
      } else if (name === 'w:lvl' && abstractId !== undefined)
        level = { ilvl: attributes['w:ilvl'] ?? '0', format: 'decimal', text: '', start: 1 };
      else if (level !== undefined && name === 'w:numFmt') level.format = attributes['w:val'] ?? level.format;
      else if (level !== undefined && name === 'w:lvlText')
        level.text = (attributes['w:val'] ?? '').slice(0, MAX_LEVEL_TEXT);
      else if (level !== undefined && name === 'w:start') level.start = listStart(attributes['w:val']);
      else if (name === 'w:num') numId = attributes['w:numId'];
      else if (name === 'w:abstractNumId' && numId !== undefined && attributes['w:val'] !== undefined)
        references.set(numId, attributes['w:val']);
    },
    close(name) {
      if (name === 'w:lvl' && level !== undefined && abstractId !== undefined) {
        const { ilvl, ...rest } = level;
        abstract.get(abstractId)?.set(ilvl, rest);
        level = undefined;
      } else if (name === 'w:abstractNum') abstractId = undefined;
      else if (name === 'w:num') numId = undefined;
    },
  });
  const numbering = new Map<string, ReadonlyMap<string, WordListLevel>>();
  for (const [id, target] of references) numbering.set(id, abstract.get(target) ?? new Map());
  return numbering;
}

const ROMAN: ReadonlyArray<readonly [number, string]> = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

/** A list number in a Word number format (decimal, lowerLetter, upperLetter, lowerRoman, upperRoman). */
export function formatNumber(value: number, format: string): string {
  if (format === 'lowerLetter' || format === 'upperLetter') {
    const letter = String.fromCharCode(97 + ((value - 1) % 26)).repeat(Math.floor((value - 1) / 26) + 1);
    return format === 'upperLetter' ? letter.toUpperCase() : letter;
  }
  if (format === 'lowerRoman' || format === 'upperRoman') {
    let rest = value;
    let roman = '';
    for (const [amount, digits] of ROMAN) {
      while (rest >= amount) {
        roman += digits;
        rest -= amount;
      }
    }
    return format === 'upperRoman' ? roman.toUpperCase() : roman;
  }
  return String(value);
}

// Counts list items per list and level, and writes each item's marker ("•", "1.", "a)") from the numbering part.
class ListCounter {
  private readonly counts = new Map<string, number[]>();
  constructor(private readonly numbering: WordNumbering | undefined) {}

  marker(numId: string, ilvl: string): string | undefined {
    if (numId === '0') return undefined;
    const levels = this.numbering?.get(numId);
    const level = levels?.get(ilvl);
    // A list item whose definition is missing is still a list item: it gets a bullet.
    if (level === undefined) return '•';
    if (level.format === 'none') return level.text.trim() || undefined;
    if (level.format === 'bullet') return '•';
    const depth = listDepth(ilvl);
    const counts = this.counts.get(numId) ?? [];
    counts[depth] = (counts[depth] ?? level.start - 1) + 1;
    counts.length = depth + 1;
    this.counts.set(numId, counts);
    const text = level.text || `%${depth + 1}.`;
    return text.replace(/%(\d)/g, (_match, digit: string) => {
      const index = Number(digit) - 1;
      const format = levels?.get(String(index))?.format ?? 'decimal';
      return formatNumber(counts[index] ?? levels?.get(String(index))?.start ?? 1, format);
    });
  }
}

interface Paragraph {
  text: string;
  numId?: string;
  ilvl?: string;
  /** Floating text boxes (wp:anchor) anchored in this paragraph, in document order. */
  boxes?: FloatingBox[];
}

/** A floating text box: its lines and, where it is placed by offsets, where (points from its frame's corner). */
export interface FloatingBox {
  lines: string[];
  x?: number;
  top?: number;
  width: number;
  height: number;
  /** What the offsets count from ("column/paragraph", "page/page"): boxes placed from different frames are not compared. */
  frame: string;
  /** Placed by alignment (wp:align: "center", "right"), not by an offset. */
  aligned?: boolean;
}

// An open wp:anchor: the box it makes, the paragraph it sits in and which offset (H or V) is being read.
interface OpenAnchor {
  box: FloatingBox;
  owner: Paragraph | undefined;
  axis?: 'H' | 'V';
  frames: { H?: string; V?: string };
  offset?: string;
}

// A group of shapes (wpg:wgp, a nested wpg:grpSp) or a drawing canvas (wpc:wpc): its shapes, each placed by its a:off in
// the group's own coordinates, read by position when the group closes.
interface ShapeGroup {
  children: FloatingBox[];
  /** How deep its element sits, so that only its own closing tag closes it. */
  depth: number;
}

// An open shape of a group (wps:wsp) or nested group (wpg:grpSp): its box, the group it belongs to, the group it opens
// (a nested group), and whether its placement (the a:xfrm of wps:spPr or wpg:grpSpPr) is being read.
interface OpenShape {
  box: FloatingBox;
  parent: ShapeGroup;
  nested?: ShapeGroup;
  placing: boolean;
  depth: number;
}

/** Points per EMU (DrawingML's unit: 914,400 an inch, 12,700 a point). */
const EMU_PER_POINT = 12_700;
/** Most floating text boxes (of one line each) one paragraph's layout reads by position; with more, document order. */
export const MAX_LAID_OUT_BOXES = 20_000;
/** Longest offset text (wp:posOffset) read: EMU offsets are at most 11 digits with a sign; a longer one places nothing. */
const MAX_OFFSET_TEXT = 24;
/**
 * Most groups of shapes read one inside another (Word's templates nest two or three); a deeper group's shapes count as
 * the shapes of the group around it, so that no line is copied from group to group more than this many times.
 */
export const MAX_GROUP_NESTING = 8;
// A box whose top lies this many of its heights above the box before it starts a new run of boxes (a new page:
// LibreOffice anchors every page's boxes in one paragraph, each page's offsets counted from the same corner).
const NEW_RUN_LINES = 3;

// Offsets of a wp:posOffset in points; undefined for anything that is not a finite number.
function emuToPoints(text: string | undefined): number | undefined {
  if (text === undefined || !/^\s*-?\d+\s*$/.test(text)) return undefined;
  const points = Number(text) / EMU_PER_POINT;
  return Number.isFinite(points) ? points : undefined;
}

// What separates two boxes on one row: three spaces, the PDF reader's mark of a wide gap (the parser reads three spaces
// or a tab as a column break); a longer run of spaces (the box's gap and the layout's) is written as this.
const COLUMN_GAP = '   ';
const WIDE_SPACE = / {3,}/g;

const isPlaced = (box: FloatingBox): box is FloatingBox & { x: number; top: number } =>
  box.x !== undefined && box.top !== undefined && !box.aligned;

/**
 * The lines of the text boxes anchored in one paragraph (or the shapes of one group). Two or more boxes of one line
 * each, placed by offsets from the same frame (the way LibreOffice writes a PDF it imported: a box per line), are read
 * by position as a PDF page is (pdf/layout.ts): boxes on one row left to right on one line, two columns one after the
 * other, words broken at a line end joined. Runs of boxes are laid out apart where a box starts well above the one
 * before it (the next page; not among the shapes of a group, `pages` false, which all sit in one drawing). Otherwise
 * (a box of several lines is a block: a sidebar, a profile), and past {@link MAX_LAID_OUT_BOXES} boxes, each box's
 * lines in document order.
 */
export function floatingBoxLines(boxes: readonly FloatingBox[], pages = true): string[] {
  const filled = boxes.filter((box) => box.lines.length > 0);
  const inOrder = () => {
    if (filled.length === 1) return (filled[0] as FloatingBox).lines;
    const lines: string[] = [];
    for (const box of filled) for (const line of box.lines) lines.push(line);
    return lines;
  };
  if (filled.length < 2 || filled.length > MAX_LAID_OUT_BOXES) return inOrder();
  const frame = filled[0]?.frame;
  if (!filled.every((box) => box.lines.length === 1 && isPlaced(box) && box.frame === frame)) return inOrder();
  const lines: string[] = [];
  let run: PdfTextItem[] = [];
  const flush = () => {
    if (run.length === 0) return;
    for (const line of joinHyphenatedLines(layoutPage(run)).split('\n'))
      if (line.trim()) lines.push(line.trim().replace(WIDE_SPACE, COLUMN_GAP));
    run = [];
  };
  let previous: { top: number; height: number } | undefined;
  for (const box of filled as Array<FloatingBox & { x: number; top: number }>) {
    const height = box.height > 0 ? box.height : 12;
    if (pages && previous && box.top < previous.top - NEW_RUN_LINES * previous.height) flush();
    // PDF coordinates grow upwards: the line's baseline is read at the bottom of its box. A column gap after each
    // line: two boxes on one row are two pieces of text (two skills, a title and its dates), read apart as the PDF
    // reader reads a wide gap. Their gap says nothing: a box is often wider than its text (in LibreOffice's PDF
    // import, as wide as the text in a substituted font), so neighbours' boxes touch or overlap.
    run.push({
      str: `${box.lines[0]}${COLUMN_GAP}`,
      transform: [height, 0, 0, height, box.x, -(box.top + height)],
      width: box.width,
      height,
    });
    previous = { top: box.top, height };
  }
  flush();
  return lines;
}

const PICTURES = new Set(['pic:pic', 'v:imagedata']);

/**
 * The text of a WordprocessingML part (document, header or footer): one line per paragraph, tabs and line breaks kept,
 * list items with their marker ("• ", "1. "), text boxes read once (the VML fallback of mc:AlternateContent skipped;
 * the floating boxes of a paragraph and the shapes of a group by where they sit when placed by offsets, before the
 * paragraph's own text), and tables row by row: a row of one-line cells is one line with the cells separated by tabs; a row whose cells hold
 * several paragraphs (a layout table: a two-column resume) is read cell by cell, a line per paragraph.
 */
export function wordXmlToLines(xml: string, numbering?: WordNumbering): WordXmlReadout {
  const lines: string[] = [];
  const paragraphs: Paragraph[] = [];
  const anchors: OpenAnchor[] = [];
  const groups: ShapeGroup[] = [];
  const shapes: OpenShape[] = [];
  // Where a finished line goes: the innermost open table cell or text box, else the part's lines.
  const sinks: string[][] = [];
  const closeSink = (sink: string[] | undefined) => {
    const index = sink === undefined ? -1 : sinks.lastIndexOf(sink);
    if (index !== -1) sinks.splice(index, 1);
  };
  const tables = new OpenTables(sinks);
  const counter = new ListCounter(numbering);
  let fallbackDepth = 0;
  let depth = 0; // elements open, counted here to pair a shape's or group's closing tag with its opening one
  let inText = 0;
  let inProperties = 0;
  let imageCount = 0;
  const noteReferences: string[] = [];
  const notes: WordNote[] = [];
  // The note being read (a w:footnote or w:endnote at the part's top): its key, type, first line and depth, and the
  // pictures and references read inside it.
  let openNote:
    | { key: string; shown: boolean; start: number; depth: number; imageCount: number; references: string[] }
    | undefined;
  const noteOf = (note: NonNullable<typeof openNote>): WordNote => ({
    key: note.key,
    lines: lines.slice(note.start),
    imageCount: note.imageCount,
    references: note.references,
  });

  const emit = (line: string) => (sinks.at(-1) ?? lines).push(line);
  const current = () => paragraphs.at(-1);

  walkXml(xml, {
    open(name, attributes) {
      depth++;
      if (name === 'mc:Fallback' || fallbackDepth > 0) {
        fallbackDepth++;
        return;
      }
      if (PICTURES.has(name)) {
        imageCount++;
        if (openNote !== undefined) openNote.imageCount++;
      }
      switch (name) {
        case 'w:footnoteReference':
        case 'w:endnoteReference':
          if (attributes['w:id'] !== undefined) {
            const key = `${name === 'w:footnoteReference' ? 'footnote' : 'endnote'}:${attributes['w:id']}`;
            noteReferences.push(key);
            openNote?.references.push(key);
          }
          return;
        case 'w:footnote':
        case 'w:endnote':
          if (openNote === undefined && sinks.length === 0 && attributes['w:id'] !== undefined)
            openNote = {
              key: `${name.slice(2)}:${attributes['w:id']}`,
              shown: NOTE_TYPES.has(attributes['w:type']),
              start: lines.length,
              depth,
              imageCount: 0,
              references: [],
            };
          return;
        case 'w:p':
          paragraphs.push({ text: '' });
          return;
        case 'w:pPr':
          inProperties++;
          return;
        case 'w:numId':
          if (inProperties > 0 && current()) (current() as Paragraph).numId = attributes['w:val'];
          return;
        case 'w:ilvl':
          if (inProperties > 0 && current()) (current() as Paragraph).ilvl = attributes['w:val'];
          return;
        case 'w:t':
          inText++;
          return;
        case 'w:tab':
        case 'w:ptab':
          // Tabs inside paragraph properties are tab stops, not text.
          if (inProperties === 0 && current()) (current() as Paragraph).text += '\t';
          return;
        case 'w:br':
        case 'w:cr':
          if (current()) (current() as Paragraph).text += '\n';
          return;
        case 'w:noBreakHyphen':
          if (current()) (current() as Paragraph).text += '-';
          return;
        case 'w:tbl':
          tables.openTable();
          return;
        case 'w:tr':
          tables.openRow();
          return;
        case 'w:tc':
          tables.openCell();
          return;
        case 'wp:anchor': {
          const box: FloatingBox = { lines: [], width: 0, height: 0, frame: '' };
          anchors.push({ box, owner: current(), frames: {} });
          sinks.push(box.lines);
          return;
        }
        case 'wp:positionH':
        case 'wp:positionV': {
          const anchor = anchors.at(-1);
          if (anchor === undefined) return;
          anchor.axis = name === 'wp:positionH' ? 'H' : 'V';
          anchor.frames[anchor.axis] = attributes.relativeFrom ?? '';
          return;
        }
        case 'wp:posOffset': {
          const anchor = anchors.at(-1);
          if (anchor?.axis) anchor.offset = '';
          return;
        }
        case 'wp:align': {
          const anchor = anchors.at(-1);
          if (anchor?.axis) anchor.box.aligned = true;
          return;
        }
        case 'wp:extent': {
          const anchor = anchors.at(-1);
          if (anchor === undefined) return;
          anchor.box.width = Math.max(0, emuToPoints(attributes.cx) ?? 0);
          anchor.box.height = Math.max(0, emuToPoints(attributes.cy) ?? 0);
          return;
        }
        case 'wpg:wgp':
        case 'wpc:wpc':
          groups.push({ children: [], depth });
          return;
        case 'wps:wsp':
        case 'wpg:grpSp': {
          const parent = groups.at(-1);
          // A group nested deeper than MAX_GROUP_NESTING is no group of its own: its shapes join the one around it.
          if (parent === undefined || (name === 'wpg:grpSp' && groups.length >= MAX_GROUP_NESTING)) return;
          const box: FloatingBox = { lines: [], width: 0, height: 0, frame: 'group' };
          const shape: OpenShape = { box, parent, placing: false, depth };
          if (name === 'wpg:grpSp') {
            shape.nested = { children: [], depth };
            groups.push(shape.nested);
          } else sinks.push(box.lines);
          shapes.push(shape);
          return;
        }
        case 'wps:spPr':
        case 'wpg:grpSpPr': {
          const shape = shapes.at(-1);
          if (shape && shape.box.x === undefined && (shape.nested === undefined) === (name === 'wps:spPr'))
            shape.placing = true;
          return;
        }
        case 'a:off': {
          const shape = shapes.at(-1);
          if (shape?.placing) {
            shape.box.x = emuToPoints(attributes.x);
            shape.box.top = emuToPoints(attributes.y);
          }
          return;
        }
        case 'a:ext': {
          const shape = shapes.at(-1);
          if (shape?.placing) {
            shape.box.width = Math.max(0, emuToPoints(attributes.cx) ?? 0);
            shape.box.height = Math.max(0, emuToPoints(attributes.cy) ?? 0);
          }
          return;
        }
        default:
      }
    },
    close(name) {
      const closing = depth--;
      if (fallbackDepth > 0) {
        fallbackDepth--;
        return;
      }
      switch (name) {
        case 'w:footnote':
        case 'w:endnote':
          if (openNote?.depth !== closing) return;
          if (openNote.shown) notes.push(noteOf(openNote));
          openNote = undefined;
          return;
        case 'w:t':
          inText = Math.max(0, inText - 1);
          return;
        case 'w:pPr':
          inProperties = Math.max(0, inProperties - 1);
          return;
        case 'w:p': {
          const paragraph = paragraphs.pop();
          if (paragraph === undefined) return;
          if (paragraph.boxes) for (const line of floatingBoxLines(paragraph.boxes)) emit(line);
          const marker =
            paragraph.numId === undefined ? undefined : counter.marker(paragraph.numId, paragraph.ilvl ?? '0');
          const parts = paragraph.text.split('\n').map((part) => part.trim());
          const first = parts.findIndex(Boolean);
          if (marker !== undefined && first !== -1) parts[first] = `${marker} ${parts[first]}`;
          for (const part of parts) if (part) emit(part);
          return;
        }
        case 'w:tc':
          tables.closeCell();
          return;
        case 'wp:posOffset': {
          const anchor = anchors.at(-1);
          if (anchor?.axis === undefined || anchor.offset === undefined) return;
          const points = emuToPoints(anchor.offset);
          if (anchor.axis === 'H') anchor.box.x = points;
          else anchor.box.top = points;
          anchor.offset = undefined;
          return;
        }
        case 'wp:positionH':
        case 'wp:positionV': {
          const anchor = anchors.at(-1);
          if (anchor) anchor.axis = undefined;
          return;
        }
        case 'wps:spPr':
        case 'wpg:grpSpPr': {
          const shape = shapes.at(-1);
          if (shape) shape.placing = false;
          return;
        }
        case 'wps:wsp':
        case 'wpg:grpSp': {
          const shape = shapes.at(-1);
          // A shape outside any group (the text box of a wp:anchor) opened no entry.
          if (shape?.depth !== closing) return;
          shapes.pop();
          if (shape.nested) {
            if (groups.at(-1) === shape.nested) groups.pop();
            // A loop, not push(...lines): spreading a long array into arguments overflows the stack.
            for (const line of floatingBoxLines(shape.nested.children, false)) shape.box.lines.push(line);
          } else closeSink(shape.box.lines);
          shape.parent.children.push(shape.box);
          return;
        }
        case 'wpg:wgp':
        case 'wpc:wpc': {
          if (groups.at(-1)?.depth !== closing) return;
          for (const line of floatingBoxLines((groups.pop() as ShapeGroup).children, false)) emit(line);
          return;
        }
        case 'wp:anchor': {
          const anchor = anchors.pop();
          if (anchor === undefined) return;
          closeSink(anchor.box.lines);
          anchor.box.frame = `${anchor.frames.H ?? ''}/${anchor.frames.V ?? ''}`;
          if (anchor.owner) (anchor.owner.boxes ??= []).push(anchor.box);
          else for (const line of anchor.box.lines) emit(line);
          return;
        }
        case 'w:tr':
          tables.closeRow();
          return;
        case 'w:tbl':
          for (const line of tables.closeTable()) emit(line);
          return;
        default:
      }
    },
    text(text) {
      if (fallbackDepth > 0) return;
      if (inText > 0 && current()) (current() as Paragraph).text += withoutSoftHyphens(text);
      const anchor = anchors.at(-1);
      // An offset longer than any EMU offset is no offset (kept short, so a huge one costs nothing to hold).
      if (anchor?.offset !== undefined)
        anchor.offset = anchor.offset.length + text.length > MAX_OFFSET_TEXT ? 'too long' : anchor.offset + text;
    },
  });
  for (const paragraph of paragraphs) {
    if (paragraph.boxes) for (const line of floatingBoxLines(paragraph.boxes)) lines.push(line);
    if (paragraph.text.trim()) lines.push(paragraph.text.trim());
  }
  // A note never closed (the part cut short): its lines so far.
  if (openNote?.shown) notes.push(noteOf(openNote));
  return { lines, imageCount, noteReferences, notes };
}

/** The text of a WordprocessingML part as one string: {@link wordXmlToLines}'s lines joined by line breaks. */
export function wordXmlToText(xml: string, numbering?: WordNumbering): string {
  return wordXmlToLines(xml, numbering).lines.join('\n');
}
