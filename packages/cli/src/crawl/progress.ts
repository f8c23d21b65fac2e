import type { IngestProgressEvent } from '@rolefit/core';
import cliProgress from 'cli-progress';
import { printable } from '../shared/table.js';

/** Shows a crawl's progress: {@link createCrawlProgress}. */
export interface CrawlProgress {
  /** Takes one progress event of the crawl. */
  update(event: IngestProgressEvent): void;
  /** Ends the display (the bar is left drawn, its line finished). */
  stop(): void;
}

/**
 * Progress of a crawl on `stream`: a cli-progress bar when it is a TTY (jobs read, out of `limit` when given), otherwise
 * one plain line per page and per error (`rolefit crawl: hh: page 1: 20 jobs`), which logs and pipes keep readable.
 */
export function createCrawlProgress(
  stream: { write(text: string): unknown; isTTY?: boolean },
  limit?: number,
): CrawlProgress {
  let items = 0;
  let pages = 0;
  let errors = 0;
  if (stream.isTTY !== true) {
    return {
      update(event) {
        if (event.type === 'page')
          stream.write(
            `rolefit crawl: ${event.source}: page ${event.page}: ${event.items} job${event.items === 1 ? '' : 's'}\n`,
          );
        else if (event.type === 'error')
          stream.write(
            printable(`rolefit crawl: ${event.source}: ${event.error.name}: ${event.error.message.split('\n')[0]}`) +
              '\n',
          );
        else if (event.type === 'done')
          stream.write(
            `rolefit crawl: ${event.source}: done, ${event.pages} page${event.pages === 1 ? '' : 's'}, ${event.items} job${event.items === 1 ? '' : 's'}, ${event.errors} error${event.errors === 1 ? '' : 's'}\n`,
          );
      },
      stop() {},
    };
  }
  const bar = new cliProgress.SingleBar(
    {
      stream: stream as NodeJS.WritableStream,
      format: '{source} |{bar}| {value}{of} jobs · {pages} pages · {errors} errors',
      hideCursor: true,
      clearOnComplete: false,
      noTTYOutput: false,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  const payload = (source: string) => ({ source, of: limit === undefined ? '' : `/${limit}`, pages, errors });
  return {
    update(event) {
      if (!started) {
        bar.start(limit ?? 1, 0, payload(event.source));
        started = true;
      }
      if (event.type === 'item') items += 1;
      else if (event.type === 'page') pages += 1;
      else if (event.type === 'error') errors += 1;
      // Without a limit the total is unknown: the bar stays full and the count grows.
      if (limit === undefined) bar.setTotal(Math.max(1, items));
      bar.update(items, payload(event.source));
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
