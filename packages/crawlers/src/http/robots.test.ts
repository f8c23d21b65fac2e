import { describe, expect, it } from 'vitest';
import { parseRobotsTxt } from './robots.js';

describe('parseRobotsTxt', () => {
  const text = [
    'User-agent: *',
    'Disallow: /search',
    'Disallow: /*.pdf$',
    'Allow: /search/about',
    '',
    'User-agent: Rolefit',
    'User-agent: OtherBot',
    'Disallow: /jobs/',
    'Allow: /jobs/public',
    'Disallow: /jobs/public/draft # comment',
  ].join('\n');

  it('uses the group naming our product token, case-insensitively, instead of *', () => {
    const policy = parseRobotsTxt(text, 'rolefit');
    expect(policy.isAllowed('/search')).toBe(true); // the * group does not apply
    expect(policy.isAllowed('/jobs/1')).toBe(false);
    expect(policy.isAllowed('/jobs/public/1')).toBe(true);
    expect(policy.isAllowed('/jobs/public/draft/1')).toBe(false); // longest match wins
    expect(policy.isAllowed('/robots.txt')).toBe(true);
  });

  it('falls back to * with wildcards and end anchors', () => {
    const policy = parseRobotsTxt(text, 'UnknownBot');
    expect(policy.isAllowed('/search?q=x')).toBe(false);
    expect(policy.isAllowed('/search/about')).toBe(true);
    expect(policy.isAllowed('/files/a.pdf')).toBe(false);
    expect(policy.isAllowed('/files/a.pdf?download=1')).toBe(true);
    expect(policy.isAllowed('/jobs/1')).toBe(true);
  });

  it('prefers Allow on equal-length matches and ignores an empty Disallow', () => {
    expect(parseRobotsTxt('User-agent: *\nDisallow: /a\nAllow: /a\n', 'x').isAllowed('/a')).toBe(true);
    expect(parseRobotsTxt('User-agent: *\nDisallow:\n', 'x').isAllowed('/anything')).toBe(true);
    expect(parseRobotsTxt('User-agent: *\nDisallow: /\n', 'x').isAllowed('/anything')).toBe(false);
  });
});
