// Our own parser, not the robots-parser package: robots-parser 3.0.1 turns each `*` into a `(?:.*)` regex, which
// backtracks polynomially (14 wildcards against a 40-character path froze a process for minutes). This one matches
// in one pass (robots-adversarial.test.ts) and passes Google's published cases (robots-published-cases.test.ts).
/** One Allow or Disallow line. */
interface RobotsRule {
  allow: boolean;
  pattern: string;
  /** The pattern split at its `*` wildcards, percent-escapes in one form. */
  parts: string[];
  /** True when the pattern ends in `$`: the path must end where the pattern does. */
  anchored: boolean;
}

/** Parsed robots.txt rules for one user agent. */
export interface RobotsPolicy {
  /** True when the path (with query) may be fetched. */
  isAllowed(pathWithQuery: string): boolean;
}

/** A policy that allows everything (robots.txt missing, 4xx). */
export const ALLOW_ALL: RobotsPolicy = { isAllowed: () => true };
/** A policy that forbids everything (robots.txt unreachable, 5xx). */
export const DISALLOW_ALL: RobotsPolicy = { isAllowed: () => false };

function compileRule(allow: boolean, rawPattern: string): RobotsRule {
  // Characters outside US-ASCII are compared percent-encoded as UTF-8 (RFC 9309 2.2.2), as URL paths arrive.
  const pattern = rawPattern.replace(/[^\x00-\x7f]+/g, percentEncode);
  const anchored = pattern.endsWith('$');
  const body = anchored ? pattern.slice(0, -1) : pattern;
  return { allow, pattern, parts: body.split('*').map(normalizeEncoding), anchored };
}

/**
 * Whether a rule matches the path: `*` stands for any run of characters, a final `$` anchors the end.
 * Each literal part is taken at its leftmost place after the previous one (leftmost is never worse for
 * a later part), so matching takes one pass over the path. A regex `^a.*b.*c…` instead backtracks
 * through every way of placing the wildcards: 14 `*` against a 40-character path froze the process.
 */
function ruleMatches(rule: RobotsRule, path: string): boolean {
  const { parts, anchored } = rule;
  const first = parts[0] ?? '';
  if (!path.startsWith(first)) return false;
  if (parts.length === 1) return !anchored || path.length === first.length;
  let position = first.length;
  for (let index = 1; index < parts.length - 1; index++) {
    const part = parts[index] ?? '';
    const found = path.indexOf(part, position);
    if (found === -1) return false;
    position = found + part.length;
  }
  const last = parts[parts.length - 1] ?? '';
  return anchored ? path.length - last.length >= position && path.endsWith(last) : path.includes(last, position);
}

// UTF-8 percent-encoding; a lone surrogate (not valid UTF-16) becomes U+FFFD instead of throwing URIError.
function percentEncode(text: string): string {
  return encodeURIComponent(
    text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'),
  );
}

// Compare paths with percent-escapes in one form, so "/a%3cb" and "/a%3Cb" match alike.
function normalizeEncoding(path: string): string {
  return path.replace(/%[0-9a-f]{2}/gi, (sequence) => sequence.toUpperCase());
}

/**
 * Parses robots.txt (RFC 9309) for a user agent's product token (e.g. `Rolefit`): the groups naming
 * the token (case-insensitively) are merged; without one, the `*` groups apply. The longest matching
 * pattern wins; on a tie Allow wins. `/robots.txt` itself is always allowed.
 */
export function parseRobotsTxt(text: string, productToken: string): RobotsPolicy {
  const token = productToken.toLowerCase();
  const specific: RobotsRule[] = [];
  const wildcard: RobotsRule[] = [];
  // Whether the current group names our token or `*` (kept as flags, not looked up per rule).
  let groupForUs = false;
  let groupForAll = false;
  let inRules = false; // a user-agent line after rules starts a new group
  let sawSpecific = false;
  for (const rawLine of text.split(/\r\n|\r|\n/)) {
    const comment = rawLine.indexOf('#');
    const line = (comment === -1 ? rawLine : rawLine.slice(0, comment)).trim();
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (key === 'user-agent') {
      if (inRules) {
        groupForUs = false;
        groupForAll = false;
        inRules = false;
      }
      // The product token is the value up to the first space ("FooBot Images" names FooBot), case-insensitively.
      const space = value.search(/\s/);
      const agent = (space === -1 ? value : value.slice(0, space)).toLowerCase();
      if (agent === token) groupForUs = sawSpecific = true;
      if (agent === '*') groupForAll = true;
      continue;
    }
    if (key !== 'allow' && key !== 'disallow') continue;
    inRules = true;
    if (value === '') continue; // "Disallow:" with nothing allows everything
    if (!groupForUs && !groupForAll) continue;
    const rule = compileRule(key === 'allow', value);
    if (groupForUs) specific.push(rule);
    if (groupForAll) wildcard.push(rule);
  }
  const rules = sawSpecific ? specific : wildcard;
  return {
    isAllowed(pathWithQuery) {
      const path = normalizeEncoding(pathWithQuery || '/');
      if (path === '/robots.txt') return true;
      let best: RobotsRule | undefined;
      for (const rule of rules) {
        if (!ruleMatches(rule, path)) continue;
        if (
          !best ||
          rule.pattern.length > best.pattern.length ||
          (rule.pattern.length === best.pattern.length && rule.allow)
        )
          best = rule;
      }
      return best?.allow ?? true;
    },
  };
}
