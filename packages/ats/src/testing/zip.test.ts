import { crc32, deflateRawSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openZip } from '../layout/index.js';
import { writeTestZip } from './zip.js';

// The shared writer of the tests' archives, read back by the package's own reader (yauzl) and by fflate.
describe('writeTestZip', () => {
  it('writes deflated and stored entries with their true CRC-32, and raw deflate data as given', async () => {
    const xml = '<w:document><w:body>Jane Doe</w:body></w:document>';
    const archive = writeTestZip([
      { name: '[Content_Types].xml', content: '<Types/>' },
      { name: 'word/document.xml', content: xml, stored: true },
      { name: 'word/header1.xml', deflated: deflateRawSync(Buffer.from('<w:hdr/>')), declaredSize: 8 },
    ]);
    const opened = await openZip(archive);
    expect(opened.entries.map((entry) => [entry.name, entry.uncompressedSize])).toEqual([
      ['[Content_Types].xml', 8],
      ['word/document.xml', xml.length],
      ['word/header1.xml', 8],
    ]);
    const texts = await Promise.all(
      opened.entries.map(async (entry) => Buffer.from(await opened.read(entry)).toString()),
    );
    expect(texts).toEqual(['<Types/>', xml, '<w:hdr/>']);
    // The CRCs as the central directory states them (fflate's unzip reads them; a stored entry is its bytes).
    const crcs = centralCrcs(archive);
    expect(crcs.slice(0, 2)).toEqual([crc32('<Types/>'), crc32(xml)]);
    expect(Buffer.from(unzipSync(archive)['word/document.xml'] ?? []).toString()).toBe(xml);
  });

  it('states the size an entry declares, so that a bomb can lie', async () => {
    const archive = writeTestZip([{ name: 'word/document.xml', content: Buffer.alloc(5000, 0x20), declaredSize: 100 }]);
    const opened = await openZip(archive);
    const [entry] = opened.entries as [(typeof opened.entries)[number]];
    expect(entry.uncompressedSize).toBe(100);
    await expect(opened.read(entry)).rejects.toThrow(/declared 100 bytes/);
  });
});

/** The CRC-32 of each central directory record (signature 50 4b 01 02, CRC at offset 16). */
function centralCrcs(archive: Uint8Array): number[] {
  const view = Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength);
  const crcs: number[] = [];
  for (let at = view.indexOf('PK\x01\x02', 0, 'latin1'); at >= 0; at = view.indexOf('PK\x01\x02', at + 4, 'latin1'))
    crcs.push(view.readUInt32LE(at + 16));
  return crcs;
}
