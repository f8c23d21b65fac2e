import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATATURKS_FILE, readDataturks } from '../testing/index.js';
import { splitSections } from './index.js';

// The labelled résumés are developer data beside the checkout (shared/data, or ROLEFIT_DATA) and may not be
// redistributed, so they are not in the repository; without them this measurement is skipped.
describe('splitSections on the DataTurks résumés', () => {
  it.skipIf(!existsSync(DATATURKS_FILE))('finds experience and education sections and tiles every text', () => {
    const records = readDataturks();
    expect(records.length).toBeGreaterThan(100);
    let withExperience = 0;
    let withEducation = 0;
    let educationLabelled = 0;
    let educationFound = 0;
    for (const record of records) {
      const sections = splitSections(record.text);
      const kinds = new Set(sections.map((section) => section.kind));
      if (kinds.has('experience')) withExperience++;
      if (kinds.has('education')) withEducation++;
      // A labelled degree should land in an education section when there is one.
      const degree = record.fields.degree[0];
      if (degree && kinds.has('education')) {
        educationLabelled++;
        const words = degree.split(/\s+/).slice(0, 3).join(' ');
        if (
          sections.some((section) => section.kind === 'education' && section.text.replace(/\s+/g, ' ').includes(words))
        )
          educationFound++;
      }
      sections.forEach((section, index) =>
        expect(section.end, record.id).toBe(sections[index + 1]?.start ?? record.text.length),
      );
    }
    const report = {
      records: records.length,
      experienceShare: withExperience / records.length,
      educationShare: withEducation / records.length,
      degreeInEducation: educationFound / educationLabelled,
    };
    console.info('DataTurks section splitting', JSON.stringify(report));
    // Floors a little under what was measured (experience 120/120, education 116/120; see the report line for degrees).
    expect(report.experienceShare).toBeGreaterThanOrEqual(0.95);
    expect(report.educationShare).toBeGreaterThanOrEqual(0.9);
    expect(report.degreeInEducation).toBeGreaterThanOrEqual(0.8);
  });
});
