/** Words as the occupation and skill labels are keyed: letters and digits, keeping "c++", "c#", "node.js", "asp.net". */
const WORD = /[\p{L}\p{N}]+(?:[+#]+|(?:\.(?:js|net|io|ai)(?![\p{L}\p{N}]))+)?/giu;
const NON_ASCII = /[^\x00-\x7f]/;

/** The words of a text as written (case kept, NFKC-normalized), in order. */
export function rawWords(text: string): string[] {
  return (NON_ASCII.test(text) ? text.normalize('NFKC') : text).match(WORD) ?? [];
}

/** The lower-cased words of a text, in order. */
export function matchWords(text: string): string[] {
  return rawWords(text).map((word) => word.toLowerCase());
}

/** The lookup key of a label: its lower-cased words joined by single spaces. */
export function labelKey(label: string): string {
  return matchWords(label).join(' ');
}

/** The key with its last word made singular ("cashiers" → "cashier", "nurses" → "nurse"), or undefined when it does not look plural. */
export function singularKey(key: string): string | undefined {
  const space = key.lastIndexOf(' ');
  const last = key.slice(space + 1);
  const head = key.slice(0, space + 1);
  if (last.length < 4 || !last.endsWith('s') || last.endsWith('ss') || last.endsWith('us') || last.endsWith('is')) return undefined;
  if (/(?:ches|shes|sses|xes)$/u.test(last)) return head + last.slice(0, -2);
  if (/[^aeiou]ies$/u.test(last)) return `${head}${last.slice(0, -3)}y`;
  return head + last.slice(0, -1);
}
