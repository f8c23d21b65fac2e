import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../../../core/src/testing/scaling.js';
import { ROBOTS_MATCHING, ROBOTS_TEXTS, robotsWithRules } from './adversarial-inputs.js';
import { parseRobotsTxt } from './robots.js';

/**
 * Reference matcher for the property test: Google's robots.txt semantics by dynamic programming over
 * (pattern position, path position), quadratic but obviously right. `*` matches any run, a final `$` the end.
 */
function referenceMatches(pattern: string, path: string): boolean {
  const anchored = pattern.endsWith('$');
  const body = anchored ? pattern.slice(0, -1) : pattern;
  // reachable[j]: the pattern so far can match path[0, j).
  let reachable = new Array<boolean>(path.length + 1).fill(false);
  reachable[0] = true;
  for (const character of body) {
    const next = new Array<boolean>(path.length + 1).fill(false);
    for (let position = 0; position <= path.length; position++) {
      if (character === '*')
        next[position] = reachable[position] === true || (position > 0 && next[position - 1] === true);
      else next[position] = position > 0 && reachable[position - 1] === true && path[position - 1] === character;
    }
    reachable = next;
  }
  return anchored ? reachable[path.length] === true : reachable.some(Boolean);
}

/** The decision the reference gives: the longest matching pattern wins, Allow on a tie; nothing matching allows. */
function referenceAllowed(rules: readonly { allow: boolean; pattern: string }[], path: string): boolean {
  let best: { allow: boolean; pattern: string } | undefined;
  for (const rule of rules) {
    if (rule.pattern === '' || !referenceMatches(rule.pattern, path)) continue;
    if (
      !best ||
      rule.pattern.length > best.pattern.length ||
      (rule.pattern.length === best.pattern.length && rule.allow)
    )
      best = rule;
  }
  return best?.allow ?? true;
}

describe('robots.txt on adversarial input', () => {
  // The backtracking matcher took 203 s on it, past the test's time limit (no timings in tests; `pnpm bench --only
  // adversarial` measures the cases below at n and 2n).
  it('decides a rule with 14 wildcards against a 40-character path (it froze the process for 203 s)', () => {
    const policy = parseRobotsTxt(`User-agent: *\nDisallow: /${'a*'.repeat(14)}b\n`, 'Rolefit');
    expect(policy.isAllowed(`/${'a'.repeat(40)}`)).toBe(true);
    expect(policy.isAllowed(`/${'a'.repeat(40)}b`)).toBe(false);
  });

  // The time of each case below at n and 2n is measured by `pnpm bench --only adversarial` (no timings in tests).
  // The last character of a path the rules do match, per case.
  const matchingEnd: Record<string, string> = {
    'wildcards and path grow together': 'b',
    'wildcards then an anchored end': 'a',
    'a long path against many rules': 'z',
  };
  it.each(ROBOTS_MATCHING)('decides a 40,000-character path against it, and one character more: %s', (name, make) => {
    const { policy, path } = robotsWithRules(make(40_000));
    expect(policy.isAllowed(path)).toBe(true);
    expect(policy.isAllowed(`${path}${matchingEnd[name]}`)).toBe(false);
  });

  it('reads 40,000 characters of each hostile robots.txt into the policy it states', () => {
    const [agents, comments, longLine] = ROBOTS_TEXTS.map(([, make]) => make(40_000));
    // Rules for another user agent only, rules before any User-agent line, and one rule of 40,000 characters.
    expect(parseRobotsTxt(agents!, 'Rolefit').isAllowed('/x')).toBe(true);
    expect(parseRobotsTxt(agents!, 'bot').isAllowed('/x')).toBe(false);
    expect(parseRobotsTxt(comments!, 'Rolefit').isAllowed('/a')).toBe(true);
    const policy = parseRobotsTxt(longLine!, 'Rolefit');
    expect(policy.isAllowed('/x')).toBe(true);
    expect(policy.isAllowed(`/${'a'.repeat(40_000)}`)).toBe(false);
    expect(policy.isAllowed(`/${'a'.repeat(39_999)}`)).toBe(true);
  });

  it('agrees with a dynamic-programming reference on random rules and paths, and never throws', () => {
    const piece = fc.constantFrom('a', 'b', '/', '*', '%2f', '%2F', '.', '?', '=');
    const pattern = fc.array(piece, { maxLength: 8 }).map((pieces) => `/${pieces.join('')}`);
    const rule = fc.record({
      allow: fc.boolean(),
      pattern: fc.oneof(
        pattern,
        pattern.map((text) => `${text}$`),
      ),
    });
    const path = fc
      .array(fc.constantFrom('a', 'b', '/', '%2f', '.', '?', '=', '$', '*'), { maxLength: 12 })
      .map((pieces) => `/${pieces.join('')}`);
    fc.assert(
      fc.property(fc.array(rule, { maxLength: 5 }), fc.array(path, { minLength: 1, maxLength: 5 }), (rules, paths) => {
        const text = [
          'User-agent: *',
          ...rules.map((entry) => `${entry.allow ? 'Allow' : 'Disallow'}: ${entry.pattern}`),
        ].join('\n');
        const policy = parseRobotsTxt(text, 'Rolefit');
        const normalize = (value: string) => value.replace(/%[0-9a-f]{2}/gi, (sequence) => sequence.toUpperCase());
        const normalizedRules = rules.map((entry) => ({ allow: entry.allow, pattern: normalize(entry.pattern) }));
        for (const candidate of paths) {
          const expected = candidate === '/robots.txt' || referenceAllowed(normalizedRules, normalize(candidate));
          expect(policy.isAllowed(candidate)).toBe(expected);
        }
      }),
      { numRuns: propertyRuns() },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ maxLength: 40 }), (text, candidate) => {
        expect(typeof parseRobotsTxt(text, 'Rolefit').isAllowed(candidate)).toBe('boolean');
      }),
      { numRuns: propertyRuns() },
    );
  });
});
