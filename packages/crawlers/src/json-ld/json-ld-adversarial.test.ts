import type { CrawlProgressEvent } from '@rolefit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../../../core/src/testing/scaling.js';
import { createHttpClient } from '../http/index.js';
import { startTestServer } from '../testing/index.js';
import { createJsonLdCrawler, extractJsonLdBlocks } from './json-ld-crawler.js';
import { PAGES } from './adversarial-inputs.js';

describe('extractJsonLdBlocks on adversarial input', () => {
  // Its time at 40,000 and 80,000 characters is measured by `pnpm bench --only adversarial` (no timings in tests).
  it.each(PAGES)('finds no block in 40,000 characters of it, where no script is ever closed: %s', (_name, make) => {
    expect(extractJsonLdBlocks(make(40_000))).toEqual([]);
    // A block closed at the end is found whole: a script's text runs to its closer, so an unclosed ld+json script
    // before it takes the rest of the page in.
    const blocks = extractJsonLdBlocks(`${make(40_000)}<script type="application/ld+json">{"x":1}</script>`);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.endsWith('{"x":1}')).toBe(true);
  });

  it('finds what the regex it replaced found', () => {
    const regex = /<script\b[^>]*\btype\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi;
    const pieces = [
      '<script',
      '<SCRIPT',
      ' type="application/ld+json"',
      " type='application/ld+json'",
      ' type=application/ld+json',
      ' a',
      '>',
      '</script>',
      '</script >',
      '{"x":1}',
      ' ',
      '<',
      'x',
      '"',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (chosen) => {
        const html = chosen.join('');
        const expected = [...html.matchAll(regex)].map((match) => (match[1] ?? '').trim()).filter(Boolean);
        expect(extractJsonLdBlocks(html)).toEqual(expected);
      }),
      { numRuns: propertyRuns() },
    );
  });
});

describe('the JSON-LD crawler on a hostile page', () => {
  // Served from 127.0.0.1: one block of 180,000 expired JobPosting nodes (8.1 MB, under the client's 10 MB cap). The
  // crawl threw a RangeError (push(...postings) overflowed the stack) and ended; now the page is read and each node
  // skipped as expired.
  it('reads a block of 180,000 postings and ends normally', { timeout: 60_000 }, async () => {
    const posting = '{"@type":"JobPosting","validThrough":"2000"}';
    const page = `<html><script type="application/ld+json">[${Array(180_000).fill(posting).join(',')}]</script></html>`;
    const server = await startTestServer((request, response) => {
      if (request.url === '/jobs') response.writeHead(200, { 'content-type': 'text/html' }).end(page);
    });
    try {
      const events: CrawlProgressEvent[] = [];
      const crawler = createJsonLdCrawler({
        urls: [`${server.origin}/jobs`],
        http: createHttpClient({ allowPrivateNetworks: 'loopback', cacheDirectory: false, minIntervalMs: 0 }),
      });
      const jobs: unknown[] = [];
      for await (const job of crawler.crawl({ onProgress: (event) => events.push(event) })) jobs.push(job);
      expect(jobs).toEqual([]);
      expect(events.map((event) => event.type)).toEqual(['page', 'done']);
      expect(events[0]).toMatchObject({ type: 'page', items: 180_000 });
    } finally {
      await server.close();
    }
  });
});
