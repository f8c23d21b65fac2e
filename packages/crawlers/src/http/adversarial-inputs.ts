// Pathological robots.txt rules, paths and files of size n (a generator per shape), shared by
// robots-adversarial.test.ts and the linear-time benchmark (`pnpm bench --only adversarial`: the time at n and 2n).
// Test and bench data only.
import { parseRobotsTxt, type RobotsPolicy } from './robots.js';

/** Rules and a path to match against them. */
export const ROBOTS_MATCHING: readonly (readonly [string, (size: number) => { pattern: string; path: string }])[] = [
  [
    'wildcards and path grow together',
    (size: number) => ({ pattern: `/${'a*'.repeat(size / 100)}b`, path: `/${'a'.repeat(size)}` }),
  ],
  [
    'wildcards then an anchored end',
    (size: number) => ({ pattern: `/${'*a'.repeat(size / 100)}$`, path: `/${'ab'.repeat(size / 2)}` }),
  ],
  ['a long path against many rules', (size: number) => ({ pattern: '/x*y*z', path: `/${'xy'.repeat(size / 2)}` })],
];

/** A policy of twenty rules of `pattern`, and `path` to decide. */
export function robotsWithRules({ pattern, path }: { pattern: string; path: string }): {
  policy: RobotsPolicy;
  path: string;
} {
  return { policy: parseRobotsTxt(`User-agent: *\n${'Disallow: '.concat(pattern, '\n').repeat(20)}`, 'Rolefit'), path };
}

/** Whole robots.txt files. */
export const ROBOTS_TEXTS: readonly (readonly [string, (size: number) => string])[] = [
  [
    'many user-agent lines, then many rules',
    (size: number) => `${'User-agent: bot\n'.repeat(size / 32)}${'Disallow: /x\n'.repeat(size / 26)}`,
  ],
  ['comment characters', (size: number) => `Disallow: /a${'#'.repeat(size)}\u2028`],
  ['one long line', (size: number) => `User-agent: *\nDisallow: /${'a'.repeat(size)}`],
];
