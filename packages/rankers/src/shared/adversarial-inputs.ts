// Query texts of size n for the linear-time benchmark (`pnpm bench --only adversarial`: the time at n and 2n). Round 16:
// a pasted "résumé" of 100,000 tokens, distinct or repeated, held (no test: nothing failed). Bench data only.

const SKILL_WORDS = ['python', 'java', 'kubernetes', 'sql', 'react', 'docker', 'aws', 'golang', 'terraform', 'spark'];

/** Long query texts: every word new, one word again and again, ten skills in turn. */
export const QUERY_TEXTS: readonly (readonly [string, (size: number) => string])[] = [
  [
    'distinct words',
    (size) => {
      const words: string[] = [];
      for (let index = 0, length = 0; length < size; index++) {
        const word = `w${(index * 7919).toString(36)}x`;
        words.push(word);
        length += word.length + 1;
      }
      return words.join(' ');
    },
  ],
  ['one word again and again', (size) => 'python '.repeat(Math.ceil(size / 7))],
  [
    'ten skills in turn',
    (size) => {
      const words: string[] = [];
      for (let index = 0, length = 0; length < size; index++) {
        const word = SKILL_WORDS[index % SKILL_WORDS.length]!;
        words.push(word);
        length += word.length + 1;
      }
      return words.join(' ');
    },
  ],
];
