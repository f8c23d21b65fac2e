import { describe, expect, it } from 'vitest';
import { extractLinkedInCards } from './linkedin-crawler.js';
import { findElements, inlineText } from './markup.js';
import { PAGES } from './adversarial-inputs.js';

describe('LinkedIn markup on adversarial input', () => {
  // Its time at 40,000 and 80,000 characters is measured by `pnpm bench --only adversarial` (no timings in tests).
  it.each(PAGES)(
    'finds one element per opening tag in 40,000 characters of it, and text no longer than it: %s',
    (_name, make) => {
      const html = make(40_000);
      const elements = findElements(html, 'div', 'x');
      expect(elements).toHaveLength(html.split('<div class="x">').length - 1);
      for (const element of elements) expect(element.attributes.class).toBe('x');
      expect((inlineText(html) ?? '').length).toBeLessThanOrEqual(html.length);
    },
  );

  // htmlParser2's Parser shifts its open-element array on every tag (quadratic in never-closed elements), and each
  // unclosed card's inner HTML ran to the end of the page, where every field of every card was searched again.
  it('reads 200,000 never-closed elements, and a page of 20,000 never-closed cards card by card', {
    timeout: 30_000,
  }, () => {
    expect(findElements('<div class="x">'.repeat(200_000), 'div', 'x')).toHaveLength(200_000);
    const card = (id: number) =>
      `<div class="base-card" data-entity-urn="urn:li:jobPosting:${id}"><div><h3 class="base-search-card__title">T${id}</h3>`;
    const cards = extractLinkedInCards(Array.from({ length: 20_000 }, (_, index) => card(index + 1)).join(''));
    expect(cards).toHaveLength(20_000);
    expect(cards.every((one, index) => one.jobId === String(index + 1) && one.title === `T${index + 1}`)).toBe(true);
  });

  it('ends an element at the first one found inside it with endAtNested, and keeps closed ones whole', () => {
    const html = '<div class="x">a<div class="x">b</div>c</div><div class="x">d<div>e</div></div><div class="x">f';
    expect(findElements(html, 'div', 'x', { endAtNested: true }).map((element) => element.inner)).toEqual([
      'a',
      'b',
      'd<div>e</div>',
      'f',
    ]);
    expect(findElements(html, 'div', 'x').map((element) => element.inner)[0]).toBe('a<div class="x">b</div>c');
  });

  it('keeps depth matching and unclosed elements as before', () => {
    // `<div/>` opens a div, as in a browser: the `</div>` after "tail" closes it, so the first x div never closes.
    const html = '<div class="x a"><div>in</div><div/>tail</div><div class=\'x\'>open <img class="x">';
    expect(findElements(html, 'div', 'x')).toEqual([
      { attributes: { class: 'x a' }, inner: '<div>in</div><div/>tail</div><div class=\'x\'>open <img class="x">' },
      { attributes: { class: 'x' }, inner: 'open <img class="x">' },
    ]);
    expect(findElements(html, 'img', 'x')).toEqual([{ attributes: { class: 'x' }, inner: '' }]);
    expect(findElements('<div class="x" DATA-ID="a&amp;b">in</div>', 'DIV', 'x')).toEqual([
      { attributes: { class: 'x', 'data-id': 'a&b' }, inner: 'in' },
    ]);
    // Comments are dropped as a browser drops them ("a<!-- b -->c" reads "ac"), an unclosed one to the end.
    expect(inlineText('a<!-- b -->c <b>d</b> &amp; <!-- e')).toBe('ac d &');
  });
});
