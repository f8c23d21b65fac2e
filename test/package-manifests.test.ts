// The fields npm shows on a package's page and provenance reads, in every published manifest: `repository` (with the
// package's folder as `directory`), `homepage` and `bugs`, all naming the same repository. publint checks the packed
// manifests in packed-packages.test.ts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_USER_AGENT } from '@rolefit/crawlers';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../', import.meta.url));

/** The fields of a package.json this test reads. */
interface Manifest {
  name: string;
  private?: boolean;
  repository?: unknown;
  homepage?: unknown;
  bugs?: unknown;
}

const manifests = readdirSync(join(root, 'packages'))
  .filter((dir) => existsSync(join(root, 'packages', dir, 'package.json')))
  .map((dir) => ({
    dir,
    manifest: JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8')) as Manifest,
  }));
const published = manifests.filter(({ manifest }) => !manifest.private);

/** `https://github.com/owner/name` from a git URL npm accepts (`git+https://…/name.git`). */
function webAddressOf(gitUrl: string): string {
  return gitUrl.replace(/^git\+/, '').replace(/\.git$/, '');
}

describe('published package manifests', () => {
  it('there are published packages, and the private ones are left out', () => {
    expect(published.map(({ manifest }) => manifest.name)).toEqual(expect.arrayContaining(['@rolefit/core']));
    expect(published.length).toBeLessThan(manifests.length);
  });

  it('each names the repository, its folder in it, a homepage and where to report bugs', () => {
    const repositories = new Set<string>();
    for (const { dir, manifest } of published) {
      const { repository, homepage, bugs } = manifest;
      expect(repository, `${manifest.name}: repository`).toEqual({
        type: 'git',
        url: expect.stringMatching(/^git\+https:\/\/github\.com\/[\w.-]+\/[\w.-]+\.git$/),
        directory: `packages/${dir}`,
      });
      const url = (repository as { url: string }).url;
      repositories.add(url);
      const web = webAddressOf(url);
      expect(homepage, `${manifest.name}: homepage`).toBe(`${web}/tree/main/packages/${dir}#readme`);
      expect(bugs, `${manifest.name}: bugs`).toEqual({ url: `${web}/issues` });
    }
    expect([...repositories], 'one repository for all packages').toHaveLength(1);
  });

  it('the repository is the one the crawlers name in their User-Agent', () => {
    const url = (published[0]!.manifest.repository as { url: string }).url;
    expect(DEFAULT_USER_AGENT).toContain(`(+${webAddressOf(url)})`);
  });
});
