import { describe, expect, it } from 'vitest';
import {
  beforeTrailingSeparator,
  type DateRange,
  findDateRanges,
  isPresentWord,
  isRangeSeparator,
  opensWithSinceWord,
} from './parse.js';

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

// English "from" with no end after it, on a position's or a school's line (hand-written, in the forms of the study
// texts' date lines): open, as after "since". A sentence that goes on after the date is no range.
describe('findDateRanges: a range opened by English "from" and left open', () => {
  it.each<[string, DateRange]>([
    ['From 2019', ongoing(month(2019, 1), 'From 2019')],
    ['From March 2019', ongoing(month(2019, 3), 'From March 2019')],
    ['Senior Data Engineer, Acme Corp from 03/2019', ongoing(month(2019, 3), 'from 03/2019')],
    ['From Jan 2020 | Acme Corp', ongoing(month(2020, 1), 'From Jan 2020')],
    ['From 2018 - Data Engineer', ongoing(month(2018, 1), 'From 2018')],
    ['Acme Corp (from 2021)', ongoing(month(2021, 1), 'from 2021')],
    ['Data Engineer    From 2017', ongoing(month(2017, 1), 'From 2017')],
  ])('reads %j', (text, range) => {
    expect(findDateRanges(text, { now })).toEqual([range]);
  });

  it('reads no range where a sentence goes on after the date, or "from" is part of a word', () => {
    expect(findDateRanges('From 2019 I led the data team', { now })).toEqual([]);
    expect(findDateRanges('From March 2019, I led the migration', { now })).toEqual([]);
    expect(findDateRanges('Cut costs 12% from 2019 levels', { now })).toEqual([]);
    expect(findDateRanges('Lecturer in Indore from Nov 2018.', { now })).toEqual([]);
    expect(findDateRanges("Up from 2019's figures", { now })).toEqual([]);
    // A dash ending the text: the end is on the next line (a Kaggle PDF's "… 1.1M fans from 2009 -" / "2012").
    expect(findDateRanges('generating 1.1M fans from 2009 -', { now })).toEqual([]);
    // A Kaggle PDF's duty within a position, its text going on after the bracket.
    expect(findDateRanges("Kochi as a Branch (from 18th Feb'15) Key Responsibility: Finalisation", { now })).toEqual(
      [],
    );
    expect(findDateRanges('Wherefrom 2019', { now })).toEqual([]);
    // A range with its end, and "to date", are read as before.
    expect(findDateRanges('From 2015 to 2018', { now })).toEqual([
      { start: month(2015, 1), end: month(2018, 12), current: false, text: '2015 to 2018' },
    ]);
    expect(findDateRanges('From 2019 to date', { now })).toEqual([ongoing(month(2019, 1), '2019 to date')]);
  });

  it('reads no open range where a dash or bar opens the end ("From Aug 2011 - Till Sep 2012")', () => {
    // As DataTurks' "Nov 2011 - Till Sep 2012" with "From" before it: the position ended in 2012, it is not ongoing;
    // a dash and a word together are one separator, so the range is read closed.
    expect(findDateRanges('From Aug 2011 - Till Sep 2012', { now })).toEqual([
      { start: month(2011, 8), end: month(2012, 9), current: false, text: 'Aug 2011 - Till Sep 2012' },
    ]);
    expect(findDateRanges('From June 2015 – To March 2018', { now })).toEqual([
      { start: month(2015, 6), end: month(2018, 3), current: false, text: 'June 2015 – To March 2018' },
    ]);
    expect(findDateRanges('From 2015 | Up to 2018', { now })).toEqual([
      { start: month(2015, 1), end: month(2018, 12), current: false, text: '2015 | Up to 2018' },
    ]);
    expect(findDateRanges('From 2015 - Toyota Motors', { now })).toEqual([ongoing(month(2015, 1), 'From 2015')]);
  });

  it('reads a bar and "To"/"Till" after "Since <date>" as the separator of a closed range ("Since 2015 | To 2018")', () => {
    expect(findDateRanges('Since 2015 | To 2018', { now })).toEqual([
      { start: month(2015, 1), end: month(2018, 12), current: false, text: '2015 | To 2018' },
    ]);
    expect(findDateRanges('Acme Corp | Since Jan 2015 | Till Mar 2018', { now })).toEqual([
      { start: month(2015, 1), end: month(2018, 3), current: false, text: 'Jan 2015 | Till Mar 2018' },
    ]);
    // A bar before anything else is no separator: the range stays open since the date.
    expect(findDateRanges('Since 2015 | Tokyo', { now })).toEqual([ongoing(month(2015, 1), 'Since 2015')]);
    expect(findDateRanges('Acme | 2015 | 2018', { now })).toEqual([]);
  });
});

// "Onwards" after the start, as Indian résumés write an ongoing position (#23; hand-written in the format of the
// updated-resume-dataset's and DataTurks' date lines).
describe('findDateRanges: a range left open by "onwards"', () => {
  it.each<[string, DateRange]>([
    ['June 2015 onwards', ongoing(month(2015, 6), 'June 2015 onwards')],
    ['2018 - Onwards', ongoing(month(2018, 1), '2018 - Onwards')],
    ['Jan 2019 – onwards', ongoing(month(2019, 1), 'Jan 2019 – onwards')],
    ['03/2020 on wards', ongoing(month(2020, 3), '03/2020 on wards')],
    ['from Aug 2017 onwards.', ongoing(month(2017, 8), 'Aug 2017 onwards')],
  ])('reads %j', (text, range) => {
    expect(findDateRanges(text, { now })).toEqual([range]);
  });

  it('takes "onwards" only as a word of its own, and not after a closed range', () => {
    expect(findDateRanges('2015 onwardsly', { now })).toEqual([]);
    expect(findDateRanges('2015 on', { now })).toEqual([]);
    // (review of 727569dd) "on ward" written apart is a nurse's ward, not "onward": no open range, as before.
    expect(findDateRanges('Staff Nurse, Jan 2015 on Ward 3', { now })).toEqual([]);
    expect(findDateRanges('2015 - 2017 onwards', { now })).toEqual([
      { start: month(2015, 1), end: month(2017, 12), current: false, text: '2015 - 2017' },
    ]);
  });
});

// Dutch and Polish CVs (#23), hand-written in the format of their dates' columns: "sinds"/"vanaf" and "od" open a range
// left open; "tot" and "do" close one; "bis heute", "tot heden" and "do dziś" end one after a dash too.
describe('findDateRanges: Dutch and Polish ranges', () => {
  it.each<[string, DateRange]>([
    ['sinds 2019', ongoing(month(2019, 1), 'sinds 2019')],
    ['Vanaf maart 2020', ongoing(month(2020, 3), 'Vanaf maart 2020')],
    ['od 2019', ongoing(month(2019, 1), 'od 2019')],
    ['Od stycznia 2020 r.', ongoing(month(2020, 1), 'Od stycznia 2020')],
    ['01.2019 – tot heden', ongoing(month(2019, 1), '01.2019 – tot heden')],
    ['2018 – bis heute', ongoing(month(2018, 1), '2018 – bis heute')],
    ['03.2021 - do dziś', ongoing(month(2021, 3), '03.2021 - do dziś')],
  ])('reads %j as open', (text, range) => {
    expect(findDateRanges(text, { now })).toEqual([range]);
  });

  it('closes a range with "tot" or "do", so "od … do …" is no open range', () => {
    expect(findDateRanges('van 2015 tot 2019', { now })).toEqual([
      { start: month(2015, 1), end: month(2019, 12), current: false, text: '2015 tot 2019' },
    ]);
    expect(findDateRanges('od 01.2019 do 12.2020', { now })).toEqual([
      { start: month(2019, 1), end: month(2020, 12), current: false, text: '01.2019 do 12.2020' },
    ]);
  });

  it('takes "od" only just before a date, and not before a sum', () => {
    expect(findDateRanges('od klienta 2019', { now })).toEqual([]);
    expect(findDateRanges('Lod 2019', { now })).toEqual([]);
    expect(findDateRanges('Wynagrodzenie od 2000 zł brutto', { now })).toEqual([]);
  });
});

describe('isPresentWord', () => {
  it('is true for a whole word or phrase for "until now" in the languages read', () => {
    for (const text of ['Present', ' heute ', 'bis heute', 'actualidad', 'heden', 'tot heden', 'obecnie', 'do dziś'])
      expect(isPresentWord(text), text).toBe(true);
    expect(isPresentWord('настоящее время')).toBe(true);
  });

  it('is true for the Czech and Slovak words for it', () => {
    for (const text of [
      'současnost',
      'Dosud',
      'doposud',
      'dodnes',
      'nyní',
      'do současnosti',
      'súčasnosť',
      'doteraz',
      'do súčasnosti',
    ])
      expect(isPresentWord(text), text).toBe(true);
  });

  it('is false for a longer text or another word', () => {
    for (const text of ['Present day sales', 'Manager', 'heden ten dage', '', 'obecny'])
      expect(isPresentWord(text), text).toBe(false);
  });

  it('refuses a text that is no string, naming the argument', () => {
    expect(() => isPresentWord(42 as unknown as string)).toThrow(/isPresentWord.*text/s);
    expect(() => opensWithSinceWord(undefined as unknown as string)).toThrow(/opensWithSinceWord.*text/s);
  });
});

describe('opensWithSinceWord', () => {
  it('is true for a text opening with a word for "since"', () => {
    for (const text of [
      'seit 2019 Entwickler',
      'Desde 2020',
      'od 2019 Programista',
      'Sinds 2018',
      'vanaf 2021',
      'с 2020',
    ])
      expect(opensWithSinceWord(text), text).toBe(true);
  });

  it('is false for a word that only begins like one', () => {
    for (const text of ['Odoo developer 2019', 'Abteilung 2019', 'Sindsdien', 'Developer since 2019'])
      expect(opensWithSinceWord(text), text).toBe(false);
  });
});

describe('isRangeSeparator', () => {
  it('is true for a word or mark alone between two dates', () => {
    for (const text of [
      '–',
      ' - ',
      'to',
      'bis',
      'hasta',
      'tot',
      'do',
      'до',
      "jusqu'à",
      '– till',
      '- To',
      'upto',
      'up to',
      '| to',
      '| Till',
    ])
      expect(isRangeSeparator(text), text).toBe(true);
  });

  it('is false for anything else', () => {
    for (const text of ['today', 'dot', 'to do', '', 'Present']) expect(isRangeSeparator(text), text).toBe(false);
  });
});

describe('beforeTrailingSeparator', () => {
  it('gives the text before a separator that ends it, as written', () => {
    expect(beforeTrailingSeparator('June 2013 –')).toBe('June 2013');
    expect(beforeTrailingSeparator('Styczeń 2019 do')).toBe('Styczeń 2019');
    expect(beforeTrailingSeparator('01.2019 tot')).toBe('01.2019');
    expect(beforeTrailingSeparator('Jan 2019 TO')).toBe('Jan 2019');
  });

  it('takes a dash and a word together as the separator that ends it, as the range reader does', () => {
    expect(beforeTrailingSeparator('Nov 2011 - Till')).toBe('Nov 2011');
    expect(beforeTrailingSeparator('June 2015 – To')).toBe('June 2015');
    expect(beforeTrailingSeparator('2015 -- bis')).toBe('2015');
    expect(beforeTrailingSeparator('Jan 2015 - up to')).toBe('Jan 2015');
    expect(beforeTrailingSeparator('Jan 2015 upto')).toBe('Jan 2015');
    expect(beforeTrailingSeparator('Since 2015 | To')).toBe('Since 2015');
  });

  it('gives undefined for a text that ends in no separator', () => {
    expect(beforeTrailingSeparator('June 2013')).toBeUndefined();
    expect(beforeTrailingSeparator('Toronto')).toBeUndefined();
    expect(beforeTrailingSeparator('–')).toBeUndefined();
  });
});
