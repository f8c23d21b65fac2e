import { checkListArgument, describeValue, invalidArgument } from '../errors/argument.js';
import { ValidationError } from '../errors/index.js';
import { checkNumberSetting } from '../errors/number-setting.js';
import { rejectUnknownKeys } from '../schemas/index.js';

/** Default rank constant k, as in Cormack, Clarke & Büttcher (2009) and Elasticsearch. */
export const DEFAULT_RRF_K = 60;

/** Options for {@link reciprocalRankFusion}. */
export interface ReciprocalRankFusionOptions {
  /** Rank constant k in `w / (k + rank)`, finite and ≥ 0; larger values flatten the advantage of top ranks (default 60). */
  k?: number | undefined;
  /** One weight per list, finite and ≥ 0 (default 1 for every list). */
  weights?: readonly number[] | undefined;
  /**
   * Per list, the rank (from 1) of each item at the same position, for lists with ties (e.g. fractional ranks 1, 2.5, 2.5, 4).
   * Default: position + 1. A list given here must have one finite rank ≥ 1 per item.
   */
  ranks?: ReadonlyArray<readonly number[] | undefined> | undefined;
  /** Keep only the best this many (default all). */
  limit?: number | undefined;
}

/** One fused item: its id, fused score and the rank it had in each list. */
export interface FusedRanking<Id = string> {
  id: Id;
  /** Σ over the lists it is in of `weight / (k + rank)`. */
  score: number;
  /** Rank (from 1) in each input list, index for index; `undefined` where the list does not hold it. */
  ranks: Array<number | undefined>;
}

const OPTION_NAMES = { k: true, weights: true, ranks: true, limit: true } satisfies Record<
  keyof ReciprocalRankFusionOptions,
  true
>;

function invalid(path: string, message: string): ValidationError {
  return new ValidationError('ReciprocalRankFusionOptions', [{ path, message, code: 'custom' }]);
}

/**
 * Fuses ranked id lists (best first) by reciprocal rank fusion: each id scores Σ wᵢ / (k + rankᵢ) over the lists it is in.
 * An id repeated within one list counts once, at its first (best) position. Best first; equal scores keep the order in
 * which ids were first met (list by list).
 */
export function reciprocalRankFusion<Id = string>(
  lists: ReadonlyArray<readonly Id[]>,
  options: ReciprocalRankFusionOptions = {},
): FusedRanking<Id>[] {
  checkListArgument('reciprocalRankFusion', 'lists', lists, 'a list of ranked lists of ids');
  lists.forEach((list, index) => {
    if (!Array.isArray(list))
      throw invalidArgument(
        'reciprocalRankFusion',
        `lists.${index}`,
        `must be a list of ids, got ${describeValue(list)}`,
      );
  });
  rejectUnknownKeys('ReciprocalRankFusionOptions', options, OPTION_NAMES);
  const k = checkNumberSetting('ReciprocalRankFusionOptions', 'k', options.k, { min: 0 }) ?? DEFAULT_RRF_K;
  const weights = options.weights;
  if (weights !== undefined) {
    if (weights.length !== lists.length)
      throw invalid('weights', `needs one weight per list (${lists.length}), got ${weights.length}`);
    weights.forEach((weight, index) => {
      if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0)
        throw invalid(`weights.${index}`, `must be a finite number ≥ 0, got ${String(weight)}`);
    });
  }
  const explicitRanks = options.ranks;
  if (explicitRanks !== undefined) {
    if (explicitRanks.length > lists.length)
      throw invalid('ranks', `has ${explicitRanks.length} entries for ${lists.length} lists`);
    explicitRanks.forEach((ranks, index) => {
      if (ranks === undefined) return;
      if (ranks.length !== lists[index]!.length)
        throw invalid(`ranks.${index}`, `needs one rank per item (${lists[index]!.length}), got ${ranks.length}`);
      const bad = ranks.findIndex((rank) => typeof rank !== 'number' || !Number.isFinite(rank) || rank < 1);
      if (bad >= 0) throw invalid(`ranks.${index}.${bad}`, `must be a finite number ≥ 1, got ${String(ranks[bad])}`);
    });
  }
  const limit = checkNumberSetting('ReciprocalRankFusionOptions', 'limit', options.limit, { integer: true, min: 0 });

  const fused = new Map<Id, FusedRanking<Id>>();
  lists.forEach((list, listIndex) => {
    const weight = weights?.[listIndex] ?? 1;
    const ranks = explicitRanks?.[listIndex];
    list.forEach((id, position) => {
      let entry = fused.get(id);
      if (entry?.ranks[listIndex] !== undefined) return;
      const rank = ranks?.[position] ?? position + 1;
      if (!entry) {
        entry = { id, score: 0, ranks: new Array<number | undefined>(lists.length).fill(undefined) };
        fused.set(id, entry);
      }
      entry.ranks[listIndex] = rank;
      entry.score += weight / (k + rank);
    });
  });
  // Array.prototype.sort is stable, so equal scores keep their first-met order.
  const ranked = [...fused.values()].sort((left, right) => right.score - left.score);
  return limit === undefined ? ranked : ranked.slice(0, limit);
}
