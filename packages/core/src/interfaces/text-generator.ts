/** One message of a chat prompt. */
export interface ChatMessage {
  /** Who speaks: instructions, the asker, or the model's earlier answer. */
  readonly role: 'system' | 'user' | 'assistant';
  /** What was said. */
  readonly content: string;
}

/** Options for one generation; a generator ignores those its backend does not support. */
export interface GenerateOptions {
  /** Most tokens to generate. */
  readonly maxTokens?: number | undefined;
  /** Sampling temperature; 0 picks the most likely token every time. */
  readonly temperature?: number | undefined;
  /** Texts that end the generation; they are not part of the result. */
  readonly stop?: readonly string[] | undefined;
  /** Cancels the generation. */
  readonly signal?: AbortSignal | undefined;
  /** Seed for sampling, for repeatable output where the backend supports it. */
  readonly seed?: number | undefined;
}

/** Something that turns a prompt into text: a local model, a remote API, a test double. */
export interface TextGenerator {
  /** A short name for logs and reports, e.g. `llama.cpp:stories260K.gguf`. */
  readonly name: string;
  /** Generates text for a plain prompt or a list of chat messages. */
  generate(prompt: string | readonly ChatMessage[], options?: GenerateOptions): Promise<string>;
}
