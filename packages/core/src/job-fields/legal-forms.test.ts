import { describe, expect, it } from 'vitest';
import { LEGAL_FORMS, legalFormSource } from './legal-forms.js';

const wholeForm = (forms = LEGAL_FORMS) => new RegExp(`^(?:${legalFormSource(forms)})$`, 'iu');

describe('legalFormSource', () => {
  it('reads each form as written, its last full stop optional and white space after a full stop optional', () => {
    for (const text of ['Inc.', 'Inc', 'S.A.', 'S.A', 'Sp. z o.o.', 'Sp.z o.o.', 'sp. z o. o.', 'GmbH', 'ООО', 'Ltda'])
      expect(wholeForm().test(text), text).toBe(true);
  });

  it('reads the Czech, Slovak and Polish forms, spaced or not', () => {
    for (const text of [
      's.r.o.',
      's. r. o.',
      'spol. s r.o.',
      'a.s.',
      'a. s.',
      'k.s.',
      'v.o.s.',
      'sp.j.',
      'sp. j.',
      'Sp.k.',
      'S.A.',
    ])
      expect(wholeForm().test(text), text).toBe(true);
  });

  it('keeps the full stops inside a form: "SA" and "SC" are no "S.C."', () => {
    const dotted = wholeForm(LEGAL_FORMS.filter((form) => form.written === 's.c.' || form.written === 'e.v.'));
    expect(dotted.test('S.C.')).toBe(true);
    expect(dotted.test('SC')).toBe(false);
    expect(dotted.test('EV')).toBe(false);
  });

  it('tries the longest form first, so a longer form is not cut after a shorter one', () => {
    expect(new RegExp(legalFormSource(LEGAL_FORMS), 'iu').exec('Textiles S.A. de C.V.')?.[0]).toBe('S.A. de C.V.');
  });
});

describe('LEGAL_FORMS', () => {
  it('marks the words spelt out and the forms written before the name', () => {
    const spelledOut = LEGAL_FORMS.filter((form) => form.spelledOut).map((form) => form.written);
    expect(spelledOut).toEqual(['limited', 'corporation', 'company', 'spółka']);
    expect(LEGAL_FORMS.filter((form) => form.beforeName).map((form) => form.written)).toContain('ооо');
    expect(new Set(LEGAL_FORMS.map((form) => form.written)).size).toBe(LEGAL_FORMS.length);
  });
});
