import { htmlToText } from '@rolefit/core/text';
import { Parser } from 'htmlparser2';

/** One element found in markup: its attributes and its inner HTML. */
export interface MarkupElement {
  /** The opening tag's attributes, names lower-cased, entities decoded. */
  attributes: Readonly<Record<string, string>>;
  /** Everything between the opening and the matching closing tag (to the end of the markup when it never closes). */
  inner: string;
}

const VOID_TAGS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/** Reads one attribute of an element (the name is matched case-insensitively). */
export function attributeOf(attributes: Readonly<Record<string, string>>, name: string): string | undefined {
  return attributes[name.toLowerCase()];
}

/** True when the element's class list holds `className` as one whole token. */
export function hasClass(attributes: Readonly<Record<string, string>>, className: string): boolean {
  const classes = attributes.class;
  return classes !== undefined && classes.split(/\s+/).includes(className);
}

/**
 * Finds every `<tag>` whose class list holds `className` and returns its attributes and inner HTML. The markup is
 * read by htmlparser2's tokenizer (one pass, linear in the markup) with HTML's nesting rules, so a description
 * `<div>` holding further `<div>`s ends at its own closing tag, and an element left unclosed runs to the end.
 */
export function findElements(html: string, tag: string, className?: string): MarkupElement[] {
  const wanted = tag.toLowerCase();
  const isVoid = VOID_TAGS.has(wanted);
  const found: MarkupElement[] = [];
  // Open elements of the wanted name, innermost last; `element` is set for the ones being returned.
  const open: { element?: MarkupElement; start: number }[] = [];
  let ending = false;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name !== wanted) return;
        const start = parser.endIndex + 1;
        const entry: { element?: MarkupElement; start: number } = { start };
        if (className === undefined || hasClass(attributes, className)) {
          const element: MarkupElement = { attributes, inner: '' };
          found.push(element);
          if (!isVoid) entry.element = element;
        }
        if (!isVoid) open.push(entry);
      },
      onclosetag(name, isImplied) {
        if (name !== wanted || isVoid) return;
        const closed = open.pop();
        if (!closed?.element) return;
        // Closed by its own tag: up to it; closed by a later tag (HTML's rules): up to that tag; at the end: to the end.
        closed.element.inner = ending
          ? html.slice(closed.start)
          : html.slice(closed.start, Math.max(closed.start, parser.startIndex));
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  ending = true;
  parser.end();
  return found;
}

/** The first element of `tag` with `className`, or undefined. */
export function findElement(html: string, tag: string, className?: string): MarkupElement | undefined {
  return findElements(html, tag, className)[0];
}

/** Plain text of inline markup on one line (core's `htmlToText`, lines joined); undefined when empty. */
export function inlineText(html: string | undefined): string | undefined {
  if (html === undefined) return undefined;
  const text = htmlToText(html)
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
  return text || undefined;
}

/** Plain text of the first `tag.className` element, or undefined. */
export function textOf(html: string, tag: string, className: string): string | undefined {
  return inlineText(findElement(html, tag, className)?.inner);
}
