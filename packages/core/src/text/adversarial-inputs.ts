// Pathological inputs of size n (a generator per shape), shared by adversarial.test.ts (what each one must produce) and
// the linear-time benchmark (`pnpm bench --only adversarial`: the time at n and 2n). Test and bench data only.

// 40k "<" took htmlToText 3.2 s: /<[^>]+>/g rescanned the rest of the text from every unclosed "<".
export const PATHOLOGICAL: readonly (readonly [string, (size: number) => string])[] = [
  ['"<" repeated', (size) => '<'.repeat(size)],
  ['"<a " repeated', (size) => '<a '.repeat(size / 3)],
  ['"<br" repeated', (size) => '<br'.repeat(size / 3)],
  ['"<br" repeated, one ">" at the end', (size) => `${'<br'.repeat(size / 3)}>`],
  ['unclosed <script>', (size) => '<script>'.repeat(size / 8)],
  ['unclosed <style> with a <script> closer', (size) => `${'<style>x'.repeat(size / 8)}</script>`],
  ['"<" then spaces', (size) => `<${' '.repeat(size)}`],
  ['"&#" repeated', (size) => '&#'.repeat(size / 2)],
  ['"&a" repeated', (size) => '&a'.repeat(size / 2)],
];

// Many short tech tokens (tokenize: one match per token).
export const TOKEN_RUNS: readonly (readonly [string, (size: number) => string])[] = [
  ['"node.js c++ a " repeated', (size) => 'node.js c++ a '.repeat(size / 14)],
];

// Forged fence markers nested in one another, and a long run of "<" (cleanUntrustedText; fence.test.ts).
export const FENCE_FORGERIES: readonly (readonly [string, (size: number) => string])[] = [
  [
    'nested forgeries of the fence tag',
    (size) => 'JOB_POSTING_<<<'.repeat(Math.ceil(size / 15)) + 'DATA>><<<>'.repeat(Math.ceil(size / 10)),
  ],
  ['a long run of "< "', (size) => `${'< '.repeat(Math.ceil(size / 2))}x`],
];

// Text without punctuation, only stops, abbreviations, spaces (sentenceSpans; sentences.test.ts).
export const SENTENCE_TEXTS: readonly (readonly [string, (size: number) => string])[] = [
  ['no punctuation', (size) => 'a'.repeat(size)],
  ['only full stops', (size) => '.'.repeat(size)],
  ['"Dr. " repeated', (size) => 'Dr. '.repeat(size / 4)],
  ['"A." then spaces', (size) => `A.${' '.repeat(size)}B`],
  ['"Go. " repeated', (size) => 'Go. '.repeat(size / 4)],
];

// Bytes 0x80-0x9F and damaged UTF-8 (detectTextEncoding, decodeTextBytes; encoding.test.ts).
export const ENCODING_BYTES: readonly (readonly [string, (size: number) => Uint8Array])[] = [
  ['0x85 bytes', (size) => new Uint8Array(size).fill(0x85)],
  [
    'UTF-8 lead bytes without their continuation',
    (size) => Uint8Array.from({ length: size }, (_value, index) => (index % 3 === 0 ? 0xc3 : 0x41)),
  ],
];
