// OpenDocument text XML (content.xml and styles.xml of an ODT) to lines, read with htmlparser2's streaming parser in XML
// mode, as the DOCX reader reads WordprocessingML: no DOM is built and nothing recurses, so a deeply nested or huge part
// costs time in proportion to its size, never the stack.
import {
  type FloatingBox,
  floatingBoxLines,
  formatNumber,
  MAX_LIST_START,
  walkXml,
  withoutSoftHyphens,
} from '../docx/word-xml.js';
import { ResumeParseError } from '../parse/errors.js';
import { OpenTables } from '../tables/open-tables.js';

/** Points per unit of the lengths ODF places a frame with (svg:x="0.46in", svg:y="1.2cm"). */
const POINTS_PER_UNIT: Readonly<Record<string, number>> = {
  in: 72,
  cm: 72 / 2.54,
  mm: 72 / 25.4,
  pt: 1,
  pc: 12,
  px: 0.75,
};
/** Longest length attribute read (svg:x="0.4626in"); a longer one places nothing (kept short, so a huge one costs nothing). */
const MAX_LENGTH_TEXT = 32;

/** An ODF length ("0.4626in", "-1.2cm", "10pt") in points; undefined for anything else. */
export function odfLengthToPoints(text: string | undefined): number | undefined {
  if (text === undefined || text.length > MAX_LENGTH_TEXT) return undefined;
  const match = /^\s*(-?(?:\d+(?:\.\d*)?|\.\d+))(in|cm|mm|pt|pc|px)\s*$/.exec(text);
  if (match === null) return undefined;
  const points = Number(match[1]) * (POINTS_PER_UNIT[match[2] as string] as number);
  return Number.isFinite(points) ? points : undefined;
}

// An open draw:frame: the text box it makes, the paragraph it is anchored in (none for a frame anchored to the page,
// which sits in office:text itself), the page it is anchored to, and whether a picture in it was counted (an SVG's PNG
// replacement is the same picture).
interface OpenFrame {
  box: FloatingBox;
  owner: { boxes?: FloatingBox[] } | undefined;
  page: number;
  imageCounted: boolean;
}

/**
 * The lines of frames anchored to pages (LibreOffice writes an imported PDF as one frame per line, anchored to its page
 * and placed by offsets, in no useful order: by z-index, the pages interleaved): page by page, each page's frames by
 * where they sit ({@link floatingBoxLines}).
 */
function pageFrameLines(frames: readonly { box: FloatingBox; page: number }[]): string[] {
  const pages = new Map<number, FloatingBox[]>();
  for (const frame of frames) {
    const boxes = pages.get(frame.page);
    if (boxes) boxes.push(frame.box);
    else pages.set(frame.page, [frame.box]);
  }
  const lines: string[] = [];
  for (const page of [...pages.keys()].sort((left, right) => left - right))
    for (const line of floatingBoxLines(pages.get(page) as FloatingBox[], false)) lines.push(line);
  return lines;
}

/** Most spaces one `<text:s text:c="N"/>` stands for; a larger N counts as this. */
export const MAX_ODT_SPACES = 256;

/** How one list level is marked: a bullet's character, or a number's format, prefix, suffix and first value. */
export interface OdtListLevel {
  bullet?: string;
  format?: string;
  prefix?: string;
  suffix?: string;
  start?: number;
}

/** The list styles of an ODT (styles.xml's and content.xml's automatic ones): style name → level (1-based) → marking. */
export type OdtListStyles = Map<string, Map<number, OdtListLevel>>;

/** What {@link odtXmlToLines} found. */
export interface OdtXmlReadout {
  /** Lines of the body (office:text): one a paragraph or heading; a table row of one-line cells as one tab-separated line. */
  body: string[];
  /** Lines of the master pages' headers and footers (styles.xml), each line once. */
  margins: string[];
  /** Lines of the master pages' headers (first-page, left and right variants), each line once. */
  header: string[];
  /** Lines of the master pages' footers, each line once. */
  footer: string[];
  /** Pictures: frames holding a draw:image (a frame's replacement images not counted again), and images outside frames. */
  imageCount: number;
}

// ODF's number formats as the DOCX reader's list formats.
const NUMBER_FORMATS: Readonly<Record<string, string>> = {
  '1': 'decimal',
  a: 'lowerLetter',
  A: 'upperLetter',
  i: 'lowerRoman',
  I: 'upperRoman',
};

// Elements whose text is not the document's: change-tracking records, comments, a note's citation mark (its body is
// read), hidden text, the sequence and variable declarations, forms, pictures' titles and descriptions.
const SKIPPED = new Set([
  'text:tracked-changes',
  'office:annotation',
  'office:annotation-end',
  'text:note-citation',
  'text:hidden-text',
  'text:hidden-paragraph',
  'text:sequence-decls',
  'text:variable-decls',
  'text:user-field-decls',
  'office:forms',
  'svg:title',
  'svg:desc',
  'office:automatic-styles',
  'office:font-face-decls',
]);

const MARGINS = new Set([
  'style:header',
  'style:footer',
  'style:header-left',
  'style:footer-left',
  'style:header-first',
  'style:footer-first',
]);

/** Adds the list styles of a part (styles.xml, or content.xml's automatic styles) to `styles`. */
export function readOdtListStyles(xml: string, styles: OdtListStyles = new Map()): OdtListStyles {
  let current: Map<number, OdtListLevel> | undefined;
  walkXml(
    xml,
    {
      open(name, attributes) {
        if (name === 'text:list-style') {
          current = new Map();
          styles.set(attributes['style:name'] ?? '', current);
          return;
        }
        if (current === undefined) return;
        const level = Math.min(Math.max(Number.parseInt(attributes['text:level'] ?? '1', 10) || 1, 1), 10);
        if (name === 'text:list-level-style-bullet')
          current.set(level, { bullet: (attributes['text:bullet-char'] ?? '•').slice(0, 4) || '•' });
        else if (name === 'text:list-level-style-number') {
          const start = Number.parseInt(attributes['text:start-value'] ?? '1', 10);
          current.set(level, {
            format: attributes['style:num-format'] ?? '',
            prefix: (attributes['style:num-prefix'] ?? '').slice(0, 16),
            suffix: (attributes['style:num-suffix'] ?? '').slice(0, 16),
            start: Number.isNaN(start) ? 1 : Math.min(Math.max(start, 1), MAX_LIST_START),
          });
        }
      },
      close(name) {
        if (name === 'text:list-style') current = undefined;
      },
      text() {},
    },
    'ODT',
  );
  return styles;
}

interface OpenList {
  style: string | undefined;
  level: number;
  count: number;
}

/**
 * The text of an ODT part: paragraphs and headings a line each (line breaks split them, tabs kept, `<text:s c="N"/>` as
 * N spaces, runs of white space in the XML as one), list items with their marker ("• ", "1. ") from `listStyles`, text
 * boxes and frames read where they are anchored, before the paragraph's own text (two or more frames of one line each
 * placed by offsets read by where they sit, as the DOCX reader reads floating text boxes; frames anchored to pages page
 * by page, before the next line outside them), tables row by row as the DOCX reader
 * reads them; the master pages' headers and footers (styles.xml) as `margins`. Throws {@link ResumeParseError}
 * 'too-large' once the paragraphs' text passes `maxTextChars` (counted spaces expand: 22 bytes of `<text:s text:c="256"/>`
 * are 256 characters).
 */
export function odtXmlToLines(
  xml: string,
  listStyles: OdtListStyles = new Map(),
  maxTextChars = Number.POSITIVE_INFINITY,
): OdtXmlReadout {
  const body: string[] = [];
  const margins: string[] = [];
  // The text of each open paragraph (a frame's paragraphs open inside another's).
  // `space`: the text ends with a collapsible space (asked of a flag: endsWith on a string built by += flattens it).
  // `boxes`: the frames anchored in it, read before its own text.
  const paragraphs: { text: string; marker?: string; space?: boolean; boxes?: FloatingBox[] }[] = [];
  const lists: OpenList[] = [];
  // Where a finished line goes: the innermost open table cell, else the margin or body lines.
  const sinks: string[][] = [];
  const tables = new OpenTables(sinks);
  let skipped = 0;
  let inBody = 0;
  let inMargin = 0;
  // The outermost open margin's kind: its lines go to `header` or `footer` too.
  let marginKind: 'header' | 'footer' = 'header';
  const headerLines: string[] = [];
  const footerLines: string[] = [];
  const frames: OpenFrame[] = [];
  // Frames anchored to a page (not in a paragraph) since the last line outside them, with their page.
  let pageFrames: { box: FloatingBox; page: number }[] = [];
  let imageCount = 0;
  // A list item's first paragraph takes its marker.
  let pendingMarker: string | undefined;
  // The last count of each list style and level, for a list that continues the numbering of the one before.
  const lastCounts = new Map<string, number>();

  const put = (line: string) => {
    const sink = sinks.at(-1);
    if (sink) sink.push(line);
    else if (inMargin > 0) {
      margins.push(line);
      (marginKind === 'header' ? headerLines : footerLines).push(line);
    } else if (inBody > 0) body.push(line);
  };
  // The frames anchored to pages are read before the next line outside a frame, and before a table, a cell, a header or
  // footer opens or closes, so that their lines stay where they were anchored.
  const flushPageFrames = () => {
    if (pageFrames.length === 0) return;
    const waiting = pageFrames;
    pageFrames = [];
    for (const line of pageFrameLines(waiting)) put(line);
  };
  const emit = (line: string) => {
    if (frames.length === 0) flushPageFrames();
    put(line);
  };
  let length = 0;
  const grow = (added: number) => {
    length += added;
    if (length > maxTextChars)
      throw new ResumeParseError('too-large', `The ODT holds more than ${maxTextChars} characters of text`);
  };
  const append = (text: string) => {
    const paragraph = paragraphs.at(-1);
    if (paragraph) {
      grow(text.length);
      paragraph.text += text;
      paragraph.space = false;
    }
  };
  const markerOf = (list: OpenList): string | undefined => {
    const style = list.style === undefined ? undefined : listStyles.get(list.style)?.get(list.level);
    if (style === undefined) return undefined;
    if (style.bullet !== undefined) return style.bullet;
    const format = NUMBER_FORMATS[style.format ?? ''];
    if (format === undefined) return undefined;
    return `${style.prefix ?? ''}${formatNumber(list.count, format)}${style.suffix ?? ''}`;
  };

  walkXml(
    xml,
    {
      open(name, attributes) {
        if (skipped > 0 || SKIPPED.has(name)) {
          skipped++;
          return;
        }
        switch (name) {
          case 'office:text':
            inBody++;
            return;
          case 'text:p':
          case 'text:h':
            paragraphs.push(pendingMarker === undefined ? { text: '' } : { text: '', marker: pendingMarker });
            pendingMarker = undefined;
            return;
          case 'text:s': {
            const count = Number.parseInt(attributes['text:c'] ?? '1', 10);
            // Explicit spaces, kept apart from the XML's white space (collapsed) until the line is done.
            append('\u00a0'.repeat(Number.isNaN(count) ? 1 : Math.min(Math.max(count, 1), MAX_ODT_SPACES)));
            return;
          }
          case 'text:tab':
            append('\t');
            return;
          case 'text:line-break':
            append('\n');
            return;
          case 'text:list': {
            const outer = lists.at(-1);
            const style = attributes['text:style-name'] ?? outer?.style;
            const level = Math.min((outer?.level ?? 0) + 1, 10);
            const continued = attributes['text:continue-numbering'] === 'true';
            const start = style === undefined ? undefined : listStyles.get(style)?.get(level)?.start;
            const last = continued && style !== undefined ? lastCounts.get(`${style}\u0000${level}`) : undefined;
            lists.push({ style, level, count: last ?? (start ?? 1) - 1 });
            return;
          }
          case 'text:list-item': {
            const list = lists.at(-1);
            if (list === undefined) return;
            const start = Number.parseInt(attributes['text:start-value'] ?? '', 10);
            list.count = Number.isNaN(start) ? list.count + 1 : start;
            list.count = Math.min(Math.max(list.count, 1), MAX_LIST_START);
            pendingMarker = markerOf(list);
            return;
          }
          case 'table:table':
            if (frames.length === 0) flushPageFrames();
            tables.openTable();
            return;
          case 'table:table-row':
            tables.openRow();
            return;
          case 'table:table-cell':
            if (frames.length === 0) flushPageFrames();
            tables.openCell();
            return;
          case 'draw:frame': {
            const box: FloatingBox = {
              lines: [],
              x: odfLengthToPoints(attributes['svg:x']),
              top: odfLengthToPoints(attributes['svg:y']),
              width: Math.max(0, odfLengthToPoints(attributes['svg:width']) ?? 0),
              height: Math.max(0, odfLengthToPoints(attributes['svg:height']) ?? 0),
              frame: attributes['text:anchor-type'] ?? '',
            };
            const page = Number.parseInt(attributes['text:anchor-page-number'] ?? '', 10);
            frames.push({ box, owner: paragraphs.at(-1), page: Number.isNaN(page) ? 0 : page, imageCounted: false });
            sinks.push(box.lines);
            return;
          }
          case 'draw:image': {
            const frame = frames.at(-1);
            if (frame?.imageCounted !== true) imageCount++;
            if (frame) frame.imageCounted = true;
            return;
          }
          default:
            if (MARGINS.has(name)) {
              if (frames.length === 0) flushPageFrames();
              if (inMargin === 0) marginKind = name.startsWith('style:header') ? 'header' : 'footer';
              inMargin++;
            }
        }
      },
      close(name) {
        if (skipped > 0) {
          skipped--;
          return;
        }
        switch (name) {
          case 'office:text':
            flushPageFrames();
            inBody = Math.max(0, inBody - 1);
            return;
          case 'text:p':
          case 'text:h': {
            const paragraph = paragraphs.pop();
            if (paragraph === undefined) return;
            if (paragraph.boxes) for (const line of floatingBoxLines(paragraph.boxes, false)) emit(line);
            // Each part trimmed, empty ones skipped: no /[ \r\n\t]*\n[ \r\n\t]*/g first, which retried a run of tabs
            // (<text:tab/> again and again) from each of its characters (40,000 tabs: 0.8 s, quadratic).
            const parts = paragraph.text.split('\n').map((part) => part.replace(/\u00a0/g, ' ').trim());
            const first = parts.findIndex(Boolean);
            if (paragraph.marker !== undefined && first !== -1) parts[first] = `${paragraph.marker} ${parts[first]}`;
            for (const part of parts) if (part) emit(part);
            return;
          }
          case 'text:list': {
            const list = lists.pop();
            if (list?.style !== undefined) lastCounts.set(`${list.style}\u0000${list.level}`, list.count);
            return;
          }
          case 'text:list-item':
            pendingMarker = undefined;
            return;
          case 'table:table-cell':
            if (frames.length === 0) flushPageFrames();
            tables.closeCell();
            return;
          case 'table:table-row':
            tables.closeRow();
            return;
          case 'table:table':
            for (const line of tables.closeTable()) emit(line);
            return;
          case 'draw:frame': {
            const frame = frames.pop();
            if (frame === undefined) return;
            const index = sinks.lastIndexOf(frame.box.lines);
            if (index !== -1) sinks.splice(index, 1);
            // A frame in a paragraph is read with the paragraph; one anchored to the page, with its page's frames.
            if (frame.owner) (frame.owner.boxes ??= []).push(frame.box);
            else if (frame.box.lines.length > 0) pageFrames.push({ box: frame.box, page: frame.page });
            return;
          }
          default:
            if (MARGINS.has(name)) {
              if (frames.length === 0) flushPageFrames();
              inMargin = Math.max(0, inMargin - 1);
            }
        }
      },
      text(text) {
        if (skipped > 0 || paragraphs.length === 0) return;
        // The XML's own white space (line ends, indentation, runs of spaces) is one space, as ODF reads it.
        const paragraph = paragraphs.at(-1) as { text: string; space?: boolean };
        // A soft hyphen is shown only where the word is broken at a line end: not read.
        const collapsed = withoutSoftHyphens(text).replace(/[ \t\r\n]+/g, ' ');
        if (collapsed === '') return;
        grow(collapsed.length);
        paragraph.text += paragraph.space && collapsed.startsWith(' ') ? collapsed.slice(1) : collapsed;
        paragraph.space = collapsed.endsWith(' ');
      },
    },
    'ODT',
  );
  // A part cut short: its frames and paragraphs still open, as far as they were read.
  flushPageFrames();
  const unique = (lines: string[]) => [...new Set(lines)];
  return {
    body,
    margins: unique(margins),
    header: unique(headerLines),
    footer: unique(footerLines),
    imageCount,
  };
}
