// writeDevSet, buildDevSets and runBuildDevSetsCli refuse arguments of the wrong kind with core's ValidationError naming
// them (round 17 of ADVERSARIAL.md); they were TypeErrors from inside: writeDevSet('x', 'x') "Cannot destructure
// property 'name' of 'set'", buildDevSets(undefined) "(reading 'sets')", runBuildDevSetsCli([], undefined) node's
// "paths[0]". A set name with a slash would have removed and written a folder outside the output folder.
import { isValidationError } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { buildDevSets, runBuildDevSetsCli } from './build.js';
import { writeDevSet } from './write.js';

const emptySplit = { jobs: [], resumes: [], qrels: [] };
const set = (over: Record<string, unknown>) =>
  ({ name: 'x', splits: { train: emptySplit, test: emptySplit }, describe: '', query: 'resume', ...over }) as never;

const refusals: Array<[string, () => unknown, string]> = [
  ['writeDevSet', () => writeDevSet('/tmp/none', '/tmp/none', undefined as never), 'set: must be a DevSet'],
  ['writeDevSet', () => writeDevSet(42 as never, '/tmp/none', set({})), 'outRoot: must be a string, got a number (42)'],
  ['writeDevSet', () => writeDevSet('/tmp/none', null as never, set({})), 'dataRoot: must be a string, got null'],
  [
    'writeDevSet',
    () => writeDevSet('/tmp/none', '/tmp/none', set({ name: '../up' })),
    'set.name: must be a folder name',
  ],
  ['writeDevSet', () => writeDevSet('/tmp/none', '/tmp/none', set({ name: 7 })), 'set.name: must be a folder name'],
  [
    'writeDevSet',
    () => writeDevSet('/tmp/none', '/tmp/none', set({ splits: { train: emptySplit } })),
    'set.splits.test: must be a DevSetData',
  ],
  ['BuildDevSetsSettings', () => buildDevSets(undefined as never), '(root): must be a settings object, got undefined'],
  ['BuildDevSetsSettings', () => buildDevSets({} as never), 'repository: must be a string, got undefined'],
  [
    'BuildDevSetsSettings',
    () => buildDevSets({ repository: '/r', sets: 'ember' } as never),
    'sets: must be a list of set names',
  ],
  [
    'BuildDevSetsSettings',
    () => buildDevSets({ repository: '/r', output: '/o' } as never),
    "output: unknown key 'output' (did you mean 'out'?)",
  ],
  [
    'runBuildDevSetsCli',
    () => runBuildDevSetsCli(undefined as never, '/r'),
    'argv: must be a list of strings, got undefined',
  ],
  ['runBuildDevSetsCli', () => runBuildDevSetsCli([], {} as never), 'repository: must be a string, got an object'],
];

describe('dev-set writers: arguments of the wrong kind', () => {
  for (const [name, call, message] of refusals)
    it(`${name}: ${message}`, () => {
      let thrown: unknown;
      try {
        call();
      } catch (error) {
        thrown = error;
      }
      expect(isValidationError(thrown), String(thrown)).toBe(true);
      expect((thrown as Error).message).toContain(`Invalid ${name}: ${message}`);
    });
});
