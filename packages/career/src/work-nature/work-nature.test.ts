import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseJob } from '@rolefit/core';
import { sampleJobs } from '@rolefit/core/samples';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without type declarations
import { buildWorkNatureData } from '../../../../scripts/build-work-nature-data.mjs';
import shipped from './data/onet-physical-work.json' with { type: 'json' };
import { loadWorkNatureReader, PHYSICAL_SHARE_BY_SOC } from './work-nature.js';

const physicalOf = async (titles: string[]) => {
  const reader = await loadWorkNatureReader();
  return titles.map((title) => {
    const job = sampleJobs.find((sample) => sample.title === title);
    if (!job) throw new Error(`no sample job ${title}`);
    return reader.of(parseJob(job))?.physical;
  });
};

describe('loadWorkNatureReader', () => {
  it('reads trades and care work as physical and desk jobs as mental, from the O*NET occupations the posting names', async () => {
    const trades = await physicalOf([
      'Site Carpenter / Joiner',
      'Journeyman Plumber',
      'Welder (MIG/TIG)',
      'Journeyman Electrician – Industrial',
      'Critical Care Nurse',
      'Line Cook',
    ]);
    const desk = await physicalOf([
      'Data Analyst',
      'Financial Analyst (FP&A)',
      'Senior Software Engineer, Platform',
      'Litigation Paralegal',
      'Senior Data Engineer',
    ]);
    for (const share of trades) expect(share).toBeGreaterThan(0.6);
    for (const share of desk) expect(share).toBeLessThan(0.1);
  });

  it('names the occupations it read and says nothing when it recognises none', async () => {
    const reader = await loadWorkNatureReader();
    expect(
      reader
        .of({ title: 'Site Carpenter / Joiner', description: '' })
        ?.occupations.map((occupation) => occupation.label),
    ).toContain('Carpenters');
    expect(reader.of({ title: 'Бухгалтер', description: 'Ведение учёта.' })).toBeUndefined();
  });
});

describe('the shipped physical shares', () => {
  it('carry the O*NET attribution and span desk to hands-on work', () => {
    expect(shipped.about).toContain('CC BY 4.0');
    expect(PHYSICAL_SHARE_BY_SOC['15-2051.00']).toBe(0); // Data Scientists
    expect(PHYSICAL_SHARE_BY_SOC['47-2031.00']).toBeGreaterThan(0.8); // Carpenters
    expect(Object.keys(PHYSICAL_SHARE_BY_SOC).length).toBeGreaterThan(900);
  });

  const data =
    process.env.ROLEFIT_DATA_DIR ??
    join(fileURLToPath(new URL('../../../../', import.meta.url)), '..', 'shared', 'data');
  it.skipIf(!existsSync(join(data, 'onet-db', 'Tools Used.txt')))(
    'are what scripts/build-work-nature-data.mjs derives from the O*NET files in ROLEFIT_DATA_DIR',
    () => {
      expect(buildWorkNatureData(data)).toEqual(shipped);
    },
  );
});
