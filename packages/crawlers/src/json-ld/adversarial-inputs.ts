// Pathological pages of size n (a generator per shape), shared by the adversarial test beside it (what each must
// produce) and the linear-time benchmark (`pnpm bench --only adversarial`: the time at n and 2n). Test and bench data only.

// A hostile page controls the markup: script tags left open made the old regex rescan the rest of the page.
export const PAGES: readonly (readonly [string, (size: number) => string])[] = [
  ['"<script " repeated', (size) => '<script '.repeat(size / 8)],
  ['"<script " repeated, one ">"', (size) => `${'<script '.repeat(size / 8)}>`],
  ['ld+json blocks never closed', (size) => '<script type="application/ld+json">x'.repeat(size / 36)],
  ['many type attributes in one tag', (size) => `<script ${'type=application/ld+json '.repeat(size / 25)}`],
];
