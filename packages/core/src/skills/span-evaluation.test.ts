import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  countMatches,
  mentionsToSpans,
  readConll,
  readSkillSpan,
  sentenceText,
  spanScores,
  spansFromBio,
  unionOfSpans,
} from './span-evaluation.js';
import { extractSkills } from './taxonomy.js';

describe('span evaluation helpers', () => {
  it('reads BIO spans, an I after O opening one (as conlleval)', () => {
    expect(spansFromBio(['O', 'B', 'I', 'B', 'O', 'I', 'I'])).toEqual([
      { first: 1, last: 3 },
      { first: 3, last: 4 },
      { first: 5, last: 7 },
    ]);
    expect(spansFromBio(['B-Skill', 'I-Domain', 'I-Skill', 'B-Domain'], 'Skill')).toEqual([
      { first: 0, last: 1 },
      { first: 2, last: 3 },
    ]);
  });

  it('reads CoNLL lines (hand-written in the layout of Green et al.’s testset.txt: trailing space, blank lines)', () => {
    const sentences = readConll('\nUse O \nMicrosoft B-Skill \nExcel I-Skill \n\n\nBSc B-Qualification \n', 'green');
    expect(sentences.map((sentence) => sentence.tokens)).toEqual([['Use', 'Microsoft', 'Excel'], ['BSc']]);
    expect(sentences[0]?.spans).toEqual({ Skill: [{ first: 1, last: 3 }] });
    expect(() => readConll('Excel\n', 'green')).toThrow('no token and BIO tag');
  });

  it('maps mentions to the tokens holding their first and last characters, counting cut tokens', () => {
    const sentence = sentenceText(['Use', 'CI/CD', 'and', 'Docker', 'Compose', '.']);
    expect(sentence.text).toBe('Use CI/CD and Docker Compose .');
    const mentions = [
      { start: 4, end: 6 }, // "CI"
      { start: 7, end: 9 }, // "CD": the same token, one span
      { start: 14, end: 28 }, // "Docker Compose"
    ];
    expect(mentionsToSpans(sentence, mentions)).toEqual({
      spans: [
        { first: 1, last: 2 },
        { first: 3, last: 5 },
      ],
      cutTokens: 2,
    });
  });

  it('counts exact and partial matches', () => {
    const gold = [
      { first: 0, last: 2 },
      { first: 4, last: 5 },
    ];
    const predicted = [
      { first: 1, last: 2 },
      { first: 4, last: 5 },
      { first: 6, last: 7 },
    ];
    expect(countMatches(predicted, gold, 'exact', 8)).toEqual({
      predicted: 3,
      gold: 2,
      predictedMatched: 1,
      goldMatched: 1,
    });
    const partial = countMatches(predicted, gold, 'partial', 8);
    expect(partial).toEqual({ predicted: 3, gold: 2, predictedMatched: 2, goldMatched: 2 });
    expect(spanScores(partial)).toEqual({ precision: 2 / 3, recall: 1, f1: 0.8 });
  });
});

// Round 14: scripts/eval-skills.mjs on malformed data files. Hand-written lines in SkillSpan's shape.
describe('readSkillSpan and readConll on malformed lines', () => {
  it('throws an Error naming the line and the field, not a TypeError or a bare SyntaxError', () => {
    const good = JSON.stringify({ tokens: ['Java'], tags_skill: ['O'], tags_knowledge: ['B'] });
    const messageOf = (text: string) => {
      try {
        readSkillSpan(text, 'train');
        return 'read';
      } catch (error) {
        return `${(error as Error).name}: ${(error as Error).message}`;
      }
    };
    expect(messageOf(`${good}\n{"tokens": [`)).toMatch(/^Error: SkillSpan train line 2: not JSON \(/);
    expect(messageOf('null')).toBe('Error: SkillSpan train line 1: tokens must be a list of strings');
    expect(messageOf('{"tokens": ["a"], "tags_knowledge": ["O"]}')).toBe(
      'Error: SkillSpan train line 1: tags_skill must be a list of strings',
    );
    expect(messageOf('{"tokens": [1], "tags_skill": [null], "tags_knowledge": ["O"]}')).toBe(
      'Error: SkillSpan train line 1: tokens must be a list of strings',
    );
    expect(() => readConll(`${'x'.repeat(100_000)}\n`, 'green')).toThrow(/^green: line "x{200}" is no token/);
  });
});

const repositoryRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const devFile = path.join(
  process.env.ROLEFIT_DATA ?? path.resolve(repositoryRoot, '../shared/data'),
  'skillspan/dev.json',
);
const SLICE = 300;

describe('span evaluation on the first 300 sentences of SkillSpan dev', () => {
  // The data set is developer-only and not shipped; machines without it skip this test.
  it.skipIf(!existsSync(devFile))('reads every labelled span and lands each mention on the tokens it quotes', () => {
    const lines = readFileSync(devFile, 'utf8').split('\n').slice(0, SLICE);
    const sentences = readSkillSpan(lines.join('\n'), 'dev');
    expect(sentences).toHaveLength(SLICE);
    // Every span opens with a B tag in this slice (counted from the raw tags, not through spansFromBio).
    const openings = (key: 'tags_skill' | 'tags_knowledge') =>
      lines.reduce((sum, line) => sum + (JSON.parse(line)[key] as string[]).filter((tag) => tag === 'B').length, 0);
    const count = (type: string) => sentences.reduce((sum, sentence) => sum + (sentence.spans[type]?.length ?? 0), 0);
    expect(count('skill')).toBe(openings('tags_skill'));
    expect(count('knowledge')).toBe(openings('tags_knowledge'));

    let mentions = 0;
    const total = { predicted: 0, gold: 0, predictedMatched: 0, goldMatched: 0 };
    for (const sentence of sentences) {
      const text = sentenceText(sentence.tokens);
      const found = extractSkills(text.text);
      const { spans } = mentionsToSpans(text, found);
      mentions += found.length;
      for (const mention of found) {
        const [span] = mentionsToSpans(text, [mention]).spans;
        // The tokens given to a mention hold all of its text and start where it starts or before.
        const covered = sentence.tokens.slice(span!.first, span!.last).join(' ');
        expect(covered).toContain(mention.text);
        expect(text.starts[span!.first]).toBeLessThanOrEqual(mention.start);
        expect(text.ends[span!.last - 1]).toBeGreaterThanOrEqual(mention.end);
      }
      const gold = unionOfSpans(sentence, ['skill', 'knowledge']);
      const exact = countMatches(spans, gold, 'exact', sentence.tokens.length);
      const partial = countMatches(spans, gold, 'partial', sentence.tokens.length);
      expect(exact.goldMatched).toBeLessThanOrEqual(partial.goldMatched);
      expect(exact.predictedMatched).toBeLessThanOrEqual(partial.predictedMatched);
      for (const key of Object.keys(total) as (keyof typeof total)[]) total[key] += partial[key];
    }
    expect(mentions).toBeGreaterThan(0);
    // Skill and knowledge spans together: a span labelled both ways counts once.
    expect(total.gold).toBeLessThanOrEqual(count('skill') + count('knowledge'));
    expect(total.gold).toBeGreaterThanOrEqual(Math.max(count('skill'), count('knowledge')));
    expect(total.predictedMatched).toBeLessThanOrEqual(total.predicted);
    expect(total.goldMatched).toBeLessThanOrEqual(total.gold);

    // Sentence 33 labels "Docker", "Kubernetes" and "Rancher" as knowledge, tokens 13, 14 and 15.
    const sentence = sentences[32]!;
    expect(sentence.tokens.slice(13)).toEqual(['Docker', 'Kubernetes', 'Rancher']);
    const text = sentenceText(sentence.tokens);
    const { spans } = mentionsToSpans(text, extractSkills(text.text));
    expect(spans).toContainEqual({ first: 13, last: 14 });
    expect(spans).toContainEqual({ first: 14, last: 15 });
  });
});
