import { canonicalSkillName, degreeLabels, extractSkills, findDateRanges, type Resume } from '@rolefit/core';
import { degreeLevel, extractClaimMentions, findNumbers, type ClaimKind, type ClaimMention } from './extract-claims.js';
import { renderResumeText } from './resume-text.js';

/** A checked claim: where it is in the generated text and whether the source resume supports it. */
export interface Claim {
  /** What the claim is about. */
  readonly kind: ClaimKind;
  /** The claim as written. */
  readonly text: string;
  /** Offset of the first character in the checked text. */
  readonly start: number;
  /** Offset just past the last character. */
  readonly end: number;
  /** True when the source resume supports it. */
  readonly supported: boolean;
  /** Why it is, or is not, supported. */
  readonly reason: string;
}

/** The outcome of {@link checkTruthfulness}. */
export interface TruthfulnessReport {
  /** Every claim found, in text order. */
  readonly claims: Claim[];
  /** The claims the source does not support. */
  readonly unsupported: Claim[];
  /** Share of claims supported, 1 when there are none. */
  readonly supportedRatio: number;
}

interface SourceFacts {
  readonly text: string;
  readonly normalisedText: string;
  readonly skills: ReadonlySet<string>;
  readonly employers: readonly string[];
  readonly ranges: readonly { first: number; last: number }[];
  readonly degreeLevels: ReadonlySet<string>;
  readonly numbers: readonly { value: number; percent: boolean }[];
}

/** Normalises text for containment checks: lower case, punctuation to spaces, company suffixes kept. */
export function normaliseForComparison(text: string): string {
  return ` ${text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}+#]+/gu, ' ')
    .trim()} `;
}

const COMPANY_SUFFIX = / (inc|llc|ltd|corp|corporation|gmbh|co|company|plc)(?= $)/;

function sourceFacts(source: Resume): SourceFacts {
  const rendered = renderResumeText(source);
  const text = source.text ? `${rendered}\n${source.text}` : rendered;
  const skills = new Set<string>();
  for (const skill of source.skills) skills.add((canonicalSkillName(skill) ?? skill).toLowerCase());
  for (const mention of extractSkills(text)) skills.add(mention.skill.toLowerCase());
  const employers = [
    ...source.experience.flatMap((entry) => (entry.company ? [entry.company] : [])),
    ...source.education.flatMap((entry) => (entry.institution ? [entry.institution] : [])),
  ];
  const currentYear = new Date().getUTCFullYear();
  const ranges: { first: number; last: number }[] = [];
  for (const entry of [...source.experience, ...source.education]) {
    const first = entry.start?.getUTCFullYear();
    const last = entry.end === null ? currentYear : entry.end?.getUTCFullYear();
    if (first !== undefined || last !== undefined)
      ranges.push({ first: first ?? last ?? currentYear, last: last ?? first ?? currentYear });
  }
  for (const range of findDateRanges(text)) {
    ranges.push({
      first: range.start.getUTCFullYear(),
      last: range.end === null ? currentYear : range.end.getUTCFullYear(),
    });
  }
  const degreeLevels = new Set<string>();
  for (const entry of source.education) {
    const level = entry.degree ? (degreeLevel(entry.degree) ?? degreeLevelIn(entry.degree)) : undefined;
    if (level) degreeLevels.add(level);
  }
  for (const claim of extractClaimMentions(text))
    if (claim.kind === 'degree' && claim.level) degreeLevels.add(claim.level);
  const numbers = findNumbers(text).map(({ value, percent }) => ({ value, percent }));
  if (source.totalYears !== undefined) numbers.push({ value: source.totalYears, percent: false });
  return { text, normalisedText: normaliseForComparison(text), skills, employers, ranges, degreeLevels, numbers };
}

function degreeLevelIn(text: string): string | undefined {
  return extractClaimMentions(text).find((claim) => claim.kind === 'degree')?.level;
}

const sameValue = (left: number, right: number) =>
  Math.abs(left - right) <= 1e-9 * Math.max(1, Math.abs(left), Math.abs(right));

function judge(claim: ClaimMention, facts: SourceFacts): { supported: boolean; reason: string } {
  switch (claim.kind) {
    case 'skill': {
      const skill = claim.skill ?? claim.text;
      return facts.skills.has(skill.toLowerCase())
        ? { supported: true, reason: `the source lists the skill ${skill}` }
        : { supported: false, reason: `the source does not mention the skill ${skill}` };
    }
    case 'employer':
    case 'title': {
      const normalised = normaliseForComparison(claim.text);
      const withoutSuffix = normalised.replace(COMPANY_SUFFIX, '');
      const found =
        facts.normalisedText.includes(normalised) ||
        (withoutSuffix.trim() !== '' && facts.normalisedText.includes(`${withoutSuffix.trimEnd()} `));
      return found
        ? { supported: true, reason: `"${claim.text}" appears in the source` }
        : {
            supported: false,
            reason: `the source never names ${claim.kind === 'employer' ? 'the organisation' : 'the role'} "${claim.text}"`,
          };
    }
    case 'degree': {
      const level = claim.level;
      if (level === undefined || !facts.degreeLevels.has(level))
        return {
          supported: false,
          reason: `the source shows no ${level === undefined ? 'such degree' : degreeLabels[level]}`,
        };
      if (claim.field && !facts.normalisedText.includes(normaliseForComparison(claim.field))) {
        return { supported: false, reason: `the source shows no degree in ${claim.field}` };
      }
      return {
        supported: true,
        reason: `the source shows a ${degreeLabels[level]}${claim.field ? ` in ${claim.field}` : ''}`,
      };
    }
    case 'date': {
      const years = claim.years;
      if (years === undefined) return { supported: false, reason: 'unreadable date' };
      const currentYear = new Date().getUTCFullYear();
      const last = years.last ?? currentYear;
      if (years.range) {
        // A range must match a source range at both ends ("2019 – Present" for a role still held).
        const match = facts.ranges.some((range) => range.first === years.first && range.last === last);
        return match
          ? { supported: true, reason: `the source has the range ${years.first}–${years.last ?? 'present'}` }
          : { supported: false, reason: `no range ${years.first}–${years.last ?? 'present'} in the source` };
      }
      const within = facts.ranges.some((range) => range.first <= years.first && years.first <= range.last);
      return within
        ? { supported: true, reason: `${years.first} falls within a date range of the source` }
        : { supported: false, reason: `${years.first} is outside every date range of the source` };
    }
    case 'number': {
      const value = claim.value ?? Number.NaN;
      const percent = claim.percent ?? false;
      const match = facts.numbers.some((number) => number.percent === percent && sameValue(number.value, value));
      return match
        ? { supported: true, reason: `the source has the value ${value}${percent ? '%' : ''}` }
        : { supported: false, reason: `the source never states ${value}${percent ? '%' : ''}` };
    }
  }
}

/**
 * Finds the claims in a generated text or resume (skills, employers, titles, degrees, dates, numbers) and marks
 * each one the source resume does not support. Deterministic; offsets refer to the text, or for a resume to
 * `renderResumeText` of it.
 */
export function checkTruthfulness(generated: string | Resume, source: Resume): TruthfulnessReport {
  const text = typeof generated === 'string' ? generated : renderResumeText(generated);
  const facts = sourceFacts(source);
  const claims: Claim[] = extractClaimMentions(text, facts.employers).map((mention) => ({
    kind: mention.kind,
    text: mention.text,
    start: mention.start,
    end: mention.end,
    ...judge(mention, facts),
  }));
  const unsupported = claims.filter((claim) => !claim.supported);
  return {
    claims,
    unsupported,
    supportedRatio: claims.length === 0 ? 1 : (claims.length - unsupported.length) / claims.length,
  };
}
