import { gunzipSync } from 'node:zlib';
import { checkListArgument, checkRecordArgument, checkTextArgument } from '../../errors/argument.js';
import { RolefitError } from '../../errors/rolefit-error.js';
import { getDefaultSkillTaxonomy, type SkillTaxonomy } from '../taxonomy.js';
import { labelKey, matchWords, rawWords, singularKey } from './match-words.js';
import type {
  FindOccupationsOptions,
  Occupation,
  OccupationKnowledge,
  OccupationMatch,
  RelatedSkill,
  RelatedSkillsOptions,
  SkillRelation,
  WeightedText,
} from './types.js';

/** The knowledge as the build script writes it (see scripts/build-esco-data.mjs). */
export interface OccupationKnowledgeData {
  readonly version: number;
  /** [preferred label, alternate labels, ISCO unit group or '', O*NET-SOC code or '', 0 ESCO / 1 O*NET]. */
  readonly occupations: readonly (readonly [string, readonly string[], string, string, number])[];
  /** ISCO-08 code (1 to 4 digits) → label. */
  readonly iscoGroups: Readonly<Record<string, string>>;
  /** [label, alternate labels]. */
  readonly skills: readonly (readonly [string, readonly string[]])[];
  /** Per skill, an index into `commodities` (its O*NET technology class), or -1. */
  readonly skillCommodity: readonly number[];
  readonly commodities: readonly string[];
  /** Triples (skill, skill, kind), kind 0 ESCO optional, 1 ESCO essential, 2 the first is narrower than the second. */
  readonly skillLinks: readonly (readonly [number, number, number])[];
  /** O*NET-SOC code → skill indices, most important first. */
  readonly occupationSkills: Readonly<Record<string, readonly number[]>>;
}

/** The shipped file: attribution in the clear, the knowledge JSON gzipped and base64-encoded in `data`. */
export interface OccupationKnowledgeFile {
  readonly about: string;
  readonly version: number;
  readonly encoding: string;
  readonly sha256: string;
  readonly data: string;
}

/** The data format this code reads. */
export const OCCUPATION_KNOWLEDGE_VERSION = 1;

/** Thrown when the knowledge file is missing, damaged or of another format version. */
export class OccupationKnowledgeError extends RolefitError {
  override readonly name: string = 'OccupationKnowledgeError';
  /** Always `ROLEFIT_OCCUPATION_KNOWLEDGE`. */
  declare readonly code: 'ROLEFIT_OCCUPATION_KNOWLEDGE';

  constructor(message: string, options: { cause?: unknown } = {}) {
    super('ROLEFIT_OCCUPATION_KNOWLEDGE', message, options);
  }
}

/** Inflates the shipped file into the knowledge data; throws {@link OccupationKnowledgeError} on a bad file. */
export function decodeOccupationKnowledge(file: OccupationKnowledgeFile): OccupationKnowledgeData {
  if (
    file.version !== OCCUPATION_KNOWLEDGE_VERSION ||
    file.encoding !== 'gzip+base64' ||
    typeof file.data !== 'string'
  ) {
    throw new OccupationKnowledgeError(
      `occupation knowledge: expected version ${OCCUPATION_KNOWLEDGE_VERSION} gzip+base64, got version ${String(file.version)} ${String(file.encoding)}`,
    );
  }
  let data: OccupationKnowledgeData;
  try {
    data = JSON.parse(gunzipSync(Buffer.from(file.data, 'base64')).toString('utf8')) as OccupationKnowledgeData;
  } catch (error) {
    throw new OccupationKnowledgeError(`occupation knowledge: cannot decode the data (${(error as Error).message})`);
  }
  if (
    data.version !== OCCUPATION_KNOWLEDGE_VERSION ||
    !Array.isArray(data.occupations) ||
    !Array.isArray(data.skills)
  ) {
    throw new OccupationKnowledgeError('occupation knowledge: the decoded data has an unexpected shape');
  }
  return data;
}

/** Options for {@link createOccupationKnowledge}. */
export interface OccupationKnowledgeOptions {
  /** Taxonomy whose canonical names skills map to (default: the built-in one). */
  readonly taxonomy?: SkillTaxonomy;
}

// One label key of the occupation index.
interface LabelEntry {
  /** Occupations with this label, each once. */
  readonly ids: number[];
  /** Per id, whether the label is that occupation's preferred label. */
  readonly preferred: boolean[];
  /** Per id, the label as written. */
  readonly labels: string[];
  /** Per id, the weight of the label among the occupations sharing it (see UNNAMED_WEIGHT). */
  readonly sense: number[];
  /** Per id, whether the label as written is an acronym ("PA", "MSC"). */
  readonly acronym: boolean[];
}

const MAX_LABEL_WORDS = 6;
/** canonicalSkill keeps its answers for terms up to this long, at most this many at a time. */
const CACHED_TERM_LENGTH = 100;
const CACHED_TERMS = 20_000;
/** Lines of a plain text with at most this many words are read as titles. */
const TITLE_LINE_WORDS = 8;
/** Weight of a prose line (long lines of a plain text) against a title line. */
const PROSE_WEIGHT = 0.25;
/** A label written as one capitalised acronym ("COMS", "PMO"). */
const ACRONYM = /^[A-Z0-9]+$/u;
/**
 * A field of work in a title line, read as its worker: "Data Science" → data scientist, "Electrical Engineering" →
 * electrical engineer, "Web Designing" → web designer (a résumé's headline often names the field, not the role).
 */
const FIELD_WORKER: ReadonlyMap<string, string> = new Map([
  ['science', 'scientist'],
  ['sciences', 'scientist'],
  ['engineering', 'engineer'],
  ['testing', 'tester'],
  ['design', 'designer'],
  ['designing', 'designer'],
  ['development', 'developer'],
  ['programming', 'programmer'],
  ['analytics', 'analyst'],
  ['accounting', 'accountant'],
  ['nursing', 'nurse'],
]);
/**
 * Weight of a label that several occupations share, for one whose own title has none of the label's words ("Developer"
 * is a software developer before a database architect or a photographic process worker): a tie-break, not evidence.
 */
const UNNAMED_WEIGHT = 0.98;
/** Words of a line that names a degree or a school, where FIELD_WORKER does not apply. */
const DEGREE_WORDS = new Set(
  'b m ba bs bsc be btech bca bcom ma ms msc me mtech mca mba phd tech degree bachelor bachelors master masters diploma university college institute school academy'.split(
    ' ',
  ),
);
/** Weight of a label matched through FIELD_WORKER against one matched as written. */
const FIELD_WEIGHT = 0.6;
const VENDORS = new Set([
  'microsoft',
  'oracle',
  'apache',
  'adobe',
  'google',
  'ibm',
  'amazon',
  'apple',
  'sap',
  'autodesk',
  'the',
  'mathworks',
  'atlassian',
  'salesforce',
  'intuit',
  'red',
  'hat',
]);

// Strengths by relation; the same-class strength also grows with how many occupations use both skills.
const STRENGTH: Readonly<Record<SkillRelation, number>> = {
  essential: 0.7,
  optional: 0.5,
  broader: 0.6,
  narrower: 0.45,
  sibling: 0.45,
  'same-class': 0.25,
};

/** Builds the lookups over decoded knowledge data. */
export function createOccupationKnowledge(
  data: OccupationKnowledgeData,
  options: OccupationKnowledgeOptions = {},
): OccupationKnowledge {
  const taxonomy = options.taxonomy ?? getDefaultSkillTaxonomy();

  // Occupations and the label index.
  const occupations: Occupation[] = data.occupations.map(([label, altLabels, isco, soc, source], id) =>
    Object.freeze({
      id,
      label,
      altLabels: Object.freeze([...altLabels]),
      iscoGroup: isco === '' ? undefined : isco,
      socCode: soc === '' ? undefined : soc,
      source: source === 1 ? 'onet' : 'esco',
    } satisfies Occupation),
  );
  // Label key → entry number. An entry's (occupation, preferred, label) pairs are a list linked through `pairNext`
  // (numbers in plain arrays, not an object and three arrays per key: that made the index about 7× slower to build);
  // the LabelEntry of a key is made when a text first matches it.
  const labelIndex = new Map<string, number>();
  const entryFirst: number[] = [];
  const entryLast: number[] = [];
  const pairId: number[] = [];
  const pairPreferred: boolean[] = [];
  const pairLabel: string[] = [];
  const pairNext: number[] = [];
  const addLabel = (label: string, id: number, preferred: boolean) => {
    const words = matchWords(label);
    if (words.length === 0 || words.length > MAX_LABEL_WORDS) return;
    const key = words.join(' ');
    addLabelKey(key, label, id, preferred);
    // O*NET titles are plural ("Registered Nurses"): the singular finds "Registered Nurse" too. Not for an acronym
    // written in capitals ("COMS" is not the plural of "com", which every web address has).
    const singular = singularKey(key);
    if (singular !== undefined && !ACRONYM.test(label)) addLabelKey(singular, label, id, preferred);
  };
  const addLabelKey = (key: string, label: string, id: number, preferred: boolean) => {
    let entry = labelIndex.get(key);
    if (entry === undefined) {
      labelIndex.set(key, (entry = entryFirst.length));
      entryFirst.push(-1);
      entryLast.push(-1);
    }
    let pair = entryFirst[entry]!;
    while (pair !== -1 && pairId[pair] !== id) pair = pairNext[pair]!;
    if (pair === -1) {
      pair = pairId.length;
      pairId.push(id);
      pairPreferred.push(preferred);
      pairLabel.push(label);
      pairNext.push(-1);
      const last = entryLast[entry]!;
      if (last === -1) entryFirst[entry] = pair;
      else pairNext[last] = pair;
      entryLast[entry] = pair;
    } else if (preferred && !pairPreferred[pair]) {
      pairPreferred[pair] = true;
      pairLabel[pair] = label;
    }
  };
  const labelEntries: (LabelEntry | undefined)[] = [];
  // Per occupation, the words of its own title, singular (made when a shared label first needs them).
  const titleWordSets: (Set<string> | undefined)[] = [];
  const titleWords = (id: number): Set<string> =>
    (titleWordSets[id] ??= new Set(matchWords(occupations[id]?.label ?? '').map(singularWord)));
  const labelEntry = (entry: number): LabelEntry => {
    let made = labelEntries[entry];
    if (made === undefined) {
      made = { ids: [], preferred: [], labels: [], sense: [], acronym: [] };
      for (let pair = entryFirst[entry]!; pair !== -1; pair = pairNext[pair]!) {
        made.ids.push(pairId[pair]!);
        made.preferred.push(pairPreferred[pair]!);
        made.labels.push(pairLabel[pair]!);
      }
      // The labels of an entry share one key (up to a final plural): their words are those of the first.
      const shared = made.ids.length > 1;
      const words = shared ? matchWords(made.labels[0]!).map(singularWord) : [];
      for (let at = 0; at < made.ids.length; at++) {
        const named =
          !shared || made.preferred[at] === true || words.some((word) => titleWords(made!.ids[at]!).has(word));
        made.sense.push(named ? 1 : UNNAMED_WEIGHT);
        made.acronym.push(ACRONYM.test(made.labels[at]!));
      }
      labelEntries[entry] = made;
    }
    return made;
  };
  for (const occupation of occupations) {
    addLabel(occupation.label, occupation.id, true);
    for (const label of occupation.altLabels) addLabel(label, occupation.id, false);
  }

  // Skills: each data skill gets a canonical name (the taxonomy's when it knows the skill).
  const canonicalOf = data.skills.map(([label]) => canonicalFor(taxonomy, label));
  const groups = new Map<string, number[]>(); // lower-cased canonical → data skill indices
  const canonicalByKey = new Map<string, string>(); // label key → canonical
  const singleWordCase = new Map<string, Set<string>>(); // lower-cased one-word label → spellings as written
  const addSpelling = (spelling: string, canonical: string) => {
    const words = rawWords(spelling);
    if (words.length === 0 || words.length > MAX_LABEL_WORDS) return;
    const key = words.join(' ').toLowerCase();
    if (!canonicalByKey.has(key)) canonicalByKey.set(key, canonical);
    if (words.length === 1) {
      const spellings = singleWordCase.get(key) ?? new Set<string>();
      spellings.add(words[0] ?? '');
      singleWordCase.set(key, spellings);
    }
  };
  canonicalOf.forEach((canonical, index) => {
    const groupKey = canonical.toLowerCase();
    const group = groups.get(groupKey);
    if (group === undefined) groups.set(groupKey, [index]);
    else group.push(index);
    addSpelling(canonical, canonical);
    addSpelling(data.skills[index]?.[0] ?? '', canonical);
  });
  // Alternate labels last: a skill's own label wins over another skill's alternate.
  canonicalOf.forEach((canonical, index) => {
    for (const spelling of data.skills[index]?.[1] ?? []) addSpelling(spelling, canonical);
  });

  // Skill graph: links (ESCO), children by parent, members by O*NET class, occupations by skill.
  const neighbours = new Map<number, { index: number; relation: SkillRelation }[]>();
  const children = new Map<number, number[]>();
  const addNeighbour = (from: number, to: number, relation: SkillRelation) => {
    const list = neighbours.get(from) ?? [];
    list.push({ index: to, relation });
    neighbours.set(from, list);
  };
  for (const [from, to, kind] of data.skillLinks) {
    if (kind === 2) {
      addNeighbour(from, to, 'broader');
      addNeighbour(to, from, 'narrower');
      const list = children.get(to) ?? [];
      list.push(from);
      children.set(to, list);
    } else {
      const relation: SkillRelation = kind === 1 ? 'essential' : 'optional';
      addNeighbour(from, to, relation);
      addNeighbour(to, from, relation);
    }
  }
  const classMembers = new Map<number, number[]>();
  data.skillCommodity.forEach((commodity, index) => {
    if (commodity < 0) return;
    const list = classMembers.get(commodity) ?? [];
    list.push(index);
    classMembers.set(commodity, list);
  });
  const socsBySkill = new Map<number, Set<string>>();
  for (const [soc, indices] of Object.entries(data.occupationSkills)) {
    for (const index of indices) {
      const socs = socsBySkill.get(index) ?? new Set<string>();
      socs.add(soc);
      socsBySkill.set(index, socs);
    }
  }

  // Answers for short terms, kept: jobs and people name the same few hundred skills over and over.
  const canonicalCache = new Map<string, string | null>();
  const canonicalSkill = (term: string): string | undefined => {
    const kept = canonicalCache.get(term);
    if (kept !== undefined) return kept ?? undefined;
    const found = findCanonicalSkill(term);
    if (term.length <= CACHED_TERM_LENGTH) {
      if (canonicalCache.size >= CACHED_TERMS) canonicalCache.clear();
      canonicalCache.set(term, found ?? null);
    }
    return found;
  };
  const findCanonicalSkill = (term: string): string | undefined => {
    const trimmed = term.trim();
    if (trimmed === '') return undefined;
    const known = taxonomy.lookup(trimmed)?.name;
    if (known !== undefined) return known;
    const key = labelKey(trimmed);
    const found = canonicalByKey.get(key);
    if (found !== undefined) return found;
    const singular = singularKey(key);
    return singular === undefined ? undefined : canonicalByKey.get(singular);
  };

  const relatedCache = new Map<string, RelatedSkill[]>();
  const computeRelated = (canonical: string): RelatedSkill[] => {
    const indices = groups.get(canonical.toLowerCase()) ?? [];
    const best = new Map<string, RelatedSkill>();
    const offer = (index: number, strength: number, relation: SkillRelation) => {
      const name = canonicalOf[index];
      if (name === undefined || name.toLowerCase() === canonical.toLowerCase() || !(strength > 0)) return;
      const rounded = Math.round(strength * 1000) / 1000;
      const current = best.get(name);
      if (current === undefined || current.strength < rounded)
        best.set(name, { skill: name, strength: rounded, relation });
    };
    for (const index of indices) {
      for (const { index: other, relation } of neighbours.get(index) ?? []) {
        offer(other, STRENGTH[relation], relation);
        if (relation !== 'broader') continue;
        // Siblings under a small parent say more than siblings under "computer programming".
        const siblings = children.get(other) ?? [];
        const factor = Math.sqrt(Math.min(1, 10 / Math.max(1, siblings.length - 1)));
        for (const sibling of siblings) if (sibling !== index) offer(sibling, STRENGTH.sibling * factor, 'sibling');
      }
      const commodity = data.skillCommodity[index] ?? -1;
      const socs = socsBySkill.get(index);
      if (commodity < 0 || socs === undefined) continue;
      for (const member of classMembers.get(commodity) ?? []) {
        if (member === index) continue;
        const memberSocs = socsBySkill.get(member);
        if (memberSocs === undefined) continue;
        let shared = 0;
        const [small, large] = socs.size <= memberSocs.size ? [socs, memberSocs] : [memberSocs, socs];
        for (const soc of small) if (large.has(soc)) shared++;
        if (shared < 2) continue;
        const jaccard = shared / (socs.size + memberSocs.size - shared);
        if (jaccard < 0.1) continue;
        offer(member, STRENGTH['same-class'] + 0.5 * jaccard, 'same-class');
      }
    }
    return [...best.values()].sort(
      (left, right) =>
        right.strength - left.strength || (left.skill < right.skill ? -1 : left.skill > right.skill ? 1 : 0),
    );
  };

  // Label and skill matching: flat key lookups at first, a word trie once enough words were matched (see wordMatcher);
  // `labelFound` and `skillFound` carry a match's value out.
  const labelsAt = wordMatcher(labelIndex);
  const skillsAt = wordMatcher(canonicalByKey);
  const labelFound: { value: number | undefined } = { value: undefined };
  const skillFound: { value: string | undefined } = { value: undefined };

  const findOccupations = (
    input: string | readonly WeightedText[],
    findOptions: FindOccupationsOptions = {},
  ): OccupationMatch[] => {
    if (typeof input !== 'string')
      checkListArgument('findOccupations', 'text', input, 'a string or a list of { text, weight }').forEach(
        (part, index) => checkRecordArgument('findOccupations', `text.${index}`, part, '{ text, weight }'),
      );
    const limit = findOptions.limit ?? 10;
    const parts: readonly WeightedText[] = typeof input === 'string' ? splitPlainText(input) : input;
    const scores = new Map<number, { score: number; label: string; labelWeight: number }>();
    for (const part of parts) {
      const weight = part.weight ?? 1;
      if (!(weight > 0) || typeof part.text !== 'string') continue;
      const raw = rawWords(part.text);
      const words = raw.map((word) => word.toLowerCase());
      const title = part.title ?? words.length <= TITLE_LINE_WORDS;
      const workers = title ? fieldWorkers(words) : undefined;
      for (let start = 0; start < words.length; ) {
        let count = labelsAt(words, start, true, labelFound);
        let found = labelFound.value;
        let field = 1;
        if (workers !== undefined) {
          // The field read as its worker, when that gives a longer label that takes in the field word.
          const workerCount = labelsAt(workers, start, true, labelFound);
          if (workerCount > count && workerCount >= 2 && hasWorker(words, workers, start, workerCount)) {
            count = workerCount;
            found = labelFound.value;
            field = FIELD_WEIGHT;
          }
        }
        // Prose counts only labels of two or more words: one word ("nurse", "driver") in a sentence says little.
        // A one-word label that ends a skill's name ("SQL Server", "BizTalk Server") is that skill, not a job.
        if (
          count < (title ? 1 : 2) ||
          found === undefined ||
          (count === 1 && start > 0 && canonicalByKey.has(`${words[start - 1]} ${words[start]}`))
        ) {
          start++;
          continue;
        }
        const entry = labelEntry(found);
        // Longer labels are more specific; a label many occupations share says little about each.
        const specificity = count === 1 ? 0.5 : count === 2 ? 0.85 : 1;
        const whole = title && count === words.length ? 1.5 : 1;
        const share = 1 / Math.sqrt(entry.ids.length);
        // A one-word acronym label is read only in capitals: "Msc", "Raspberry pi" are not MSC or PI.
        const lowerCase = count === 1 && raw[start] !== raw[start]!.toUpperCase();
        entry.ids.forEach((id, at) => {
          if (lowerCase && entry.acronym[at] === true) return;
          const labelWeight =
            weight * specificity * whole * share * field * entry.sense[at]! * (entry.preferred[at] === true ? 1 : 0.9);
          const current = scores.get(id);
          if (current === undefined) scores.set(id, { score: labelWeight, label: entry.labels[at] ?? '', labelWeight });
          else {
            current.score += labelWeight;
            if (labelWeight > current.labelWeight) {
              current.label = entry.labels[at] ?? current.label;
              current.labelWeight = labelWeight;
            }
          }
        });
        start += count;
      }
    }
    const matches: OccupationMatch[] = [];
    for (const [id, { score, label }] of scores) {
      const occupation = occupations[id];
      if (occupation !== undefined) matches.push({ occupation, score, label });
    }
    matches.sort((left, right) => right.score - left.score || left.occupation.id - right.occupation.id);
    return matches.slice(0, Math.max(0, Math.floor(limit)));
  };

  const findSkills = (text: string): string[] => {
    const raw = rawWords(text);
    const words = raw.map((word) => word.toLowerCase());
    const found = new Set<string>();
    for (let start = 0; start < words.length; ) {
      const count = skillsAt(words, start, false, skillFound);
      const value = skillFound.value;
      if (count === 0 || value === undefined) {
        start++;
        continue;
      }
      // One-word names are often plain words ("Slack", "Swift"): only as written in the data, and not one or two letters.
      if (count === 1) {
        const word = raw[start] ?? '';
        const key = words[start] ?? '';
        const distinctive =
          (word.length >= 3 || /[+#]/u.test(word)) &&
          singleWordCase.get(key)?.has(word) === true &&
          /[A-Z0-9+#.]/u.test(word);
        if (!distinctive) {
          start++;
          continue;
        }
      }
      found.add(value);
      start += count;
    }
    return [...found];
  };

  const skillsByOccupation = new Map<string, readonly string[]>();
  const skillsOf = (occupation: Occupation): readonly string[] => {
    const soc = occupation.socCode;
    if (soc === undefined) return [];
    let names = skillsByOccupation.get(soc);
    if (names === undefined) {
      names = Object.freeze([
        ...new Set(
          (data.occupationSkills[soc] ?? []).map((index) => canonicalOf[index] ?? '').filter((name) => name !== ''),
        ),
      ]);
      skillsByOccupation.set(soc, names);
    }
    return names;
  };

  return {
    occupations: Object.freeze(occupations),
    skillCount: groups.size,
    findOccupations,
    proximity: occupationProximity,
    iscoGroupLabel: (code) => data.iscoGroups[code],
    skillsOf,
    canonicalSkill,
    findSkills,
    relatedSkills(skill, relatedOptions = {}) {
      checkTextArgument('relatedSkills', 'skill', skill);
      const canonical = canonicalSkill(skill);
      if (canonical === undefined) return [];
      let related = relatedCache.get(canonical);
      if (related === undefined) {
        related = computeRelated(canonical);
        relatedCache.set(canonical, related);
      }
      const minimum = relatedOptions.minStrength ?? 0;
      const limit = Math.max(0, Math.floor(relatedOptions.limit ?? 20));
      return related.filter((entry) => entry.strength >= minimum).slice(0, limit);
    },
  };
}

/**
 * Words matched by key lookups before a matcher builds its word trie. The trie of the occupation labels (about 120,000
 * keys) takes 0.15-0.4 s of CPU to build; key lookups cost about 5-9 µs a word against 2.5-4 µs through the trie
 * (62 sample postings, load 17), so this many words cost less without it. A process that reads one resume (its jobs'
 * readings saved) never builds it; one that reads many jobs builds it after a few dozen.
 */
export const WORDS_BEFORE_TRIE = 20_000;

/** Finds the longest key of an index at a word of a text (as longestAt below). */
type WordMatch<T> = (
  words: readonly string[],
  start: number,
  singular: boolean,
  found: { value: T | undefined },
) => number;

/**
 * The longest-key matcher over `index` (keys: words joined by single spaces): flat lookups of the joined words for
 * the first WORDS_BEFORE_TRIE words, then a word trie built once. Both give the same answer at every word.
 */
function wordMatcher<T>(index: ReadonlyMap<string, T>): WordMatch<T> {
  let trie: Map<string, WordNode<T>> | undefined;
  let words = 0;
  return (text, start, singular, found) => {
    if (trie === undefined && ++words > WORDS_BEFORE_TRIE) trie = wordTrie(index);
    return trie === undefined
      ? longestKeyAt(text, start, index, singular, found)
      : longestAt(text, start, trie, singular, found);
  };
}

// longestAt without a trie: looks up the key of each run of 1 to MAX_LABEL_WORDS words from `start` (no key is longer),
// the last word also singular when `singular`. A run no key starts with finds nothing, as the trie's walk stops there.
function longestKeyAt<T>(
  words: readonly string[],
  start: number,
  index: ReadonlyMap<string, T>,
  singular: boolean,
  found: { value: T | undefined },
): number {
  let count = 0;
  let key = '';
  const end = Math.min(words.length, start + MAX_LABEL_WORDS);
  for (let at = start; at < end; at++) {
    const word = words[at] ?? '';
    const before = key;
    key = at === start ? word : `${before} ${word}`;
    let value = index.get(key);
    if (value === undefined && singular) {
      const singularWord = singularKey(word);
      if (singularWord !== undefined) value = index.get(at === start ? singularWord : `${before} ${singularWord}`);
    }
    if (value !== undefined) {
      count = at - start + 1;
      found.value = value;
    }
  }
  return count;
}

/** A node of a word trie: the value of the key that ends here, and the nodes one word longer. */
interface WordNode<T> {
  value: T | undefined;
  next: Map<string, WordNode<T>> | undefined;
}

/** The keys of `index` (words joined by single spaces) as a word trie, so matching walks words without joining them. */
function wordTrie<T>(index: ReadonlyMap<string, T>): Map<string, WordNode<T>> {
  const root = new Map<string, WordNode<T>>();
  for (const [key, value] of index) {
    const words = key.split(' ');
    const last = words.length - 1;
    let level = root;
    for (let at = 0; at <= last; at++) {
      const word = words[at] as string;
      let node = level.get(word);
      if (node === undefined) level.set(word, (node = { value: undefined, next: undefined }));
      if (at === last) node.value = value;
      // A node has `next` exactly when a longer key continues it (a leaf gets no empty map: tens of thousands of them
      // made building the tries mostly garbage collection).
      else level = node.next ??= new Map();
    }
  }
  return root;
}

// The longest key of the trie starting at word `start` (its last word also tried singular when `singular`): its word
// count, with its value in `found.value`; 0 when none.
function longestAt<T>(
  words: readonly string[],
  start: number,
  trie: ReadonlyMap<string, WordNode<T>>,
  singular: boolean,
  found: { value: T | undefined },
): number {
  let count = 0;
  let level: ReadonlyMap<string, WordNode<T>> | undefined = trie;
  const end = Math.min(words.length, start + MAX_LABEL_WORDS);
  for (let at = start; at < end && level !== undefined; at++) {
    const word = words[at] ?? '';
    const node = level.get(word);
    let value = node?.value;
    if (value === undefined && singular) {
      // singularKey only changes the last word of a key, and only a word of four or more letters.
      const singularWord = singularKey(word);
      if (singularWord !== undefined) value = level.get(singularWord)?.value;
    }
    if (value !== undefined) {
      count = at - start + 1;
      found.value = value;
    }
    level = node?.next;
  }
  return count;
}

/** How close two occupations are, from their ids and their ISCO-08 and O*NET-SOC codes. */
export function occupationProximity(left: Occupation, right: Occupation): number {
  if (left.id === right.id) return 1;
  let best = 0;
  const soc = (left.socCode ?? '').slice(0, 7);
  const otherSoc = (right.socCode ?? '').slice(0, 7);
  if (soc !== '' && soc === otherSoc) best = 0.9;
  const isco = left.iscoGroup ?? '';
  const otherIsco = right.iscoGroup ?? '';
  if (isco !== '' && otherIsco !== '') {
    if (isco === otherIsco) best = Math.max(best, 0.75);
    else if (isco.slice(0, 3) === otherIsco.slice(0, 3)) best = Math.max(best, 0.5);
    else if (isco.slice(0, 2) === otherIsco.slice(0, 2)) best = Math.max(best, 0.3);
    else if (isco[0] === otherIsco[0]) best = Math.max(best, 0.1);
  }
  if (best < 0.5 && soc !== '' && otherSoc !== '') {
    // O*NET-SOC: "15-1252" broad group "15-125", minor group "15-12", major group "15".
    if (soc.slice(0, 6) === otherSoc.slice(0, 6)) best = Math.max(best, 0.6);
    else if (soc.slice(0, 5) === otherSoc.slice(0, 5)) best = Math.max(best, 0.45);
    else if (soc.slice(0, 2) === otherSoc.slice(0, 2)) best = Math.max(best, 0.2);
  }
  return best;
}

// The words with each field word as its worker (FIELD_WORKER), or undefined when the text names no field or names a
// degree ("Msc Computer Science" is a degree, not a computer scientist).
function fieldWorkers(words: readonly string[]): string[] | undefined {
  let workers: string[] | undefined;
  if (words.some((word) => DEGREE_WORDS.has(word))) return undefined;
  words.forEach((word, at) => {
    const worker = FIELD_WORKER.get(word);
    if (worker === undefined) return;
    workers ??= [...words];
    workers[at] = worker;
  });
  return workers;
}

// A word made singular when it looks plural ("developers" → "developer").
const singularWord = (word: string): string => singularKey(word) ?? word;

// Whether words start..start+count-1 hold a field word read as its worker.
function hasWorker(words: readonly string[], workers: readonly string[], start: number, count: number): boolean {
  for (let at = start; at < start + count; at++) if (words[at] !== workers[at]) return true;
  return false;
}

// A plain text: short lines are titles, long lines prose at a lower weight.
function splitPlainText(text: string): WeightedText[] {
  return text
    .split(/\r?\n|\s[|•·]\s/u)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const title = matchWords(line).length <= TITLE_LINE_WORDS;
      return { text: line, weight: title ? 1 : PROSE_WEIGHT, title };
    });
}

// The taxonomy's name for an ESCO or O*NET skill: its label, the label without a trailing "software", or its last
// word when that is a product or an acronym ("Oracle Java" → Java, "… language SQL" → SQL). Not its alternate
// labels: ESCO lists members there ("query languages" has "XPath"), which are not the same skill.
function canonicalFor(taxonomy: SkillTaxonomy, label: string): string {
  const candidates = [label];
  const stripped = label.replace(/\s+(?:software|software suites?)$/iu, '');
  if (stripped !== label) candidates.push(stripped);
  const words = stripped.split(/\s+/u);
  const last = words.at(-1) ?? '';
  if (words.length > 1 && (/^[A-Z0-9][A-Z0-9+#.]+$/u.test(last) || VENDORS.has((words[0] ?? '').toLowerCase())))
    candidates.push(last);
  if (words.length > 2 && VENDORS.has((words[0] ?? '').toLowerCase())) candidates.push(words.slice(1).join(' '));
  for (const candidate of candidates) {
    const name = taxonomy.lookup(candidate)?.name;
    if (name !== undefined) return name;
  }
  return label;
}
