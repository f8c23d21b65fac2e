// Sentence boundaries by Unicode's rules (UAX #29) through ICU's Intl.Segmenter: "e.g. the", "Node.js" and "3.5" do
// not end a sentence, a line break always does. ICU's own abbreviation list ("-u-ss-standard") is not applied by V8,
// so the titles and abbreviations below that usually precede a capitalised word are joined back on here.

// Made on first use: building ICU's sentence rules takes about 12 ms of CPU, which every import of @rolefit/core (and
// of the packages on it) paid at load time, most of them never splitting a sentence.
let segmenter: Intl.Segmenter | undefined;
const sentenceSegmenter = (): Intl.Segmenter => (segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' }));

// Lower-case, without the final stop: "Mr. Smith", "Dr. Jones", "U.S. Army", "Acme Inc. The", "vs. Python".
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'mt',
  'jr',
  'sr',
  'inc',
  'ltd',
  'co',
  'corp',
  'vs',
  'no',
  'approx',
  'dept',
  'e.g',
  'i.e',
  'u.s',
  'u.k',
  'u.s.a',
  'e.u',
]);
// The last word of a segment before its stop and trailing whitespace: "Dr." → "dr", "U.S." → "u.s", "J." → "j".
const LAST_WORD = /(?:^|[\s(“"'])([\p{L}]+(?:\.[\p{L}]+)*)\.[\s\u00a0]*$/u;
// How much of a segment's end is looked at for that word (keeps the check constant-time on long segments).
const TAIL = 24;

/** True when the end of a segment (its last `TAIL` characters) ends with an abbreviation or a single capital initial ("J.") that does not end a sentence. */
function endsWithAbbreviation(segment: string): boolean {
  if (segment.endsWith('\n') || segment.endsWith('\r') || segment.endsWith('\u2028') || segment.endsWith('\u2029'))
    return false;
  const word = LAST_WORD.exec(segment)?.[1];
  if (word === undefined) return false;
  return ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word);
}

// V8's segment iterator slows down with the length of the text it walks (10,000 sentences in 40,000 characters take
// 0.3 s, 40,000 in 160,000 a minute), so the text is segmented in windows of this many characters: the window's last
// segment, which its end may have cut, is segmented again from its start in the next window.
const WINDOW = 2_000;

/** Raw segment ranges of `text`, window by window; a run of `WINDOW` characters with no boundary is cut at its last space. */
function* segmentRanges(text: string): Generator<readonly [number, number]> {
  let position = 0;
  while (position < text.length) {
    let windowEnd = Math.min(text.length, position + WINDOW);
    // Never cut a surrogate pair in two.
    if (windowEnd < text.length && /[\uD800-\uDBFF]/.test(text[windowEnd - 1]!)) windowEnd -= 1;
    const segments = [...sentenceSegmenter().segment(text.slice(position, windowEnd))];
    if (windowEnd === text.length) {
      for (const { segment, index } of segments) yield [position + index, position + index + segment.length];
      return;
    }
    if (segments.length === 1) {
      // No boundary in a whole window: cut after its last whitespace in the second half, else at the window's end.
      const window = text.slice(position, windowEnd);
      const space = window.search(/\s\S*$/u);
      const cut = space >= WINDOW / 2 ? position + space + 1 : windowEnd;
      yield [position, cut];
      position = cut;
      continue;
    }
    for (const { segment, index } of segments.slice(0, -1)) yield [position + index, position + index + segment.length];
    position += segments[segments.length - 1]!.index;
  }
}

/**
 * Sentence ranges `[start, end)` of a text by Unicode's sentence rules (`Intl.Segmenter`), each also ending at a
 * line break; together they cover the text, the whitespace after a sentence belonging to it. Common abbreviations
 * and initials ("Dr. Smith", "U.S. Army", "J. Doe") do not end a sentence; a run of 2,000 characters without a
 * boundary is cut at a space. Linear in the text's length.
 */
export function sentenceSpans(text: string): Array<readonly [start: number, end: number]> {
  const spans: Array<readonly [number, number]> = [];
  let start = -1;
  let end = 0;
  for (const [from, to] of segmentRanges(text)) {
    if (start === -1) start = from;
    end = to;
    if (to < text.length && endsWithAbbreviation(text.slice(Math.max(from, to - TAIL), to))) continue;
    spans.push([start, end]);
    start = -1;
  }
  if (start !== -1) spans.push([start, end]);
  return spans;
}
