// The skill caches that live longer than one ranking call (skills.ts): a ranker's own resolver and the stemmed words
// of skill names are bounded, and give the answers of working each one out afresh.
import { getDefaultSkillTaxonomy, parseResume, type SkillTaxonomy } from '@rolefit/core';
import { tokenize } from '@rolefit/core/text';
import { sampleResumes } from '@rolefit/core/samples';
import { describe, expect, it } from 'vitest';
import { personText } from './person.js';
import {
  createBoundedSkillResolver,
  createPersonSkills,
  createSkillResolver,
  phraseWords,
  phraseWordsKept,
  setPhraseWordsLimit,
  type ResolvedSkill,
} from './skills.js';

/** The default taxonomy, counting its lookups. */
function countingTaxonomy(): SkillTaxonomy & { lookups: number } {
  const base = getDefaultSkillTaxonomy();
  const taxonomy = {
    ...base,
    lookups: 0,
    lookup(term: string) {
      taxonomy.lookups += 1;
      return base.lookup(term);
    },
  };
  return taxonomy;
}

describe('createBoundedSkillResolver', () => {
  it('remembers at most its limit of names, then starts afresh, with the same answers', () => {
    const taxonomy = countingTaxonomy();
    const resolver = createBoundedSkillResolver(taxonomy, 2);
    const fresh = createSkillResolver(getDefaultSkillTaxonomy());
    const names = ['javascript', ' Kafka Streams ', 'PostgreSQL'];
    expect(resolver.resolve(names[0]!)).toEqual(fresh.resolve(names[0]!));
    expect(resolver.resolve(names[1]!)).toEqual(fresh.resolve(names[1]!));
    expect(taxonomy.lookups).toBe(2);
    // Remembered.
    resolver.resolve(names[0]!);
    expect(taxonomy.lookups).toBe(2);
    // A third name: the two kept are let go.
    expect(resolver.resolve(names[2]!)).toEqual(fresh.resolve(names[2]!));
    expect(taxonomy.lookups).toBe(3);
    expect(resolver.resolve(names[0]!)).toEqual(fresh.resolve(names[0]!));
    expect(taxonomy.lookups).toBe(4);
  });

  it('without a limit given, keeps far more than a batch of names', () => {
    const taxonomy = countingTaxonomy();
    const resolver = createBoundedSkillResolver(taxonomy);
    const names = Array.from({ length: 500 }, (_, index) => `skill ${index}`);
    for (const name of names) resolver.resolve(name);
    for (const name of names) resolver.resolve(name);
    expect(taxonomy.lookups).toBe(500);
  });
});

describe('phraseWords', () => {
  it('gives a name’s stemmed words and keeps at most its limit of names', () => {
    const previous = setPhraseWordsLimit(3);
    try {
      const names = ['Kafka Streams', 'Managing Databases', 'Running', 'Unit Testing', 'Go'];
      for (const name of names) {
        expect(phraseWords(name)).toEqual(tokenize(name, { stem: true }));
        expect(phraseWordsKept()).toBeLessThanOrEqual(3);
      }
      // Asked again (some kept, some let go): the same words.
      for (const name of names) expect(phraseWords(name)).toEqual(tokenize(name, { stem: true }));
      expect(phraseWordsKept()).toBeGreaterThan(0);
    } finally {
      setPhraseWordsLimit(previous);
    }
  });
});

describe('createPersonSkills', () => {
  it('finds a phrase of unknown words in the person’s text exactly where its words follow each other', () => {
    const text = `${personText({ resume: parseResume(sampleResumes[0]!) })}\nBuilt pipelines on Kafka Streams and Apache Flink jobs.`;
    const person = createPersonSkills(createSkillResolver(), ['Home-grown Tool'], text);
    const tokens = tokenize(`Home-grown Tool \n ${text}`, { stem: true });
    const joined = ` ${tokens.join(' ')} `;
    const unknown = (name: string): ResolvedSkill => ({ name, key: name.toLowerCase(), known: false });
    for (const name of [
      'Kafka Streams',
      'Streams Kafka',
      'Apache Flink',
      'Flink Apache',
      'Home-grown Tool',
      'Kafka Connect',
      'Pipelines on Kafka',
      'Nothing Here Qzx',
    ]) {
      const words = tokenize(name, { stem: true });
      const expected = words.length === 1 ? tokens.includes(words[0]!) : joined.includes(` ${words.join(' ')} `);
      expect(person.has(unknown(name)), name).toBe(expected);
    }
    expect(person.has(unknown('Kafka Streams'))).toBe(true);
    expect(person.has(unknown('Streams Kafka'))).toBe(false);
  });
});
