import { describe, expect, it } from 'vitest';
import { termKey } from '../compile.js';
import { getDefaultSkillTaxonomy } from '../taxonomy.js';
import { skillCategories, type SkillAlias, type SkillDefinition } from '../types.js';
import { allSkillDefinitions } from './index.js';

// Bare one- or two-letter words ("R", "Go", "IT") are too ambiguous to match without a rule.
const SHORT_WORD = /^[\p{L}\p{N}]{1,2}$/u;

const aliasText = (alias: SkillAlias): string => (typeof alias === 'string' ? alias : alias.text);

// Ordinary spellings of a skill: the name unless a rule governs it, and every plain-text alias.
function plainSpellings(definition: SkillDefinition): string[] {
  const ruled = definition.aliases
    .filter((alias) => typeof alias !== 'string')
    .map((alias) => termKey(aliasText(alias)));
  const spellings = definition.aliases.filter((alias): alias is string => typeof alias === 'string');
  return ruled.includes(termKey(definition.name)) ? spellings : [definition.name, ...spellings];
}

describe('built-in skill data', () => {
  it('has at least 1,100 skills', () => {
    expect(allSkillDefinitions.length).toBeGreaterThanOrEqual(1100);
    expect(getDefaultSkillTaxonomy().size).toBe(allSkillDefinitions.length);
  });

  it('gives every skill an alias that differs from its name', () => {
    const withoutAlias = allSkillDefinitions
      .filter(
        (definition) =>
          !definition.aliases.some((alias) => aliasText(alias).toLowerCase() !== definition.name.toLowerCase()),
      )
      .map((definition) => definition.name);
    expect(withoutAlias).toEqual([]);
  });

  it('never maps one alias to two skills', () => {
    const owners = new Map<string, Set<string>>();
    for (const definition of allSkillDefinitions) {
      for (const text of [definition.name, ...definition.aliases.map(aliasText)]) {
        const key = termKey(text);
        owners.set(key, (owners.get(key) ?? new Set()).add(definition.name));
      }
    }
    const shared = [...owners]
      .filter(([, names]) => names.size > 1)
      .map(([key, names]) => `${key}: ${[...names].join(', ')}`);
    expect(shared).toEqual([]);
  });

  it('looks every name and alias up as its own skill', () => {
    const taxonomy = getDefaultSkillTaxonomy();
    const wrong: string[] = [];
    for (const definition of allSkillDefinitions) {
      for (const text of [definition.name, ...definition.aliases.map(aliasText)]) {
        const found = taxonomy.lookup(text)?.name;
        if (found !== definition.name) wrong.push(`${text} → ${found ?? 'nothing'} (expected ${definition.name})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('extracts every ordinary spelling, on its own, as exactly its skill', () => {
    const taxonomy = getDefaultSkillTaxonomy();
    const wrong: string[] = [];
    for (const definition of allSkillDefinitions) {
      for (const text of plainSpellings(definition)) {
        const mentions = taxonomy.extract(text);
        const [only] = mentions;
        if (mentions.length !== 1 || only?.skill !== definition.name || only.text !== text) {
          wrong.push(`${text} → ${mentions.map((mention) => mention.skill).join(' + ') || 'nothing'}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('guards every one- or two-letter alias with a rule', () => {
    const unguarded = allSkillDefinitions.flatMap((definition) =>
      plainSpellings(definition).filter((text) => SHORT_WORD.test(text)),
    );
    expect(unguarded).toEqual([]);
  });

  it('spreads skills over 20 to 31 categories with at least ten skills each', () => {
    expect(skillCategories.length).toBeGreaterThanOrEqual(20);
    expect(skillCategories.length).toBeLessThanOrEqual(31);
    for (const category of skillCategories) {
      const count = allSkillDefinitions.filter((definition) => definition.category === category).length;
      expect(count, category).toBeGreaterThanOrEqual(10);
    }
  });

  it('covers non-tech trades as well as technology', () => {
    const taxonomy = getDefaultSkillTaxonomy();
    for (const term of [
      'CDL',
      'forklift',
      'PMP',
      'CPA',
      'phlebotomy',
      'dental hygienist',
      'MIG',
      'HVAC',
      'plumber',
      'CNC',
      'bartender',
      'payroll',
      'IEP',
    ]) {
      expect(taxonomy.lookup(term), term).toBeDefined();
    }
  });

  it('knows the misspellings résumés commonly write ("HIPPA", "MS Excell") as their skills', () => {
    const taxonomy = getDefaultSkillTaxonomy();
    expect(taxonomy.extractNames('HIPPA compliance training; reports in MS Excell')).toEqual([
      'HIPAA',
      'Microsoft Excel',
    ]);
    // The bare word stays unread: it is also the verb misspelt.
    expect(taxonomy.extractNames('I excell at teamwork')).not.toContain('Microsoft Excel');
  });

  it('knows "Redhat" in one word as Red Hat Enterprise Linux, not "Red Hat" alone in prose (also the employer)', () => {
    const taxonomy = getDefaultSkillTaxonomy();
    // As UpdatedResumeDataSet row 599 writes it ("Redhat Satellite server"); the rest made up.
    expect(taxonomy.extractNames('Operating Systems: Windows, Redhat, Ubuntu')).toContain('Red Hat Enterprise Linux');
    expect(taxonomy.extractNames('Patched Redhat Linux 7 servers')).toContain('Red Hat Enterprise Linux');
    expect(taxonomy.extractNames('Sales engineer at Red Hat')).not.toContain('Red Hat Enterprise Linux');
  });
});
