import { rejectUnknownKeys, ValidationError, type OccupationKnowledge } from '@rolefit/core';

/** The parts of the occupation ranker's score. */
export const OCCUPATION_PARTS = ['occupation', 'skills', 'title'] as const;

/** One part of the occupation ranker's score. */
export type OccupationPart = (typeof OCCUPATION_PARTS)[number];

/** Settings for {@link createOccupationRanker}. */
export interface OccupationRankerSettings {
  /** Name recorded in each Match (default `occupation`). */
  name?: string | undefined;
  /**
   * Weight ≥ 0 of each part, not all 0 (defaults {@link DEFAULT_OCCUPATION_WEIGHTS}). A part a job gives no evidence
   * for (skills of a job with none) is left out and the others share its weight.
   */
  weights?: Partial<Record<OccupationPart, number>> | undefined;
  /** Credit for a job skill the person does not have but has a related skill of, times the relation's strength; in [0, 1] (default 0.6). */
  relatedCredit?: number | undefined;
  /**
   * Pseudo-count added to a job's number of skills before dividing the credit by it, ≥ 0 (default 2): one shared
   * skill of one listed counts less than five of five.
   */
  skillPrior?: number | undefined;
  /** How many occupations are kept for the person and for each job, ≥ 1 (default 5). */
  occupationsKept?: number | undefined;
  /** Knowledge to use (default: the shipped ESCO + O*NET knowledge, loaded on the first ranking). */
  knowledge?: OccupationKnowledge | Promise<OccupationKnowledge> | undefined;
}

/** Default part weights, chosen on the dev sets' train splits only (job-views, wuzzuf-skills, lirecommend-profile, ember). */
export const DEFAULT_OCCUPATION_WEIGHTS: Readonly<Record<OccupationPart, number>> = Object.freeze({
  occupation: 0.3,
  skills: 0.5,
  title: 0.2,
});

/** Default credit for a related skill, before the relation's strength. */
export const DEFAULT_RELATED_CREDIT = 0.6;

/** Default pseudo-count of the skills part. */
export const DEFAULT_SKILL_PRIOR = 2;

/** Default number of occupations kept per side. */
export const DEFAULT_OCCUPATIONS_KEPT = 5;

/** Thrown by {@link createOccupationRanker} for settings it cannot use; `fields` names them. */
export class InvalidOccupationRankerSettingsError extends ValidationError {
  constructor(field: string, message: string) {
    super('OccupationRankerSettings', [{ path: field, message, code: 'invalid_value' }]);
  }
}

/** Settings after validation, defaults filled in. */
export interface ResolvedOccupationRankerSettings {
  readonly name: string;
  readonly weights: Readonly<Record<OccupationPart, number>>;
  readonly relatedCredit: number;
  readonly skillPrior: number;
  readonly occupationsKept: number;
}

/** Every setting of the occupation ranker, so an unknown (mistyped) one is refused. */
const OCCUPATION_SETTING_NAMES = {
  name: true,
  weights: true,
  relatedCredit: true,
  skillPrior: true,
  occupationsKept: true,
  knowledge: true,
} satisfies Record<keyof OccupationRankerSettings, true>;

/** Validates settings and fills in defaults; throws {@link InvalidOccupationRankerSettingsError}. */
export function resolveOccupationRankerSettings(
  settings: OccupationRankerSettings = {},
): ResolvedOccupationRankerSettings {
  rejectUnknownKeys('OccupationRankerSettings', settings, OCCUPATION_SETTING_NAMES);
  const name = settings.name ?? 'occupation';
  if (typeof name !== 'string' || name.trim() === '')
    throw new InvalidOccupationRankerSettingsError('name', 'name must be a non-empty string');
  const weights = { ...DEFAULT_OCCUPATION_WEIGHTS };
  if (settings.weights !== undefined) {
    if (settings.weights === null || typeof settings.weights !== 'object')
      throw new InvalidOccupationRankerSettingsError('weights', 'weights must be an object');
    for (const [part, weight] of Object.entries(settings.weights)) {
      if (!(OCCUPATION_PARTS as readonly string[]).includes(part)) {
        throw new InvalidOccupationRankerSettingsError(
          `weights.${part}`,
          `unknown part "${part}"; expected one of ${OCCUPATION_PARTS.join(', ')}`,
        );
      }
      if (weight === undefined) continue;
      if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
        throw new InvalidOccupationRankerSettingsError(
          `weights.${part}`,
          `weight of "${part}" must be a finite number ≥ 0, got ${String(weight)}`,
        );
      }
      weights[part as OccupationPart] = weight;
    }
    if (!(OCCUPATION_PARTS.reduce((sum, part) => sum + weights[part], 0) > 0))
      throw new InvalidOccupationRankerSettingsError('weights', 'at least one part needs a weight > 0');
  }
  const relatedCredit = settings.relatedCredit ?? DEFAULT_RELATED_CREDIT;
  if (typeof relatedCredit !== 'number' || !(relatedCredit >= 0 && relatedCredit <= 1)) {
    throw new InvalidOccupationRankerSettingsError(
      'relatedCredit',
      `relatedCredit must be a number in [0, 1], got ${String(relatedCredit)}`,
    );
  }
  const skillPrior = settings.skillPrior ?? DEFAULT_SKILL_PRIOR;
  if (typeof skillPrior !== 'number' || !Number.isFinite(skillPrior) || skillPrior < 0) {
    throw new InvalidOccupationRankerSettingsError(
      'skillPrior',
      `skillPrior must be a finite number ≥ 0, got ${String(skillPrior)}`,
    );
  }
  const occupationsKept = settings.occupationsKept ?? DEFAULT_OCCUPATIONS_KEPT;
  if (
    typeof occupationsKept !== 'number' ||
    !Number.isInteger(occupationsKept) ||
    occupationsKept < 1 ||
    occupationsKept > 100
  ) {
    throw new InvalidOccupationRankerSettingsError(
      'occupationsKept',
      `occupationsKept must be an integer in [1, 100], got ${String(occupationsKept)}`,
    );
  }
  return { name, weights: Object.freeze(weights), relatedCredit, skillPrior, occupationsKept };
}
