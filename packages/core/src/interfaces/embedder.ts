/** Whether text is a search query or a document; e5/bge-style models prefix them differently. */
export type EmbeddingKind = 'query' | 'passage';

/** Options for one embedding call. */
export interface EmbedOptions {
  signal?: AbortSignal;
  kind?: EmbeddingKind;
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
