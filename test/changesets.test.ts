// The pending changesets (.changeset/*.md) as `changeset version` reads them at release time. With
// `privatePackages.version: false` (.changeset/config.json), changesets treats the private packages (@rolefit/eval) as
// ignored, and refuses a changeset that names one beside a published package ("Mixed changesets that contain both
// ignored and not ignored packages are not allowed"): three such files made `changeset status` and `changeset version`
// fail. Read here from the files, so that a new one is caught by the tests, not at release.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../', import.meta.url));
const changesetFolder = join(root, '.changeset');

const packages = new Map(
  readdirSync(join(root, 'packages'))
    .filter((dir) => existsSync(join(root, 'packages', dir, 'package.json')))
    .map((dir) => {
      const manifest = JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8')) as {
        name: string;
        private?: boolean;
      };
      return [manifest.name, manifest.private === true] as const;
    }),
);

/** The packages a changeset's front matter names, with their bumps; undefined where the file has no front matter. */
function releasesOf(text: string): { name: string; bump: string }[] | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n?---/.exec(text);
  if (match === null) return undefined;
  return (match[1] ?? '')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const release = /^\s*(['"]?)(.+?)\1\s*:\s*(\S+)\s*$/.exec(line);
      return { name: release?.[2] ?? line, bump: release?.[3] ?? '' };
    });
}

const changesets = readdirSync(changesetFolder)
  .filter((file) => file.endsWith('.md') && file !== 'README.md')
  .map((file) => ({ file, releases: releasesOf(readFileSync(join(changesetFolder, file), 'utf8')) }));

describe('pending changesets', () => {
  it('there are some, and each opens with front matter', () => {
    expect(changesets.length).toBeGreaterThan(0);
    expect(changesets.filter(({ releases }) => releases === undefined).map(({ file }) => file)).toEqual([]);
  });

  it('name only workspace packages, each with a patch, minor or major bump', () => {
    const wrong = changesets.flatMap(({ file, releases }) =>
      (releases ?? [])
        .filter(({ name, bump }) => !packages.has(name) || !['patch', 'minor', 'major'].includes(bump))
        .map(({ name, bump }) => `${file}: ${name}: ${bump}`),
    );
    expect(wrong).toEqual([]);
  });

  it('never name a private package beside a published one (changesets refuses to version such a file)', () => {
    const mixed = changesets
      .filter(({ releases }) => {
        const kinds = new Set((releases ?? []).map(({ name }) => packages.get(name)));
        return kinds.has(true) && kinds.has(false);
      })
      .map(({ file }) => file);
    expect(mixed).toEqual([]);
  });
});
