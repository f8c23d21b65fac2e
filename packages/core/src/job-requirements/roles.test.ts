import { describe, expect, it } from 'vitest';
import { GENERAL_ROLE_NOUNS, misspeltRoleNoun, ROLE_NOUNS } from './roles.js';
import { QUALIFYING_SENIORITY_LEVELS, seniorityOfWord } from './seniority.js';

describe('ROLE_NOUNS', () => {
  it('lists lower-case singular words once, none of them also a general role noun', () => {
    const all = [...ROLE_NOUNS, ...GENERAL_ROLE_NOUNS];
    expect(new Set(all).size).toBe(all.length);
    // One word, or one hyphenated word whose halves are no role on their own ("co-ordinator").
    expect(all.every((word) => /^[a-z]+(?:-[a-z]+)?$/.test(word) && !word.endsWith('s'))).toBe(true);
  });

  it('holds the British spelling "co-ordinator" beside "coordinator"', () => {
    // "Event Co-ordinator", "Sales Co-ordinator": as UK and Indian résumés and postings write it.
    expect(ROLE_NOUNS).toContain('coordinator');
    expect(ROLE_NOUNS).toContain('co-ordinator');
  });

  it('holds "lender" (O*NET 13-2072 Loan Officers: "Commercial Lender", "Lender")', () => {
    expect(ROLE_NOUNS).toContain('lender');
  });

  it('names roles beyond the office: trades, services, care, the arts', () => {
    // Job titles that open real resumes in place of a name (the contact parser reads them with this list).
    for (const word of ['pilot', 'attendant', 'advocate', 'photographer', 'paramedic', 'machinist', 'barista'])
      expect(ROLE_NOUNS, word).toContain(word);
    // And those of the Kaggle resume PDFs' titles ("Physical Therapy Aide", "Construction Laborer", "Team Leader").
    for (const word of ['aide', 'laborer', 'leader', 'examiner', 'scribe', 'producer', 'rep', 'holder'])
      expect(ROLE_NOUNS, word).toContain(word);
  });

  it('holds no seniority word that only qualifies a role except those that also end a title ("Team Lead")', () => {
    const qualifying = ROLE_NOUNS.filter((word) => {
      const level = seniorityOfWord(word);
      return level !== undefined && QUALIFYING_SENIORITY_LEVELS.has(level);
    });
    expect(qualifying.sort()).toEqual(['apprentice', 'intern', 'journeyman', 'lead', 'trainee']);
    expect(ROLE_NOUNS).not.toContain('senior');
    expect(ROLE_NOUNS).not.toContain('staff');
  });
});

describe('ROLE_NOUNS against occupation titles', () => {
  it('holds the frequent head nouns of O*NET and ESCO occupation titles that name only a role', () => {
    // Heads counted over shared/data's O*NET titles and alternate titles and ESCO v1.2 labels, by the occupations they
    // head (repairer 152, practitioner 93, finisher 88, fitter 81, salesperson 78, fabricator 65, investigator 59, ...).
    for (const word of ['repairer', 'practitioner', 'finisher', 'fitter', 'salesperson', 'fabricator', 'investigator'])
      expect(ROLE_NOUNS, word).toContain(word);
    // Sciences and medicine: "Quality Control / Analytical Chemist" (a Kaggle résumé PDF's title), "Nurse Practitioner".
    for (const word of ['chemist', 'biologist', 'economist', 'statistician', 'surgeon', 'dentist', 'psychologist'])
      expect(ROLE_NOUNS, word).toContain(word);
  });
});

describe('misspeltRoleNoun', () => {
  it.each([
    ['JOURNYMAN', 'journeyman'],
    ['Techncian', 'technician'],
    ['Coordinater', 'coordinator'],
    ['supervisr', 'supervisor'],
    ['Accoutant', 'accountant'],
  ])('reads %s as %s misspelt', (word, noun) => {
    expect(misspeltRoleNoun(word)).toBe(noun);
  });

  it('reads no misspelling in the role noun itself, a surname near a short role noun, or another word', () => {
    for (const word of ['Journeyman', 'Sturgeon', 'Taylor', 'Gardner', 'Fisher', 'Hydraulics', 'Aircraft', 'Novák', ''])
      expect(misspeltRoleNoun(word), word).toBeUndefined();
  });
});
