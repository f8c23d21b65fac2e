// An ODT told apart from other ZIP archives by its first bytes; kept apart from the reader so that sniffing loads none.

/** The mimetype an ODT's first entry holds (a template's and a master document's add a suffix). */
export const ODT_MIMETYPE = 'application/vnd.oasis.opendocument.text';

/**
 * True when a ZIP archive's bytes name an OpenDocument text: ODF stores its `mimetype` entry first and uncompressed, so
 * the mimetype follows the entry's name in the first local header.
 */
export function isOdtZip(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1');
  return head.includes(`mimetype${ODT_MIMETYPE}`);
}
