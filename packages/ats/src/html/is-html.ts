// An HTML page told apart from text by its first bytes; kept apart from the reader so that sniffing loads none.
import { htmlUtf16Encoding } from './html-encoding.js';

/** How far into the file the page's `<html` or doctype may start (after an XML declaration and comments). */
const HTML_HEAD_BYTES = 4096;

/**
 * True when `bytes` open as an HTML page: `<!DOCTYPE html` or `<html` (any case), in UTF-8, an 8-bit encoding or UTF-16
 * (with or without a byte-order mark), after an optional byte-order mark,
 * white space, an XML declaration (XHTML) and comments, within the first 4 KB.
 */
export function isHtml(bytes: Uint8Array): boolean {
  const utf16 = htmlUtf16Encoding(bytes);
  const start = utf16 === undefined && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  // A UTF-16 page (with or without its byte-order mark) read as the same 4 KB of characters.
  const head = (
    utf16 === undefined
      ? Buffer.from(
          bytes.buffer,
          bytes.byteOffset + start,
          Math.min(bytes.byteLength - start, HTML_HEAD_BYTES),
        ).toString('latin1')
      : new TextDecoder(utf16).decode(bytes.subarray(0, 2 * HTML_HEAD_BYTES))
  ).toLowerCase();
  let at = 0;
  // Each step moves past one declaration or comment, by indexOf: linear in the head.
  for (;;) {
    while (at < head.length && /\s/.test(head[at] as string)) at += 1;
    const close = head.startsWith('<?xml', at)
      ? head.indexOf('?>', at)
      : head.startsWith('<!--', at)
        ? head.indexOf('-->', at + 4)
        : -2;
    if (close === -2) break;
    if (close === -1) return false;
    at = close + (head[close] === '?' ? 2 : 3);
  }
  return /^(?:<!doctype\s+html|<html[\s>])/.test(head.slice(at, at + 20));
}
