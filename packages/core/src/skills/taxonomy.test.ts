import { describe, expect, it } from 'vitest';
import { canonicalSkillName, createSkillTaxonomy, extractSkills, getDefaultSkillTaxonomy } from './taxonomy.js';
import { skillCategories, type SkillDefinition } from './types.js';

const small: readonly SkillDefinition[] = [
  { name: 'Kubernetes', category: 'cloud-and-devops', aliases: ['k8s', 'kube'] },
  {
    name: 'Go',
    category: 'programming-language',
    aliases: ['Golang', { text: 'Go', caseSensitive: true, unlessFollowedBy: ['to'] }],
  },
  { name: 'Email Marketing', category: 'sales-and-marketing', aliases: ['e-mail marketing'] },
  {
    name: 'Chef Infra',
    category: 'cloud-and-devops',
    aliases: [{ text: 'Chef', caseSensitive: true, contextWords: ['ansible'] }],
  },
];

describe('createSkillTaxonomy', () => {
  it('builds a taxonomy from custom definitions', () => {
    const taxonomy = createSkillTaxonomy(small);
    expect(taxonomy.size).toBe(4);
    expect(taxonomy.all().map((definition) => definition.name)).toEqual([
      'Kubernetes',
      'Go',
      'Email Marketing',
      'Chef Infra',
    ]);
    expect(taxonomy.categories()).toEqual(['programming-language', 'cloud-and-devops', 'sales-and-marketing']);
  });

  it('looks terms up by name or alias, ignoring case, hyphens and width', () => {
    const taxonomy = createSkillTaxonomy(small);
    expect(taxonomy.lookup('KUBE')?.name).toBe('Kubernetes');
    expect(taxonomy.lookup('kubernetes')?.name).toBe('Kubernetes');
    expect(taxonomy.lookup('email marketing')?.name).toBe('Email Marketing');
    expect(taxonomy.lookup('E-Mail Marketing')?.name).toBe('Email Marketing');
    expect(taxonomy.lookup('ｋ８ｓ')?.name).toBe('Kubernetes');
    // An isolated term is already known to be a skill, so case rules do not apply to lookups.
    expect(taxonomy.lookup('go')?.name).toBe('Go');
    expect(taxonomy.lookup('Docker')).toBeUndefined();
    // A version after the name is the same skill; a number alone, or after an unknown name, is not.
    expect(taxonomy.lookup('Kubernetes 1.29')?.name).toBe('Kubernetes');
    expect(taxonomy.lookup('k8s v1')?.name).toBe('Kubernetes');
    expect(taxonomy.lookup('Golang 1.x')?.name).toBe('Go');
    expect(taxonomy.lookup('Docker 20')).toBeUndefined();
    expect(taxonomy.lookup('Kubernetes cluster')).toBeUndefined();
    // Other spaces, hyphens, slashes or dots than any spelling lists, as résumés' lists write names.
    expect(taxonomy.lookup('Kube Rnetes')?.name).toBe('Kubernetes');
    expect(taxonomy.lookup('K.u.b.e')?.name).toBe('Kubernetes');
    expect(taxonomy.lookup('Kuberne tes 1.29')?.name).toBe('Kubernetes');
    // Short names are not respelled, nor terms longer than any name (a list's whole line is not tokenized twice).
    expect(taxonomy.lookup('g-o')).toBeUndefined();
    expect(taxonomy.lookup(`Kube${'-'.repeat(200)}rnetes`)).toBeUndefined();
  });

  it('applies alias rules when extracting', () => {
    const taxonomy = createSkillTaxonomy(small);
    expect(taxonomy.extractNames('Go to the kube cluster; we go fast')).toEqual(['Kubernetes']);
    expect(taxonomy.extractNames('Services in Go on k8s')).toEqual(['Go', 'Kubernetes']);
    expect(taxonomy.extractNames('Chef wanted')).toEqual([]);
    expect(taxonomy.extractNames('Chef or Ansible')).toEqual(['Chef Infra']);
    expect(taxonomy.extractNames('Chef on Kubernetes')).toEqual(['Chef Infra', 'Kubernetes']);
  });

  it('rejects an alias used by two skills, naming the alias and both skills', () => {
    const clash: SkillDefinition[] = [...small, { name: 'Docker', category: 'cloud-and-devops', aliases: ['K8S'] }];
    expect(() => createSkillTaxonomy(clash)).toThrow(
      'Skill alias "K8S" of "Docker" clashes with "k8s" of "Kubernetes"',
    );
  });

  it('rejects a clash that only shows after joining a hyphenated name', () => {
    const clash: SkillDefinition[] = [
      { name: 'Shop Operations', category: 'retail-and-customer-service', aliases: ['ecommerce'] },
      { name: 'E-commerce', category: 'sales-and-marketing', aliases: ['online retail'] },
    ];
    expect(() => createSkillTaxonomy(clash)).toThrow(
      'Skill alias "Ecommerce" (from "E-commerce") of "E-commerce" clashes with "ecommerce" of "Shop Operations"',
    );
  });

  it('rejects a name used twice', () => {
    const twice: SkillDefinition[] = [
      ...small,
      { name: 'kubernetes', category: 'cloud-and-devops', aliases: ['kubes'] },
    ];
    expect(() => createSkillTaxonomy(twice)).toThrow('Skill "kubernetes" is defined twice');
  });

  it('rejects an unknown category, an untrimmed name and an empty alias', () => {
    const wrongCategory = { name: 'Juggling', category: 'circus', aliases: ['juggle'] } as unknown as SkillDefinition;
    expect(() => createSkillTaxonomy([wrongCategory])).toThrow('unknown category "circus"');
    expect(() => createSkillTaxonomy([{ name: ' Go', category: 'programming-language', aliases: ['golang'] }])).toThrow(
      'trimmed',
    );
    expect(() => createSkillTaxonomy([{ name: 'Go', category: 'programming-language', aliases: ['--'] }])).toThrow(
      'no letters or digits',
    );
  });

  it('extractNames lists each skill once, in first-seen order', () => {
    const taxonomy = createSkillTaxonomy(small);
    expect(taxonomy.extractNames('k8s, Golang, kube, e-mail marketing, Kubernetes')).toEqual([
      'Kubernetes',
      'Go',
      'Email Marketing',
    ]);
  });

  it('extractNames answers each text afresh, however texts alternate, with a list of its own each time', () => {
    const taxonomy = createSkillTaxonomy(small);
    const texts = ['k8s and Golang', 'e-mail marketing', 'k8s and Golang', 'nothing here', 'e-mail marketing'];
    const expected = [['Kubernetes', 'Go'], ['Email Marketing'], ['Kubernetes', 'Go'], [], ['Email Marketing']];
    texts.forEach((text, index) => expect(taxonomy.extractNames(text), text).toEqual(expected[index]));
    // The same text twice in a row (the last one is kept): a new list each time, so changing one changes nothing else.
    const first = taxonomy.extractNames('k8s and Golang');
    first.push('Changed');
    const second = taxonomy.extractNames('k8s and Golang');
    expect(second).toEqual(['Kubernetes', 'Go']);
    expect(second).not.toBe(first);
    second.length = 0;
    expect(taxonomy.extractNames('k8s and Golang')).toEqual(['Kubernetes', 'Go']);
  });
});

describe('canonicalize', () => {
  it('maps known names, keeps unknown ones trimmed and drops case-insensitive repeats', () => {
    const taxonomy = getDefaultSkillTaxonomy();
    expect(
      taxonomy.canonicalize([
        'k8s',
        'Kubernetes',
        ' postgres ',
        'Quantum Basket Weaving',
        'quantum basket weaving ',
        '',
        '   ',
        'JS',
      ]),
    ).toEqual(['Kubernetes', 'PostgreSQL', 'Quantum Basket Weaving', 'JavaScript']);
  });

  it('understands job-board tags with an abbreviation in brackets', () => {
    const taxonomy = getDefaultSkillTaxonomy();
    expect(taxonomy.canonicalize(['information technology (it)', 'Human Resources (HR)', 'Widgets (CNC)'])).toEqual([
      'Information Technology',
      'Human Resources',
      'CNC Machining',
    ]);
  });

  it('reads a tag of a million spaces before a bracket that never closes (the bracket regex retried at each space)', () => {
    // `/^(.*?)\s*\(([^()]+)\)\s*$/` took each space as the end of the text before the bracket and the rest as spaces
    // before it: about 5·10¹¹ steps here, minutes; now one pass.
    const taxonomy = getDefaultSkillTaxonomy();
    expect(taxonomy.lookup(`Kubernetes${' '.repeat(1_000_000)}(`)).toBeUndefined();
    expect(taxonomy.lookup(`Widgets${' '.repeat(1_000_000)}(CNC) \n`)?.name).toBe('CNC Machining');
  });
});

describe('default taxonomy', () => {
  it('is built once and shared', () => {
    expect(getDefaultSkillTaxonomy()).toBe(getDefaultSkillTaxonomy());
  });

  it('uses every category', () => {
    expect(getDefaultSkillTaxonomy().categories()).toEqual([...skillCategories]);
  });

  it('backs the convenience functions', () => {
    expect(extractSkills('k8s').map((mention) => mention.skill)).toEqual(['Kubernetes']);
    expect(canonicalSkillName('Golang')).toBe('Go');
  });

  it('knows a name written with other spaces, hyphens, slashes or dots, where one skill is spelt so', () => {
    const names = ['Java Script', 'Quick Books', 'Sales Force', 'MSOffice', 'My/SQL', 'Pro Engineer', 'Share Point'];
    expect(names.map((name) => canonicalSkillName(name))).toEqual([
      'JavaScript',
      'QuickBooks',
      'Salesforce',
      'Microsoft Office',
      'MySQL',
      'PTC Creo',
      'SharePoint',
    ]);
    // "+" and "#" are a name's own; ".NET" is too short to be read in "Net".
    expect(canonicalSkillName('C ++')).toBe('C++');
    expect(canonicalSkillName('Net')).toBeUndefined();
  });

  it('knows the languages Indian resumes list, each by its name and other names (the résumé parser reads languages lines with it)', () => {
    const taxonomy = getDefaultSkillTaxonomy();
    const found = ['Kannada', 'Malayalam', 'Odia', 'Oriya', 'Assamese', 'Sanskrit', 'Konkani', 'Nepali', 'Sindhi'].map(
      (name) => [name, taxonomy.lookup(name)?.name, taxonomy.lookup(name)?.category],
    );
    expect(found).toEqual([
      ['Kannada', 'Kannada', 'language'],
      ['Malayalam', 'Malayalam', 'language'],
      ['Odia', 'Odia', 'language'],
      ['Oriya', 'Odia', 'language'],
      ['Assamese', 'Assamese', 'language'],
      ['Sanskrit', 'Sanskrit', 'language'],
      ['Konkani', 'Konkani', 'language'],
      ['Nepali', 'Nepali', 'language'],
      ['Sindhi', 'Sindhi', 'language'],
    ]);
    // A bare language name counts in text only near language words, as for the other languages.
    expect(taxonomy.extractNames('Languages: Kannada and English (fluent)')).toEqual(['Kannada', 'English']);
    expect(taxonomy.extractNames('Kannada Film Society')).toEqual([]);
  });
});
