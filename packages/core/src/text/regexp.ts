/** The text with every regular-expression metacharacter escaped, to match it literally inside a `RegExp` (internal to core). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
