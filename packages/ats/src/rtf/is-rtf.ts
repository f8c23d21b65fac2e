// RTF told apart from text by its first bytes; kept apart from the reader so that sniffing a file loads no reader.

const RTF_HEADER = [0x7b, 0x5c, 0x72, 0x74, 0x66]; // {\rtf

/** Where an RTF file's `{\rtf` header starts (after an optional UTF-8 byte-order mark and white space), or -1 when it has none. */
export function rtfHeaderOffset(bytes: Uint8Array): number {
  let start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (
    start < bytes.length &&
    start < 1024 &&
    (bytes[start] === 0x20 || (bytes[start]! >= 0x09 && bytes[start]! <= 0x0d))
  )
    start += 1;
  return RTF_HEADER.every((byte, index) => bytes[start + index] === byte) ? start : -1;
}

/** True when `bytes` open as an RTF file: `{\rtf`, after an optional UTF-8 byte-order mark and white space. */
export function isRtf(bytes: Uint8Array): boolean {
  return rtfHeaderOffset(bytes) >= 0;
}
