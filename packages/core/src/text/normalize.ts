/** Options for {@link normalizeText}. */
export interface NormalizeTextOptions {
  /** Lower-case the text (default true). */
  lowercase?: boolean;
  /** Drop accents from Latin letters: "café" → "cafe" (default true). Cyrillic and other scripts keep theirs. */
  foldDiacritics?: boolean;
  /** Remove HTML tags and decode common entities (default true). */
  stripHtml?: boolean;
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  bull: '•',
  middot: '·',
};

/** Decodes named and numeric HTML entities such as `&amp;` and `&#8217;`. */
export function decodeHtmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] === '#') {
      const codePoint = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      return Number.isFinite(codePoint) && codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : entity;
    }
    return ENTITIES[body.toLowerCase()] ?? entity;
  });
}

/** Turns HTML into plain text, keeping block boundaries as line breaks. */
export function htmlToText(html: string): string {
  const withoutHidden = html.replace(/<(script|style|noscript)\b[^>]*>[\s\S]*?<\/\1>/gi, ' ');
  const withBreaks = withoutHidden.replace(/<\s*(br|\/p|\/div|\/li|\/h[1-6]|\/tr|li|p|div|h[1-6])\b[^>]*>/gi, '\n');
  const text = decodeHtmlEntities(withBreaks.replace(/<[^>]+>/g, ' '));
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n')
    .trim();
}

const LATIN_WITH_MARKS = /[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]\p{M}+/gu;

/** Normalises text for matching: NFKC, unified dashes/quotes, collapsed whitespace, optional lower-case and accent folding. */
export function normalizeText(text: string, options: NormalizeTextOptions = {}): string {
  const { lowercase = true, foldDiacritics = true, stripHtml = true } = options;
  let result = stripHtml && /<[a-z/!][^>]*>|&[#a-z0-9]+;/i.test(text) ? htmlToText(text) : text;
  // Plain ASCII (most English job text) needs none of the Unicode passes, which dominate the cost.
  if (/[^\x00-\x7f]/.test(result)) {
    result = result.normalize('NFKC');
    if (foldDiacritics) {
      // Decompose, then drop marks only after Latin letters so "й" and "ё" stay intact.
      result = result.normalize('NFD').replace(LATIN_WITH_MARKS, (match) => match[0] ?? '').normalize('NFC');
    }
    result = result
      .replace(/[\u2010-\u2015\u2212]/g, '-')
      .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
      .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"');
  }
  result = result.replace(/[\s\u00a0\u202f\u200b]+/g, ' ').trim();
  return lowercase ? result.toLowerCase() : result;
}
