import { describe, expect, it } from 'vitest';
import { type DateRange, findDateRanges } from './parse.js';

const month = (year: number, monthNumber: number) => new Date(Date.UTC(year, monthNumber - 1, 1));
const now = new Date(Date.UTC(2024, 5, 15));
const ongoing = (start: Date, text: string): DateRange => ({ start, end: null, current: true, text });

// "From" that leaves a range open, as CVs write it (#23): German "ab", Spanish and Portuguese "a partir de", French
// "à partir de", Italian "a partire dal" (hand-written in the format of the dates' column of a Lebenslauf or a CV).
describe('findDateRanges: a range opened by "from" and left open', () => {
  it.each<[string, DateRange]>([
    ['ab 10/2022', ongoing(month(2022, 10), 'ab 10/2022')],
    ['A partir de 2020', ongoing(month(2020, 1), 'A partir de 2020')],
    ['a partir de janeiro de 2021', ongoing(month(2021, 1), 'a partir de janeiro de 2021')],
    ["à partir d'avril 2020", ongoing(month(2020, 4), "à partir d'avril 2020")],
    ['A partire dal 2018', ongoing(month(2018, 1), 'A partire dal 2018')],
  ])('reads %j', (text, range) => {
    expect(findDateRanges(text, { now })).toEqual([range]);
  });

  it('takes "ab" only as a word of its own', () => {
    expect(findDateRanges('Werkstudent ab 2020', { now })).toEqual([ongoing(month(2020, 1), 'ab 2020')]);
    // "Lab 2020", "Grab 2020": a word ending in "ab" is no German "ab".
    expect(findDateRanges('Lab 2020', { now })).toEqual([]);
    expect(findDateRanges('Grab 2020', { now })).toEqual([]);
  });
});
