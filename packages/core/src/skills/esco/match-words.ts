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
  const length = key.length;
  // Cheap checks first: this runs for every word of a text that ends in "s".
  if (key.charCodeAt(length - 1) !== 115 /* s */) return undefined;
  const space = key.lastIndexOf(' ');
  if (length - space - 1 < 4) return undefined;
  const before = key[length - 2];
  if (before === 's' || before === 'u' || before === 'i') return undefined;
  if (key.endsWith('ches') || key.endsWith('shes') || key.endsWith('sses') || key.endsWith('xes'))
    return key.slice(0, -2);
  if (before === 'e' && key[length - 3] === 'i' && !'aeiou'.includes(key[length - 4] ?? 'a'))
    return `${key.slice(0, -3)}y`;
  return key.slice(0, -1);
}
