import { decodeHtmlEntities } from '@rolefit/core';

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
 * Finds every `<tag>` whose class list holds `className` and returns its inner HTML, matching nested tags of the same
 * name by depth (a description `<div>` holds further `<div>`s). An element left unclosed runs to the end of the markup.
 */
export function findElements(html: string, tag: string, className?: string): MarkupElement[] {
  const found: MarkupElement[] = [];
  const name = escapeRegExp(tag);
  const opening = new RegExp(`<${name}\\b((?:[^>"']|"[^"]*"|'[^']*')*)>`, 'gi');
  for (let match = opening.exec(html); match; match = opening.exec(html)) {
    const attributes = match[1] ?? '';
    if (className !== undefined && !hasClass(attributes, className)) continue;
    const start = match.index + match[0].length;
    if (VOID_TAGS.has(tag.toLowerCase()) || attributes.trimEnd().endsWith('/')) {
      found.push({ attributes, inner: '' });
      continue;
    }
    // Walk the same-named open and close tags after this one until the depth returns to zero.
    const boundary = new RegExp(`<(/?)${name}\\b(?:[^>"']|"[^"]*"|'[^']*')*>`, 'gi');
    boundary.lastIndex = start;
    let depth = 1;
    let end = html.length;
    for (let next = boundary.exec(html); next; next = boundary.exec(html)) {
      depth += next[1] === '/' ? -1 : 1;
      if (depth === 0) {
        end = next.index;
        break;
      }
    }
    found.push({ attributes, inner: html.slice(start, end) });
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
  const text = decodeHtmlEntities(html.replace(/<!--[\s\S]*?-->/g, ' ').replace(/<[^>]+>/g, ' '))
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
  return text || undefined;
}

/** Plain text of the first `tag.className` element, or undefined. */
export function textOf(html: string, tag: string, className: string): string | undefined {
  return inlineText(findElement(html, tag, className)?.inner);
}
