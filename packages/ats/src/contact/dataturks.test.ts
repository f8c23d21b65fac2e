import { contactSchema } from '@rolefit/core';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATATURKS_FILE, readDataturks } from '../testing/index.js';
import { extractContact } from './index.js';

// The labelled résumés are developer data beside the checkout (shared/data, or ROLEFIT_DATA) and may not be
// redistributed, so they are not in the repository; without them this measurement is skipped.
describe('extractContact on the DataTurks résumés', () => {
  it.skipIf(!existsSync(DATATURKS_FILE))('finds labelled names, contact handles and cities', () => {
    const records = readDataturks();
    expect(records.length).toBeGreaterThan(100);
    const name = { labelled: 0, predicted: 0, correct: 0 };
    const handle = { labelled: 0, predicted: 0, correct: 0 };
    const location = { labelled: 0, predicted: 0, correct: 0 };
    let emailsNotInText = 0;
    let phonesNotInText = 0;

    for (const record of records) {
      const contact = extractContact(record.text);
      expect(contactSchema.safeParse(contact).success, record.id).toBe(true);
      if (contact.email && !record.text.includes(contact.email)) emailsNotInText++;
      if (contact.phone && !record.text.replace(/\s+/g, ' ').includes(contact.phone)) phonesNotInText++;

      const labelledName = record.fields.name[0];
      if (labelledName) {
        name.labelled++;
        if (contact.name) name.predicted++;
        if (contact.name?.toLowerCase() === labelledName.toLowerCase()) name.correct++;
      }

      // The "email" label is the résumé's Indeed contact link ("indeed.com/r/<name>/<hash>", sometimes broken across
      // lines or clipped), not an address: the set has almost no e-mail addresses. So it is scored against the links.
      const labelledHandle = record.fields.email.map(indeedHandle).find(Boolean);
      if (labelledHandle) {
        const predicted = contact.links.map(indeedHandle).find(Boolean);
        handle.labelled++;
        if (predicted) handle.predicted++;
        if (predicted === labelledHandle) handle.correct++;
      }

      // Labels name the city ("Sangli"); the guess is "City, Region" ("Sangli, Maharashtra").
      const labelledCity = record.fields.location
        .map((place) => place.replace(/[\s,]+$/, ''))
        .find((place) => place && !place.includes('indeed'));
      if (labelledCity) {
        location.labelled++;
        if (contact.location) location.predicted++;
        if (contact.location?.toLowerCase().startsWith(labelledCity.toLowerCase())) location.correct++;
      }
    }

    const rate = (part: number, whole: number) => (whole ? part / whole : 0);
    const report = {
      records: records.length,
      nameAccuracy: rate(name.correct, name.labelled),
      handlePrecision: rate(handle.correct, handle.predicted),
      handleRecall: rate(handle.correct, handle.labelled),
      locationPrecision: rate(location.correct, location.predicted),
      locationRecall: rate(location.correct, location.labelled),
      counts: { name, handle, location },
    };
    console.info('DataTurks contact extraction', JSON.stringify(report));

    // Floors a little under what was measured (name 119/119, handle 104/104 both ways, location 104/104 and 104/109).
    expect(report.nameAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(report.handlePrecision).toBeGreaterThanOrEqual(0.95);
    expect(report.handleRecall).toBeGreaterThanOrEqual(0.95);
    expect(report.locationPrecision).toBeGreaterThanOrEqual(0.95);
    expect(report.locationRecall).toBeGreaterThanOrEqual(0.9);
    // Whatever is returned as an e-mail or phone is copied from the text.
    expect(emailsNotInText).toBe(0);
    expect(phonesNotInText).toBe(0);
  });
});

// "Indeed: indeed.com/r/Jay-\nMadhavi/1e7d…" or "https://indeed.com/r/Jay-Madhavi/1e7d…" → "jay-madhavi/1e7d…".
function indeedHandle(value: string): string | undefined {
  const match = /(?:^|[^\w])(?:i?ndeed\.com)\/r\/([^/\s]+)\/([0-9a-f]{8,})/i.exec(value.replace(/\s+/g, ''));
  return match ? `${match[1]}/${match[2]}`.toLowerCase() : undefined;
}
