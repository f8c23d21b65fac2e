import { describe, expect, it } from 'vitest';
import { parseRobotsTxt } from './robots.js';

// The cases of Google's published robots.txt test suite (github.com/google/robotstxt, robots_test.cc, the `ID_*`
// tests, which follow RFC 9309, and the documentation checks), restated here as (robots.txt, agent, URL, verdict).
// The `GoogleOnly_*` extensions (a missing colon accepted, `index.html` meaning `/`, lines cut at 16 KiB) are not ours.
function allowed(robotsTxt: string, agent: string, url: string): boolean {
  const path = url.replace(/^https?:\/\/[^/]*/, '') || '/';
  return parseRobotsTxt(robotsTxt, agent).isAllowed(path);
}

describe('robots.txt against the published test cases', () => {
  it('ID_LineSyntax_Groups: user-agent lines open a group, same-agent groups merge, rules outside groups are ignored', () => {
    const text =
      'allow: /foo/bar/\n\nuser-agent: FooBot\ndisallow: /\nallow: /x/\nuser-agent: BarBot\ndisallow: /\nallow: /y/\n\n\nallow: /w/\nuser-agent: BazBot\n\nuser-agent: FooBot\nallow: /z/\ndisallow: /\n';
    expect(allowed(text, 'FooBot', 'http://foo.bar/x/b')).toBe(true);
    expect(allowed(text, 'FooBot', 'http://foo.bar/z/d')).toBe(true);
    expect(allowed(text, 'FooBot', 'http://foo.bar/y/c')).toBe(false);
    expect(allowed(text, 'BarBot', 'http://foo.bar/y/c')).toBe(true);
    expect(allowed(text, 'BarBot', 'http://foo.bar/w/a')).toBe(true);
    expect(allowed(text, 'BarBot', 'http://foo.bar/z/d')).toBe(false);
    expect(allowed(text, 'BazBot', 'http://foo.bar/z/d')).toBe(true);
    for (const agent of ['FooBot', 'BarBot', 'BazBot'])
      expect(allowed(text, agent, 'http://foo.bar/foo/bar/')).toBe(false);
  });

  it('ID_LineSyntax_Line: lines with unknown names are ignored', () => {
    expect(allowed('user-agent: FooBot\ndisallow: /\n', 'FooBot', 'http://foo.bar/x/y')).toBe(false);
    expect(allowed('foo: FooBot\nbar: /\n', 'FooBot', 'http://foo.bar/x/y')).toBe(true);
  });

  it('ID_REPLineNamesCaseInsensitive and ID_UserAgentValueCaseInsensitive', () => {
    for (const text of [
      'USER-AGENT: FooBot\nALLOW: /x/\nDISALLOW: /\n',
      'user-agent: FooBot\nallow: /x/\ndisallow: /\n',
      'uSeR-aGeNt: FooBot\nAlLoW: /x/\ndIsAlLoW: /\n',
    ]) {
      expect(allowed(text, 'FooBot', 'http://foo.bar/x/y')).toBe(true);
      expect(allowed(text, 'FooBot', 'http://foo.bar/a/b')).toBe(false);
    }
    for (const value of ['FOO BAR', 'foo bar', 'FoO bAr']) {
      const text = `User-Agent: ${value}\nAllow: /x/\nDisallow: /\n`;
      for (const agent of ['Foo', 'foo']) {
        expect(allowed(text, agent, 'http://foo.bar/x/y')).toBe(true);
        expect(allowed(text, agent, 'http://foo.bar/a/b')).toBe(false);
      }
    }
  });

  it('ID_GlobalGroups_Secondary: the * group applies only when no group names the agent', () => {
    expect(allowed('', 'FooBot', 'http://foo.bar/x/y')).toBe(true);
    const global = 'user-agent: *\nallow: /\nuser-agent: FooBot\ndisallow: /\n';
    expect(allowed(global, 'FooBot', 'http://foo.bar/x/y')).toBe(false);
    expect(allowed(global, 'BarBot', 'http://foo.bar/x/y')).toBe(true);
    expect(
      allowed(
        'user-agent: FooBot\nallow: /\nuser-agent: BarBot\ndisallow: /\nuser-agent: BazBot\ndisallow: /\n',
        'QuxBot',
        'http://foo.bar/x/y',
      ),
    ).toBe(true);
  });

  it('ID_AllowDisallow_Value_CaseSensitive', () => {
    expect(allowed('user-agent: FooBot\ndisallow: /x/\n', 'FooBot', 'http://foo.bar/x/y')).toBe(false);
    expect(allowed('user-agent: FooBot\ndisallow: /X/\n', 'FooBot', 'http://foo.bar/x/y')).toBe(true);
  });

  it('ID_LongestMatch: the longest pattern wins, Allow on a tie', () => {
    const url = 'http://foo.bar/x/page.html';
    expect(allowed('user-agent: FooBot\ndisallow: /x/page.html\nallow: /x/\n', 'FooBot', url)).toBe(false);
    expect(allowed('user-agent: FooBot\nallow: /x/page.html\ndisallow: /x/\n', 'FooBot', url)).toBe(true);
    expect(allowed('user-agent: FooBot\nallow: /x/page.html\ndisallow: /x/\n', 'FooBot', 'http://foo.bar/x/')).toBe(
      false,
    );
    expect(allowed('user-agent: FooBot\ndisallow: \nallow: \n', 'FooBot', url)).toBe(true);
    expect(allowed('user-agent: FooBot\ndisallow: /\nallow: /\n', 'FooBot', url)).toBe(true);
    expect(allowed('user-agent: FooBot\ndisallow: /x\nallow: /x/\n', 'FooBot', 'http://foo.bar/x')).toBe(false);
    expect(allowed('user-agent: FooBot\ndisallow: /x\nallow: /x/\n', 'FooBot', 'http://foo.bar/x/')).toBe(true);
    expect(allowed('user-agent: FooBot\ndisallow: /x/page.html\nallow: /x/page.html\n', 'FooBot', url)).toBe(true);
    expect(allowed('user-agent: FooBot\nallow: /page\ndisallow: /*.html\n', 'FooBot', 'http://foo.bar/page.html')).toBe(
      false,
    );
    expect(allowed('user-agent: FooBot\nallow: /page\ndisallow: /*.html\n', 'FooBot', 'http://foo.bar/page')).toBe(
      true,
    );
    expect(allowed('user-agent: FooBot\nallow: /x/page.\ndisallow: /*.html\n', 'FooBot', url)).toBe(true);
    expect(
      allowed('user-agent: FooBot\nallow: /x/page.\ndisallow: /*.html\n', 'FooBot', 'http://foo.bar/x/y.html'),
    ).toBe(false);
    const groups = 'User-agent: *\nDisallow: /x/\nUser-agent: FooBot\nDisallow: /y/\n';
    expect(allowed(groups, 'FooBot', 'http://foo.bar/x/page')).toBe(true);
    expect(allowed(groups, 'FooBot', 'http://foo.bar/y/page')).toBe(false);
  });

  it('ID_Encoding: non-ASCII in rules compares percent-encoded; escapes are not decoded', () => {
    expect(
      allowed(
        'User-agent: FooBot\nDisallow: /\nAllow: /foo/bar?qux=taz&baz=http://foo.bar?tar&par\n',
        'FooBot',
        'http://foo.bar/foo/bar?qux=taz&baz=http://foo.bar?tar&par',
      ),
    ).toBe(true);
    for (const rule of ['/foo/bar/ツ', '/foo/bar/%E3%83%84']) {
      const text = `User-agent: FooBot\nDisallow: /\nAllow: ${rule}\n`;
      expect(allowed(text, 'FooBot', 'http://foo.bar/foo/bar/%E3%83%84')).toBe(true);
      expect(allowed(text, 'FooBot', 'http://foo.bar/foo/bar/ツ')).toBe(false);
    }
    const escaped = 'User-agent: FooBot\nDisallow: /\nAllow: /foo/bar/%62%61%7A\n';
    expect(allowed(escaped, 'FooBot', 'http://foo.bar/foo/bar/baz')).toBe(false);
    expect(allowed(escaped, 'FooBot', 'http://foo.bar/foo/bar/%62%61%7A')).toBe(true);
  });

  it('ID_SpecialCharacters: * any run, $ the end, # a comment', () => {
    const star = 'User-agent: FooBot\nDisallow: /foo/bar/quz\nAllow: /foo/*/qux\n';
    expect(allowed(star, 'FooBot', 'http://foo.bar/foo/bar/quz')).toBe(false);
    for (const path of ['/foo/quz', '/foo//quz', '/foo/bax/quz'])
      expect(allowed(star, 'FooBot', `http://foo.bar${path}`)).toBe(true);
    const end = 'User-agent: FooBot\nDisallow: /foo/bar$\nAllow: /foo/bar/qux\n';
    expect(allowed(end, 'FooBot', 'http://foo.bar/foo/bar')).toBe(false);
    for (const path of ['/foo/bar/qux', '/foo/bar/', '/foo/bar/baz'])
      expect(allowed(end, 'FooBot', `http://foo.bar${path}`)).toBe(true);
    const comment = 'User-agent: FooBot\n# Disallow: /\nDisallow: /foo/quz#qux\nAllow: /\n';
    expect(allowed(comment, 'FooBot', 'http://foo.bar/foo/bar')).toBe(true);
    expect(allowed(comment, 'FooBot', 'http://foo.bar/foo/quz')).toBe(false);
  });

  it('documentation checks: /fish, /fish*, /fish/, /*.php, /*.php$, /fish*.php and the order of precedence', () => {
    const check = (rule: string, yes: string[], no: string[]) => {
      const text = `user-agent: FooBot\ndisallow: /\nallow: ${rule}\n`;
      for (const path of yes)
        expect(allowed(text, 'FooBot', `http://foo.bar${path}`), `${rule} allows ${path}`).toBe(true);
      for (const path of ['/bar', ...no])
        expect(allowed(text, 'FooBot', `http://foo.bar${path}`), `${rule} refuses ${path}`).toBe(false);
    };
    const fish = [
      '/fish',
      '/fish.html',
      '/fish/salmon.html',
      '/fishheads',
      '/fishheads/yummy.html',
      '/fish.html?id=anything',
    ];
    check('/fish', fish, ['/Fish.asp', '/catfish', '/?id=fish']);
    check('/fish*', fish, ['/Fish.bar', '/catfish', '/?id=fish']);
    check(
      '/fish/',
      ['/fish/', '/fish/salmon', '/fish/?salmon', '/fish/salmon.html', '/fish/?id=anything'],
      ['/fish', '/fish.html', '/Fish/Salmon.html'],
    );
    check(
      '/*.php',
      [
        '/filename.php',
        '/folder/filename.php',
        '/folder/filename.php?parameters',
        '//folder/any.php.file.html',
        '/filename.php/',
        '/index?f=filename.php/',
      ],
      ['/php/', '/index?php', '/windows.PHP'],
    );
    check(
      '/*.php$',
      ['/filename.php', '/folder/filename.php'],
      [
        '/filename.php?parameters',
        '/filename.php/',
        '/filename.php5',
        '/php/',
        '/filename?php',
        '/aaaphpaaa',
        '//windows.PHP',
      ],
    );
    check('/fish*.php', ['/fish.php', '/fishheads/catfish.php?parameters'], ['/Fish.PHP']);
    expect(allowed('user-agent: FooBot\nallow: /p\ndisallow: /\n', 'FooBot', 'http://example.com/page')).toBe(true);
    expect(
      allowed('user-agent: FooBot\nallow: /folder\ndisallow: /folder\n', 'FooBot', 'http://example.com/folder/page'),
    ).toBe(true);
    expect(
      allowed('user-agent: FooBot\nallow: /page\ndisallow: /*.htm\n', 'FooBot', 'http://example.com/page.htm'),
    ).toBe(false);
    expect(allowed('user-agent: FooBot\nallow: /$\ndisallow: /\n', 'FooBot', 'http://example.com/')).toBe(true);
    expect(allowed('user-agent: FooBot\nallow: /$\ndisallow: /\n', 'FooBot', 'http://example.com/page.html')).toBe(
      false,
    );
  });

  it('ID_LinesNumbersAreCountedCorrectly: \\n, \\r\\n and \\r line ends alike', () => {
    for (const end of ['\n', '\r\n', '\r']) {
      const text = ['User-Agent: foo', 'Allow: /some/path', 'User-Agent: bar', '', '', 'Disallow: /'].join(end);
      expect(allowed(text, 'bar', 'http://foo.bar/x')).toBe(false);
      expect(allowed(text, 'foo', 'http://foo.bar/some/path')).toBe(true);
    }
  });
});
