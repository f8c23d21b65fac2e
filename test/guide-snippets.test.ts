import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseProfile } from '@rolefit/core';
import { COMMAND_USAGE, ROLEFIT_COMMANDS, type RolefitCommand } from '../packages/cli/src/usage.js';
import { documentedFiles, extractSnippets, runSnippets, type Snippet } from './doc-snippets.js';

// Every ```ts block of the guides and the README is type-checked against the packages' sources, so a guide cannot
// drift from the API. A block right after a line `<!-- snippet: not checked -->` is left out (none should need it);
// one after `<!-- snippet: file NAME.ts -->` is written as NAME.ts, so a later block can import it as `./NAME.js`.
// A block fenced ```ts run is also executed against the installed tarballs, by packed-packages.test.ts (runSnippets).
const root = fileURLToPath(new URL('../', import.meta.url));
const guides = documentedFiles(root);

const snippets = guides.flatMap((file) => extractSnippets(file, readFileSync(join(root, file), 'utf8')));

describe('guide snippets', () => {
  it('finds the TypeScript blocks of the guides', () => {
    expect(snippets.length).toBeGreaterThan(10);
    expect(
      extractSnippets('x.md', 'a\n```ts\nconst a = 1;\n```\n<!-- snippet: not checked -->\n```ts\nnope(\n```\n'),
    ).toEqual([{ file: 'x.md', line: 3, code: 'const a = 1;' }]);
    expect(
      extractSnippets(
        'x.md',
        '<!-- snippet: file a.ts -->\n```ts run\nexport const a = 1;\n```\n```typescript run \nb;\n```\n',
      ),
    ).toEqual([
      { file: 'x.md', line: 3, code: 'export const a = 1;', module: 'a.ts', run: true },
      { file: 'x.md', line: 6, code: 'b;', run: true },
    ]);
  });

  it('runSnippets runs the ```ts run blocks in order, with their named modules, and reports each that fails', async () => {
    const app = mkdtempSync(join(tmpdir(), 'rolefit-snippet-run-'));
    try {
      const text = [
        '<!-- snippet: file shared.ts -->',
        '```ts',
        'export const answer: number = 42;',
        '```',
        '```ts run',
        "import { writeFileSync } from 'node:fs';",
        "import { answer } from './shared.js';",
        "writeFileSync('answer.txt', String(answer satisfies number));",
        '```',
        '```ts run',
        "import { readFileSync } from 'node:fs';",
        "if (readFileSync('answer.txt', 'utf8') !== '42') throw new Error('the blocks ran out of order');",
        "throw new TypeError('broken on purpose');",
        '```',
        '```ts',
        "throw new Error('not marked run');",
        '```',
        '```ts run',
        'process.exit(readFileSync === undefined ? 0 : 3);',
        '```',
      ].join('\n');
      const failures = await runSnippets(extractSnippets('guide.md', text), { app });
      expect(failures).toHaveLength(2);
      expect(failures[0]).toMatch(/^guide\.md:11: the block exited with 1\n[\s\S]*TypeError: broken on purpose/);
      expect(failures[1]).toMatch(
        /^guide\.md:19: the block exited with 1\n[\s\S]*ReferenceError: readFileSync is not defined/,
      );
    } finally {
      rmSync(app, { recursive: true, force: true });
    }
  }, 120_000);

  it('type-check against the current sources', () => {
    // A folder of its own (two test runs at once never write each other's snippets), under the repository so that the
    // snippets resolve the packages' dependencies as the sources do.
    const cache = join(root, 'node_modules', '.cache');
    mkdirSync(cache, { recursive: true });
    const directory = mkdtempSync(join(cache, 'guide-snippets-'));
    const names = new Map<string, Snippet>();
    snippets.forEach((snippet, index) => {
      const name = snippet.module ?? `${snippet.file.replace(/[^a-z0-9]+/gi, '-')}-${index}.mts`;
      names.set(name, snippet);
      // Each block is its own module; top-level await is allowed, as in an ES module app.
      writeFileSync(join(directory, name), `${snippet.code}\nexport {};\n`);
    });
    const source = (path: string) => [join(root, path)];
    // An optional peer's type declarations, from where @rolefit/rankers has it installed (pnpm does not hoist it).
    const peerTypes = (name: string) => {
      const directory = join(root, 'packages', 'rankers', 'node_modules', name);
      const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as { types?: string };
      return [join(directory, manifest.types ?? 'index.d.ts')];
    };
    writeFileSync(
      join(directory, 'tsconfig.json'),
      JSON.stringify({
        extends: join(root, 'tsconfig.json'),
        compilerOptions: {
          noEmit: true,
          // Snippets show one step each: a value made and not used again is fine.
          noUnusedLocals: false,
          paths: {
            '@rolefit/core': source('packages/core/src/index.ts'),
            '@rolefit/core/samples': source('packages/core/src/samples/index.ts'),
            '@rolefit/core/testing': source('packages/core/src/store/contract/index.ts'),
            '@rolefit/crawlers': source('packages/crawlers/src/index.ts'),
            '@rolefit/rankers': source('packages/rankers/src/index.ts'),
            '@rolefit/ats': source('packages/ats/src/index.ts'),
            '@rolefit/ats/resume': source('packages/ats/src/resume.ts'),
            '@rolefit/career': source('packages/career/src/index.ts'),
            '@rolefit/cli': source('packages/cli/src/index.ts'),
            '@rolefit/store-elastic': source('packages/store-elastic/src/index.ts'),
            '@rolefit/notify': source('packages/notify/src/index.ts'),
            // The private evaluation harness (the "Measure it" steps run inside this repository) and what it imports.
            '@rolefit/eval': source('packages/eval/src/index.ts'),
            '@rolefit/rankers/testing': source('packages/rankers/src/testing/index.ts'),
            '@rolefit/core/internal': source('packages/core/src/internal/index.ts'),
            '@rolefit/core/base': source('packages/core/src/base/index.ts'),
            '@rolefit/ats/read': source('packages/ats/src/read.ts'),
            '@rolefit/core/text': source('packages/core/src/text/index.ts'),
            '@rolefit/dev-tools': source('tools/src/index.ts'),
            // Optional peers, as an app that installed them sees them.
            '@huggingface/transformers': peerTypes('@huggingface/transformers'),
            'node-llama-cpp': peerTypes('node-llama-cpp'),
          },
        },
        include: ['./*.mts', './*.ts'],
      }),
    );
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    let output = '';
    try {
      execFileSync(process.execPath, [tsc, '-p', join(directory, 'tsconfig.json'), '--pretty', 'false'], {
        cwd: root,
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (error) {
      output = `${(error as { stdout?: string }).stdout ?? ''}${(error as { stderr?: string }).stderr ?? ''}`;
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
    // Point each error at the guide and line it came from.
    const located = output
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const match = /([^/\\]+\.m?ts)\((\d+),(\d+)\): (.*)$/.exec(line);
        const snippet = match ? names.get(match[1]!) : undefined;
        return snippet ? `${snippet.file}:${snippet.line + Number(match![2]) - 1}: ${match![4]}` : line;
      });
    expect(located).toEqual([]);
  }, 240_000);
});

/** The `rolefit …` command lines of a markdown file's sh blocks (after any `NAME=value` prefixes, without the comment). */
export function extractCommandLines(
  file: string,
  text: string,
): Array<{ file: string; line: number; words: string[] }> {
  const commands: Array<{ file: string; line: number; words: string[] }> = [];
  let inShell = false;
  text.split('\n').forEach((line, index) => {
    if (/^\s*```/.test(line)) {
      inShell = !inShell && /^\s*```(sh|bash|shell)\s*$/.test(line);
      return;
    }
    const command = inShell ? /^\s*(?:[A-Z_]+=\S+\s+)*rolefit\s+(.*)$/.exec(line) : null;
    if (!command) return;
    // Words as a shell splits them (double-quoted words kept whole), up to a `#` comment.
    const words = [...command[1]!.matchAll(/"[^"]*"|#.*|\S+/g)]
      .map((match) => match[0])
      .filter((word) => !word.startsWith('#'));
    commands.push({ file, line: index + 1, words });
  });
  return commands;
}

describe('rolefit command lines in the docs', () => {
  const lines = guides.flatMap((file) => extractCommandLines(file, readFileSync(join(root, file), 'utf8')));

  it('finds them', () => {
    expect(lines.length).toBeGreaterThan(20);
    expect(
      extractCommandLines(
        'x.md',
        '```sh\nX=1 rolefit crawl hh --text "a b" # note --nope\n```\nrolefit parse no.pdf\n',
      ),
    ).toEqual([{ file: 'x.md', line: 2, words: ['crawl', 'hh', '--text', '"a b"'] }]);
  });

  it('name commands and options the command knows', () => {
    const problems: string[] = [];
    for (const { file, line, words } of lines) {
      const [command, ...rest] = words;
      if (!(ROLEFIT_COMMANDS as readonly string[]).includes(command!)) {
        problems.push(`${file}:${line}: unknown command "${command}"`);
        continue;
      }
      // watch takes crawl's sources and filters ("as for rolefit crawl").
      const usage = COMMAND_USAGE[command as RolefitCommand] + (command === 'watch' ? COMMAND_USAGE.crawl : '');
      for (const option of rest.filter((word) => word.startsWith('--')))
        if (!new RegExp(`(^|[\\s\\[(|,])${option}(?![\\w-])`).test(usage))
          problems.push(`${file}:${line}: rolefit ${command} has no ${option}`);
    }
    expect(problems).toEqual([]);
  });

  it("the CLI README's Profile JSON example is a valid Profile", () => {
    const readme = readFileSync(join(root, 'packages', 'cli', 'README.md'), 'utf8');
    const example = /A Profile JSON file, for example[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(
      example,
      'packages/cli/README.md shows a Profile JSON under "A Profile JSON file, for example"',
    ).toBeDefined();
    expect(parseProfile(JSON.parse(example!)).desiredTitles).toEqual(['Data Analyst']);
  });
});
