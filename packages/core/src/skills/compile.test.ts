import { describe, expect, it } from 'vitest';
import { type AliasesByNextToken, type CompiledAlias, compileTaxonomy, termKey } from './compile.js';
import { allSkillDefinitions } from './data/index.js';
import type { SkillDefinition } from './types.js';

// The next-token lists as every first token's were built before they were built on demand: each list, by comparing
// every alias with every key, in the aliases' order.
function everyListCompared(aliases: readonly CompiledAlias[]): AliasesByNextToken {
  const keysOf = aliases.map((alias) => {
    if (alias.tokens.length === 1) return undefined;
    const key = (token: string) => (alias.caseSensitive ? token.toLowerCase() : token);
    const keys = new Set([key(alias.tokens[1] as string)]);
    if (alias.tokens.length === 2 && alias.lastTokenPlural !== undefined) keys.add(key(alias.lastTokenPlural));
    return keys;
  });
  const byNext = new Map<string, CompiledAlias[]>();
  for (const keys of keysOf) for (const key of keys ?? []) byNext.set(key, []);
  aliases.forEach((alias, index) => {
    const keys = keysOf[index];
    for (const [key, list] of byNext) if (keys === undefined || keys.has(key)) list.push(alias);
  });
  return { alone: aliases.filter((alias) => alias.tokens.length === 1), byNext };
}

describe('compileTaxonomy', () => {
  it('gives each first token its aliases by the next token, built on the first lookup, as comparing every alias gives', () => {
    const compiled = compileTaxonomy(allSkillDefinitions);
    expect(compiled.aliasesByFirstToken.size).toBeGreaterThan(1000);
    for (const [firstToken, aliases] of compiled.aliasesByFirstToken) {
      const after = compiled.aliasesAfter(firstToken);
      const expected = everyListCompared(aliases);
      expect(after?.alone).toEqual(expected.alone);
      expect([...(after?.byNext ?? [])]).toEqual([...expected.byNext]);
      // Built once: the same lists on the next lookup.
      expect(compiled.aliasesAfter(firstToken)).toBe(after);
    }
    expect(compiled.aliasesAfter('no-skill-starts-with-this')).toBeUndefined();
    // "data" opens dozens of aliases; after "science" only the one-token ones and those going on with "science".
    const data = compiled.aliasesAfter('data');
    expect(
      data?.byNext.get('science')?.every((alias) => alias.tokens.length === 1 || alias.tokens[1] === 'science'),
    ).toBe(true);
  });

  it('compiles an alias from its tokens: attached punctuation, its plural, its key and its rule words', () => {
    const definitions: SkillDefinition[] = [
      { name: 'Node.js', category: 'web-and-mobile', aliases: ['node js'] },
      { name: 'Data Warehouse', category: 'data-and-analytics', aliases: [] },
      {
        name: 'Go',
        category: 'programming-language',
        aliases: [{ text: 'Go', caseSensitive: true, contextWords: ['Golang', 'Code'], unlessFollowedBy: ['To'] }],
      },
    ];
    const compiled = compileTaxonomy(definitions);
    const nodeAliases = compiled.aliasesByFirstToken.get('node') ?? [];
    expect(nodeAliases.map((alias) => [alias.tokens, alias.mustAttach])).toEqual([
      [
        ['node', '.', 'js'],
        [false, true, true],
      ],
      [
        ['node', 'js'],
        [false, false],
      ],
    ]);
    const [warehouse] = compiled.aliasesByFirstToken.get('data') ?? [];
    expect(warehouse?.lastTokenPlural).toBe('warehouses');
    expect(compiled.skillIndexByKey.get('data warehouses')).toBe(1);
    expect(compiled.skillIndexByKey.get(termKey('Node.js'))).toBe(0);
    const [go] = compiled.aliasesByFirstToken.get('go') ?? [];
    expect(go?.caseSensitive).toBe(true);
    expect(go?.contextWords).toEqual(new Set(['golang', 'code']));
    expect(go?.unlessFollowedBy).toEqual(new Set(['to']));
    expect(go?.unlessPrecededBy).toBeUndefined();
  });
});
