// createSkillTaxonomy and the taxonomy's methods refuse arguments of the wrong kind with a ValidationError naming them
// (round 17 of ADVERSARIAL.md); they were TypeErrors from inside: createSkillTaxonomy(null) "definitions is not
// iterable", lookup(undefined) and extract(42) "(reading 'length')", canonicalize(undefined) "names is not iterable".
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/validation-error.js';
import { createSkillTaxonomy, getDefaultSkillTaxonomy } from './taxonomy.js';

const taxonomy = getDefaultSkillTaxonomy();
const cases: Array<[() => unknown, string]> = [
  [
    () => createSkillTaxonomy(null as never),
    'Invalid createSkillTaxonomy: definitions: must be a list of SkillDefinitions, got null',
  ],
  [() => createSkillTaxonomy([42] as never), 'Invalid createSkillTaxonomy: definitions.0: must be a SkillDefinition'],
  [() => createSkillTaxonomy([{ category: 'tool' }] as never), 'definitions.0.name: must be a string, got undefined'],
  [() => taxonomy.lookup(undefined as never), 'Invalid SkillTaxonomy.lookup: term: must be a string, got undefined'],
  [() => taxonomy.extract(42 as never), 'Invalid SkillTaxonomy.extract: text: must be a string, got a number (42)'],
  [
    () => taxonomy.extractNames({} as never),
    'Invalid SkillTaxonomy.extractNames: text: must be a string, got an object',
  ],
  [
    () => taxonomy.canonicalize(undefined as never),
    'Invalid SkillTaxonomy.canonicalize: names: must be a list of skill names',
  ],
  [
    () => taxonomy.canonicalize(['SQL', null] as never),
    'Invalid SkillTaxonomy.canonicalize: names.1: must be a string, got null',
  ],
];

describe('the skill taxonomy: arguments of the wrong kind', () => {
  for (const [call, message] of cases)
    it(message, () => {
      expect(call).toThrow(ValidationError);
      expect(call).toThrow(message);
    });

  it('answers good ones as before', () => {
    expect(taxonomy.lookup('postgres')?.name).toBe('PostgreSQL');
    expect(taxonomy.canonicalize(['postgres', ' ', 'PostgreSQL'])).toEqual(['PostgreSQL']);
    expect(createSkillTaxonomy(taxonomy.all().slice(0, 1)).size).toBe(1);
  });
});
