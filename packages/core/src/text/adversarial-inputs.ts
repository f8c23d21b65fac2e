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
