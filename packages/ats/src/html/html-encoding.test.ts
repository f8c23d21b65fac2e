// The encoding of HTML pages' bytes, each written by hand here in the encoding its meta names (Windows-1251,
// Shift_JIS, ISO-8859-2 and Windows-1252 bytes spelled out, UTF-16 by Buffer); pages LibreOffice writes are read in
// libreoffice.test.ts.
import { describe, expect, it } from 'vitest';
import { resumeFileToText, sniffResumeType } from '../parse/index.js';
import {
  decodeHtmlBytes,
  htmlEncodingForLabel,
  htmlUtf16Encoding,
  prescanHtmlCharset,
  sniffHtmlEncoding,
  utf16WithoutBom,
} from './html-encoding.js';

// ASCII text with byte escapes: 'Пётр' in Windows-1251 is \xcf\xb8\xf2\xf0.
const latin1 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
const ascii = (text: string) => new TextEncoder().encode(text);
// "Иван Петров" (Windows-1251 bytes) and "Data Engineer" in a page whose meta is `meta`.
const cyrillicPage = (meta: string) =>
  latin1(
    `<!DOCTYPE html><html><head>${meta}<title>CV</title></head><body><h1>\xc8\xe2\xe0\xed \xcf\xe5\xf2\xf0\xee\xe2</h1><p>Data Engineer</p></body></html>`,
  );

describe('prescanHtmlCharset', () => {
  it('finds <meta charset> and the Content-Type pragma, any case and quoting, after comments and other tags', () => {
    expect(prescanHtmlCharset(ascii('<meta charset="windows-1251">'))).toBe('windows-1251');
    expect(prescanHtmlCharset(ascii("<META CHARSET='Shift_JIS'/>"))).toBe('shift_jis');
    expect(prescanHtmlCharset(ascii('<meta charset=cp1251>'))).toBe('windows-1251');
    expect(prescanHtmlCharset(ascii('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2">'))).toBe(
      'iso-8859-2',
    );
    expect(prescanHtmlCharset(ascii('<meta content="text/html;charset=koi8-r" http-equiv=content-type>'))).toBe(
      'koi8-r',
    );
    // A comment and an attribute value holding a meta are stepped over; the real meta after them counts.
    expect(
      prescanHtmlCharset(
        ascii('<!-- <meta charset="koi8-r"> --><div title="<meta charset=koi8-r>"></div><meta charset="big5">'),
      ),
    ).toBe('big5');
  });

  it('ignores a Content-Type without the pragma, unknown labels, metas past 1024 bytes; UTF-16 named means UTF-8', () => {
    expect(prescanHtmlCharset(ascii('<meta content="text/html; charset=koi8-r">'))).toBeUndefined();
    expect(prescanHtmlCharset(ascii('<meta charset="no-such-encoding">'))).toBeUndefined();
    expect(prescanHtmlCharset(ascii('<meta charset="x-user-defined">'))).toBeUndefined();
    expect(prescanHtmlCharset(ascii(`<p>${'x'.repeat(1_100)}</p><meta charset="koi8-r">`))).toBeUndefined();
    expect(prescanHtmlCharset(ascii('<meta charset="utf-16le">'))).toBe('utf-8');
    // A meta cut off by the 1024th byte, tags never closed, a lone "<": no charset, no error.
    expect(prescanHtmlCharset(ascii(`${' '.repeat(1_010)}<meta charset="koi8-r">`))).toBeUndefined();
    expect(prescanHtmlCharset(ascii('<meta charset="koi8'))).toBeUndefined();
    expect(prescanHtmlCharset(ascii('<div class="a'))).toBeUndefined();
    expect(prescanHtmlCharset(ascii('<'))).toBeUndefined();
  });
});

describe('htmlEncodingForLabel', () => {
  it('names the encoding of a WHATWG label, undefined for one TextDecoder does not know, never throws', () => {
    expect(htmlEncodingForLabel(' Latin1 ')).toBe('windows-1252');
    expect(htmlEncodingForLabel('sjis')).toBe('shift_jis');
    expect(htmlEncodingForLabel('utf-16')).toBe('utf-8');
    expect(htmlEncodingForLabel('')).toBeUndefined();
    expect(htmlEncodingForLabel('iso-2022-kr')).toBeUndefined();
  });
});

describe('utf16WithoutBom and htmlUtf16Encoding', () => {
  it('tell UTF-16 by a byte-order mark or by ASCII characters each with a zero byte', () => {
    expect(utf16WithoutBom(new Uint8Array(Buffer.from('<html>', 'utf16le')))).toBe('utf-16le');
    expect(utf16WithoutBom(new Uint8Array(Buffer.from('<html>', 'utf16le').swap16()))).toBe('utf-16be');
    expect(utf16WithoutBom(ascii('<html><body>'))).toBeUndefined();
    expect(utf16WithoutBom(new Uint8Array(8))).toBeUndefined();
    expect(htmlUtf16Encoding(latin1('\xff\xfex'))).toBe('utf-16le');
    expect(htmlUtf16Encoding(latin1('\xfe\xffx'))).toBe('utf-16be');
  });
});

describe('sniffHtmlEncoding and decodeHtmlBytes', () => {
  it('take a byte-order mark over the meta, the meta over the default, and the default UTF-8 else Windows-1252', () => {
    const meta1251 = '<meta charset="windows-1251">';
    expect(sniffHtmlEncoding(cyrillicPage(meta1251))).toBe('windows-1251');
    expect(decodeHtmlBytes(cyrillicPage(meta1251))).toContain('<h1>Иван Петров</h1>');
    // Without a meta the same bytes are not UTF-8: Windows-1252, as before.
    expect(sniffHtmlEncoding(cyrillicPage(''))).toBe('windows-1252');
    expect(decodeHtmlBytes(latin1('<meta charset="iso-8859-1"><p>\x93Lead\x94 \x96 caf\xe9</p>'))).toBe(
      '<meta charset="iso-8859-1"><p>\u201cLead\u201d \u2013 café</p>',
    );
    const utf8WithBom = new Uint8Array([0xef, 0xbb, 0xbf, ...ascii(`${meta1251}<p>Пётр</p>`)]);
    expect(sniffHtmlEncoding(utf8WithBom)).toBe('utf-8');
    expect(decodeHtmlBytes(utf8WithBom)).toBe(`${meta1251}<p>Пётр</p>`);
    const utf16 = new Uint8Array(Buffer.from(`\uFEFF${meta1251}<p>Пётр</p>`, 'utf16le'));
    expect(decodeHtmlBytes(utf16)).toBe(`${meta1251}<p>Пётр</p>`);
    // Shift_JIS: 山田 is 8E 52 93 63.
    expect(decodeHtmlBytes(latin1('<meta charset="shift_jis"><p>\x8e\x52\x93\x63</p>'))).toBe(
      '<meta charset="shift_jis"><p>山田</p>',
    );
    expect(decodeHtmlBytes(ascii('<meta charset="no-such"><p>Zoë</p>'))).toBe('<meta charset="no-such"><p>Zoë</p>');
    // Pages saved again without their meta changed: UTF-8 bytes under a Windows-1251 meta read as UTF-8, Windows-1252
    // bytes under a UTF-8 meta as Windows-1252 (a browser shows the first as mojibake, the second with U+FFFD).
    expect(decodeHtmlBytes(ascii('<meta charset="windows-1251"><p>Иван</p>'))).toBe(
      '<meta charset="windows-1251"><p>Иван</p>',
    );
    expect(decodeHtmlBytes(latin1('<meta charset="utf-8"><p>caf\xe9 \x96 2021</p>'))).toBe(
      '<meta charset="utf-8"><p>café – 2021</p>',
    );
  });
});

describe('HTML pages in other encodings', () => {
  it('are sniffed as HTML and read in the encoding their meta or byte-order mark names', async () => {
    const pragma = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">';
    expect(await resumeFileToText(cyrillicPage(pragma))).toBe('Иван Петров\nData Engineer');
    expect(await resumeFileToText(cyrillicPage('<meta charset="cp1251">'))).toBe('Иван Петров\nData Engineer');
    const text = '<!DOCTYPE html><html><body><h1>Zoë Müller</h1><p>Data Engineer</p></body></html>';
    for (const page of [
      Buffer.from(`\uFEFF${text}`, 'utf16le'),
      Buffer.from(`\uFEFF${text}`, 'utf16le').swap16(),
      Buffer.from(text, 'utf16le'),
    ]) {
      expect(sniffResumeType(new Uint8Array(page))).toBe('html');
      expect(await resumeFileToText(new Uint8Array(page))).toBe('Zoë Müller\nData Engineer');
    }
  });
});
