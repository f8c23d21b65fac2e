// Pathological pages of size n (a generator per shape), shared by the adversarial test beside it (what each must
// produce) and the linear-time benchmark (`pnpm bench --only adversarial`: the time at n and 2n). Test and bench data only.

// A hostile page controls the markup: tags that never close made the old regexes rescan the rest of the page.
export const PAGES: readonly (readonly [string, (size: number) => string])[] = [
  ['unclosed "<div " repeated', (size) => '<div '.repeat(size / 5)],
  ['unclosed quotes in tags', (size) => `<div '"${`<div '"`.repeat(size / 7)}`],
  ['elements that never close', (size) => '<div class="x">'.repeat(size / 15)],
  ['nested elements', (size) => `${'<div class="x">'.repeat(size / 30)}${'</div>'.repeat(size / 30)}`],
  ['unclosed comments', (size) => '<!--'.repeat(size / 4)],
  ['"<" repeated', (size) => '<'.repeat(size)],
];
