// Pathological inputs of size n (a generator per shape), shared by adversarial.test.ts (what each one must produce) and
// the linear-time benchmark (`pnpm bench --only adversarial`: the time at n and 2n). Test and bench data only.

export const spaces = (size: number) => ' '.repeat(size);

// A 400 KB text resume took `rolefit parse` 6 minutes: long runs of spaces and long words went through
// regexes that rescanned them from every position.
// Twelve letters, one for each name-like header line (the header is read for 12 lines).
const NAME_LETTERS = [...'abcdefghijkl'];

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
  // Headings in other case under a capitalised experience heading are its positions' subheadings (round 10's fuzzer).
  [
    'subheadings under WORK EXPERIENCE',
    (size) => `WORK EXPERIENCE\n${'Projects:\n\n'.repeat(size / 11)}EDUCATION\nBSc`,
  ],
  // A "Projects:" sub-heading followed by a position dated as those above stays inside the experience section (#23): each
  // sub-heading's lines are read once.
  [
    'Projects: sub-headings between positions dated alike',
    (size) =>
      `Experience\nEngineer 01/2014 to Current Acme City , State\n${'Projects:\nEngineer 01/2014 to 12/2015 Acme City , State\n'.repeat(size / 55)}Education\nBSc`,
  ],
  // Round 20 (the rules of 2026-12-07). The header's name written again over an entry's dates (headsAnEntry), on every
  // line of the experience section, by twelve name-like header lines, and as a page's running header on one long line.
  [
    'a header name written again over dates on every experience line',
    (size) => `Maria Andrade\nExperience\n${'Maria Andrade, 2015 - 2020\n'.repeat(size / 27)}`,
  ],
  [
    'twelve name-like header lines, each the head of many entries',
    (size) =>
      `${NAME_LETTERS.map((letter) => `Maria Andrad${letter}`).join('\n')}\nExperience\n${Array.from(
        { length: Math.ceil(size / 30) },
        (_, index) => `Maria Andrad${NAME_LETTERS[index % 12]} -\nSeptember 2015 to Current`,
      ).join('\n')}`,
  ],
  [
    "a page's running header over one long line",
    (size) => `Maria Andrade\nExperience\nMaria Andrade - ${'Resume Page 2 of 2 '.repeat(size / 19)}`,
  ],
  // The résumé-only skill rules: values labelled as a client or project, a label before a long run of spaces, role-noun
  // plurals, headings and dated position lines inside a skills section.
  [
    'labelled client and project values',
    (size) => `Skills\n${'Client: Baker Hughes\nProject Title - Cadence\n'.repeat(size / 45)}`,
  ],
  ['a short label, then a long run of spaces', (size) => `Skills\nab${spaces(size)}x`],
  [
    'role-noun plurals in prose',
    (size) => `Summary\n${'Worked with Product Owners, Business Analysts, nurses. '.repeat(size / 56)}`,
  ],
  ['headings inside a skills section', (size) => `Skills\n${'Java, SQL\nTechnical Skills\n'.repeat(size / 27)}`],
  [
    "a skills section of a position's dated header lines",
    (size) => `Skills\n${'Royal Bank of Scotland, New Delhi Aug 2004 to Jan 2005 (6 months)\n'.repeat(size / 68)}`,
  ],
  // Czech and Slovak: month names, "until now" words, headings, titles, the field of study; degrees glued to a year.
  [
    'Czech positions dated to "současnost"',
    (size) => `Pracovní zkušenosti\n${'Programátorka, Firma s.r.o., září 2019 - současnost\n'.repeat(size / 52)}`,
  ],
  [
    'degrees glued to years and spelt-out engineer titles',
    (size) => `Vzdělání\n${'B.Com2005 MS2007 Inžinier v oboru Informatika, 2010\n'.repeat(size / 51)}`,
  ],
  // Round 22. Many entries whose title is the header's name at other employers, written employer first (so no line
  // opens with the title), over many short lines of other experience sections: each title was looked for in every
  // line of every experience section (titles × lines).
  ['entries titled as the header name over many short lines', entriesTitledAsTheName],
  // The labelled forms (core's entry-field labels, unfoldLabelledFields), employer-first pairs, titles with their employer
  // glued after them and Polish "w firmie" positions: each entry written once.
  [
    'form fields several to a line, each position its own',
    (size) =>
      `Experience\n${numbered(size, (index) => `Company: Acme${index} Ltd | Designation: Engineer | Duration: 2015 - 2018`)}`,
  ],
  [
    'labels above their values, each position its own',
    (size) =>
      `Experience\n${numbered(size, (index) => `Company:\nAcme${index} Ltd\nDesignation:\nEngineer\nDuration:\n2015 - 2018`)}`,
  ],
  [
    'undated employer-first pairs, each its own',
    (size) => `Experience\n${numbered(size, (index) => `Hruby${index} Ltd.\nBricklayer`)}`,
  ],
  [
    'titles with their employer glued after them, each its own',
    (size) =>
      `Experience\n${numbered(size, (index) => `Senior Accountant Acme${index} Corporation\nJan 2015 - Feb 2016`)}`,
  ],
  [
    'Polish positions "w firmie", each its own',
    (size) =>
      `Doświadczenie zawodowe\n${numbered(size, (index) => `Kierownik w firmie Acme${index} Sp. z o.o., 01.2015 - 02.2016`)}`,
  ],
  // Round 23 (the rules of 2026-12-07 since 9d98aa36). Skills lists: comma lists wrapped at the page's width
  // (joinWrappedListLines) line after line, one long line over many short ones, clauses and known skills at the cuts;
  // a narrow column's items cut into lines of a few words (joinNarrowColumnLines).
  [
    'comma-list lines each wrapped into the next',
    (size) => `Skills\n${`Practices, ${'Cash Register, '.repeat(5)}Security\n`.repeat(size / 94)}`,
  ],
  [
    'comma-list lines each wrapped into the next, each its own',
    (size) => `Skills\n${numbered(size, (index) => `Practices, ${`Cash Register${index}, `.repeat(5)}Security`)}`,
  ],
  [
    'a long comma line above many short lines',
    (size) => `Skills\n${'Ab, '.repeat(size / 8)}Cd\n${'ef gh\n'.repeat(size / 12)}`,
  ],
  [
    'wrapped list lines cut inside known skills',
    (size) =>
      `Skills\n${'Python, Java, SQL, Docker, Kubernetes, Terraform, Excel, Tableau, Power BI, MS\nProject, '.repeat(size / 90)}`,
  ],
  [
    'list lines of long clauses cut at the width',
    (size) =>
      `Skills\n${'proficient in the use of many tools for the work, Word, Excel, Outlook\nx, '.repeat(size / 78)}`,
  ],
  [
    'a narrow column of items cut into lines',
    (size) => `Skills\n${'Meticulous\nattention to\ndetail\n'.repeat(size / 30)}`,
  ],
  ['a capitalised word over many lower-case lines', (size) => `Skills\nStrong\n${'ab cd\n'.repeat(size / 6)}`],
  [
    'long capitalised words over lower-case lines',
    (size) => `Skills\n${`A${'b'.repeat(38)}\nab\ncd\n`.repeat(size / 46)}`,
  ],
  ['a capitalised word of a narrow line, very long', (size) => `Skills\nA${'b'.repeat(size)}\nab`],
  // Experience: an employer, a comma and a title on the dates line (employerCommaTitle); a town's first word before the
  // place, after no comma (townStart).
  [
    'employer, comma and title on dates lines, each its own',
    (size) => `Experience\n${numbered(size, (index) => `Globex${index} Corp, Senior Analyst   Apr 2016 – Mar 2018`)}`,
  ],
  [
    'employer, title, town and state on dates lines, each its own',
    (size) =>
      `Experience\n${numbered(size, (index) => `Globex${index} Corp, Senior Analyst, Boston, MA   Apr 2016 – Mar 2018`)}`,
  ],
  [
    'an employer and many titles after commas before the dates',
    (size) => `Experience\nGlobex Corp, ${'Senior Analyst, '.repeat(size / 16)}Apr 2016 – Mar 2018`,
  ],
  [
    "a town's first word again and again before the place",
    (size) => `Experience\nAcme Bank, Data Scientist ${'New '.repeat(size / 4)}York, NY   Apr 2016 – Mar 2018`,
  ],
  [
    "a town's first word, then a long run of spaces before the place",
    (size) => `Experience\nAcme Bank, Data Scientist New${' '.repeat(size)}York, NY Apr 2016 – Mar 2018`,
  ],
  [
    'capitalised words after commas before the place',
    (size) => `Experience\nAcme Bank, Data ${'Ab, '.repeat(size / 4)}New York, NY Apr 2016 – Mar 2018`,
  ],
  [
    "a town's first word before the place, each position its own",
    (size) =>
      `Experience\n${numbered(size, (index) => `Acme${index} Bank, Data Scientist San Jose, CA   Apr 2016 – Mar 2018`)}`,
  ],
  // Contact: links are the person's own (ownLinks, isLabelledLink), profile links cut by the PDF's lines or spaced
  // (WRAPPED_REST, PROFILE_NAME_CUT, SPACED_PROFILE).
  [
    'labelled links, each its own',
    (size) => `Jane Doe\n${numbered(size, (index) => `Portfolio: https://a${index}.io/x`)}`,
  ],
  [
    'links on the line below their labels, each its own',
    (size) => `Jane Doe\n${numbered(size, (index) => `Portfolio\nhttps://a${index}.io/x`)}`,
  ],
  [
    "the person's own words before many links on one line",
    (size) => `Jane Doe\n${'See my work at https://a.io/x '.repeat(size / 30)}`,
  ],
  [
    'links after long lines of spaces',
    (size) => `Jane Doe\nExperience\n${`${' '.repeat(200)}https://a.io/x\n`.repeat(size / 215)}`,
  ],
  [
    'profile links cut at a hyphen, each over its rest',
    (size) => `Jane Doe\n${numbered(size, (index) => `linkedin.com/in/jane-\ndoe${index}`)}`,
  ],
  [
    'spaced profile links, each its own',
    (size) => `Jane Doe\n${numbered(size, (index) => `linkedin. com/in/ jane${index}`)}`,
  ],
  [
    'site names with spaces and no link',
    (size) => `Jane Doe\n${'linkedin . com / in / github . com / '.repeat(size / 37)}`,
  ],
  ['a link cut at a slash over a long token', (size) => `Jane Doe\nhttps://a.io/\n${'x'.repeat(size)}/`],
  [
    'a links section of many links',
    (size) => `Jane Doe\nLinks\n${numbered(size, (index) => `https://site${index}.example.com/page`)}`,
  ],
  // Round 24 (the rules of 2026-12-07 since 3dfbeee5). Names: over two lines, over the e-mail, before contact details,
  // spaced out letter by letter, labelled 'Name:' further down, inside the document's title; two skills or an
  // organisation's words alone on their lines.
  ['a given name over a long surname line', (size) => `Maria\n${'Andrade '.repeat(size / 8)}`],
  ['one-word lines taking turns', (size) => 'Maria\nAndrade\n'.repeat(size / 14)],
  ['skills and organisation words alone on lines', (size) => 'Java\nPython\nDeloitte\nConsulting\n'.repeat(size / 35)],
  [
    'names over e-mails that spell them, each its own',
    (size) => `Experience\n${numbered(size, (index) => `Maria${index} Andrade\nmaria${index}.andrade@mail.com`)}`,
  ],
  [
    'a name, then contact details again and again',
    (size) => `Jane Doe ${'jane@doe.io +1 555 123 4567 '.repeat(size / 29)}`,
  ],
  ['a letter-spaced name over one long line', (size) => `${'J O H N   '.repeat(size / 10)}`],
  ['spaced-out letters without end', (size) => 'J '.repeat(size / 2)],
  ['spaced-out capitals under a header', (size) => `Resume\n${'S M I T H\n'.repeat(size / 10)}`],
  [
    "'Name:' labels further down, each its own",
    (size) => `Resume\n${numbered(size, (index) => `Name: Jane${index} Doe`)}`,
  ],
  [
    "project 'Name:' labels, each its own",
    (size) => `Resume\n${numbered(size, (index) => `Project Name: Billing${index}\nName: Pune, MH`)}`,
  ],
  ['a name inside the document title again and again', (size) => `${'CURRICULUM VITAE Jane Doe '.repeat(size / 26)}`],
  ['a title word, then a long name', (size) => `Resume of ${'Jane '.repeat(size / 5)}Curriculum Vitae`],
  [
    'a name, pronouns and credentials again and again',
    (size) => `Jane Doe ${'(she/her) MBA, CPA PMP '.repeat(size / 23)}`,
  ],
  ['a given name over a huge word', (size) => `Maria\n${'A'.repeat(size)}`],
  ['spaced-out letters, then a huge word', (size) => `J O H N ${'S'.repeat(size)}`],
  ["a 'Name:' label before a huge value", (size) => `Resume\nName: ${'a'.repeat(size)}`],
  ['two skills over an e-mail of one long word', (size) => `Java\nPython\n${'java'.repeat(size / 4)}@mail.com`],
  // Skills: Windows-1252 bullets, headings run into items, a group's name inside an item, 'Skill: description', '&' at
  // a line's end, respellings, levels after items, lists in parentheses (nested), 'such as' before items.
  [
    'Windows-1252 square bullets on one line',
    (size) =>
      `Skills\n${new TextDecoder('windows-1252').decode(new TextEncoder().encode('■ Python ● Java ◆ ')).repeat(size / 24)}`,
  ],
  ['mojibake bullets alone on lines', (size) => `Skills\n${`${latin1('■')}\n`.repeat(size / 4)}`],
  ['a heading glued to items again and again', (size) => `Skills\n${'Technical SkillsPython, '.repeat(size / 23)}`],
  [
    "group names inside one flattened list's items",
    (size) => `Skills\n${'Languages: Python Frameworks: Django Databases: MySQL Tools '.repeat(size / 60)}`,
  ],
  [
    'skills described after colons, each its own',
    (size) => `Skills\n${numbered(size, (index) => `Python${index}: wrote scripts for the data team`)}`,
  ],
  ['one skill with a long description', (size) => `Skills\nPython: ${'wrote scripts '.repeat(size / 14)}`],
  ["'&' at every line's end", (size) => `Skills\n${'Python &\nJava &\n'.repeat(size / 16)}`],
  ["'&' lines alone", (size) => `Skills\n${'&\n'.repeat(size / 2)}`],
  [
    'skills respelled with spaces, hyphens and slashes',
    (size) => `Skills\n${'J a v a-S/c/r/i/p/t, My / SQL, '.repeat(size / 31)}`,
  ],
  ['one item of letters parted by marks', (size) => `Skills\n${'J-'.repeat(size / 2)}`],
  ['levels after items', (size) => `Skills\n${'Python (Expert), Java - Advanced, SQL: 5/5, '.repeat(size / 44)}`],
  ['nested parentheses lists', (size) => `Skills\n${'Tools (Python, Java (SQL, (Excel, '.repeat(size / 34)}`],
  ['one open parenthesis of known skills', (size) => `Skills\nTools (${'Python, Java, '.repeat(size / 14)}`],
  // withoutGluedHeading's trim of what comes before a heading run into an item (b6cff270, 6a195045).
  ['dots, then a heading run into the item', (size) => `Skills\nPython${'.'.repeat(size)}x Education Details`],
  [
    'spaced dots, then a heading run into the item',
    (size) => `Skills\nPython${' .'.repeat(size / 2)}x Work Experience`,
  ],
  [
    'heading words after a space again and again',
    (size) => `Skills\n${'Online Teaching Experience '.repeat(size / 27)}`,
  ],
  [
    "'such as' and 'like' before items",
    (size) => `Skills\n${'tools such as Python, like Java, including SQL '.repeat(size / 47)}`,
  ],
  // Experience: a company line naming the title's product, a contractor's title 'from' its employer, 'at' an employer
  // beside the anonymised employer, an employer's parenthesis closed on the next line, a line of business after the
  // legal form, an employer's town and state's code before the title.
  [
    "company lines naming the title's product, each its own",
    (size) =>
      `Experience\n${numbered(size, (index) => `Salesforce${index}\nSalesforce${index} Administrator\nJan 2015 - Feb 2016`)}`,
  ],
  [
    "contractors' titles 'from' employers, each its own",
    (size) => `Experience\n${numbered(size, (index) => `Consultant from Acme${index} Ltd, 2015 - 2016`)}`,
  ],
  ["one long line of 'from'", (size) => `Experience\nConsultant ${'from Acme '.repeat(size / 10)}2015 - 2016`],
  [
    "titles 'at' employers beside Company Name, each its own",
    (size) =>
      `Experience\n${numbered(size, (index) => `Company Name\nSenior Analyst at Acme${index} Bank 2015 - 2016`)}`,
  ],
  ["one long line of 'at'", (size) => `Experience\nCompany Name\nAnalyst ${'at Acme '.repeat(size / 8)}2015 - 2016`],
  [
    'parentheses closed on the next line, each its own',
    (size) => `Experience\n${numbered(size, (index) => `Acme${index} (Pvt\nLtd) Accountant Aug'07- Dec'10`)}`,
  ],
  [
    'open parentheses on every line',
    (size) => `Experience\n${"Acme (\nAccountant Aug'07- Dec'10\n".repeat(size / 30)}`,
  ],
  [
    'lines of business after legal forms, each its own',
    (size) => `Experience\n${numbered(size, (index) => `Acme${index} pvt ltd software services nagpur 2015 - 2016`)}`,
  ],
  ['legal forms again and again', (size) => `Experience\nAcme ${'pvt ltd '.repeat(size / 8)}nagpur 2015 - 2016`],
  [
    'an employer, town and state before the title beside Company Name, each its own',
    (size) =>
      `Experience\n${numbered(size, (index) => `Company Name United States Navy${index}, Oak Harbor WA Production Manager, 8/2010 - Present`)}`,
  ],
  [
    'one long place before the title beside Company Name',
    (size) => `Experience\nCompany Name Navy, ${'Oak '.repeat(size / 4)}WA Production Manager, 8/2010 - Present`,
  ], // Round 25: a dates line written like the previous position's (writtenLikePreviousHeading, ad9dd992) and the
  // untitled positions an entry already reads (positionsLeftOut, 494205f3).
  [
    'positions at one employer over the same dates, each title its own',
    (size) =>
      `Experience\n${numbered(size, (index) => `Company Name January 2011 to January 2012 Peer Mediator ${index}\nMediated disputes.`)}`,
  ],
  [
    'a dates line written like the one before it, of many parts',
    (size) =>
      `Experience\nCompany Name January 2011 to January 2012 Safezones Facilitator\nCompany Name January 2011 to January 2012 ${'Peer Mediator, '.repeat(size / 15)}`,
  ],
  [
    'dates lines written alike, each its own employer',
    (size) =>
      `Experience\n${numbered(size, (index) => `Acme${index} Corp | January 2011 to January 2012 | Facilitator\nAcme${index} Corp | January 2011 to January 2012 | Mediator`)}`,
  ],
  // The name beside a job title or before a town on its line (314e3104, 38c142ba): header segments again and again, and
  // the town written as the person's place on many lines (the résumé is searched for the town and the name's words).
  [
    'a name and a title again and again on one line',
    (size) => `jane@qwerty.io\n${'Jane Qwerty | Software Engineer | '.repeat(size / 34)}`,
  ],
  [
    'a name and a town again and again on one line',
    (size) => `${'Rohan Mehta Navi Mumbai, Maharashtra | '.repeat(size / 40)}\nrohan@mehta.io`,
  ],
  [
    "a name before a town, then 'Place:' lines naming both",
    (size) =>
      `Rohan Mehta Navi Mumbai, Maharashtra\nrohan@mehta.io\n${'Place: Navi Mumbai Rohan Mehta\n'.repeat(size / 31)}`,
  ],
  // A repeated employer-and-dates line whose words beside read as a title or not (b181559a).
  [
    'repeated employer-and-dates lines beside places and skills, each its own',
    (size) =>
      `Experience\nCompany Name January 2011 to January 2012 Safezones Facilitator\n${numbered(size, (index) => `Company Name January 2011 to January 2012 ${['Mumbai', 'New York', 'Machine Learning', 'Team size 5'][index % 4]} ${letterIndex(index)}`)}`,
  ],
  // Day-first dates (bb11547e, core's findDateRanges) under positions.
  [
    'day-first periods under positions, each its own',
    (size) =>
      `Experience\n${numbered(size, (index) => `Engineer\nAcme${index} Ltd\nPeriod: 06th June 2017 to 20th Aug 2018.`)}`,
  ],
  [
    'untitled positions an entry reads, each its own',
    (size) =>
      `Experience\n${numbered(size, (index) => `Devops Engineer\nInfosys${index} limited -  Hyderabad, Telangana -\nDecember 2014 to Present\nAtlassian tools Release Management according\nInfosys${index} limited -  Hyderabad, Telangana -\nDecember 2014 to Present`)}`,
  ],
  // Round 26: a title and a name one space apart on a header line (titleThenName, 0d15343c), volunteering headings
  // (17090b36), positions in towns with core's small words (70cd0daf).
  [
    'a title and a name one space apart, again and again',
    (size) => `jane.doe@example.com\n${'Senior Data Engineer Jane Doe\n'.repeat(size / 30)}`,
  ],
  [
    'one header line of title words, then a name',
    (size) => `Senior ${'Data '.repeat(size / 5)}Engineer Jane Doe\njane.doe@example.com`,
  ],
  [
    'a title, a name and a town one space apart, each its own, the e-mail spelling the name',
    (size) =>
      `rahulsharma@example.com\n${numbered(size, (index) => `Engineer Rahul Sharma Mumbai${letterIndex(index)}`)}`,
  ],
  [
    'a title and a specialism one space apart, each its own, the e-mail spelling it',
    (size) =>
      `machine.learning@example.com\n${numbered(size, (index) => `Software Engineer Machine Learning Acme${letterIndex(index)}`)}`,
  ],
  [
    'volunteering headings again and again',
    (size) => 'Community Service and Volunteer Work\nVolunteer Associations\nServed as a panelist\n'.repeat(size / 81),
  ],
  [
    'positions in towns of small words, each its own',
    (size) =>
      `Experience\n${numbered(size, (index) => `Data Engineer\nAcme ${letterIndex(index)} Ltd (Sao Jose dos Campos)\nJan 2019 - Dec 2020\nTelefonica ${letterIndex(index)} (Newcastle upon Tyne)\nJan 2017 - Dec 2018`)}`,
  ],
  // Round 27: volunteering right after the work history (readVolunteeringAsWorkHistory, 63240261): each 'Volunteer'
  // section read again with its heading as the first line.
  [
    "'Volunteer' sections after a work history, each its own",
    (size) =>
      `Work History\nData Engineer\nAcme Ltd, Miami, FL\nJan 2019 - Dec 2020\n${numbered(size, (index) => `Volunteer\nAmerican Red Cross ${letterIndex(index)}, Miami, FL\nJune 2015 - Dec 2017`)}`,
  ],
  // A short capitalised '<kind of work> Experience' line over a dated position heads a section (6b764eae): the 3
  // non-blank lines below each such line looked at.
  [
    "'<kind> Experience' lines over dated positions, each its own",
    (size) =>
      numbered(
        size,
        (index) =>
          `Visual Merchandise ${letterIndex(index).toUpperCase()} Experience\nSales Lead\nAcme, Miami, FL\nMarch 2011 to Current`,
      ),
  ],
  // The dated line looked for before the next heading only (505bf61b).
  [
    "'<kind> Experience' lines over a heading and a dated line, each its own",
    (size) =>
      numbered(
        size,
        (index) => `Microsoft Excel ${letterIndex(index).toUpperCase()} Experience\nEducation\nMarch 2011 to Current`,
      ),
  ],
  [
    "'<words> Experience' titles inside a work history, each its own",
    (size) =>
      `EXPERIENCE\n${numbered(size, (index) => `Director of Customer ${letterIndex(index).toUpperCase()} Experience\nAcme Corp, Boston, MA\nJan 2018 - Present`)}`,
  ],
  [
    "'<kind> Experience' lines with runs of blank lines between, again and again",
    (size) => `Retail Experience${'\n'.repeat(size / 8)}Retail Experience\n${'\n'.repeat(size / 8)}`.repeat(4),
  ],
  [
    "'<kind> Experience' lines one under another again and again",
    (size) => 'Microsoft Excel Experience\n'.repeat(size / 27),
  ],
  [
    "'Community Service' under capital headings, each its own",
    (size) =>
      `WORK HISTORY\nData Engineer\nAcme Ltd, Miami, FL\nJan 2019 - Dec 2020\n${numbered(size, (index) => `Community Service\nVolunteer Coordinator\nHabitat ${letterIndex(index)}, Miami, FL\nJune 2015 - Dec 2017`)}\nEDUCATION\nBS`,
  ], // Round 28: student leadership headings left out of the years (isLeadershipHeading, 63a1b89d), an employer ended by its
  // legal form before the title (employerGluedBeforeTitle, e4ce21a9), a sentence's employer with a bracketed aside
  // (EMPLOYER_ASIDE, e8582b60), a given name that is a country's before contact details (namesPlaceBeforeDetails,
  // 706974e4), a job board's employers with no title nor dates (2085aea8).
  [
    "'Leadership Experience' sections after a work history, each its own",
    (size) =>
      `WORK HISTORY\nData Analyst\nAcme Ltd, Miami, FL\nJul 2020 - Present\n${numbered(size, (index) => `Leadership Experience\nPresident, Finance Club ${letterIndex(index)}, University of Michigan, Sep 2017 - May 2020`)}\nEDUCATION\nBS`,
  ],
  [
    'leadership headings and their near misses inside a work history, each its own',
    (size) =>
      `EXPERIENCE\nData Analyst\nAcme Ltd, Miami, FL\nJul 2020 - Present\n${numbered(size, (index) => `${['Campus Leadership Experiences', 'Executive Leadership Team', 'Leadership Coach Experience', 'EXTRACURRICULAR EXPERIENCE'][index % 4]}\nTreasurer, Delta Sigma ${letterIndex(index)}, Jan 2016 - Dec 2017`)}`,
  ],
  [
    'employers ended by legal forms before titles, each its own',
    (size) =>
      `EXPERIENCE\n${numbered(size, (index) => `Acme${letterIndex(index)} Pvt. Ltd. Sr. Java Developer  Jan 2018 - Present`)}`,
  ],
  [
    'a header of legal forms again and again before a title',
    (size) => `EXPERIENCE\nAcme ${'Pvt. Ltd. '.repeat(size / 10)}Developer\nJan 2018 - Present`,
  ],
  [
    'headers of twelve words of legal forms and capitals, each its own',
    (size) =>
      `EXPERIENCE\n${numbered(size, (index) => `Acme${letterIndex(index)} Ltd. Inc Co. Limited Corp. Pvt. LLC Senior Java Lead Developer  Jan 2018 - Present`)}`,
  ],
  [
    'sentences with a bracketed aside after the employer, each its own',
    (size) =>
      `EXPERIENCE\n${numbered(size, (index) => `• Working as Executive (Legal) at Hindustan Paper ${letterIndex(index).toUpperCase()} Corporation Limited (A Govt. of India Enterprise), Nagaon Paper Mill since Jan '2012.`)}`,
  ],
  [
    "a sentence's employer with brackets again and again before its dates",
    (size) =>
      `EXPERIENCE\nWorking as Executive at Acme Limited ${'(A Govt. (of) India) '.repeat(size / 21)}since Jan 2012.`,
  ],
  [
    "a header line of a country's name again and again before a phone number",
    (size) => `${'Jordan '.repeat(size / 7)}555-123-4567\nEXPERIENCE\nAnalyst\nAcme Ltd\n2019 - 2020`,
  ],
  [
    "a header line of a country's name, n spaces, then a name and a phone number",
    (size) => `Georgia${spaces(size)}Lee 555-123-4567\nEXPERIENCE\nAnalyst\nAcme Ltd\n2019 - 2020`,
  ],
  [
    "a header line of a country's name, a name, then postal codes again and again",
    (size) => `India Brown ${'411001 '.repeat(size / 7)}Email: a@b.io`,
  ],
  // Leadership roles left out of the years only where held while studying (heldWhileStudying, 1e175f68): each role's
  // start against the dated education entries.
  [
    "'Leadership Experience' roles before n dated degrees, n/2 each",
    (size) =>
      `WORK HISTORY\nData Analyst\nAcme Ltd, Miami, FL\nJul 2020 - Present\nLeadership Experience\n${numbered(size / 2, (index) => `President, Finance Club ${letterIndex(index)}, University of Michigan, Sep 1990 - May 1991`)}\nEDUCATION\n${numbered(size / 2, (index) => `B.S. Finance ${letterIndex(index).toUpperCase()}, Boston University, 2016 - 2020`)}`,
  ],
  // A title-case heading of no position ending a capital work history where its lines are dated unlike the positions
  // (endsWorkHistoryAt, 0faa09e0): the run's bodies read once, each heading answered from running figures.
  [
    'headings of no position over dated lines inside a capital work history, each its own',
    (size) =>
      `WORK EXPERIENCE\nSoftware Engineer, Acme Corporation, Boston, MA\nJan 2018 - Present\n${numbered(size, (index) => `${['Skills', 'Honors', 'Certifications', 'Languages', 'Interests'][index % 5]}\nDean's List ${2000 + (index % 20)} – 2013\nEngineer ${letterIndex(index)}, Acme, Boston, MA\nJun 2015 - Dec 2017`)}\nEDUCATION\nBS`,
  ],
  [
    "a capital work history of n positions, then 'Honors' over a dated line",
    (size) =>
      `WORK EXPERIENCE\n${numbered(size, (index) => `Engineer ${letterIndex(index)}, Acme, Boston, MA\nJun 2015 - Dec 2017`)}\nHonors\nDean's List 2012 – 2013\nEDUCATION\nBS`,
  ],
  [
    "capital work histories each ended by 'Honors', again and again",
    (size) =>
      "WORK EXPERIENCE\nEngineer, Acme, Boston, MA\nJun 2015 - Dec 2017\nHonors\nDean's List 2012 – 2013\n".repeat(
        size / 90,
      ),
  ],
  [
    "a job board's form of employers with no title nor dates, each its own",
    (size) =>
      `Skills Python. Education Details \nJune 2014 to May 2018 B.E Computer Science Pune, Maharashtra Westfield Institute of Technology\n\nSkill Details \nPython- Experience - 24 months Company Details \n${numbered(size, (index) => `company - Wipro${letterIndex(index)} Ltd\ndescription - Developing programs in Python.`)}`,
  ],
];

/** Lines made by `line` from 0 up, about `size` characters in all. */
export function numbered(size: number, line: (index: number) => string): string {
  const lines: string[] = [];
  for (let index = 0, length = 0; length < size; index++) {
    const text = line(index);
    lines.push(text);
    length += text.length + 1;
  }
  return lines.join('\n');
}

/** `index` written in lower-case letters ("a", "b", … "ba"), for names that must hold no digit. */
export function letterIndex(index: number): string {
  let text = '';
  let rest = index;
  do {
    text = String.fromCharCode(97 + (rest % 26)) + text;
    rest = Math.floor(rest / 26);
  } while (rest > 0);
  return text;
}

/** Round 22's shape: a quarter of entries titled "Maria Andrade" at distinct employers, the rest one-letter lines. */
export function entriesTitledAsTheName(size: number): string {
  const entries = Array.from(
    { length: Math.ceil(size / 4 / 40) },
    (_, index) => `Acme${index} Corp - Maria Andrade, ${1990 + (index % 30)} - 2020`,
  );
  const short = Array.from({ length: Math.ceil((size * 3) / 4 / 2) }, (_, index) =>
    index % 1000 === 0 ? 'Experience' : 'm',
  );
  return `Maria Andrade\nExperience\n${entries.join('\n')}\n${short.join('\n')}`;
}

// Entry lines under an Experience / Education heading: a date range anchors each entry.
export const SECTIONS: readonly (readonly [string, (size: number) => string])[] = [
  ['a title, spaces, "at"', (size) => `Engineer${spaces(size)}x at\nJan 2019 - Present`],
  ['a company, spaces, a comma', (size) => `Acme${spaces(size)}x,\nJan 2019 - Present`],
  ['a place in a parenthesis after spaces', (size) => `Acme${spaces(size)}x (Austin, TX\nJan 2019 - Present`],
  ['tabs inside an empty parenthesis', (size) => `Engineer Jan 2019 - Present (${'\t'.repeat(size)}x)`],
  ['many commas', (size) => `Engineer — ${'Acme, '.repeat(size / 6)}\nJan 2019 - Present`],
  ['a degree, then spaces', (size) => `B.S. in${spaces(size)}x(\nMIT 2019`],
  // Titles naming their employer above company lines of skills, and duties in the employer's place (#23), each written
  // once: every header is read and refined anew.
  [
    'titles naming employers over company lines of skills, and duties in the employer place',
    (size) =>
      Array.from(
        { length: Math.ceil(size / 130) },
        (_, index) =>
          `Consultant in Tech Mahindra ${index}\n\nSAP FICO and Microsoft SharePoint -\n\n2015 to Present\n\ncashier ${index}\nAugust 2007 to October 2007\nTake orders ${index}\n`,
      ).join(''),
  ],
  ['many grades', (size) => `B.S. University ${'GPA '.repeat(size / 4)}\r2019`],
  ['a trailing run of dashes', (size) => `Acme ${'- '.repeat(size / 2)}x\nJan 2019 - Present`],
  // A slash after a space at a part's end separates it from the next part (#23): each one tried there.
  ['a title ending in spaced slashes', (size) => `Bartender${' /'.repeat(size / 2)}\nJan 2019 - Present Company Name`],
  ['a title ending in a run of slashes', (size) => `Bartender ${'/'.repeat(size)}\nJan 2019 - Present Company Name`],
  // A line that opens with an adverb and a verb is a description's sentence (#23): one anchored match per line.
  [
    'lines of a long adverb-like word over dates',
    (size) => `${`Successful${'l'.repeat(size / 40)}x assumed more work\n`.repeat(20)}Engineer , 01/2019 to 02/2020`,
  ],
  [
    'a long adverb-like word over dates',
    (size) => `Successful${'l'.repeat(size)}y assumed x\nEngineer , 01/2019 to 02/2020`,
  ],
  // A header that gives a grade point average is a course of study (#23): one match per header.
  ['a header of "GPA" and spaces', (size) => `Student, GPA${' '.repeat(size)}x 01/2019 to 02/2020\nHill College`],
  ['a header of many "GPA"s', (size) => `Student${', GPA '.repeat(size / 6)}x 01/2019 to 02/2020\nHill College`],
  // A line that opens with "Working" and a lower-case word or a number is a duty, not an employer (#23).
  [
    'undated role lines over "Working" duties, again and again',
    (size) =>
      `Engineer 01/2019 to 02/2020\n${'Dedicated Representative\nWorking 0-2 case reports\n'.repeat(size / 50)}`,
  ],
  // A lower-case possessive before a capitalised title is left out of it (#23): one anchored match per title.
  ['a possessive, spaces, a title', (size) => `their${' '.repeat(size)}Manager\nJanuary 1994 to January 2007 Acme`],
  ['titles of possessives again and again', (size) => 'their Manager\n01/1994 to 01/2007 Acme\n'.repeat(size / 38)],
  // A title's last words written twice are read once (#23): titles of at most 120 characters are looked at.
  ['titles of one word again and again', (size) => `${'a '.repeat(55)}\n01/1994 to 01/2007 Acme\n`.repeat(size / 134)],
  ['a long title of one word again and again', (size) => `${'Manager '.repeat(size / 8)}\n01/1994 to 01/2007 Acme`],
  // Helper 171's rules (#23): a role noun glued onto the word before it (titles of at most 120 characters), a month
  // written as a bare number before a year, a school's name before its place, a field before a date and at a line's end.
  [
    'titles of glued role nouns again and again',
    (size) => 'ProgramLeadTeamLead\n01/1994 to 01/2007 Acme\n'.repeat(size / 44),
  ],
  ['a long title of glued role nouns', (size) => `${'aLead'.repeat(size / 5)}\n01/1994 to 01/2007 Acme`],
  ['bare months before years again and again', (size) => `BA : History ${'5 2008 '.repeat(size / 7)}`],
  ['a bare month, spaces, a year', (size) => `BA : History 5${spaces(size)}2008 Hill College`],
  ['schools before places again and again', (size) => 'MS in Physics\nHill University, Austin, TX\n'.repeat(size / 41)],
  [
    "fields before dates and at the line's end, again and again",
    (size) => 'Accounting 1983 Hill University Accounting\n'.repeat(size / 43),
  ],
  // Round 15 (ADVERSARIAL.md): helper 171's later rules (#23): school and field words glued onto the next word, a US
  // state's ZIP code ending a place, 'Co-' opening a title, an entry written twice with its year alone first; and more
  // distinct short lines than the readers' caches keep (4,096 each: they start over).
  [
    'school and field words glued again and again',
    (size) =>
      'BS : Public Relations and JournalismSeton Hall University\nPilgrimHigh School, SalemCollege\n'.repeat(size / 88),
  ],
  // One long glued word before a school's word: both of the rule's lookarounds tried at every position. (A line of many
  // glued school words, 'xCollege-' again and again, reads as a school a space per word longer than the line itself.)
  ['a long glued word before a school word', (size) => `BS : Arts ${'aJournalism'.repeat(size / 11)}College`],
  [
    'places with ZIP codes again and again',
    (size) => 'Engineer\nAcme, Newark, DE 19711-1234\nJan 2019 - Present\n'.repeat(size / 54),
  ],
  [
    'Co- titles under employers again and again',
    (size) => 'Hill Valley Events\nCo-Founder\nJan 2019 - Present\n'.repeat(size / 49),
  ],
  [
    'entries written twice, the year alone first',
    (size) =>
      'Hill University 1999 Bachelor of Arts : Criminal Justice\nHill University, 1996-1999 Bachelor of Arts in Criminal Justice\n'.repeat(
        size / 120,
      ),
  ],
  [
    'distinct short lines, more than the caches keep',
    (size) =>
      Array.from(
        { length: Math.ceil(size / 40) },
        (_, index) => `BS in Arts ${index} Hill College\nEngineer ${index}\n`,
      ).join(''),
  ],
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
    'an employer, a comma, a long business unit',
    (size) => `Engineer\n\nAcme, ${'Risk and '.repeat(size / 9)}Management -\n\n2019 to 2020`,
  ],
  [
    'a service firm before a long title',
    (size) => `Implant Infosys ${'Travel '.repeat(size / 7)}consultant\n\nAcme Ltd -\n\n2019 to 2020`,
  ],
  [
    'years after a preposition, again and again',
    (size) => 'Design: DNS and DHCP servers in 2003-2008 Server.\n'.repeat(size / 50),
  ],
  [
    'wrapped titles above places, blank lines between, again and again',
    (size) => 'Company Name 01/2010 to 01/2012 Clerk\n\n\nRecords Clerk\n\n\nCity , State\n'.repeat(size / 70),
  ],
  [
    'a title wrapped after many blank lines',
    (size) => `Company Name 01/2010 to 01/2012 Clerk${'\n'.repeat(size)}Records Clerk\nCity , State`,
  ],
  [
    'the same position again and again',
    (size) => 'Chef , 01/2014 to 01/2019\nCompany Name – City , State\n'.repeat(size / 52),
  ],
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
  // #23: codes of two capitals that name no place after commas (each one tried as a place), and towns with their states.
  [
    'unknown codes after commas on one long line',
    (size) => `Engineer ${'Association, UC '.repeat(size / 17)}2019 - 2020`,
  ],
  [
    'header lines of unknown codes after commas',
    (size) => 'Vice-President Ab Association, UC Cd, Ef Gh, AD 2019 - 2020\nCd.\n'.repeat(size / 64),
  ],
  ['towns and states on dates lines', (size) => 'Nurse Syracuse, NY 7/2010-6/2014\nCared.\n'.repeat(size / 40)],
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
  // Round 23: the section readers' own unfolding of labelled lines (unfoldLabelledFields in parseExperienceSection and
  // parseEducationSection), the employer-comma-title and town rules on dates lines.
  [
    'labelled fields of positions and schools several to a line, each its own',
    (size) =>
      numbered(
        size,
        (index) =>
          `Company: Acme${index} Ltd | Designation: Engineer | Duration: 2015 - 2018 | University: Hill${index} College | Degree: BSc`,
      ),
  ],
  ['a line of labels and bars with no values', (size) => `${'Company: | Degree: | '.repeat(size / 21)}2015 - 2018`],
  [
    'labels above their values, positions and schools, each its own',
    (size) =>
      numbered(size, (index) => `Company:\nAcme${index} Ltd\nUniversity:\nHill${index} College\nYear:\n2010 - 2014`),
  ],
  [
    "employer, comma, title and a town's first words, each its own",
    (size) => numbered(size, (index) => `Globex${index} Corp, Senior Analyst New York, NY   Apr 2016 – Mar 2018`),
  ],
];

/** `text` under a name, an Experience heading and an Education heading, so it is read as both sections. */
export const withHeadings = (text: string) => `Jane Doe\nExperience\n${text}\nEducation\n${text}`;

// Education sections (parseEducationSection; education.test.ts).
export const EDUCATION_SECTIONS: readonly (readonly [string, (size: number) => string])[] = [
  ['many degree lines', (size) => 'B.Tech in CSE\n'.repeat(size / 14)],
  ['one long line of degrees', (size) => 'B.Sc. of '.repeat(size / 9)],
  ['many school lines', (size) => 'Anna University -  Chennai, Tamil Nadu\n'.repeat(size / 39)],
  ['many date lines', (size) => '2015 to 2019\n'.repeat(size / 13)],
  ['many grade lines under a degree', (size) => `MBA\n${'CGPA 8.5/10\n'.repeat(size / 12)}`],
  ['a degree, then a long line of spaces and commas', (size) => `Master of${' ,'.repeat(size / 2)}x\nMIT`],
  ['a degree line of digits and percents', (size) => `SSC ${'9'.repeat(size)}%`],
  ['lines of unknown names between schools', (size) => 'Anna University\nAlpha Beta\n'.repeat(size / 27)],
  ['a degree, then "in" again and again', (size) => `MBA from X${' in'.repeat(size / 3)} College`],
  ['a line of column gaps', (size) => `B.Tech${'  x'.repeat(size / 3)}`],
  ['cities and regions glued again and again', (size) => 'BE Pune, Maharashtra Anna College '.repeat(size / 34)],
  ['header words', (size) => `Degree Institute ${'Year '.repeat(size / 5)}`],
  // The anonymised town without its state after a field or a school (#23): each one looks 40 characters either side.
  ['a degree line of fields and lone towns', (size) => `B.A : Sociology${' City Sociology'.repeat(size / 15)}`],
  ['a field, spaces, a lone town and a comma', (size) => `B.A : Sociology${spaces(size)}City ,${spaces(size)}x`],
  ['many lines of a school and a lone town', (size) => 'Hillpur Community College City ,\n'.repeat(size / 33)],
  // A double slash between spaces separates parts (#23).
  ['a degree line of double slashes', (size) => `BSc${' // x'.repeat(size / 5)}`],
  ['a degree line of slashes', (size) => `BSc ${'/'.repeat(size)} x`],
  // A field's closing parenthesis goes only where it closes nothing (#23): one anchored match per field.
  [
    'a degree, a colon and a long field before a closing parenthesis',
    (size) => `MBA : ${'Finance '.repeat(size / 8)})  x`,
  ],
  ['a degree, a colon and a long field of parentheses', (size) => `MBA : Finance ${'(a) '.repeat(size / 4)})`],
  ['a line of dashes before a place', (size) => `BCA\n${'a - '.repeat(size / 4)}Pune, Maharashtra`],
  ['a field repeated after "in"', (size) => `BE (${'x '.repeat(size / 4)}) in ${'x '.repeat(size / 4)}`],
  ['a lower-case "of" phrase', (size) => `bachelor of${' arts'.repeat(size / 5)} in x\nHill College`],
  ['an "of" phrase written twice, long', (size) => `Bachelor of${' Arts Arts'.repeat(size / 10)} Hill College`],
  ['glued places in capitals', (size) => 'BE Ab Pune, MAHARASHTRA, IN Hill College '.repeat(size / 42)],
  ['capitalised words before a place', (size) => `BE ${'Ab '.repeat(size / 3)}Pune, NY Hill College`],
  ['an "of" phrase of standard subjects', (size) => `Master of Science${' Science'.repeat(size / 8)}, Hill`],
  ['a school-leaving exam and a long field', (size) => `SSC in ${'Dot '.repeat(size / 4)}\nHill School`],
  ['language lists above schools', (size) => 'English, Hindi\nHill College\n'.repeat(size / 27)],
  ['schools before a dash and a place', (size) => 'Alpha Beta -  Pune, Maharashtra\n'.repeat(size / 32)],
  ['validity words on one line', (size) => `BSc ${'Expiry valid Expires-'.repeat(size / 21)}`],
  ['validity lines', (size) => 'CAPM, Expires 2028\n'.repeat(size / 19)],
  ['dated degrees, schools and dates', (size) => 'BSc, 2014\nHill College\n2010\n'.repeat(size / 27)],
  ['honour words under a degree', (size) => `MBA\n${'Magna  cum Dean Courses, '.repeat(size / 25)}`],
  ['a field glued to a school, long', (size) => `BS : ${'Arts Hill College '.repeat(size / 18)}`],
  ['a field glued to a school, spaced', (size) => `BS : Arts${' The '.repeat(size / 5)}University of X`],
  [
    'spaces before the anonymised place',
    (size) => `BSc Hill${' '.repeat(size)}City , State x${'City , State '.repeat(size / 13)}`,
  ],
  [
    'spaces before the anonymised town and a country',
    (size) => `BSc Hill${' '.repeat(size)}City , India x${'City , India '.repeat(size / 13)}`,
  ],
  ['degrees with their own short names', (size) => `${'Master of Science (M.Sc.) '.repeat(size / 26)}Physics`],
  ['town columns of job sites', (size) => 'B.E\tAb Cd, MAHARASHTRA, IN Hill College\n'.repeat(size / 40)],
  ['school names wrapped before "of"', (size) => 'Hill University\nof Ohio Hill College\n'.repeat(size / 36)],
  ['a long line under a school name', (size) => `Hill University\nof ${'Ab '.repeat(size / 3)}College`],
  ['postal address words', (size) => `BS ${'1 Ab Cd Street, Ef GH 12345 '.repeat(size / 29)}Hill College`],
  ['house numbers and street words', (size) => `BS ${'12 Ab Drive '.repeat(size / 12)}Hill College`],
  ['entries written twice', (size) => 'BS : Arts Hill College 2010\n'.repeat(size / 28)],
  ['a field before joined degrees', (size) => `${'Ab '.repeat(size / 3)}BS & MS`],
  [
    'minors and credits in a field',
    (size) => 'BS : Arts Minor in Law 12 credit hours Hill College\n'.repeat(size / 52),
  ],
  ['dotted capitals after a degree', (size) => `B.S${'.E'.repeat(size / 2)} : Arts`],
  ['"Present" lines between degrees', (size) => 'Present\nBS : Arts Hill College\n'.repeat(size / 30)],
  ['school names wrapped after "of"', (size) => 'Hill School of\nBusiness and Law, x\n'.repeat(size / 34)],
  [
    'a field written again after schools',
    (size) => 'BS : Arts Hill College Arts Hill College Arts\n'.repeat(size / 46),
  ],
  // #23: a school named "Institute of" the field written again; two degrees with their short names before one field.
  ['"Institute of" the field again and again', (size) => 'BS : Arts Institute of Arts\n'.repeat(size / 28)],
  ['a field, then "Institute of" again and again', (size) => `BS : Arts ${'Institute of '.repeat(size / 13)}Arts`],
  [
    'joined degrees with short names again and again',
    (size) => 'Bachelor of Science (B.Sc.) & Master of Science (M.Sc.) in Physics\n'.repeat(size / 68),
  ],
  // #23: boards where the school goes, campuses' "at", colons and parentheses in a school's part, "Present" before a
  // school, a school's word wrapped onto the next line, "from" glued to names, entries written twice and dated once.
  ['board lines under degrees', (size) => 'SSC\nGujarat Board\n'.repeat(size / 18)],
  ['campus "at" lines', (size) => 'BS : Arts Hill University at Dothan\n'.repeat(size / 35)],
  ['a campus "at" again and again', (size) => `BS Hill University${' at Hill University'.repeat(size / 19)}`],
  ['colons in school lines', (size) => 'Select One : Arts Hill College : Law\n'.repeat(size / 37)],
  ['parentheses after degrees', (size) => 'B.E.(Arts) Hill College\nMBA (Distance) : Law\n'.repeat(size / 43)],
  ['"Present" before schools', (size) => 'MBA : Arts Present Hill College\n'.repeat(size / 32)],
  [
    'school words wrapped onto the next line',
    (size) => 'BS : Arts Hill Technological\nUniversity, x\n'.repeat(size / 42),
  ],
  ['"from" glued to names', (size) => `MCA ${'fromHill '.repeat(size / 9)}College`],
  ['entries written twice, dated once', (size) => 'BS : Arts Hill College\nBS in Arts, 2010\n'.repeat(size / 39)],
  // Round 22: credential labels, schools named by an acronym and a locative town, lone dates between entries, US state
  // and region codes after commas, and a form's labels (unfoldLabelledFields).
  [
    'credential labels before schools, each its own',
    (size) => numbered(size, (index) => `Nursing Certificate: Hill${index} College, 2015`),
  ],
  [
    'acronyms before a locative town, each its own',
    (size) => numbered(size, (index) => `VŠE v Praze, obor ${index}, 2010 - 2015`),
  ],
  [
    'lone dates between entries, each its own',
    (size) => numbered(size, (index) => `BSc Physics ${index}, 2010\n2012\nHill${index} College`),
  ],
  ['region codes after commas', (size) => 'BSc, Pune, MH, IN, CA, NY, '.repeat(size / 27)],
  ['"in" and a region code again and again', (size) => 'BSc in CA in NY in TX '.repeat(size / 22)],
  ['labels alone on their lines', (size) => 'University:\nDegree:\n'.repeat(size / 20)],
  [
    "a form's fields several to a line, each school its own",
    (size) =>
      numbered(size, (index) => `University: Hill${index} University | Degree: B.Tech | Year: ${1990 + (index % 30)}`),
  ],
  ['wrapped anonymised places', (size) => 'Hill College City\n, State\n'.repeat(size / 25)],
  // Round 23: MS before a Microsoft product's word (namesMicrosoftProduct) and a field that opens with one.
  [
    'MS before product words and fields',
    (size) => 'MS Project Management, MS Office, M.S. Visual Arts, '.repeat(size / 52),
  ],
  [
    'MS before a field that opens with a product word, each its own',
    (size) => numbered(size, (index) => `MS Power Systems, Hill${index} University, 2010`),
  ],
  // Round 24: schools named by acronyms (a field glued before one, capitals before one), months at a school's edge,
  // a school's name written twice, credentials anywhere on a line, 'Masterof', the Russian 'по направлению', a month
  // opening a dated entry's school, 'École', 'Govt.', 'Univ.'.
  ['acronym schools with fields glued before them', (size) => 'MBA HRINSEAD, BSc IT LSE, CSE МГИМО '.repeat(size / 36)],
  ['acronym schools, each entry its own', (size) => numbered(size, (index) => `MBA ${index}, INSEAD, 2010`)],
  ['months at the edges of schools', (size) => 'BSc Arts June Hill College May 2010\n'.repeat(size / 36)],
  ['months again and again', (size) => `BSc ${'June May '.repeat(size / 9)}Hill College 2010`],
  [
    'a school written twice in a row, each its own',
    (size) => numbered(size, (index) => `BSc Hill${index} College Hill${index} College`),
  ],
  ['one school written again and again', (size) => `BSc ${'Hill College '.repeat(size / 13)}`],
  [
    'credentials anywhere on lines, each its own',
    (size) => numbered(size, (index) => `Hill${index} College Diploma 2010`),
  ],
  ['credential words again and again', (size) => `Hill College ${'Diploma Certificate '.repeat(size / 20)}`],
  ["'of' glued to degrees", (size) => 'MasterofArts BachelorofScience '.repeat(size / 31)],
  ["'Masterof' then a long word", (size) => `Masterof${'a'.repeat(size)}`],
  ["the Russian 'по направлению' again and again", (size) => `Бакалавр ${'по направлению «'.repeat(size / 16)}`],
  [
    "'по направлению подготовки' entries, each its own",
    (size) => numbered(size, (index) => `Бакалавр по направлению подготовки «Экономика ${index}», МГУ, 2010`),
  ],
  [
    'months opening dated schools, each its own',
    (size) => numbered(size, (index) => `May Hill${index} College, 2010 - 2014`),
  ],
  ["'École', 'Govt.' and 'Univ.' again and again", (size) => `BSc ${'École Govt. Univ. '.repeat(size / 18)}`],
  // Rules committed during round 24: a college-preparatory course before a comma on a school's line (565a92c1), the
  // US forces' M1/M2 and Apple's chips (514ca2bb), 'Ingénieur' before a lower-case word (0041fa50).
  [
    'college-preparatory courses before schools, each its own',
    (size) => numbered(size, (index) => `College Preparatory, Hill${index} High School, 2010`),
  ],
  [
    'M1 and M2 before vehicles and chips again and again',
    (size) => 'M1 Abrams M2 Bradley Apple M1 Pro M2 Physics '.repeat(size / 46),
  ],
  [
    "'Ingénieur' before lower-case words again and again",
    (size) => `${'Ingénieur logiciel chez '.repeat(size / 24)}Hill College`,
  ], // Round 25: the template's degree slot before ' : ' (degreeSlotAcrossField, a2bb6345; isWrittenDegreeSlot and
  // schoolAcrossColon's label, f2b34cef) and a credential's label line (opensWithCredentialLabel, readCredentialLabel's
  // body after a date, 188000a6).
  [
    "degree slots across the template's ' : ', each its own",
    (size) =>
      numbered(
        size,
        (index) =>
          `Graduation of Aircraft Hydraulics Systems : Aircraft Hydraulics Systems 2A${index} , 12/2016 Sheppard Air Force Base`,
      ),
  ],
  [
    "a degree slot past 80 characters before ' : '",
    (size) => `Graduation of ${'Aircraft '.repeat(size / 9)}: Hydraulics`,
  ],
  [
    "a school, then degree slots after a date, a tab and spaces, past 80 characters before ' : ', each its own",
    // The slot's regex retried its 80 characters from each space of the run before the degree (about 4 ms a line).
    (size) =>
      numbered(
        size,
        (index) =>
          `2010\t${spaces(200)}Wing Maintenance Squadron Technical School Graduation of Aircraft Hydraulics Systems : Aircraft Hydraulics ${letterIndex(index)}`,
      ),
  ],
  [
    "degree slots of spaces before ' : ', each its own",
    (size) => numbered(size, (index) => `Baccalaureate of Science${spaces(70)}x : Business ${index}`),
  ],
  [
    'template slots before schools, each its own',
    (size) =>
      numbered(
        size,
        (index) => `Business Administration : Accounting Pace${letterIndex(index)} University ï¼ City , State , US`,
      ),
  ],
  [
    "template ' : ' again and again before a school",
    (size) => `${'Business Administration : '.repeat(size / 26)}Pace University`,
  ],
  [
    'credential label lines, each its own',
    (size) =>
      numbered(size, (index) => `Certification : Food Safety ${index} , 2008 Johnson and Wales ï¼ City , State`),
  ],
  ['credential labels again and again', (size) => 'Certificate of Completion : '.repeat(size / 28)],
  [
    'credential label lines of a long body after a date, each its own',
    (size) =>
      numbered(
        size,
        (index) => `Escrow License : Title , 2008 ${'Moore '.repeat(40)}${index}${spaces(20)}City , State`,
      ),
  ],
  [
    'credential label lines, spaces before the body after a date, each its own',
    (size) => numbered(size, (index) => `Certification : Food Safety\t${spaces(250)}Johnson ${index}`),
  ],
  // A line of one word that may be a school's word alone, trimmed of closing marks (48038783), and fields ending in
  // 'branch' after a run of spaces.
  [
    'one-word lines of dots before a letter, each its own',
    (size) => numbered(size, (index) => `College${'.'.repeat(250)}${letterIndex(index)}`),
  ],
  [
    "fields ending in 'branch' after spaces, each its own",
    (size) => numbered(size, (index) => `B.E in Information Technology ${letterIndex(index)}\t${spaces(200)}branch`),
  ],
  // Round 26: the rules of 2026-12-07 since 499786db: honorifics that open schools' names (SENTENCE_BREAK), a school's
  // line opening with its credential (opensWithCredentialPhrase) and its subject up to the school (SUBJECT_BEFORE_SCHOOL),
  // a unit and its university after a comma (universityAfterUnit), a subject in lower case after the degree
  // (LOWER_SUBJECT), a field written again wider (widerFieldWrittenAgain), towns with core's small words, and a licence
  // to drive (core's NOT_DRIVING lookbehind).
  [
    'honorifics before capitals again and again',
    (size) => 'Smt. Kashibai Shri. Navale Sou. Venutai Kum. Prof. '.repeat(size / 51),
  ],
  [
    'schools opening with honorifics, each its own',
    (size) =>
      numbered(size, (index) => `B.E. 2012 Smt. Kashibai ${letterIndex(index)} Navale College of Engineering. Pune`),
  ],
  [
    'course lines above credential-and-school lines, each its own',
    (size) =>
      numbered(
        size,
        (index) =>
          `Mental Health Services ${letterIndex(index)}\nCertification in Medical Coding May 2017 : Ashworth College ${letterIndex(index)} -`,
      ),
  ],
  [
    "credential phrases, an 'in' subject of 60 letters and spaces before the school, each its own",
    (size) =>
      numbered(
        size,
        (index) =>
          `Certificate in ${'European '.repeat(6)}${letterIndex(index)}${spaces(120)}London School of Economics - City , United Kingdom`,
      ),
  ],
  [
    'credential phrases with initials in parentheses and spaces before the comma, each its own',
    (size) =>
      numbered(
        size,
        (index) => `Certificate in Project ${letterIndex(index)} Management (PMP.&/-X)${spaces(100)}, Acme University`,
      ),
  ],
  ['credential phrases with initials again and again', (size) => 'Certificate in Data (CDA) '.repeat(size / 26)],
  [
    "a credential phrase's 'in' subject, n spaces, then its school",
    (size) => `Certificate in European Studies${spaces(size)}London School of Economics - City , United Kingdom`,
  ],
  [
    "credential phrases' 'in' again and again before a school",
    (size) => `Certificate in ${'in European '.repeat(size / 12)}London School of Economics - City , United Kingdom`,
  ],
  [
    'a college then a university after its comma, each its own',
    (size) =>
      numbered(size, (index) => `B.Sc Physics, St. Xavier's College ${letterIndex(index)}, University of Mumbai, 2012`),
  ],
  [
    'a college then a university after its comma and 230 em spaces, each its own',
    (size) =>
      numbered(
        size,
        (index) =>
          `B.Sc Physics, St. Xavier's College ${letterIndex(index)}, University of Mumbai${'\u2003'.repeat(230)}2012`,
      ),
  ],
  [
    'a college then a street or town named after a university, each its own',
    (size) =>
      numbered(
        size,
        (index) =>
          `Diploma, Government Polytechnic College ${letterIndex(index)}, University${spaces(index % 150)} Road, Rajkot`,
      ),
  ],
  [
    '"university" and spaces again and again after a college',
    (size) => `B.A., Dickinson College, ${'university \t '.repeat(size / 14)}Park`,
  ],
  [
    'units and universities after commas again and again',
    (size) => `B.Sc Physics, ${'Faculty of Engineering, Cairo University , '.repeat(size / 43)}2012`,
  ],
  [
    'a field written again wider, each its own',
    (size) =>
      numbered(
        size,
        (index) =>
          `Bachelor in Hospitality ${letterIndex(index)} Management International Hospitality ${letterIndex(index)} Management`,
      ),
  ],
  [
    "fields of two subjects joined by 'and', each its own",
    (size) =>
      numbered(
        size,
        (index) =>
          `Bachelor of Science Finance ${letterIndex(index)} and Corporate Finance ${letterIndex(index)}, Ohio State University`,
      ),
  ],
  ['a degree then one word again and again', (size) => `Bachelor in ${'Management '.repeat(size / 11)}`],
  [
    'lower-case subjects after degrees, each its own',
    (size) => numbered(size, (index) => `B.E. computer science Bhopal${letterIndex(index)}, Madhya Pradesh 2012`),
  ],
  ['a degree, a lower-case word and spaces', (size) => `B.E. ${'a'.repeat(size / 2)}${spaces(size / 2)}b`],
  ['a degree and lower-case words again and again', (size) => `SSC ${'science commerce arts '.repeat(size / 22)}`],
  [
    'schools with towns of small words in parentheses, each its own',
    (size) =>
      numbered(
        size,
        (index) =>
          `Instituto Tecnologico de Aeronautica X${letterIndex(index)} (Sao Jose dos Campos)\n2012\nMaster 2014\nUniversidade do Minho X${letterIndex(index)}, Newcastle upon Tyne (United Kingdom)`,
      ),
  ],
  [
    "'Driving Licence' after spaces, each its own",
    (size) => numbered(size, (index) => `Full Driving${spaces(index % 250)} Licence ${letterIndex(index)}`),
  ],
  [
    '"driving", hyphens and spaces before a licence, again and again',
    (size) => `${'Driving- - -'.repeat(size / 12)}Licence`,
  ],
  ['"driving" and n hyphens before a licence', (size) => `Full Driving${'-'.repeat(size)}Licence`],
  ['"driving" and spaces before a licence, again and again', (size) => `${'driving  \t '.repeat(size / 12)}licence`],
  // Round 27: the field after a degree on a line opening with the school (fieldEndingSchoolLine, e16f5d5f), the field
  // after the anonymised place below a school's own line (fieldAfterAnonymisedPlace, c6fe4556), role-label lines
  // (opensWithRoleLabel, e47ed924).
  [
    'school-first lines with a degree and a field, each its own',
    (size) =>
      numbered(
        size,
        (index) =>
          `Lone Star College ${letterIndex(index)} – City , State , USA Associate of Arts Business Administration Coursework in Finance`,
      ),
  ],
  [
    'school-first lines with a note, an award or a place after the degree, each its own',
    (size) =>
      numbered(
        size,
        (index) =>
          `Ohio State University ${letterIndex(index)} Bachelor of Science ${['Columbus Ohio', 'Graduated With Honors', 'Full Scholarship', 'Leeds United Kingdom'][index % 4]}`,
      ),
  ],
  [
    'a school-first line, a degree, then capitalised words and joining words again and again',
    (size) => `Harbor University, Bachelor of Science ${'Computer and '.repeat(size / 13)}Science`,
  ],
  [
    'a school-first line, a degree, then n spaces before a note',
    (size) => `Harbor University, Bachelor of Science Computer${spaces(size)}Coursework in Finance`,
  ],
  [
    'schools over the anonymised place and a field, each its own',
    (size) =>
      `${numbered(
        size / 2,
        (index) =>
          `Montana State University ${letterIndex(index)}\nCity , State , USA Range Science ${letterIndex(index).toUpperCase()}`,
      )}\nBachelor of Science\n`,
  ],
  [
    'schools over the anonymised place, a country of two words and a field, each its own',
    (size) =>
      numbered(
        size,
        (index) =>
          `Fourah Bay College ${letterIndex(index)}\nCity , State , Sierra Leone Accounting and Finance ${letterIndex(index).toUpperCase()}`,
      ),
  ],
  [
    'a school over the anonymised place, a comma, then n spaces',
    (size) => `Montana State University\nCity , State ,${spaces(size)}Range Science\nBachelor of Science`,
  ],
  [
    'a school over the anonymised place and a field written twice again and again',
    (size) => `Colorado Institute of Art\nCity , State ${'Mathematics Computer Science '.repeat(size / 29)}`,
  ],
  [
    'a school over anonymised place lines again and again',
    (size) => `Colorado Institute of Art\n${'City , State , United States Art\n'.repeat(size / 34)}`,
  ],
  [
    'role-label lines under a degree, each its own',
    (size) =>
      `Master of Fine Arts\n${numbered(size, (index) => `Student Teaching: INTA402 Senior Studio ${letterIndex(index)}: Miami International University of Art and Design: Spring 2013.`)}`,
  ],
  [
    'a line of role labels again and again',
    (size) => `Advisor: ${'Workshop Instructor: '.repeat(size / 21)}University of Oxford`,
  ],
  ["n spaces before a role label's colon", (size) => `Advisor${spaces(size)}: University of Oxford`], // Round 28: the subject after a credential's colon (SUBJECT_AFTER_COLON, ff44d8d1), the field between the school and
  // the anonymised place after a dash (fieldBetweenSchoolAndPlace, 653124c9), 'Attended' / 'Graduate of' before a school
  // and 'through' after it (ATTENDANCE_VERB, TRAILING_WORDS, df19f98f), the Education Specialist (fc2fa56f).
  [
    'school-first lines with a credential and a subject after its colon, each its own',
    (size) =>
      numbered(
        size,
        (index) =>
          `Maric College ${letterIndex(index).toUpperCase()} City , State , US Certificate : Medical Coding and Billing ${letterIndex(index).toUpperCase()}`,
      ),
  ],
  [
    "a credential's colon, n spaces, then a subject",
    (size) => `Hill College Certificate :${spaces(size)}Medical Coding City , State`,
  ],
  [
    "a credential's colon then capitalised words again and again",
    (size) => `Hill College Certificate : ${'Ab '.repeat(size / 3)}`,
  ],
  [
    "'Degree : School - Field City , State' lines, each its own",
    (size) =>
      numbered(
        size,
        (index) =>
          `2007 Bachelor of Science : Metropolitan State University ${letterIndex(index).toUpperCase()} - Microbiology and Molecular Biology City , State , USA`,
      ),
  ],
  [
    "a degree's colon, a school, then spaced dashes again and again before the place",
    (size) => `Bachelor of Science : Yuba College ${'- '.repeat(size / 2)}Business City , State`,
  ],
  [
    "a degree's colon, a school, a dash, a field, then n spaces before 'City ,'",
    (size) => `Bachelor of Science : Yuba College - Business${spaces(size)}City , State`,
  ],
  [
    "'Attended' and 'Graduate of' before schools and 'through' after them, each its own",
    (size) =>
      numbered(
        size / 2,
        (index) =>
          `Attended Foothill College ${letterIndex(index).toUpperCase()} through 2015\nGraduate of Gateway High School ${letterIndex(index).toUpperCase()}`,
      ),
  ],
  ["'Attended ' again and again before a school", (size) => `${'Attended '.repeat(size / 9)}Hill College`],
  ["a school then ' through' again and again", (size) => `Attended Hill College${' through'.repeat(size / 8)}`],
  [
    "'Ed.S.' and 'Specialist' degrees, each its own",
    (size) =>
      numbered(
        size / 2,
        (index) =>
          `Ed.S., Educational Leadership ${letterIndex(index).toUpperCase()}, University of Georgia\nSpecialist: Curriculum ${letterIndex(index).toUpperCase()}\nKent State University`,
      ),
  ],
  ["'Specialist', n spaces, then a colon", (size) => `Specialist${spaces(size)}: Law\nMoscow State University`],
  ["'Special Education Specialist' again and again", (size) => 'Special Education Specialist: '.repeat(size / 30)],
  [
    "a credential's colon then subjects of right-to-left letters, astral letters and zero-width spaces, each its own",
    (size) =>
      numbered(
        size,
        (index) =>
          `Hill College ${letterIndex(index).toUpperCase()} Certificate : Medical \u05e7\u05d5\u05d3 Coding \u{1d401}illing\u200b\u0301 City , State`,
      ),
  ],
];

// Hand-written in the key–value layout of the Kaggle UpdatedResumeDataSet (../shared/data/updated-resume-dataset):
// labels glued to the end of the line before them, empty columns as runs of spaces, CRLF line ends. The names are made up.
export const LABELLED_RESUME = [
  'Skills Python, SQL, Excel. Education Details ',
  'June 2014 to May 2018 B.E Computer Science Pune, Maharashtra Westfield Institute of Technology',
  'January 2012 HSC   Riverside Junior College',
  'Data Analyst ',
  '',
  'Data Analyst - Northwind Analytics Pvt Ltd',
  'Skill Details ',
  'Python- Experience - 24 months',
  'SQL- Experience - Less than 1 year monthsCompany Details ',
  'company - Northwind Analytics Pvt Ltd',
  'description - Built dashboards for the sales team.',
  'company - Northwind Analytics Pvt. Ltd.',
  'description - • Wrote SQL reports.',
  'company - Harbor Logistics',
  'description - Junior Analyst, Jan 2016 to Dec 2017',
  'Kept the shipment data clean.',
  'company - Lakeside Retail',
  'description - Project Description: store audits',
  'Designation: Store Trainee',
  'company - Fresher',
  'description - ',
  'company - www.example-client.com',
  'description - Designed the client website.',
  'company - ',
  'description - ',
].join('\r\n');

// The labelled layout, hostile (readLabelledLayout; labelled-fields.test.ts).
export const LABELLED_LAYOUTS: readonly (readonly [string, (size: number) => string])[] = [
  [
    'many company lines',
    (size) => `${LABELLED_RESUME}\n${'company - Acme Ltd\ndescription - Role: Engineer\n'.repeat(size / 45)}`,
  ],
  [
    'many company lines of a label',
    (size) => `${LABELLED_RESUME}\n${'company - Nature Of Work\ndescription - Role: Engineer\n'.repeat(size / 53)}`,
  ],
  // A soft skill in the company slot names no employer (#23): core's skills read in each slot of at most 80 characters.
  [
    'many company lines of a soft skill',
    (size) => `${LABELLED_RESUME}\n${'company - Quick Learner\ndescription - Role: Engineer\n'.repeat(size / 53)}`,
  ],
  [
    'many long company lines of skills',
    (size) =>
      `${LABELLED_RESUME}\n${`company - ${'Python, '.repeat(9)}Java\ndescription - Role: Engineer\n`.repeat(size / 106)}`,
  ],
  [
    'many company lines of a place',
    (size) => `${LABELLED_RESUME}\n${'company - DAMMAM KSA\ndescription - Role: Engineer\n'.repeat(size / 49)}`,
  ],
  ['a long company value of spaces', (size) => `${LABELLED_RESUME}\ncompany - Acme${' '.repeat(size)}x\n`],
  ['a long company value of dots', (size) => `${LABELLED_RESUME}\ncompany - Acme${' Ltd.'.repeat(size / 5)}\n`],
  [
    'a long quoted title',
    (size) => `${LABELLED_RESUME}\ncompany - Acme\ndescription - Role: "${'Engineer '.repeat(size / 9)}`,
  ],
  [
    'a title line of "for" again and again',
    (size) => `${LABELLED_RESUME}\ncompany - Acme\ndescription - Role: Engineer${' for'.repeat(size / 4)} Acme`,
  ],
  ['a long run of quotes and dashes', (size) => `${LABELLED_RESUME}\ncompany - Acme${'"-'.repeat(size / 2)}x\n`],
  ['a long title line', (size) => LABELLED_RESUME.replace('Data Analyst - ', `Data Analyst${' - '.repeat(size / 3)}`)],
  // Round 23: the title a description's opening sentence names (titleOfSentence), and "At <employer> <dates>" over a
  // title line (titleAfterEmployerLine), each position its own; one long sentence and one long "At" line.
  [
    'descriptions opening with "I was working as a", each its own',
    (size) =>
      `${LABELLED_RESUME}\n${numbered(size, (index) => `company - Acme${index} Ltd\ndescription - I was working as a Team Lead of ${index} members at Acme.`)}`,
  ],
  [
    'one long "working as" sentence',
    (size) =>
      `${LABELLED_RESUME}\ncompany - Acme\ndescription - I was working as a ${'Senior Lead '.repeat(size / 12)}x`,
  ],
  [
    '"At" an employer and dates over a title line, each its own',
    (size) =>
      `${LABELLED_RESUME}\n${numbered(size, (index) => `company - ERP System\ndescription - • At Lavisa${index} Infrastructure Bangalore   Sep 2015- Oct 2016\nSoftware developer`)}`,
  ],
  [
    'one long "At" line',
    (size) =>
      `${LABELLED_RESUME}\ncompany - ERP\ndescription - At ${'Lavisa '.repeat(size / 7)}Sep 2015- Oct 2016\nSoftware developer`,
  ],
  // An employer named after the title's last comma is looked for among the employers listed (#23).
  [
    'many company lines under a title line naming an employer after its comma',
    (size) =>
      `${LABELLED_RESUME.replace('Data Analyst - ', 'Data Analyst, Lakeside Retail - ')}\n${'company - Acme Ltd\ndescription - Role: Engineer\n'.repeat(size / 45)}`,
  ],
  [
    'many education lines',
    (size) =>
      LABELLED_RESUME.replace(
        'January 2012',
        `${'January 2012 HSC   Riverside College\n'.repeat(size / 38)}January 2012`,
      ),
  ],
  [
    'a long education line before its three-space gap',
    (size) => LABELLED_RESUME.replace('January 2012 HSC   ', `January 2012 HSC${' Riverside  x'.repeat(size / 13)}   `),
  ],
  [
    'many education lines of a town and a region',
    (size) =>
      LABELLED_RESUME.replace(
        'January 2012',
        `${' LL.B  Guwahati, Assam University Law College\n'.repeat(size / 46)}January 2012`,
      ),
  ],
  [
    'a long education line before its town and region',
    (size) =>
      LABELLED_RESUME.replace('January 2012 HSC   ', `January 2012 HSC  ${'Riverside '.repeat(size / 10)}Pune, Assam `),
  ],
  [
    'many education lines of a lone country',
    (size) =>
      LABELLED_RESUME.replace(
        'January 2012',
        `${' MBA Finance India Mlrit India Acme\n'.repeat(size / 36)}January 2012`,
      ),
  ],
  [
    'a long education line of words and countries',
    (size) => LABELLED_RESUME.replace('January 2012 HSC   ', `January 2012 HSC${' India Pune'.repeat(size / 11)}   `),
  ],
  ['the labels again and again', (size) => 'Education Details \nSkill Details \nCompany Details \n'.repeat(size / 50)],
  // Round 24: a lower-case town after a lower-case legal form (placeAfterLegalForm), an 'At' line's town, a company line
  // of skills the title sets apart (namesProductNotEmployer).
  [
    'company lines of a lower-case legal form and a town, each its own',
    (size) =>
      `${LABELLED_RESUME}\n${numbered(size, (index) => `company - acme${index} tech pvt ltd nagpur\ndescription - Role: Engineer`)}`,
  ],
  [
    'a company line of legal forms again and again',
    (size) => `${LABELLED_RESUME}\ncompany - acme ${'pvt ltd '.repeat(size / 8)}nagpur\n`,
  ],
  [
    "'At' lines of an employer's legal form and town, each its own",
    (size) =>
      `${LABELLED_RESUME}\n${numbered(size, (index) => `company - ERP\ndescription - • At United${index} Telecom Limited Ranchi   Nov 2013-Sep 2014\nWeb developer`)}`,
  ],
  [
    'company lines of a skill the title sets apart, each its own',
    (size) =>
      `${LABELLED_RESUME.replace('Data Analyst - ', 'Cloud Operations Architect (DevOps) - ')}\n${numbered(size, (index) => `company - DevOps\ndescription - Role: Engineer ${index}`)}`,
  ],
  // Round 25: the role after 'I am' and in a sentence opening 'As a' (titleOfSentence, c1b0c437).
  [
    'descriptions opening with "I\'m a", each its own',
    (size) =>
      `${LABELLED_RESUME}\n${numbered(size, (index) => `company - Acme${index} Ltd\ndescription - I'm a software test engineer ${index} working at Acme.`)}`,
  ],
  [
    'one long "I am" sentence',
    (size) => `${LABELLED_RESUME}\ncompany - Acme\ndescription - I am ${'Java web developer '.repeat(size / 19)}x`,
  ],
  [
    'sentences opening "As a" again and again',
    (size) =>
      `${LABELLED_RESUME}\ncompany - Acme\ndescription - ${'1year in Acme Pvt. Ltd. As a design engineer. '.repeat(size / 47)}`,
  ],
  [
    'descriptions of sentence ends and "As" without a role, each its own',
    (size) =>
      `${LABELLED_RESUME}\n${numbered(size, (index) => `company - Acme${index} Ltd\ndescription - ${'Done.  As '.repeat(28)}${index}`)}`,
  ],
  // Blocks of one employer kept apart where each names its own role (922e8612), and merged where they name one.
  [
    'blocks of one employer, each its own role',
    (size) =>
      `${LABELLED_RESUME}\n${numbered(size, (index) => `company - Interface Techno System\ndescription - Role              Network Engineer ${letterIndex(index)}`)}`,
  ],
  [
    'blocks of one employer naming one role again and again',
    (size) =>
      `${LABELLED_RESUME}\n${'company - Interface Techno System\ndescription - Role              Network Engineer\n'.repeat(size / 86)}`,
  ],
  // A full stop after the label and after the title (7b84c63d), and long roles of one employer each holding the last.
  [
    "'Designation.:' labels and titles ending in a full stop, each its own",
    (size) =>
      `${LABELLED_RESUME}\n${numbered(size, (index) => `company - Acme${index} Ltd\ndescription - DESIGNATION.: Java Developer${'.'.repeat(index % 40)}`)}`,
  ],
  [
    'blocks of one employer, long roles each holding the one before',
    (size) =>
      `${LABELLED_RESUME}\n${numbered(size, (index) => `company - Interface Techno System\ndescription - Role: ${'Network '.repeat(1 + (index % 30))}Engineer`)}`,
  ],
  // A region opening a school's name after a town's comma (31c16382, 20da9eae), each its own and again and again.
  [
    'education lines of a town, a region and a school, each its own',
    (size) =>
      LABELLED_RESUME.replace(
        'January 2012',
        `${numbered(size, (index) => `June 2014 B.E Pune, Maharashtra Westfield${letterIndex(index)} Institute of Technology`)}\nJanuary 2012`,
      ),
  ],
  [
    'an education line of regions after commas again and again',
    (size) =>
      LABELLED_RESUME.replace('January 2012 HSC   ', `January 2012 HSC${', Maharashtra College'.repeat(size / 21)}   `),
  ],
  // A period's label further down a description, every line of which is read for a second one (47f51837, 64880b5d).
  [
    "a period's label, then a long description",
    (size) =>
      `${LABELLED_RESUME}\ncompany - Acme\ndescription - Team size 5\nDuration: Feb 2017 to Till Date\n${'Built the billing system for the sales team.\n'.repeat(size / 45)}`,
  ],
  [
    "periods' labels on every line",
    (size) =>
      `${LABELLED_RESUME}\ncompany - Acme\ndescription - Team size 5\n${'Period: 7 Dec 2006 to 20 March 2007\n'.repeat(size / 36)}`,
  ],
  [
    "companies each with a period's label and a description",
    (size) =>
      `${LABELLED_RESUME}\n${numbered(size, (index) => `company - Acme${index} Ltd\ndescription - Team size 5\nDuration: Feb 2017 to Till Date\nBuilt the billing system.`)}`,
  ],
  // Round 26: a description opening with the position's place (placeOpeningDescription, 9eb0f557), the employer's name
  // written again before it, and the towns of the education lines.
  [
    'descriptions opening with a town beside dates, each its own',
    (size) =>
      `${LABELLED_RESUME}\n${numbered(size, (index) => `company - Acme${letterIndex(index)} Ltd\ndescription - Pune Sept 2017 to Present\nRole: Database Administrator`)}`,
  ],
  [
    "descriptions opening with the employer's name and a place, each its own",
    (size) =>
      `${LABELLED_RESUME}\n${numbered(size, (index) => `company - Sun Trust ${letterIndex(index)} Bank NY\ndescription - Sun Trust ${letterIndex(index)} Bank, NY JAN 2018 to present\nRole: Developer`)}`,
  ],
  [
    'descriptions opening with dates again and again past 300 characters, each its own',
    (size) =>
      `${LABELLED_RESUME}\n${numbered(size, (index) => `company - Acme${letterIndex(index)} Ltd\ndescription - Pune ${'Sept 2017 to Present, '.repeat(16)}\nRole: Tester`)}`,
  ],
  [
    'one description line of n spaces and tabs after a town',
    (size) =>
      `${LABELLED_RESUME}\ncompany - Acme\ndescription - Pune${' \t'.repeat(size / 2)}Sept 2017 to Present\nRole: Tester`,
  ],
  [
    'descriptions opening with skills before a country, each its own',
    (size) =>
      `${LABELLED_RESUME}\n${numbered(size, (index) => `company - Acme${letterIndex(index)} Ltd\ndescription - Python, ${'Java, SQL, Salesforce, '.repeat(10)}India Jan 2015 to Dec 2016\nRole: Developer`)}`,
  ],
  [
    'a description opening with commas again and again',
    (size) => `${LABELLED_RESUME}\ncompany - Acme\ndescription - ${'Acme, '.repeat(size / 6)}NY\nRole: Developer`,
  ],
  [
    'education towns before regions and descriptions opening with them, each its own',
    (size) =>
      LABELLED_RESUME.replace(
        'January 2012',
        `${numbered(size / 2, (index) => `June 2014 B.E Computer Science Town${letterIndex(index)}, Maharashtra Westfield Institute`)}\nJanuary 2012`,
      ) +
      `\n${numbered(size / 2, (index) => `company - Acme${letterIndex(index)} Ltd\ndescription - Town${letterIndex(index)} from Sept 2017 to Present\nRole: Tester`)}`,
  ],
  // Round 27: dated school-only rows (schoolOnlyRow, withSchoolOnlyRows, cab2ef43) and the school's column after a place
  // or a degree's empty columns (giveSchoolColumns, schoolColumn, c74657ac).
  [
    'dated school-only rows, each its own',
    (size) =>
      LABELLED_RESUME.replace(
        'January 2012',
        `${numbered(size, (index) => `January 2015    DEEKSHA ${letterIndex(index).toUpperCase()} CENTER, Maharashtra state board`)}\nJanuary 2012`,
      ),
  ],
  [
    'one dated school-only row of commas and boards again and again',
    (size) =>
      LABELLED_RESUME.replace(
        'January 2012',
        `June 2010 to May 2012    ${'Ryk College, board '.repeat(size / 19)}\nJanuary 2012`,
      ),
  ],
  [
    'degree rows with an unknown school after the place, each its own',
    (size) =>
      LABELLED_RESUME.replace(
        'January 2012',
        `${numbered(size, (index) => `July 2016 to May 2019 BE Electrical And Electronics Engineering Bhopal, Madhya Pradesh Rgpv${letterIndex(index)}`)}\nJanuary 2012`,
      ),
  ],
  [
    "degree rows with an unknown school after the degree's gap, each its own",
    (size) =>
      LABELLED_RESUME.replace(
        'January 2012',
        `${numbered(size, (index) => `January 2012 BE IT   Pjlce${letterIndex(index)}`)}\nJanuary 2012`,
      ),
  ],
  [
    "degree rows with a grade or the town again in the school's column, each its own",
    (size) =>
      LABELLED_RESUME.replace(
        'January 2012',
        `${numbered(size, (index) => `July 2016 to May 2019 BE Mechanical ${letterIndex(index).toUpperCase()} Engineering Bhopal, Madhya Pradesh ${['Distinction', 'First Class', 'Bhopal', 'Appearing'][index % 4]}`)}\nJanuary 2012`,
      ),
  ],
  [
    'one degree row of places before its school again and again',
    (size) =>
      LABELLED_RESUME.replace(
        'January 2012 HSC   ',
        `January 2012 BE IT ${'Vashi, MAHARASHTRA, IN '.repeat(size / 23)}Aissms   `,
      ),
  ], // Round 28: a description's sentence at another employer with dates (takeOtherEmployerSentences, ba573bb7), employers
  // with no title nor dates (2085aea8), education rows with no degree (fieldAndSchoolRow, 0ad82e52).
  [
    'descriptions opening with sentences at other employers with dates, each its own',
    (size) =>
      `${LABELLED_RESUME}\n${numbered(size, (index) => `company - Kunal${letterIndex(index)} IT Services Pvt Ltd\ndescription - Currently Working As Java Developer In Winsol ${letterIndex(index).toUpperCase()} Solution Pvt Ltd From 1 July 2017 To Till Date.`)}`,
  ],
  [
    "one description line of 'Worked as a Developer in' again and again",
    (size) =>
      `${LABELLED_RESUME}\ncompany - Acme Ltd\ndescription - ${'Worked as a Developer in Globex Ltd '.repeat(size / 36)}from 2015 to 2016.`,
  ],
  // withDatedRowsApart (f72cb6f8): a school's row and the degree's row next to it, each dated apart, read apart.
  [
    "a school's row over a degree's row, each dated apart, each its own",
    (size) =>
      LABELLED_RESUME.replace(
        'January 2012',
        `${numbered(size / 2, (index) => `September 2016 to March 2017  Dynamic Blood Bank ${letterIndex(index).toUpperCase()} System Mumbai, Maharashtra IIT\nJanuary 2014 CBSE   Senior Secondary ${letterIndex(index).toUpperCase()}`)}\nJanuary 2012`,
      ),
  ],
  [
    'degree rows each dated, under one school row, again and again',
    (size) =>
      LABELLED_RESUME.replace(
        'January 2012',
        `May 1993 to May 1995   Mumbai, Maharashtra Industrial Training Institute\n${'May 1998 Diploma  ITES\n'.repeat(size / 23)}January 2012`,
      ),
  ],
  [
    'employers with no title nor dates after titled positions, each its own',
    (size) =>
      `${LABELLED_RESUME}\n${numbered(size, (index) => `company - Wipro${letterIndex(index)} Ltd\ndescription - Developing programs in Python.`)}`,
  ],
  [
    'education rows with no degree, a field and a school, each its own',
    (size) =>
      LABELLED_RESUME.replace(
        'January 2012',
        `${numbered(size / 2, (index) => `January 2004  Software Engineering ${letterIndex(index).toUpperCase()}  Aptech${letterIndex(index)}\n  Software Engineering and Computer Science Pune${letterIndex(index)}, Maharashtra NIIT${letterIndex(index).toUpperCase()}`)}\nJanuary 2012`,
      ),
  ],
  [
    'a row with no degree, its field, then two spaces again and again',
    (size) => LABELLED_RESUME.replace('January 2012', `January 2004  Software${'  Ab'.repeat(size / 4)}\nJanuary 2012`),
  ],
  [
    'rows with no degree, long words before a comma, each its own',
    (size) =>
      LABELLED_RESUME.replace(
        'January 2012',
        `${numbered(size, (index) => `  ${'Engineering'.repeat(20)} ${'a'.repeat(index % 60)}, Maharashtra NIIT`)}\nJanuary 2012`,
      ),
  ],
];

/** UTF-8 read as Latin-1 and written again: each byte of "•" (E2 80 A2) became a character, two of them C1 controls. */
export const latin1 = (text: string) => String.fromCharCode(...new TextEncoder().encode(text));

// Mojibake (repairLatin1Mojibake; lines.test.ts).
export const MOJIBAKE: readonly (readonly [string, (size: number) => string])[] = [
  ['sequences', (size) => latin1('• a ’ ').repeat(size / 10)],
  ['lead bytes without continuation', (size) => '\u00e2'.repeat(size)],
  ['continuation bytes without a lead', (size) => '\u0080'.repeat(size)],
];
