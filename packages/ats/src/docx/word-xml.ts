// WordprocessingML (the XML inside a DOCX) to lines of text, read with htmlparser2's streaming parser in XML mode: no DOM
// is built and nothing recurses, so a deeply nested or huge part costs time in proportion to its size, never the stack.
import { Parser } from 'htmlparser2';
import { ResumeParseError } from '../parse/errors.js';

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
}

// Streams the parser's events through a small handler, refusing nesting deeper than MAX_WORD_XML_DEPTH.
function walk(
  xml: string,
  handler: {
    open(name: string, attributes: Record<string, string>): void;
    close(name: string): void;
    text?(text: string): void;
  },
): void {
  let depth = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (++depth > MAX_WORD_XML_DEPTH)
          throw new ResumeParseError('too-large', `The DOCX nests elements more than ${MAX_WORD_XML_DEPTH} deep`);
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
  walk(xml, {
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

function formatNumber(value: number, format: string): string {
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
}

interface Table {
  rows: string[][][];
  row?: string[][];
  cell?: string[];
}

const PICTURES = new Set(['pic:pic', 'v:imagedata']);

/**
 * The text of a WordprocessingML part (document, header or footer): one line per paragraph, tabs and line breaks kept,
 * list items with their marker ("• ", "1. "), text boxes read once (the VML fallback of mc:AlternateContent skipped),
 * and tables row by row: a row of one-line cells is one line with the cells separated by tabs; a row whose cells hold
 * several paragraphs (a layout table: a two-column resume) is read cell by cell, a line per paragraph.
 */
export function wordXmlToLines(xml: string, numbering?: WordNumbering): WordXmlReadout {
  const lines: string[] = [];
  const paragraphs: Paragraph[] = [];
  const tables: Table[] = [];
  const counter = new ListCounter(numbering);
  let fallbackDepth = 0;
  let inText = 0;
  let inProperties = 0;
  let imageCount = 0;

  const emit = (line: string) => {
    const table = tables.at(-1);
    if (table?.cell) table.cell.push(line);
    else lines.push(line);
  };
  const current = () => paragraphs.at(-1);

  walk(xml, {
    open(name, attributes) {
      if (name === 'mc:Fallback' || fallbackDepth > 0) {
        fallbackDepth++;
        return;
      }
      if (PICTURES.has(name)) imageCount++;
      switch (name) {
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
          tables.push({ rows: [] });
          return;
        case 'w:tr': {
          const table = tables.at(-1);
          if (table) table.row = [];
          return;
        }
        case 'w:tc': {
          const table = tables.at(-1);
          if (table?.row) {
            table.cell = [];
            table.row.push(table.cell);
          }
          return;
        }
        default:
      }
    },
    close(name) {
      if (fallbackDepth > 0) {
        fallbackDepth--;
        return;
      }
      switch (name) {
        case 'w:t':
          inText = Math.max(0, inText - 1);
          return;
        case 'w:pPr':
          inProperties = Math.max(0, inProperties - 1);
          return;
        case 'w:p': {
          const paragraph = paragraphs.pop();
          if (paragraph === undefined) return;
          const marker =
            paragraph.numId === undefined ? undefined : counter.marker(paragraph.numId, paragraph.ilvl ?? '0');
          const parts = paragraph.text.split('\n').map((part) => part.trim());
          const first = parts.findIndex(Boolean);
          if (marker !== undefined && first !== -1) parts[first] = `${marker} ${parts[first]}`;
          for (const part of parts) if (part) emit(part);
          return;
        }
        case 'w:tc': {
          const table = tables.at(-1);
          if (table) table.cell = undefined;
          return;
        }
        case 'w:tr': {
          const table = tables.at(-1);
          if (table?.row) table.rows.push(table.row);
          if (table) table.row = undefined;
          return;
        }
        case 'w:tbl': {
          const table = tables.pop();
          if (table) for (const line of tableLines(table.rows)) emit(line);
          return;
        }
        default:
      }
    },
    text(text) {
      if (inText > 0 && fallbackDepth === 0 && current()) (current() as Paragraph).text += text;
    },
  });
  for (const paragraph of paragraphs) if (paragraph.text.trim()) lines.push(paragraph.text.trim());
  return { lines, imageCount };
}

// A row of cells that hold at most one line each is data (dates | title | company): one line, cells separated by tabs.
// A row whose cells hold several lines lays out the page (a sidebar beside the main column): each cell's lines in turn.
function tableLines(rows: readonly string[][][]): string[] {
  const lines: string[] = [];
  for (const row of rows) {
    if (row.every((cell) => cell.length <= 1)) {
      const cells = row.map((cell) => cell[0] ?? '');
      while (cells.length > 0 && cells.at(-1) === '') cells.pop();
      if (cells.some(Boolean)) lines.push(cells.join('\t'));
      // A loop, not push(...cell): a cell of 200,000 paragraphs (4.8 MB) overflowed the stack with a RangeError.
    } else for (const cell of row) for (const line of cell) lines.push(line);
  }
  return lines;
}

/** The text of a WordprocessingML part as one string: {@link wordXmlToLines}'s lines joined by line breaks. */
export function wordXmlToText(xml: string, numbering?: WordNumbering): string {
  return wordXmlToLines(xml, numbering).lines.join('\n');
}
