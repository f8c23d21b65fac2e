import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/validation-error.js';
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

  // Round 23: they checked no argument, and what was no text's bytes threw Node's or V8's TypeError (or RangeError) from
  // inside TextDecoder and Buffer, or read a detached buffer as an empty text.
  it('refuse what is not the bytes of a text, and bad options or encodings, with a ValidationError naming them', () => {
    const { proxy: revoked, revoke } = Proxy.revocable({}, {});
    revoke();
    const detached = Uint8Array.from([0x41, 0x42]);
    structuredClone(detached.buffer, { transfer: [detached.buffer] });
    const shared = new Uint8Array(new SharedArrayBuffer(2));
    const refusals: Array<[() => unknown, string]> = [
      [() => detectTextEncoding(42 as never), 'detectTextEncoding: bytes: must be a Uint8Array or Buffer of the text'],
      [() => detectTextEncoding(null as never), 'got null'],
      [() => detectTextEncoding(revoked as never), 'got a revoked Proxy'],
      [() => detectTextEncoding(new Proxy(cafe, {})), 'got an object'],
      [() => detectTextEncoding(new Uint16Array(2) as never), 'got an object'],
      [() => detectTextEncoding(new ArrayBuffer(2) as never), 'got an object'],
      [() => detectTextEncoding(detached), 'got one whose ArrayBuffer is detached (transferred)'],
      [() => detectTextEncoding(shared), 'over an ArrayBuffer, got one over a SharedArrayBuffer'],
      [() => detectTextEncoding(cafe, null as never), 'detectTextEncoding: options: must be an options object'],
      [() => detectTextEncoding(cafe, revoked as never), 'got a revoked Proxy'],
      [() => detectTextEncoding(cafe, { partial: 'yes' } as never), 'options.partial: must be true or false'],
      [() => detectTextEncoding(cafe, { parital: true } as never), 'TextEncodingOptions: parital'],
      [() => decodeTextBytes('Café' as never, 'utf-8'), 'decodeTextBytes: bytes: must be a Uint8Array'],
      [() => decodeTextBytes(revoked as never, 'windows-1252'), 'got a revoked Proxy'],
      [() => decodeTextBytes(detached, 'windows-1252'), 'detached'],
      [() => decodeTextBytes(shared, 'windows-1252'), 'SharedArrayBuffer'],
      [() => decodeTextBytes(cafe, 'latin-9' as never), "decodeTextBytes: encoding: must be one of 'utf-8'"],
      [() => decodeTextBytes(cafe, undefined as never), 'got undefined'],
    ];
    for (const [call, message] of refusals) {
      let error: unknown;
      try {
        call();
      } catch (caught) {
        error = caught;
      }
      expect(error, message).toBeInstanceOf(ValidationError);
      expect((error as Error).message).toContain(message);
    }
    // Bytes of another realm (a vm context) and a Buffer are a text's bytes.
    expect(detectTextEncoding(runInNewContext('new Uint8Array([0x41])') as Uint8Array)).toBe('utf-8');
    expect(decodeTextBytes(Buffer.from(cafe), 'windows-1252')).toBe('Café – “Chef”');
    expect(detectTextEncoding(cafe, {})).toBe('windows-1252');
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
