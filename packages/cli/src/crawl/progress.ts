import { MAX_KEPT_CRAWL_ERRORS, type IngestProgressEvent } from '@rolefit/core';
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
 * Error lines written per source when the stream is no terminal; the rest are counted in the last line. A CSV dump whose
 * every row is refused (a column named otherwise) wrote one line per row: 2,215 lines for 2,215 rows.
 */
export const MAX_ERROR_LINES = 20;

/**
 * Progress of a crawl on `stream`: a cli-progress bar when it is a TTY (jobs read, out of `limit` when given), otherwise
 * one plain line per page and per error, the first {@link MAX_ERROR_LINES} errors of each source
 * (`rolefit crawl: hh: page 1: 20 jobs`), which logs and pipes keep readable.
 */
export function createCrawlProgress(
  stream: { write(text: string): unknown; isTTY?: boolean },
  limit?: number,
): CrawlProgress {
  let items = 0;
  let pages = 0;
  let errors = 0;
  if (stream.isTTY !== true) {
    const errorLines = new Map<string, number>(); // error lines written, per source
    return {
      update(event) {
        if (event.type === 'page')
          stream.write(
            `rolefit crawl: ${event.source}: page ${event.page}: ${event.items} job${event.items === 1 ? '' : 's'}\n`,
          );
        else if (event.type === 'error') {
          const shown = (errorLines.get(event.source) ?? 0) + 1;
          errorLines.set(event.source, shown);
          if (shown <= MAX_ERROR_LINES)
            stream.write(
              printable(`rolefit crawl: ${event.source}: ${event.error.name}: ${event.error.message.split('\n')[0]}`) +
                '\n',
            );
          else if (shown === MAX_ERROR_LINES + 1)
            stream.write(
              `rolefit crawl: ${event.source}: further errors are counted, not shown (the last line gives their number; --json lists up to ${MAX_KEPT_CRAWL_ERRORS})\n`,
            );
        } else if (event.type === 'done')
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
