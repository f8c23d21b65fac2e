import { checkBytesArgument, describeValue, invalidArgument, readRecordArgument } from '../errors/argument.js';
import { rejectUnknownKeys } from '../errors/reject-unknown-keys.js';

/** The text encodings {@link detectTextEncoding} tells apart. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

const TEXT_ENCODING_NAMES: readonly TextEncodingName[] = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'];
const DETECT_OPTION_NAMES = { partial: true } as const;

// The bytes of a text: a Uint8Array over an ArrayBuffer (Node's and the web's TextDecoder differ on a SharedArrayBuffer's
// view, and another thread may write one while it is read), else a ValidationError naming the function and argument.
const checkTextBytes = (fn: string, bytes: unknown) =>
  checkBytesArgument(fn, 'bytes', bytes, { what: "the text's bytes", shared: false });

/**
 * The encoding of text bytes: UTF-16 where a byte-order mark says so; else UTF-8, unless the bytes are not UTF-8 and
 * hold fewer UTF-8 characters past ASCII than bytes that are not (a text saved as Windows "ANSI", Excel's "CSV" on
 * Windows): Windows-1252, of which Latin-1's printable characters are a part. A UTF-8 text with a damaged byte or two
 * stays UTF-8. With `partial`, more bytes follow these, so a character cut off at their end is no damage.
 */
export function detectTextEncoding(
  bytes: Uint8Array,
  options: { partial?: boolean | undefined } = {},
): TextEncodingName {
  checkTextBytes('detectTextEncoding', bytes);
  const read = readRecordArgument('detectTextEncoding', 'options', options, 'an options object ({ partial })', {
    ...DETECT_OPTION_NAMES,
  });
  rejectUnknownKeys('TextEncodingOptions', read, DETECT_OPTION_NAMES);
  if (read.partial !== undefined && typeof read.partial !== 'boolean')
    throw invalidArgument(
      'detectTextEncoding',
      'options.partial',
      `must be true or false, got ${describeValue(read.partial)}`,
    );
  const partial = read.partial === true;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: partial });
    return 'utf-8';
  } catch {
    // Counted unit by unit, not as match arrays of every damaged and every wide unit (2 MB of 0x80 built ~4 million).
    const decoded = new TextDecoder('utf-8').decode(bytes, { stream: partial });
    let damaged = 0;
    let wide = 0;
    for (let index = 0; index < decoded.length; index += 1) {
      const unit = decoded.charCodeAt(index);
      if (unit === 0xfffd) damaged += 1;
      else if (unit > 0x7f) wide += 1;
    }
    return wide >= damaged ? 'utf-8' : 'windows-1252';
  }
}

// What Windows-1252 puts at 0x80–0x9F (Latin-1 has C1 controls there); the five bytes it leaves undefined stay as they
// are. Node's TextDecoder('windows-1252') decodes Latin-1, so the table is applied by hand.
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Text from bytes in the encoding given (see {@link detectTextEncoding}); invalid UTF-8 or UTF-16 becomes U+FFFD, and
 * a leading byte-order mark of UTF-8 or UTF-16 is dropped. Windows-1252 is read by its own table, since Node's decoder of that name reads Latin-1.
 */
export function decodeTextBytes(bytes: Uint8Array, encoding: TextEncodingName): string {
  checkTextBytes('decodeTextBytes', bytes);
  if (!TEXT_ENCODING_NAMES.includes(encoding))
    throw invalidArgument(
      'decodeTextBytes',
      'encoding',
      `must be one of ${TEXT_ENCODING_NAMES.map((name) => `'${name}'`).join(', ')}, got ${typeof encoding === 'string' ? `'${encoding.slice(0, 40)}'` : describeValue(encoding)}`,
    );
  if (encoding !== 'windows-1252') return new TextDecoder(encoding).decode(bytes);
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  if (!/[\u0080-\u009f]/.test(latin1)) return latin1;
  // Unit by unit into 8 KiB pieces (a replace calling back for each of 2 MB of 0x80-0x9F bytes took ~0.4 s).
  const parts: string[] = [];
  const units = new Uint16Array(Math.min(bytes.byteLength, 8192));
  for (let start = 0; start < bytes.byteLength; start += units.length) {
    const end = Math.min(start + units.length, bytes.byteLength);
    for (let index = start; index < end; index += 1) {
      const byte = bytes[index]!;
      units[index - start] = byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH.charCodeAt(byte - 0x80) : byte;
    }
    parts.push(String.fromCharCode(...units.subarray(0, end - start)));
  }
  return parts.join('');
}
