import type { CompiledAlias, CompiledTaxonomy } from './compile.js';
import { isWordCharacter, normalizeText, toOriginalRange, tokenize, type Token } from './tokenize.js';
import type { SkillDefinition, SkillMention } from './types.js';
import { isAcronym } from '../text/acronym.js';

// Web addresses and e-mail addresses name things ("https", "python.org") without claiming skills.
// An e-mail's local part starts where its run of characters starts (the lookbehind): otherwise every
// position of one long word would scan to the word's end for an "@", quadratic in the word's length.
// The links are LINK's matches, LINK being
// /\b(?:https?:\/\/|www\.)\S+|(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+\.[\p{L}\p{N}.-]+/giu
// (found by nextLink below); LINK_HERE (sticky, no lookbehind) is tried first right where the previous link ended, as
// the plain regex did.
const LINK_HERE = /\b(?:https?:\/\/|www\.)\S+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+\.[\p{L}\p{N}.-]+/iuy;
// What every link contains: most texts have none of it, and this plain pattern finds that much faster than LINK.
const LINK_MARK = /https?:\/\/|www\.|@/i;
// How many tokens either side a context-dependent alias looks for support.
const CONTEXT_WINDOW = 12;
// Glue inside "C++", "C#", "R&D" and "name@host": a match may not stop or start next to it.
const GLUE_AFTER = new Set(['+', '#', '&', '@']);
const GLUE_BEFORE = new Set(['&', '@']);
// Inside "C-level", "R.Net" or "Go's" for aliases that need strict boundaries.
const COMPOUND_JOINERS = new Set(['-', '.', "'"]);

interface Candidate {
  readonly alias: CompiledAlias;
  /** First token index. */
  readonly first: number;
  /** Token index just past the match. */
  readonly last: number;
  readonly start: number;
  readonly end: number;
  readonly plural: boolean;
}

function boundaryBeforeIsClear(text: string, start: number, strict: boolean): boolean {
  const before = text[start - 1];
  if (before === undefined || !before.trim()) return true;
  if (isWordCharacter(before) || GLUE_BEFORE.has(before)) return false;
  // No alias starts inside a hyphenated word: "Objective-C programming" is not "C programming".
  const joinedToWord = isWordCharacter(text[start - 2]);
  if (before === '-' && joinedToWord) return false;
  return !(strict && COMPOUND_JOINERS.has(before) && joinedToWord);
}

function boundaryAfterIsClear(text: string, end: number, strict: boolean): boolean {
  const after = text[end];
  if (after === undefined || !after.trim()) return true;
  if (isWordCharacter(after) || GLUE_AFTER.has(after)) return false;
  return !(strict && COMPOUND_JOINERS.has(after) && isWordCharacter(text[end + 1]));
}

function matchAt(alias: CompiledAlias, tokens: readonly Token[], first: number, text: string): Candidate | undefined {
  const count = alias.tokens.length;
  const last = first + count;
  if (last > tokens.length) return undefined;
  let plural = false;
  for (let offset = 0; offset < count; offset++) {
    const token = tokens[first + offset];
    const expected = alias.tokens[offset];
    if (token === undefined || expected === undefined) return undefined;
    if (offset > 0 && alias.mustAttach[offset] === true && !token.attached) return undefined;
    const actual = alias.caseSensitive ? token.raw : token.folded;
    if (actual === expected) continue;
    if (offset === count - 1 && actual === alias.lastTokenPlural) {
      plural = true;
      continue;
    }
    return undefined;
  }
  const firstToken = tokens[first];
  const lastToken = tokens[last - 1];
  if (firstToken === undefined || lastToken === undefined) return undefined;
  if (!boundaryBeforeIsClear(text, firstToken.start, alias.strict)) return undefined;
  if (!boundaryAfterIsClear(text, lastToken.end, alias.strict)) return undefined;
  const next = tokens[last];
  if (next !== undefined && alias.unlessFollowedBy?.has(next.folded) === true) return undefined;
  const previous = tokens[first - 1];
  if (previous !== undefined && alias.unlessPrecededBy?.has(previous.folded) === true) return undefined;
  return { alias, first, last, start: firstToken.start, end: lastToken.end, plural };
}

// Longest match wins; on a tie prefer unconditional, then exact (not plural), then earlier.
function compareCandidates(left: Candidate, right: Candidate): number {
  return (
    right.end - right.start - (left.end - left.start) ||
    Number(left.alias.contextWords !== undefined) - Number(right.alias.contextWords !== undefined) ||
    Number(left.plural) - Number(right.plural) ||
    left.start - right.start ||
    left.alias.skillIndex - right.alias.skillIndex
  );
}

function resolveOverlaps(candidates: Candidate[], tokenCount: number): Candidate[] {
  const taken = new Uint8Array(tokenCount);
  const chosen: Candidate[] = [];
  for (const candidate of candidates.sort(compareCandidates)) {
    let free = true;
    for (let index = candidate.first; index < candidate.last && free; index++) free = taken[index] === 0;
    if (!free) continue;
    taken.fill(1, candidate.first, candidate.last);
    chosen.push(candidate);
  }
  return chosen;
}

function hasContextWord(candidate: Candidate, tokens: readonly Token[]): boolean {
  const words = candidate.alias.contextWords;
  if (words === undefined || words.size === 0) return false;
  const from = Math.max(0, candidate.first - CONTEXT_WINDOW);
  const to = Math.min(tokens.length, candidate.last + CONTEXT_WINDOW);
  for (let index = from; index < to; index++) {
    if (index >= candidate.first && index < candidate.last) continue;
    const token = tokens[index];
    if (token !== undefined && words.has(token.folded)) return true;
  }
  return false;
}

// Context-dependent aliases ("Chef", "Spark", "R") stand only near a context word or a confirmed skill of the same category.
// Confirmation spreads outward from confirmed mentions, so the work stays proportional to the mentions.
function applyContext(
  chosen: Candidate[],
  tokens: readonly Token[],
  definitions: readonly SkillDefinition[],
): Candidate[] {
  const categoryOf = (candidate: Candidate) => definitions[candidate.alias.skillIndex]?.category;
  const accepted = chosen.filter((candidate) => candidate.alias.contextWords === undefined);
  const pending = chosen
    .filter((candidate) => candidate.alias.contextWords !== undefined)
    .sort((left, right) => left.first - right.first);
  if (pending.length === 0) return accepted;
  // A loop, not Math.max(...spread): a spread of more than ~120,000 values overflows the stack ("R " × 150,000 did).
  let longest = 0;
  for (const candidate of pending) longest = Math.max(longest, candidate.last - candidate.first);
  const confirmed = new Uint8Array(pending.length);
  const queue = [...accepted];
  pending.forEach((candidate, index) => {
    if (!hasContextWord(candidate, tokens)) return;
    confirmed[index] = 1;
    queue.push(candidate);
  });
  for (let source = queue.pop(); source !== undefined; source = queue.pop()) {
    const category = categoryOf(source);
    const from = source.first - CONTEXT_WINDOW - longest;
    let index = firstIndexAtOrAfter(pending, from);
    for (; index < pending.length; index++) {
      const candidate = pending[index];
      if (candidate === undefined || candidate.first >= source.last + CONTEXT_WINDOW) break;
      if (confirmed[index] === 1 || candidate.last <= source.first - CONTEXT_WINDOW) continue;
      if (categoryOf(candidate) !== category) continue;
      confirmed[index] = 1;
      queue.push(candidate);
    }
  }
  return [...accepted, ...pending.filter((_, index) => confirmed[index] === 1)];
}

// Binary search in candidates sorted by first token.
function firstIndexAtOrAfter(sorted: readonly Candidate[], first: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle]?.first ?? Infinity) < first) low = middle + 1;
    else high = middle;
  }
  return low;
}

// LINK's two alternatives apart, to find LINK's next match without trying its e-mail part at every word: where a web
// address may start ("http://", "https://", "www.", the letters folded as LINK folds them), the web address there, an
// e-mail's "@" with its local part before it (the whole run of the local part's characters, as LINK's lookbehind
// wants), and the e-mail from where that run starts.
const WEB_START = /https?:\/\/|www\./giu;
const WEB_HERE = /\b(?:https?:\/\/|www\.)\S+/iuy;
const EMAIL_AROUND = /(?<=(?<![\p{L}\p{N}._%+-])([\p{L}\p{N}._%+-]+))@[\p{L}\p{N}-]+\.[\p{L}\p{N}.-]+/iuy;
const EMAIL_HERE = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+\.[\p{L}\p{N}.-]+/iuy;

/** What {@link nextLink} found in one text so far: the first web address and e-mail at or after an earlier `from`. */
interface LinkSearch {
  /** null: none; undefined: not looked for yet. */
  web?: RegExpExecArray | null;
  /** null: none; undefined: not looked for yet. */
  email?: RegExpExecArray | null;
}

/**
 * `LINK.exec(text)` from `from`: the leftmost match, a web address where both start at one place. `search` keeps the
 * first web address and the first e-mail found at or after an earlier `from` (null: none), so that each part of the
 * text is searched once: a found one is used while it starts at or after `from`.
 */
function nextLink(text: string, from: number, search: LinkSearch): RegExpExecArray | null {
  if (search.web === undefined || (search.web !== null && search.web.index < from))
    search.web = nextWebAddress(text, from);
  if (search.email === undefined || (search.email !== null && search.email.index < from))
    search.email = nextEmail(text, from);
  const { web, email } = search;
  return email !== null && (web === null || email.index < web.index) ? email : web;
}

function nextWebAddress(text: string, from: number): RegExpExecArray | null {
  WEB_START.lastIndex = from;
  for (let start = WEB_START.exec(text); start !== null; start = WEB_START.exec(text)) {
    WEB_HERE.lastIndex = start.index;
    const match = WEB_HERE.exec(text);
    if (match !== null) return match;
    WEB_START.lastIndex = start.index + 1;
  }
  return null;
}

// An e-mail starts where the run of its local part starts; the "@"s come in the order of those starts. A found e-mail
// is kept until a link passes it, and none found is none for good: each "@" is looked at once, but the last e-mail's
// own (its local part holds no "@"). Bounding only the "@"s that start an e-mail by the web address ahead, as 35409fa
// did, looked at every other "@" after it again for each link ('www.a.io ' × k, then 'a@' × m: k × m).
function nextEmail(text: string, from: number): RegExpExecArray | null {
  for (let at = text.indexOf('@', from); at !== -1; at = text.indexOf('@', at + 1)) {
    EMAIL_AROUND.lastIndex = at;
    const around = EMAIL_AROUND.exec(text);
    if (around === null) continue;
    const start = at - (around[1] as string).length;
    if (start < from) continue;
    EMAIL_HERE.lastIndex = start;
    return EMAIL_HERE.exec(text);
  }
  return null;
}

/** The matches of /\b(?:https?:\/\/|www\.)\S+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+\.[\p{L}\p{N}.-]+/giu, in linear time. */
function* findLinks(text: string): Generator<RegExpExecArray> {
  let position = 0;
  const search: LinkSearch = {};
  for (;;) {
    LINK_HERE.lastIndex = position;
    const link = (position > 0 ? LINK_HERE.exec(text) : null) ?? nextLink(text, position, search);
    if (link === null) return;
    yield link;
    position = link.index + link[0].length;
  }
}

// Flags tokens that lie inside a web or e-mail address; tokens and links are both in text order.
function markLinks(text: string, tokens: readonly Token[]): Uint8Array {
  const inLink = new Uint8Array(tokens.length);
  if (!LINK_MARK.test(text)) return inLink;
  let index = 0;
  for (const link of findLinks(text)) {
    const end = link.index + link[0].length;
    while (index < tokens.length && (tokens[index]?.start ?? end) < link.index) index++;
    while (index < tokens.length && (tokens[index]?.start ?? end) < end) inLink[index++] = 1;
  }
  return inLink;
}

// An acronym written out in the text (isAcronym): "Partner Success Manager (PSM)" or "PSM (Partner Success Manager)".
// Small words an expansion may hold without a letter of its own: "Center for Protein Research (CPR)".
const EXPANSION_FILLERS = new Set(['of', 'and', 'for', 'the', 'in', 'on', 'to', '&']);
const MOST_FILLERS = 3;

// Whether the tokens from `from` on, going by `step` (1: forward, -1: backward), spell `acronym` with their initials
// (up to MOST_FILLERS small words left out). Returns the index of the expansion's far end, or -1.
function spelledOut(tokens: readonly Token[], acronym: string, from: number, step: 1 | -1): number {
  let index = from;
  let fillers = 0;
  for (let letter = 0; letter < acronym.length; ) {
    const token = tokens[index];
    if (token === undefined) return -1;
    const wanted = acronym[step === 1 ? letter : acronym.length - 1 - letter];
    if (token.word && token.raw[0]?.toUpperCase() === wanted) letter++;
    else if (!EXPANSION_FILLERS.has(token.folded) || ++fillers > MOST_FILLERS) return -1;
    index += step;
  }
  return index - step;
}

// Acronyms the text spells out, by lower-cased acronym, with the token span of each expansion. Each bracket is looked
// at once, and an expansion is at most 6 + MOST_FILLERS tokens long: linear in the text.
function writtenOutAcronyms(tokens: readonly Token[]): Map<string, { first: number; last: number }[]> {
  const found = new Map<string, { first: number; last: number }[]>();
  const add = (acronym: Token, first: number, last: number) => {
    const list = found.get(acronym.folded);
    if (list === undefined) found.set(acronym.folded, [{ first, last }]);
    else list.push({ first, last });
  };
  tokens.forEach((token, index) => {
    if (token.raw !== '(') return;
    const inside = tokens[index + 1];
    // "Words (ACR)": the acronym alone in brackets, its expansion right before them.
    if (inside !== undefined && isAcronym(inside.raw) && tokens[index + 2]?.raw === ')') {
      const first = spelledOut(tokens, inside.raw, index - 1, -1);
      if (first >= 0) add(inside, first, index);
      return;
    }
    // "ACR (Words)": the expansion alone in brackets, right after the acronym.
    const before = tokens[index - 1];
    if (inside === undefined || before === undefined || !isAcronym(before.raw)) return;
    const last = spelledOut(tokens, before.raw, index + 1, 1);
    if (last >= 0 && tokens[last + 1]?.raw === ')') add(before, index + 1, last + 1);
  });
  return found;
}

// The words of a phrase but its fillers, each cut to its first three letters ("engineer" and "engineering",
// "application" and "apps" alike).
function stems(tokens: readonly Token[]): string[] {
  return tokens
    .filter((token) => token.word && !EXPANSION_FILLERS.has(token.folded))
    .map((token) => token.folded.slice(0, 3));
}

const sameStems = (left: readonly string[], right: readonly string[]): boolean =>
  left.length === right.length && left.every((stem, index) => stem === right[index]);

// A text that spells out an acronym means that phrase by it everywhere: "Partner Success Manager (PSM)" is no Process
// Safety Management, nor "Call Search Space (CSS)" Cascading Style Sheets. A one-token mention of such an acronym is
// dropped only when the skill's own spelled-out form is known (its name or an alias of two words or more whose
// initials spell the acronym) and no expansion in the text names the skill: none holds a mention of it ("Human
// Resources (HR)") and none has the words of its name or of an alias, word for word to their first three letters
// ("Site Reliability Engineer (SRE)", "electronic medical record (EMR)"). A skill whose name and aliases never spell
// the acronym out ("Cisco Unified Communications Manager (CUCM)") keeps it: what it stands for is not known.
function dropAcronymsMeaningOtherThings(
  candidates: Candidate[],
  tokens: readonly Token[],
  definitions: readonly SkillDefinition[],
): Candidate[] {
  const written = writtenOutAcronyms(tokens);
  if (written.size === 0) return candidates;
  const skillAt = new Int32Array(tokens.length).fill(-1);
  for (const candidate of candidates) skillAt.fill(candidate.alias.skillIndex, candidate.first, candidate.last);
  const meansSkill = (acronym: string, skillIndex: number): boolean => {
    const definition = definitions[skillIndex];
    if (definition === undefined) return true;
    const spellings = [
      definition.name,
      ...definition.aliases.map((alias) => (typeof alias === 'string' ? alias : alias.text)),
    ]
      .map((spelling) => stems(tokenize(normalizeText(spelling).text)))
      .filter((words) => words.length > 1);
    if (!spellings.some((words) => words.map((stem) => stem[0]).join('') === acronym)) return true;
    return (written.get(acronym) ?? []).some((expansion) => {
      for (let index = expansion.first; index < expansion.last; index++) if (skillAt[index] === skillIndex) return true;
      const words = stems(tokens.slice(expansion.first, expansion.last));
      return spellings.some((spelling) => sameStems(spelling, words));
    });
  };
  // One answer per acronym and skill: a text may write the same acronym and its expansion thousands of times.
  const answers = new Map<string, boolean>();
  return candidates.filter((candidate) => {
    if (candidate.last - candidate.first !== 1) return true;
    const acronym = tokens[candidate.first]?.folded ?? '';
    if (!written.has(acronym)) return true;
    const key = `${candidate.alias.skillIndex} ${acronym}`;
    let answer = answers.get(key);
    if (answer === undefined) answers.set(key, (answer = meansSkill(acronym, candidate.alias.skillIndex)));
    return answer;
  });
}

/** Finds skill mentions in text, in text order, with offsets into the original text. */
export function findMentions(
  compiled: CompiledTaxonomy,
  definitions: readonly SkillDefinition[],
  text: string,
): SkillMention[] {
  const normalized = normalizeText(text);
  const tokens = tokenize(normalized.text);
  const inLink = markLinks(normalized.text, tokens);
  const candidates: Candidate[] = [];
  tokens.forEach((token, first) => {
    if (inLink[first] === 1) return;
    const after = compiled.aliasesAfter(token.folded);
    if (after === undefined) return;
    // Only the aliases the next token leaves possible, in the same order ("data" opens 62, and most texts' "data" one).
    const next = tokens[first + 1];
    const aliases = (next !== undefined ? after.byNext.get(next.folded) : undefined) ?? after.alone;
    for (const alias of aliases) {
      const candidate = matchAt(alias, tokens, first, normalized.text);
      if (candidate !== undefined) candidates.push(candidate);
    }
  });
  const accepted = dropAcronymsMeaningOtherThings(
    applyContext(resolveOverlaps(candidates, tokens.length), tokens, definitions),
    tokens,
    definitions,
  );
  accepted.sort((left, right) => left.start - right.start);
  const mentions: SkillMention[] = [];
  for (const candidate of accepted) {
    const definition = definitions[candidate.alias.skillIndex];
    if (definition === undefined) continue;
    const [start, end] = toOriginalRange(normalized, candidate.start, candidate.end);
    mentions.push({ skill: definition.name, category: definition.category, text: text.slice(start, end), start, end });
  }
  return mentions;
}
