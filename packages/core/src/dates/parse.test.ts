import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  englishMonthSource,
  findDateRanges,
  isEnglishMonthName,
  monthFromName,
  monthsBetween,
  parseDateRange,
  parseMonthYear,
  totalYearsOfExperience,
  type DateRange,
} from './parse.js';

const repositoryRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const dataRoot = process.env.ROLEFIT_DATA ?? path.resolve(repositoryRoot, '../shared/data');

const month = (year: number, monthNumber: number) => new Date(Date.UTC(year, monthNumber - 1, 1));
const now = new Date(Date.UTC(2024, 5, 15)); // 15 June 2024
const closed = (start: Date, end: Date, text: string): DateRange => ({ start, end, current: false, text });
const ongoing = (start: Date, text: string): DateRange => ({ start, end: null, current: true, text });

describe('parseDateRange', () => {
  it.each<[string, DateRange]>([
    ['Jan 2019 – Present', ongoing(month(2019, 1), 'Jan 2019 – Present')],
    ['January 2019 - Current', ongoing(month(2019, 1), 'January 2019 - Current')],
    ['2015-2018', closed(month(2015, 1), month(2018, 12), '2015-2018')],
    ['2015 – 2018', closed(month(2015, 1), month(2018, 12), '2015 – 2018')],
    ['03/2017 - 06/2019', closed(month(2017, 3), month(2019, 6), '03/2017 - 06/2019')],
    ['3/2017–6/2019', closed(month(2017, 3), month(2019, 6), '3/2017–6/2019')],
    ['2017.03 – 2019.06', closed(month(2017, 3), month(2019, 6), '2017.03 – 2019.06')],
    ['01.2019 – 12.2020', closed(month(2019, 1), month(2020, 12), '01.2019 – 12.2020')],
    ['2019/03 - 2020/04', closed(month(2019, 3), month(2020, 4), '2019/03 - 2020/04')],
    ['March 2016 to Oct. 2018', closed(month(2016, 3), month(2018, 10), 'March 2016 to Oct. 2018')],
    ['May 2019 - 2020', closed(month(2019, 5), month(2020, 12), 'May 2019 - 2020')],
    ["Jan '18 - Mar '20", closed(month(2018, 1), month(2020, 3), "Jan '18 - Mar '20")],
    ['Summer 2018 - Fall 2019', closed(month(2018, 6), month(2019, 11), 'Summer 2018 - Fall 2019')],
    ['Sept 2020 – now', ongoing(month(2020, 9), 'Sept 2020 – now')],
    ['Since 2020', ongoing(month(2020, 1), 'Since 2020')],
    ['2019 – Today', ongoing(month(2019, 1), '2019 – Today')],
    ['2019 to date', ongoing(month(2019, 1), '2019 to date')],
    ['Apr 2019 till date', ongoing(month(2019, 4), 'Apr 2019 till date')],
    ['Jan 2019 Present', ongoing(month(2019, 1), 'Jan 2019 Present')],
    ['янв 2019 — по настоящее время', ongoing(month(2019, 1), 'янв 2019 — по настоящее время')],
    ['2018 — н.в.', ongoing(month(2018, 1), '2018 — н.в.')],
    ['с 2019 г. по н.в.', ongoing(month(2019, 1), '2019 г. по н.в.')],
    ['2015 - до настоящего времени', ongoing(month(2015, 1), '2015 - до настоящего времени')],
    ['март 2016 – по настоящий момент', ongoing(month(2016, 3), 'март 2016 – по настоящий момент')],
    ['2017 — до н.в.', ongoing(month(2017, 1), '2017 — до н.в.')],
    ['Январь 2019 — Март 2021', closed(month(2019, 1), month(2021, 3), 'Январь 2019 — Март 2021')],
    ['seit 2021', ongoing(month(2021, 1), 'seit 2021')],
    ['Acme Corp (Mar 2018 – Dec 2018) | Berlin', closed(month(2018, 3), month(2018, 12), 'Mar 2018 – Dec 2018')],
    ['Enero 2019 – Actualidad', ongoing(month(2019, 1), 'Enero 2019 – Actualidad')],
    ['abr. 2016 a dic. 2018', closed(month(2016, 4), month(2018, 12), 'abr. 2016 a dic. 2018')],
    ['Septiembre 2015 hasta la actualidad', ongoing(month(2015, 9), 'Septiembre 2015 hasta la actualidad')],
    ['desde 2017', ongoing(month(2017, 1), 'desde 2017')],
    ['Février 2017 – Août 2019', closed(month(2017, 2), month(2019, 8), 'Février 2017 – Août 2019')],
    ['janv. 2020 à aujourd’hui', ongoing(month(2020, 1), 'janv. 2020 à aujourd’hui')],
    ['depuis 2018', ongoing(month(2018, 1), 'depuis 2018')],
    ['Mai 2015 bis Dezember 2019', closed(month(2015, 5), month(2019, 12), 'Mai 2015 bis Dezember 2019')],
    ['März 2020 – heute', ongoing(month(2020, 3), 'März 2020 – heute')],
    // Italian and Portuguese (fixtures/international in ats: the Europass CV, Italian and Brazilian CVs).
    ['Giugno 2016 – Oggi', ongoing(month(2016, 6), 'Giugno 2016 – Oggi')],
    ['Settembre 2010 – Luglio 2013', closed(month(2010, 9), month(2013, 7), 'Settembre 2010 – Luglio 2013')],
    ['Dal 2017 ad oggi', ongoing(month(2017, 1), '2017 ad oggi')],
    ['Dal 2012 al 2017', closed(month(2012, 1), month(2017, 12), '2012 al 2017')],
    ["dall'aprile 2019", ongoing(month(2019, 4), "dall'aprile 2019")],
    ['01/2020 – Atual', ongoing(month(2020, 1), '01/2020 – Atual')],
    ['Fev 2018 – Jul 2021', closed(month(2018, 2), month(2021, 7), 'Fev 2018 – Jul 2021')],
    ['Ago 2021 até o momento', ongoing(month(2021, 8), 'Ago 2021 até o momento')],
    ['Março de 2019 – atual', ongoing(month(2019, 3), 'Março de 2019 – atual')],
    ['Enero de 2016 a Febrero de 2019', closed(month(2016, 1), month(2019, 2), 'Enero de 2016 a Febrero de 2019')],
    ['Outubro 2015 até Dezembro 2019', closed(month(2015, 10), month(2019, 12), 'Outubro 2015 até Dezembro 2019')],
    // Dutch and Polish (ats fixtures/layouts: nl-heden, nl-functie, pl-obecnie, pl-stanowisko).
    ['jan 2021 – heden', ongoing(month(2021, 1), 'jan 2021 – heden')],
    ['maart 2019 - heden', ongoing(month(2019, 3), 'maart 2019 - heden')],
    ['mei 2015 - februari 2019', closed(month(2015, 5), month(2019, 2), 'mei 2015 - februari 2019')],
    ['mrt 2016 tot heden', ongoing(month(2016, 3), 'mrt 2016 tot heden')],
    ['augustus 2014 – oktober 2016', closed(month(2014, 8), month(2016, 10), 'augustus 2014 – oktober 2016')],
    ['03.2020 – obecnie', ongoing(month(2020, 3), '03.2020 – obecnie')],
    ['styczeń 2019 – obecnie', ongoing(month(2019, 1), 'styczeń 2019 – obecnie')],
    ['wrzesień 2014 – grudzień 2018', closed(month(2014, 9), month(2018, 12), 'wrzesień 2014 – grudzień 2018')],
    ['od października 2017 do dziś', ongoing(month(2017, 10), 'października 2017 do dziś')],
    ['maj 2012 – lipiec 2013', closed(month(2012, 5), month(2013, 7), 'maj 2012 – lipiec 2013')],
    // Czech and Slovak (ats fixtures/layouts: cs-soucasnost, sk-doteraz).
    ['03/2019 – současnost', ongoing(month(2019, 3), '03/2019 – současnost')],
    ['leden 2020 – dosud', ongoing(month(2020, 1), 'leden 2020 – dosud')],
    ['září 2015 – prosinec 2019', closed(month(2015, 9), month(2019, 12), 'září 2015 – prosinec 2019')],
    ['od března 2018 do současnosti', ongoing(month(2018, 3), 'března 2018 do současnosti')],
    ['cerven 2012 - rijen 2014', closed(month(2012, 6), month(2014, 10), 'cerven 2012 - rijen 2014')],
    ['květen 2010 – červenec 2011', closed(month(2010, 5), month(2011, 7), 'květen 2010 – červenec 2011')],
    ['2016 – nyní', ongoing(month(2016, 1), '2016 – nyní')],
    ['január 2021 – súčasnosť', ongoing(month(2021, 1), 'január 2021 – súčasnosť')],
    ['máj 2017 – december 2020', closed(month(2017, 5), month(2020, 12), 'máj 2017 – december 2020')],
    ['jún 2014 – apríl 2017', closed(month(2014, 6), month(2017, 4), 'jún 2014 – apríl 2017')],
    ['09/2018 – doteraz', ongoing(month(2018, 9), '09/2018 – doteraz')],
    ['od októbra 2019 do súčasnosti', ongoing(month(2019, 10), 'októbra 2019 do súčasnosti')],
    ['júl 2011 – február 2013', closed(month(2011, 7), month(2013, 2), 'júl 2011 – február 2013')],
    // Two-digit years without an apostrophe, both ends so written or the end "Present" (Kaggle résumés
    // ENGINEERING/12472574 "City , IL 01/90-05/93", BPO/23933031 "(Florida) 11/11 - 12/14").
    ['01/90-05/93', closed(month(1990, 1), month(1993, 5), '01/90-05/93')],
    ['(Florida) 11/11 - 12/14 Received', closed(month(2011, 11), month(2014, 12), '11/11 - 12/14')],
    ['09/98 – Present', ongoing(month(1998, 9), '09/98 – Present')],
    ['Jan 95 - Mar 99', closed(month(1995, 1), month(1999, 3), 'Jan 95 - Mar 99')],
    ['Sept. 97 to Feb. 03', closed(month(1997, 9), month(2003, 2), 'Sept. 97 to Feb. 03')],
    ['Jan 15 – Present', ongoing(month(2015, 1), 'Jan 15 – Present')],
    // An apostrophe after the month or before a four-digit year (UpdatedResumeDataSet rows 321, 511; dataturks dt-77).
    ["Sept' 2017 to till date", ongoing(month(2017, 9), "Sept' 2017 to till date")],
    ["Feb '2011-June 2014", closed(month(2011, 2), month(2014, 6), "Feb '2011-June 2014")],
    ["Sept'2017 – Oct’2018", closed(month(2017, 9), month(2018, 10), "Sept'2017 – Oct’2018")],
    ["since Jan '2012", ongoing(month(2012, 1), "since Jan '2012")],
    // A day between the month and a four-digit year (UpdatedResumeDataSet row 511; Kaggle PDFs' "Month DD, YYYY").
    ["Aug 29th' 2005 till  Feb '2007", closed(month(2005, 8), month(2007, 2), "Aug 29th' 2005 till  Feb '2007")],
    ['May 20, 2005 - Present', ongoing(month(2005, 5), 'May 20, 2005 - Present')],
    ['July 4th 2007 – Aug 2nd, 2008', closed(month(2007, 7), month(2008, 8), 'July 4th 2007 – Aug 2nd, 2008')],
    ['January 29 2000 to March 3 2001', closed(month(2000, 1), month(2001, 3), 'January 29 2000 to March 3 2001')],
    ['Mar 20, 2019 - Apr 02, 2019', closed(month(2019, 3), month(2019, 4), 'Mar 20, 2019 - Apr 02, 2019')],
  ])('reads %j', (text, expected) => {
    expect(parseDateRange(text, { now })).toEqual(expected);
  });

  it.each([
    'Room 2019-2020A', // not a date: the second "year" has a letter glued on
    '2019 - 2015', // ends before it starts: a typo, so no range rather than a guess
    '2030 - Present', // ongoing but starts after now
    '15.03.2019 - 20.05.2020', // full dates are not month ranges
    'Phone 555-2019-2020',
    '13/2019 - 14/2020',
    'Graduated 2019',
    'Fluent in 2 languages',
    'In 2015 a team of four', // "a" separates two dates only when a date follows it
    // Two digits are a year only where both ends of a range are so written (or the end is "Present"): not a score, a
    // fraction, a day and month, a version, a phone number, a time, a day before its year, one such date alone.
    'Rated 8/10 - 9/10 by users',
    'Scored 10/10',
    '05/2019 - 06/20',
    '2019 - 05/20',
    'Jan 15 - Mar 20', // two days, or two years: two digits of 31 or less are read only before "Present"
    'March 24 - March 25 (9:00am- 4:00pm)',
    'Since Jan 15',
    'Jan 95 Present',
    '01/90',
    'Windows 3.1/3.11 - 95/98',
    'Phone 555-01/90-05/93',
    '12.98 - 03.99',
    '12-98 - 03-99',
    'Jan 95 - 03/99',
    'Call 08:30 - 12/14',
  ])('finds no range in %j', (text) => {
    expect(parseDateRange(text, { now })).toBeUndefined();
  });
});

describe('findDateRanges', () => {
  it('refuses options that are no object and a now that is no Date holding a real time, naming them (round 23)', () => {
    // Each was V8's TypeError at the first read of `now` ("now.getUTCFullYear is not a function", "this is not a Date
    // object" for a Proxy of a Date), or an Invalid Date read an ongoing range as NaN months.
    const ranges = [{ start: month(2020, 1), end: null }];
    for (const [fn, call] of [
      ['findDateRanges', (options: unknown) => findDateRanges('Jan 2019 - Present', options as never)],
      ['totalYearsOfExperience', (options: unknown) => totalYearsOfExperience(ranges, options as never)],
    ] as const) {
      for (const value of [
        '2024-06-15',
        5,
        {},
        new Date(Number.NaN),
        new Proxy(new Date(), {}),
        Object.create(Date.prototype),
      ])
        expect(() => call({ now: value }), `${fn} ${typeof value}`).toThrow(
          `Invalid ${fn}: options.now: must be a valid Date, got`,
        );
      expect(() => call(null)).toThrow(`Invalid ${fn}: options: must be an options object ({ now }), got null`);
    }
    expect(totalYearsOfExperience(ranges, { now: undefined })).toBeGreaterThan(0);
    expect(totalYearsOfExperience(ranges, { now })).toBe(4.4);
  });

  it('returns every range in text order', () => {
    const resume =
      'Software Engineer, Google (Jun 2019 - Present)\nIntern, Yandex (Jun 2018 - Aug 2018)\nBSc 2014 – 2018';
    expect(findDateRanges(resume, { now })).toEqual([
      ongoing(month(2019, 6), 'Jun 2019 - Present'),
      closed(month(2018, 6), month(2018, 8), 'Jun 2018 - Aug 2018'),
      closed(month(2014, 1), month(2018, 12), '2014 – 2018'),
    ]);
  });

  it('reads the short Slovak months only beside a year', () => {
    expect(findDateRanges('V máji sme spustili projekt, júl bol rušný; 2 jún 15 ľudí', { now })).toEqual([]);
    expect(findDateRanges('Projekt (máj 2019 – júl 2020)', { now }).map((range) => range.text)).toEqual([
      'máj 2019 – júl 2020',
    ]);
  });

  it('reads a dash and a word together as one separator, and "upto" / "up to" as one', () => {
    const ranges = (text: string) => findDateRanges(text, { now });
    expect(ranges('Nov 2011 - Till Sep 2012')).toEqual([
      closed(month(2011, 11), month(2012, 9), 'Nov 2011 - Till Sep 2012'),
    ]);
    expect(ranges('From June 2015 – To March 2018')).toEqual([
      closed(month(2015, 6), month(2018, 3), 'June 2015 – To March 2018'),
    ]);
    expect(ranges('Aug 2011 -  until Sep 2012')).toEqual([
      closed(month(2011, 8), month(2012, 9), 'Aug 2011 -  until Sep 2012'),
    ]);
    expect(ranges('Jan 2015 upto Dec 2017')).toEqual([
      closed(month(2015, 1), month(2017, 12), 'Jan 2015 upto Dec 2017'),
    ]);
    expect(ranges('Jan 2015 up to Dec 2017')).toEqual([
      closed(month(2015, 1), month(2017, 12), 'Jan 2015 up to Dec 2017'),
    ]);
    expect(ranges('Enero 2019 – a la actualidad')).toEqual([ongoing(month(2019, 1), 'Enero 2019 – a la actualidad')]);
    // A dash then text that is no date stays no range; the dash alone still reads "Present".
    expect(ranges('Acme Corp 2019 - a new team')).toEqual([]);
    expect(ranges('Jan 2019 - Present')).toEqual([ongoing(month(2019, 1), 'Jan 2019 - Present')]);
  });

  it('does not reuse the end of one range as the start of the next', () => {
    expect(findDateRanges('2012 - 2014 - 2016', { now }).map((range) => range.text)).toEqual(['2012 - 2014']);
  });

  // Helper 242: UpdatedResumeDataSet rows 481 and 827 write "Period: 06th June 2017 to 20th Aug 2018.", "1st Sept 2011 to
  // 6thMay 2012", "From 1-Jan 2016  To 24th Dec 2016": a day before the end's month stopped the range.
  it('reads a range whose dates open with a day, the day left aside', () => {
    expect(findDateRanges('Period: 06th June 2017 to 20th Aug 2018.', { now })).toEqual([
      closed(month(2017, 6), month(2018, 8), '06th June 2017 to 20th Aug 2018'),
    ]);
    expect(findDateRanges('1st Sept 2011 to 6thMay 2012', { now })).toEqual([
      closed(month(2011, 9), month(2012, 5), '1st Sept 2011 to 6thMay 2012'),
    ]);
    expect(findDateRanges('From 1-Jan 2016  To 24th Dec 2016.', { now })).toEqual([
      closed(month(2016, 1), month(2016, 12), '1-Jan 2016  To 24th Dec 2016'),
    ]);
    expect(findDateRanges('Period: 7 Dec 2006 to 20 March 2007', { now })).toEqual([
      closed(month(2006, 12), month(2007, 3), '7 Dec 2006 to 20 March 2007'),
    ]);
    expect(findDateRanges('2015 - 12 Jan 2016, since 6th July 2011', { now })).toEqual([
      closed(month(2015, 1), month(2016, 1), '2015 - 12 Jan 2016'),
      ongoing(month(2011, 7), 'since 6th July 2011'),
    ]);
    // A day alone is no date: "Team of 12 - May" has no year.
    expect(findDateRanges('Team of 12 - May', { now })).toEqual([]);
  });

  // UpdatedResumeDataSet row 716 writes "from Sep 2008 to 2013 Feb.": the year was read alone, the range ending in December.
  it('reads a month written after its year, or joined to its year by a hyphen or slash', () => {
    expect(findDateRanges('Sanpada from Sep 2008 to 2013 Feb.', { now })).toEqual([
      closed(month(2008, 9), month(2013, 2), 'Sep 2008 to 2013 Feb.'),
    ]);
    expect(findDateRanges('2013 Feb – 2015 Mar; 2016 February to Present', { now })).toEqual([
      closed(month(2013, 2), month(2015, 3), '2013 Feb – 2015 Mar'),
      ongoing(month(2016, 2), '2016 February to Present'),
    ]);
    expect(findDateRanges('2013-Feb to 2015/Mar; 2015.Apr - 2016   June', { now })).toEqual([
      closed(month(2013, 2), month(2015, 3), '2013-Feb to 2015/Mar'),
      closed(month(2015, 4), month(2016, 6), '2015.Apr - 2016   June'),
    ]);
    expect(findDateRanges('DURATION Jan-2014 to Jun-2015, Feb/2016 - Present, since 18-Aug-2012.', { now })).toEqual([
      closed(month(2014, 1), month(2015, 6), 'Jan-2014 to Jun-2015'),
      ongoing(month(2016, 2), 'Feb/2016 - Present'),
      ongoing(month(2012, 8), 'since 18-Aug-2012'),
    ]);
    // A day-first date is read as before.
    expect(findDateRanges('06th June 2017 to 20th Aug 2018', { now })).toEqual([
      closed(month(2017, 6), month(2018, 8), '06th June 2017 to 20th Aug 2018'),
    ]);
  });

  it('keeps a year alone where a year follows the month after it, or the month is the verb "may"', () => {
    // The month opens the next date: "2013 – February 2015" is 2013 to February 2015, as is "2013-Feb 2014" (the hyphen
    // a range's); "2013 Feb 2014" and "2012 January 2016 April" (a lost dash) are read as no range rather than guessed.
    expect(findDateRanges('2013 – February 2015', { now })).toEqual([
      closed(month(2013, 1), month(2015, 2), '2013 – February 2015'),
    ]);
    expect(findDateRanges('2013-Feb 2014', { now })).toEqual([closed(month(2013, 1), month(2014, 2), '2013-Feb 2014')]);
    expect(findDateRanges('2013 Feb 2014', { now })).toEqual([]);
    expect(findDateRanges('2013 Feb. 2014', { now })).toEqual([]);
    expect(findDateRanges('Global Logic 2012 January 2016 April for Client', { now })).toEqual([]);
    expect(findDateRanges('2010 - 2013\nMay 2014 - Present', { now })).toEqual([
      closed(month(2010, 1), month(2013, 12), '2010 - 2013'),
      ongoing(month(2014, 5), 'May 2014 - Present'),
    ]);
    expect(findDateRanges('Worked 2012 - 2013 may be longer', { now })).toEqual([
      closed(month(2012, 1), month(2013, 12), '2012 - 2013'),
    ]);
    // Other languages' short names are words after a number: "set" (Italian, Portuguese) is no September.
    expect(findDateRanges('2012 - 2015 set up the team', { now })).toEqual([
      closed(month(2012, 1), month(2015, 12), '2012 - 2015'),
    ]);
  });
});

describe('parseMonthYear', () => {
  it.each<[string, Date | undefined]>([
    ['Jan 2019', month(2019, 1)],
    ['Sept. 2020', month(2020, 9)],
    ['03/2017', month(2017, 3)],
    ['2017.03', month(2017, 3)],
    ['2019', month(2019, 1)],
    ['янв 2019', month(2019, 1)],
    ['2013 Feb', month(2013, 2)],
    ['2013-February', month(2013, 2)],
    ['Feb-2013', month(2013, 2)],
    ['2013 may', undefined],
    ['13/2019', undefined],
    ['01/90', undefined], // two digits are a year only in a range
    ['Jan 95', undefined],
    ['2019 - 2020', undefined],
    ['soon', undefined],
  ])('reads %j', (text, expected) => {
    expect(parseMonthYear(text)).toEqual(expected);
  });
});

describe('monthFromName', () => {
  it('names the month of a full name or abbreviation in the languages dates are read in, and nothing else', () => {
    expect(monthFromName('Sept')).toBe(8);
    expect(monthFromName('january')).toBe(0);
    expect(monthFromName('янв')).toBe(0);
    expect(monthFromName('Dezember')).toBe(11);
    expect(monthFromName('maart')).toBe(2);
    expect(monthFromName('mei')).toBe(4);
    expect(monthFromName('września')).toBe(8);
    expect(monthFromName('Październik')).toBe(9);
    // Polish three-letter short forms are left out: "lis" (fox), "sie" (oneself).
    expect(monthFromName('lis')).toBeUndefined();
    expect(monthFromName('Prosinec')).toBe(11);
    expect(monthFromName('června')).toBe(5);
    expect(monthFromName('červenec')).toBe(6);
    expect(monthFromName('máj')).toBe(4);
    expect(monthFromName('septembra')).toBe(8);
    expect(monthFromName('Spring')).toBeUndefined();
    expect(monthFromName('2016')).toBeUndefined();
    expect(monthFromName('Manager')).toBeUndefined();
  });
});

describe('isEnglishMonthName', () => {
  it("takes an English month's name or abbreviation in any case, as written, and no other language's", () => {
    for (const word of ['January', 'jan', 'FEB', 'May', 'Sept', 'sep', 'september', 'Dec', 'december'])
      expect(isEnglishMonthName(word)).toBe(true);
    // Another language's month (the date reader's, not English), a dot or space, a season, a word.
    for (const word of ['janv', 'Dezember', 'mei', 'янв', 'Jan.', ' May', 'Spring', 'Mayor', 'ma'])
      expect(isEnglishMonthName(word)).toBe(false);
  });
});

describe('englishMonthSource', () => {
  it('writes the English names and abbreviations (or the full names) as an alternation, longest first', () => {
    expect(englishMonthSource('full')).toBe(
      'september|february|november|december|january|october|august|march|april|june|july|may',
    );
    const all = englishMonthSource().split('|');
    expect(new Set(all)).toEqual(
      new Set([
        ...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october'],
        ...[
          'november',
          'december',
          'jan',
          'feb',
          'mar',
          'apr',
          'jun',
          'jul',
          'aug',
          'sep',
          'sept',
          'oct',
          'nov',
          'dec',
        ],
      ]),
    );
    expect(all).toHaveLength(24);
    expect(all.indexOf('sept')).toBeLessThan(all.indexOf('sep'));
    // Every English name is one the date reader takes, for the same month.
    for (const name of all) expect(monthFromName(name)).toBeDefined();
    expect(new RegExp(`^(?:${englishMonthSource()})$`, 'i').test('Sept')).toBe(true);
  });
});

describe('monthsBetween', () => {
  it('counts calendar months and ignores days', () => {
    expect(monthsBetween(month(2019, 1), month(2020, 3))).toBe(14);
    expect(monthsBetween(new Date(Date.UTC(2019, 0, 31)), new Date(Date.UTC(2019, 1, 1)))).toBe(1);
    expect(monthsBetween(month(2020, 3), month(2019, 1))).toBe(-14);
  });
});

describe('totalYearsOfExperience', () => {
  it('counts a closed range including its last month', () => {
    expect(totalYearsOfExperience([{ start: month(2019, 1), end: month(2019, 12) }], { now })).toBe(1);
    expect(totalYearsOfExperience([{ start: month(2015, 1), end: month(2018, 12) }], { now })).toBe(4);
  });

  it('runs an ongoing range up to the current month', () => {
    expect(totalYearsOfExperience([{ start: month(2019, 6), end: null }], { now })).toBe(5);
  });

  it('is at most a working life (100 years): more is dates no one worked, and a résumé holding it was invalid', () => {
    expect(totalYearsOfExperience([{ start: month(1900, 1), end: month(1999, 12) }], { now })).toBe(100);
    expect(totalYearsOfExperience([{ start: month(1000, 1), end: null }], { now })).toBe(100);
    expect(totalYearsOfExperience([{ start: month(1960, 1), end: null }], { now: new Date('2200-01-01') })).toBe(100);
  });

  it('counts overlapping ranges once', () => {
    const ranges = [
      { start: month(2015, 1), end: month(2017, 12) }, // 3 years
      { start: month(2017, 1), end: month(2018, 12) }, // overlaps a year, adds one
      { start: month(2016, 1), end: month(2016, 6) }, // inside the first
    ];
    expect(totalYearsOfExperience(ranges, { now })).toBe(4);
  });

  it('merges adjacent ranges and keeps gaps out', () => {
    const ranges = [
      { start: month(2010, 1), end: month(2010, 12) },
      { start: month(2011, 1), end: month(2011, 6) }, // adjacent
      { start: month(2013, 1), end: month(2013, 6) }, // after a gap
    ];
    expect(totalYearsOfExperience(ranges, { now })).toBe(2);
  });

  it('lets an ongoing range swallow the closed ones inside it', () => {
    const ranges = [
      { start: month(2020, 1), end: month(2021, 12) },
      { start: month(2019, 6), end: null },
    ];
    expect(totalYearsOfExperience(ranges, { now })).toBe(5);
  });

  it('rounds to one decimal and ignores empty input and backwards ranges', () => {
    expect(totalYearsOfExperience([{ start: month(2020, 1), end: month(2020, 4) }], { now })).toBe(0.3);
    expect(totalYearsOfExperience([], { now })).toBe(0);
    expect(totalYearsOfExperience([{ start: month(2021, 1), end: month(2020, 1) }], { now })).toBe(0);
  });

  it('totals the ranges found in a resume', () => {
    const resume = 'Acme, Jan 2019 – Present\nGlobex, 2016 - 2019\nInitech, 06/2015 - 12/2015';
    expect(totalYearsOfExperience(findDateRanges(resume, { now }), { now })).toBe(9);
  });
});

describe('findDateRanges on real resumes', () => {
  const resumesFile = path.join(dataRoot, 'dataturks-dev', 'resumes.jsonl');

  // The shared data sets live outside the repository (ROLEFIT_DATA or ../shared/data); skip where absent.
  it.skipIf(!existsSync(resumesFile))('finds sound ranges in most DataTurks resumes', () => {
    // The resumes were collected from Indeed around 2018-2019.
    const collected = new Date(Date.UTC(2020, 0, 1));
    const resumes = readFileSync(resumesFile, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string; text: string });
    let withRanges = 0;
    let rangeCount = 0;
    for (const resume of resumes) {
      const ranges = findDateRanges(resume.text, { now: collected });
      if (ranges.length > 0) withRanges++;
      rangeCount += ranges.length;
      for (const range of ranges) {
        expect(resume.text).toContain(range.text);
        expect(range.start.getUTCFullYear()).toBeGreaterThanOrEqual(1940);
        if (range.end === null) expect(range.start <= collected).toBe(true);
        else expect(range.end >= range.start).toBe(true);
      }
      expect(totalYearsOfExperience(ranges, { now: collected })).toBeLessThanOrEqual(60);
    }
    console.info(`DataTurks: ${rangeCount} date ranges in ${withRanges} of ${resumes.length} resumes`);
    expect(withRanges / resumes.length).toBeGreaterThan(0.8);
  });

  it('reads two dates written alike side by side at the end of their line as a range (a lost dash)', () => {
    // UpdatedResumeDataSet row 513: "description - Jan 2015 Nov 2016" was a position with no dates.
    expect(findDateRanges('description - Jan 2015 Nov 2016', { now })).toEqual([
      closed(month(2015, 1), month(2016, 11), 'Jan 2015 Nov 2016'),
    ]);
    expect(findDateRanges('01/2015 11/2016', { now })).toEqual([
      closed(month(2015, 1), month(2016, 11), '01/2015 11/2016'),
    ]);
    expect(findDateRanges('Pune University\t2015\t2016\nNext line', { now })).toEqual([
      closed(month(2015, 1), month(2016, 12), '2015\t2016'),
    ]);
    // Not inside a sentence, not decreasing or equal, not written differently, not after a number (a phone's, a list of
    // years), not before one.
    expect(findDateRanges('in 2015 2016 was a good year', { now })).toEqual([]);
    expect(findDateRanges('Nov 2016 Jan 2015', { now })).toEqual([]);
    expect(findDateRanges('2016 2016', { now })).toEqual([]);
    expect(findDateRanges('Jan 2015 11/2016', { now })).toEqual([]);
    expect(findDateRanges('Phone +91 1990 2015', { now })).toEqual([]);
    expect(findDateRanges('Awards 2014 2015 2016', { now })).toEqual([]);
    expect(findDateRanges('Jan 2015 2016 5550', { now })).toEqual([]);
  });

  it("reads no range from a product's two versions one space apart after its name", () => {
    // An experience section's environment or skills line: read as a range, it was taken for a position of its own.
    expect(findDateRanges('Environment: C#, Windows Server 2008 2012', { now })).toEqual([]);
    expect(findDateRanges('MS Office 2007 2010', { now })).toEqual([]);
    // Bare years alone on their line, or after a column's gap, still are a range.
    expect(findDateRanges('• 2015 2016', { now })).toEqual([closed(month(2015, 1), month(2016, 12), '2015 2016')]);
    expect(findDateRanges('Pune University  2015 2016', { now })).toEqual([
      closed(month(2015, 1), month(2016, 12), '2015 2016'),
    ]);
  });
});
