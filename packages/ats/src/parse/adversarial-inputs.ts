// Pathological inputs of size n (a generator per shape), shared by adversarial.test.ts (what each one must produce) and
// the linear-time benchmark (`pnpm bench --only adversarial`: the time at n and 2n). Test and bench data only.

export const spaces = (size: number) => ' '.repeat(size);

// A 400 KB text resume took `rolefit parse` 6 minutes: long runs of spaces and long words went through
// regexes that rescanned them from every position.
export const RESUMES: readonly (readonly [string, (size: number) => string])[] = [
  ['"$5", spaces, a word', (size) => `$5${spaces(size)}x`],
  ['"$5", then em-spaces', (size) => `$5${'\u2003'.repeat(size)}`],
  ['one long word', (size) => 'a'.repeat(size)],
  ['digits', (size) => '7'.repeat(size)],
  ['a hyphenated run', (size) => 'a-'.repeat(size / 2)],
  ['dots', (size) => '.'.repeat(size)],
  ['blank lines', (size) => '\n'.repeat(size)],
  ['a heading with trailing spaces inside', (size) => `Experience${spaces(size)}x`],
  ['a phone label, then spaces', (size) => `Phone${spaces(size)}x 555 123 4567`],
  ['many links', (size) => 'https://a.io/x '.repeat(size / 15)],
  ['many e-mails', (size) => 'a@b.io '.repeat(size / 7)],
  ['a header line of spaced separators', (size) => `Jane Doe${' | '.repeat(size / 3)}`],
  ['one line of years', (size) => '2019 '.repeat(size / 5)],
  ['one line of numbers', (size) => '1 '.repeat(size / 2)],
  // The skills list joins lines inside an open parenthesis and splits outside parentheses.
  ['a skills list of open parentheses over lines', (size) => `Skills\n${'a (b,\n'.repeat(size / 6)}`],
  ['a skills list of wrapped parentheses', (size) => `Skills\n${'a (b\nc), '.repeat(size / 9)}`],
  ['a skills list of one open parenthesis', (size) => `Skills\n(${'a, '.repeat(size / 3)}`],
  // Spaced dashes and quotes separate skills.
  ['a skills line of spaces and dashes', (size) => `Skills\na${' '.repeat(size / 2)}—${' '.repeat(size / 2)}`],
  ['a skills line of quotes', (size) => `Skills\n“a${'”'.repeat(size)}a`],
  // The Europass CV: "Personal information" above the name, a labelled name.
  [
    'a personal-details heading and a long name on one row',
    (size) => `PERSONAL INFORMATION\t${'Sofia '.repeat(size / 6)}`,
  ],
  [
    'a personal-details heading, then a long labelled name',
    (size) => `Angaben zur Person\nNome: ${'Marco '.repeat(size / 6)}`,
  ],
];

// Entry lines under an Experience / Education heading: a date range anchors each entry.
export const SECTIONS: readonly (readonly [string, (size: number) => string])[] = [
  ['a title, spaces, "at"', (size) => `Engineer${spaces(size)}x at\nJan 2019 - Present`],
  ['a company, spaces, a comma', (size) => `Acme${spaces(size)}x,\nJan 2019 - Present`],
  ['a place in a parenthesis after spaces', (size) => `Acme${spaces(size)}x (Austin, TX\nJan 2019 - Present`],
  ['tabs inside an empty parenthesis', (size) => `Engineer Jan 2019 - Present (${'\t'.repeat(size)}x)`],
  ['many commas', (size) => `Engineer — ${'Acme, '.repeat(size / 6)}\nJan 2019 - Present`],
  ['a degree, then spaces', (size) => `B.S. in${spaces(size)}x(\nMIT 2019`],
  ['many grades', (size) => `B.S. University ${'GPA '.repeat(size / 4)}\r2019`],
  ['a trailing run of dashes', (size) => `Acme ${'- '.repeat(size / 2)}x\nJan 2019 - Present`],
  ['dates on lines of their own', (size) => '2019\nto\n'.repeat(size / 8)],
  ['"from", spaces, then dates', (size) => `Worked from${spaces(size)}x Jan 2019 - Present`],
  ['title and employer lines without dates', (size) => 'Data Engineer\n\nAcme -\n\n'.repeat(size / 20)],
  [
    'labelled fields, blank lines between',
    (size) => 'Company: Acme\nDesignation: Engineer\n\n\nDuration: Jan 2019 - Present\n\n'.repeat(size / 60),
  ],
  ['the same dates again and again', (size) => `Engineer\n\nAcme -\n\n${'(Jan 2019 - Present)\n'.repeat(size / 21)}`],
  ['an undated title, spaces, an open parenthesis', (size) => `Software Developer${spaces(size)}(x)\n\nAcme\n`],
  [
    'a company line of lower-case places',
    (size) => `Engineer\n\nAcme -  ${'pune, '.repeat(size / 6)}x -\n\n2019 to 2020`,
  ],
  [
    'a legal form, a comma, a long place',
    (size) => `Company: Acme Ltd, ${'Pune '.repeat(size / 5)}x\nRole: Engineer\n2019 to 2020`,
  ],
  ['a title of many durations', (size) => `3 Guard ${'1 year '.repeat(size / 7)}x 2 years\n\nAcme -\n\n2019 to 2020`],
  [
    'a title naming a client after many "for"s',
    (size) => `Analyst ${'for Acme '.repeat(size / 9)}in x\n\nBeta Ltd -\n\n2019 to 2020`,
  ],
  ['an office of an office of …', (size) => `Engineer\n\n${'Head office of '.repeat(size / 15)}Acme -\n\n2019 to 2020`],
  ['a title of many "pass out"s', (size) => `2012 ${'pass out '.repeat(size / 9)}\n\nAcme -\n\n2019 to 2020`],
  [
    'lines of work dated inside the position above, again and again',
    (size) =>
      `Analyst\n\nAcme Ltd -\n\n2010 to Present\n\n${'Deal management\n\n-\n\n2012 to 2013\n\n'.repeat(size / 36)}`,
  ],
  [
    'two titles and an employer, again and again',
    (size) => 'Loan Officer - VP Credit Officer 11/2009 to Current Company Name City , State\n'.repeat(size / 78),
  ],
  [
    'two parts before the dates, the anonymised employer below, again and again',
    (size) => 'Senior Executive - Finance 08/2008 to 09/2015\nCompany Name\n'.repeat(size / 59),
  ],
  [
    'a first line restating the title with a long name',
    (size) => `Engineer\n\nacme -\n\n2019 to 2020\n\n• Engineer in ${'Acme '.repeat(size / 5)}Ltd`,
  ],
  ['sentences "Worked as … at … from"', (size) => 'Worked as Engineer at Acme from 2019 to 2020\n'.repeat(size / 45)],
  ['one long "Worked as" sentence', (size) => `Worked as Engineer ${'at Acme '.repeat(size / 8)}in x`],
  ['a long past-tense word', (size) => `Manag${'e'.repeat(size)}d the x\nEngineer Jan 2019 - Present Acme`],
  [
    "a dates' line naming a title, the employer and a long place",
    (size) => `Previous duty\nRecruiter 01/2019 to 02/2020 Company Name ${'City , State '.repeat(size / 13)}`,
  ],
  [
    "a long title before a dates' line naming the employer",
    (size) =>
      `Previous duty\n${'Sr. Recruiter '.repeat(size / 14)}\nOctober 2007 to March 2009 Company Name – City , State`,
  ],
  [
    'a long title before the dates, the employer on the line below',
    (size) => `${'CTO '.repeat(size / 4)}, 02/2012 to 08/2013\nCompany Name – City , State`,
  ],
  ['dates on lines of their own, blank lines between', (size) => '2019\n\nto\n\n'.repeat(size / 10)],
  [
    'a header line run into a long description',
    (size) => `2019\nto\n2020\nCompany Name Accountant ${'Performed the task '.repeat(size / 19)}`,
  ],
  [
    'header lines run into descriptions after the anonymised place, on one line',
    (size) => `Cook 01/2011 to 01/2012 ${'Company Name City , State Kept a clean and safe kitchen '.repeat(size / 55)}`,
  ],
  [
    'positions over the same dates again and again',
    (size) =>
      Array.from(
        { length: Math.ceil(size / 60) },
        (_, at) => `01/2000 to 01/2001\nCook ${at} Company Name – City , State\n`,
      ).join(''),
  ],
  ['undated one-line headers again and again', (size) => 'Cook Company Name – City , State\n\n'.repeat(size / 34)],
  ['spaces after the anonymised place', (size) => `Cook\nCompany Name City , State${' '.repeat(size)}Kept x`],
  ['a long header line of capitalised words', (size) => `2019\nto\n2020\nCompany ${'Word '.repeat(size / 5)}`],
  [
    'double-encoded dashes and placeholders',
    (size) => `Designer Company Name ${'â€“ City , State ï¼ '.repeat(size / 24)}\n01/2017`,
  ],
  // International layouts (fixtures/international): the Europass CV's "Employer, City (Country)", labelled lines and
  // EQF levels, a Lebenslauf's "Title, Employer, City", hh.ru's lengths, "presso", "Dal … al …".
  [
    'a Europass employer line with a long town and country',
    (size) => `01/2015 – 02/2019\nAnalista\nAcme, ${'Villa '.repeat(size / 6)}(${'España '.repeat(size / 14)}`,
  ],
  [
    'a long title "presso" a long employer',
    (size) => `Dal 2012 al 2017\n${'Contabile '.repeat(size / 20)}presso ${'Studio '.repeat(size / 14)}`,
  ],
  [
    'lengths of positions again and again',
    (size) => '03/2018 – 02/2020\n7 лет 10 месяцев\nООО «Ромашка»\nМосква\n'.repeat(size / 60),
  ],
  [
    'a Lebenslauf line of many commas',
    (size) => `seit 03/2019\tProjektleiterin, ${'Isartal GmbH, '.repeat(size / 14)}`,
  ],
  [
    'labelled Europass lines',
    (size) =>
      'Date (da – a): Giugno 2016 – Oggi\nTipo di impiego: Ingegnere\nNome e indirizzo del datore di lavoro: Acme\n'.repeat(
        size / 110,
      ),
  ],
  [
    'Europass education labels and levels',
    (size) => 'Qualifica conseguita: Laurea in Fisica\nEQF-Niveau 7\nEscola Técnica Estadual\n'.repeat(size / 70),
  ],
  [
    'a barred line ending in many abbreviations',
    (size) => `Gerente | ${'Acme S.A. '.repeat(size / 10)}| León, Gto.\nEnero 2019 – Actualidad`,
  ],
  ['lines opening with "с" and a range', (size) => 'с 04.2020 по настоящее время\nИнженер\n'.repeat(size / 38)],
  ['a degree line of many capitalised words', (size) => `Ingeniero ${'Civil '.repeat(size / 6)}\n2010 – 2016`],
  [
    'honours won at a school, again and again',
    (size) => 'Bachelor of Arts, Doane College\nPresidents Scholarship, Doane College\n'.repeat(size / 70),
  ],
  [
    'a certificate before a long school name',
    (size) => `Certificate in ${'Asian Studies '.repeat(size / 14)}University`,
  ],
  ['one line of award words', (size) => `${'Scholarship Award '.repeat(size / 18)}, Doane College`],
  [
    'a degree, its dates, then its school, again and again',
    (size) => 'MSc Logistics\n2016\nUniversity of Piraeus\n'.repeat(size / 40),
  ],
  [
    'sentences naming schools, again and again',
    (size) =>
      'BA : English 1991 Hill College\nI attended Hill College in my youth. Then Oak. Boise Hill University\nschool.\n'.repeat(
        size / 100,
      ),
  ],
  ['a sentence of capitalised words before a school', (size) => `Served as ${'Ab '.repeat(size / 3)}College\n2016`],
  [
    'lines of sentence ends and capitalised runs just under the line cap',
    (size) => `${'abc. Ab Ab of '.repeat(20)}College\n`.repeat(size / 288),
  ],
];

/** `text` under a name, an Experience heading and an Education heading, so it is read as both sections. */
export const withHeadings = (text: string) => `Jane Doe\nExperience\n${text}\nEducation\n${text}`;
