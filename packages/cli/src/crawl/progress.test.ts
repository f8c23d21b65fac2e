import { describe, expect, it } from 'vitest';
import { createCrawlProgress, MAX_ERROR_LINES } from './progress.js';

const page = (n: number, items: number) => ({ type: 'page' as const, source: 'hh', page: n, items });
const item = (id: string) => ({ type: 'item' as const, source: 'hh', id });

describe('createCrawlProgress', () => {
  it('writes one plain line per page, error and end when the stream is not a terminal', () => {
    let text = '';
    const progress = createCrawlProgress({ write: (chunk: string) => (text += chunk) });
    progress.update(page(1, 20));
    progress.update(item('hh:1'));
    progress.update({
      type: 'error',
      source: 'hh',
      error: Object.assign(new Error('bad record\nmore'), { name: 'SourceRecordError' }),
    });
    progress.update({ type: 'done', source: 'hh', pages: 1, items: 20, errors: 1 });
    progress.stop();
    expect(text.split('\n')).toEqual([
      'rolefit crawl: hh: page 1: 20 jobs',
      'rolefit crawl: hh: SourceRecordError: bad record',
      'rolefit crawl: hh: done, 1 page, 20 jobs, 1 error',
      '',
    ]);
  });

  it('writes the first MAX_ERROR_LINES errors of each source, then one line saying the rest are counted', () => {
    let text = '';
    const progress = createCrawlProgress({ write: (chunk: string) => (text += chunk) });
    const error = (source: string, n: number) => ({ type: 'error' as const, source, error: new Error(`row ${n}`) });
    for (let n = 1; n <= 2_215; n++) progress.update(error('file', n));
    progress.update(error('hh', 1));
    progress.update({ type: 'done', source: 'file', pages: 1, items: 0, errors: 2_215 });
    const lines = text.trim().split('\n');
    expect(lines).toHaveLength(MAX_ERROR_LINES + 3);
    expect(lines[MAX_ERROR_LINES - 1]).toBe(`rolefit crawl: file: Error: row ${MAX_ERROR_LINES}`);
    expect(lines[MAX_ERROR_LINES]).toMatch(/^rolefit crawl: file: further errors are counted, not shown/);
    expect(lines.slice(-2)).toEqual([
      'rolefit crawl: hh: Error: row 1',
      'rolefit crawl: file: done, 1 page, 0 jobs, 2215 errors',
    ]);
  });

  it('draws a cli-progress bar on a terminal, counting jobs against the limit', () => {
    let text = '';
    const progress = createCrawlProgress({ write: (chunk: string) => (text += chunk), isTTY: true }, 4);
    progress.update(page(1, 3));
    for (const id of ['hh:1', 'hh:2', 'hh:3']) progress.update(item(id));
    progress.stop();
    // Cursor control from the terminal driver, then the bar's last state: 3 of 4 jobs.
    expect(text).toContain('\x1B[');
    expect(text).toMatch(/hh \|[█░]+\| 3\/4 jobs · 1 pages · 0 errors/);
    expect(text).not.toContain('rolefit crawl:');
  });
});
