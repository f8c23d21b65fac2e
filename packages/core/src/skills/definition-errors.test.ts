// createSkillTaxonomy refuses a bad definition with a ValidationError naming it (round 18 of ADVERSARIAL.md): the
// compiler's plain `Error`s (an unknown category, a name not trimmed, two skills sharing a spelling) reached the
// caller of this public function as they were, and aliases that are no list were "aliases.some is not a function".
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/validation-error.js';
import { skillTaxonomyProblem } from '../errors/argument.js';
import { createSkillTaxonomy } from './taxonomy.js';

const sql = { name: 'SQL', category: 'database', aliases: ['structured query language'] };

describe('createSkillTaxonomy: a bad definition', () => {
  const cases: Array<[string, unknown[], string]> = [
    [
      'an unknown category',
      [sql, { name: 'Knitting', category: 'crafts', aliases: [] }],
      'Invalid createSkillTaxonomy: definitions.1.category: Skill "Knitting" has unknown category "crafts" (one of ',
    ],
    [
      'a category of another kind',
      [{ name: 'Knitting', category: 42, aliases: [] }],
      'Invalid createSkillTaxonomy: definitions.0.category: Skill "Knitting" has unknown category 42',
    ],
    [
      'aliases that are no list',
      [{ name: 'Knitting', category: 'database', aliases: 'wool' }],
      'Invalid createSkillTaxonomy: definitions.0.aliases: must be a list of aliases, got a string',
    ],
    [
      'an alias of another kind',
      [{ name: 'Knitting', category: 'database', aliases: ['wool', 42] }],
      'Invalid createSkillTaxonomy: definitions.0.aliases.1: must be a string or { text, … }, got a number (42)',
    ],
    [
      'a name not trimmed',
      [{ name: ' SQL', category: 'database', aliases: [] }],
      'Invalid createSkillTaxonomy: definitions.0.name: Skill name " SQL" must be non-empty and trimmed',
    ],
    [
      'a skill defined twice',
      [sql, { ...sql }],
      'Invalid createSkillTaxonomy: definitions.1.name: Skill "SQL" is defined twice',
    ],
    [
      'an alias two skills share',
      [sql, { name: 'Postgres', category: 'database', aliases: ['Structured Query Language'] }],
      'Invalid createSkillTaxonomy: definitions.1.aliases: Skill alias',
    ],
  ];
  for (const [name, definitions, message] of cases)
    it(`${name}: ${message}`, () => {
      expect(() => createSkillTaxonomy(definitions as never)).toThrow(ValidationError);
      expect(() => createSkillTaxonomy(definitions as never)).toThrow(message);
    });

  it('good definitions build as before', () => {
    expect(createSkillTaxonomy([sql as never]).lookup('structured query language')?.name).toBe('SQL');
  });
});

describe('skillTaxonomyProblem', () => {
  it('names what is no SkillTaxonomy, and passes one', () => {
    expect(skillTaxonomyProblem('x')).toBe('must be a SkillTaxonomy (createSkillTaxonomy()), got a string');
    expect(skillTaxonomyProblem({})).toBe('must be a SkillTaxonomy (createSkillTaxonomy()), got an object');
    expect(skillTaxonomyProblem(null)).toBe('must be a SkillTaxonomy (createSkillTaxonomy()), got null');
    expect(skillTaxonomyProblem(createSkillTaxonomy([sql as never]))).toBeUndefined();
  });
});
