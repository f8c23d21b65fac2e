// An HTML résumé (a page saved from a site builder, Word's "Save as Web Page", Google Docs' HTML export) read into lines
// with htmlparser2's tokenizer, the parser the DOCX reader and core's htmlToText use: one pass, linear in the page.
// Core's htmlToText reads job ads (a few block tags; a line end in the source is a line break); a résumé page needs
// more: every block element, table cells, list markers, a source's wrapped lines read as one.
import { Parser } from 'htmlparser2';
import { forgetOutermostElements } from '@rolefit/core/internal';
import { MAX_LIST_START, withoutSoftHyphens } from '../docx/word-xml.js';
import { ResumeParseError } from '../parse/errors.js';
import { OpenTables } from '../tables/open-tables.js';

/** Options for {@link htmlToLines}. */
export interface HtmlToLinesOptions {
  /** Most characters of text read; past it, 'too-large'. */
  maxTextChars?: number | undefined;
}

/** Most lists open at once whose items are marked; deeper lists' items take the innermost marked list's marker. */
const MAX_LIST_NESTING = 16;

// Elements whose content no reader sees (the head: its title and metadata; scripts, styles, inline pictures).
const HIDDEN = new Set(['head', 'title', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'object', 'iframe']);
// Elements that start and end a line.
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'br',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
]);

/** Most flex or grid containers (and boxes kept apart) remembered at once: the innermost; outer ones are forgotten. */
const MAX_FLEX_NESTING = 16;

// An entry pushed on a stack of at most MAX_FLEX_NESTING, the outermost dropped to make room.
function keepInnermost<Entry>(stack: Entry[], entry: Entry): void {
  if (stack.length >= MAX_FLEX_NESTING) stack.shift();
  stack.push(entry);
}

// A box kept apart from the text beside it, while it is open: its depth, whether it sits in the line as a word does (an
// inline-block), whether one letter in it is a drop cap (a float, an inline-block or an absolutely placed box), and the
// count of text characters read when it opened.
interface ApartBox {
  depth: number;
  inFlow: boolean;
  dropCap: boolean;
  textCountAtOpen: number;
}

// A gap between two inline boxes (a float, Word's tab, flex or grid items): this character while the line grows, a tab
// when the line is finished (with the white space around it), so that "Data Engineer" and a date floated right of it
// read as "Data Engineer\t2019 – 2021", as the DOCX reader reads a tab.
const GAP = '\u0001';

let graphemeSegmenter: Intl.Segmenter | undefined;
const PLAINLY_TWO = /^[^\u1100-\u115f\u{1f1e6}-\u{1f1ff}\p{Cs}][\p{L}\p{N}\p{P}\p{Zs}]/u;
/**
 * How many letters as shown (grapheme clusters: "\u{1d40e}" and "e\u0301" are one each) `text` holds, counted up to
 * two, and its last one where it holds one (else its last UTF-16 unit, enough to tell that more than one was held).
 */
function shownLettersUpToTwo(text: string): { count: number; last: string } {
  if (text.length <= 1) return { count: text.length, last: text };
  // Two letters shown for sure, without the segmenter: the second code point a letter, digit, punctuation or space
  // after no Hangul jamo nor regional indicator (which join the next).
  if (PLAINLY_TWO.test(text)) return { count: 2, last: text.at(-1) ?? '' };
  graphemeSegmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  const segments = graphemeSegmenter.segment(text)[Symbol.iterator]();
  const first = segments.next();
  if (first.done) return { count: 0, last: '' };
  if (segments.next().done) return { count: 1, last: first.value.segment };
  return { count: 2, last: text.at(-1) ?? '' };
}

/**
 * How an element's inline style lays it out: a box of its own beside the text (floated, Word's tab, placed with
 * `position:absolute` or `fixed`, an `inline-block` or `inline-table`: a page builder's title and dates side by side), a
 * flex or grid container, or neither. `inFlow`: an inline-block or inline-table neither floated nor placed, which sits
 * in the line as a word does; `dropCap`: a float, an inline-block or a box placed with `position:absolute`, which may
 * hold a drop cap.
 */
function styleLayout(style: string | undefined): { gap: boolean; inFlow: boolean; dropCap: boolean; flex: boolean } {
  if (style === undefined || style === '') return { gap: false, inFlow: false, dropCap: false, flex: false };
  // One pass to drop white space, then substring tests: linear in the attribute.
  const compact = `;${style.toLowerCase().replace(/\s+/g, '')}`;
  const floated = /;float:(?:left|right|inline-start|inline-end)/.test(compact);
  const outOfFlow = floated || compact.includes(';mso-tab-count:') || /;position:(?:absolute|fixed)/.test(compact);
  const inlineBlock = /;display:inline-(?:block|table)/.test(compact);
  return {
    gap: outOfFlow || inlineBlock,
    inFlow: inlineBlock && !outOfFlow,
    // A drop cap placed with position:absolute (the big letter set over the indented first line) reads so too; a fixed
    // box sits on the screen, not in the text.
    dropCap: floated || inlineBlock || /;position:absolute/.test(compact),
    flex: /;display:(?:inline-)?(?:flex|grid)/.test(compact),
  };
}

interface OpenList {
  ordered: boolean;
  count: number;
}

/**
 * The lines of an HTML page: a line per block element (paragraphs, headings, divisions, sections; list items with "• "
 * or "1. "), tables as the DOCX reader reads them (a row of one-line cells one tab-separated line, a layout table cell by
 * cell), white space in the source read as one space (but in `<pre>`), the head, scripts, styles and inline SVG
 * dropped. Throws {@link ResumeParseError} 'too-large' past `maxTextChars`.
 */
export function htmlToLines(html: string, options: HtmlToLinesOptions = {}): string[] {
  const maxChars = options.maxTextChars ?? Number.POSITIVE_INFINITY;
  const lines: string[] = [];
  // Where a finished line goes: the innermost open table cell, else the page's lines.
  const sinks: string[][] = [];
  const tables = new OpenTables(sinks);
  let line = '';
  // Asked of the line as it grows, kept here: endsWith or trim on a string built by += flattens it, each time.
  let endsWithSpace = false;
  let lineHasText = false;
  let length = 0;
  let hidden = 0;
  let preformatted = 0;
  const lists: OpenList[] = [];
  let deeperLists = 0;
  // A list item's marker, put before its first text (an item's text often sits in a <p> of its own).
  let marker: string | undefined;
  // The edges of boxes kept apart met since the line's last text (a box began, or one holding text ended), which decide
  // what goes before the next text. Out of the flow (a float, a placed box, Word's tab, a flex item): a gap. An
  // inline-block beside running text with white space between them in the source, inside or outside the box: that
  // space, as a browser shows it ("Managed a $2M budget"); touching the text, or beside another box (skills as pills):
  // a gap. A box of one letter (a float, an inline-block or an absolutely placed box) followed by letters is a drop cap:
  // nothing ("John").
  let openedOutOfFlow = false;
  let openedInFlow = false;
  let closedOutOfFlow = false;
  let closedInFlow = false;
  let closedNotDropCap = false;
  // Whether the line's last text ended with white space (a no-break space too); the letters as shown (grapheme
  // clusters) read so far, each text trimmed and counted up to two (a box of one is told from a box of more), and the
  // last of them.
  let endsWithWhiteSpace = false;
  let textCount = 0;
  let lastCharacter = '';
  // Elements open (as their open and close tags are told), the depths of the flex or grid containers among them, and the
  // boxes that stand apart (floated, placed, inline-blocks, Word's tabs, flex items). Each stack at most 16 deep.
  let depth = 0;
  const flexDepths: number[] = [];
  const apartBoxes: ApartBox[] = [];
  const forgetEdges = () => {
    openedOutOfFlow = false;
    openedInFlow = false;
    closedOutOfFlow = false;
    closedInFlow = false;
    closedNotDropCap = false;
  };
  // Whether a gap goes before this text (not blank), after the edges met since the line's last text.
  const gapBefore = (text: string): boolean => {
    const opened = openedOutOfFlow || openedInFlow;
    const closed = closedOutOfFlow || closedInFlow;
    if (!opened && !closed) return false;
    const whiteSpace = endsWithWhiteSpace || /^[\s\u00a0]/.test(text);
    // A drop cap: only boxes of one letter ended since the last text, and this text's letters follow with no space.
    if (closed && !closedNotDropCap && !opened && !whiteSpace && /^\p{L}/u.test(text)) return false;
    if (openedOutOfFlow || closedOutOfFlow || (opened && closed)) return true;
    return !whiteSpace;
  };
  const flush = () => {
    for (const part of line.split('\n')) {
      // A run of non-breaking spaces (Word's indents after a list bullet) is one space; <pre>'s own spaces stay; a gap
      // with the white space around it is one tab.
      const text = part
        .replace(/[ \u00a0\u0001]+/g, (run) => (run.includes(GAP) ? '\t' : run.includes('\u00a0') ? ' ' : run))
        .trim();
      if (text !== '') (sinks.at(-1) ?? lines).push(text);
    }
    line = '';
    endsWithSpace = false;
    endsWithWhiteSpace = false;
    lineHasText = false;
    forgetEdges();
  };
  const add = (text: string) => {
    length += text.length;
    if (length > maxChars)
      throw new ResumeParseError('too-large', `The HTML holds more than ${maxChars} characters of text`);
    if (text === '') return;
    const hasText = text.trim() !== '';
    if (marker !== undefined && hasText && !lineHasText) {
      line = `${marker} `;
      marker = undefined;
    }
    line += text;
    lineHasText ||= hasText;
    endsWithSpace = text.endsWith(' ');
    endsWithWhiteSpace = /[\s\u00a0]$/.test(text);
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        forgetOutermostElements(parser);
        if (HIDDEN.has(name)) hidden += 1;
        depth += 1;
        if (hidden > 0) return;
        if (BLOCKS.has(name)) flush();
        const layout = styleLayout(attributes.style);
        // A floated or placed box, an inline-block, Word's tab or a flex container's child stands apart from the text
        // before it (and after it).
        const flexItem = flexDepths.at(-1) === depth - 1;
        if (layout.gap || flexItem) {
          const inFlow = layout.inFlow && !flexItem;
          if (lineHasText && inFlow) openedInFlow = true;
          else if (lineHasText) openedOutOfFlow = true;
          keepInnermost(apartBoxes, {
            depth,
            inFlow,
            dropCap: layout.dropCap && !flexItem,
            textCountAtOpen: textCount,
          });
        }
        if (layout.flex) keepInnermost(flexDepths, depth);
        switch (name) {
          case 'pre':
            preformatted += 1;
            return;
          case 'ul':
          case 'ol': {
            if (lists.length >= MAX_LIST_NESTING) deeperLists += 1;
            else {
              const start = Number.parseInt(attributes.start ?? '1', 10);
              const first = Number.isNaN(start) ? 1 : Math.min(Math.max(start, 1), MAX_LIST_START);
              lists.push({ ordered: name === 'ol', count: first - 1 });
            }
            return;
          }
          case 'li': {
            const list = lists.at(-1);
            if (list?.ordered) {
              list.count = Math.min(list.count + 1, MAX_LIST_START);
              marker = `${list.count}.`;
            } else marker = '•';
            return;
          }
          case 'table':
            tables.openTable();
            return;
          case 'tr':
            tables.openRow();
            return;
          case 'td':
          case 'th':
            flush();
            tables.openCell();
            return;
          default:
        }
      },
      onclosetag(name) {
        // The closed element's depth; the stacks' entries deeper than it are elements whose close was never told.
        const closed = depth;
        depth = Math.max(0, depth - 1);
        while ((flexDepths.at(-1) ?? 0) >= closed) flexDepths.pop();
        while ((apartBoxes.at(-1)?.depth ?? 0) > closed) apartBoxes.pop();
        // What follows a box kept apart that held text stands apart from it (see gapBefore).
        const box = apartBoxes.at(-1);
        if (box?.depth === closed) {
          apartBoxes.pop();
          const held = textCount - box.textCountAtOpen;
          if (lineHasText && held > 0) {
            if (box.inFlow) closedInFlow = true;
            else closedOutOfFlow = true;
            closedNotDropCap ||= !(box.dropCap && held === 1 && /^\p{L}/u.test(lastCharacter));
          }
        }
        if (HIDDEN.has(name)) {
          hidden = Math.max(0, hidden - 1);
          return;
        }
        if (hidden > 0) return;
        if (BLOCKS.has(name)) flush();
        switch (name) {
          case 'pre':
            preformatted = Math.max(0, preformatted - 1);
            return;
          case 'ul':
          case 'ol':
            if (deeperLists > 0) deeperLists -= 1;
            else lists.pop();
            return;
          case 'li':
            marker = undefined;
            return;
          case 'td':
          case 'th':
            flush();
            tables.closeCell();
            return;
          case 'tr':
            tables.closeRow();
            return;
          case 'table':
            for (const tableLine of tables.closeTable()) (sinks.at(-1) ?? lines).push(tableLine);
            return;
          default:
        }
      },
      ontext(source) {
        if (hidden > 0) return;
        // A soft hyphen (&shy;) is shown only where the browser breaks the word at a line end: not read.
        const text = withoutSoftHyphens(source);
        const trimmed = text.trim();
        if (trimmed !== '') {
          if (lineHasText && gapBefore(text)) add(GAP);
          forgetEdges();
          // Counted in letters as shown (an astral letter, a letter and its accent are one), two at most a text.
          const shown = shownLettersUpToTwo(trimmed);
          textCount += shown.count;
          lastCharacter = shown.last;
        }
        // Outside <pre>, the source's line ends and indentation are white space, as a browser reads them.
        if (preformatted > 0) add(text);
        else {
          const collapsed = text.replace(/[ \t\r\n\f]+/g, ' ');
          add(endsWithSpace && collapsed.startsWith(' ') ? collapsed.slice(1) : collapsed);
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.end(html);
  flush();
  // Tables never closed: their rows read so far.
  for (const tableLine of tables.closeAll()) lines.push(tableLine);
  return lines;
}

/** The text of an HTML page, a line per block; see {@link htmlToLines}. */
export function htmlToResumeText(html: string, options: HtmlToLinesOptions = {}): string {
  return htmlToLines(html, options).join('\n');
}
