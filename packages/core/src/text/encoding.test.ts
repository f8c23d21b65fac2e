import { describe, expect, it } from 'vitest';
import { ENCODING_BYTES } from './adversarial-inputs.js';
import { decodeTextBytes, detectTextEncoding } from './encoding.js';

// Windows-1252 bytes written by hand: 'Café – “Chef”' as Excel's "CSV" on Windows saves it.
const cafe = Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x93, 0x43, 0x68, 0x65, 0x66, 0x94]);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('detectTextEncoding and decodeTextBytes', () => {
  it('tells Windows-1252 from UTF-8 and reads its 0x80-0x9F bytes by its own table', () => {
    expect(detectTextEncoding(cafe)).toBe('windows-1252');
    expect(decodeTextBytes(cafe, 'windows-1252')).toBe('Café – “Chef”');
    // Node's own decoder of that name reads Latin-1: C1 controls where Windows-1252 has dashes and quotes.
    expect(new TextDecoder('windows-1252').decode(cafe)).not.toBe('Café – “Chef”');
    expect(detectTextEncoding(utf8('Café – “Chef”'))).toBe('utf-8');
    expect(detectTextEncoding(utf8('plain ASCII'))).toBe('utf-8');
    // A UTF-8 text with one damaged byte among many characters past ASCII stays UTF-8.
    expect(detectTextEncoding(Uint8Array.from([...utf8('Müller, Zürich, Genève '), 0xff]))).toBe('utf-8');
    expect(detectTextEncoding(Uint8Array.from([0xff, 0xfe, 0x41, 0x00]))).toBe('utf-16le');
    expect(detectTextEncoding(Uint8Array.from([0xfe, 0xff, 0x00, 0x41]))).toBe('utf-16be');
    expect(decodeTextBytes(Uint8Array.from([0xff, 0xfe, 0x41, 0x00]), 'utf-16le')).toBe('A');
  });

  it('takes a character cut off at the end of a part of a stream for no damage when told more follows', () => {
    const cut = utf8('Manager, Café').subarray(0, -1); // the é's second byte is in the next part
    expect(detectTextEncoding(cut)).toBe('windows-1252');
    expect(detectTextEncoding(cut, { partial: true })).toBe('utf-8');
  });

  // Its time at n and 2n is measured by `pnpm bench --only adversarial` (no timings in tests).
  it.each(ENCODING_BYTES)('reads 200,000 bytes of it as windows-1252, a character a byte: %s', (_name, make) => {
    const bytes = make(200_000);
    expect(detectTextEncoding(bytes)).toBe('windows-1252');
    const text = decodeTextBytes(bytes, detectTextEncoding(bytes));
    expect(text).toHaveLength(200_000);
    expect(text.slice(0, 3)).toBe(bytes[0] === 0x85 ? '………' : 'ÃAA');
  });
});
