import { checkListArgument, checkRecordArgument, checkTextArgument } from '../errors/argument.js';
// Skills a job ad names as alternatives ("R, SAS or Python", "Java and/or Kotlin", "one of AWS, GCP, Azure", "such as
// Jira or Asana", "e.g. Tableau, Power BI", "SQL/NoSQL"): one requirement, met by any of them.

/** Most skills one group of alternatives holds; a longer list is read as no group (real ads name two to five). */
export const MAX_ALTERNATIVES = 8;
// Longest gap between two items of one list ("," ", or" " and/or ").
const MAX_GAP = 14;
// Before the first item: words that make the list a choice ("one of", "any of", "either", "such as", "e.g.").
const CHOICE_CUE =
  /(?:\b(?:one|any)\s+(?:or\s+more\s+)?of(?:\s+the\s+following)?:?|\beither|\bsuch\s+as|\be\.\s?g\.?,?|\bfor\s+example,?)\s*\(?\s*$/iu;
const CUE_REACH = 30;

type Gap = 'comma' | 'or' | 'and' | 'slash';

/** What joins two neighbouring mentions: a comma, "or" (", or", "and/or"), "and" (", and", "&") or a slash; undefined when they are no list. */
function gapKind(text: string): Gap | undefined {
  if (text.length > MAX_GAP) return undefined;
  const gap = text.trim().toLowerCase();
  if (gap === ',') return 'comma';
  if (gap === '/') return 'slash';
  if (/^(?:,\s*)?(?:or|and\s*\/\s*or)$/u.test(gap)) return 'or';
  if (/^(?:,\s*)?(?:and|&)$/u.test(gap)) return 'and';
  return undefined;
}

/** True when a list whose items are joined by `gaps` names a choice (after a choice cue when `cued`). */
function isChoice(gaps: readonly Gap[], cued: boolean): boolean {
  if (gaps.length === 0 || gaps.length + 1 > MAX_ALTERNATIVES) return false;
  if (gaps.every((gap) => gap === 'slash')) return true;
  if (gaps.some((gap) => gap === 'and' || gap === 'slash')) return false;
  // "X, Y or Z", "X or Y": the last join is "or", the others commas; after a cue commas alone do ("e.g. X, Y").
  return gaps.at(-1) === 'or' ? gaps.slice(0, -1).every((gap) => gap === 'comma') : cued;
}

/**
 * The alternatives among a text's skill mentions (in text order, not overlapping): for each mention, the number of
 * its group of alternatives, or -1 when it stands in none. Linear in the mentions: each gap and cue is read once,
 * from a bounded slice.
 */
export function alternativeGroups(text: string, mentions: readonly { start: number; end: number }[]): Int32Array {
  const groups = new Int32Array(mentions.length).fill(-1);
  let next = 0;
  let runStart = 0;
  const gaps: Gap[] = [];
  const close = (runEnd: number) => {
    const first = mentions[runStart];
    if (first !== undefined && runEnd - runStart >= 2) {
      const cued = CHOICE_CUE.test(text.slice(Math.max(0, first.start - CUE_REACH), first.start));
      if (isChoice(gaps, cued)) {
        groups.fill(next, runStart, runEnd);
        next++;
      }
    }
    gaps.length = 0;
  };
  for (let index = 1; index <= mentions.length; index++) {
    const previous = mentions[index - 1];
    const mention = mentions[index];
    const gap =
      previous === undefined || mention === undefined || mention.start < previous.end
        ? undefined
        : gapKind(text.slice(previous.end, Math.min(mention.start, previous.end + MAX_GAP + 1)));
    if (gap === undefined) {
      close(index);
      runStart = index;
      // A list longer than any group of alternatives is no group (isChoice): its joins past that are not kept.
    } else if (gaps.length < MAX_ALTERNATIVES) gaps.push(gap);
  }
  return groups;
}

/** Names joined as a choice: "R", "R or SAS", "R, SAS or Python". */
export function formatAlternatives(names: readonly string[]): string {
  checkListArgument('formatAlternatives', 'names', names, 'a list of names');
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} or ${names.at(-1) ?? ''}`;
}

/**
 * A list of skills as requirements: each skill together with the skills of the list its `alternatives` names, in
 * list order (a group stands where its first member does). A skill with no alternatives is a requirement of its own.
 */
export function skillRequirementGroups<T extends { skill: string; alternatives?: readonly string[] | undefined }>(
  skills: readonly T[],
): T[][] {
  checkListArgument('skillRequirementGroups', 'skills', skills, 'a list of { skill, alternatives }').forEach(
    (skill, index) => {
      const { skill: name, alternatives } = checkRecordArgument(
        'skillRequirementGroups',
        `skills.${index}`,
        skill,
        '{ skill, alternatives }',
      );
      checkTextArgument('skillRequirementGroups', `skills.${index}.skill`, name);
      if (alternatives !== undefined)
        checkListArgument('skillRequirementGroups', `skills.${index}.alternatives`, alternatives, 'a list of skills');
    },
  );
  const groups: T[][] = [];
  const groupOf = new Map<string, T[]>();
  for (const skill of skills) {
    const key = skill.skill.toLowerCase();
    let group = groupOf.get(key);
    if (group === undefined) {
      group = [];
      groups.push(group);
      groupOf.set(key, group);
      for (const other of skill.alternatives ?? []) {
        const otherKey = other.toLowerCase();
        if (!groupOf.has(otherKey)) groupOf.set(otherKey, group);
      }
    }
    group.push(skill);
  }
  return groups;
}
