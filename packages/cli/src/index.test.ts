import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMAND_USAGE, ROLEFIT_COMMANDS, ROLEFIT_USAGE, runRolefitCli } from './index.js';

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runRolefitCli(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { code, stdout, stderr };
}

describe('runRolefitCli', () => {
  it("shows in each command's usage line every option its Options list names (--time-limit was only in the list)", () => {
    for (const command of ROLEFIT_COMMANDS) {
      const usage = COMMAND_USAGE[command];
      const head = usage.slice(0, usage.indexOf('\n\n'));
      const listed = [...usage.slice(usage.indexOf('\nOptions:')).matchAll(/^ {2}(--[a-z-]+)/gm)].map(
        (match) => match[1]!,
      );
      expect(
        listed.filter((option) => option !== '--help' && !new RegExp(`${option}(?![\\w-])`).test(head)),
        command,
      ).toEqual([]);
    }
  });

  it('prints the general usage for --help, naming every command, and each command its own', async () => {
    expect(await run(['--help'])).toEqual({ code: 0, stdout: ROLEFIT_USAGE, stderr: '' });
    for (const command of ROLEFIT_COMMANDS) {
      expect(ROLEFIT_USAGE).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
      expect(COMMAND_USAGE[command]).toMatch(new RegExp(`^Usage: rolefit ${command}\\b`));
      expect(await run([command, '--help']), command).toEqual({ code: 0, stdout: COMMAND_USAGE[command], stderr: '' });
    }
  });

  it('takes "help" and "help <command>" as --help', async () => {
    expect(await run(['help'])).toEqual({ code: 0, stdout: ROLEFIT_USAGE, stderr: '' });
    expect(await run(['help', '--help'])).toEqual({ code: 0, stdout: ROLEFIT_USAGE, stderr: '' });
    expect(await run(['help', 'recommend'])).toEqual({ code: 0, stdout: COMMAND_USAGE.recommend, stderr: '' });
    const unknown = await run(['help', 'nope']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe(`rolefit: unknown command "nope"\n\n${ROLEFIT_USAGE}`);
  });

  it('prints the version of its package.json for --version and -V', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    expect(await run(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    expect(await run(['-V'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('answers a missing or unknown command, or an unknown option, with exit code 2 and the usage on stderr', async () => {
    for (const argv of [[], ['nope'], ['--nope']]) {
      const result = await run(argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(ROLEFIT_USAGE);
    }
    const unknownOption = await run(['recommend', '--resume', 'x.pdf', '--store', 'x.json', '--rankr', 'bm25']);
    expect(unknownOption.code).toBe(2);
    expect(unknownOption.stderr).toMatch(/^rolefit: unknown option "--rankr"\n\nUsage: rolefit recommend/);
    // A value that starts with a dash: how to write it, not parseArgs's bare "argument is ambiguous".
    const dashValue = await run(['recommend', '--resume', 'x.pdf', '--store', 'x.json', '--limit', '-1']);
    expect(dashValue.code).toBe(2);
    expect(dashValue.stderr).toMatch(
      /^rolefit: --limit needs a value; a value that starts with "-" is written --limit=-…, in one argument\n\nUsage: rolefit recommend/,
    );
    // An option at the end without its value: said as above, not in parseArgs's notation ("Option '--store <value>'
    // argument missing").
    for (const argv of [
      ['recommend', '--resume', 'x.pdf', '--store'],
      ['check', '--store'],
      ['crawl', 'file', '--store', 'x.json', '--path'],
    ]) {
      const missingValue = await run(argv);
      expect(missingValue.code).toBe(2);
      expect(missingValue.stderr).toMatch(
        new RegExp(`^rolefit: ${argv.at(-1)} needs a value\n\nUsage: rolefit ${argv[0]}`),
      );
    }
    const badLimit = await run(['recommend', '--resume', 'x.pdf', '--store', 'x.json', '--limit', '0']);
    expect(badLimit.code).toBe(2);
    expect(badLimit.stderr).toMatch(/^rolefit: --limit must be a whole number from 1 to 1000, got "0"/);
    const badRanker = await run(['recommend', '--resume', 'x.pdf', '--store', 'x.json', '--ranker', 'magic']);
    expect(badRanker.stderr).toMatch(/^rolefit: --ranker must be one of default, multi-factor, bm25, got "magic"/);
  });
});
