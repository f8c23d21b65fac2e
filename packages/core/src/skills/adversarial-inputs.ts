// Pathological inputs of size n (a generator per shape), shared by adversarial.test.ts (what each one must produce) and
// the linear-time benchmark (`pnpm bench --only adversarial`: the time at n and 2n). Test and bench data only.

// One 40k-character word took 5.9 s: the e-mail pattern rescanned the word from each of its characters.
export const PATHOLOGICAL: readonly (readonly [string, (size: number) => string])[] = [
  ['one long word', (size) => 'a'.repeat(size)],
  ['one long number', (size) => '7'.repeat(size)],
  ['a hyphenated run', (size) => 'a-'.repeat(size / 2)],
  ['a dotted run', (size) => 'a.'.repeat(size / 2)],
  ['dashes', (size) => '-'.repeat(size)],
  ['dots', (size) => '.'.repeat(size)],
  ['many "@"', (size) => 'a@'.repeat(size / 2)],
  // Round 15: web addresses, then many "@" that start no e-mail: each link found looked at every "@" after it again.
  ['web addresses, then many "@"', (size) => `${'www.a.io '.repeat(size / 18)}${'a@'.repeat(size / 4)}`],
  ['"$5", then em-spaces', (size) => `$5${'\u2003'.repeat(size)}`],
  // ASCII and other characters taking turns: the tokenizer and normalizer switch between their two ways each time.
  ['words ending in a curly quote', (size) => 'women\u2019'.repeat(size / 6)],
  ['letters with combining marks', (size) => 'e\u0301'.repeat(size / 2)],
  ['one letter, then many marks', (size) => `a${'\u0301'.repeat(size - 1)}`],
  // The written-out acronym check looks back and ahead of each bracket: a few tokens each, whatever the text.
  ['many acronyms in brackets', (size) => 'Partner Success Manager (PSM) PSM '.repeat(size / 34)],
  ['filler words before bracketed acronyms', (size) => 'of and for the in on to & (ABCDEF) '.repeat(size / 36)],
  ['acronyms before brackets of capitals', (size) => 'EMS (E M S '.repeat(size / 11)],
  // Round 14: one acronym written out many ways, none of them the skill's, with a mention of it after them all (each
  // answer per acronym and skill reads every expansion of it once).
  [
    'one acronym written out many ways, then used',
    (size) =>
      `${'Call Search Space (CSS) CSS (Content Security Scan) Customer Success Squad (CSS) '.repeat(size / 82)}CSS`,
  ],
  ['acronyms in nested brackets', (size) => 'Partner (Success (Manager) (PSM)) ((PSM)) PSM ( '.repeat(size / 49)],
  // Many skills' acronyms written out, each a spelling the skill's own aliases give, and used.
  [
    'many skill acronyms written out and used',
    (size) =>
      'Search Engine Marketing (SEM) SEM Single Page Application (SPA) SPA Site Reliability Engineering (SRE) SRE '.repeat(
        size / 106,
      ),
  ],
  // Round 24: names written with other spaces, hyphens, slashes or dots (the respelled lookup, 98d229ac).
  [
    'letters parted by spaces, hyphens and slashes',
    (size) => 'J a v a-S/c/r/i/p/t My / SQL Quick-Books '.repeat(size / 40),
  ],
  ['one word of letters parted by hyphens', (size) => 'J-'.repeat(size / 2)],
];
