import { describe, expect, it } from 'vitest';
import { ENTRY_FIELD_LABELS, entryFieldKind } from './entry-field-labels.js';

describe('entryFieldKind', () => {
  it('names the field of a label in each language, whatever its case, spacing or number', () => {
    const cases: [string, string | undefined][] = [
      ['Company', 'employer'],
      ['COMPANY NAME', 'employer'],
      ['Company  Name ', 'employer'],
      ['Company 1', 'employer'],
      ['Company #2', 'employer'],
      ['Organisation Name', 'employer'],
      ['Firma', 'employer'],
      ['Arbeitgeber', 'employer'],
      ['Empresa', 'employer'],
      ['Société', 'employer'],
      ['Компания', 'employer'],
      ['Pracodawca', 'employer'],
      ['Zaměstnavatel', 'employer'],
      ['Zamestnávateľ', 'employer'],
      ['Designation', 'title'],
      ['Stanowisko', 'title'],
      ['Должность', 'title'],
      ['Cargo', 'title'],
      ['Poste', 'title'],
      ['Pozícia', 'title'],
      ['Role', 'weak-title'],
      ['Duration', 'dates'],
      ['Dates (from – to)', 'dates'],
      ['Zeitraum', 'dates'],
      ['Období', 'dates'],
      ['Year of Passing', 'dates'],
      ['University / Board', 'school'],
      ['Hochschule', 'school'],
      ['Uczelnia', 'school'],
      ['Degree', 'degree'],
      ['Abschluss', 'degree'],
      // A client is no employer; a project's or a skill's label names no field of an entry.
      ['Client', undefined],
      ['Project', undefined],
      ['Skills', undefined],
      ['Company culture and values of the team I worked with for many years', undefined],
    ];
    for (const [label, kind] of cases) expect(entryFieldKind(label), label).toBe(kind);
  });

  it('lists each label once, in lower case, under one kind', () => {
    const labels = Object.values(ENTRY_FIELD_LABELS).flat();
    expect(new Set(labels).size).toBe(labels.length);
    for (const label of labels) expect(label, label).toBe(label.toLowerCase().trim());
    for (const [kind, list] of Object.entries(ENTRY_FIELD_LABELS))
      for (const label of list) expect(entryFieldKind(label), label).toBe(kind);
  });
});
