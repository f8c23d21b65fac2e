import type { ChatMessage } from '@rolefit/core';

// The TextGenerator interface lives in core (packages/core/src/interfaces/text-generator.ts); ats re-exports it.
export type { ChatMessage, GenerateOptions, TextGenerator } from '@rolefit/core';

/** Cuts a generated text at the first stop text, for backends that may return it. */
export function cutAtStop(text: string, stop: readonly string[] | undefined): string {
  let end = text.length;
  for (const marker of stop ?? []) {
    if (marker === '') continue;
    const index = text.indexOf(marker);
    if (index !== -1 && index < end) end = index;
  }
  return text.slice(0, end);
}

/** Turns a prompt into chat messages; a plain string becomes one user message. */
export function toMessages(prompt: string | readonly ChatMessage[]): ChatMessage[] {
  return typeof prompt === 'string' ? [{ role: 'user', content: prompt }] : [...prompt];
}
