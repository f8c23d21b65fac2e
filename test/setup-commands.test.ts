import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

describe('README set-up commands', () => {
  const readme = read('README.md');
  const packageJson = JSON.parse(read('package.json')) as {
    packageManager: string;
    scripts: Record<string, string>;
    engines: { node: string };
  };
  // The set-up commands: one-line sh blocks that run pnpm (an `npm install @rolefit/…` block for users is not one).
  const commands = [...readme.matchAll(/```sh\n(.+)\n```/g)]
    .map((match) => match[1]!)
    .filter((command) => command.startsWith('npx --yes pnpm@'));

  it('pins pnpm in packageManager and uses that exact version in every command', () => {
    const version = /^pnpm@(\d+\.\d+\.\d+)$/.exec(packageJson.packageManager)?.[1];
    expect(version).toBeDefined();
    expect(commands).toHaveLength(2);
    for (const command of commands)
      for (const pinned of command.matchAll(/pnpm@([\w.]+)/g)) expect(pinned[1]).toBe(version);
  });

  it('has one demo command and one test command, both from a frozen lockfile', () => {
    expect(commands[0]).toMatch(/install --frozen-lockfile && npx --yes pnpm@[\d.]+ demo$/);
    expect(commands[1]).toMatch(/install --frozen-lockfile && npx --yes pnpm@[\d.]+ test$/);
    expect(packageJson.scripts.demo).toBeDefined();
    expect(packageJson.scripts.test).toBeDefined();
  });

  it('.ci/run runs exactly the README test command, after the system prerequisites of the browser and resume-reading tests', () => {
    const ciLines = read('.ci/run')
      .split('\n')
      .filter((line) => line.trim() && !line.startsWith('#') && !/^(set|cd) /.test(line));
    expect(ciLines).toEqual(['bash scripts/install-chromium.sh', 'bash scripts/install-test-tools.sh', commands[1]]);
  });

  it('every published package builds ESM + CJS with types, every private one ESM with types, all for Node >= 20.19', () => {
    for (const name of readdirSync(new URL('packages/', root))) {
      const manifest = JSON.parse(read(`packages/${name}/package.json`)) as {
        private?: boolean;
        engines: { node: string };
        exports: Record<string, { types?: string; import?: { types: string }; require?: { types: string } }>;
        scripts: { build: string };
      };
      expect(manifest.engines.node, name).toBe('>=20.19');
      expect(manifest.scripts.build, name).toBe('tsup');
      if (manifest.private === true) {
        // The evaluation harness (@rolefit/eval) is never published: ESM only.
        expect(manifest.exports['.']?.types, name).toBe('./dist/index.d.ts');
        continue;
      }
      expect(manifest.exports['.']?.import?.types, name).toBe('./dist/index.d.ts');
      expect(manifest.exports['.']?.require?.types, name).toBe('./dist/index.d.cts');
    }
  });
});
