import { decodeHtmlEntities } from '@rolefit/core/text';

/** One element found in markup: its opening tag's attribute text and its inner HTML. */
export interface MarkupElement {
  /** The attribute text of the opening tag, raw (entities not decoded). */
  attributes: string;
  /** Everything between the opening and the matching closing tag. */
  inner: string;
}

const VOID_TAGS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Reads one attribute (double, single or unquoted) from an opening tag's attribute text, entities decoded. */
export function attributeOf(attributes: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${escapeRegExp(name)}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(attributes);
  if (!match) return undefined;
  return decodeHtmlEntities(match[1] ?? match[2] ?? match[3] ?? '');
}

/** True when the attribute text has `className` as one whole token of its class list. */
export function hasClass(attributes: string, className: string): boolean {
  const classes = attributeOf(attributes, 'class');
  return classes !== undefined && classes.split(/\s+/).includes(className);
}

/**
 * Finds where a tag's attribute text (starting at `from`) ends: the first `>` outside quotes, as
 * `(?:[^>"']|"[^"]*"|'[^']*')*>` would, or -1 when an unclosed quote or the end of the markup comes first.
 * A regex retries that scan from every `<tag` that never closes, quadratic in the markup's length; here a
 * position a failed scan passed outside quotes is remembered, since any later scan reaching it fails the same way.
 */
function tagEndFinder(html: string): (from: number) => number {
  const doomed = new Uint8Array(html.length + 1);
  return (from) => {
    let position = from;
    while (position < html.length) {
      // Scans only move forward and start after the previous tag's end, so a marked position was passed by a failed scan.
      if (doomed[position] === 1) return -1;
      doomed[position] = 1;
      const character = html[position];
      if (character === '>') return position;
      if (character === '"' || character === "'") {
        const close = html.indexOf(character, position + 1);
        if (close === -1) return -1;
        position = close + 1;
      } else position++;
    }
    return -1;
  };
}

/**
 * Finds every `<tag>` whose class list holds `className` and returns its inner HTML, matching nested tags of the same
 * name by depth (a description `<div>` holds further `<div>`s). An element left unclosed runs to the end of the markup.
 * One pass over the same-named tags with a stack of open ones, so the work stays linear in the markup. (A closing tag
 * whose own `>` is missing and whose scan runs over a later opening tag hides that opening; only broken markup does that.)
 */
export function findElements(html: string, tag: string, className?: string): MarkupElement[] {
  const found: MarkupElement[] = [];
  const boundary = new RegExp(`<(/?)${escapeRegExp(tag)}\\b`, 'gi');
  const tagEnd = tagEndFinder(html);
  const isVoid = VOID_TAGS.has(tag.toLowerCase());
  // Open tags, innermost last; `element` is set for the ones being returned, `start` is where their inner HTML begins.
  const open: { element?: MarkupElement; start: number }[] = [];
  for (let match = boundary.exec(html); match; match = boundary.exec(html)) {
    const end = tagEnd(match.index + match[0].length);
    if (end === -1) continue;
    boundary.lastIndex = end + 1;
    if (match[1] === '/') {
      const closed = open.pop();
      if (closed?.element) closed.element.inner = html.slice(closed.start, match.index);
      continue;
    }
    const attributes = html.slice(match.index + match[0].length, end);
    // Self-closing tags still count as opened, as in a depth count.
    const entry: { element?: MarkupElement; start: number } = { start: end + 1 };
    if (className === undefined || hasClass(attributes, className)) {
      const element: MarkupElement = { attributes, inner: '' };
      found.push(element);
      if (!isVoid && !attributes.trimEnd().endsWith('/')) {
        element.inner = html.slice(end + 1);
        entry.element = element;
      }
    }
    if (!isVoid) open.push(entry);
  }
  return found;
}

/** The first element of `tag` with `className`, or undefined. */
export function findElement(html: string, tag: string, className?: string): MarkupElement | undefined {
  return findElements(html, tag, className)[0];
}

/** Plain text of inline markup on one line: tags dropped, entities decoded, whitespace collapsed; undefined when empty. */
export function inlineText(html: string | undefined): string | undefined {
  if (html === undefined) return undefined;
  const text = decodeHtmlEntities(removeTags(removeComments(html)))
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
  return text || undefined;
}

/** `html.replace(/<!--[\s\S]*?-->/g, ' ')` without rescanning the rest of the markup from every unclosed `<!--`. */
function removeComments(html: string): string {
  let result = '';
  let copied = 0;
  for (let open = html.indexOf('<!--'); open !== -1; open = html.indexOf('<!--', copied)) {
    const close = html.indexOf('-->', open + 4);
    // With no "-->" after this comment, none follows any later one either.
    if (close === -1) break;
    result += `${html.slice(copied, open)} `;
    copied = close + 3;
  }
  return result + html.slice(copied);
}

/** `html.replace(/<[^>]+>/g, ' ')`, searched only up to the last `>` so an unclosed `<` does not scan the rest of the markup. */
function removeTags(html: string): string {
  const cut = html.lastIndexOf('>') + 1;
  return html.slice(0, cut).replace(/<[^>]+>/g, ' ') + html.slice(cut);
}

/** Plain text of the first `tag.className` element, or undefined. */
export function textOf(html: string, tag: string, className: string): string | undefined {
  return inlineText(findElement(html, tag, className)?.inner);
}
