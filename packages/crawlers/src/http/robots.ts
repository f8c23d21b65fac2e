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

function compileRule(allow: boolean, pattern: string): RobotsRule {
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

// Compare paths with percent-escapes in one form, so "/a%3cb" and "/a%3Cb" match alike.
function normalizeEncoding(path: string): string {
  return path.replace(/%[0-9a-f]{2}/gi, (escape) => escape.toUpperCase());
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
      const agent = value.toLowerCase();
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
        if (!best || rule.pattern.length > best.pattern.length || (rule.pattern.length === best.pattern.length && rule.allow)) best = rule;
      }
      return best?.allow ?? true;
    },
  };
}
