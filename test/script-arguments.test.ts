import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readScriptArguments, ScriptUsageError, scriptUsage } from '../scripts/script-arguments.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const options = { options: { sets: { type: 'string' as const }, json: { type: 'boolean' as const, default: false } } };

// The scripts that take options through scripts/script-arguments.mjs: each answers --help with its usage and a bad
// option with exit 2 (before, node's ERR_PARSE_ARGS_UNKNOWN_OPTION stack trace, exit 1).
const scripts = [
  'bench/adversarial.mjs',
  'bench/fuzz-inputs.mjs',
  'bench/hostile-battery.mjs',
  'bench/hostile-records.mjs',
  'bench/learning-curve.mjs',
  'bench/occupation-reading.mjs',
  'bench/probe-arguments.mjs',
  'bench/probe-store-filters.mjs',
  'bench/query-adaptive-fusion.mjs',
  'bench/retrieval-recall.mjs',
  'scripts/build-work-nature-data.mjs',
  'scripts/eval-skills.mjs',
];

describe('script arguments', () => {
  it('reads options, drops the leading -- pnpm 10 passes on, and adds --help', () => {
    expect(readScriptArguments(['--', '--sets', 'a,b', '--json'], options).values).toEqual({
      sets: 'a,b',
      json: true,
      help: false,
    });
    expect(readScriptArguments(['--help'], options).values.help).toBe(true);
  });

  it('refuses an unknown or malformed option with a ScriptUsageError naming it', () => {
    expect(() => readScriptArguments(['--nope'], options)).toThrow(ScriptUsageError);
    expect(() => readScriptArguments(['--nope'], options)).toThrow(/--nope/);
    expect(() => readScriptArguments(['--sets'], options)).toThrow(/--sets/);
  });

  it("takes a script's usage from its leading comment block", () => {
    const usage = scriptUsage(pathToFileURL(`${root}bench/learning-curve.mjs`).href);
    expect(usage).toMatch(/^`node bench\/learning-curve\.mjs \[--train DIR\]/);
    expect(usage).not.toMatch(/^#!|^\/\/|import /m);
  });

  it.each(scripts)('%s: --help prints its usage (exit 0), an unknown option exits 2 naming it', (script) => {
    const help = spawnSync(process.execPath, [script, '--help'], { cwd: root, encoding: 'utf8' });
    expect(help.status, help.stderr).toBe(0);
    expect(help.stdout.trim().length).toBeGreaterThan(40);
    const bad = spawnSync(process.execPath, [script, '--', '--no-such-option'], { cwd: root, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("Unknown option '--no-such-option'");
    expect(bad.stderr).not.toContain('ERR_PARSE_ARGS');
  });
});
