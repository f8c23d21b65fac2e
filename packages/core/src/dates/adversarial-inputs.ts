// Pathological inputs of size n (a generator per shape), shared by adversarial.test.ts (what each one must produce) and
// the linear-time benchmark (`pnpm bench --only adversarial`: the time at n and 2n). Test and bench data only.

export const PATHOLOGICAL: readonly (readonly [string, (size: number) => string])[] = [
  ['a year, then spaces', (size) => `2019${' '.repeat(size)}`],
  ['a year, spaces, a dash, spaces', (size) => `2019${' '.repeat(size)}-${' '.repeat(size)}x`],
  ['many years', (size) => '2019 '.repeat(size / 5)],
  ['many month names', (size) => 'jan '.repeat(size / 4)],
  ['dashes', (size) => '-'.repeat(size)],
  ['dots', (size) => '.'.repeat(size)],
  ['"since" then spaces', (size) => `since${' '.repeat(size)}2019`],
  ['"dal" then spaces', (size) => `dal${' '.repeat(size)}2019`],
  ['"até" then spaces', (size) => `2019 até${' '.repeat(size)}x`],
  ['Italian and Portuguese month names', (size) => 'giugno maio out '.repeat(size / 16)],
  ['"ad oggi" again and again', (size) => '2019 ad oggi '.repeat(size / 13)],
  ['month names then "de" again and again', (size) => 'março de '.repeat(size / 9)],
  // Two-digit years (#23): ranges of them, starts without an end, and days before their years, again and again.
  ['month/two-digit-year ranges again and again', (size) => '01/90-05/93 '.repeat(size / 12)],
  ['month/two-digit-year starts without an end', (size) => '09/98 – '.repeat(size / 8)],
  ['month names and two digits again and again', (size) => 'Jan 95 - Mar '.repeat(size / 13)],
  ['days before their years again and again', (size) => 'Mar 20, 2019 - Apr 02 '.repeat(size / 22)],
  ['a month name, spaces, two digits', (size) => `Jan${' '.repeat(size)}95 - Mar 99`], // Round 25: a day before the month name (bb11547e: '6th July 2011', '1-Jan 2016', '1st of November, 1982').
  [
    'days before month names without a year, again and again',
    (size) => '6th July 1-Jan 20 March 1st of May '.repeat(size / 35),
  ],
  ['day-first ranges again and again', (size) => '06th June 2017 to 20th Aug 2018. '.repeat(size / 33)],
  ['digits before a month name', (size) => `${'1'.repeat(size)} Jan 2016`],
  ["days and 'of' without a month, again and again", (size) => '1st of 2nd of 3rd - 4 - '.repeat(size / 24)], // A month after its year or joined to it by a hyphen or slash (401e3518), its lookahead over the white space after it.
  ['years before months again and again', (size) => '2013 Feb 2013-February 2013/Feb 2013 may '.repeat(size / 41)],
  [
    'months joined to years by hyphens and slashes again and again',
    (size) => 'Feb-2013 Sep./2015 16-Aug-2012 '.repeat(size / 31),
  ],
  ['a year, a month, then spaces', (size) => `2013 Feb${' '.repeat(size)}x`],
  ['a year and month, then spaces before a year', (size) => `2013 Feb${' '.repeat(size)}2014`],
  // Round 26: 'onwards' after a start (727569dd), and its near misses ('on', 'on ward', '- and on') again and again.
  [
    'starts then "onwards" again and again',
    (size) => 'June 2015 onwards 2018 - Onwards 03/2020 on wards '.repeat(size / 50),
  ],
  [
    'starts then near misses of "onwards" again and again',
    (size) => '2015 on 2016 - and on 2017 --- onwardsly '.repeat(size / 41),
  ],
  ['a start, a hyphen, then spaces before "onwards"', (size) => `June 2015 -${' '.repeat(size)}onwards`],
  // Round 27: 'From <date>' with no end (7e5a1dcc): FROM_DATE_ENDS after each date, FROM_BEFORE on the window before it.
  [
    "'From <date>' before marks, brackets and gaps again and again",
    (size) => 'From 2019 | (from 2021) From March 2019 - x from 2018\t'.repeat(size / 52),
  ],
  ["'from', a date, then n line ends before a word", (size) => `from 2019${'\n'.repeat(size)}x`],
  ["'from', a date, a bracket, then n spaces before a word", (size) => `(from 2019)${' '.repeat(size)}x`],
  ["'from', n spaces, then dates again and again", (size) => `from${' '.repeat(size / 2)}${'2019 '.repeat(size / 10)}`],
  // Two dates side by side ending their line, read as a range (sideBySideEnd, e10486d4).
  [
    'dates side by side ending their lines again and again',
    (size) => 'Jan 2015 Nov 2016\n01/2015    11/2016\n'.repeat(size / 36),
  ],
  ['two dates side by side, then n spaces before a word', (size) => `Jan 2015 Nov 2016${' '.repeat(size)}x`],
  [
    'a number before dates side by side again and again',
    (size) => '+1 2015 2016\nPhone 9 Jan 2015 Nov 2016\n'.repeat(size / 39),
  ],
  // The review of both (81b4f969): no open range before 'To'/'Till', bare years side by side only after a column's gap.
  [
    "'From <date> - Till <date>' again and again",
    (size) => 'From Aug 2011 - Till Sep 2012 From 2015 | Up to 2018 '.repeat(size / 51),
  ],
  ["'From <date> -', n spaces, then 'till'", (size) => `From 2015 -${' '.repeat(size)}till 2018`],
  [
    'bare years side by side after words again and again',
    (size) => 'Windows Server 2008 2012\n\t2015\t2016\n'.repeat(size / 36),
  ],
  // A dash and a word together as one separator, 'upto' and 'up to' (266b8540).
  [
    "'<date> - Till <date>' and 'upto' ranges again and again",
    (size) => 'Nov 2011 - Till Sep 2012 Jan 2015 up to Dec 2017 '.repeat(size / 49),
  ],
  ["a date, a dash, n spaces, then 'till' a date", (size) => `Nov 2011 -${' '.repeat(size)}till Sep 2012`],
  ["a date, n spaces, a dash and 'to' again and again", (size) => `Nov 2011${'  -- to '.repeat(size / 8)}`],
  // Round 28: a bar and an English 'to' word as one separator (fda7b738), an apostrophe after a month or before a
  // four-digit year (e8582b60), a day between a month's name and a four-digit year (59451aff).
  [
    "a bar and 'to' between dates, and a bar alone, again and again",
    (size) => 'Since 2015 | To 2018 From 2015 | Up to 2018 Acme | 2015 | Tokyo '.repeat(size / 65),
  ],
  ["a date, a bar, n spaces, then 'to' a date", (size) => `Since 2015 |${' '.repeat(size)}to 2018`],
  ["bars and 'to' words without dates again and again", (size) => '| to | till |up to|thru '.repeat(size / 25)],
  [
    'apostrophes after months and before years again and again',
    (size) => "Sept' 2017 to Feb '2019 Jan'15 - Sept''2017 May ' '2019 ".repeat(size / 56),
  ],
  ['a month, an apostrophe, then n spaces before a year', (size) => `Sept'${' '.repeat(size)}2017`],
  [
    'days between months and years again and again',
    (size) => "May 20, 2005 July 4th 2007 Aug 29th' 2005 till Feb '2007 ".repeat(size / 57),
  ],
  [
    'days after months with no four-digit year, again and again',
    (size) => "May 20, May 3rd' Jan 15 - Mar 20 Mar 03,  '19 ".repeat(size / 46),
  ],
  ['a month, a day and a comma, then n spaces before a year', (size) => `May 20,${' '.repeat(size)}2005`],
  ['a month, then n digits before a year', (size) => `May ${'2'.repeat(size)} 2005`],
  [
    'days and apostrophes with combining marks, zero-width spaces, NULs and bidi marks again and again',
    (size) =>
      "May\u0301 20, 2005 Sept\u200b' 2017 Aug 29th\u0000' 2005 \u202eFeb '2011\u202c | To\u00ad 2018 ".repeat(
        size / 68,
      ),
  ],
];
