import { forgetOutermostElements } from '@rolefit/core/internal';
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

// htmlparser2's open-element stacks are bounded as core's htmlToText bounds them (never-closed markup was quadratic).

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
 * `<div>` holding further `<div>`s ends at its own closing tag, and an element left unclosed runs to the end. With
 * `endAtNested`, an element's inner HTML ends where the first element found inside it starts, so the found elements'
 * inner HTML never overlaps (a page of n cards that never close holds n inner texts, not n copies of the rest of it).
 */
export function findElements(
  html: string,
  tag: string,
  className?: string,
  options: { endAtNested?: boolean } = {},
): MarkupElement[] {
  const wanted = tag.toLowerCase();
  const isVoid = VOID_TAGS.has(wanted);
  const found: MarkupElement[] = [];
  // Open elements of the wanted name, innermost last; `element` is set for the ones being returned, `end` where an
  // element found inside it starts (with `endAtNested`).
  type Open = { element?: MarkupElement; start: number; end?: number };
  const open: Open[] = [];
  // The open entries that have an element, innermost last.
  const openFound: Open[] = [];
  let ending = false;
  const parser = new Parser(
    {
      onopentagname() {
        forgetOutermostElements(parser);
      },
      onopentag(name, attributes) {
        if (name !== wanted) return;
        const start = parser.endIndex + 1;
        const entry: { element?: MarkupElement; start: number } = { start };
        if (className === undefined || hasClass(attributes, className)) {
          const outer = openFound.at(-1);
          if (options.endAtNested && outer && outer.end === undefined) outer.end = parser.startIndex;
          const element: MarkupElement = { attributes, inner: '' };
          found.push(element);
          if (!isVoid) {
            entry.element = element;
            openFound.push(entry);
          }
        }
        if (!isVoid) open.push(entry);
      },
      onclosetag(name, isImplied) {
        if (name !== wanted || isVoid) return;
        const closed = open.pop();
        if (!closed?.element) return;
        if (openFound.at(-1) === closed) openFound.pop();
        // Closed by its own tag: up to it; closed by a later tag (HTML's rules): up to that tag; at the end: to the end.
        const end = ending ? html.length : Math.max(closed.start, parser.startIndex);
        closed.element.inner = html.slice(closed.start, Math.min(end, closed.end ?? end));
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  ending = true;
  parser.end();
  // Elements the parser forgot (past MAX_OPEN_ELEMENTS) got no closing event: they run to the end.
  for (const left of open) if (left.element) left.element.inner = html.slice(left.start, left.end ?? html.length);
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
