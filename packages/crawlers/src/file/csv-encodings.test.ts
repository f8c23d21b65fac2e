// The file crawler on CSV files saved in another encoding than UTF-8: Excel's "CSV" on Windows writes Windows-1252
// ("ANSI"). Files hand-written here, byte by byte, in that encoding.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { crawlFile as crawl } from './crawl-file.testing.js';

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'rolefit-csv-encodings-'));
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

/** A text as Windows-1252 bytes (every character here is in it). */
function windows1252(text: string): Buffer {
  const table: Record<string, number> = { '–': 0x96, '“': 0x93, '”': 0x94, '€': 0x80, '’': 0x92 };
  return Buffer.from([...text].map((character) => table[character] ?? character.charCodeAt(0)));
}

describe('createFileCrawler on a Windows-1252 CSV file', () => {
  it('reads its accented letters, dashes and quotes as written', async () => {
    const path = join(directory, 'jobs.csv');
    await writeFile(
      path,
      windows1252(
        'id;title;company;location;description\r\n' +
          '1;Café Manager;Brasserie Léon;Zürich;“Run the café” – 4 000 € a month, chef’s table\r\n',
      ),
    );
    const { jobs, errors } = await crawl(path);
    expect(errors).toEqual([]);
    expect(
      jobs.map(({ title, company, location, description }) => ({ title, company, location, description })),
    ).toEqual([
      {
        title: 'Café Manager',
        company: 'Brasserie Léon',
        location: { city: 'Zürich' },
        description: '“Run the café” – 4 000 € a month, chef’s table',
      },
    ]);
  });

  it('reads a file whose first byte past ASCII comes after its first chunk', async () => {
    // 64 KiB chunks: the accented row is in a later one, and the rows before it pass as they are.
    const path = join(directory, 'long.csv');
    const rows = Array.from({ length: 3_000 }, (_value, index) => `${index},Plain title ${index},Acme\n`).join('');
    await writeFile(path, windows1252(`id,title,company\n${rows}9999,Café Manager,Brasserie Léon\n`));
    const { jobs, errors } = await crawl(path);
    expect(errors).toEqual([]);
    expect(jobs).toHaveLength(3_001);
    expect(jobs.at(-1)?.company).toBe('Brasserie Léon');
  });

  it('leaves a UTF-8 file whose first character past ASCII is cut by a chunk alone', async () => {
    const path = join(directory, 'utf8.csv');
    const head = 'id,title,description\n1,Manager,';
    const padding = 'x'.repeat(64 * 1024 - head.length - 1); // the é's first byte ends the first chunk
    await writeFile(path, `${head}${padding}é here\n2,Chef,Brasserie Léon\n`);
    const { jobs, errors } = await crawl(path);
    expect(errors).toEqual([]);
    expect(jobs.map((job) => job.description.slice(-14))).toEqual(['xxxxxxxxé here', 'Brasserie Léon']);
  });
});
