import { DEFAULT_RRF_K, rejectUnknownKeys, ValidationError, type Ranker } from '@rolefit/core';
import { rankerProblem } from '@rolefit/core/internal';
import {
  DEFAULT_PSEUDO_RELEVANCE,
  InvalidPseudoRelevanceSettingsError,
  resolvePseudoRelevanceSettings,
  SIMILARITY_TO_TOP_KEY,
  type PseudoRelevanceSettings,
  type ResolvedPseudoRelevanceSettings,
} from '../pseudo-relevance/index.js';

/** How member rankings are combined: reciprocal rank fusion, or a weighted sum of normalised scores. */
export type FusionMethod = 'rrf' | 'weighted-sum';

/** How a member's scores are put on one scale per query before a weighted sum. */
export type FusionNormalization = 'min-max' | 'z-score' | 'none';

/** Every fusion method. */
export const FUSION_METHODS: readonly FusionMethod[] = ['rrf', 'weighted-sum'];

/** Every normalisation of the weighted sum. */
export const FUSION_NORMALIZATIONS: readonly FusionNormalization[] = ['min-max', 'z-score', 'none'];

// Default RRF constant k: core's, as in Cormack et al. (2009).
export { DEFAULT_RRF_K };

/** Default normalisation of the weighted sum. */
export const DEFAULT_FUSION_NORMALIZATION: FusionNormalization = 'min-max';

/** Settings for {@link createFusionRanker}. */
export interface FusionSettings {
  /** The member rankers, each with a distinct name; at least one. */
  rankers: readonly Ranker[];
  /** `rrf` (default) or `weighted-sum`. */
  method?: FusionMethod | undefined;
  /** One weight ≥ 0 per member, in the order of `rankers`, not all 0 (default: all 1). */
  weights?: readonly number[] | undefined;
  /** RRF constant k in `w / (k + rank)`, ≥ 0 (default 60); `rrf` only. */
  rrfK?: number | undefined;
  /** Per-query normalisation of member scores (default `min-max`); `weighted-sum` only. */
  normalization?: FusionNormalization | undefined;
  /**
   * Pseudo-relevance expansion after fusing: jobs that resemble the fused top `depth` move up (see
   * `applyPseudoRelevance`). On by default (`DEFAULT_PSEUDO_RELEVANCE`); `false` turns it off.
   */
  pseudoRelevance?: PseudoRelevanceSettings | false | undefined;
  /**
   * Where one member is sure, it decides: a job whose score from the member named `ranker` is `from` or less keeps
   * its fused score, one at `to` or more gets that member's score, and in between the fused score moves linearly
   * towards it (before the expansion step). For a BM25 member: a job that matches much of the person's text is not
   * overruled by coarser members. Off by default.
   */
  decisiveMember?: DecisiveMember | false | undefined;
  /**
   * Where two members agree, one of them counts more: for each job, the member named `ranker` gets `weight` more,
   * times `agreesWith`'s own score over `at` (capped at 1). With a BM25 member as `agreesWith`: a coarse member
   * (occupation) counts more where the texts also share words, and less where it is the only evidence.
   * `weighted-sum` only; off by default.
   */
  agreementBoost?: AgreementBoost | false | undefined;
  /** Name recorded in each Match (default `fusion`). */
  name?: string | undefined;
}

/** A member whose weight grows with another member's score (see {@link FusionSettings.agreementBoost}). */
export interface AgreementBoost {
  /** Name of the member whose weight grows. */
  ranker: string;
  /** Name of the member whose own score in [0, 1] measures the agreement. */
  agreesWith: string;
  /** Weight added at full agreement, > 0. */
  weight: number;
  /** Score of `agreesWith` at which the whole `weight` is added (linear from 0), in (0, 1]. */
  at: number;
}

/** A member whose high scores decide (see {@link FusionSettings.decisiveMember}). */
export interface DecisiveMember {
  /** Name of the member ranker. */
  ranker: string;
  /** Member score at which it starts to decide, in [0, 1). */
  from: number;
  /** Member score at which it decides alone, in (from, 1]. */
  to: number;
}

/** Fusion settings after validation, with every default filled in. */
export interface ResolvedFusionSettings {
  rankers: readonly Ranker[];
  method: FusionMethod;
  weights: readonly number[];
  rrfK: number;
  normalization: FusionNormalization;
  /** Undefined when the expansion step is off. */
  pseudoRelevance: ResolvedPseudoRelevanceSettings | undefined;
  /** Undefined when no member decides. */
  decisiveMember: DecisiveMember | undefined;
  /** Undefined when no member's weight follows agreement. */
  agreementBoost: AgreementBoost | undefined;
  name: string;
}

/** Thrown for unusable fusion settings; `setting` names the bad one, e.g. `weights`, `weights.1`, `rankers.0`, `rrfK`. */
export class InvalidFusionSettingsError extends ValidationError {
  /** The setting at fault, as a dot path. */
  override readonly setting: string;

  constructor(setting: string, message: string) {
    super('FusionSettings', [{ path: setting, message, code: 'invalid_value' }]);
    this.setting = setting;
  }
}

/** Every fusion setting, so an unknown (mistyped) one is refused. */
const FUSION_SETTING_NAMES = {
  rankers: true,
  method: true,
  weights: true,
  rrfK: true,
  normalization: true,
  pseudoRelevance: true,
  decisiveMember: true,
  agreementBoost: true,
  name: true,
} satisfies Record<keyof FusionSettings, true>;

/** Validates fusion settings and fills in defaults; throws {@link InvalidFusionSettingsError} naming the bad setting. */
export function resolveFusionSettings(settings: FusionSettings): ResolvedFusionSettings {
  rejectUnknownKeys('FusionSettings', settings, FUSION_SETTING_NAMES, { required: true });
  const { rankers } = settings;
  if (!Array.isArray(rankers) || rankers.length === 0)
    throw new InvalidFusionSettingsError('rankers', 'at least one ranker is needed');
  const names = new Set<string>();
  rankers.forEach((ranker, index) => {
    const problem =
      rankerProblem(ranker) ?? (ranker.name.trim() === '' ? 'must be a Ranker with a non-empty name' : undefined);
    if (problem !== undefined) throw new InvalidFusionSettingsError(`rankers.${index}`, problem);
    if (names.has(ranker.name))
      throw new InvalidFusionSettingsError(
        `rankers.${index}`,
        `duplicate ranker name "${ranker.name}"; each member needs its own name`,
      );
    names.add(ranker.name);
  });

  const method = settings.method ?? 'rrf';
  if (!FUSION_METHODS.includes(method))
    throw new InvalidFusionSettingsError(
      'method',
      `must be one of ${FUSION_METHODS.join(', ')}, got ${String(method)}`,
    );

  const weights = settings.weights ?? rankers.map(() => 1);
  if (!Array.isArray(weights) || weights.length !== rankers.length)
    throw new InvalidFusionSettingsError(
      'weights',
      `needs one weight per ranker (${rankers.length}), got ${Array.isArray(weights) ? weights.length : String(weights)}`,
    );
  weights.forEach((weight, index) => {
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0)
      throw new InvalidFusionSettingsError(`weights.${index}`, `must be a finite number ≥ 0, got ${String(weight)}`);
  });
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  if (!(total > 0)) throw new InvalidFusionSettingsError('weights', 'at least one weight must be > 0');
  if (!Number.isFinite(total))
    throw new InvalidFusionSettingsError('weights', 'weights are too large to add up; use smaller numbers');

  if (settings.rrfK !== undefined) {
    if (method !== 'rrf') throw new InvalidFusionSettingsError('rrfK', `applies to method "rrf" only, not "${method}"`);
    if (typeof settings.rrfK !== 'number' || !Number.isFinite(settings.rrfK) || settings.rrfK < 0)
      throw new InvalidFusionSettingsError('rrfK', `must be a finite number ≥ 0, got ${String(settings.rrfK)}`);
  }
  if (settings.normalization !== undefined) {
    if (method !== 'weighted-sum')
      throw new InvalidFusionSettingsError('normalization', `applies to method "weighted-sum" only, not "${method}"`);
    if (!FUSION_NORMALIZATIONS.includes(settings.normalization))
      throw new InvalidFusionSettingsError(
        'normalization',
        `must be one of ${FUSION_NORMALIZATIONS.join(', ')}, got ${String(settings.normalization)}`,
      );
  }
  const name = settings.name ?? 'fusion';
  if (typeof name !== 'string' || name.trim() === '')
    throw new InvalidFusionSettingsError('name', 'must be a non-empty string');

  let pseudoRelevance: ResolvedPseudoRelevanceSettings | undefined;
  if (settings.pseudoRelevance !== false) {
    try {
      pseudoRelevance = resolvePseudoRelevanceSettings(settings.pseudoRelevance ?? DEFAULT_PSEUDO_RELEVANCE);
    } catch (error) {
      if (error instanceof InvalidPseudoRelevanceSettingsError)
        throw new InvalidFusionSettingsError(error.setting, error.issues[0]!.message);
      throw error;
    }
    // The similarity shares the breakdown with the members' scores.
    const clash = rankers.findIndex((ranker) => ranker.name === SIMILARITY_TO_TOP_KEY);
    if (clash >= 0)
      throw new InvalidFusionSettingsError(
        `rankers.${clash}`,
        `the name "${SIMILARITY_TO_TOP_KEY}" is taken by pseudo-relevance expansion; rename the ranker or set pseudoRelevance: false`,
      );
  }

  let decisiveMember: DecisiveMember | undefined;
  if (settings.decisiveMember !== undefined && settings.decisiveMember !== false) {
    const { ranker, from, to } = settings.decisiveMember;
    const index = rankers.findIndex((member) => member.name === ranker);
    if (index < 0 || !(weights[index]! > 0))
      throw new InvalidFusionSettingsError(
        'decisiveMember.ranker',
        `must name a ranker with a weight above 0 (${rankers
          .filter((_, position) => weights[position]! > 0)
          .map((member) => member.name)
          .join(', ')}), got ${String(ranker)}`,
      );
    if (typeof from !== 'number' || !(from >= 0 && from < 1))
      throw new InvalidFusionSettingsError('decisiveMember.from', `must be a number in [0, 1), got ${String(from)}`);
    if (typeof to !== 'number' || !(to > from && to <= 1))
      throw new InvalidFusionSettingsError('decisiveMember.to', `must be a number in (from, 1], got ${String(to)}`);
    decisiveMember = { ranker, from, to };
  }

  let agreementBoost: AgreementBoost | undefined;
  if (settings.agreementBoost !== undefined && settings.agreementBoost !== false) {
    const boost = settings.agreementBoost;
    if (typeof boost !== 'object' || boost === null)
      throw new InvalidFusionSettingsError('agreementBoost', `must be an object or false, got ${String(boost)}`);
    rejectUnknownKeys('FusionSettings.agreementBoost', boost, {
      ranker: true,
      agreesWith: true,
      weight: true,
      at: true,
    } satisfies Record<keyof AgreementBoost, true>);
    if (method !== 'weighted-sum')
      throw new InvalidFusionSettingsError('agreementBoost', `applies to method "weighted-sum" only, not "${method}"`);
    const running = rankers.filter((_, position) => weights[position]! > 0).map((member) => member.name);
    for (const key of ['ranker', 'agreesWith'] as const)
      if (!running.includes(boost[key]))
        throw new InvalidFusionSettingsError(
          `agreementBoost.${key}`,
          `must name a ranker with a weight above 0 (${running.join(', ')}), got ${String(boost[key])}`,
        );
    if (boost.ranker === boost.agreesWith)
      throw new InvalidFusionSettingsError('agreementBoost.agreesWith', 'must name another member than ranker');
    if (typeof boost.weight !== 'number' || !Number.isFinite(boost.weight) || !(boost.weight > 0))
      throw new InvalidFusionSettingsError(
        'agreementBoost.weight',
        `must be a finite number > 0, got ${String(boost.weight)}`,
      );
    if (typeof boost.at !== 'number' || !(boost.at > 0 && boost.at <= 1))
      throw new InvalidFusionSettingsError('agreementBoost.at', `must be a number in (0, 1], got ${String(boost.at)}`);
    agreementBoost = { ranker: boost.ranker, agreesWith: boost.agreesWith, weight: boost.weight, at: boost.at };
  }

  return {
    decisiveMember,
    agreementBoost,
    rankers,
    method,
    weights: [...weights],
    rrfK: settings.rrfK ?? DEFAULT_RRF_K,
    normalization: settings.normalization ?? DEFAULT_FUSION_NORMALIZATION,
    pseudoRelevance,
    name,
  };
}
