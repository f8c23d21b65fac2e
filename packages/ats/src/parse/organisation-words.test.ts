import { describe, expect, it } from 'vitest';
import {
  namesOrganisationAbroad,
  ORGANISATION_NAME_WORDS_ABROAD,
  ORGANISATION_WORDS_ABROAD,
} from './organisation-words.js';

describe('namesOrganisationAbroad', () => {
  it("finds a legal form, a kind of organisation or a school's word in the languages read", () => {
    for (const text of [
      'Telefónica S.A.',
      'Petrobras Ltda.',
      'Acme GmbH',
      'ООО «Ромашка»',
      'Grupo Bimbo',
      'Centro  Hospitalar de Lisboa',
      'Technische Universität München',
      'Fachhochschule Köln',
      'Politechnika Warszawska',
      'Universiteit Utrecht',
      'Escuela Técnica Superior',
      'Coolblue B.V.',
      'Biuro Rachunkowe Bilans Sp. z o.o.',
      'Gemeente Eindhoven',
      'Hogeschool Utrecht',
      'Szkoła Podstawowa nr 5',
      // Core's legal forms (LEGAL_FORMS): the last full stop optional, a space after a full stop too.
      'Förderverein e.V.',
      'Pérez y Cía.',
      'Acme S.A',
      'Comarch Sp.z o.o.',
      'OOO UZGPS',
      // Czech, Slovak and Polish forms; "a.s." and "k.s." in lower case.
      'Kiwi.com s.r.o.',
      'ESET, spol. s r.o.',
      'Škoda Auto a.s.',
      'Hrubý k. s.',
      'Dvořák a Novák v.o.s.',
      'Kowalski i Wspólnicy sp.j.',
      'Nowak sp. k.',
    ])
      expect(namesOrganisationAbroad(text), text).toBe(true);
  });

  it('finds none inside a longer word or in a title', () => {
    for (const text of [
      'Agile Coach',
      'Spanish teacher',
      'Kanban lead',
      'Bancos de datos',
      'Desarrollador de software',
      'Solutions Architect (SA)',
      'CIA analyst',
      'EV charging engineer',
      // Initials in capitals, not the Czech "a.s."/"k.s.".
      'A.S. Rao',
      'K.S. Sharma',
    ])
      expect(namesOrganisationAbroad(text), text).toBe(false);
  });
});

describe('ORGANISATION_NAME_WORDS_ABROAD', () => {
  it('holds the one-word forms but those that read as initials', () => {
    expect(ORGANISATION_NAME_WORDS_ABROAD).toContain('gmbh');
    expect(ORGANISATION_NAME_WORDS_ABROAD).toContain('universität');
    expect(ORGANISATION_NAME_WORDS_ABROAD).not.toContain('s.a.');
    expect(ORGANISATION_NAME_WORDS_ABROAD).not.toContain('centro hospitalar');
    expect(ORGANISATION_WORDS_ABROAD).toContain('s.a.');
    // Written without their last full stop, as the contact reader compares words; not those that are everyday words.
    expect(ORGANISATION_NAME_WORDS_ABROAD).toContain('ltda');
    expect(ORGANISATION_NAME_WORDS_ABROAD).toContain('cía');
    expect(ORGANISATION_NAME_WORDS_ABROAD).not.toContain('sa');
    expect(ORGANISATION_NAME_WORDS_ABROAD).not.toContain('cia');
  });
});
