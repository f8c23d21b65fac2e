import { invalidSetting, rejectUnknownKeys, type Job } from '@rolefit/core';
import { checkJobArgument, checkListArgument, checkNumberSetting, describeValue } from '@rolefit/core/internal';
import { normalizeText } from '@rolefit/core/text';
import {
  centroid,
  cosine,
  createSkillResolver,
  inverseDocumentFrequencies,
  titleWords,
  unit,
  type SkillResolver,
  type SparseVector,
} from '@rolefit/rankers';

/** What clustering reads from a posting: role words of its title and its canonical skills. */
export interface PostingFeatures {
  /** Stemmed role words of the title, seniority and stop words removed. */
  readonly titleWords: ReadonlySet<string>;
  /** Comparison keys of the posting's canonical skills. */
  readonly skillKeys: ReadonlySet<string>;
  /** Canonical skill names by comparison key. */
  readonly skillNames: ReadonlyMap<string, string>;
}

/** Settings for {@link clusterJobs} and the vectors it builds. */
export interface ClusterSettings {
  /** Average similarity two groups need to be merged, in (0, 1] (default 0.25). */
  threshold?: number | undefined;
  /** Share of a posting's vector given to title words; the rest goes to skills (default 0.5). */
  titleWeight?: number | undefined;
  /** Postings with fewer listed skills than this get skills found in their title and description too (default 3). */
  minimumListedSkills?: number | undefined;
  /** Resolver used to canonicalise skills (default: the built-in taxonomy). */
  resolver?: SkillResolver | undefined;
  /**
   * Most postings clustered pair by pair (default 2,000; memory and time grow with its square: 16 MB of pairs at
   * 2,000). Past it an evenly spaced sample of that many (in id order) is clustered, and every other posting joins the
   * group it is most similar to on average, or a group of its own where none reaches `threshold`.
   */
  maxClustered?: number | undefined;
}

/** One group of similar postings. */
export interface JobCluster {
  /** Member postings, in id order. */
  readonly jobs: readonly Job[];
  /** Mean of the members' vectors. */
  readonly centroid: SparseVector;
  /** Each member's cosine similarity to the centroid, in the order of `jobs`. */
  readonly typicality: readonly number[];
}

/** TF-IDF space over title words and skills of a corpus, shared by postings and the person. */
export interface CareerSpace {
  /** Turns title words and skill keys into a unit-length vector of the space (features the corpus never uses are ignored). */
  vector(titleWords: ReadonlySet<string>, skillKeys: ReadonlySet<string>): SparseVector;
}

/** Default average similarity at which groups merge. */
export const DEFAULT_CLUSTER_THRESHOLD = 0.25;

/** Default most postings clustered pair by pair: the 1,956 LinkedIn and Glassdoor postings of the project's data fit. */
export const DEFAULT_MAX_CLUSTERED = 2000;

/** Reads title words and canonical skills from a posting. */
export function postingFeatures(job: Job, resolver: SkillResolver, minimumListedSkills = 3): PostingFeatures {
  const skillNames = new Map<string, string>();
  const add = (name: string) => {
    const resolved = resolver.resolve(name);
    if (resolved.key !== '' && !skillNames.has(resolved.key)) skillNames.set(resolved.key, resolved.name);
  };
  // A job read from JSON without parseJob may have no skills or description (checkJobArgument lets absent fields pass).
  const listed = job.skills ?? [];
  for (const name of listed) add(name);
  // Postings from boards without skill tags would otherwise cluster on their title alone.
  if (listed.length < minimumListedSkills)
    for (const name of resolver.taxonomy.extractNames(`${job.title}\n${job.description ?? ''}`)) add(name);
  return { titleWords: titleWords(job.title), skillKeys: new Set(skillNames.keys()), skillNames };
}

/** Builds the TF-IDF space of a corpus from its postings' features. */
export function createCareerSpace(features: readonly PostingFeatures[], titleWeight = 0.5): CareerSpace {
  checkNumberSetting('ClusterSettings', 'titleWeight', titleWeight, { min: 0, max: 1 });
  const titleIdf = inverseDocumentFrequencies(features.map((feature) => feature.titleWords));
  const skillIdf = inverseDocumentFrequencies(features.map((feature) => feature.skillKeys));
  const part = (
    words: ReadonlySet<string>,
    idf: ReadonlyMap<string, number>,
    prefix: string,
    weight: number,
  ): SparseVector => {
    const vector: SparseVector = new Map();
    for (const word of words) {
      const value = idf.get(word);
      if (value !== undefined) vector.set(`${prefix}${word}`, value);
    }
    // Each part is scaled to length √weight, so cosine = titleWeight·cos(titles) + skillWeight·cos(skills) when both parts exist.
    const scale = Math.sqrt(weight);
    return new Map([...unit(vector)].map(([feature, value]) => [feature, value * scale]));
  };
  return {
    vector(words, skills) {
      return new Map([...part(words, titleIdf, 't:', titleWeight), ...part(skills, skillIdf, 's:', 1 - titleWeight)]);
    },
  };
}

/**
 * Groups postings by average-linkage agglomerative clustering on cosine similarity: the most similar pair of
 * groups merges until no pair reaches `threshold`. Deterministic: postings are taken in id order and ties go to
 * the pair with the lowest ids. Memory O(m²) (m² / 2 numbers) for the m = min(n, `maxClustered`) clustered pair by pair,
 * and time O(m²) plus O(m) for each group whose most similar group was merged away (close to O(m²) on postings, O(m³)
 * at worst);
 * past `maxClustered` an evenly spaced sample is, and the others join the group most similar on average
 * (see {@link ClusterSettings.maxClustered}). Groups come in the order of their first member.
 */
export function clusterVectors(
  vectors: readonly SparseVector[],
  threshold: number,
  maxClustered: number = DEFAULT_MAX_CLUSTERED,
): number[][] {
  checkNumberSetting('ClusterSettings', 'threshold', threshold, { above: 0, max: 1 });
  checkNumberSetting('ClusterSettings', 'maxClustered', maxClustered, { integer: true, min: 1 });
  if (vectors.length <= maxClustered) return clusterPairwise(vectors, threshold);
  // Evenly spaced in id order: the sample spans the corpus (its boards and id ranges), the same on every run.
  const sampled = Array.from({ length: maxClustered }, (_, index) =>
    Math.floor((index * vectors.length) / maxClustered),
  );
  const groups = clusterPairwise(
    sampled.map((index) => vectors[index] ?? new Map()),
    threshold,
  ).map((group) => group.map((position) => sampled[position]!));
  return joinNearestGroups(vectors, groups, new Set(sampled), threshold);
}

/**
 * Adds every posting outside `groups` to the group it is most similar to on average (the mean of its cosines to the
 * members: average linkage's measure, read from the mean of the members' unit vectors through an index of features),
 * ties to the first group; where none reaches `threshold`, to a group of its own. Returns the groups in the order of
 * their first member, each in index order.
 */
function joinNearestGroups(
  vectors: readonly SparseVector[],
  groups: number[][],
  grouped: ReadonlySet<number>,
  threshold: number,
): number[][] {
  const postings = new Map<string, Array<{ group: number; weight: number }>>();
  groups.forEach((group, groupIndex) => {
    const sum = new Map<string, number>();
    for (const member of group)
      for (const [feature, weight] of unit(vectors[member] ?? new Map()))
        sum.set(feature, (sum.get(feature) ?? 0) + weight);
    for (const [feature, weight] of sum) {
      let list = postings.get(feature);
      if (list === undefined) postings.set(feature, (list = []));
      list.push({ group: groupIndex, weight: weight / group.length });
    }
  });
  const scores = new Float64Array(groups.length);
  const touched: number[] = [];
  const joined = groups.map((group) => [...group]);
  for (let index = 0; index < vectors.length; index += 1) {
    if (grouped.has(index)) continue;
    for (const [feature, weight] of unit(vectors[index] ?? new Map()))
      for (const posting of postings.get(feature) ?? []) {
        if (scores[posting.group] === 0) touched.push(posting.group);
        scores[posting.group]! += weight * posting.weight;
      }
    let best = -1;
    for (const group of touched)
      if (best === -1 || scores[group]! > scores[best]! || (scores[group] === scores[best] && group < best))
        best = group;
    if (best !== -1 && scores[best]! >= threshold) joined[best]!.push(index);
    else joined.push([index]);
    for (const group of touched) scores[group] = 0;
    touched.length = 0;
  }
  return joined.map((group) => group.sort((left, right) => left - right)).sort((left, right) => left[0]! - right[0]!);
}

/**
 * {@link clusterVectors} on every vector: the pairs' similarities, merged until no pair reaches `threshold`. The
 * merges are those of a scan of every pair for the most similar one (ties to the first pair in row-then-column
 * order): each row keeps its most similar later column (ties to the first), and only the rows whose best was one of
 * a merged pair are scanned again.
 */
function clusterPairwise(vectors: readonly SparseVector[], threshold: number): number[][] {
  const count = vectors.length;
  const { similarity, rowBase } = pairSimilarities(vectors);
  // The pair (row, column), row < column, is at similarity[rowBase[row] + column].
  const at = (left: number, right: number) => (left < right ? rowBase[left]! + right : rowBase[right]! + left);
  const active = new Uint8Array(count).fill(1);
  const size = new Float64Array(count).fill(1);
  const bestValue = new Float64Array(count);
  const bestColumn = new Int32Array(count);
  // Each group is a linked list of its members from its first one (the row it is kept in).
  const nextMember = new Int32Array(count).fill(-1);
  const lastMember = Int32Array.from({ length: count }, (_, index) => index);
  const findBest = (row: number) => {
    let value = Number.NEGATIVE_INFINITY;
    let column = -1;
    const base = rowBase[row]!;
    for (let other = row + 1; other < count; other += 1) {
      // Strictly greater keeps the first column on ties (and passes NaN over, as the scan of every pair did).
      if (active[other] === 1 && similarity[base + other]! > value) {
        value = similarity[base + other]!;
        column = other;
      }
    }
    bestValue[row] = value;
    bestColumn[row] = column;
  };
  for (let row = 0; row < count; row += 1) findBest(row);
  for (;;) {
    let best = Number.NEGATIVE_INFINITY;
    let bestRow = -1;
    for (let row = 0; row < count; row += 1)
      if (active[row] === 1 && bestValue[row]! > best) {
        best = bestValue[row]!;
        bestRow = row;
      }
    if (bestRow < 0 || best < threshold) break;
    const kept = bestRow;
    const merged = bestColumn[kept]!;
    const keptSize = size[kept]!;
    const mergedSize = size[merged]!;
    // Lance–Williams update for average linkage: the new group's similarity is the size-weighted mean.
    for (let other = 0; other < count; other += 1) {
      if (other === kept || other === merged || active[other] === 0) continue;
      const index = at(kept, other);
      similarity[index] =
        (keptSize * similarity[index]! + mergedSize * similarity[at(merged, other)]!) / (keptSize + mergedSize);
    }
    active[merged] = 0;
    size[kept] = keptSize + mergedSize;
    nextMember[lastMember[kept]!] = merged;
    lastMember[kept] = lastMember[merged]!;
    findBest(kept);
    // Rows after `merged` keep their bests: only columns kept and merged changed, and both come before them.
    for (let row = 0; row < merged; row += 1) {
      if (row === kept || active[row] === 0) continue;
      const column = bestColumn[row]!;
      if (column === merged) findBest(row);
      else if (row < kept) {
        const value = similarity[rowBase[row]! + kept]!;
        if (column === kept) {
          if (value >= bestValue[row]!) bestValue[row] = value;
          else findBest(row);
        } else if (value > bestValue[row]! || (value === bestValue[row]! && kept < column)) {
          bestValue[row] = value;
          bestColumn[row] = kept;
        }
      }
    }
  }
  const groups: number[][] = [];
  for (let row = 0; row < count; row += 1) {
    if (active[row] === 0) continue;
    const group: number[] = [];
    for (let member = row; member !== -1; member = nextMember[member]!) group.push(member);
    groups.push(group.sort((left, right) => left - right));
  }
  return groups;
}

/**
 * The cosine similarity of every pair of vectors, as {@link cosine} gives it bit for bit (the same products summed in
 * the same order: over the smaller vector's features, the earlier one's on equal sizes), found through an index of
 * features so that pairs sharing none cost nothing. The pair (row, column), row < column, is at `rowBase[row] + column`.
 */
function pairSimilarities(vectors: readonly SparseVector[]): { similarity: Float64Array; rowBase: number[] } {
  const count = vectors.length;
  const rowBase = Array.from({ length: count }, (_, row) => row * (count - 1) - (row * (row - 1)) / 2 - row - 1);
  const similarity = new Float64Array((count * (count - 1)) / 2);
  if (count < 2) return { similarity, rowBase };
  // A hole or a missing vector is an empty one, as cosine(vectors[row] ?? new Map(), …) read it.
  const rows = Array.from({ length: count }, (_, row) => vectors[row] ?? new Map<string, number>());
  // The errors cosine threw on the first pair holding something that is not a vector.
  rows.forEach((vector, index) => {
    if (!(vector instanceof Map)) cosine(index === 0 ? vector : new Map(), index === 0 ? new Map() : vector);
  });
  // norm() of @rolefit/rankers (not exported): the same squares summed in the same order.
  const lengths = rows.map((vector) =>
    Math.sqrt([...vector.values()].reduce((sum, weight) => sum + weight * weight, 0)),
  );
  const featureIds = new Map<string, number>();
  const rowFeatures = rows.map((vector) =>
    Int32Array.from(vector.keys(), (feature) => {
      let id = featureIds.get(feature);
      if (id === undefined) featureIds.set(feature, (id = featureIds.size));
      return id;
    }),
  );
  const rowWeights = rows.map((vector) => Float64Array.from(vector.values()));
  // The rows holding each feature, with their weights, in row order.
  const postingStart = new Int32Array(featureIds.size + 1);
  for (const features of rowFeatures) for (const id of features) postingStart[id + 1]! += 1;
  for (let id = 0; id < featureIds.size; id += 1) postingStart[id + 1]! += postingStart[id]!;
  const postingRow = new Int32Array(postingStart[featureIds.size]!);
  const postingWeight = new Float64Array(postingRow.length);
  const filled = postingStart.slice(0, featureIds.size);
  rowFeatures.forEach((features, row) =>
    features.forEach((id, position) => {
      const slot = filled[id]!++;
      postingRow[slot] = row;
      postingWeight[slot] = rowWeights[row]![position]!;
    }),
  );
  const sums = new Float64Array(count);
  const touched = new Uint8Array(count);
  const others: number[] = [];
  for (let row = 0; row < count; row += 1) {
    const features = rowFeatures[row]!;
    const weights = rowWeights[row]!;
    const rowSize = features.length;
    // cosine's dot product runs over the smaller vector's features, the earlier vector's on equal sizes: the pairs
    // where this row is that vector are summed here, feature by feature in its order.
    for (let position = 0; position < rowSize; position += 1) {
      const id = features[position]!;
      const weight = weights[position]!;
      for (let slot = postingStart[id]!; slot < postingStart[id + 1]!; slot += 1) {
        const other = postingRow[slot]!;
        const otherSize = rowFeatures[other]!.length;
        if (other === row || otherSize < rowSize || (otherSize === rowSize && other < row)) continue;
        if (touched[other] === 0) {
          touched[other] = 1;
          others.push(other);
        }
        sums[other]! += weight * postingWeight[slot]!;
      }
    }
    for (const other of others) {
      const product = lengths[row]! * lengths[other]!;
      similarity[row < other ? rowBase[row]! + other : rowBase[other]! + row] =
        product > 0 ? sums[other]! / product : 0;
      sums[other] = 0;
      touched[other] = 0;
    }
    others.length = 0;
  }
  return { similarity, rowBase };
}

/** Every key of {@link ClusterSettings}, so that an unknown key (a typo) is refused with the nearest known one. */
export const CLUSTER_SETTINGS_NAMES = {
  threshold: true,
  titleWeight: true,
  minimumListedSkills: true,
  resolver: true,
  maxClustered: true,
} satisfies Record<keyof ClusterSettings, true>;

/** `ClusterSettings.resolver`: undefined or a SkillResolver (an object with `resolve()`), else its ValidationError. */
function checkResolverSetting(resolver: unknown): SkillResolver | undefined {
  if (resolver !== undefined && typeof (resolver as Partial<SkillResolver> | null)?.resolve !== 'function')
    throw invalidSetting(
      'ClusterSettings',
      'resolver',
      `must be a SkillResolver (createSkillResolver()), got ${describeValue(resolver)}`,
    );
  return resolver as SkillResolver | undefined;
}

/** Clusters postings by title words and skills; returns groups biggest first (ties by first id). */
export function clusterJobs(jobs: readonly Job[], settings: ClusterSettings = {}): JobCluster[] {
  checkListArgument('clusterJobs', 'jobs', jobs, 'a list of jobs').forEach((job, index) =>
    checkJobArgument('clusterJobs', `jobs.${index}`, job),
  );
  rejectUnknownKeys('ClusterSettings', settings, CLUSTER_SETTINGS_NAMES);
  checkNumberSetting('ClusterSettings', 'minimumListedSkills', settings.minimumListedSkills, { integer: true, min: 0 });
  // A resolver of the wrong kind was "resolver.resolve is not a function" at the first posting (round 18).
  const resolver = checkResolverSetting(settings.resolver) ?? createSkillResolver();
  const ordered = [...jobs].sort((left, right) => compareText(left.id, right.id));
  const features = ordered.map((job) => postingFeatures(job, resolver, settings.minimumListedSkills));
  const space = createCareerSpace(features, settings.titleWeight);
  const vectors = features.map((feature) => space.vector(feature.titleWords, feature.skillKeys));
  return groupsToClusters(
    clusterVectors(vectors, settings.threshold ?? DEFAULT_CLUSTER_THRESHOLD, settings.maxClustered),
    ordered,
    vectors,
  );
}

/** Turns index groups into clusters with centroids, biggest first (ties by first id). */
export function groupsToClusters(
  groups: readonly number[][],
  jobs: readonly Job[],
  vectors: readonly SparseVector[],
): JobCluster[] {
  const clusters = groups.map((group) => {
    const memberVectors = group.map((index) => vectors[index] ?? new Map<string, number>());
    const middle = centroid(memberVectors);
    return {
      jobs: group.map((index) => jobs[index] as Job),
      centroid: middle,
      typicality: memberVectors.map((vector) => cosine(vector, middle)),
    };
  });
  return clusters.sort(
    (left, right) =>
      right.jobs.length - left.jobs.length || compareText(left.jobs[0]?.id ?? '', right.jobs[0]?.id ?? ''),
  );
}

/** Code-unit order, the same on every machine and locale. */
export function compareText(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

/** A key that is the same for one posting collected from several boards: its fingerprint, else company and title. */
export function postingKey(job: Job): string {
  return (
    job.fingerprint ??
    `${normalizeText(job.company ?? '')}|${normalizeText(job.title)}|${normalizeText(job.location?.city ?? job.location?.country ?? '')}`
  );
}
