import { describe, expect, it } from 'vitest';
import {
  bestOccupationGrade,
  commonOccupation,
  loadOnetTitles,
  neighbouringMajors,
  normaliseTitle,
  occupationGrade,
} from './onet.js';
import { hasData, realContext } from './test-helpers.js';

describe('SOC occupations', () => {
  it('grade 3 for one detailed occupation, 2 for a minor group, 1 for a major group, 0 across groups', () => {
    expect(occupationGrade('15-1252', '15-1252')).toBe(3);
    expect(occupationGrade('15-1252', '15-1253')).toBe(2);
    expect(occupationGrade('15-12', '15-12')).toBe(2);
    expect(occupationGrade('15-1252', '15-2051')).toBe(1);
    expect(occupationGrade('27', '27-3042')).toBe(1);
    expect(occupationGrade('15-1252', '29-1141')).toBe(0);
    expect(occupationGrade(undefined, '15-1252')).toBe(0);
    expect(bestOccupationGrade(['29-1141', '15-1253'], ['15-1252'])).toBe(2);
  });

  it('shares the most precise prefix, or none across major groups', () => {
    expect(commonOccupation(['15-1252', '15-1252'])).toBe('15-1252');
    expect(commonOccupation(['15-1252', '15-1253'])).toBe('15-12');
    expect(commonOccupation(['15-1252', '15-2051'])).toBe('15');
    expect(commonOccupation(['15-1252', '29-1141'])).toBeUndefined();
    expect(commonOccupation([])).toBeUndefined();
  });

  it('knows neighbouring major groups both ways, never a group with itself', () => {
    expect(neighbouringMajors('15-1252', '17-2051')).toBe(true);
    expect(neighbouringMajors('17-2051', '15-1252')).toBe(true);
    expect(neighbouringMajors('15-1252', '15-2051')).toBe(false);
    expect(normaliseTitle('R&D Engineer (II)')).toBe('r and d engineer ii');
  });
});

// O*NET's title lists from onet-db in ../shared/data.
describe.skipIf(!hasData)("O*NET's titles", () => {
  it('name a posting title with level words, a location tail or a plural, and leave unknown titles out', () => {
    const occupationOf = loadOnetTitles(realContext().read);
    expect(occupationOf('Registered Nurse')).toBe('29-1141');
    expect(occupationOf('Senior Registered Nurse - Night Shift')).toBe('29-1141');
    expect(occupationOf('Registered Nurses')).toBe('29-1141');
    expect(occupationOf('Zorblax wrangler')).toBeUndefined();
  });
});
