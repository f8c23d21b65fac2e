import { createPipeline, type IngestProgressEvent, type Ranker } from '@rolefit/core';
import { choice, parseCommandArguments, requiredOption, stringOption, wholeNumber } from '../shared/args.js';
import { UsageError, type RolefitCliIo } from '../shared/io.js';
import { openStore, saveJobFeatures } from '../shared/store.js';
import { printable } from '../shared/table.js';
import { createCrawlProgress } from './progress.js';
import { CRAWL_OPTIONS, CRAWL_SOURCES, createSourceCrawler } from './sources.js';

// Crawling ranks nothing; the pipeline still wants a ranker.
const NO_RANKER: Ranker = { name: 'none', rank: async () => [] };

function sinceDate(text: string | undefined): Date | undefined {
  if (text === undefined) return undefined;
  const date = new Date(text);
  if (!/^\d{4}-\d{2}-\d{2}/.test(text) || Number.isNaN(date.getTime()))
    throw new UsageError(`--since must be an ISO 8601 date such as 2026-01-31, got "${text}"`);
  return date;
}

/** `rolefit crawl <source> [filters] --store FILE`: crawls one source into the store and prints what was stored. */
export async function runCrawl(argv: readonly string[], io: RolefitCliIo): Promise<number> {
  const { values, positionals } = parseCommandArguments(argv, CRAWL_OPTIONS);
  if (positionals.length === 0) throw new UsageError(`crawl needs a source: ${CRAWL_SOURCES.join(', ')}`);
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`);
  const source = choice(positionals[0], 'the source', CRAWL_SOURCES, 'hh');
  const storePath = requiredOption(values, 'store', 'crawl');
  const limit =
    stringOption(values, 'limit') === undefined ? undefined : wholeNumber(stringOption(values, 'limit'), '--limit', 0);
  const maxPages =
    stringOption(values, 'max-pages') === undefined
      ? undefined
      : wholeNumber(stringOption(values, 'max-pages'), '--max-pages', 0);
  const since = sinceDate(stringOption(values, 'since'));
  const crawler = createSourceCrawler(source, values, {
    env: io.env ?? process.env,
    ...(maxPages === undefined ? {} : { maxPages }),
  });

  const store = await openStore(storePath, { create: true });
  const progress = createCrawlProgress(io.stderr, limit);
  let summary;
  try {
    const pipeline = createPipeline({ store, ranker: NO_RANKER, crawlers: [crawler] });
    summary = await pipeline.crawl({
      ...(limit === undefined ? {} : { limitPerSource: limit }),
      ...(since === undefined ? {} : { since }),
      onProgress: (event: IngestProgressEvent) => progress.update(event),
    });
    // The default ranker's readings of the jobs, saved beside the store for `recommend` (only new jobs are read).
    await saveJobFeatures(store, storePath, summary.inserted + summary.updated);
  } finally {
    progress.stop();
    await store.close();
  }
  const stored = summary.inserted + summary.updated;
  const errors = summary.errors.map(({ source: from, error }) => ({
    source: from,
    error: `${error.name}: ${error.message.split('\n')[0]}`,
  }));
  if (values.json) {
    const { invalid, errors: _errors, ...counts } = summary;
    io.stdout.write(
      `${JSON.stringify({ source, store: storePath, ...counts, invalid: invalid.map(({ index, error }) => ({ index, error: error.message.split('\n')[0] })), errors })}\n`,
    );
  } else {
    io.stdout.write(
      `${source}: ${summary.received} job${summary.received === 1 ? '' : 's'} read, ${summary.inserted} new, ${summary.updated} updated, ` +
        `${summary.duplicates} duplicate${summary.duplicates === 1 ? '' : 's'} dropped, ${summary.invalidCount + summary.failedCount} refused, ` +
        `${summary.errorCount} error${summary.errorCount === 1 ? '' : 's'}; ${stored === 0 ? 'nothing stored' : `stored in ${storePath}`}\n`,
    );
  }
  // A source that failed outright (nothing read, an error) is a failure; bad records beside good ones are reported above.
  if (stored === 0 && errors.length > 0) {
    io.stderr.write(`${printable(`rolefit: crawl ${source} failed: ${errors[errors.length - 1]!.error}`)}\n`);
    return 1;
  }
  return 0;
}
