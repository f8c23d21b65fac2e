// Prose claims of the package READMEs read against the code they describe: lists of settings, of commands and the
// version figures that the snippet tests (guide-snippets, doc-snippets) cannot see, because they are not code. Each
// check was added for a drift an outside reader found (ADVERSARIAL.md, round 13).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMAND_USAGE, ROLEFIT_COMMANDS, TIME_LIMIT_COMMANDS } from '../packages/cli/src/usage.js';
import { JOB_MAPPING_VERSION } from '../packages/store-elastic/src/mappings/job-mappings.js';
import { ELASTIC_STORE_SETTING_NAMES } from '../packages/store-elastic/src/store/settings.js';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

/** The part of a Markdown text from a heading line (any level) up to the next heading of that level or higher. */
function section(markdown: string, heading: string): string {
  const start = markdown.search(new RegExp(`^#+ ${heading}$`, 'm'));
  if (start < 0) throw new Error(`no heading "${heading}"`);
  const level = /^#+/.exec(markdown.slice(start))![0].length;
  const rest = markdown.slice(markdown.indexOf('\n', start));
  const end = rest.search(new RegExp(`^#{1,${level}} `, 'm'));
  return end < 0 ? rest : rest.slice(0, end);
}

/** The names in backticks of the first parenthesised list after `lead` in a text (`(\`a\`, \`b\`)`), in order. */
function listAfter(text: string, lead: string): string[] {
  const flat = text.replace(/\s+/g, ' ');
  const at = flat.indexOf(lead);
  if (at < 0) throw new Error(`no "${lead}"`);
  const list = /\(([^)]*)\)/.exec(flat.slice(at + lead.length))?.[1] ?? '';
  return [...list.matchAll(/`([^`]+)`/g)].map((match) => match[1]!);
}

describe('packages/store-elastic/README.md', () => {
  const readme = read('packages/store-elastic/README.md');

  it('lists every ElasticStoreSettings key, and only those', () => {
    const start = readme.indexOf('Settings: ');
    const paragraph = readme.slice(start, readme.indexOf('\n\n', start)).replace(/\s+/g, ' ');
    // The paragraph names a setting at the start of a list item: after "Settings: ", a comma or "or an existing".
    const named = [...paragraph.matchAll(/(?:Settings: |, |\/ |or an existing )`([a-zA-Z]+)[`:]/g)].map(
      (match) => match[1],
    );
    expect(new Set(named)).toEqual(new Set(Object.keys(ELASTIC_STORE_SETTING_NAMES)));
  });

  it('names the current job mapping version as the newest', () => {
    const versions = [...section(readme, 'Aliases and migration').matchAll(/\bversions? (\d+)/g)].map((match) =>
      Number(match[1]),
    );
    expect(Math.max(...versions)).toBe(JOB_MAPPING_VERSION);
  });
});

describe('packages/cli/README.md', () => {
  const readme = read('packages/cli/README.md');
  const commandsWhoseUsage = (pattern: RegExp) =>
    ROLEFIT_COMMANDS.filter((command) => pattern.test(COMMAND_USAGE[command])).sort();

  it('lists the commands that allow 30 s for your own resume as their usage does', () => {
    expect(listAfter(readme, 'the commands that read your own resume').sort()).toEqual(
      commandsWhoseUsage(/--time-limit S[\s\S]*\b30\b/),
    );
  });

  it('lists the commands that take --time-limit and --ocr as their usage does', () => {
    expect(listAfter(readme, 'to any command that reads files').sort()).toEqual([...TIME_LIMIT_COMMANDS].sort());
    expect(listAfter(readme, 'every command that reads a resume file').sort()).toEqual(commandsWhoseUsage(/--ocr DIR/));
  });
});

describe('package READMEs: the Example runs after the install they show', () => {
  // A script imports a package from its own project's node_modules; `npm install --global` (the CLI README's install
  // line) gives the command but not the import, so an Example that imported @rolefit/cli after it failed with
  // ERR_MODULE_NOT_FOUND (found installing the packed packages as an integrator).
  const packages = ['core', 'ats', 'rankers', 'crawlers', 'career', 'notify', 'cli', 'store-elastic'];

  /** The packages named by the README's project (not --global) `npm install` / `npm i` commands. */
  function installedInProject(readme: string): Set<string> {
    const names = new Set<string>();
    for (const [command] of readme.matchAll(/npm (?:install|i)\b[^\n`#]*/g)) {
      const words = command.split(/\s+/).slice(2);
      if (words.some((word) => word === '--global' || word === '-g')) continue;
      for (const word of words) if (!word.startsWith('-')) names.add(word.replace(/(.)@[^/]*$/, '$1'));
    }
    return names;
  }

  for (const name of packages)
    it(`@rolefit/${name}: each package its Example imports is installed in the project by the README`, () => {
      const readme = read(`packages/${name}/README.md`);
      const example = /\n## Example\n[\s\S]*?```js\n([\s\S]*?)```/.exec(readme)?.[1];
      if (example === undefined) return;
      const imported = [...example.matchAll(/from '(@rolefit\/[^/']+)/g)].map((match) => match[1]!);
      const installed = installedInProject(readme);
      expect(
        imported.filter((packageName) => !installed.has(packageName)),
        `packages/${name}/README.md`,
      ).toEqual([]);
    });

  it('reads project and global install commands apart', () => {
    expect([
      ...installedInProject('`npm install --global @rolefit/cli` or `npm i @rolefit/core @elastic/elasticsearch@8`'),
    ]).toEqual(['@rolefit/core', '@elastic/elasticsearch']);
  });
});
