/** Whether text is a search query or a document; e5/bge-style models prefix them differently. */
export type EmbeddingKind = 'query' | 'passage';

/** Options for one embedding call. */
export interface EmbedOptions {
  signal?: AbortSignal | undefined;
  kind?: EmbeddingKind | undefined;
}

/** Turns texts into fixed-size vectors. */
export interface Embedder {
  /** Model identity; vectors from different names are not comparable. */
  readonly name: string;
  /** Length of every vector. */
  readonly dimensions: number;
  /** One vector per text, in order. */
  embed(texts: readonly string[], options?: EmbedOptions): Promise<Float32Array[]>;
}

/** Durable storage for embeddings keyed by a content hash, so a re-rank never re-embeds the same text. */
export interface EmbeddingCache {
  /** The stored vector for each key (undefined where none), in order. */
  getEmbeddings(keys: readonly string[]): Promise<Array<Float32Array | undefined>>;
  /** Stores vectors under their keys. */
  putEmbeddings(entries: ReadonlyArray<{ key: string; vector: Float32Array }>): Promise<void>;
}
