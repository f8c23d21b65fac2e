import { RolefitError, rejectUnknownKeys } from '@rolefit/core';
import type { Ranker } from '@rolefit/core';
import {
  createBm25Ranker,
  createLlmRanker,
  createTrainableColdStartRanker,
  createTrainableDesirabilityModel,
  createTrainableFeedbackClassifier,
  createEmbeddingRanker,
  createTransformersEmbedder,
  createTrainableFusionRanker,
  createMultiFactorRanker,
  createOccupationRanker,
  type FusionRecipe,
  type TrainableRanker,
} from '@rolefit/rankers';
import { defaultFusionMembers, defaultFusionRecipe } from '@rolefit/rankers/testing';

/** Environment variable naming the embedding model; the `embedding` ranker exists only when it is set. */
export const EMBEDDING_MODEL_VARIABLE = 'ROLEFIT_EMBEDDING_MODEL';

/** Environment variable naming a GGUF chat model (path or id under ROLEFIT_MODELS); the `llm` ranker exists only when it is set. */
export const LLM_MODEL_VARIABLE = 'ROLEFIT_LLM';

/** Builds the embedding ranker for a model name. */
export type EmbeddingRankerFactory = (model: string) => Ranker | Promise<Ranker>;

// A model named by the env var is loaded from ROLEFIT_MODELS (or a path), never downloaded.
const registeredEmbeddingFactory: EmbeddingRankerFactory = (model) =>
  createEmbeddingRanker({ embedder: createTransformersEmbedder({ model }) });

/** Settings for {@link createRankerRegistry}. */
export interface RankerRegistrySettings {
  /** Where `ROLEFIT_EMBEDDING_MODEL` is read (default `process.env`). */
  env?: Readonly<Record<string, string | undefined>> | undefined;
  /** Clock for the multi-factor ranker (default: the system clock). */
  now?: (() => Date) | undefined;
  /** Overrides the registered embedding factory (tests, or an app that brings its own). */
  embeddingFactory?: EmbeddingRankerFactory | undefined;
}

/** One ranker the CLI can run. */
export interface RegisteredRanker {
  name: string;
  /** One line on what it is. */
  description: string;
  /** Why it cannot run here, when it cannot. */
  unavailable?: string | undefined;
  /** Runs only when named in `--rankers`, not by default (the learned rankers, which need `--train`). */
  optIn?: boolean | undefined;
  /** Builds it (a ready ranker, or one the harness fits on `--train`). */
  create(): Promise<Ranker | TrainableRanker>;
}

/** Thrown when a ranker name is unknown or the ranker cannot run here. */
export class RankerRegistryError extends RolefitError {
  override readonly name: string = 'RankerRegistryError';
  /** Always `ROLEFIT_RANKER_REGISTRY`. */
  declare readonly code: 'ROLEFIT_RANKER_REGISTRY';
  /** The name asked for. */
  readonly rankerName: string;

  constructor(rankerName: string, message: string) {
    super('ROLEFIT_RANKER_REGISTRY', message);
    this.rankerName = rankerName;
  }
}

/** The rankers the evaluation CLI knows, by name. */
export interface RankerRegistry {
  /** Every known ranker, available or not. */
  readonly entries: readonly RegisteredRanker[];
  /** Names of the rankers that can run here, in registry order (the CLI's default `--rankers`). */
  available(): string[];
  /** Available rankers run when `--rankers` is not given: all but the opt-in ones. */
  defaults(): string[];
  /** Builds the named ranker; throws {@link RankerRegistryError} when it is unknown or unavailable. */
  create(name: string): Promise<Ranker | TrainableRanker>;
}

/**
 * The CLI's rankers: `bm25`, `multi-factor`, `embedding` (available only when `ROLEFIT_EMBEDDING_MODEL` is set and
 * an embedding factory is registered) and `fusion` of all of those that are available (RRF with equal weights
 * without `--train`, a weighted sum of the members' scores with weights fitted on it; then pseudo-relevance
 * feedback). `fusion-plain` (opt-in) is the same without the expansion step.
 */
export function createRankerRegistry(options: RankerRegistrySettings = {}): RankerRegistry {
  rejectUnknownKeys('RankerRegistrySettings', options, {
    env: true,
    now: true,
    embeddingFactory: true,
  } satisfies Record<keyof RankerRegistrySettings, true>);
  const env = options.env ?? process.env;
  const now = options.now;
  const multiFactorSettings = now ? { now } : {};
  const embeddingModel = env[EMBEDDING_MODEL_VARIABLE]?.trim() || undefined;
  const llmModel = env[LLM_MODEL_VARIABLE]?.trim() || undefined;
  const embeddingFactory = options.embeddingFactory ?? registeredEmbeddingFactory;
  const embeddingAvailable = embeddingModel !== undefined && embeddingFactory !== undefined;
  // Fusion gets its own member instances, so its wall time includes their work (no cache warmed by another entry).
  // The default recipe's members (bm25, multi-factor, and occupation when the recipe uses it), then embedding.
  const fusionMembers = async (): Promise<{ members: Ranker[]; extra: number }> => {
    const extra = embeddingAvailable ? [await embeddingFactory(embeddingModel)] : [];
    return { members: [...defaultFusionMembers({ multiFactor: multiFactorSettings }), ...extra], extra: extra.length };
  };

  // Fitted weights on the default recipe's own shape (its sum, expansion, the BM25 guard and any agreement boost),
  // summing to the recipe's own total, so --train changes only the weights.
  const trainedShape = ({ weights = [], ...shape }: FusionRecipe) => ({
    ...shape,
    weightTotal: weights.reduce((sum, weight) => sum + weight, 0) || 1,
  });

  const entries: RegisteredRanker[] = [
    {
      name: 'bm25',
      description: 'BM25 over title, skills, description, company and place',
      create: async () => createBm25Ranker(),
    },
    {
      name: 'multi-factor',
      description: 'weighted skills, experience and keywords',
      create: async () => createMultiFactorRanker(multiFactorSettings),
    },
    {
      name: 'fusion',
      description: `the default ranker: ${[...defaultFusionMembers().map((member) => member.name), ...(embeddingAvailable ? ['embedding'] : [])].join(' + ')} fused as the default recipe says (a weighted sum with weights fitted on --train), then pseudo-relevance expansion on large enough batches`,
      create: async () => {
        const { members, extra } = await fusionMembers();
        const untrained = defaultFusionRecipe(extra);
        return createTrainableFusionRanker({ rankers: members, untrained, trained: trainedShape(untrained) });
      },
    },
    {
      name: 'fusion-plain',
      description: 'fusion without the pseudo-relevance expansion step, to see what that step adds',
      optIn: true,
      create: async () => {
        const { members, extra } = await fusionMembers();
        return createTrainableFusionRanker({
          rankers: members,
          name: 'fusion-plain',
          untrained: { ...defaultFusionRecipe(extra), pseudoRelevance: false },
          trained: { ...trainedShape(defaultFusionRecipe(extra)), pseudoRelevance: false },
        });
      },
    },
    {
      name: 'occupation',
      description: 'ESCO + O*NET occupations from titles (same occupation > ISCO group), shared and related skills',
      optIn: true,
      create: async () => createOccupationRanker(),
    },
    {
      name: 'llm',
      description: `yes/no next-token probability of a GGUF chat model (model from ${LLM_MODEL_VARIABLE})`,
      // Slow on a CPU: runs only when named.
      optIn: true,
      ...(llmModel === undefined ? { unavailable: `set ${LLM_MODEL_VARIABLE} to a GGUF model` } : {}),
      create: async () => {
        if (llmModel === undefined) throw new RankerRegistryError('llm', 'the llm ranker is unavailable');
        return createLlmRanker({ model: llmModel, threads: 1 });
      },
    },
    {
      name: 'learned',
      description:
        'feedback classifier (lexical, multi-factor and job features; trained head) fitted on --train grades',
      optIn: true,
      create: async () => createTrainableFeedbackClassifier(now ? { now } : {}),
    },
    {
      name: 'desirability',
      description:
        "one person's desirability model over job features (salary, title, skills, seniority…) fitted on --train grades",
      optIn: true,
      create: async () => createTrainableDesirabilityModel(now ? { now } : {}),
    },
    {
      name: 'cold-start',
      description: 'multi-factor + bm25 RRF below 30 labels, then a cross-validated blend with the feedback classifier',
      optIn: true,
      create: async () =>
        createTrainableColdStartRanker(now ? { learned: createTrainableFeedbackClassifier({ now }) } : {}),
    },
    {
      name: 'embedding',
      description: `embedding similarity (model from ${EMBEDDING_MODEL_VARIABLE})`,
      ...(embeddingModel === undefined
        ? { unavailable: `set ${EMBEDDING_MODEL_VARIABLE} to a model name` }
        : embeddingFactory === undefined
          ? { unavailable: 'no embedding factory was given' }
          : {}),
      create: async () => {
        if (!embeddingAvailable) throw new RankerRegistryError('embedding', 'the embedding ranker is unavailable');
        return embeddingFactory(embeddingModel);
      },
    },
  ];

  return {
    entries,
    available: () => entries.filter((entry) => entry.unavailable === undefined).map((entry) => entry.name),
    defaults: () =>
      entries.filter((entry) => entry.unavailable === undefined && !entry.optIn).map((entry) => entry.name),
    async create(name) {
      const entry = entries.find((candidate) => candidate.name === name);
      if (entry === undefined)
        throw new RankerRegistryError(
          name,
          `unknown ranker "${name}"; known: ${entries.map((candidate) => candidate.name).join(', ')}`,
        );
      if (entry.unavailable !== undefined)
        throw new RankerRegistryError(name, `ranker "${name}" is not available: ${entry.unavailable}`);
      return entry.create();
    },
  };
}
