// Test support for the file crawler's tests (not exported by the package).
import type { CrawlProgressEvent, Job } from '@rolefit/core';
import { createFileCrawler, type FileCrawlerSettings } from './file-crawler.js';

/** Every job a file crawler yields, and the messages of the records it reported as bad. */
export async function crawlFile(settings: FileCrawlerSettings | string): Promise<{ jobs: Job[]; errors: string[] }> {
  const jobs: Job[] = [];
  const errors: string[] = [];
  const onProgress = (event: CrawlProgressEvent) => {
    if (event.type === 'error') errors.push(event.error.message);
  };
  const crawler = createFileCrawler(typeof settings === 'string' ? { path: settings } : settings);
  for await (const job of crawler.crawl({ onProgress })) jobs.push(job);
  return { jobs, errors };
}
