// The character encoding of an HTML page's bytes, found as browsers find it (WHATWG HTML, "determining the character
// encoding"): a byte-order mark, else a <meta charset> or <meta http-equiv="Content-Type"> in the first 1024 bytes (the
// prescan), else the default (core's detectTextEncoding: UTF-8, or Windows-1252 when the bytes are not UTF-8). Kept
// apart from the reader so that sniffing (isHtml) loads no parser.
import { decodeTextBytes, detectTextEncoding } from '@rolefit/core/base';

/** How many bytes the meta prescan looks at (the WHATWG standard's 1024). */
const PRESCAN_BYTES = 1024;

/**
 * UTF-16 that has no byte-order mark, told by its first four characters: printable ASCII or white space, each with a
 * zero byte (a page saved as "Unicode" without a mark starts with `<` or white space). Text in any 8-bit encoding has
 * no zero bytes, so this takes nothing else for UTF-16.
 */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.byteLength < 8) return undefined;
  const ascii = (byte: number) => byte === 0x09 || byte === 0x0a || byte === 0x0d || (byte >= 0x20 && byte < 0x7f);
  let littleEndian = true;
  let bigEndian = true;
  for (let index = 0; index < 8; index += 2) {
    const first = bytes[index] as number;
    const second = bytes[index + 1] as number;
    littleEndian &&= ascii(first) && second === 0;
    bigEndian &&= first === 0 && ascii(second);
  }
  return littleEndian ? 'utf-16le' : bigEndian ? 'utf-16be' : undefined;
}

/** The UTF-16 of a page's first bytes: a byte-order mark's, else {@link utf16WithoutBom}'s; undefined when 8-bit or UTF-8. */
export function htmlUtf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return utf16WithoutBom(bytes);
}

/**
 * The encoding an encoding label names (`"ISO-8859-1"`, `"shift_jis"`, `"cp1251"`), by the WHATWG Encoding standard's
 * labels as TextDecoder knows them, or undefined for a label it does not know (never throws). A page's meta naming
 * UTF-16 means UTF-8 (the standard's rule: bytes that reached the prescan are not UTF-16).
 */
export function htmlEncodingForLabel(label: string): string | undefined {
  let encoding: string;
  try {
    encoding = new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined;
  }
  return encoding === 'utf-16le' || encoding === 'utf-16be' ? 'utf-8' : encoding;
}

const isSpace = (byte: number | undefined) =>
  byte === 0x09 || byte === 0x0a || byte === 0x0c || byte === 0x0d || byte === 0x20;
const isLetter = (byte: number | undefined) =>
  byte !== undefined && ((byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a));
const lower = (byte: number) => (byte >= 0x41 && byte <= 0x5a ? byte + 0x20 : byte);

// The charset a Content-Type value names ("text/html; charset=windows-1251"), by the standard's "extracting a character
// encoding from a meta element": the first "charset" followed by "=", its value quoted or up to white space or ";".
function charsetFromContent(content: string): string | undefined {
  const match = /charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s;"']+))/.exec(content);
  return match === null ? undefined : (match[1] ?? match[2] ?? match[3]);
}

/**
 * The encoding a page's `<meta charset>` or `<meta http-equiv="Content-Type" content="…; charset=…">` names in its
 * first 1024 bytes (the WHATWG prescan: comments, other tags and their attributes stepped over), or undefined when none
 * names one TextDecoder knows. Reads at most 1024 bytes, each a bounded number of times.
 */
export function prescanHtmlCharset(bytes: Uint8Array): string | undefined {
  const end = Math.min(bytes.byteLength, PRESCAN_BYTES);
  let at = 0;
  const startsWithAt = (position: number, text: string) => {
    for (let index = 0; index < text.length; index += 1)
      if (position + index >= end || lower(bytes[position + index] as number) !== text.charCodeAt(index)) return false;
    return true;
  };
  // The standard's "get an attribute": a name and value from `at`, or undefined at '>' or the end.
  const getAttribute = (): { name: string; value: string } | undefined => {
    while (at < end && (isSpace(bytes[at]) || bytes[at] === 0x2f)) at += 1;
    if (at >= end || bytes[at] === 0x3e) return undefined;
    let name = '';
    let value = '';
    for (;;) {
      if (at >= end) return { name, value };
      const byte = bytes[at] as number;
      if (byte === 0x3d && name !== '') {
        at += 1;
        break;
      }
      if (isSpace(byte)) {
        while (at < end && isSpace(bytes[at])) at += 1;
        if (bytes[at] !== 0x3d) return { name, value };
        at += 1;
        break;
      }
      if (byte === 0x2f || byte === 0x3e) return { name, value };
      name += String.fromCharCode(lower(byte));
      at += 1;
    }
    while (at < end && isSpace(bytes[at])) at += 1;
    if (at >= end) return { name, value };
    const quote = bytes[at] as number;
    if (quote === 0x22 || quote === 0x27) {
      at += 1;
      while (at < end && bytes[at] !== quote) value += String.fromCharCode(lower(bytes[at++] as number));
      at += 1;
      return { name, value };
    }
    if (quote === 0x3e) return { name, value };
    while (at < end && !isSpace(bytes[at]) && bytes[at] !== 0x3e)
      value += String.fromCharCode(lower(bytes[at++] as number));
    return { name, value };
  };
  while (at < end) {
    if (startsWithAt(at, '<!--')) {
      // The standard: the comment ends at the first "-->" after "<!--" (its two dashes may be the close's); `at` is
      // left on its ">", past which the loop's step moves.
      at += 2;
      while (at < end && !startsWithAt(at, '-->')) at += 1;
      at += 2;
    } else if (startsWithAt(at, '<meta') && (isSpace(bytes[at + 5]) || bytes[at + 5] === 0x2f)) {
      at += 6;
      const seen = new Set<string>();
      let gotPragma = false;
      let needPragma: boolean | undefined;
      let charset: string | undefined;
      for (let attribute = getAttribute(); attribute !== undefined; attribute = getAttribute()) {
        if (seen.has(attribute.name)) continue;
        seen.add(attribute.name);
        if (attribute.name === 'http-equiv') gotPragma ||= attribute.value === 'content-type';
        else if (attribute.name === 'content' && charset === undefined) {
          const named = charsetFromContent(attribute.value);
          if (named !== undefined) {
            charset = named;
            needPragma = true;
          }
        } else if (attribute.name === 'charset') {
          charset = attribute.value;
          needPragma = false;
        }
      }
      // A meta the 1024th byte cuts off (no closing ">" read) names nothing: its value may be cut too.
      const closed = at < end;
      if (closed && charset !== undefined && needPragma !== undefined && (!needPragma || gotPragma)) {
        const encoding = htmlEncodingForLabel(charset);
        if (encoding !== undefined) return encoding;
      }
    } else if (bytes[at] === 0x3c && (isLetter(bytes[at + 1]) || (bytes[at + 1] === 0x2f && isLetter(bytes[at + 2])))) {
      // Another tag: its name, then its attributes stepped over (a ">" in a quoted value does not end it).
      while (at < end && !isSpace(bytes[at]) && bytes[at] !== 0x3e) at += 1;
      while (getAttribute() !== undefined);
    } else if (startsWithAt(at, '<!') || startsWithAt(at, '</') || startsWithAt(at, '<?')) {
      while (at < end && bytes[at] !== 0x3e) at += 1;
    }
    at += 1;
  }
  return undefined;
}

// True when the bytes are all valid UTF-8 and hold a character past ASCII: one fatal decode, linear in the bytes.
function isUtf8BeyondAscii(bytes: Uint8Array): boolean {
  if (!bytes.some((byte) => byte >= 0x80)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * The encoding of an HTML page's bytes, as a browser decides it: UTF-8 or UTF-16 by a byte-order mark (or UTF-16 by its
 * zero bytes, see {@link utf16WithoutBom}), else what a meta in the first 1024 bytes names ({@link prescanHtmlCharset}),
 * else UTF-8, or Windows-1252 when the bytes are not UTF-8 (core's detectTextEncoding). Two departures from a browser,
 * for pages an editor saved again without changing their meta: bytes that are all valid UTF-8 with a character past
 * ASCII are UTF-8 whatever the meta names (text in an 8-bit or double-byte encoding is almost never valid UTF-8), and
 * a meta naming UTF-8 over bytes that are not UTF-8 is not taken at its word (core's detectTextEncoding decides).
 */
export function sniffHtmlEncoding(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  const utf16 = htmlUtf16Encoding(bytes);
  if (utf16 !== undefined) return utf16;
  const named = prescanHtmlCharset(bytes);
  if (named === undefined || named === 'utf-8') return detectTextEncoding(bytes);
  return isUtf8BeyondAscii(bytes) ? 'utf-8' : named;
}

/**
 * An HTML page's text from its bytes in the encoding {@link sniffHtmlEncoding} finds, a byte-order mark dropped; bytes
 * that are not of the encoding become U+FFFD. Windows-1252 (and the labels for it: ISO-8859-1, ASCII) is read by
 * core's table, since Node's decoder of that name reads Latin-1.
 */
export function decodeHtmlBytes(bytes: Uint8Array): string {
  const encoding = sniffHtmlEncoding(bytes);
  if (encoding === 'windows-1252') return decodeTextBytes(bytes, 'windows-1252');
  return new TextDecoder(encoding).decode(bytes);
}
