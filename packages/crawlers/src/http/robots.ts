/** One Allow or Disallow line. */
interface RobotsRule {
  allow: boolean;
  pattern: string;
  regex: RegExp;
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

function patternToRegex(pattern: string): RegExp {
  const anchored = pattern.endsWith('$');
  const body = anchored ? pattern.slice(0, -1) : pattern;
  const source = body
    .split('*')
    .map((part) => normalizeEncoding(part).replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}${anchored ? '$' : ''}`);
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
  let groupAgents: string[] = [];
  let inRules = false; // a user-agent line after rules starts a new group
  let sawSpecific = false;
  for (const rawLine of text.split(/\r\n|\r|\n/)) {
    const line = rawLine.replace(/#.*$/, '').trim();
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (key === 'user-agent') {
      if (inRules) {
        groupAgents = [];
        inRules = false;
      }
      groupAgents.push(value.toLowerCase());
      if (value.toLowerCase() === token) sawSpecific = true;
      continue;
    }
    if (key !== 'allow' && key !== 'disallow') continue;
    inRules = true;
    if (value === '') continue; // "Disallow:" with nothing allows everything
    const rule: RobotsRule = { allow: key === 'allow', pattern: value, regex: patternToRegex(value) };
    if (groupAgents.includes(token)) specific.push(rule);
    if (groupAgents.includes('*')) wildcard.push(rule);
  }
  const rules = sawSpecific ? specific : wildcard;
  return {
    isAllowed(pathWithQuery) {
      const path = normalizeEncoding(pathWithQuery || '/');
      if (path === '/robots.txt') return true;
      let best: RobotsRule | undefined;
      for (const rule of rules) {
        if (!rule.regex.test(path)) continue;
        if (!best || rule.pattern.length > best.pattern.length || (rule.pattern.length === best.pattern.length && rule.allow)) best = rule;
      }
      return best?.allow ?? true;
    },
  };
}
