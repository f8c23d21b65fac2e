/** One piece of text on a PDF page, as pdf.js reports it (`transform` is [a, b, c, d, x, y]; y grows upwards). */
export interface PdfTextItem {
  str: string;
  transform: readonly number[];
  width: number;
  height: number;
  hasEOL?: boolean;
}

interface Placed {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
  /** A space of its own (a whitespace-only item) is drawn right after this item on its line. */
  spaceAfter?: boolean;
}

interface Line {
  y: number;
  size: number;
  items: Placed[];
}

// Baselines closer than this share a line (a share of the font size: superscripts and mixed fonts wobble a little).
const LINE_TOLERANCE = 0.45;
// A gutter must be at least this wide (points) and lie within the middle of the page's text.
const MIN_GUTTER = 8;
// Share of lines allowed to cross a gutter (a name or rule spanning both columns).
const MAX_CROSSING_SHARE = 0.15;
// Each column must hold at least this share of the page's characters and this many lines.
const MIN_COLUMN_SHARE = 0.15;
const MIN_COLUMN_LINES = 5;
const MIN_COLUMN_WIDTH = 0.25;
// Column detection costs (candidate gutters × items): a page with more text items than this is read as one column,
// and at most this many candidate gutters are tried (one point apart on ordinary pages).
const MAX_GUTTER_ITEMS = 20_000;
const MAX_GUTTER_CANDIDATES = 1_000;

// Smallest and largest of a list without spreading it into arguments (which overflows the stack on ~100k items).
function minOf(values: Iterable<number>): number {
  let least = Infinity;
  for (const value of values) if (value < least) least = value;
  return least;
}
function maxOf(values: Iterable<number>): number {
  let most = -Infinity;
  for (const value of values) if (value > most) most = value;
  return most;
}

function place(items: readonly PdfTextItem[]): Placed[] {
  const placed: Placed[] = [];
  for (const item of items) {
    const x = item.transform[4] ?? 0;
    const y = item.transform[5] ?? 0;
    const size = Math.abs(item.transform[3] ?? 0) || Math.abs(item.transform[0] ?? 0) || item.height || 10;
    if (!item.str?.trim()) {
      // A space drawn as an item of its own between two runs of a line ("team", " ", "with"): the next run may start
      // closer than a space's width (kerning), and without the mark the two words were read as one ("teamwith").
      const previous = placed[placed.length - 1];
      if (item.str && previous && sameSpot(previous, x, y)) previous.spaceAfter = true;
      continue;
    }
    placed.push({ text: item.str, x, right: x + Math.max(0, item.width), y, size });
  }
  return placed;
}

// Whether a space item at (x, y) follows `item` directly: on its baseline, starting about where it ends.
function sameSpot(item: Placed, x: number, y: number): boolean {
  return Math.abs(item.y - y) <= LINE_TOLERANCE * item.size && Math.abs(x - item.right) <= 0.5 * item.size;
}

function groupLines(items: readonly Placed[]): Line[] {
  const sorted = [...items].sort((left, right) => right.y - left.y || left.x - right.x);
  const lines: Line[] = [];
  for (const item of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line.y - item.y) <= LINE_TOLERANCE * Math.max(line.size, item.size)) {
      line.items.push(item);
      line.size = Math.max(line.size, item.size);
    } else {
      lines.push({ y: item.y, size: item.size, items: [item] });
    }
  }
  for (const line of lines) line.items.sort((left, right) => left.x - right.x);
  return lines;
}

// A space item read as a word break, but not before closing punctuation or after an opening bracket: the builders that
// draw spaces apart also draw one before a comma that they then set over it ("Hsu", " ", ", Professor" reads "Hsu,").
const CLOSING_PUNCTUATION = /^[,.;:!?)\]}%]/u;
const OPENING_BRACKET = /[([{]$/u;
const spaceItemBetween = (previous: Placed, item: Placed) =>
  previous.spaceAfter === true && !CLOSING_PUNCTUATION.test(item.text) && !OPENING_BRACKET.test(previous.text);

// A gap of a line is a tab stop (kept visible as a run of spaces) where it is wider than this many ems, or where it is
// at least MIN_COLUMN_GAP ems and the run after it starts where a run of another line of the page starts after such a
// gap: a column of a table (a two-column skills list whose longest left item leaves only ~2.2 em before the right
// column). A word space is ~0.25 em and pdf.js keeps spaces up to 0.6 em inside one run, so a run after a narrower gap
// is the same phrase (a bold word, a kerned pair).
const TAB_GAP = 2.5;
// Runs closer than this many ems (either way) touch: no space between them was drawn.
const ZERO_GAP = 0.05;
const MIN_COLUMN_GAP = 0.6;

/** Where runs start after a gap of MIN_COLUMN_GAP ems or more on a page: x rounded to a point, and how many lines. */
type ColumnEdges = ReadonlyMap<number, number>;
const NO_COLUMN_EDGES: ColumnEdges = new Map();

// A justified line's word spaces are all alike: its gaps of MIN_COLUMN_GAP ems or more, two at least and no tab stop
// among them, lie within this many points of each other. A paragraph set flush to both margins in a narrow column
// (LibreOffice and TeX draw each word of it as a run) widens every word space alike past 0.6 em; a table's column gaps
// differ with the width of the item before each.
const JUSTIFIED_SPREAD = 0.5;

/** Whether `line` reads as a justified line of prose whose word spaces are stretched (see JUSTIFIED_SPREAD). */
function stretchedWordSpaces(line: Line): boolean {
  let wide = 0;
  let least = Number.POSITIVE_INFINITY;
  let most = Number.NEGATIVE_INFINITY;
  for (let index = 1; index < line.items.length; index++) {
    const gap = (line.items[index] as Placed).x - (line.items[index - 1] as Placed).right;
    if (gap < MIN_COLUMN_GAP * line.size) continue;
    if (gap > TAB_GAP * line.size) return false;
    wide++;
    least = Math.min(least, gap);
    most = Math.max(most, gap);
  }
  return wide >= 2 && most - least <= JUSTIFIED_SPREAD;
}

function columnEdges(lines: readonly Line[]): ColumnEdges {
  const edges = new Map<number, number>();
  for (const line of lines) {
    if (stretchedWordSpaces(line)) continue;
    for (let index = 1; index < line.items.length; index++) {
      const item = line.items[index] as Placed;
      if (item.x - (line.items[index - 1] as Placed).right < MIN_COLUMN_GAP * line.size) continue;
      const key = Math.round(item.x);
      edges.set(key, (edges.get(key) ?? 0) + 1);
    }
  }
  return edges;
}

// Whether runs after a column gap start within about a point of x on two lines or more (this one among them).
function sharedColumnEdge(edges: ColumnEdges, x: number): boolean {
  const key = Math.round(x);
  return (edges.get(key - 1) ?? 0) + (edges.get(key) ?? 0) + (edges.get(key + 1) ?? 0) >= 2;
}

function lineText(line: Line, edges: ColumnEdges = NO_COLUMN_EDGES): string {
  // Parts joined once at the end: appending to a string and asking endsWith flattens it every time (quadratic on a long line).
  const parts: string[] = [];
  let endsWithSpace = false;
  let previous: Placed | undefined;
  // A justified line's stretched word spaces are no table's column gaps, wherever its words start.
  const stretched = edges.size > 0 && stretchedWordSpaces(line);
  for (const item of line.items) {
    let text = item.text;
    if (previous) {
      const gap = item.x - previous.right;
      // A space leading a run that starts where the run before it ends took no room on the page: a zero-width space
      // Chrome draws as a space glyph moved back over (pdf.js reports that glyph as a space now and then, so
      // "Pro\u200Bgram\u200Bming" read "Program ming"). The page shows the two runs touching: read them so.
      if (Math.abs(gap) <= ZERO_GAP * line.size && text.startsWith(' ')) text = text.trimStart();
      // A wide gap is a tab stop (right-aligned dates) or a table's column: keep it visible as a run of spaces.
      if (
        gap > TAB_GAP * line.size ||
        (gap >= MIN_COLUMN_GAP * line.size && !stretched && sharedColumnEdge(edges, item.x))
      )
        parts.push('   ');
      else if ((gap > 0.15 * line.size || spaceItemBetween(previous, item)) && !endsWithSpace && !text.startsWith(' '))
        parts.push(' ');
    }
    parts.push(text);
    endsWithSpace = text.endsWith(' ');
    previous = item;
  }
  // trimEnd, not /\s+$/: the regex retries every run of inner spaces and is quadratic on a long line.
  return parts.join('').trimEnd();
}

// Lines as text, a blank line where the vertical gap is clearly wider than the usual line spacing.
function linesToText(lines: readonly Line[], edges: ColumnEdges): string[] {
  const typical = typicalLineGap(lines);
  const out: string[] = [];
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    if (previous && typical > 0 && previous.y - line.y > 1.6 * typical) out.push('');
    out.push(lineText(line, edges));
  });
  return out;
}

/** Where a page splits into two columns: the x of a vertical gutter, or undefined for a single-column page. */
export function findGutter(items: readonly PdfTextItem[]): number | undefined {
  const placed = place(items);
  if (placed.length < 2 * MIN_COLUMN_LINES || placed.length > MAX_GUTTER_ITEMS) return undefined;
  const lines = groupLines(placed);
  const left = minOf(placed.map((item) => item.x));
  const right = maxOf(placed.map((item) => item.right));
  const width = right - left;
  if (!(width > 0) || !Number.isFinite(width)) return undefined;
  const totalCharacters = placed.reduce((sum, item) => sum + item.text.length, 0);
  let best: { x: number; score: number } | undefined;
  // Candidate gutters across the middle 70% of the text block, one point apart (further apart on a huge page).
  const step = Math.max(1, (0.7 * width) / MAX_GUTTER_CANDIDATES);
  // Each candidate is counted with loops into this one buffer, not with arrays made per candidate: past 16,384 lines
  // such an array of numbers is a large object, and V8 collecting 2,000 of them a page took 23 s instead of 0.9.
  const rightStarts = new Float64Array(lines.length);
  for (let x = left + 0.15 * width; x <= right - 0.15 * width; x += step) {
    let crossing = 0;
    for (const line of lines)
      if (line.items.some((item) => item.x < x - MIN_GUTTER / 2 && item.right > x + MIN_GUTTER / 2)) crossing++;
    if (crossing > MAX_CROSSING_SHARE * lines.length) continue;
    let leftCharacters = 0;
    let rightCharacters = 0;
    let leftLines = 0;
    let rightLines = 0;
    for (const line of lines) {
      let hasLeft = false;
      let hasRight = false;
      for (const item of line.items) {
        if (item.right <= x + MIN_GUTTER / 2 && item.x < x) {
          leftCharacters += item.text.length;
          hasLeft = true;
        } else if (item.x >= x - MIN_GUTTER / 2) {
          rightCharacters += item.text.length;
          hasRight = true;
        }
      }
      if (hasLeft) leftLines++;
      if (hasRight) rightLines++;
    }
    if (leftCharacters < MIN_COLUMN_SHARE * totalCharacters || rightCharacters < MIN_COLUMN_SHARE * totalCharacters)
      continue;
    if (leftLines < MIN_COLUMN_LINES || rightLines < MIN_COLUMN_LINES) continue;
    // A right "column" that is mostly right-aligned dates starts at many different x: real columns share a left edge.
    let starts = 0;
    for (const line of lines) {
      const start = line.items.find((item) => item.x >= x - MIN_GUTTER / 2);
      if (start !== undefined) rightStarts[starts++] = start.x;
    }
    const edge = minOf(rightStarts.subarray(0, starts));
    let alignedStarts = 0;
    for (let index = 0; index < starts; index++) if ((rightStarts[index] as number) - edge < 3) alignedStarts++;
    const aligned = alignedStarts / starts;
    if (aligned < 0.5) continue;
    // A column of dates is narrow; a real column is at least a quarter of the text block wide.
    let rightMost = -Infinity;
    for (const item of placed) if (item.x >= x - MIN_GUTTER / 2 && item.right > rightMost) rightMost = item.right;
    const rightWidth = rightMost - edge;
    if (rightWidth < MIN_COLUMN_WIDTH * width || x - left < MIN_COLUMN_WIDTH * width) continue;
    const score = Math.min(leftCharacters, rightCharacters) - crossing * 20;
    // The gutter's middle: halfway between the left column's right edge and the right column's left edge.
    let leftEdge = -Infinity;
    for (const item of placed)
      if (item.x < x && item.right <= x + MIN_GUTTER / 2 && item.right > leftEdge) leftEdge = item.right;
    // Where the left column's boxes reach past the right column's edge (a text box wider than its text, in a PDF
    // imported by LibreOffice), the gutter is that edge: right of it, the right column's lines were read as the left's.
    if (!best || score > best.score) best = { x: Math.min((leftEdge + edge) / 2, edge), score };
  }
  return best?.x;
}

// A left column of dates beside the entries they date (a Europass CV's table, a timeline): read as rows, top to bottom,
// so each entry's dates stay with it, where a sidebar (contact, skills) is a flow of its own, read whole. A date line is
// short and holds a year ("05/2020 – Present", "2014 - 2016"); a sidebar may hold a few (a degree's year), not this many.
const MIN_DATE_LABELS = 3;
const MIN_DATE_SHARE = 0.4;
const MAX_DATE_LABEL = 40;
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/;
function readsAsRows(lines: readonly Line[], gutter: number): boolean {
  let leftLines = 0;
  let dateLines = 0;
  for (const line of lines) {
    const left = line.items.filter((item) => item.x < gutter);
    if (left.length === 0) continue;
    leftLines++;
    const text = lineText({ ...line, items: left });
    if (text.length <= MAX_DATE_LABEL && YEAR.test(text)) dateLines++;
  }
  return dateLines >= MIN_DATE_LABELS && dateLines >= MIN_DATE_SHARE * leftLines;
}

// Lines in a row spanning a page's gutter, below its header, that are read as a paragraph across the page.
const MIN_SPANNING_LINES = 2;

/** One page's lines top to bottom, each with its baseline (y grows upwards), without column splitting. */
export function pageLines(items: readonly PdfTextItem[]): Array<{ y: number; text: string }> {
  const lines = groupLines(place(items));
  const edges = columnEdges(lines);
  return lines.map((line) => ({ y: line.y, text: lineText(line, edges) }));
}

/**
 * One page's text in reading order: lines top to bottom, a two-column page read left column first, then the right
 * (but a left column of dates beside the entries they date line by line, left part first).
 */
export function layoutPage(items: readonly PdfTextItem[]): string {
  const placed = place(items);
  const gutter = findGutter(items);
  const lines = groupLines(placed);
  const edges = columnEdges(lines);
  if (gutter === undefined) return linesToText(lines, edges).join('\n');
  // Lines above the first line that has text on one side only (a name spanning the page) come first.
  const crosses = (line: Line) => line.items.some((item) => item.x < gutter && item.right > gutter);
  const header: Placed[] = [];
  let index = 0;
  while (index < lines.length && crosses(lines[index] as Line))
    for (const item of (lines[index++] as Line).items) header.push(item);
  const body = lines.slice(index);
  if (readsAsRows(body, gutter)) {
    // Line by line, the left part of a line before its right part.
    const rows: Line[] = [];
    for (const line of body) {
      const left = line.items.filter((item) => item.x < gutter);
      const right = line.items.filter((item) => item.x >= gutter);
      for (const items of [left, right]) if (items.length > 0) rows.push({ y: line.y, size: line.size, items });
    }
    const parts = [
      header.length > 0 ? linesToText(groupLines(header), edges).join('\n') : '',
      linesToText(rows, edges).join('\n'),
    ];
    return parts.filter(Boolean).join('\n\n');
  }
  // Below the header, two or more lines in a row that span the gutter are a paragraph across the page (above or below
  // a two-column table of skills): read whole where they stand, and the columns between such paragraphs each read whole,
  // left then right. Split at the gutter, such a paragraph's runs that start right of it (a bold or linked phrase) were
  // read after the whole left column. A single spanning line (a long e-mail address in a sidebar) stays in its column.
  const out = header.length > 0 ? [linesToText(groupLines(header), edges).join('\n')] : [];
  const typical = typicalLineGap(lines);
  let band: Line[] = [];
  let bottom: number | undefined; // the lowest baseline read so far below the header, where a new band follows
  const emit = (text: string, top: number, lowest: number, apart: boolean) => {
    if (!text) return;
    if (out.length > 0) out.push(apart || bottom === undefined || bottom - top > 1.6 * typical ? '\n\n' : '\n');
    out.push(text);
    bottom = bottom === undefined ? lowest : Math.min(bottom, lowest);
  };
  const emitColumns = (bandLines: readonly Line[]) => {
    const left: Placed[] = [];
    const right: Placed[] = [];
    for (const line of bandLines) for (const item of line.items) (item.x < gutter ? left : right).push(item);
    let first = true;
    for (const part of [left, right]) {
      if (part.length === 0) continue;
      const partLines = groupLines(part);
      const top = (partLines[0] as Line).y;
      emit(linesToText(partLines, edges).join('\n'), top, (partLines.at(-1) as Line).y, bottom === undefined || !first);
      first = false;
    }
  };
  for (let at = 0; at < body.length; ) {
    let end = at;
    while (end < body.length && crosses(body[end] as Line)) end++;
    if (end - at < MIN_SPANNING_LINES) {
      band.push(...body.slice(at, Math.max(end, at + 1)));
      at = Math.max(end, at + 1);
      continue;
    }
    // The band's lines below its right column's last line are the left column's tail or short lines across the page
    // ("Professional Experience" above the paragraph): read after both columns, with the paragraph.
    let lastRight = band.length - 1;
    while (lastRight >= 0 && !(band[lastRight] as Line).items.some((item) => item.x >= gutter)) lastRight--;
    emitColumns(band.slice(0, lastRight + 1));
    const across = [...band.slice(lastRight + 1), ...body.slice(at, end)];
    emit(linesToText(across, edges).join('\n'), (across[0] as Line).y, (across.at(-1) as Line).y, false);
    band = [];
    at = end;
  }
  emitColumns(band);
  return out.join('');
}

// The usual distance between two lines of a page that follow each other: the median of the positive gaps.
function typicalLineGap(lines: readonly Line[]): number {
  const gaps = lines
    .slice(1)
    .map((line, index) => (lines[index] as Line).y - line.y)
    .filter((gap) => gap > 0)
    .sort((left, right) => left - right);
  return gaps[Math.floor(gaps.length / 2)] ?? 0;
}

// Endings hyphenation leaves on the next line of a broken word ("manage-|ment", "relation-|ship"), none of them a word
// that follows a compound's hyphen: a broken word ending so is joined without its hyphen.
const SYLLABLE_ENDINGS = new Set(
  (
    'al ally ance ances ancy able ably ation ations ed ement ements ence ences ency er ers es ful ial ible ibly ical ing ' +
    'ings ism isms ist ists ity ities ive ives ize ized izes less ly ment ments ness ous ship ships sion sions tion tions ' +
    'ure ures'
  ).split(' '),
);
// Words that begin many compounds written with a hyphen ("self-motivated", "well-managed", "cross-functional",
// "day-to-day") and that TeX's hyphenation seldom breaks a longer word after: in a hyphenating document, a break after
// one of them keeps its hyphen. Chosen from the 665 study résumés: each head here begins more hyphenated compounds than
// words TeX breaks right after it (not "high": "high-lights", "web": "web-site", "part": "part-ner", "on": "on-line").
const COMPOUND_HEADS = new Set(
  (
    'anti client cross customer day deadline decision detail end front full long multi non problem real results self ' +
    'semi user well'
  ).split(' '),
);
/** Most letters of each side of a line-end hyphen read to judge the break; a longer word is judged by these. */
const MAX_BROKEN_PART = 64;
const LETTER = /\p{L}/u;
const LINE_END_HYPHEN = /(?<=\p{Ll})-\n[ \t]*(?=\p{Ll})/gu;

// The letters right before `end` (at most MAX_BROKEN_PART), and right from `start`.
function lettersBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && end - start < MAX_BROKEN_PART && LETTER.test(text[start - 1] as string)) start--;
  return text.slice(start, end);
}
function lettersFrom(text: string, start: number): string {
  let end = start;
  while (end < text.length && end - start < MAX_BROKEN_PART && LETTER.test(text[end] as string)) end++;
  return text.slice(start, end);
}

// Programs that hyphenate words at line ends by default (TeX engines and their drivers, groff, InDesign, QuarkXPress),
// and those that do not (browsers and HTML converters, word processors, Google Docs, design tools).
const HYPHENATING_PRODUCER =
  /\b(?:pdf|xe|lua|la)?tex\b|pdftex|xetex|luatex|dvipdfm|dvips|miktex|gropdf|groff|indesign|quarkxpress/i;
const WHOLE_WORD_PRODUCER =
  /wkhtmltopdf|\bqt\b|chrom|skia|webkit|mozilla|firefox|prince|weasyprint|microsoft|\bword\b|libreoffice|openoffice|google docs|canva|figma|docx4j|aspose|itext|reportlab|pdf-lib/i;

/**
 * Whether a PDF's producing program hyphenates words at line ends by default, from its `Producer` and `Creator`
 * entries: true for TeX (pdfTeX, XeTeX, LuaTeX), groff and InDesign, false for web pages printed to PDF and word
 * processors (wkhtmltopdf, Chrome, Microsoft Word, LibreOffice), undefined when neither says.
 */
export function producerHyphenates(producer = '', creator = ''): boolean | undefined {
  // Only the start of each entry is read: a producer names itself in a few words.
  const named = `${producer.slice(0, 200)}\n${creator.slice(0, 200)}`;
  if (HYPHENATING_PRODUCER.test(named)) return true;
  if (WHOLE_WORD_PRODUCER.test(named)) return false;
  return undefined;
}

/** Options for {@link joinHyphenatedLines}. */
export interface JoinHyphenatedLinesOptions {
  /**
   * Whether the document hyphenates words at line ends (see {@link producerHyphenates}): true joins a broken word
   * unless the text shows it is a compound, false keeps the hyphen unless the text shows it is a broken word; left out,
   * the text's own breaks decide (a document whose breaks fall inside words it spells whole, or before common endings,
   * hyphenates).
   */
  hyphenates?: boolean;
}

/**
 * Joins the two lines of a word broken at a hyphen at a line end, between lower-case letters. A word broken by
 * hyphenation is joined without the hyphen ("manage-\nment" → "management", "Kuber-\nnetes" → "Kubernetes"), a compound
 * keeps it ("well-\nmanaged" → "well-managed"). Each break is judged by the text: the text spelling the compound
 * elsewhere keeps the hyphen; spelling the word whole elsewhere, or the break falling before a common ending ("-ment",
 * "-tion", "-ing", …), joins it. Any other break follows the document: a web page printed to PDF or a word processor
 * breaks lines only at a compound's hyphen (kept); TeX, groff or InDesign hyphenate words (joined, unless the head is
 * a word that begins many compounds: "self-", "well-", "cross-"). Dashes, ranges ("2019 -\n2020") and capitals
 * ("Co-\nOp") are left as they are.
 */
export function joinHyphenatedLines(text: string, options: JoinHyphenatedLinesOptions = {}): string {
  // Each break's verdict, a byte each (a million breaks keep no match objects nor head words alive): joined, kept, or
  // left to the document's default (its head read again then).
  const JOINED = 1;
  const KEPT = 2;
  let verdicts = new Uint8Array(64);
  let count = 0;
  let spelt: Set<string> | undefined;
  let wordBreaks = 0;
  let compoundBreaks = 0;
  LINE_END_HYPHEN.lastIndex = 0;
  for (let found = LINE_END_HYPHEN.exec(text); found !== null; found = LINE_END_HYPHEN.exec(text)) {
    // The words the text spells (compounds whole), lower-cased: read once, at the first break.
    if (spelt === undefined) {
      spelt = new Set<string>();
      for (const word of text.toLowerCase().matchAll(/\p{L}+(?:-\p{L}+)*/gu)) spelt.add(word[0]);
    }
    const head = lettersBefore(text, found.index).toLowerCase();
    const tail = lettersFrom(text, found.index + found[0].length).toLowerCase();
    let verdict = 0;
    if (spelt.has(`${head}-${tail}`)) {
      compoundBreaks++;
      verdict = KEPT;
    } else if (spelt.has(`${head}${tail}`) || SYLLABLE_ENDINGS.has(tail)) {
      wordBreaks++;
      verdict = JOINED;
    }
    if (count === verdicts.length) {
      const grown = new Uint8Array(count * 2);
      grown.set(verdicts);
      verdicts = grown;
    }
    verdicts[count++] = verdict;
  }
  if (count === 0) return text;
  // Not told: the document hyphenates when at least two of the breaks the text judges, and most, fall inside words.
  const hyphenates = options.hyphenates ?? (wordBreaks >= 2 && wordBreaks > compoundBreaks);
  let index = 0;
  return text.replace(LINE_END_HYPHEN, (_found: string, offset: number) => {
    const verdict = verdicts[index++];
    const joined =
      verdict === JOINED ||
      (verdict !== KEPT && hyphenates && !COMPOUND_HEADS.has(lettersBefore(text, offset).toLowerCase()));
    return joined ? '' : '-';
  });
}
