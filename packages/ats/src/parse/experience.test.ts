import { describe, expect, it } from 'vitest';
import {
  employerGluedBeforeTitle,
  employerGluedToTitle,
  isCompanyWord,
  isTitleWord,
  joinDateLines,
  namesNoEmployer,
  parseExperienceSection,
  readExperienceSection,
} from './experience.js';
import { parseResumeText } from './parse-resume-text.js';
import { repairMojibake } from './lines.js';

const NOW = new Date(Date.UTC(2024, 0, 1));
const month = (year: number, monthIndex: number) => new Date(Date.UTC(year, monthIndex, 1));
// Title, company, location, start, end of each entry: what these tests compare.
const headers = (text: string) =>
  parseExperienceSection(text, { now: NOW }).map((entry) => [
    entry.title,
    entry.company,
    entry.location,
    entry.start,
    entry.end,
  ]);
// Title and company of each entry of a section written in these lines.
const titlesAndCompanies = (lines: readonly string[]) => headers(lines.join('\n')).map((entry) => entry.slice(0, 2));
// Title and company of a position whose title is written over a Kaggle template's dates line, a blank line and a duty.
const titleOver = (datesLine: string) => (title: string) => titlesAndCompanies([title, datesLine, '', 'Did the work.']);

// The sections below are hand-written in the layouts of real exports: Indeed's text export (DataTurks set: a blank
// line between header lines, the company line left dangling with " -"), and the Kaggle resume PDFs as pdf.js reads
// them (placeholders "Company Name" and "City , State", dates on lines of their own, punctuation double-encoded).
describe('parseExperienceSection', () => {
  it('reads the Indeed layout: title, then "Company -  City, State -", then the dates', () => {
    const text = [
      'Senior Executive (MIS & Audit)',
      '',
      'LabourNet Services India Pvt Ltd -  Bengaluru, Karnataka -',
      '',
      'June 2016 to Present',
      '',
      '➢ Provide weekly targets to Placement officers.',
      '',
      'MIS Executive',
      '',
      'ANI Technologies -',
      '',
      'October 2015 to April 2016',
      '',
      'Handled Pan India Ola Cafe Operational MIS.',
    ].join('\n');
    expect(headers(text)).toEqual([
      [
        'Senior Executive (MIS & Audit)',
        'LabourNet Services India Pvt Ltd',
        'Bengaluru, Karnataka',
        month(2016, 5),
        null,
      ],
      ['MIS Executive', 'ANI Technologies', undefined, month(2015, 9), month(2016, 3)],
    ]);
  });

  it('takes a dangling "-" as an empty company instead of reading the next line as one', () => {
    const text = [
      'I Phone solution Consultant',
      '',
      '-',
      '',
      'October 2015 to 2017',
      '',
      'Job Profile -1) Working as Sales Consultant (Promoter)',
    ].join('\n');
    expect(headers(text)).toEqual([
      ['I Phone solution Consultant', undefined, undefined, month(2015, 9), month(2017, 11)],
    ]);
  });

  it('reads the employer from "Title - Organisation" when the company line under it is an empty "-"', () => {
    const text = ['FIELD ENGINEER - NORTHWIND DATA SOLUTIONS', '', '-', '', 'May 2012 to June 2015'].join('\n');
    expect(headers(text)).toEqual([
      ['FIELD ENGINEER', 'NORTHWIND DATA SOLUTIONS', undefined, month(2012, 4), month(2015, 5)],
    ]);
    // After the dash a specialty, not an organisation: the title stays whole.
    expect(headers('Field Engineer - Sensors & Controls\n\n-\n\nMay 2012 to June 2015')[0]?.slice(0, 2)).toEqual([
      'Field Engineer - Sensors & Controls',
      undefined,
    ]);
  });

  it("reads an undated title and employer written just above another position's title and employer", () => {
    const text = [
      'Solutions Architect',
      '',
      'Fabrikam Services -  Springfield, Oregon',
      '',
      'Platform Engineer',
      '',
      'Contoso -  Salem, Oregon -',
      '',
      'March 2016 to April 2018',
      '',
      '• Built the release pipeline.',
    ].join('\n');
    expect(headers(text)).toEqual([
      ['Solutions Architect', 'Fabrikam Services', 'Springfield, Oregon', undefined, undefined],
      ['Platform Engineer', 'Contoso', 'Salem, Oregon', month(2016, 2), month(2018, 3)],
    ]);
  });

  it('keeps "Title at Company" whole when a dangling line follows it, and a comma inside the title line', () => {
    expect(
      headers(
        'Technical Lead at Infosys Ltd.\n\nPharmaceuticals and Life Sciences Domain -\n\nMay 2017 to Present',
      )[0]?.slice(0, 2),
    ).toEqual(['Technical Lead', 'Infosys Ltd.']);
    expect(headers('Volunteer Contestant, Yappon\n\nMicrosoft -\n\n2017 to 2017')[0]?.slice(0, 2)).toEqual([
      'Volunteer Contestant, Yappon',
      'Microsoft',
    ]);
  });

  // Layout matrix (helper 286): "Title at Employer" with a bar or tab before its dates read the whole part as the title.
  it('parts "Title at Employer" from its dates after a bar or a tab', () => {
    expect(
      headers(
        [
          'Registered Nurse at Globex Inc., Boston, MA | 04/2023 – Present',
          '• Led a team of 12 people',
          'Data Analyst at Harbor Foods | 01/2020 – 03/2023',
          'Store Manager at IBM\t2016 - 2019',
        ].join('\n'),
      ).map((entry) => entry.slice(0, 3)),
    ).toEqual([
      ['Registered Nurse', 'Globex Inc.', 'Boston, MA'],
      ['Data Analyst', 'Harbor Foods', undefined],
      ['Store Manager', 'IBM', undefined],
    ]);
  });

  // Review of 82146c40 (helper 288): an idiom's "at" beside a bar names no employer ("Member at Large", "at heart").
  it('keeps "Member at Large" and "Engineer at heart" whole beside a bar before their dates', () => {
    expect(
      headers(
        [
          'Board Member at Large | 2019 - 2022',
          '• Chaired the finance committee',
          'Engineer at heart | 2015 - 2018',
          '• Built tools for the team',
          'Analyst at eBay | 2012 - 2015',
        ].join('\n'),
      ).map((entry) => entry.slice(0, 2)),
    ).toEqual([
      ['Board Member at Large', undefined],
      ['Engineer at heart', undefined],
      ['Analyst', 'eBay'],
    ]);
  });

  // Layout matrix (helper 286): an employer before a town and its region or country read as a three-part place.
  it('reads "Employer, Town, Region" under a title as the employer and its place', () => {
    expect(
      headers(
        [
          'Sr. Software Engineer                September 2023 to Current',
          'Initech LLC, Berlin, Germany',
          'Project Manager                      October 2021 to July 2022',
          'Globex Inc., Pune, Maharashtra',
          'Data Analyst                         2018 - 2020',
          'IBM, Pune, Maharashtra',
        ].join('\n'),
      ).map((entry) => entry.slice(0, 3)),
    ).toEqual([
      ['Sr. Software Engineer', 'Initech LLC', 'Berlin, Germany'],
      ['Project Manager', 'Globex Inc.', 'Pune, Maharashtra'],
      ['Data Analyst', 'IBM', 'Pune, Maharashtra'],
    ]);
  });

  // Review of e0baea02 (helper 288): a town whose name holds an organisation's word, before its state's code and country.
  it('reads "Town, ST, Country" as a place where the town holds an organisation\'s word ("Media, PA, USA")', () => {
    expect(
      headers(
        [
          'Store Manager',
          'Harbor Foods',
          'Media, PA, USA',
          'Jun 2015 - Aug 2019',
          '• Ran the store',
          'Store Manager, Harbor Foods, International Falls, MN, USA',
          'Jan 2012 - May 2015',
        ].join('\n'),
      ).map((entry) => entry.slice(0, 3)),
    ).toEqual([
      ['Store Manager', 'Harbor Foods', 'Media, PA, USA'],
      ['Store Manager', 'Harbor Foods', 'International Falls, MN, USA'],
    ]);
  });

  // Layout matrix (helper 287): a title with a comma and a department read as title and employer ("Manager",
  // "Operations") where the employer has a line of its own.
  it('reads "Title, Department" as the whole title where the employer is written on a line of its own', () => {
    expect(
      titlesAndCompanies([
        'Director, Product Marketing | Jan 2021 - Present',
        'Contoso Pharma',
        '',
        'Engineer, Quality Assurance',
        'Mar 2017 - Dec 2020',
        'Fabrikam Ltd, Leeds, UK',
        '',
        'Tailspin Toys',
        'Denver, CO',
        'Manager, Operations | 2012 - 2016',
      ]),
    ).toEqual([
      ['Director, Product Marketing', 'Contoso Pharma'],
      ['Engineer, Quality Assurance', 'Fabrikam Ltd'],
      ['Manager, Operations', 'Tailspin Toys'],
    ]);
    // No employer written elsewhere: the part after the comma stays the employer.
    expect(titlesAndCompanies(['Manager, Operations | 2012 - 2016', '', 'Did the work.'])).toEqual([
      ['Manager', 'Operations'],
    ]);
  });

  // Hand-written in the Indeed layout (DataTurks set): a client's site after "at" in the title field, the employer in the
  // company field by its legal name.
  it('takes the company line as the employer when it has a legal name and the title\'s "at" names none', () => {
    expect(
      headers(
        'Test Analyst at Globex, Pune\n\nNorthwind Technologies Ltd -  Pune, Maharashtra -\n\nJune 2012 to May 2016',
      ),
    ).toEqual([['Test Analyst', 'Northwind Technologies Ltd', 'Pune, Maharashtra', month(2012, 5), month(2016, 4)]]);
    // Both or neither with a legal name: the title line's "at" is the employer, as before.
    expect(
      headers('Test Analyst at Globex Ltd\n\nNorthwind Technologies Ltd -\n\nJune 2012 to May 2016')[0]?.slice(0, 2),
    ).toEqual(['Test Analyst', 'Globex Ltd']);
  });

  // Hand-written in the Indeed layout (DataTurks set): the text export cut a description's sentence around a position's
  // header ("… Release Management according" / header / "to project needs.").
  it('does not read a line that stops on a joining word ("according", "of", "and") as a title', () => {
    const text = [
      ...['Release Engineer', '', 'Northwind Ltd -  Hyderabad, Telangana -', '', 'March 2012 to Present', ''],
      ...['Responsibilities:', 'Set up the build tools and the release calendar according', '', 'Globex -', ''],
      ...['January 2010 to February 2012', '', 'to project needs.'],
    ].join('\n');
    const { entries, untitled } = readExperienceSection(text, { now: NOW });
    expect(entries.map((entry) => [entry.title, entry.company])).toEqual([['Release Engineer', 'Northwind Ltd']]);
    expect(untitled.map((position) => position.company)).toEqual(['Globex']);
  });

  it('reads a state\'s code that is also a word ("Portland, OR": Oregon) as the place, not a line stopping on "or"', () => {
    // Hand-written table: each state's or province's code core knows that is also an English word or a common token,
    // after a title line with its dates, in "Employer - City, XX" and "Employer, City, XX".
    for (const code of 'OR IN ME OK HI OH DE PA MA AL CO LA MO ID AR GA'.split(' ')) {
      for (const [line, company] of [
        [`Harbor Foods - Portland, ${code}`, 'Harbor Foods'],
        [`Harbor Foods, Portland, ${code}`, 'Harbor Foods'],
      ]) {
        const section = ['Store Manager Jun 2015 to Aug 2019', line, 'Ran the store.'].join('\n');
        expect(
          headers(section).map((entry) => entry.slice(0, 3)),
          line,
        ).toEqual([['Store Manager', company, `Portland, ${code}`]]);
      }
    }
    for (const code of 'ON PE WA TN UP MP NSW ACT TAS VIC'.split(' ')) {
      const section = ['Store Manager Jun 2015 to Aug 2019', `Harbor Foods - Kingston, ${code}`, 'Ran it.'].join('\n');
      expect(
        headers(section).map((entry) => entry.slice(0, 3)),
        code,
      ).toEqual([['Store Manager', 'Harbor Foods', `Kingston, ${code}`]]);
    }
    // The word "or" elsewhere stays a word: in a title it is no place.
    expect(
      titlesAndCompanies(['Sales or Marketing Associate', 'Jun 2015 to Aug 2019', 'Harbor Foods', 'Sold.']),
    ).toEqual([['Sales or Marketing Associate', 'Harbor Foods']]);
    expect(headers(['Manager or Lead Jun 2015 to Aug 2019', 'Harbor Foods - Portland, OR'].join('\n'))).toEqual([
      ['Manager or Lead', 'Harbor Foods', 'Portland, OR', month(2015, 5), month(2019, 7)],
    ]);
  });

  it('reads "Title, Employer, Denver, CO" over its dates: Colorado\'s code after a town is no legal form "Co"', () => {
    // Hand-written: the whole position was left out (read as employer "Nurse Manager, Mercy Hospital", no title).
    for (const [town, code] of [
      ['Denver', 'CO'],
      ['Boulder', 'CO'],
      ['Las Vegas', 'NV'],
    ] as const) {
      const section = [`Nurse Manager, Mercy Hospital, ${town}, ${code}`, 'Jan 2015 - Mar 2017', 'Led the ward.'];
      expect(headers(section.join('\n')), code).toEqual([
        ['Nurse Manager', 'Mercy Hospital', `${town}, ${code}`, month(2015, 0), month(2017, 2)],
      ]);
    }
    const legalForm = ['Nurse Manager, Acme Trading Co., Denver, CO', 'Jan 2015 - Mar 2017', 'Led the ward.'];
    expect(headers(legalForm.join('\n'))).toEqual([
      ['Nurse Manager', 'Acme Trading Co.', 'Denver, CO', month(2015, 0), month(2017, 2)],
    ]);
  });

  it('skips a page-footer link between the header lines', () => {
    const text = [
      'Process Specialist',
      '',
      'Infosys -  Bengaluru, Karnataka -',
      '',
      'https://www.indeed.com/r/jane-doe/8e92?isid=rex-download',
      '',
      '',
      'July 2011 to December 2014',
    ].join('\n');
    expect(headers(text)).toEqual([
      ['Process Specialist', 'Infosys', 'Bengaluru, Karnataka', month(2011, 6), month(2014, 11)],
    ]);
  });

  it('reads positions written without dates: a title line, then an employer line', () => {
    const text = [
      'Technical support engineer',
      '',
      'Microsoft',
      '',
      'Position: TECHNICAL SUPPORT ENGINEER',
      '',
      '➢ Represent Microsoft and communicate with corporate customers.',
      '',
      'Software Test Automation Engineer',
      '',
      'EPAM -',
      '',
      'December 2014 to October 2017',
      '',
      'Worked as Test Automation Engineer.',
    ].join('\n');
    expect(headers(text)).toEqual([
      ['Technical support engineer', 'Microsoft', undefined, undefined, undefined],
      ['Software Test Automation Engineer', 'EPAM', undefined, month(2014, 11), month(2017, 9)],
    ]);
    expect(headers('Admin assistant at Infosys limited\n\nFront office work')).toEqual([
      ['Admin assistant', 'Infosys limited', undefined, undefined, undefined],
    ]);
  });

  it('reads an undated line that says it was an internship at an employer as a position', () => {
    expect(headers('Recently completed 4 months internship at NORTHWIND\n\nNORTHWIND')).toEqual([
      ['Intern', 'NORTHWIND', undefined, undefined, undefined],
    ]);
    expect(headers('Summer Internship at Contoso Ltd')).toEqual([
      ['Summer Internship', 'Contoso Ltd', undefined, undefined, undefined],
    ]);
    // Neither a role nor an internship before "at": no position.
    expect(headers('Presented a paper at Contoso Conference')).toEqual([]);
  });

  it('reads an undated title whose first word names a kind of organisation, after a page-footer link', () => {
    // "Software" is an organisation cue ("Acme Software"), but a line ending in "Developer" is a title.
    const text = [
      '• Strong analytical ability.',
      '',
      'https://www.indeed.com/r/Jane-Doe/cd079a9e5de18281?isid=rex-download',
      '',
      'Software Developer',
      '',
      'Microsoft',
      '',
      'Worked as Individual Contributor in Technical Role',
    ].join('\n');
    expect(headers(text)).toEqual([['Software Developer', 'Microsoft', undefined, undefined, undefined]]);
  });

  it("reads an undated title and employer below a description whose wrapped end is short (Indeed's export)", () => {
    // "company requirement" is short enough to read as a header line, but it ends the sentence wrapped above it.
    const text = [
      'ERP Technical Consultant',
      '',
      'Globex Apparel Limited -',
      '',
      'October 2016 to Present',
      '',
      'Building new modules and reports and customizing the existing modules in the ERP as per the',
      'company requirement',
      '',
      'ERP Technical Consultant',
      '',
      'Northwind Technology Services',
      '',
      'Building new modules and reports for the finance team',
    ].join('\n');
    expect(headers(text).map((entry) => entry.slice(0, 2))).toEqual([
      ['ERP Technical Consultant', 'Globex Apparel Limited'],
      ['ERP Technical Consultant', 'Northwind Technology Services'],
    ]);
  });

  it('reads undated positions listed one under the other, each a title and an employer line', () => {
    // The Kaggle PDFs' "Work History" list at the end of a resume: no dates, no description between the positions.
    const text = [
      'Grew the team from four members to eight.',
      '',
      'General Sales Manager',
      'Company Name – City , State',
      'Used Car Manager',
      'Company Name – City , State',
      'Finance Consultant',
      'Company Name – City , State',
      'Accomplishments',
    ].join('\n');
    expect(headers(text).map((entry) => entry.slice(0, 3))).toEqual([
      ['General Sales Manager', 'Company Name', 'City , State'],
      ['Used Car Manager', 'Company Name', 'City , State'],
      ['Finance Consultant', 'Company Name', 'City , State'],
    ]);
    // A role's name over its duties, in a description: the first duty is no employer.
    const duties = [
      'Bar Manager , 01/2012 to 01/2014',
      'Company Name – City , State',
      'Purchasing Manager',
      'Ordered weekly supplies',
      'Oversaw weekly ordering of all food and supplies',
    ].join('\n');
    const [bar, ...others] = parseExperienceSection(duties, { now: NOW });
    expect([bar?.title, others]).toEqual(['Bar Manager', []]);
    expect(bar?.description).toContain('Ordered weekly supplies');
    // "Fresher\n\nAny post" (Indeed's form filled by a fresher): the work asked for names no employer.
    expect(
      headers('Data Entry Operator\n\nGlobex Ltd\n\nFresher\n\nAny post\n\nEDUCATION').map((entry) => entry[0]),
    ).toEqual(['Data Entry Operator']);
  });

  it('leaves out of the title a final parenthesis that names the client', () => {
    expect(
      headers('Senior Consultant (Client of Globex Systems)\n\nNorthwind Ltd -\n\n2014 to 2016')[0]?.slice(0, 2),
    ).toEqual(['Senior Consultant', 'Northwind Ltd']);
    expect(headers('Data Analyst (Customer - Globex)\n\nNorthwind Ltd -\n\n2014 to 2016')[0]?.[0]).toBe('Data Analyst');
    // A colon inside the parenthesis does not make the title line a "Label: value" detail (the position was lost).
    expect(headers('Data Analyst (Client: Globex)\n\nNorthwind Ltd -\n\n2014 to 2016')[0]?.slice(0, 2)).toEqual([
      'Data Analyst',
      'Northwind Ltd',
    ]);
    // Another parenthesis stays.
    expect(headers('Data Analyst (Contract)\n\nNorthwind Ltd -\n\n2014 to 2016')[0]?.[0]).toBe(
      'Data Analyst (Contract)',
    );
  });

  it('reads the place after "Company -  " in the company line even when it is a town no list knows', () => {
    expect(headers('Platform Engineer\n\nContoso -  Riverton -\n\n2014 to 2016')[0]?.slice(0, 3)).toEqual([
      'Platform Engineer',
      'Contoso',
      'Riverton',
    ]);
    // One space after the dash, or an organisation after it: the company line is the name whole.
    expect(headers('Platform Engineer\n\nContoso - Riverton -\n\n2014 to 2016')[0]?.slice(1, 3)).toEqual([
      'Contoso - Riverton',
      undefined,
    ]);
    expect(headers('Platform Engineer\n\nContoso -  Data Services -\n\n2014 to 2016')[0]?.slice(1, 3)).toEqual([
      'Contoso - Data Services',
      undefined,
    ]);
  });

  it('reads a dangling line that is only a place as the location, not the employer', () => {
    const text = ['Secretary of State', '', 'Salem, Tamil Nadu -', '', 'December 1995 to February 1996'].join('\n');
    expect(headers(text)).toEqual([
      ['Secretary of State', undefined, 'Salem, Tamil Nadu', month(1995, 11), month(1996, 1)],
    ]);
  });

  it('reads a position written as labelled fields, and not a project\'s "Role:" as one', () => {
    const text = [
      'Company 1: Oracle India Private Limited, Bangalore',
      'Designation: Principal Engineer Technical Staff',
      'Duration: September 2005 - till date',
      '',
      '• Organization: Infosys Limited, India',
      '• Role: Test Engineer',
      '• Period: July 2003 - August 2005',
      '',
      'Project 1:',
      'June 2002 to May 2003',
      'Title: CAWP (Compliance Automated Work Paper)',
      'Role: Software Test Executive',
    ].join('\n');
    expect(headers(text).slice(0, 2)).toEqual([
      // The town after the legal form is the place.
      ['Principal Engineer Technical Staff', 'Oracle India Private Limited', 'Bangalore', month(2005, 8), null],
      ['Test Engineer', 'Infosys Limited', 'India', month(2003, 6), month(2005, 7)],
    ]);
    expect(headers(text).map(([title]) => title)).not.toContain('Software Test Executive');
  });

  it('reads the same dates again under a position as part of it, taking labelled fields there', () => {
    const text = [
      'Principal Engineer Technical Staff',
      '',
      'Company 1 -  Bengaluru, Karnataka -',
      '',
      'September 2005 to Present',
      '',
      'Worked onshore and offshore.',
      '',
      'Company 1: Oracle India Private Limited',
      'Designation: Principal Engineer Technical Staff',
      'Duration: September 2005 - till date',
      '',
      'PMO Analyst',
      '',
      'Infosys BPO Ltd -  Bengaluru, Karnataka -',
      '',
      'October 2003 to May 2005',
      '',
      'Bangalore',
      '',
      '(Oct 2003- May 2005)',
      '',
      'Responsibilities',
      '• Tracked demands.',
    ].join('\n');
    expect(headers(text)).toEqual([
      [
        'Principal Engineer Technical Staff',
        'Oracle India Private Limited',
        'Bengaluru, Karnataka',
        month(2005, 8),
        null,
      ],
      ['PMO Analyst', 'Infosys BPO Ltd', 'Bengaluru, Karnataka', month(2003, 9), month(2005, 4)],
    ]);
  });

  it('does not read a body line or a bullet as an undated position', () => {
    const text = [
      'Data Engineer',
      'Acme Corp',
      'Jan 2019 – Present',
      'Exchange Server Knowledge',
      '',
      '➢ Exchange Server 2010',
      'Built streaming pipelines for billing.',
    ].join('\n');
    expect(headers(text)).toEqual([['Data Engineer', 'Acme Corp', undefined, month(2019, 0), null]]);
  });

  it('does not anchor a position on dates inside a sentence', () => {
    const text = [
      'Support Officer',
      '',
      'Standard Chartered Financial Ltd -',
      '',
      'March 2013 to July 2015',
      '',
      'from Mar 2013 to Jul 2015',
      '',
      'Operating System: Windows 7',
      'Worked in Acme Inc as HR Executive from April 2012 to March 2013',
    ].join('\n');
    expect(headers(text)).toEqual([
      ['Support Officer', 'Standard Chartered Financial Ltd', undefined, month(2013, 2), month(2015, 6)],
    ]);
  });

  it('takes a title ending in a science role noun over the description line above its dates (Kaggle AGRICULTURE/16653657)', () => {
    // Hand-written in the layout of that Kaggle PDF's text: the last description line of one position sits right
    // above the next position's dates and title line ("Chemist" is in core's ROLE_NOUNS since the O*NET/ESCO check).
    const text = [
      '01/2003 to 01/2005',
      'Quality Control Chemist Company Name \u00ef\u00bc City , State',
      '',
      'Performed USP-NF Compendial testing to ensure raw material compliance utilizing analytical and wet chemistry techniques',
      '',
      'Authoring and technical review of analytical SOPs',
      '',
      '01/2001 to 01/2003',
      'Quality Control / Analytical Chemist Company Name \u00ef\u00bc City , State',
      '',
      'Responsible for performing physical and chemical cGMP testing of ophthalmic formulations',
    ].join('\n');
    expect(titlesAndCompanies([text]).map((entry) => entry[0])).toEqual([
      'Quality Control Chemist',
      'Quality Control / Analytical Chemist',
    ]);
  });

  it('puts a date range broken over lines back together (Kaggle PDFs)', () => {
    expect(joinDateLines('Experience\nJune 2013\nto\nMarch 2016\nCompany Name City , State Floral designer')).toEqual([
      'Experience',
      'June 2013 – March 2016',
      'Company Name City , State Floral designer',
    ]);
    expect(joinDateLines('Jan 2019 –\nPresent\nAcme')).toEqual(['Jan 2019 – Present', 'Acme']);
    expect(joinDateLines('June 2013 to\nMarch 2016')).toEqual(['June 2013 – March 2016']);
    expect(joinDateLines('Enero 2019 –\nActualidad')).toEqual(['Enero 2019 – Actualidad']);
    // Core's words for "until now" (isPresentWord), Polish and Dutch among them.
    expect(joinDateLines('Styczeń 2019 –\nobecnie')).toEqual(['Styczeń 2019 – obecnie']);
    expect(joinDateLines('01.2019 –\ntot heden')).toEqual(['01.2019 – tot heden']);
    // And core's separators between two dates ("tot", "do"), on a line of their own or ending the first date's.
    expect(joinDateLines('01.2019\ntot\n12.2020')).toEqual(['01.2019 – 12.2020']);
    expect(joinDateLines('Styczeń 2019 do\ngrudzień 2020')).toEqual(['Styczeń 2019 – grudzień 2020']);
    // A dash and a word together end the first date's line as they join two dates on one ('Nov 2011 - Till Sep 2012').
    expect(joinDateLines('Nov 2011 - Till\nSep 2012')).toEqual(['Nov 2011 – Sep 2012']);
    expect(joinDateLines('June 2015 – To\nPresent')).toEqual(['June 2015 – Present']);
    // Two dates on their own lines without a word between them stay apart.
    expect(joinDateLines('2014\n2016')).toEqual(['2014', '2016']);
  });

  it('puts a broken date range back together across one blank line (Kaggle AVIATION/10567764 as pdftotext reads it)', () => {
    expect(joinDateLines('November 2014\n\nto\nMarch 2015\nCompany Name City , State Aircraft Painter')).toEqual([
      'November 2014 – March 2015',
      'Company Name City , State Aircraft Painter',
    ]);
    expect(joinDateLines('January 2000\nto\n\nJanuary 2005')).toEqual(['January 2000 – January 2005']);
    expect(joinDateLines('Jan 2019 –\n\nPresent')).toEqual(['Jan 2019 – Present']);
    // Not across two blank lines, nor without the word between the dates.
    expect(joinDateLines('November 2014\n\n\nto\nMarch 2015')).toEqual(['November 2014', '', '', 'to', 'March 2015']);
    expect(joinDateLines('2014\n\n2016')).toEqual(['2014', '', '2016']);
    const text = ['Aircraft Painter', 'November 2014', '', 'to', 'March 2015', 'Company Name City , State'].join('\n');
    expect(parseExperienceSection(text, { now: NOW }).map((entry) => [entry.title, entry.start, entry.end])).toEqual([
      ['Aircraft Painter', month(2014, 10), month(2015, 2)],
    ]);
  });

  it('splits a header line whose column gaps were lost around its place and placeholder company', () => {
    const text = [
      'June 2013',
      'to',
      'March 2016',
      'Company Name City , State Floral designer',
      '',
      'Designed arrangements for events.',
    ].join('\n');
    expect(headers(text)).toEqual([
      ['Floral designer', 'Company Name', 'City , State', month(2013, 5), month(2016, 2)],
    ]);
    expect(headers('Interior Designer Company Name City , State 07/2007 - Current')).toEqual([
      ['Interior Designer', 'Company Name', 'City , State', month(2007, 6), null],
    ]);
  });

  // The Kaggle PDFs' template writing the anonymised town without its state (AGRICULTURE and ACCOUNTANT PDFs outside the
  // real-resume set; hand-written in their format).
  it('leaves the anonymised town without a state out of the title after the placeholder company', () => {
    expect(headers('Company Name City PLANT PROTECTION OFFICER - Entomology 10/2011 to 12/2012')[0]?.[0]).toBe(
      'PLANT PROTECTION OFFICER',
    );
    expect(headers('04/2014 to 01/2016\nCompany Name City Finance Officer')[0]?.slice(0, 2)).toEqual([
      'Finance Officer',
      'Company Name',
    ]);
  });

  it('anchors on a lone start date and repairs double-encoded separators', () => {
    const text = [
      '01/2017',
      'VR Designer Company Name ï¼ City , State',
      '',
      'Help facilitate the process of Game Development.',
      'Information Designer , 09/2012 ï¼ Current Company Name ï¼ City , State',
    ].join('\n');
    expect(headers(text)).toEqual([
      ['VR Designer', 'Company Name', 'City , State', month(2017, 0), undefined],
      ['Information Designer', 'Company Name', 'City , State', month(2012, 8), null],
    ]);
  });

  it('reads Spanish, French and German dates on a header line', () => {
    expect(headers('Contable | Banco Sol | Enero 2019 – Actualidad')).toEqual([
      ['Contable', 'Banco Sol', undefined, month(2019, 0), null],
    ]);
    expect(headers('Ingénieur logiciel, Société Générale\nFévrier 2017 – Août 2019')).toEqual([
      ['Ingénieur logiciel', 'Société Générale', undefined, month(2017, 1), month(2019, 7)],
    ]);
    expect(headers('Softwareentwickler – SAP SE\nMai 2015 bis Dezember 2019')).toEqual([
      ['Softwareentwickler', 'SAP SE', undefined, month(2015, 4), month(2019, 11)],
    ]);
  });

  it('reads dates written first, then a title line and a short employer line', () => {
    // Hand-written; a dates-first layout as some templates print it.
    const text = [
      'Jan 2018 - Present',
      'Software Engineer',
      'Acme Corp',
      '- Built the billing service.',
      'Mar 2015 - Dec 2017',
      'Support Engineer',
      'Responsible for the support desk of three offices',
    ].join('\n');
    expect(headers(text)).toEqual([
      ['Software Engineer', 'Acme Corp', undefined, month(2018, 0), null],
      // A longer line after the title is its description, not an employer.
      ['Support Engineer', undefined, undefined, month(2015, 2), month(2017, 11)],
    ]);
  });

  it('gives later titles under a company written first that company', () => {
    const text = [
      'Acme Corp',
      'Senior Engineer Jan 2019 – Present',
      '• Led the billing team.',
      'Engineer Jan 2016 – Dec 2018',
      '• Built the API.',
    ].join('\n');
    expect(headers(text)).toEqual([
      ['Senior Engineer', 'Acme Corp', undefined, month(2019, 0), null],
      ['Engineer', 'Acme Corp', undefined, month(2016, 0), month(2018, 11)],
    ]);
  });
});

// Hand-written in the Indeed layout above, with title fields filled the ways people fill them.
describe('titles that carry more than the title (Indeed layout)', () => {
  const indeed = (entries: readonly (readonly [string, string, string])[]) =>
    entries
      .flatMap(([title, company, dates]) => [title, '', company, '', dates, '', 'Handled the accounts.', ''])
      .join('\n');

  it('takes the employer out of "Employer as a Title" and the title out of "Title in Employer"', () => {
    const text = indeed([
      [
        'Infosys group as a Test Analyst',
        'Infosys Ltd/Edgeverve Systems Ltd -  Chandigarh, Chandigarh -',
        'June 2013 to January 2014',
      ],
      ['INFOSYS as Process Associate', 'Job Profile with Infosys -', 'December 2009 to March 2012'],
      ['HR Executive in Infosys', 'Recruitment -', 'September 2016 to April 2017'],
      ['"Process Executive" in Infosys BPO Limited, Bangalore', '-', 'January 2006 to July 2008'],
    ]);
    expect(headers(text)).toEqual([
      ['Test Analyst', 'Infosys Ltd/Edgeverve Systems Ltd', 'Chandigarh, Chandigarh', month(2013, 5), month(2014, 0)],
      ['Process Associate', 'Infosys', undefined, month(2009, 11), month(2012, 2)],
      // The company line names the employer where there is one, not where it names only a department.
      ['HR Executive', 'Infosys', undefined, month(2016, 8), month(2017, 3)],
      ['Process Executive', 'Infosys BPO Limited', 'Bangalore', month(2006, 0), month(2008, 6)],
    ]);
  });

  it('takes out of the title the employer that the company line names, and a parenthesis cut off', () => {
    const text = indeed([
      [
        'HR Executive- Brightline Infotech',
        'Brightline Infotech Pvt. Ltd -  Chandigarh, Chandigarh -',
        'January 2011 to October 2011',
      ],
      [
        'Project Manager, Sr Consultant/ Northwind Limited',
        'Tekno Staffing Pvt Ltd & Northwind Limited -',
        'December 2015 to October 2016',
      ],
      ['Harbor Consultants as a HR Executive', 'Harbor Consultants Pvt. Ltd -', 'June 2013 to January 2014'],
      [
        'Production Support Analyst (Globex',
        'Northwind Limited -  Hyderabad, Telangana -',
        'April 2004 to September 2007',
      ],
      ['Band-Sub band/ Designation U4 / DevOps Consultant', 'Northwind Limited -', 'April 2005 to March 2015'],
      // Pieces the company does not hold, or that make the title, stay.
      ['Level Designer / Artist', 'Brightline Games -', 'May 2015 to May 2016'],
      ['Manager - Operations', 'Brightline Infotech -', 'May 2017 to Present'],
      ['Analyst, Operations', 'Northwind Operations Ltd -', 'May 2014 to April 2015'],
      ['Senior Consultant', 'Senior Consultant Group -', 'May 2015 to May 2017'],
    ]);
    expect(headers(text).map(([title, company]) => [title, company])).toEqual([
      ['HR Executive', 'Brightline Infotech Pvt. Ltd'],
      ['Project Manager, Sr Consultant', 'Tekno Staffing Pvt Ltd & Northwind Limited'],
      ['HR Executive', 'Harbor Consultants Pvt. Ltd'],
      ['Production Support Analyst', 'Northwind Limited'],
      ['DevOps Consultant', 'Northwind Limited'],
      ['Level Designer / Artist', 'Brightline Games'],
      ['Manager - Operations', 'Brightline Infotech'],
      ['Analyst, Operations', 'Northwind Operations Ltd'],
      ['Senior Consultant', 'Senior Consultant Group'],
    ]);
  });

  it('reads the employer from the title when the company line names the client', () => {
    const text = [
      ...['Sales Associate in Convex', '', 'Globex -', '', 'January 2014 to May 2015', '', 'Client: Globex', ''],
      ...['Customer Relations Officer in HGX', '', '-', '', 'December 2011 to July 2012', '', 'Client: Initech', ''],
      ...['Technical Lead (Hooli)', '', 'Client Initech Systems -', '', 'January 2010 to December 2011', ''],
      // Without a client named, "in" keeps its reading: the company line is the employer.
      ...['Sales Associate in Convex', '', 'Globex -', '', 'June 2015 to May 2016', '', 'Sold phones.', ''],
    ].join('\n');
    expect(headers(text).map(([title, company]) => [title, company])).toEqual([
      ['Sales Associate', 'Convex'],
      ['Customer Relations Officer', 'HGX'],
      ['Technical Lead', 'Hooli'],
      ['Sales Associate in Convex', 'Globex'],
    ]);
  });

  it('reads a title whose spaces were lost ("CUSTOMERSERVICEEXECUTIVE") in the company slot as a title', () => {
    const text = indeed([
      ['Harbor Medical Centre', 'CUSTOMERSERVICEEXECUTIVE -  Dubai, AE -', 'December 2012 to May 2014'],
      ['Sales and marketing specialist', 'ASSISTANTSALESMANAGER -', 'February 2017 to October 2017'],
      // One long capitalised word that does not end in a role noun is still a company.
      ['Sales Officer', 'MARKETINGCORPORATION -', 'July 2010 to July 2012'],
    ]);
    expect(headers(text).map(([title, company]) => [title, company])).toEqual([
      ['CUSTOMERSERVICEEXECUTIVE', 'Harbor Medical Centre'],
      ['Sales and marketing specialist', undefined],
      ['Sales Officer', 'MARKETINGCORPORATION'],
    ]);
  });

  it('keeps a place after the dash whole: "Company -  Town, State, IN -"', () => {
    const text = indeed([['HR Officer', 'Maple Estates -  Zirakpur, Punjab, IN -', 'January 2012 to May 2013']]);
    expect(headers(text)).toEqual([
      ['HR Officer', 'Maple Estates', 'Zirakpur, Punjab, IN', month(2012, 0), month(2013, 4)],
    ]);
  });

  it('keeps "in" that names a field or a project, drops quotes and "Working as"', () => {
    const text = indeed([
      ['Specialist in Data Science', 'Acme Analytics -', 'May 2017 to Present'],
      ['L1 Analyst in Microsoft project', 'HCL Technologies -  Noida, Uttar Pradesh -', 'September 2016 to May 2017'],
      ['"HR Officer "', 'Gulf Warehousing Company -', 'January 2012 to July 2015'],
      ['Working as Sales Consultant (Promoter)', 'MICROSOFT -', 'August 2014 to October 2015'],
    ]);
    expect(headers(text).map(([title, company]) => [title, company])).toEqual([
      ['Specialist in Data Science', 'Acme Analytics'],
      ['L1 Analyst in Microsoft project', 'HCL Technologies'],
      ['HR Officer', 'Gulf Warehousing Company'],
      ['Sales Consultant (Promoter)', 'MICROSOFT'],
    ]);
  });

  it('takes out of the title the employer the company line names with the place written after it', () => {
    const text = indeed([
      ['Systems Engineer, Northwind Limited, India', 'NORTHWIND LIMITED COMPANY -', 'May 2015 to Present'],
      ['Analyst, Operations, India', 'Globex Operations Ltd -', 'May 2013 to April 2015'],
    ]);
    expect(headers(text).map(([title, company]) => [title, company])).toEqual([
      ['Systems Engineer', 'NORTHWIND LIMITED COMPANY'],
      ['Analyst, Operations, India', 'Globex Operations Ltd'],
    ]);
  });

  it('takes a list number and a duration out of the title', () => {
    const text = indeed([
      ['3 Security Guard Front Desk 1 year', 'Northwind Facilities -', 'October 2017 to Present'],
      ['10years Warehouse Supervisor', 'Globex Logistics -', 'February 2007 to May 2017'],
      ['Software Engineer 2', 'Initech -', 'June 2005 to January 2007'],
    ]);
    expect(headers(text).map(([title]) => title)).toEqual([
      'Security Guard Front Desk',
      'Warehouse Supervisor',
      'Software Engineer 2',
    ]);
  });

  it('swaps a title line that names an organisation and a company line that names a role', () => {
    const text = indeed([
      ['Acme Technologies', 'Customer Service Executive -  Dubai, AE -', 'December 2012 to May 2014'],
    ]);
    expect(headers(text)).toEqual([
      ['Customer Service Executive', 'Acme Technologies', 'Dubai, AE', month(2012, 11), month(2014, 4)],
    ]);
  });
});

// Hand-written in the Indeed layout and the labelled-fields layout of the DataTurks set, with made-up names.
describe('a place left in the company', () => {
  it("reads a town of two or three words after the employer's comma as the whole town", () => {
    // "Employer, Town, ST" with the dates on the line or below, the title above or below: the town's first words were
    // left in the employer ("Initech, New" / "York, NY").
    for (const [employerLine, company, location] of [
      ['Initech, New York, NY', 'Initech', 'New York, NY'],
      ['Acme Inc., San Francisco, CA', 'Acme Inc.', 'San Francisco, CA'],
      ['Google, Mountain View, CA', 'Google', 'Mountain View, CA'],
      ['Initech, St. Louis, MO', 'Initech', 'St. Louis, MO'],
      ['Acme Corp, Salt Lake City, UT', 'Acme Corp', 'Salt Lake City, UT'],
      ['Initech, Boston, MA', 'Initech', 'Boston, MA'],
    ] as const) {
      const expected = [['Senior Engineer', company, location, month(2015, 0), month(2018, 2)]];
      expect(headers(`Senior Engineer\n${employerLine}    Jan 2015 - Mar 2018\n- Built it`), employerLine).toEqual(
        expected,
      );
      expect(headers(`Senior Engineer\n${employerLine}\nJan 2015 - Mar 2018\n- Built it`), employerLine).toEqual(
        expected,
      );
      expect(headers(`${employerLine}    Jan 2015 - Mar 2018\nSenior Engineer\n- Built it`), employerLine).toEqual(
        expected,
      );
    }
    // A part of the organisation before the town stays the employer's.
    for (const [employerLine, company, location] of [
      ['Deloitte, Risk Advisory Chicago, IL', 'Deloitte, Risk Advisory', 'Chicago, IL'],
      ['IBM, Cloud Division Dallas, TX', 'IBM, Cloud Division', 'Dallas, TX'],
      ['Mercy Hospital, Emergency Room Springfield, MO', 'Mercy Hospital, Emergency Room', 'Springfield, MO'],
    ] as const)
      expect(headers(`Senior Engineer\n${employerLine}    Jan 2015 - Mar 2018\n- Built it`), employerLine).toEqual([
        ['Senior Engineer', company, location, month(2015, 0), month(2018, 2)],
      ]);
  });

  it('reads a country glued to a dash before the title as the place, and the name before its comma as the employer', () => {
    // Hand-written in the Kaggle PDFs' text: "Employer, Country- Title dates", the anonymised employer on the line below.
    const text = [
      'Jamaica- Field Extension Officer 07/2013 to Current',
      'Company Name',
      '',
      'Trained farmers in crop rotation.',
      '',
      'Rural Agricultural Development Authority, Jamaica- Planning Assistant 06/2011 to 12/2011',
      '',
      'Conducted land use surveys.',
      '',
      // A title's code before its glued dash is no place.
      'RN- Resident Care Manager 07/2007 to 07/2008',
      'Company Name',
    ].join('\n');
    expect(headers(text).map((entry) => entry.slice(0, 3))).toEqual([
      ['Field Extension Officer', 'Company Name', 'Jamaica'],
      ['Planning Assistant', 'Rural Agricultural Development Authority', 'Jamaica'],
      ['RN- Resident Care Manager', 'Company Name', undefined],
    ]);
  });

  it("takes a code of capitals after a comma as a place only where core knows it as one, not a skill's short name", () => {
    // Hand-written: "UI", "QA" and "BI" name a line of work, not a region or a country; "TX" and "MH" are states.
    const text = [
      'Designer',
      'Northwind Studio, Design, UI',
      'Jan 2019 - Dec 2020',
      '',
      'Tester',
      'Contoso Labs, Pune, QA',
      'Jan 2017 - Dec 2018',
      '',
      'Analyst',
      'Fabrikam, Austin, TX',
      'Jan 2015 - Dec 2016',
      '',
      'Engineer',
      'Tailspin, Pune, MH',
      'Jan 2013 - Dec 2014',
    ].join('\n');
    expect(headers(text).map((entry) => entry.slice(0, 3))).toEqual([
      ['Designer', 'Northwind Studio, Design, UI', undefined],
      ['Tester', 'Contoso Labs', undefined],
      ['Analyst', 'Fabrikam', 'Austin, TX'],
      ['Engineer', 'Tailspin', 'Pune, MH'],
    ]);
  });

  it('reads a lower-case town after the export\'s " -  " as the place when its region is known', () => {
    const text = ['Software Engineer', '', 'Northwind -  puNE, Maharashtra -', '', 'December 2015 to Present'].join(
      '\n',
    );
    expect(headers(text)).toEqual([['Software Engineer', 'Northwind', 'puNE, Maharashtra', month(2015, 11), null]]);
  });

  it('splits a town written after a legal form and a comma off the company', () => {
    const text = [
      'Company 1: Northwind Traders Private Limited, Bangalore',
      'Designation: Principal Engineer',
      'Duration: September 2005 - till date',
      '',
      'Data Analyst',
      '',
      'Globex Pvt. Ltd, Finance Division -',
      '',
      '2003 to 2005',
    ].join('\n');
    expect(headers(text).map(([title, company, location]) => [title, company, location])).toEqual([
      ['Principal Engineer', 'Northwind Traders Private Limited', 'Bangalore'],
      ['Data Analyst', 'Globex Pvt. Ltd', undefined],
    ]);
  });

  it('splits off a town that the section names elsewhere as a place, and only such a town', () => {
    const text = [
      ...['Test Analyst at Globex, Nagpur', '', 'Tested releases.', '', 'Tester at Initech, Operations', ''],
      ...['Associate', '', 'Northwind Ltd -  Nagpur, Maharashtra -', '', '2012 to 2014'],
    ].join('\n');
    expect(headers(text).map(([title, company, location]) => [title, company, location])).toEqual([
      ['Test Analyst', 'Globex', 'Nagpur'],
      ['Tester', 'Initech', undefined],
      ['Associate', 'Northwind Ltd', 'Nagpur, Maharashtra'],
    ]);
  });
});

describe('positions without a title', () => {
  // Hand-written in the Indeed layout: a position whose title field was left empty writes only "Company -" and dates.
  const text = [
    'Senior Software Developer',
    '',
    'Oracle Inc -',
    '',
    'January 1998 to August 1999',
    '',
    'R-Systems -  Sacramento, CA -',
    '',
    'January 1997 to January 1998',
  ].join('\n');

  it('leaves them out of the entries (a title is required) and reports them', () => {
    const { entries, untitled } = readExperienceSection(text, { now: NOW });
    expect(entries.map((entry) => [entry.title, entry.company])).toEqual([['Senior Software Developer', 'Oracle Inc']]);
    expect(untitled).toEqual([{ company: 'R-Systems', start: month(1997, 0), end: month(1998, 0) }]);
  });

  it('are a warning of the parsed resume', () => {
    const resume = parseResumeText(`Jane Doe\n\nWORK EXPERIENCE\n\n${text}`, { now: NOW });
    expect(resume.experience).toHaveLength(1);
    expect(resume.warnings).toContainEqual({
      path: 'experience',
      reason: 'a position at R-Systems (1997-01 to 1998-01) has no job title and is left out',
    });
  });

  it('reads the title on the line below an employer, its place and the dates; without one the position is reported', () => {
    const below = (employer: string) =>
      readExperienceSection(
        `${employer}\nSenior Engineer\n- Managed a team of five engineers\n\nInitech Inc., Austin, TX    Apr 2018 – Present\nStaff Engineer\n- Led the data platform`,
        { now: NOW },
      );
    const expected = [
      ['Senior Engineer', 'Acme Corporation', 'Boston, MA', month(2015, 0), month(2018, 2)],
      ['Staff Engineer', 'Initech Inc.', 'Austin, TX', month(2018, 3), null],
    ];
    for (const employer of [
      'Acme Corporation, Boston, MA    Jan 2015 – Mar 2018',
      'Acme Corporation, Boston, MA\nJan 2015 – Mar 2018',
    ]) {
      const { entries, untitled } = below(employer);
      expect(
        entries.map((entry) => [entry.title, entry.company, entry.location, entry.start, entry.end]),
        employer,
      ).toEqual(expected);
      expect(untitled, employer).toEqual([]);
    }
    // An employer our words do not know, with its place: the line below is the title, the name the employer.
    expect(headers('Initech, Austin, TX    Apr 2018 – Present\nStaff Engineer\n- Led the data platform')).toEqual([
      ['Staff Engineer', 'Initech', 'Austin, TX', month(2018, 3), null],
    ]);
    // A known title with its place keeps its line below as the description.
    expect(
      headers('Bricklayer, Austin, TX    Apr 2018 – Present\nLaid bricks for the site').map((entry) => entry[0]),
    ).toEqual(['Bricklayer']);
    // A duty, a place or a bullet below is no title: the position has none written and is reported.
    for (const next of ['- Managed a team of five engineers', 'Managed a team of five engineers.', 'Cambridge, MA']) {
      const { entries, untitled } = readExperienceSection(
        `Acme Corporation, Boston, MA    Jan 2015 – Mar 2018\n${next}`,
        { now: NOW },
      );
      expect(entries, next).toEqual([]);
      expect(untitled, next).toEqual([{ company: 'Acme Corporation', start: month(2015, 0), end: month(2018, 2) }]);
    }
  });
});

describe('an employer, a comma and the title on the dates line', () => {
  it('reads the employer told by its words before the comma and the title after it, with or without a place', () => {
    // Hand-written in the common US layout "Employer, Title, City, ST   dates" (the order "Title, Employer" was read).
    const section = [
      'Globex Corp, Senior Analyst   Apr 2016 – Mar 2018',
      '• Led analytics',
      'Globex Corp, Senior Analyst, Boston, MA   Apr 2014 – Mar 2016',
      '• Led analytics',
      'Bank of America, Vice President   Apr 2012 – Mar 2014',
      '• Ran the desk',
      'Senior Analyst, Initech Inc., Boston, MA   Apr 2010 – Mar 2012',
      '• Built reports',
    ].join('\n');
    expect(
      readExperienceSection(section, { now: NOW }).entries.map((entry) => [entry.title, entry.company, entry.location]),
    ).toEqual([
      ['Senior Analyst', 'Globex Corp', undefined],
      ['Senior Analyst', 'Globex Corp', 'Boston, MA'],
      ['Vice President', 'Bank of America', undefined],
      ['Senior Analyst', 'Initech Inc.', 'Boston, MA'],
    ]);
  });

  it("keeps a town's first word, written after the title with no comma, the place's", () => {
    const section = [
      'Acme Bank, Data Scientist New York, NY   Jan 2015 – Mar 2018',
      '• Built models',
      'Software Engineer, Globex Corp San Jose, CA   Jan 2011 – Dec 2012',
      '• Built services',
      'Initech, New York, NY   Jan 2009 – Dec 2010',
      'Staff Engineer',
      '• Led the platform',
    ].join('\n');
    expect(
      readExperienceSection(section, { now: NOW }).entries.map((entry) => [entry.title, entry.company, entry.location]),
    ).toEqual([
      ['Data Scientist', 'Acme Bank', 'New York, NY'],
      ['Software Engineer', 'Globex Corp', 'San Jose, CA'],
      ['Staff Engineer', 'Initech', 'New York, NY'],
    ]);
  });
});

describe('a title, an employer and a place each on a line of its own above the dates', () => {
  // Hand-written: three or four short lines per position, in the orders résumés write them.
  const resume = (entries: readonly (readonly string[])[]) =>
    parseResumeText(
      `Jane Doe\njane@example.com\n\nExperience\n${entries.map((lines) => lines.join('\n')).join('\n\n')}`,
      {
        now: NOW,
      },
    );
  const initech = ['- Built the billing service', '- Led a team of four'];
  const globex = ['- Wrote the reporting tool'];
  const expected = [
    [
      'Senior Engineer',
      'Initech',
      'New York, NY',
      month(2015, 0),
      month(2018, 2),
      initech.map((line) => line.slice(2)),
    ],
    [
      'Software Developer',
      'Globex',
      'Boston, MA',
      month(2012, 3),
      month(2014, 11),
      globex.map((line) => line.slice(2)),
    ],
  ];
  const read = (entries: readonly (readonly string[])[]) => {
    const parsed = resume(entries);
    return {
      entries: parsed.experience.map((entry) => [
        entry.title,
        entry.company,
        entry.location,
        entry.start,
        entry.end,
        entry.highlights,
      ]),
      warnings: parsed.warnings,
    };
  };

  it.each([
    [
      'title, employer, place, dates',
      (title: string, employer: string, place: string, dates: string) => [title, employer, place, dates],
    ],
    [
      'employer, title, place, dates',
      (title: string, employer: string, place: string, dates: string) => [employer, title, place, dates],
    ],
    [
      'employer, place, title, dates',
      (title: string, employer: string, place: string, dates: string) => [employer, place, title, dates],
    ],
  ])('reads the title over the employer and the place (%s)', (_, order) => {
    const { entries, warnings } = read([
      [...order('Senior Engineer', 'Initech', 'New York, NY', 'Jan 2015 – Mar 2018'), ...initech],
      [...order('Software Developer', 'Globex', 'Boston, MA', 'Apr 2012 – Dec 2014'), ...globex],
    ]);
    expect(entries).toEqual(expected);
    expect(warnings).toEqual([]);
  });

  it.each([
    ['dates, employer, title', (title: string, employer: string, _: string, dates: string) => [dates, employer, title]],
    [
      'dates, employer, title, place',
      (title: string, employer: string, place: string, dates: string) => [dates, employer, title, place],
    ],
    [
      'dates, employer, place, title',
      (title: string, employer: string, place: string, dates: string) => [dates, employer, place, title],
    ],
    [
      'dates, employer and place, title',
      (title: string, employer: string, place: string, dates: string) => [dates, `${employer}, ${place}`, title],
    ],
  ])('reads the title below an employer our words do not know, under its dates (%s)', (layout, order) => {
    const { entries, warnings } = read([
      [...order('Senior Engineer', 'Initech', 'New York, NY', 'Jan 2015 – Mar 2018'), ...initech],
      [...order('Software Developer', 'Globex', 'Boston, MA', 'Apr 2012 – Dec 2014'), ...globex],
    ]);
    expect(entries).toEqual(
      layout === 'dates, employer, title'
        ? expected.map((entry) => entry.map((value, at) => (at === 2 ? undefined : value)))
        : expected,
    );
    expect(warnings).toEqual([]);
  });

  it.each([
    [
      'dates and place, employer, title',
      (title: string, employer: string, place: string, dates: string) => [`${dates} ${place}`, employer, title],
    ],
    [
      'dates | place, title, employer',
      (title: string, employer: string, place: string, dates: string) => [`${dates} | ${place}`, title, employer],
    ],
    [
      'place | dates, employer, title',
      (title: string, employer: string, place: string, dates: string) => [`${place} | ${dates}`, employer, title],
    ],
  ])('reads the employer and the title below a place written beside the dates (%s)', (_, order) => {
    const { entries, warnings } = read([
      [...order('Senior Engineer', 'Initech', 'New York, NY', 'Jan 2015 – Mar 2018'), ...initech],
      [...order('Software Developer', 'Globex', 'Boston, MA', 'Apr 2012 – Dec 2014'), ...globex],
    ]);
    expect(entries).toEqual(expected);
    expect(warnings).toEqual([]);
  });

  it('reads a title our words do not know over a known employer and its place', () => {
    const { entries, warnings } = read([
      ['Bricklayer', 'Hruby Ltd.', 'Boston, MA', 'Jan 2015 – Mar 2018', '- Laid bricks'],
      ['Labourer', 'Acme Construction Inc.', 'Boston, MA', 'Apr 2012 – Dec 2014', '- Carried loads'],
    ]);
    expect(entries.map((entry) => entry.slice(0, 3))).toEqual([
      ['Bricklayer', 'Hruby Ltd.', 'Boston, MA'],
      ['Labourer', 'Acme Construction Inc.', 'Boston, MA'],
    ]);
    expect(warnings).toEqual([]);
  });

  it('keeps a duty above the header in the previous description', () => {
    const text = [
      'Senior Engineer\nInitech\nNew York, NY\nJan 2015 – Mar 2018',
      'Built the billing service and led a team of four engineers.',
      'Software Developer\nGlobex\nBoston, MA\nApr 2012 – Dec 2014\nWrote the reporting tool.',
    ].join('\n');
    expect(
      parseExperienceSection(text, { now: NOW }).map((entry) => [entry.title, entry.company, entry.description]),
    ).toEqual([
      ['Senior Engineer', 'Initech', 'Built the billing service and led a team of four engineers.'],
      ['Software Developer', 'Globex', 'Wrote the reporting tool.'],
    ]);
  });

  it('reads no line of the previous description as the third header line', () => {
    // Above "Title, Employer" and a place, or a title or an employer with its place, the line above is the previous
    // position's: a topic, a skills line, or a name that with the one below tells no title from an employer.
    const second = (lines: readonly string[]) =>
      parseExperienceSection(
        [
          'Senior Engineer',
          'Initech',
          'New York, NY',
          'Jan 2015 – Mar 2018',
          ...lines,
          'Apr 2012 – Dec 2014',
          'Python',
        ].join('\n'),
        { now: NOW },
      ).map((entry) => [entry.title, entry.company, entry.location, entry.description]);
    expect(second(['Java, Kotlin, AWS', 'Software Developer, Globex', 'Boston, MA'])).toEqual([
      ['Senior Engineer', 'Initech', 'New York, NY', 'Java, Kotlin, AWS'],
      ['Software Developer', 'Globex', 'Boston, MA', 'Python'],
    ]);
    expect(second(['Billing Platform', 'Globex — Software Developer', 'Boston, MA'])).toEqual([
      ['Senior Engineer', 'Initech', 'New York, NY', 'Billing Platform'],
      ['Software Developer', 'Globex', 'Boston, MA', 'Python'],
    ]);
    expect(second(['Java, Kotlin', 'Software Developer', 'Boston, MA'])).toEqual([
      ['Senior Engineer', 'Initech', 'New York, NY', 'Java, Kotlin'],
      ['Software Developer', undefined, 'Boston, MA', 'Python'],
    ]);
    expect(second(['Billing platform', 'Globex', 'Boston, MA'])[0]).toEqual([
      'Senior Engineer',
      'Initech',
      'New York, NY',
      'Billing platform',
    ]);
  });

  it('reads a title that is also a skill on its own line over the employer and the place (a template layout)', () => {
    // Word and Google Docs templates write the title, the employer, the place and the dates each on a line of their own.
    // "Store Manager" and "Cashier" are skills core knows too; over a name that reads as no title they are the title.
    const read = (
      order: (title: string, employer: string, place: string, dates: string) => string[],
      places: string[],
    ) =>
      parseExperienceSection(
        [
          ...order('Store Manager', 'Harbor Foods', places[0] as string, 'Jun 2015 - Aug 2019'),
          'Ran the store.',
          '',
          ...order('Cashier', 'Corner Market', places[1] as string, 'Jan 2012 - May 2015'),
          'Served customers.',
        ].join('\n'),
        { now: NOW },
      ).map((entry) => [entry.title, entry.company, entry.location, entry.description]);
    const orders = [
      (title: string, employer: string, place: string, dates: string) => [title, employer, place, dates],
      (title: string, employer: string, place: string, dates: string) => [title, place, employer, dates],
      (title: string, employer: string, place: string, dates: string) => [title, employer, `${place} | ${dates}`],
      (title: string, employer: string, place: string, dates: string) => [title, employer, dates, place],
      (title: string, employer: string, place: string, dates: string) => [employer, title, place, dates],
    ];
    for (const places of [
      ['Portland, ME', 'Boston, MA'],
      ['Pune, Maharashtra', 'Mumbai, Maharashtra'],
      ['London, UK', 'Leeds, UK'],
      ['Berlin, Germany', 'Munich, Germany'],
    ])
      for (const order of orders)
        expect(read(order, places)).toEqual([
          ['Store Manager', 'Harbor Foods', places[0], 'Ran the store.'],
          ['Cashier', 'Corner Market', places[1], 'Served customers.'],
        ]);
  });

  it('still reads a skills line with no title word above an employer and its place as the previous description', () => {
    const text = [
      'Senior Engineer',
      'Initech',
      'New York, NY',
      'Jan 2015 – Mar 2018',
      'Customer Service',
      'Globex',
      'Boston, MA',
      'Apr 2012 – Dec 2014',
    ].join('\n');
    const entries = parseExperienceSection(text, { now: NOW });
    expect([entries[0]?.title, entries[0]?.company, entries[0]?.description]).toEqual([
      'Senior Engineer',
      'Initech',
      'Customer Service',
    ]);
    expect(entries.map((entry) => entry.title)).not.toContain('Customer Service');
  });
});

describe("a header run into the last line of the description above its dates (the Kaggle PDFs' text)", () => {
  // Hand-written in the layout of the Kaggle PDFs as pdf.js reads them: the next position's employer and title end the
  // previous position's last line, and its dates and place stand alone below.
  const before = [
    'Line Cook , 01/2006 to 01/2008',
    'Company Name – City , State',
    '',
    'Prepared salads and grilled items for a busy lunch service.',
  ];
  const after = ['', '01/2001 to 01/2006', 'City , State', '', 'Prepared daily specials for a seafood restaurant.'];
  const read = (last: string) => headers([...before, last, ...after].join('\n')).map((entry) => entry.slice(0, 3));

  it('reads the employer before a dash or a comma and the title after it, when they are one', () => {
    expect(read('Kept the walk-in cooler clean and organised at all times Harbour Light Tavern - Sous Chef.')).toEqual([
      ['Line Cook', 'Company Name', 'City , State'],
      ['Sous Chef', 'Harbour Light Tavern', 'City , State'],
    ]);
    expect(read('Followed HACCP rules and ISO 22000 Harbour Light Tavern, Kitchen Supervisor Intern.')[1]).toEqual([
      'Kitchen Supervisor Intern',
      'Harbour Light Tavern',
      'City , State',
    ]);
    // Not where the capitalised end names no role, or an employer of one word, or no capitalised end at all.
    expect(read('Kept the walk-in cooler clean for the Head Office - Health And Safety.')).toHaveLength(1);
    expect(read('Trained new staff to work with Harbour - Sous Chef.')).toHaveLength(1);
    expect(read('Kept the walk-in cooler clean and organised at all times.')).toHaveLength(1);
  });

  it('ends the description above before the header it reads there (#23)', () => {
    const descriptions = (last: string) =>
      parseExperienceSection([...before, last, ...after].join('\n'), { now: NOW }).map((entry) => entry.description);
    expect(
      descriptions('Kept the walk-in cooler clean and organised at all times Harbour Light Tavern - Sous Chef.'),
    ).toEqual([
      'Prepared salads and grilled items for a busy lunch service. Kept the walk-in cooler clean and organised at all times',
      'Prepared daily specials for a seafood restaurant.',
    ]);
  });
});

describe('a header line that names only the employer and its place', () => {
  it('reads no title from it (the position is reported untitled), and keeps a title beside them', () => {
    const text = [
      'January 2011 to August 2012 Company Name – City , State',
      'Kept the office running.',
      'Office Manager',
      'August 2007 to September 2010 Company Name – City , State',
    ].join('\n');
    const { entries, untitled } = readExperienceSection(text, { now: NOW });
    expect(entries.map((entry) => [entry.title, entry.company, entry.location])).toEqual([
      ['Office Manager', 'Company Name', 'City , State'],
    ]);
    expect(untitled.map((position) => position.company)).toEqual(['Company Name']);
  });

  it('reads no title from an employer written alone under its dates (Company Name, a name with a legal form)', () => {
    const text = [
      '09/2010 to 12/2011',
      'Company Name',
      '',
      'Hired as assistant director of nursing for a long-term care unit.',
      '06/2007 to 07/2010',
      'Piraeus Freight Services Ltd',
      '',
      'Coordinated container shipments.',
      '01/2004 to 01/2007',
      'Charge Nurse',
      'Company Name',
    ].join('\n');
    const { entries, untitled } = readExperienceSection(text, { now: NOW });
    expect(entries.map((entry) => [entry.title, entry.company])).toEqual([['Charge Nurse', 'Company Name']]);
    expect(untitled.map((position) => position.company)).toEqual(['Company Name', 'Piraeus Freight Services Ltd']);
  });

  it('splits the anonymised employer run together with the title of an undated position', () => {
    const text = ['Company Name General Manager', 'City , State', '', 'Led sales counselling.'].join('\n');
    expect(headers(text)).toEqual([['General Manager', 'Company Name', 'City , State', undefined, undefined]]);
  });

  it("reads no title from a place alone in the title's place", () => {
    const text = [
      'City , State',
      '04/2012 to 06/2014',
      'Prepared the weekly menus.',
      'Line Cook',
      '05/2010 to 03/2012',
    ];
    expect(headers(text.join('\n')).map(([title]) => title)).toEqual(['Line Cook']);
  });
});

describe('repairMojibake', () => {
  it('repairs UTF-8 punctuation read as Windows-1252', () => {
    expect(repairMojibake('Company Name â€“ City , State')).toBe('Company Name – City , State');
    expect(repairMojibake('Itâ€™s 09/2012 ï¼ Current')).toBe('It’s 09/2012 – Current');
    // pdftotext's form: the lost last byte of the fullwidth hyphen as a zero-width space.
    expect(repairMojibake('Company Name ï¼\u200b City , State Driver')).toBe('Company Name – City , State Driver');
    // Text without such sequences is unchanged, accented words included.
    expect(repairMojibake('Ingénieur – Société Générale')).toBe('Ingénieur – Société Générale');
    // A no-break space whose second byte went with the line's end, a middle dot, a line separator.
    expect(repairMojibake('in a timely manner.Â\nÂ· Answered incoming calls\nLearned a lotâ€¨')).toBe(
      'in a timely manner.\n·  Answered incoming calls\nLearned a lot',
    );
    expect(repairMojibake('ÂGUEDA')).toBe('ÂGUEDA');
  });
});

// Hand-written in the Indeed layout (DataTurks set): courses listed under the experience heading, and a position
// written twice.
describe('courses and repeated positions under an experience heading', () => {
  it('does not read a grade or a level of proficiency as the title of the next entry', () => {
    const text = [
      ...['Tutorial Centre -', '', '2016 to 2016', '', 'B+ Average', 'Advanced', ''],
      ...['SQL Course -', '', '2016 to 2016', '', 'A Completed', ''],
      ...['Computer Course -', '', '2011 to 2011', '', '85%', ''],
      ...['Data Analyst', '', 'Northwind Limited -', '', '2017 to 2018'],
    ].join('\n');
    const { entries, untitled } = readExperienceSection(text, { now: NOW });
    expect(entries.map((entry) => [entry.title, entry.company])).toEqual([['Data Analyst', 'Northwind Limited']]);
    // The centre has no title: left out of the entries, reported as untitled. The courses are not positions at all.
    expect(untitled.map((position) => position.company)).toEqual(['Tutorial Centre']);
  });

  it('merges a position written twice (same title and company, the same dates or none)', () => {
    const text = [
      ...['Project Manager / Technology Lead', '', 'Northwind Limited -', '', 'February 2015 to Present', ''],
      '• Led the delivery team.',
      '',
      ...['Project Manager / Technology Lead', '', 'Northwind Limited -', '', 'February 2015 to Present', ''],
      '• Led the delivery team.',
      '• Mentored a team of 30.',
      '',
      ...['Associate consultant', '', 'Globex labs', '', 'Handled incidents.', ''],
      ...['Associate Consultant', '', 'Globex Labs -', '', 'January 2017 to Present', ''],
      // The same title and company with other dates: another position.
      ...['System Engineer', '', 'Northwind Limited -', '', 'June 2013 to January 2015', ''],
      ...['System Engineer', '', 'Northwind Limited -  Mysore, Karnataka -', '', 'June 2012 to May 2013'],
    ].join('\n');
    const entries = parseExperienceSection(text, { now: NOW });
    expect(entries.map((entry) => [entry.title, entry.company, entry.start, entry.end])).toEqual([
      ['Project Manager / Technology Lead', 'Northwind Limited', month(2015, 1), null],
      ['Associate consultant', 'Globex labs', month(2017, 0), null],
      ['System Engineer', 'Northwind Limited', month(2013, 5), month(2015, 0)],
      ['System Engineer', 'Northwind Limited', month(2012, 5), month(2013, 4)],
    ]);
    expect(entries[0]?.highlights).toEqual(['Led the delivery team.', 'Mentored a team of 30.']);
  });
});

// Hand-written in the Indeed layout (DataTurks set), with invented names: misreads of the kinds seen on the DataTurks
// odd half (training programmes, sentences, "@" written against a word, employer and client together, skills lines).
describe('lines under an experience heading that are not a position as written', () => {
  it('reads no position from a description sentence that opens with its verb and ends in dates', () => {
    // Hand-written in the Kaggle PDFs' text, where pdf.js often loses the space after "from" ("fromSeptember").
    const text = [
      'Staff Accountant , 03/2013 to 01/2014',
      'Company Name – City , State',
      'Reconciled the monthly credit card statements.',
      'Covered the duties of the purchasing manager during a turnover period fromMarch 2013 - June 2013.',
      'Prepared sales tax returns.',
    ].join('\n');
    const entries = parseExperienceSection(text, { now: NOW });
    expect(entries.map((entry) => [entry.title, entry.company])).toEqual([['Staff Accountant', 'Company Name']]);
    expect(entries[0]?.description).toContain('Prepared sales tax returns.');
    // Nor from a short one ("Taught 6th grade (2006-2007 school year)."), under a position of the Kaggle PDFs' layout.
    const taught =
      'Company Name - Elementary Teacher City , State 08/2006 - 07/2008\n\nTaught 6th grade (2006-2007 school year).';
    expect(headers(taught).map((entry) => entry[0])).toEqual(['Elementary Teacher']);
    // A short title opening with a participle, or with a verb but ending in a role's word, is still a position.
    expect(headers('Managed Care Coordinator , 03/2013 to 01/2014\nCompany Name – City , State')[0]?.[0]).toBe(
      'Managed Care Coordinator',
    );
    expect(headers('Managed services engineer , 03/2013 to 01/2014\nCompany Name – City , State')[0]?.[0]).toBe(
      'Managed services engineer',
    );
  });

  it('leaves out training programmes and courses, but keeps trainee schemes and roles over training', () => {
    const text = [
      ...['Certified Cloud Associate Training Program', '', 'Northwind -', '', 'July 2013 to October 2013', ''],
      '• Workshop on networking.',
      '',
      ...['Pilot Batch under the Campus Connect Programme', '', 'Online Foundation Program -', '', '2016 to 2016', ''],
      ...['Python Course', '', 'Globex Academy -', '', '2015 to 2015', ''],
      ...['Graduate Trainee Program', '', 'Initech Limited -', '', '2014 to 2015', ''],
      ...['Head of Training', '', 'Umbrella Labs -', '', '2018 to Present', ''],
      ...['Training Coordinator', '', 'Hooli Services -', '', '2012 to 2013'],
    ].join('\n');
    const { entries, untitled } = readExperienceSection(text, { now: NOW });
    expect(entries.map((entry) => [entry.title, entry.company])).toEqual([
      ['Graduate Trainee Program', 'Initech Limited'],
      ['Head of Training', 'Umbrella Labs'],
      ['Training Coordinator', 'Hooli Services'],
    ]);
    expect(untitled).toEqual([]);
  });

  it('does not read a graduation written in the title field as a title', () => {
    const text = [
      // "trining" misspelt, as written on the resume this came from.
      ...['2014 pass out with 3 months trining at Northwind', '', 'Individual -  Mangalore, Karnataka -', ''],
      ...[
        'October 2013 to November 2014',
        '',
        'Passed out from Hill College',
        '',
        'Globex Labs -',
        '',
        '2012 to 2013',
        '',
      ],
      ...['Data Analyst', '', 'Initech Limited -', '', '2015 to 2016'],
    ].join('\n');
    const { entries } = readExperienceSection(text, { now: NOW });
    expect(entries.map((entry) => [entry.title, entry.company])).toEqual([['Data Analyst', 'Initech Limited']]);
  });

  it('folds a line of work named without a role or an employer, dated inside the position above, into that position', () => {
    const text = [
      ...[
        'Senior Process Executive',
        '',
        'Northwind BPM -  Bengaluru, Karnataka -',
        '',
        'November 2015 to Present',
        '',
      ],
      ...['Deal management', '', '-', '', 'November 2015 to October 2016', '', '• Created deal ids.', ''],
      // Work of one's own beside the position: a position of its own.
      ...['Freelance Photography', '', '-', '', 'March 2016 to May 2017', ''],
      // Outside the dates of the position above: a position of its own, though its title names no role.
      ...['Project Management', '', '-', '', 'June 2013 to October 2015', ''],
      // A role, or an employer, makes it a position of its own.
      ...['Team Lead', '', 'Globex Labs -', '', 'January 2010 to December 2012', ''],
      ...['Quality Analyst', '', '-', '', 'March 2011 to May 2011'],
    ].join('\n');
    const entries = parseExperienceSection(text, { now: NOW });
    expect(entries.map((entry) => [entry.title, entry.company])).toEqual([
      ['Senior Process Executive', 'Northwind BPM'],
      ['Freelance Photography', undefined],
      ['Project Management', undefined],
      ['Team Lead', 'Globex Labs'],
      ['Quality Analyst', undefined],
    ]);
    expect(entries[0]?.highlights).toEqual(['Deal management', 'Created deal ids.']);
  });

  it('does not read a sentence as a title; an internship it names gives the title "Intern"', () => {
    const text = [
      ...['Worked on data centre migration during internship', '', 'Northwind -', '', 'January 2012 to June 2012', ''],
      ...['Involved in the rollout of the billing system', '', 'Globex Limited -', '', '2010 to 2011', ''],
      // "Worked as" is a verb before a title, and "Worked with X as" names the title after it.
      ...['Worked with Hooli as a Data Analyst', '', 'Hooli -', '', '2010 to 2011', ''],
      ...['Worked as Network Engineer', '', 'Initech -', '', '2008 to 2010'],
    ].join('\n');
    const { entries, untitled } = readExperienceSection(text, { now: NOW });
    expect(entries.map((entry) => [entry.title, entry.company])).toEqual([
      ['Intern', 'Northwind'],
      ['Data Analyst', 'Hooli'],
      ['Network Engineer', 'Initech'],
    ]);
    expect(untitled.map((position) => position.company)).toEqual(['Globex Limited']);
  });

  it("does not read the lines of a description that lost its bullets as the next position's header", () => {
    // The Kaggle PDFs' layout as pdf.js reads some of them: the title, dates and employer on one line, the description's
    // lines below it without their bullets.
    const text = [
      'Store Manager 03/2009 to 05/2012 Company Name City , State',
      'Developed and managed five retail accounts',
      'Led a team of twelve associates',
      'Sales Associate 01/2005 to 02/2009 Company Name City , State',
      'Sold 40 service plans in one quarter',
      'Maintain displays and stock levels daily',
      'Registered nurse at county clinic 01/2003 to 12/2004',
    ].join('\n');
    expect(parseExperienceSection(text, { now: NOW }).map((entry) => [entry.title, entry.company])).toEqual([
      ['Store Manager', 'Company Name'],
      ['Sales Associate', 'Company Name'],
      ['Registered nurse', 'county clinic'],
    ]);
  });

  it("does not read a description's line that names years after a preposition as a position", () => {
    // The Kaggle PDFs' layout (BPO/15145575, seeded draw 6121): "servers in 2003-2008 Server." names Windows Server's
    // versions; it was read as a position titled "Design: DNS and DHCP servers in" at "Server.".
    const text = [
      'IT Support Officer',
      'March 2011 to August 2015 Company Name',
      'Configure Domain security policies and manage File server.',
      'Design: DNS and DHCP servers in 2003-2008 Server.',
      'Migrated the mail of 300 users for the release of 2010 - 2013 tools.',
      'Network Engineer in Training 2008 - 2010 Company Name',
    ].join('\n');
    expect(parseExperienceSection(text, { now: NOW }).map((entry) => [entry.title, entry.company])).toEqual([
      ['IT Support Officer', 'Company Name'],
      ['Network Engineer in Training', 'Company Name'],
    ]);
  });

  it("reads a header line whose place ends in a country's code before its dates' column as a position", () => {
    // resumeToDocx's layout (the sample resume-data-analyst): "…, Bengaluru, IN" then a tab and the dates. "IN" is India's
    // code (Ontario's "ON" likewise), not the preposition "in" of a sentence.
    const text = [
      'Data Analyst Intern — Kaveri Retail Analytics, Bengaluru, IN\tDec 2025 – May 2026',
      'Final-semester analytics internship supporting a grocery-chain client.',
      'Network Engineer — Acme Networks, Toronto, ON\tJan 2021 – Nov 2025',
    ].join('\n');
    expect(parseExperienceSection(text, { now: NOW }).map((entry) => [entry.title, entry.company])).toEqual([
      ['Data Analyst Intern', 'Kaveri Retail Analytics'],
      ['Network Engineer', 'Acme Networks'],
    ]);
  });

  it('reads a position once when the résumé writes its whole history twice, under two headings', () => {
    // The Kaggle PDFs' layout (12 of the 451 outside the real-resume set, e.g. CHEF/10653119 of the seeded draw 6121):
    // a résumé builder wrote "Experience" and then "Work History" with the same positions. A position the second one
    // adds, or the same title over other dates, is still read.
    const history = [
      'Executive Chef , 01/2014 to 01/2019',
      'Company Name – City , State',
      'Managed all aspects of the kitchen.',
      'Banquet Chef , 01/2006 to 01/2014',
      'Company Name – City , State',
      'Prepared banquet menus.',
    ];
    const text = [
      ...['Jane Doe', 'jane@example.com', '', 'Experience', ...history, ''],
      ...['Work History', ...history, 'Banquet Chef , 01/2003 to 01/2006', 'Company Name – City , State'],
      ...['Line Cook , 01/2001 to 01/2003', 'Company Name – City , State'],
    ].join('\n');
    expect(
      parseResumeText(text, { now: NOW }).experience.map((entry) => [entry.title, entry.start?.getUTCFullYear()]),
    ).toEqual([
      ['Executive Chef', 2014],
      ['Banquet Chef', 2006],
      ['Banquet Chef', 2003],
      ['Line Cook', 2001],
    ]);
  });

  it('reads a position once when the second history leaves its company line out (#23)', () => {
    // A résumé builder's second list ("Work History") that writes some positions without the employer's line: a copy
    // with the same title and dates is the position the first list names, not one at an unknown employer. A title over
    // other dates stays apart.
    const text = [
      ...['Jane Doe', 'jane@example.com', '', 'Experience'],
      ...['Head of Platform , 03/2015 to 06/2019', 'Company Name – City , State', 'Ran the platform group.'],
      ...['Release Manager , 01/2012 to 02/2015', 'Company Name – City , State', 'Shipped quarterly releases.'],
      ...['Advisor , 01/2010 to 12/2011', 'Northwind Traders – City , State', 'Advised the board.', ''],
      ...['Work History', 'Head of Platform , 03/2015 to 06/2019', '', 'Ran the platform group.'],
      ...['Release Manager , 01/2012 to 02/2015', 'Company Name – City , State', 'Shipped quarterly releases.'],
      ...['Release Manager , 01/2009 to 12/2009', '', 'Shipped monthly releases.'],
      ...['Advisor , 01/2010 to 12/2011', '', 'Advised the board.'],
      ...['Advisor , 01/2008 to 12/2009', '', 'Advised.'],
    ].join('\n');
    expect(
      parseResumeText(text, { now: NOW }).experience.map((entry) => [
        entry.title,
        entry.company,
        entry.start?.getUTCFullYear(),
      ]),
    ).toEqual([
      ['Head of Platform', 'Company Name', 2015],
      ['Release Manager', 'Company Name', 2012],
      ['Advisor', 'Northwind Traders', 2010],
      ['Release Manager', undefined, 2009],
      ['Advisor', undefined, 2008],
    ]);
  });

  it("reads a place alone on the line below the header as the position's place, not its description (#23)", () => {
    // The Kaggle PDFs' layout (ACCOUNTANT/10554236, DESIGNER/11155153 and ~80 positions more): the employer, the dates and
    // the title on one line, the place on the next, then the description. The place was read as the description's start.
    const text = [
      'Northwind Traders May 2013 to July 2015 Mechanical Designer',
      'Austin, TX',
      'Designed conveyor parts.',
      '',
      'Company Name April 2011 to May 2013 Drafter',
      'City , State',
      'Drew assembly plans.',
      '',
      // A description's first line that is no place stays the description; a header with its own place keeps it.
      'Contoso Ltd March 2009 to April 2011 Draftsman',
      'Detailed sheet metal parts.',
      '',
      'Fabrikam Inc, Denver, CO January 2007 to March 2009 Junior Drafter',
      'Boston, MA',
    ].join('\n');
    expect(
      parseExperienceSection(text, { now: NOW }).map((entry) => [
        entry.title,
        entry.company,
        entry.location,
        entry.description,
      ]),
    ).toEqual([
      ['Mechanical Designer', 'Northwind Traders', 'Austin, TX', 'Designed conveyor parts.'],
      ['Drafter', 'Company Name', 'City , State', 'Drew assembly plans.'],
      ['Draftsman', 'Contoso Ltd', undefined, 'Detailed sheet metal parts.'],
      ['Junior Drafter', 'Fabrikam Inc', 'Denver, CO', 'Boston, MA'],
    ]);
  });

  it("reads a place run into the first line of the description as the position's place (#23)", () => {
    // The Kaggle PDFs' layout with the line break after the place lost (BANKING/11842348, ENGINEERING/12472574): the
    // place, then the description's first sentence, on one line. A town before a code that is no state's or province's
    // ("Pune, IT Services …") is not read so.
    const text = [
      'Company Name September 2014 to Current Regional Sales Director',
      'City , State Managed a team of twelve advisers.',
      '',
      'Northwind Traders May 2011 to August 2014 Branch Manager',
      'Boston, MA Opened two branches.',
      '',
      'Contoso Ltd March 2009 to April 2011 Team Lead',
      'Pune, IT Services for retail clients.',
    ].join('\n');
    expect(
      parseExperienceSection(text, { now: NOW }).map((entry) => [
        entry.title,
        entry.company,
        entry.location,
        entry.description,
      ]),
    ).toEqual([
      ['Regional Sales Director', 'Company Name', 'City , State', 'Managed a team of twelve advisers.'],
      ['Branch Manager', 'Northwind Traders', 'Boston, MA', 'Opened two branches.'],
      ['Team Lead', 'Contoso Ltd', undefined, 'Pune, IT Services for retail clients.'],
    ]);
  });

  it("joins a title wrapped onto the line below its dates' line, above the place", () => {
    // The Kaggle PDFs' layout (PUBLIC-RELATIONS/10554045, seeded draw 6121): a header line longer than the page is
    // broken before the place's line. The wrapped end was read as a position of its own ("Representative/Payroll
    // Administrator", undated, at "City , State").
    const text = [
      'Company Name October 1993 to January 2012 Shipping Clerk/Inventory Control Clerk/Customer Service',
      'Representative/Payroll Administrator',
      'City , State',
      'Verified and kept records on incoming and outgoing shipments.',
      // A line naming an organisation, or a line with a digit, between the dates' line and the place is no wrapped title.
      'Company Name January 1990 to January 1993 Payroll Clerk',
      'Finance Services Group',
      'City , State',
      'Company Name January 1988 to January 1990 Records Clerk',
      'Warehouse 2 Annex',
      'City , State',
    ].join('\n');
    expect(
      parseExperienceSection(text, { now: NOW }).map((entry) => [entry.title, entry.company, entry.location]),
    ).toEqual([
      [
        'Shipping Clerk/Inventory Control Clerk/Customer Service Representative/Payroll Administrator',
        'Company Name',
        'City , State',
      ],
      ['Payroll Clerk', 'Company Name', undefined],
      ['Records Clerk', 'Company Name', undefined],
    ]);
  });

  it('reads "Working at Employer as Title" as the title and its employer', () => {
    expect(headers('Working at Northwind as Software Engineer\nJanuary 2018 to December 2019')).toEqual([
      ['Software Engineer', 'Northwind', undefined, month(2018, 0), month(2019, 11)],
    ]);
    expect(headers('Currently working with Globex Systems as a Support Analyst\n2015 – 2017')).toEqual([
      ['Support Analyst', 'Globex Systems', undefined, month(2015, 0), month(2017, 11)],
    ]);
    // A long line without " as " costs one pass (squashed, the lazy employer never rescans a run of spaces).
    const long = `Working at ${'x '.repeat(50_000)}`;
    expect(() => headers(`${long}\n2015 – 2017`)).not.toThrow();
  });

  it('splits "Title@ Company" and "Title @Company", but not an e-mail address', () => {
    expect(
      headers(['Process Associate@ Northwind', '', 'HR SPOC -  Pune, Maharashtra -', '', '2011 to 2012'].join('\n')),
    ).toEqual([['Process Associate', 'Northwind', undefined, month(2011, 0), month(2012, 11)]]);
    expect(headers('Support Engineer @Globex Systems\n2015 – 2017')).toEqual([
      ['Support Engineer', 'Globex Systems', undefined, month(2015, 0), month(2017, 11)],
    ]);
    expect(headers('Support Engineer jane@globex.com\n2015 – 2017').map((entry) => entry[0])).toEqual([
      'Support Engineer jane@globex.com',
    ]);
  });

  it('takes the employer, not the client, from "Employer for Client"', () => {
    const text = [
      ...['technical support engineer', '', 'Northwind Staffing for Globex Corporation -', '', '2014 to 2015', ''],
      ...['Research Associate', '', 'Centre for Advanced Systems -', '', '2012 to 2014', ''],
      ...['Teacher', '', 'Teach for Change -', '', '2010 to 2012'],
    ].join('\n');
    expect(parseExperienceSection(text, { now: NOW }).map((entry) => entry.company)).toEqual([
      'Northwind Staffing',
      'Centre for Advanced Systems',
      'Teach for Change',
    ]);
  });

  it('does not read a skills line ("Office Suite - Expert", "Java (Advanced)") as a position', () => {
    const text = [
      ...['Office Suite - Expert', '', 'Java (Advanced)', '', 'Spreadsheets: Intermediate', ''],
      ...['Data Analyst', '', 'Northwind Limited -', '', '2017 to 2018', ''],
      ...['Subject Matter Expert', '', 'Globex -', '', '2015 to 2017'],
    ].join('\n');
    expect(parseExperienceSection(text, { now: NOW }).map((entry) => [entry.title, entry.company])).toEqual([
      ['Data Analyst', 'Northwind Limited'],
      ['Subject Matter Expert', 'Globex'],
    ]);
  });

  // Hand-written in the Kaggle PDFs' layouts as pdf.js and pdftotext read them: the description's bullets lost, its
  // wrapped lines ending above the next header, and the next header naming its title and employer on one line.
  it("does not read the wrapped end of a description's sentence as the next position's header", () => {
    const text = [
      'Office Manager 01/2008 to 12/2011 Company Name City , State',
      'Prepared reports, spreadsheets, and administrative documents; maintained office calendars, opened mail and returned all',
      '',
      'phone calls',
      '',
      'General Manager 02/2004 to 04/2007',
      '',
      'Company Name City , State',
      'Validated stability indicating compendial and non-compendial analytical methods in accordance with ICH and FDA',
      'guidelines',
      '',
      '01/1998 to 01/2001',
      'Chemist / Supervisor Company Name – City , State',
    ].join('\n');
    expect(parseExperienceSection(text, { now: NOW }).map((entry) => [entry.title, entry.company])).toEqual([
      ['Office Manager', 'Company Name'],
      ['General Manager', 'Company Name'],
      ['Chemist / Supervisor', 'Company Name'],
    ]);
  });

  // Hand-written in the Kaggle PDFs' layouts (pdftotext): the dates' line names the employer and its place, the title is
  // written before the dates or on the line above, and the line above that is the previous position's description.
  it("does not read the previous description's last line as the header when the dates' line names the employer", () => {
    const text = [
      'Lead Recruiter (Seasonal)',
      'March 2015 to August 2015 Company Name \uff0d City , State',
      'Track metrics related to recruiting to evaluate various strategies',
      'Lead a team of 3 recruiters and 1 recruiting coordinator',
      'Sr. Recruiter',
      'October 2007 to March 2009 Company Name \uff0d City , State',
      'Managed all phases of recruitment.',
      'Assistant to the one and one with his/her academic needs as well as toiletries.',
      'Do daily activities that are random for him/her to get acquainted withe the lesson/task',
      'Direct Support Professional 09/2014 to 04/2015 Company Name City , State',
      'Greeted passengers.',
      'Strong clinical back ground using Electronic Medical Records',
      'Computer Asst/Functional Adm. 06/2001 to 03/2007 Company Name City , State',
      'Resolved computer desktop and laptops issues.',
      '.Checked the quantity and quality of received products',
      'Company Name City , State Automobile Salesperson 01/2008 to 01/2009',
      'Led sessions for the Rapids Swim Team * First Aid/CPR & Lifeguard Instructor',
      'Exercise Physiologist',
      '',
      'August 2002 to March 2003 Company Name \uff0d City , State * Developed cardiac rehab exercise programs and',
      // The title before the dates, the employer and its place on the line below.
      'Kept customer satisfaction ratings in the high 90 percent',
      'CTO , 02/2012 to 08/2013',
      'Company Name \u2013 City , State',
      'Provided ticketing solutions.',
    ].join('\n');
    expect(parseExperienceSection(text, { now: NOW }).map((entry) => [entry.title, entry.company])).toEqual([
      ['Lead Recruiter (Seasonal)', 'Company Name'],
      ['Sr. Recruiter', 'Company Name'],
      ['Direct Support Professional', 'Company Name'],
      ['Computer Asst/Functional Adm.', 'Company Name'],
      ['Automobile Salesperson', 'Company Name'],
      ['Exercise Physiologist', 'Company Name'],
      ['CTO', 'Company Name'],
    ]);
  });

  it('reads a long title beside the anonymised employer and place below the dates', () => {
    // Hand-written in the Kaggle PDFs' text: ten words of title, then the placeholders' five.
    const text = [
      '03/2009 to 08/2011',
      'Research Analyst promoted to Assistant Director of Client Insight Company Name \uff0d City , State',
      '',
      'Built models for marketing campaigns.',
    ].join('\n');
    expect(headers(text).map((entry) => entry.slice(0, 3))).toEqual([
      ['Research Analyst promoted to Assistant Director of Client Insight', 'Company Name', 'City , State'],
    ]);
  });

  it("reads the header below dates under a referee's phone number, which heads nothing", () => {
    // Hand-written in the Kaggle PDFs' text of a federal resume: each position ends with its supervisor and a phone.
    const text = [
      'January 2013 to Current',
      'Company Name City , State Natural Resource Specialist GS-12/5',
      '',
      'Managed conservation plans for trust lands.',
      '',
      'Supervisor: Jane Roe, Deputy Superintendent',
      '',
      '(701) 555-0147',
      '',
      'October 2008 to January 2013',
      'Company Name City , State Soil Conservationist GS-0457-11/4',
      '',
      'Developed conservation plans.',
    ].join('\n');
    expect(headers(text).map((entry) => entry.slice(0, 3))).toEqual([
      ['Natural Resource Specialist GS-12/5', 'Company Name', 'City , State'],
      ['Soil Conservationist GS-0457-11/4', 'Company Name', 'City , State'],
    ]);
  });

  it('reads the title before the dates and the anonymised employer below, not the description lines above', () => {
    // Hand-written in the Kaggle PDFs' text: two short duty lines without a full stop end the position above.
    const text = [
      'Senior Accountant 08/2008 to 09/2015',
      'Company Name',
      '',
      'Prepared bank reconciliation statements',
      'Settlement of final payments to resigned employees',
      'Coordination and support to internal and external auditors',
      '',
      'Accounts Executive 07/2005 to 07/2008',
      'Company Name',
      '',
      'Handled petty cash on daily basis',
    ].join('\n');
    const entries = parseExperienceSection(text, { now: NOW });
    expect(entries.map((entry) => [entry.title, entry.company])).toEqual([
      ['Senior Accountant', 'Company Name'],
      ['Accounts Executive', 'Company Name'],
    ]);
    expect(entries[0]?.description).toContain('internal and external auditors');
  });

  it('still reads two header lines above dates whose line names no employer, and no title after the dates', () => {
    const text = [
      // The dates' line names only a place: the two lines above are the title and the employer.
      'Senior Analyst',
      'Globex Corporation',
      '06/2016 to 05/2018 City , State',
      'Built reports.',
      '',
      // Text after the dates and the place is the description run on, not the title.
      'Sales Associate',
      'March 2014 to February 2015 Company Name \uff0d City , State Responsibilities Assist store management in',
      'merchandising the store.',
    ].join('\n');
    expect(parseExperienceSection(text, { now: NOW }).map((entry) => [entry.title, entry.company])).toEqual([
      ['Senior Analyst', 'Globex Corporation'],
      ['Sales Associate', 'Company Name'],
    ]);
  });

  // Hand-written in the format of the Kaggle PDFs (pdftotext): a header line with two titles joined by a dash, the dates,
  // then the anonymised employer and place; or a real employer's name.
  it('keeps a second title written after a dash in the title, not as the employer', () => {
    const text = [
      'Senior Loan Officer - VP Credit Officer 11/2009 to Current Company Name City , State',
      'Managed a portfolio of loans.',
      'Customer Service Agent - Assistant Supervisor 05/2005 to 02/2007 Northwind Bank Boston, MA',
      'Handled escalations.',
      // Before the anonymised employer, a department, a grade, a town or a role that names no title word is not the
      // employer: the part that reads as a title is the title.
      'Commercial Lending Officer - AVP 09/1994 to 04/1998 Company Name City , State',
      'Reviewed loans.',
      'Senior Executive - Finance 08/2008 to 09/2015',
      'Company Name',
      'Athlete - Retail Associate 08/2014 to 04/2016 Company Name - City , State',
      'Volunteer - Receptionist , 09/2012 to 06/2014',
      'Company Name \u00e2\u20ac\u201c City , State',
      'Kolkata - Finance Officer 05/2006 to 01/2008',
      'Company Name',
      // One title and the employer: as before.
      'Loan Officer - Company Name 01/2003 to 04/2005 City , State',
    ].join('\n');
    expect(headers(text).map(([title, company]) => [title, company])).toEqual([
      ['Senior Loan Officer - VP Credit Officer', 'Company Name'],
      ['Customer Service Agent - Assistant Supervisor', 'Northwind Bank'],
      ['Commercial Lending Officer', 'Company Name'],
      ['Senior Executive', 'Company Name'],
      ['Retail Associate', 'Company Name'],
      ['Volunteer - Receptionist', 'Company Name'],
      ['Finance Officer', 'Company Name'],
      ['Loan Officer', 'Company Name'],
    ]);
    // Beside a named employer, a second part that is no title stays the employer's place.
    expect(
      headers('Analyst - Globex 01/2003 to 04/2005 Northwind Bank').map(([title, company]) => [title, company]),
    ).toEqual([['Analyst', 'Globex']]);
  });

  // Hand-written in the format of the Kaggle PDFs: the header line (title, dates, the anonymised employer and place)
  // runs into its description's first line, with no title between the place and the description.
  it('reads a header line run into its description after the anonymised place, dated or not', () => {
    const dated = [
      'Material Handler 01/2012 to Current Company Name City , State Helped achieve production goals by supporting the line',
      'workers and adjusting schedules.',
      'Line Cook 01/2010 to 01/2012 Company Name City , State Consistently kept a clean and safe kitchen by adhering to all',
      'sanitation rules.',
    ].join('\n');
    expect(headers(dated)).toEqual([
      ['Material Handler', 'Company Name', 'City , State', month(2012, 0), null],
      ['Line Cook', 'Company Name', 'City , State', month(2010, 0), month(2012, 0)],
    ]);
    const undated = [
      'Jane Roe',
      'Experience',
      'Bookkeeper',
      'Company Name \u00ef\u00bc City , State A/P and A/R, bank and account reconciliations, maintain general ledger for',
      'several subsidiary companies.',
      'Office Manager',
      'Company Name \u00ef\u00bc City , State Process payroll for hotel employees and prepare quarterly state payroll reports',
      'for the hotel.',
    ].join('\n');
    expect(parseResumeText(undated, { now: NOW }).experience.map((entry) => [entry.title, entry.company])).toEqual([
      ['Bookkeeper', 'Company Name'],
      ['Office Manager', 'Company Name'],
    ]);
    // Not broken: a title after the place (read by the header readers), dates after it, or a rest all in capitalised words.
    for (const line of [
      'Company Name City , State Finance Director/Accounting Manager Guided finance staff, vendors, and other personnel in',
      'Company Name City , State Consultant 05/2014 to Current and onwards with the same firm as before',
      'Company Name - City , State Behavioral Health Help Line and Psychiatric Emergency Team Supervisor',
    ])
      expect(joinDateLines(line)).toEqual([line]);
  });

  // Hand-written in the format of the Kaggle PDFs: positions with no dates, each on one line with its employer and place.
  it('reads an undated position whose one line names the title, the employer and its place', () => {
    const text = [
      "PHARMACEUTICAL SALES REPRESENTATIVE, Women's Health Specialist Company Name – City , State",
      '',
      'Doubled membership in a region of national chain accounts.',
      'Construction Manager Company Name – City , State',
      'Oversaw tank repairs.',
      // Not without an organisation for the employer, nor a title cut short, nor a line with digits.
      'Westfield Senior Project Springfield, IL',
      'Worked on a search engine.',
      'Current Director of Company Name – Marketing, PR',
      'Led the team.',
      'Night Auditor , 09/2009 Company Name – City , State',
    ].join('\n');
    expect(headers(text)).toEqual([
      [
        "PHARMACEUTICAL SALES REPRESENTATIVE, Women's Health Specialist",
        'Company Name',
        'City , State',
        undefined,
        undefined,
      ],
      ['Construction Manager', 'Company Name', 'City , State', undefined, undefined],
    ]);
  });

  // Hand-written in the format of the Kaggle PDFs: two positions held over the same dates, each with its own header line.
  it('reads a second position over the same dates when it names another title, not the dates again in a description', () => {
    const text = [
      '05/2000 to 11/2008',
      'Coordinator Company Name \u00ef\u00bc City , State',
      'Provided advice to faculty and students.',
      '05/2000 to 11/2008',
      'Student Advisor/Secretary Company Name \u00ef\u00bc City , State',
      'Drafted meeting agendas.',
      '08/2001 to 07/2009',
      'Aviation Technician Company Name \u00ef\u00bc City , State',
      'Rank: E5-SGT 08/2001 to 07/2009 As an aviation electronics technician, I',
      'repaired aircraft systems.',
      '01/1999 to 07/2001',
      'Line Cook Company Name \u00ef\u00bc City , State',
      '01/1999 to 07/2001',
      'Line Cook Company Name \u00ef\u00bc City , State',
    ].join('\n');
    expect(headers(text)).toEqual([
      ['Coordinator', 'Company Name', 'City , State', month(2000, 4), month(2008, 10)],
      ['Student Advisor/Secretary', 'Company Name', 'City , State', month(2000, 4), month(2008, 10)],
      ['Aviation Technician', 'Company Name', 'City , State', month(2001, 7), month(2009, 6)],
      ['Line Cook', 'Company Name', 'City , State', month(1999, 0), month(2001, 6)],
    ]);
  });

  // Kaggle ADVOCATE/13072354 (employer, dates, title on one line): two positions at one employer over the same dates, the
  // second title ("Peer Mediator") one no word of ours reads as a title; the line is written as the one above it.
  it('reads a second position over the same dates when its dates line is written like the one before it', () => {
    const text = [
      'Company Name January 2011 to January 2012 Safezones Facilitator, Office of Multicultural Student Affairs',
      'City , State',
      '',
      'Trained staff on LGBTQ+ topics.',
      '',
      'Company Name January 2011 to January 2012 Peer Mediator',
      'City , State',
      '',
      'Led training and seminars on problem solving.',
      '',
      'Company Name January 2006 to Current Server',
      'City , State',
    ].join('\n');
    expect(headers(text).map((entry) => entry.slice(0, 4))).toEqual([
      [
        'Safezones Facilitator, Office of Multicultural Student Affairs',
        'Company Name',
        'City , State',
        month(2011, 0),
      ],
      ['Peer Mediator', 'Company Name', 'City , State', month(2011, 0)],
      ['Server', 'Company Name', 'City , State', month(2006, 0)],
    ]);
  });

  it("(review) reads no project, place, team size or skills beside a repeated employer and dates as a position's title", () => {
    // Hand-written: an IT résumé writes the employer and dates again above each project; the words beside them name none.
    for (const other of [
      'Project: Billing System',
      'Team size 5',
      'Mumbai',
      'New York',
      'Java, SQL',
      'Machine Learning',
    ]) {
      const text = [
        'Acme Corp | Jan 2019 - Dec 2020 | Software Engineer',
        'Built the billing services.',
        '',
        `Acme Corp | Jan 2019 - Dec 2020 | ${other}`,
        'Moved the reports to the cloud.',
      ].join('\n');
      expect(
        headers(text).map((entry) => entry.slice(0, 2)),
        other,
      ).toEqual([['Software Engineer', 'Acme Corp']]);
    }
  });

  // Kaggle CONSTRUCTION/12491898, AUTOMOBILE/14508237 ("Title , dates" over "Company Name – City , State"): a second
  // position over the same dates, its title alone beside them and the employer's line below written as the first's.
  it('reads a second position over the same dates when its title stands alone and the employer line below is repeated', () => {
    // Hand-written in that layout: two jobs held at one shop at once.
    const text = [
      'Store Manager , 06/2015 to 08/2019',
      'Harbor Foods – Boston , MA',
      'Ran the store and its twelve staff.',
      'Catering Coordinator , 06/2015 to 08/2019',
      'Harbor Foods – Boston , MA',
      'Planned weddings and company events.',
      'Line Cook Jan 2012 to May 2015',
      'Blue Door Cafe – Salem , MA',
    ].join('\n');
    expect(headers(text).map((entry) => entry.slice(0, 4))).toEqual([
      ['Store Manager', 'Harbor Foods', 'Boston , MA', month(2015, 5)],
      ['Catering Coordinator', 'Harbor Foods', 'Boston , MA', month(2015, 5)],
      ['Line Cook', 'Blue Door Cafe', 'Salem , MA', month(2012, 0)],
    ]);
  });

  it('keeps the same dates written again in a description as the position above when no employer line follows', () => {
    // Hand-written: the dates again beside a phrase, but the line below is the description, not the employer's line.
    const text = [
      'Store Manager , 06/2015 to 08/2019',
      'Harbor Foods – Boston , MA',
      'Ran the store and its twelve staff.',
      'Catering Coordinator , 06/2015 to 08/2019',
      'Planned weddings and company events.',
    ].join('\n');
    expect(headers(text).map((entry) => entry.slice(0, 2))).toEqual([['Store Manager', 'Harbor Foods']]);
  });

  // Kaggle BUSINESS-DEVELOPMENT/12377803 and HR/ARTS résumés as pdftotext reads them: the header line below the dates runs
  // into the first sentence of the description.
  it('reads the header of a line run into its description, and keeps the rest as the description', () => {
    const text = [
      'Maintaining a database of all contacts.',
      'January 2009',
      'to',
      'January 2012',
      'Company Name City , State Finance Director/Accounting Manager Guided finance staff, vendors, and other Chapter personnel in',
      'day-to-day finance department activities.',
      'January 2006',
      'to',
      'January 2007',
      'Company Name City , State Accountant Performed the full spectrum of accounting functions, including audit testing and',
      'preparing tax returns.',
      'January 2003',
      'to',
      'January 2005',
      // No title before the verb: no header is read from the line.
      'Company Name \uff0d City , State Developed better interpersonal skills while directing business individuals.',
    ].join('\n');
    const entries = parseExperienceSection(text, { now: NOW });
    expect(entries.map((entry) => [entry.title, entry.company, entry.location, entry.start])).toEqual([
      ['Finance Director/Accounting Manager', 'Company Name', 'City , State', month(2009, 0)],
      ['Accountant', 'Company Name', 'City , State', month(2006, 0)],
    ]);
    expect(entries[0]?.description).toBe(
      'Guided finance staff, vendors, and other Chapter personnel in day-to-day finance department activities.',
    );
  });

  it('breaks a header line from its description that names a year, when the dates were written before the employer', () => {
    // Hand-written in the Kaggle PDFs' text: the employer's description (with its founding year) runs on after the place.
    const text = [
      'Merchandiser 05/2013 to Current Company Name City , State Northwind Wines is a family owned distributor with a',
      'long history of service. Built relationships with store owners.',
      'Account Manager 01/2009 to 04/2013 Company Name City , State Harbour Children Fund, established in 1993, is a',
      'non-profit organisation supporting a hospital and a school. Organised fundraisers and benefits.',
    ].join('\n');
    const entries = parseExperienceSection(text, { now: NOW });
    expect(entries.map((entry) => [entry.title, entry.company, entry.location])).toEqual([
      ['Merchandiser', 'Company Name', 'City , State'],
      ['Account Manager', 'Company Name', 'City , State'],
    ]);
    expect(entries[1]?.description).toMatch(/^Harbour Children Fund, established in 1993/);
  });

  it('reads a run-on header whose title ends in no role word ("Director of Communications")', () => {
    // The anonymised employer's "Company" is not read as an organisation's word of the title. The dash between the
    // employer and the place as the Kaggle PDFs' text writes it ("ï¼", the mojibake of a full-width hyphen).
    const text = [
      '01/2000 - 01/2003',
      'Company Name \u00ef\u00bc City , State Director of Communications Partnered with internal clients to implement solutions',
      'to improve communication strategies and messages.',
    ].join('\n');
    const entries = parseExperienceSection(text, { now: NOW });
    expect(entries.map((entry) => [entry.title, entry.company, entry.location])).toEqual([
      ['Director of Communications', 'Company Name', 'City , State'],
    ]);
    expect(entries[0]?.description).toBe(
      'Partnered with internal clients to implement solutions to improve communication strategies and messages.',
    );
    // And a line too long to read as a header by itself.
    const long = text.replace('implement solutions', 'implement solutions to significantly improve their');
    expect(parseExperienceSection(long, { now: NOW }).map((entry) => entry.title)).toEqual([
      'Director of Communications',
    ]);
  });

  it('does not take the lines above a header line that names its title and employer itself', () => {
    const text = [
      'Independent Beauty Advisor , 10/2013 – Current Company Name – City , State',
      '',
      'Provide individualized client facials and product profiles',
      'Fill customer beauty product orders',
      'Recruit new potential beauty advisors',
      '',
      'Commercial Lines Specialist , 01/2013 – 09/2013 Company Name – City , State',
      '',
      'Teaching classes to small and large groups.',
      'Creating lesson plans and menus',
      '',
      '02/2010 to 12/2012',
      'Sales Representative Company Name – City , State',
    ].join('\n');
    expect(parseExperienceSection(text, { now: NOW }).map((entry) => [entry.title, entry.company])).toEqual([
      ['Independent Beauty Advisor', 'Company Name'],
      ['Commercial Lines Specialist', 'Company Name'],
      ['Sales Representative', 'Company Name'],
    ]);
  });

  it('still reads header lines written above such a line when they stand apart, and lower-case Indeed titles', () => {
    const text = [
      // A company written on its own line above a header line: a block of its own (a blank line above it).
      'Contoso Limited',
      'Staff Engineer – Platform Team, 2019 – 2021',
      '',
      // Indeed: a lower-case title after a description whose last line has no full stop.
      'technical support engineer',
      '',
      'Convergys -',
      '',
      'November 2014 to November 2015',
      '',
      'Handled escalations for enterprise customers across the region and their field service partners in',
      '',
      'process specialist',
      '',
      'June 2013 to October 2014',
    ].join('\n');
    expect(parseExperienceSection(text, { now: NOW }).map((entry) => [entry.title, entry.company])).toEqual([
      ['Staff Engineer', 'Contoso Limited'],
      ['technical support engineer', 'Convergys'],
      ['process specialist', undefined],
    ]);
  });

  it('never reads the anonymised employer "Company Name" as the title', () => {
    const text =
      'Company Name March 1993 to September 1997 Software Quality Assurance\nTested client/server applications.';
    expect(parseExperienceSection(text, { now: NOW }).map((entry) => [entry.title, entry.company])).toEqual([
      ['Software Quality Assurance', 'Company Name'],
    ]);
  });

  // Hand-written in the Indeed layout (DataTurks set): a client and the employer written together in the company line,
  // and an employer written into the title above a company line that names the client.
  it('takes the employer with a legal name, not the client written before it, from the company line', () => {
    const text = [
      ...[
        'PMO Analyst',
        '',
        'Globex Bank, Northwind BPO Ltd -  Bengaluru, Karnataka -',
        '',
        'October 2016 to May 2017',
        '',
      ],
      ...['Process Specialist', '', 'Contoso Mortgage- Northwind BPO Ltd -', '', 'November 2008 to March 2011', ''],
      ...['Team Lead', '', 'Fabrikam - Acme Services Pvt Ltd -', '', 'June 2006 to July 2008', ''],
      // Both parts legal names, or the last one none: left as written.
      ...['Consultant', '', 'Tekskills India Pvt Ltd, Northwind Limited -', '', 'June 2004 to May 2006', ''],
      ...['Engineer', '', 'Globex, Fabrikam Research -', '', 'June 2002 to May 2004'],
    ].join('\n');
    expect(parseExperienceSection(text, { now: NOW }).map((entry) => [entry.title, entry.company])).toEqual([
      ['PMO Analyst', 'Northwind BPO Ltd'],
      ['Process Specialist', 'Northwind BPO Ltd'],
      ['Team Lead', 'Acme Services Pvt Ltd'],
      ['Consultant', 'Tekskills India Pvt Ltd, Northwind Limited'],
      ['Engineer', 'Globex, Fabrikam Research'],
    ]);
  });

  it('takes the employer a title names by its legal name when the company line names the client', () => {
    const text = [
      ...['Global Production Support Lead, - Northwind Ltd (Technology Lead)', '', 'Globex -  Pune, Maharashtra -', ''],
      ...['June 2016 to Present', ''],
      // The company line names a legal form or the same employer: it stays the company.
      ...['Sales Engineer - Acme Technologies Pvt Ltd', '', 'Contoso Ltd -', '', 'January 2014 to May 2016', ''],
      ...['Support Engineer - Northwind Ltd', '', 'Northwind -', '', 'January 2012 to December 2013'],
    ].join('\n');
    expect(parseExperienceSection(text, { now: NOW }).map((entry) => [entry.title, entry.company])).toEqual([
      ['Global Production Support Lead', 'Northwind Ltd'],
      ['Sales Engineer - Acme Technologies Pvt Ltd', 'Contoso Ltd'],
      ['Support Engineer - Northwind Ltd', 'Northwind'],
    ]);
  });

  // Hand-written in the Kaggle PDFs' layout as pdf.js reads it (placeholders "Company Name" and "City , State").
  it("reads a place alone in the company's place as the location, not the employer", () => {
    const text = [
      'Engineering Manager , 03/2018 to Current',
      'City , State',
      '',
      'Created and maintained technical files for legacy products.',
      '',
      'Field Analyst , 01/2015 to 02/2018',
      'Karnataka',
      '',
      'Quality Lead , 01/2012 to 12/2014',
      'Company Name City , State',
    ].join('\n');
    expect(
      parseExperienceSection(text, { now: NOW }).map((entry) => [entry.title, entry.company, entry.location]),
    ).toEqual([
      ['Engineering Manager', undefined, 'City , State'],
      ['Field Analyst', undefined, 'Karnataka'],
      ['Quality Lead', 'Company Name', 'City , State'],
    ]);
  });

  it('does not read task lines opened by a gerund, an imperative or "Responsible for" as a header', () => {
    const text = [
      'Chef Instructor 04/2016 to Current Company Name City , State',
      'Maintained standards for all kitchen operations',
      'Responsible for daily set up of all stations',
      '',
      'General Manager 02/2010 to 03/2016',
      'Company Name City , State',
      'Calling business clients to schedule meetings',
      'Register new employees in the time clock system',
      '',
      'Sales Representative 01/2008 to 01/2010 Company Name City , State',
      // Titles that open with a word of such a kind stay titles.
      'Training coordinator for new hires',
      'Company Name City , State',
      '01/2006 to 12/2007',
    ].join('\n');
    expect(parseExperienceSection(text, { now: NOW }).map((entry) => [entry.title, entry.company])).toEqual([
      ['Chef Instructor', 'Company Name'],
      ['General Manager', 'Company Name'],
      ['Sales Representative', 'Company Name'],
      ['Training coordinator for new hires', 'Company Name'],
    ]);
  });

  // Hand-written in the Indeed layout (DataTurks set): a call centre's process written in the company line.
  it('does not read a process ("Voice Process", "AT&T Process") as the employer', () => {
    const text = [
      ...['Customer Support Associate', '', 'Voice Process -  Pune, Maharashtra -', '', 'June 2014 to May 2016', ''],
      ...['Process Executive', '', 'AT&T Process -', '', 'June 2012 to May 2014', ''],
      ...['Process Associate', '', 'Northwind Process Solutions Pvt Ltd -', '', 'June 2010 to May 2012'],
    ].join('\n');
    expect(
      parseExperienceSection(text, { now: NOW }).map((entry) => [entry.title, entry.company, entry.location]),
    ).toEqual([
      ['Customer Support Associate', undefined, 'Pune, Maharashtra'],
      ['Process Executive', undefined, undefined],
      ['Process Associate', 'Northwind Process Solutions Pvt Ltd', undefined],
    ]);
  });

  // Hand-written in the Indeed layout (DataTurks set): an office named before the employer in the company line.
  it('reads the employer, not its office, from "Head quarters of Acme Travels Pvt Ltd"', () => {
    const text = [
      ...['Travel Consultant', '', 'Head quarters of Northwind Travels Pvt Ltd -  Mysore, Karnataka -', ''],
      ...['June 2014 to May 2016', ''],
      ...['Sales Executive', '', 'Regional Office of Globex -', '', 'June 2012 to May 2014', ''],
      // An office's own name stays whole.
      ...['Clerk', '', 'Head Office Supplies Ltd -', '', 'June 2010 to May 2012'],
    ].join('\n');
    expect(
      parseExperienceSection(text, { now: NOW }).map((entry) => [entry.title, entry.company, entry.location]),
    ).toEqual([
      ['Travel Consultant', 'Northwind Travels Pvt Ltd', 'Mysore, Karnataka'],
      ['Sales Executive', 'Globex', undefined],
      ['Clerk', 'Head Office Supplies Ltd', undefined],
    ]);
  });

  // Hand-written in the Indeed layout (DataTurks set: dt-164's "Implant Infosys Travel consultant", dt-159's "INFOSYS
  // Hinjewadi Guest House & Store Executive", each under another employer's company line).
  it('leaves out of the title a service firm it opens with, the client served, when the company line names another employer', () => {
    const text = [
      ...['Implant Infosys Travel consultant', '', 'Northwind Travels Pvt Ltd -  Mysore, Karnataka -', ''],
      ...['March 2015 to January 2016', ''],
      ...['WIPRO Campus Store Executive', '', 'Globex Facility Services -', '', 'June 2013 to May 2014', ''],
      // A vendor's name opens titles of its own; a role word before the firm, the firm that is the employer, or no title
      // word after it: the title stays whole.
      ...['Microsoft Certified System Engineer', '', 'Contoso Ltd -', '', 'June 2011 to May 2013', ''],
      ...['Senior Accenture Consultant', '', 'Fabrikam Ltd -', '', 'June 2009 to May 2011', ''],
      ...['TCS Security Guard', '', 'TCS Facilities -', '', 'June 2007 to May 2009', ''],
      ...['Infosys Finacle Support', '', 'Acme Bank -', '', 'June 2005 to May 2007'],
    ].join('\n');
    expect(parseExperienceSection(text, { now: NOW }).map((entry) => [entry.title, entry.company])).toEqual([
      ['Travel consultant', 'Northwind Travels Pvt Ltd'],
      ['Campus Store Executive', 'Globex Facility Services'],
      ['Microsoft Certified System Engineer', 'Contoso Ltd'],
      ['Senior Accenture Consultant', 'Fabrikam Ltd'],
      ['TCS Security Guard', 'TCS Facilities'],
      ['Infosys Finacle Support', 'Acme Bank'],
    ]);
  });

  it('leaves out of the title the client it names after "for", when a company line names the employer', () => {
    const text = [
      ...['Financial Analyst for GLOBEX in Risk Desk', '', 'Globex Bank - Northwind BPO Ltd -', ''],
      ...['February 2012 to May 2013', ''],
      ...['Support Engineer for Contoso Bank', '', 'Northwind BPO Ltd -', '', 'June 2010 to January 2012', ''],
      // A subject or a department after "for", or no company line: the title stays whole.
      ...['Teacher for Mathematics', '', 'Fabrikam School -', '', 'June 2008 to May 2010', ''],
      ...['Manager for Sales in Europe', '', 'Acme Ltd -', '', 'June 2006 to May 2008', ''],
      ...['Analyst for Contoso Bank', '', '-', '', 'June 2004 to May 2006', ''],
      // Placed with the client through the employer: a title of employment without a role noun (DataTurks dt-218's
      // "Contract employee for JPM through Infosys"); without "through" it stays whole.
      ...['Contract employee for Contoso through Northwind', '', 'Contoso - Northwind BPO Ltd -', ''],
      ...['April 2003 to May 2004', ''],
      ...['Contract employee for Contoso Bank', '', 'Northwind BPO Ltd -', '', 'April 2002 to March 2003'],
    ].join('\n');
    expect(parseExperienceSection(text, { now: NOW }).map((entry) => [entry.title, entry.company])).toEqual([
      ['Financial Analyst', 'Northwind BPO Ltd'],
      ['Support Engineer', 'Northwind BPO Ltd'],
      ['Teacher for Mathematics', 'Fabrikam School'],
      ['Manager for Sales in Europe', 'Acme Ltd'],
      ['Analyst for Contoso Bank', undefined],
      ['Contract employee', 'Northwind BPO Ltd'],
      ['Contract employee for Contoso Bank', 'Northwind BPO Ltd'],
    ]);
  });

  it("takes the employer's registered name from a first line that restates the position with it", () => {
    const text = [
      ...['Associate Software Engineer', '', 'northwind -', '', 'September 2017 to Present', ''],
      '• Associate Software Engineer in Northwind India Pvt Ltd. (through Contoso Staffing Pvt Ltd)',
      '• Automation scripting in Python.',
      '',
      ...['Test Engineer', '', 'Globex -', '', 'June 2012 to May 2014', ''],
      // Another employer's name, or the same name without a legal form: the company line stays.
      '• Test Engineer at Fabrikam Ltd for the Globex account',
      '',
      ...['Developer', '', 'Acme -', '', 'June 2010 to May 2012', ''],
      '• Developer at Acme Labs, Pune',
    ].join('\n');
    expect(parseExperienceSection(text, { now: NOW }).map((entry) => [entry.title, entry.company])).toEqual([
      ['Associate Software Engineer', 'Northwind India Pvt Ltd'],
      ['Test Engineer', 'Globex'],
      ['Developer', 'Acme'],
    ]);
  });

  it('reads positions written only as sentences: "Worked as <title> at <employer> from <dates>"', () => {
    const text = [
      'Worked as Software Engineer in Northwind Technologies Pvt Ltd from June 2015 to May 2017.',
      '• Currently working as a Senior Test Analyst at Globex, Hyderabad since January 2018',
      'Worked with Contoso Bank as a Data Analyst from 2013 to 2015',
      // Not positions: no title, a team, a department, dates followed by more of the sentence.
      'Worked as part of the migration team at Acme from 2012 to 2013',
      'Working as Lead in the Payments project',
      'Worked as Trainee in Finance from 2010 to 2011',
      'Worked as Developer at Initech from 2009 to 2010 on the billing system and its reports',
    ].join('\n');
    expect(
      parseExperienceSection(text, { now: NOW }).map((entry) => [
        entry.title,
        entry.company,
        entry.location,
        entry.start,
        entry.end,
      ]),
    ).toEqual([
      ['Software Engineer', 'Northwind Technologies Pvt Ltd', undefined, month(2015, 5), month(2017, 4)],
      ['Senior Test Analyst', 'Globex', 'Hyderabad', month(2018, 0), null],
      ['Data Analyst', 'Contoso Bank', undefined, month(2013, 0), month(2015, 11)],
    ]);
    // Beside a position read from its header, such a sentence restates it in the description: no second entry.
    const headed = [
      'Senior System Engineer',
      '',
      'Northwind Ltd -',
      '',
      'January 2016 to Present',
      '',
      '• Working as Senior System Engineer at Northwind Limited from January 2016 to till date.',
    ].join('\n');
    expect(parseExperienceSection(headed, { now: NOW }).map((entry) => [entry.title, entry.company])).toEqual([
      ['Senior System Engineer', 'Northwind Ltd'],
    ]);
  });

  it("reads a sentence's employer with a bracketed aside after its name (UpdatedResumeDataSet row 84)", () => {
    const text =
      "• Working as Executive (Legal) at Hindustan Paper Corporation Limited (A Govt. of India Enterprise), Nagaon Paper Mill since Jan '2012.";
    expect(
      parseExperienceSection(text, { now: NOW }).map((entry) => [
        entry.title,
        entry.company,
        entry.location,
        entry.start,
        entry.end,
      ]),
    ).toEqual([
      ['Executive (Legal)', 'Hindustan Paper Corporation Limited', 'Nagaon Paper Mill', month(2012, 0), null],
    ]);
  });

  it('takes no title without a letter: a phone number above the dates is not one', () => {
    // Shaped like a Kaggle résumé PDF (a US federal résumé): each position names its supervisor and their phone.
    const body = [
      'Supervisor: Jane Roe, Superintendent',
      '',
      '(701) 555-0147',
      '',
      'October 2008 to January 2013',
      'Acme Farms Springfield , IL Soil Conservationist',
      '',
      'Developed conservation plans for trust lands.',
    ].join('\n');
    const { entries, untitled } = readExperienceSection(body, { now: new Date('2026-01-01') });
    expect(entries.map((entry) => entry.title)).not.toContain('701) 555-0147');
    // The header is the line below the dates: the employer, its place, then the title (the phone heads nothing).
    expect(entries.map((entry) => [entry.title, entry.company, entry.location])).toEqual([
      ['Soil Conservationist', 'Acme Farms', 'Springfield , IL'],
    ]);
    expect(untitled).toEqual([]);
  });

  it('reads a month and year at the end or start of a header line as the start of a position whose end is not written', () => {
    // Shaped like the Kaggle résumé PDFs (livecareer templates, employers redacted as "Company Name").
    const body = [
      'Customer Service Advocate Mar 2016',
      'Company Name City , State',
      'Coached new representatives on casework.',
      '',
      'Bartender , 05/2018',
      'Company Name City , State',
      'Mixed drinks for a 200-seat venue.',
      '',
      'Finance Manager',
      'January 2012 Company Name City , State',
      'Closed the books monthly.',
    ].join('\n');
    const { entries } = readExperienceSection(body, { now: new Date('2026-01-01') });
    expect(entries.map((entry) => [entry.title, entry.start?.toISOString().slice(0, 7)])).toEqual([
      ['Customer Service Advocate', '2016-03'],
      ['Bartender', '2018-05'],
      ['Finance Manager', '2012-01'],
    ]);
  });

  it('reads the edge month in the spellings core reads dates in, and not a day, a season or a year alone', () => {
    const anchored = (line: string) =>
      readExperienceSection([line, 'Company Name City , State', 'Closed the books monthly.'].join('\n'), {
        now: new Date('2026-01-01'),
      }).entries.map((entry) => [entry.title, entry.start?.toISOString().slice(0, 7)]);
    expect(anchored('Finance Manager Sept. 2016')).toEqual([['Finance Manager', '2016-09']]);
    expect(anchored('Finanzbuchhalter Dezember 2016')).toEqual([['Finanzbuchhalter', '2016-12']]);
    // A birth date's day and a season are no month-year at a header's edge.
    expect(anchored('Date of Birth: 14th of May, 1992').map(([, start]) => start)).not.toContain('1992-05');
    expect(anchored('Finance Manager Summer 2016').map(([, start]) => start)).not.toContain('2016-06');
  });

  it('reads a dates line opening with a month name in lower case, as Spanish, French and Russian write them', () => {
    // Hand-written in the Europass order (title and employer, then the dates on a line of their own); a month name opens
    // the line in lower case, as these languages spell it. A sentence in lower case that mentions dates still anchors nothing.
    const starts = (dates: string) =>
      parseResumeText(
        [
          'María García',
          'maria@example.es',
          '',
          'Experiencia laboral',
          'Ingeniera de software, Telefónica',
          dates,
          '- Diseñé servicios en Java',
        ].join('\n'),
        { now: NOW },
      ).experience.map((entry) => [
        entry.start?.toISOString().slice(0, 7),
        entry.end === null ? 'now' : entry.end?.toISOString().slice(0, 7),
      ]);
    expect(starts('enero 2019 – diciembre 2020')).toEqual([['2019-01', '2020-12']]);
    expect(starts('ene. 2019 – actualidad')).toEqual([['2019-01', 'now']]);
    expect(starts('septembre 2017 – août 2019')).toEqual([['2017-09', '2019-08']]);
    expect(starts('март 2018 – февраль 2020')).toEqual([['2018-03', '2020-02']]);
    expect(starts('from June 2016 to May 2018 I led the team there.')).toEqual([]);
  });

  it('reads a Romance title whose head word comes first ("Ingeniera de software, Telefónica") apart from the employer', () => {
    // Hand-written in the Europass order. The title ends in "software", an organisation's word in English names, and was
    // read with the employer as one title.
    const positions = (header: string) =>
      parseResumeText(
        ['Ana Ruiz', 'ana@example.es', '', 'Experiencia laboral', header, 'enero 2019 – actualidad'].join('\n'),
        {
          now: NOW,
        },
      ).experience.map((entry) => [entry.title, entry.company]);
    expect(positions('Desarrollador de software, Acme')).toEqual([['Desarrollador de software', 'Acme']]);
    expect(positions('Engenheiro de software, Acme')).toEqual([['Engenheiro de software', 'Acme']]);
    // A legal form's full stop ends the employer's name, not a sentence (the line was not read as a header at all).
    expect(positions('Ingeniera de software, Telefónica S.A.')).toEqual([['Ingeniera de software', 'Telefónica S.A.']]);
    expect(positions('Analista, Fiat S.p.A.')).toEqual([['Analista', 'Fiat S.p.A.']]);
    expect(positions('Analista, Fawry S.A.E.')).toEqual([['Analista', 'Fawry S.A.E.']]);
    expect(positions('Engenheiro de software, Petrobras Ltda.')).toEqual([
      ['Engenheiro de software', 'Petrobras Ltda.'],
    ]);
    // An organisation named "<word> de <word>" stays an employer.
    expect(positions('Analista, Banco de Software')).toEqual([['Analista', 'Banco de Software']]);
  });

  it('reads a school abroad as the employer ("Profesor, Escuela Técnica Superior, Madrid")', () => {
    // Hand-written. The schools' words of the other languages ("Escuela", "Instituto", "Fachhochschule") were known to the
    // contact reader only, and the three parts were read as one title.
    const positions = (header: string) =>
      parseResumeText(
        ['Ana Ruiz', 'ana@example.es', '', 'Experiencia laboral', header, 'enero 2019 – actualidad'].join('\n'),
        { now: NOW },
      ).experience.map((entry) => [entry.title, entry.company, entry.location]);
    expect(positions('Profesor, Escuela Técnica Superior, Madrid')).toEqual([
      ['Profesor', 'Escuela Técnica Superior', 'Madrid'],
    ]);
    expect(positions('Profesora, Instituto Cervantes, Sevilla')).toEqual([
      ['Profesora', 'Instituto Cervantes', 'Sevilla'],
    ]);
  });

  it('reads a town after the employer ("Ingeniera de software, Telefónica, Madrid") as the place, not part of the name', () => {
    // Hand-written in the Europass order. Core knows countries and regions, not towns: the town is told by its place, the
    // last comma's part after an employer that has no comma of its own, one to three capitalised words that name no
    // organisation, role or department. Before, the company was "Telefónica, Madrid" (a town was split off only after a
    // legal form: "Acme Ltd, Pune").
    const positions = (header: string) =>
      parseResumeText(
        ['Ana Ruiz', 'ana@example.es', '', 'Experiencia laboral', header, 'enero 2019 – actualidad'].join('\n'),
        {
          now: NOW,
        },
      ).experience.map((entry) => [entry.title, entry.company, entry.location]);
    expect(positions('Ingeniera de software, Telefónica, Madrid')).toEqual([
      ['Ingeniera de software', 'Telefónica', 'Madrid'],
    ]);
    expect(positions('Analyst | Telefónica, Madrid')).toEqual([['Analyst', 'Telefónica', 'Madrid']]);
    expect(positions('Software Engineer, Acme Robotics, San Sebastián')).toEqual([
      ['Software Engineer', 'Acme Robotics', 'San Sebastián'],
    ]);
    // A known country or region was already a place; a legal form or an organisation's word after the comma is the name's
    // (a business unit is neither: see the next test).
    expect(positions('Ingeniera de software, Telefónica, España')).toEqual([
      ['Ingeniera de software', 'Telefónica', 'España'],
    ]);
    expect(positions('Consultant, Ernst & Young, LLP')).toEqual([['Consultant', 'Ernst & Young, LLP', undefined]]);
    // A name with a comma of its own keeps its last part.
    expect(positions('Analyst | Skadden, Arps, Slate')).toEqual([['Analyst', 'Skadden, Arps, Slate', undefined]]);
  });

  it('reads the employer, not a business unit or a project written after its comma ("GE Countrywide, Lending and Repay Management")', () => {
    // Hand-written in the Indeed layout (DataTurks dt-166: the company line names the client and the application the
    // project built). Before, the unit stayed in the company; a town there is the place (test above).
    const text = [
      ...[
        'System Analyst',
        '',
        'Contoso Countrywide, Lending and Repay Management -',
        '',
        'May 2005 to April 2006',
        '',
      ],
      ...['Associate', '', 'Fabrikam, Human Resources -', '', 'May 1999 to April 2001', ''],
      // Two or three words that may be an employer's name ("Globex, Fabrikam Research": a client, then the employer), an
      // organisation's word after the comma, or a name with a comma of its own: the company stays whole.
      ...['Analyst', '', 'Globex, Risk Management -', '', 'May 2003 to April 2005', ''],
      ...['Software Engineer', '', 'Globex, Search Ads -', '', 'May 2001 to April 2003', ''],
      ...['Consultant', '', 'Acme, Consulting Services -', '', 'May 1997 to April 1999', ''],
      ...['Clerk', '', 'Scholars Program, Glendale Community College -', '', 'May 1995 to April 1997'],
    ].join('\n');
    expect(parseExperienceSection(text, { now: NOW }).map((entry) => [entry.title, entry.company])).toEqual([
      ['System Analyst', 'Contoso Countrywide'],
      ['Associate', 'Fabrikam'],
      ['Analyst', 'Globex, Risk Management'],
      ['Software Engineer', 'Globex, Search Ads'],
      ['Consultant', 'Acme, Consulting Services'],
      ['Clerk', 'Scholars Program, Glendale Community College'],
    ]);
  });

  it('reads a town and its state as the place, and two capitals core knows as no state as no place (#23)', () => {
    // Hand-written in the Kaggle PDFs' layout (HEALTHCARE/14667957, AGRICULTURE/17640785, AVIATION/12239749).
    const text = [
      'Field Based Nurse Chart Reviewer - Healthcare Informatics',
      'July 2010 to Current Company Name ï¼ City , State',
      '',
      'Reviewed charts for Medicare projects.',
      // A town and its state on a title's line is the position's place, not an employer ("Syracuse") and a place ("NY"),
      // and with a place of its own the position is no project inside the one above.
      'Intermittent Employee- .RN Special Government Employee (SGE) Syracuse, NY 7/2010-6/2014',
      'Deployable Registered Nurse.',
      '',
      'Syracuse, NY 1/2004-7/2007 Nurse Administrator/Registered Nurse',
      'Provided quality care.',
      '',
      // "UC" is no state's code: the organisation keeps its name.
      'Vice-President (2000-2001): Armenian Students Association, UC Berkeley',
      // "AD" is none either: it stays in the title, and the place is the one below.
      'Aviation Mechanist Mate, AD Mar 1988 to Mar 1996',
      'Company Name ï¼ City , State',
      '',
      'Maintained and repaired power plant systems.',
    ].join('\n');
    expect(
      parseExperienceSection(text, { now: NOW }).map((entry) => [entry.title, entry.company, entry.location]),
    ).toEqual([
      ['Field Based Nurse Chart Reviewer', 'Company Name', 'City , State'],
      ['Intermittent Employee- .RN Special Government Employee (SGE)', undefined, 'Syracuse, NY'],
      ['Nurse Administrator/Registered Nurse', undefined, 'Syracuse, NY'],
      ['Vice-President', 'Armenian Students Association, UC Berkeley', undefined],
      ['Aviation Mechanist Mate, AD', 'Company Name', 'City , State'],
    ]);
  });

  it("reads a project's dates and description label as no position's header (#23)", () => {
    // Hand-written in the layout of a Kaggle résumé PDF (BPO/41152404): a project's details under a position.
    const text = [
      'September 2010 to July 2011',
      'Company Name Test Engineer',
      'Responsibilities:',
      'Writing functional test cases.',
      'Banking Domain: Project Name: E-Banking System Testing Type: Manual Duration:',
      'Sep 2010- Feb 2011 Description: This Banking Software is developed for the wide range of banking spectrum, especially',
      'for savings account type customers.',
    ].join('\n');
    expect(headers(text)).toEqual([['Test Engineer', 'Company Name', undefined, month(2010, 8), month(2011, 6)]]);
  });

  it('reads a title written at the start of the first description line below "Company Name" (#23)', () => {
    // Hand-written in the layout of a Kaggle résumé PDF (ENGINEERING/12011623): dates, the anonymised employer alone,
    // then the title run into the description's first sentence.
    const text = [
      '01/2007 to 01/2012',
      'Company Name',
      '',
      'Lecturer in Environmental Science and Technology Effectively engaged in course curriculum development, taught',
      'courses and engaged in research projects.',
      '',
      '01/2004 to 01/2006',
      'Company Name',
      '',
      'Assistant Lecturer in Natural resource management Assisted in teaching, researching and developing methods.',
      '',
      '01/2001 to 01/2003',
      'Company Name',
      '',
      // No title before the sentence: the position stays untitled.
      'Taught courses and engaged in research projects.',
    ].join('\n');
    const { entries, untitled } = readExperienceSection(text, { now: NOW });
    expect(entries.map((entry) => [entry.title, entry.company, entry.start, entry.description])).toEqual([
      [
        'Lecturer in Environmental Science and Technology',
        'Company Name',
        month(2007, 0),
        'Effectively engaged in course curriculum development, taught courses and engaged in research projects.',
      ],
      [
        'Assistant Lecturer in Natural resource management',
        'Company Name',
        month(2004, 0),
        'Assisted in teaching, researching and developing methods.',
      ],
    ]);
    expect(untitled.map((position) => position.start)).toEqual([month(2001, 0)]);
  });

  it('reads a title in capitals before a comma at the start of the first description line below "Company Name"', () => {
    // Hand-written in the layout of a Kaggle résumé PDF (livecareer's template, AGRICULTURE/16172429): the dates and the
    // anonymised employer on one line, then the title in capitals, a comma and the programme, run into the first duty.
    const position = (dates: string, line: string) => [`${dates} Company Name`, '', line, 'Prepared memos.', ''];
    const text = [
      ...position(
        '05/2008 to 01/2010',
        'STUDENT INTERN, Rural Electric Infrastructure Loan & Loan Guarantee Program Processed loan applications from rural electric utility',
      ),
      // Capitals that are no title by our words: an acronym, an employer's name. The positions stay untitled.
      ...position('01/2006 to 01/2008', 'SAP, SOX compliance and month-end close for the finance team.'),
      ...position('01/2004 to 01/2006', 'KELLERMEYER BERGENSONS SERVICES, Maumee branch cleaning crew.'),
    ].join('\n');
    const { entries, untitled } = readExperienceSection(text, { now: NOW });
    expect(entries.map((entry) => [entry.title, entry.company, entry.start, entry.description])).toEqual([
      [
        'STUDENT INTERN',
        'Company Name',
        month(2008, 4),
        'Rural Electric Infrastructure Loan & Loan Guarantee Program Processed loan applications from rural electric utility Prepared memos.',
      ],
    ]);
    expect(untitled.map((position) => position.start)).toEqual([month(2006, 0), month(2004, 0)]);
  });

  it('reads a title in capitals before a comma on a line short enough to read as a header', () => {
    // The same layout with a shorter first line: it is not read whole as the title.
    const text = [
      '05/2008 to 01/2010 Company Name',
      '',
      'STUDENT INTERN, Rural Electric Infrastructure Loan & Loan Guarantee Program Processed loan applications',
      'Prepared memos.',
    ].join('\n');
    expect(
      parseExperienceSection(text, { now: NOW }).map((entry) => [entry.title, entry.company, entry.description]),
    ).toEqual([
      [
        'STUDENT INTERN',
        'Company Name',
        'Rural Electric Infrastructure Loan & Loan Guarantee Program Processed loan applications Prepared memos.',
      ],
    ]);
  });

  it('reads a title alone with a colon on the first description line, after a note in parentheses', () => {
    // Hand-written in the layout of a Kaggle résumé PDF (ARTS/11187796): the dates, the anonymised employer and its
    // place on one line, a note on the store, then the title with a colon above the duties.
    const text = [
      'June 2015 to February 2016 Company Name – City , State',
      '(Brier Creek Location)',
      'Support Specialist:',
      '',
      'Prepare cash registers, count money, and prepare documentation for the bank deposit.',
      '',
      // A label with a colon that is no title: the position stays untitled.
      '01/2013 to 01/2015 Company Name – City , State',
      'Responsibilities:',
      'Managed cashiers in the morning.',
    ].join('\n');
    const { entries, untitled } = readExperienceSection(text, { now: NOW });
    expect(
      entries.map((entry) => [entry.title, entry.company, entry.location, entry.start, entry.description]),
    ).toEqual([
      [
        'Support Specialist',
        'Company Name',
        'City , State',
        month(2015, 5),
        '(Brier Creek Location) Prepare cash registers, count money, and prepare documentation for the bank deposit.',
      ],
    ]);
    expect(untitled.map((position) => position.start)).toEqual([month(2013, 0)]);
  });

  it('reads the fullwidth hyphen (U+FF0D) between the employer and its place as the Kaggle PDFs\' "ï¼" (#23)', () => {
    // Hand-written in the layout of the Kaggle résumé PDFs, with the separator as a text read in its encoding writes it.
    const text = [
      '01/2003 to 01/2006',
      'Company Name \uff0d City , State Senior Accountant Performed the full spectrum of accounting functions for the firm.',
      'Accounts Executive , 07/2005 to 07/2008 Company Name \uff0d City , State',
      'Handled accounts.',
    ].join('\n');
    expect(headers(text).map((entry) => entry.slice(0, 3))).toEqual([
      ['Senior Accountant', 'Company Name', 'City , State'],
      ['Accounts Executive', 'Company Name', 'City , State'],
    ]);
    expect(repairMojibake('Company Name \uff0d City , State')).toBe('Company Name – City , State');
  });

  it('reads a dates line of more than 16 words when title, dates, employer and place open it (#23)', () => {
    // Hand-written in the layout of a Kaggle résumé PDF (AVIATION/10945968): the header line run into the description's
    // first line, which names the employer and the title again in capitalised words.
    const text = [
      'Global IT Project Manager 05/2013 to Current Company Name City , State Air Menzies International Limited Global IT Project Manager –',
      // More than 16 words after its dates: the description, not a position (as before).
      'May 2013 to Present A wholesale Freight Agent providing Cargo and Express services in Europe, North America, South Africa and Oceania.',
      'IT Project Manager 06/2007 to 05/2013 Company Name City , State My previous role was as an IT Project Manager.',
    ].join('\n');
    expect(headers(text).map((entry) => entry.slice(0, 4))).toEqual([
      ['Global IT Project Manager', 'Company Name', 'City , State', month(2013, 4)],
      ['IT Project Manager', 'Company Name', 'City , State', month(2007, 5)],
    ]);
  });

  it('reads a duty written in the employer\'s place ("Take orders") as the description\'s first line, not the employer (#23)', () => {
    // Hand-written in the layout of a Kaggle résumé PDF (FITNESS/12092347): a title, its dates, then a line of duties
    // where the employer is written. An employer whose first word is a verb's form, then a capital, stays one.
    const text = [
      ...['cashier', 'August 2007 to October 2007', 'Take orders', '', 'Prepare food and wash dishes.', ''],
      ...['Server', 'June 2005 to July 2007', 'Managed Care Partners', '', 'Served tables.'],
    ].join('\n');
    expect(
      parseExperienceSection(text, { now: NOW }).map((entry) => [entry.title, entry.company, entry.description]),
    ).toEqual([
      ['cashier', undefined, 'Take orders Prepare food and wash dishes.'],
      ['Server', 'Managed Care Partners', 'Served tables.'],
    ]);
  });

  it('takes the employer a title names after "in" when the company line names only a product or a module (#23)', () => {
    // Hand-written in the Indeed layout (DataTurks set): an SAP module written on the company line, the employer in the
    // title. A company line that is an employer, or a title whose words after "in" are a field, stay as they are.
    const text = [
      ...['FI/CO Consultant in Tech Mahindra', '', 'SAP FICO -', '', '2015 to Present', ''],
      ...['SAP FICO Consultant', '', 'SAP FICO -', '', 'April 2013 to May 2014', ''],
      ...['Consultant in Data Science', '', 'Microsoft SharePoint -', '', 'June 2011 to March 2013', ''],
      ...['Analyst in Tech Mahindra', '', 'Globex Systems -', '', 'June 2009 to May 2011'],
    ].join('\n');
    expect(headers(text).map((entry) => entry.slice(0, 2))).toEqual([
      ['FI/CO Consultant', 'Tech Mahindra'],
      // The module the title names is no employer (the next test).
      ['SAP FICO Consultant', undefined],
      ['Consultant in Data Science', 'Microsoft SharePoint'],
      ['Analyst in Tech Mahindra', 'Globex Systems'],
    ]);
  });

  // Helper 226, the Indeed layout (DataTurks set: dt-103's project entries under "Microsoft SharePoint -", dt-26's "SAP
  // FICO Consultant" under "SAP FICO -", dt-210's "Microsoft Certified System Engineer" under "MCSA -").
  it('reads no employer from a company line that names the product the title names, or a certificate', () => {
    const text = [
      ...['SharePoint Designer', '', 'Microsoft SharePoint -', '', '2017 to 2017', ''],
      ...['SAP FICO Consultant', '', 'SAP FICO -', '', 'April 2013 to May 2014', ''],
      ...['Microsoft Certified System Engineer', '', 'MCSA -', '', '2010 to 2011', ''],
      // A vendor's one-word name, a name ending in an organisation's word, or a unit the title does not name: employers.
      ...['Cisco Network Engineer', '', 'Cisco -', '', '2008 to 2009', ''],
      ...['AWS Solutions Architect', '', 'Amazon Web Services -', '', '2006 to 2007', ''],
      ...['Associate Consultant', '', 'SAP Ariba -', '', '2004 to 2005'],
    ].join('\n');
    expect(headers(text).map((entry) => entry.slice(0, 2))).toEqual([
      ['SharePoint Designer', undefined],
      ['SAP FICO Consultant', undefined],
      ['Microsoft Certified System Engineer', undefined],
      ['Cisco Network Engineer', 'Cisco'],
      ['AWS Solutions Architect', 'Amazon Web Services'],
      ['Associate Consultant', 'SAP Ariba'],
    ]);
  });

  // Helper 226, the Indeed layout (DataTurks set: dt-168's "Consultant Infosys from Modus Systems -Tester" over an empty
  // company line).
  it('reads the employer a contractor names after "from", leaving out the client firm after the title', () => {
    const text = [
      ...['Consultant Infosys from Modus Systems -Tester', '', '-', '', 'June 2004 to December 2004', ''],
      ...['Test Engineer from Globex Solutions', '', 'Initech Ltd -', '', 'June 2002 to May 2004', ''],
      // A place after "from", or no organisation's word there: the title stays whole.
      ...['Sales Trainer from Day One', '', 'Acme Ltd -', '', 'June 2000 to May 2002', ''],
      ...['Sales Executive from Pune', '', 'Fabrikam Ltd -', '', 'June 1998 to May 2000'],
    ].join('\n');
    expect(headers(text).map((entry) => entry.slice(0, 2))).toEqual([
      ['Consultant', 'Modus Systems'],
      // The company line names the employer where there is one.
      ['Test Engineer', 'Initech Ltd'],
      ['Sales Trainer from Day One', 'Acme Ltd'],
      ['Sales Executive from Pune', 'Fabrikam Ltd'],
    ]);
  });

  // Helper 226: the Kaggle résumé PDFs (HEALTHCARE/14667957 reads "Provided", a duty's first word on a line of its own
  // after the title's wrapped end; HEALTHCARE/10480456 "Company", its "Company Name" cut at a line's end).
  it('reads no employer from a label alone or a verb in the past tense alone', () => {
    expect(['Company', 'Provided', 'Practiced', 'Speed', 'United', 'Allied', 'Acme'].map(namesNoEmployer)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
    // Core's one-word employer labels of every language; a label of several words is the anonymised employer itself.
    expect(['EMPLOYER', 'Firma', 'Empresa', 'Société', 'Company Name'].map(namesNoEmployer)).toEqual([
      true,
      true,
      true,
      true,
      false,
    ]);
    const text = [
      ...[
        'Director, New Product Research 01/2011 to Current Company',
        'Name City , State Responsibilities: drove it',
        '',
      ],
      ...[
        'Nurse Administrator/Day Nursing Supervisor/Educator',
        'January 2004 to July 2007 Company Name : City , State',
      ],
      ...['', 'Syracuse, NY 1/2004-7/2007 Nurse Administrator/Day Nursing', 'Supervisor/Educator', 'Provided'],
    ].join('\n');
    // No undated position "Supervisor/Educator" at "Provided".
    expect(headers(text).map((entry) => entry.slice(0, 2))).toEqual([
      ['Director, New Product Research', undefined],
      ['Nurse Administrator/Day Nursing Supervisor/Educator', 'Company Name'],
    ]);
  });

  // Helper 226: hand-written in the layout of a Kaggle résumé PDF (DIGITAL-MEDIA/14209965), whose titles name the
  // employer the anonymiser left ("… Media Planner at SapientNitro 07/2014 - Current Company Name City , State").
  it('reads the employer a title names after "at" beside the anonymised employer', () => {
    const text = [
      ...['Contract Media Planner at Globex 07/2014 - Current Company Name City , State', 'Planned media.', ''],
      ...['Freelance Media Planner At Neo@Initech 01/2013 - 06/2014 Company Name City , State', 'Planned media.', ''],
      // A title after "at": the title stays as it is.
      ...['Sales Associate at Assistant Manager level 01/2011 - 12/2012 Company Name City , State', 'Sold.'],
    ].join('\n');
    expect(headers(text).map((entry) => entry.slice(0, 2))).toEqual([
      ['Contract Media Planner', 'Globex'],
      ['Freelance Media Planner', 'Neo@Initech'],
      ['Sales Associate at Assistant Manager level', 'Company Name'],
    ]);
  });

  // Helper 231: hand-written in the layout of a Kaggle résumé PDF (AVIATION/11804712: "August 2010 to August 2010" over
  // "Company Name United States Navy, Oak Harbor WA Aviation Maintenance & Production Manager, 8/2010 - Present …").
  it('reads the employer, its town and state and the title written after the anonymised employer', () => {
    const text = [
      ...['August 2010 to August 2010', 'Company Name Globex Navy, Oak Harbor WA Aviation Maintenance Manager', ''],
      ...['June 2008 to July 2010', 'Company Name Initech Systems, Springfield IL Logistics Officer', ''],
      // A title before the comma, or no state's code: as before.
      ...['June 2006 to May 2008', 'Company Name Shift Supervisor, Avionics Technician'],
    ].join('\n');
    expect(headers(text).map((entry) => entry.slice(0, 3))).toEqual([
      ['Aviation Maintenance Manager', 'Globex Navy', 'Oak Harbor WA'],
      ['Logistics Officer', 'Initech Systems', 'Springfield IL'],
      ['Shift Supervisor, Avionics Technician', 'Company Name', undefined],
    ]);
  });

  // Helper 226: hand-written in the layout of a Kaggle résumé PDF (ACCOUNTANT/12338274: "Aug'07- Dec'08 Auto1
  // (Al-Ghannam Auto World Co." over "WLL), Kuwait Accountant: Responsible to …").
  it("closes the employer's parenthesis cut at a line's end with the title line's opening words", () => {
    const text = [
      ...["Aug'07- Dec'08 Globex (Initech Trading Co.", 'WLL), Kuwait Accountant: Responsible for the books.', ''],
      // A parenthesis the employer closes itself: the title stays whole.
      ...["Jan'05- Jul'07 Acme (Holdings) Ltd", 'Senior Accountant: Responsible for payroll.'],
    ].join('\n');
    expect(headers(text).map((entry) => entry.slice(0, 3))).toEqual([
      ['Accountant', 'Globex (Initech Trading Co. WLL)', 'Kuwait'],
      ['Senior Accountant', 'Acme (Holdings) Ltd', undefined],
    ]);
  });

  // Helper 226: UpdatedResumeDataSet row 709 types "DBA in Marketplace Technologies Ltd" where the employer belongs.
  it('leaves out of the employer a role written before it with "in" or "at"', () => {
    const text = [
      ...['Database Administrator', '', 'DBA in Globex Technologies Ltd -', '', 'June 2015 to May 2018', ''],
      ...['Analyst', '', 'Senior Analyst at Initech Pvt Ltd -', '', 'June 2012 to May 2015', ''],
      // No organisation after "in", or an organisation's word before it: the employer stays whole.
      ...['Lecturer', '', 'Centre for Excellence in Teaching -', '', 'June 2010 to May 2012', ''],
      ...['Engineer', '', 'Infosys in Pune -', '', 'June 2008 to May 2010'],
    ].join('\n');
    expect(headers(text).map((entry) => entry[1])).toEqual([
      'Globex Technologies Ltd',
      'Initech Pvt Ltd',
      'Centre for Excellence in Teaching',
      'Infosys in Pune',
    ]);
  });

  // Helper 226: UpdatedResumeDataSet rows 297 and 748 type "Color Sky Decor LLC Dubai", "PRGX India Private Limited Pune".
  it('reads the town written after the legal form, with no comma, as the place', () => {
    const text = [
      ...['Civil Engineer', '', 'Globex Decor LLC Dubai -', '', 'June 2015 to May 2018', ''],
      ...['Developer', '', 'Initech India Private Limited Pune -', '', 'June 2012 to May 2015', ''],
      ...['Analyst', '', 'Acme Inc NY -', '', 'June 2010 to May 2012', ''],
      // An organisation's word after the legal form is the name's.
      ...['Engineer', '', 'Infosys Limited Company -', '', 'June 2008 to May 2010', ''],
      // A line of business (a skill core knows) after the legal form is no town.
      ...['Site Engineer', '', 'Globex & Sons Limited Construction -', '', 'June 2006 to May 2008', ''],
      ...['Chef', '', 'Initech Holdings Inc Hospitality -', '', 'June 2004 to May 2006'],
    ].join('\n');
    expect(headers(text).map((entry) => entry.slice(1, 3))).toEqual([
      ['Globex Decor LLC', 'Dubai'],
      ['Initech India Private Limited', 'Pune'],
      ['Acme Inc', 'NY'],
      ['Infosys Limited Company', undefined],
      ['Globex & Sons Limited Construction', undefined],
      ['Initech Holdings Inc Hospitality', undefined],
    ]);
  });

  // Helper 231: UpdatedResumeDataSet row 324 types "company - Almighty tech pvt ltd nagpur".
  it('reads a lower-case town after a legal form written in lower case as the place', () => {
    const text = [
      ...['Java Developer', '', 'Globex tech pvt ltd nagpur -', '', 'June 2015 to May 2018', ''],
      // A word that may end the line but names no town, or one after a legal form written in capitals, stays.
      ...['Developer', '', 'Initech pvt ltd since -', '', 'June 2012 to May 2015', ''],
      ...['Analyst', '', 'Acme Pvt Ltd software -', '', 'June 2010 to May 2012'],
    ].join('\n');
    expect(headers(text).map((entry) => entry.slice(1, 3))).toEqual([
      ['Globex tech pvt ltd', 'nagpur'],
      ['Initech pvt ltd since', undefined],
      ['Acme Pvt Ltd software', undefined],
    ]);
  });

  // Helper 231: UpdatedResumeDataSet rows 599 and 185 ("Cloud Operations Architect (DevOps)" over "DevOps",
  // "Sr. Executive-Mechanical Engineering- …" over "Mechanical Engineering").
  it('reads no employer from a company line naming the field or practice the title sets apart', () => {
    const text = [
      ...['Cloud Operations Architect (DevOps)', '', 'DevOps -', '', 'June 2015 to May 2018', ''],
      ...[
        'Sr. Executive-Mechanical Engineering- Projects Consultant',
        '',
        'Mechanical Engineering -',
        '',
        '2012 to 2015',
        '',
      ],
      // A vendor's name opening the title, or one named nowhere in it, stays the employer.
      ...['Cisco Network Engineer', '', 'Cisco -', '', '2010 to 2012', ''],
      ...['Site Reliability Engineer', '', 'DevOps -', '', '2008 to 2010'],
    ].join('\n');
    expect(headers(text).map((entry) => entry.slice(0, 2))).toEqual([
      ['Cloud Operations Architect (DevOps)', undefined],
      ['Sr. Executive-Mechanical Engineering- Projects Consultant', undefined],
      ['Cisco Network Engineer', 'Cisco'],
      ['Site Reliability Engineer', 'DevOps'],
    ]);
  });

  it('reads a title written inside parentheses without either of them (#23)', () => {
    // Hand-written in the layout of a Kaggle résumé PDF (ARTS/16244633): the title in parentheses before its dates; a
    // parenthesis that closes inside the title stays.
    const text = [
      ...['(HR Generalist) Aug. 2003 - July 2007', 'Provided support to staff regarding company policies.', ''],
      ...['Payroll Analyst (Contract) Aug. 2001 - July 2003', 'Ran payroll for 300 staff.'],
    ].join('\n');
    expect(headers(text).map((entry) => entry[0])).toEqual(['HR Generalist', 'Payroll Analyst (Contract)']);
  });

  it('never reads the anonymised employer as the title of dates listed with it alone (#23)', () => {
    // Hand-written in the layout of a Kaggle résumé PDF (AGRICULTURE/17499196): dates and "Company Name" lines, one under
    // another, after the last position; they name no title, so they add no position.
    const text = [
      'Planning Intern 07/2008 to 08/2008',
      'Using the Geographic Information System (GIS) to update land use surveys.',
      '',
      ...[
        '01/2008 to 01/2008',
        'Company Name',
        '01/2008 to 01/2008',
        'Company Name',
        '01/2007 to 01/2007',
        'Company Name',
      ],
    ].join('\n');
    expect(headers(text).map((entry) => entry.slice(0, 2))).toEqual([['Planning Intern', undefined]]);
  });

  it("does not read a project's line with its value between bars as a position's header (#23)", () => {
    // Hand-written in the layout of a Kaggle résumé PDF (CONSTRUCTION/12212468): each position's dates, then its title
    // and employer, then a project's name, value and client; the project line above the next dates is not its header.
    const text = [
      ...['12/2002 to 08/2004', 'Structures Office/Field Engineer Company Name \u2013 City , State', ''],
      ...['Dublin I-16 | $10.1 million | Georgia Department of Transportation (GDOT)', ''],
      ...['08/2000 to 09/2001', 'Field Superintendent/Project Controls Manager Company Name \u2013 City , State', ''],
      ...['Level 3 Fiber Optic Network Project | $41.5 million | Level3 Installation', ''],
      'Prepared weekly construction status reports',
    ].join('\n');
    expect(headers(text).map((entry) => entry.slice(0, 4))).toEqual([
      ['Structures Office/Field Engineer', 'Company Name', 'City , State', month(2002, 11)],
      ['Field Superintendent/Project Controls Manager', 'Company Name', 'City , State', month(2000, 7)],
    ]);
  });

  it('does not read dates written between two sentences of a description as a position (#23)', () => {
    // Hand-written in the layout of a Kaggle résumé PDF (AGRICULTURE/16507693): a description line that dates a duty in
    // parentheses between two sentences, then the next position.
    const text = [
      ...['Management Analyst 08/2007 to 12/2013', 'Company Name \u2013 City , State', ''],
      'Reconcile monthly visa statement.',
      'Served as backup HR Liaison. (2007-2013) Serves as the timekeeping backup.',
      '',
      ...['Debt Management Specialist 09/2002 to 07/2007', 'Company Name \u2013 City , State'],
    ].join('\n');
    expect(headers(text).map((entry) => entry.slice(0, 2))).toEqual([
      ['Management Analyst', 'Company Name'],
      ['Debt Management Specialist', 'Company Name'],
    ]);
  });

  it("does not read a description's sentence written in parentheses as the title of the dates below it (#23)", () => {
    // Hand-written in the layout of a Kaggle résumé PDF (ARTS/11187796): a note on the position above, in parentheses,
    // over dates whose line names the employer and its place but no title; a title in parentheses still reads as one.
    const text = [
      ...['Store Associate', 'February 2016 to March 2017 Company Name \u2013 City , State', ''],
      ...[
        'Train and assess new associates.',
        '',
        '(Assumed position at Brier Creek, Raleigh, NC location in October 2015)',
        '',
      ],
      ...['June 2015 to February 2016 Company Name \u2013 City , State', 'Prepare cash registers.', ''],
      ...['(Sales Associate)', 'June 2014 to May 2015 Company Name \u2013 City , State'],
    ].join('\n');
    expect(headers(text).map((entry) => entry.slice(0, 2))).toEqual([
      ['Store Associate', 'Company Name'],
      ['Sales Associate', 'Company Name'],
    ]);
  });

  it('reads an award written over dates as a highlight of the position above, not as a position (#23)', () => {
    // Hand-written in the layout of Kaggle résumé PDFs (CHEF/12155206, ARTS/11187796): an award dated within the position
    // above it; an award above dates of a position of their own, whose title is not written; a role over awards.
    const text = [
      ...['Company Name City , State KINDERGARTEN TEACHER 09/2013 to Current', 'Create lesson plans for Kindergarten.'],
      '2014-2015 TEACHER OF THE YEAR AWARD FOR KINDERGARTEN',
      ...['Company Name City , State K-5 MATH INTERVENTIONIST 09/2008 to 09/2013', 'Provided math intervention.', ''],
      ...['Store Associate', 'March 2006 to June 2008 Company Name \u2013 City , State', 'Train new associates.'],
      ...['Employee of the Month (July)', '', 'February 2004 to March 2006 Company Name \u2013 City , State', ''],
      ...['Awards Coordinator', 'June 2001 to May 2003 Company Name \u2013 City , State'],
    ].join('\n');
    const { entries, untitled } = readExperienceSection(text, { now: NOW });
    expect(entries.map((entry) => [entry.title, entry.highlights])).toEqual([
      ['KINDERGARTEN TEACHER', ['TEACHER OF THE YEAR AWARD FOR KINDERGARTEN (2014-2015)']],
      ['K-5 MATH INTERVENTIONIST', []],
      ['Store Associate', ['Employee of the Month (July)']],
      ['Awards Coordinator', []],
    ]);
    expect(untitled).toEqual([{ company: 'Company Name', start: month(2004, 1), end: month(2006, 2) }]);
  });
});

describe('a slash that separates a title from the next part (#23)', () => {
  it('leaves the slash out of the title (a slash inside it stays)', () => {
    // Hand-written in the layouts of Kaggle résumé PDFs (FITNESS/13367322: "Title / Company Name - City , State dates";
    // ADVOCATE/14064815: "Company Name Title // City , State // dates").
    const text = [
      ...['Bartender (On Call) / Company Name - City , State 08/2019 - Current', 'Checked identification.', ''],
      ...['Server/Bartender / Company Name - City , State 06/2011 - 07/2015', 'Served tables.', ''],
      ...['Company Name Family Advocate // City , State // May 2004 to July 2007', 'Advised families.', ''],
    ].join('\n');
    expect(headers(text).map((entry) => entry.slice(0, 3))).toEqual([
      ['Bartender (On Call)', 'Company Name', 'City , State'],
      ['Server/Bartender', 'Company Name', 'City , State'],
      ['Family Advocate', 'Company Name', 'City , State'],
    ]);
  });
});

describe('a sentence that opens with an adverb above a position (#23)', () => {
  it("is part of the description above, not the next position's title", () => {
    // Hand-written in the layout of a Kaggle résumé PDF (HEALTHCARE/11704150): the last duty of a position, "Consistently
    // assumed additional responsibilities", above the next one's "Title , dates" line, whose title names no role core knows.
    const lines = [
      ...['Aircraft Hydraulics Journeyman , 04/2016 to 05/2019', 'Company Name - City , State', ''],
      ...['Performed inspections.', 'Consistently assumed additional responsibilities', ''],
      ...['Home Health Care Provider , 02/2014 to 03/2016', 'Company Name - City , State', '', 'Assisted residents.'],
    ];
    expect(titlesAndCompanies(lines)).toEqual([
      ['Aircraft Hydraulics Journeyman', 'Company Name'],
      ['Home Health Care Provider', 'Company Name'],
    ]);
  });
});

describe('a course of study under an experience heading (#23)', () => {
  it('reads no position from a header that gives a grade point average', () => {
    // Hand-written in the layout of a Kaggle résumé PDF (HEALTHCARE/14062078): a degree's years of study, with the school
    // and the grade point average, written between positions.
    const text = [
      ...['01/2006 to 08/2008', 'Medical Technician Company Name', 'City , State', 'Drew blood samples.'],
      '08/2013-12/2015 , Student, ASN, Nursing, Hill Technical College, Hill Valley, GA, GPA: 3.20.',
      'Studied the aspects of coordinating patient care.',
    ].join('\n');
    const { entries, untitled } = readExperienceSection(text, { now: NOW });
    expect(entries.map((entry) => [entry.title, entry.company])).toEqual([['Medical Technician', 'Company Name']]);
    expect(untitled).toEqual([]);
  });
});

describe('a line that opens with "Working" under a role (#23)', () => {
  it('is a duty of the position above, not the employer of another', () => {
    // Hand-written in the layout of a Kaggle résumé PDF (ADVOCATE/14176254): a role's name and a duty that opens with
    // "Working", undated, inside a dated position.
    const lines = [
      ...['Customer Service Advocate Mar 2016', 'Company Name ï¼ City , State', ''],
      ...['Patient Center Medical Home Dedicated Representative', 'Working 0-2 FCR case reports', 'Coached new reps.'],
      ...['', 'Missionary Pastor Jun 2016', 'Company Name ï¼ City , State', '', 'Taught weekly lessons.'],
    ];
    expect(titlesAndCompanies(lines)).toEqual([
      ['Customer Service Advocate', 'Company Name'],
      ['Missionary Pastor', 'Company Name'],
    ]);
  });
});

describe('a possessive left before a title by a wrapped sentence (#23)', () => {
  it('leaves a lower-case possessive out of the title, and keeps a capitalised one', () => {
    // Hand-written in the layout of a Kaggle résumé PDF (AUTOMOBILE/22452756: "…I am working as" wrapped before "their
    // SERVICE CENTRE MANAGER", a line of its own over the dates).
    const position = titleOver('January 1994 to January 2007 Company Name');
    expect(position('their SERVICE CENTRE MANAGER')).toEqual([['SERVICE CENTRE MANAGER', 'Company Name']]);
    expect(position('Our Kids Academy Teacher')).toEqual([['Our Kids Academy Teacher', 'Company Name']]);
  });
});

describe('a title whose last words a template wrote twice (#23)', () => {
  it('is read with them once, and a word written twice stays', () => {
    // Hand-written in the layouts of Kaggle résumé PDFs (SALES/10724818 "Executive Assistant Executive Assistant",
    // AVIATION/13195436 "… Egress Leading Petty Officer Leading Petty Officer", each over its dates line).
    const position = titleOver('October 2001 to Current Company Name');
    expect(position('Executive Assistant Executive Assistant')).toEqual([['Executive Assistant', 'Company Name']]);
    expect(position('Aviation Egress Leading Petty Officer Leading Petty Officer')).toEqual([
      ['Aviation Egress Leading Petty Officer', 'Company Name'],
    ]);
    expect(position('Sales Sales Manager')).toEqual([['Sales Sales Manager', 'Company Name']]);
  });
});

describe('a title that opens with the prefix "co-" (#23)', () => {
  it('reads "Co-" as the prefix of a role, not as the "Co" that ends a company\'s name', () => {
    // Hand-written: the employer on the line above the title, neither with a company's word, as résumés write them.
    const position = (company: string, title: string) =>
      titlesAndCompanies([company, title, 'Jan 2015 - Dec 2016', '- Ran the events.']);
    expect(position('Hill Valley Events', 'Co-Founder')).toEqual([['Co-Founder', 'Hill Valley Events']]);
    expect(position('Hill Valley Events', 'Event Co-Director')).toEqual([['Event Co-Director', 'Hill Valley Events']]);
    // The British spelling "Co-ordinator" names the role as "Coordinator" does (core's ROLE_NOUNS).
    expect(position('Hill Valley Events', 'Event Co-ordinator')).toEqual([
      ['Event Co-ordinator', 'Hill Valley Events'],
    ]);
    // A bank's role named by its O*NET title (core's ROLE_NOUNS).
    expect(position('Green Valley Mortgage', 'Commercial Lender')).toEqual([
      ['Commercial Lender', 'Green Valley Mortgage'],
    ]);
    // "Co" and "Co." still end a company's name.
    expect(position('Hill Valley Trading Co.', 'Marketing Lead')).toEqual([
      ['Marketing Lead', 'Hill Valley Trading Co.'],
    ]);
    expect(position('Marketing Lead', 'Hill Valley Trading Co')).toEqual([
      ['Marketing Lead', 'Hill Valley Trading Co'],
    ]);
  });
});

describe('a role noun glued onto the word before it (#23)', () => {
  it('is set apart', () => {
    // Hand-written in the layout of Kaggle résumé PDFs, whose text (pdf.js) glues words the layout set apart without a
    // space character (ACCOUNTANT/12442909 "Operations & TrainingConsultant", "ProgramCoordinator", "TeamLead").
    const position = titleOver('July 2009 to July 2010 Company Name ï¼ City , State');
    expect(position('ProgramCoordinator')).toEqual([['Program Coordinator', 'Company Name']]);
    expect(position('Production TeamLead (Contractor)')).toEqual([
      ['Production Team Lead (Contractor)', 'Company Name'],
    ]);
    expect(position('Executive TeamMember/Cashier')).toEqual([['Executive Team Member/Cashier', 'Company Name']]);
    // A product's or a company's name written in camel case stays whole, and so does a word in lower case.
    expect(position('SharePoint Developer')).toEqual([['SharePoint Developer', 'Company Name']]);
    expect(position('DevOps Engineer')).toEqual([['DevOps Engineer', 'Company Name']]);
    expect(position('Search and Rescue teammember')).toEqual([['Search and Rescue teammember', 'Company Name']]);
  });
});

// Hand-written in the layouts of European and North American CVs (#23, helper 184): the Spanish and Italian "Título —
// Empresa (Ciudad)", the English "Title, Company — City, ST <spaces> dates", the LinkedIn export "Company · Title".
describe('common CV header layouts in several languages (#23)', () => {
  const entries = (lines: readonly string[]) => headers(lines.join('\n')).map((entry) => entry.slice(0, 3));
  it('reads a town in parentheses after the employer as the place', () => {
    expect(entries(['Ingeniero de datos — Telefónica (Madrid)', 'Enero 2019 – Actualidad'])).toEqual([
      ['Ingeniero de datos', 'Telefónica', 'Madrid'],
    ]);
    expect(
      entries(['Desarrollador backend — Banco Santander (Boadilla del Monte)', 'Marzo 2015 – Diciembre 2018']),
    ).toEqual([['Desarrollador backend', 'Banco Santander', 'Boadilla del Monte']]);
    expect(entries(['Seit 2020  Teamleiter Vertrieb, Siemens AG (München)'])).toEqual([
      ['Teamleiter Vertrieb', 'Siemens AG', 'München'],
    ]);
    // Europass: "Employer, Town (Country)": the town and its country are the place.
    expect(entries(['01/2018 – 12/2020', 'Responsable des achats', 'Airbus SAS, Toulouse (France)'])).toEqual([
      ['Responsable des achats', 'Airbus SAS', 'Toulouse (France)'],
    ]);
    // An acronym, a kind of employment or a department in parentheses is no place.
    expect(entries(['Analyst — Tata Consultancy Services (TCS)', 'Jan 2019 – Dec 2020'])).toEqual([
      ['Analyst', 'Tata Consultancy Services (TCS)', undefined],
    ]);
    expect(entries(['Developer — Globex (Contract)', 'Jan 2019 – Dec 2020'])).toEqual([
      ['Developer', 'Globex (Contract)', undefined],
    ]);
    expect(entries(['Developer — Globex (Research and Development)', 'Jan 2019 – Dec 2020'])).toEqual([
      ['Developer', 'Globex (Research and Development)', undefined],
    ]);
  });

  it('reads "Title, Company — Place <spaces> dates": the employer after the title\'s comma, the place of two words whole', () => {
    expect(entries(['Senior Software Engineer, Amazon — Seattle, WA    Jan 2020 – Present'])).toEqual([
      ['Senior Software Engineer', 'Amazon', 'Seattle, WA'],
    ]);
    expect(entries(['Business Analyst, Whole Foods Market — Austin, TX    Jul 2017 – Feb 2021'])).toEqual([
      ['Business Analyst', 'Whole Foods Market', 'Austin, TX'],
    ]);
    expect(entries(['Product Manager, Dell Technologies — Round Rock, TX    Mar 2021 – Present'])).toEqual([
      ['Product Manager', 'Dell Technologies', 'Round Rock, TX'],
    ]);
  });

  it('reads French and German role words of a "Title, Company, Town" line', () => {
    expect(entries(['Depuis janvier 2020 : Cheffe de projet digital, BNP Paribas, Paris'])).toEqual([
      ['Cheffe de projet digital', 'BNP Paribas', 'Paris'],
    ]);
    expect(entries(['Depuis 2019 : Formateur bénévole, OpenClassrooms'])).toEqual([
      ['Formateur bénévole', 'OpenClassrooms', undefined],
    ]);
    expect(entries(['seit 01/2023\tMentorin, Women in Tech e.V., Berlin'])).toEqual([
      ['Mentorin', 'Women in Tech e.V.', 'Berlin'],
    ]);
    // Polish "od" and Dutch "sinds" open a range as "seit" does (core's opensWithSinceWord).
    expect(entries(['od 01/2021\tProgramistka, Comarch, Kraków'])).toEqual([['Programistka', 'Comarch', 'Kraków']]);
    expect(entries(['sinds 2020\tSoftwareontwikkelaar, Coolblue, Rotterdam'])).toEqual([
      ['Softwareontwikkelaar', 'Coolblue', 'Rotterdam'],
    ]);
  });

  it('reads a town as the last of three barred parts, after the title and the employer', () => {
    expect(entries(['Enero 2019 - actualidad | Ingeniera de datos | Telefónica | Madrid'])).toEqual([
      ['Ingeniera de datos', 'Telefónica', 'Madrid'],
    ]);
    // A product's name or a line of business there is no place.
    expect(entries(['Jan 2019 - Dec 2020 | Cloud Engineer | Microsoft | Azure'])).toEqual([
      ['Cloud Engineer', 'Microsoft', undefined],
    ]);
    expect(entries(['Jan 2019 - Dec 2020 | Analyst | Deloitte | Audit'])).toEqual([['Analyst', 'Deloitte', undefined]]);
  });

  it('splits "Company · Title" at a middle dot between spaces', () => {
    expect(entries(['Shopify · Staff Developer', 'Jan 2019 – Present · Ottawa, ON'])).toEqual([
      ['Staff Developer', 'Shopify', 'Ottawa, ON'],
    ]);
  });

  it('reads a position opened by "ab" or "a partir de" as ongoing', () => {
    expect(headers('ab 10/2022      Werkstudentin Data Science, Otto Group, Hamburg')).toEqual([
      ['Werkstudentin Data Science', 'Otto Group', 'Hamburg', month(2022, 9), null],
    ]);
    expect(headers('A partir de 2022: Engenheiro de dados, Farfetch, Porto')).toEqual([
      ['Engenheiro de dados', 'Farfetch', 'Porto', month(2022, 0), null],
    ]);
  });

  it('reads a position dated "From <date>" with no end as ongoing, but no "From" opening a sentence', () => {
    // Hand-written in the Kaggle PDFs' layout (title, employer and town, dates on a line of their own).
    expect(headers('Senior Data Engineer\nAcme Corp, Boston, MA\nFrom March 2019\n- Built the pipelines')).toEqual([
      ['Senior Data Engineer', 'Acme Corp', 'Boston, MA', month(2019, 2), null],
    ]);
    // A description line (bulleted or not) that opens with "From 2019" and goes on is a sentence: no position of its own.
    const sentences = (line: string) =>
      headers(`Data Engineer\nAcme Corp, Boston, MA\n2015 - 2022\n${line}\n- Built the pipelines`).length;
    expect(sentences('- From 2019 I led the data team of five')).toBe(1);
    expect(sentences('From 2019 I led the data team of five')).toBe(1);
  });

  it("reads no position from a product's two versions ending an environment line, nor an open one from 'From <date> - Till <date>'", () => {
    // "Windows Server 2008 2012" read as a range made the line a position of its own, and the next position folded into it.
    expect(
      headers(
        'Senior Developer\nAcme Corp, Boston, MA\nJan 2014 - Present\nEnvironment: C#, Windows Server 2008 2012\n\nDeveloper\nBeta Inc, Austin, TX\nMar 2010 - Dec 2013\n- Wrote code',
      ),
    ).toEqual([
      ['Senior Developer', 'Acme Corp', 'Boston, MA', month(2014, 0), null],
      ['Developer', 'Beta Inc', 'Austin, TX', month(2010, 2), month(2013, 11)],
    ]);
    // "From Aug 2011 - Till Sep 2012" ended in 2012: not an ongoing position.
    expect(
      headers('Data Engineer\nAcme Corp, Boston, MA\nFrom Aug 2011 - Till Sep 2012\n- Built the pipelines')[0]?.[4],
    ).not.toBeNull();
  });
});

describe('isCompanyWord', () => {
  it("finds core's legal forms, English and abroad, but not a role's 'Co-' prefix", () => {
    // Hand-written in the shape of LinkedIn postings' company column ("Blackland Home Inspections, PLLC").
    for (const text of [
      'Blackland Home Inspections, PLLC',
      'Acme Trading Co.',
      'Acme Ltd',
      'Siemens AG',
      'Coolblue B.V.',
    ])
      expect(isCompanyWord(text), text).toBe(true);
    for (const text of ['Co-Founder', 'Co-ordinator', 'Agile Coach']) expect(isCompanyWord(text), text).toBe(false);
  });

  it('reads a state\'s code after a town\'s comma as the place, not a legal form ("Denver, CO", "Reno, NV")', () => {
    for (const text of ['Denver, CO', 'Grand Junction, CO 81501', 'Reno, NV'])
      expect(isCompanyWord(text), text).toBe(false);
    for (const text of [
      'Acme Trading Co',
      'Smith & Co',
      'Acme Co., Denver',
      'Acme Trading Co, CO',
      'Mercy Hospital, Denver, CO',
    ])
      expect(isCompanyWord(text), text).toBe(true);
  });
});

describe('isTitleWord', () => {
  it('knows Dutch and Polish job titles, compounds and feminine forms among them', () => {
    // Hand-written titles as Dutch and Polish CVs write them (fixtures/layouts: nl-heden, nl-functie, pl-obecnie,
    // pl-stanowisko); none was a title word before.
    for (const title of [
      'Softwareontwikkelaar',
      'Medewerker klantenservice',
      'Verkoopmedewerkster',
      'Beleidsadviseur',
      'Systeembeheerder',
      'Projectleider',
      'Docent wiskunde',
      'Stagiair marketing',
      'Data-analist',
      'Programistka Java',
      'Kierownik projektu',
      'Specjalista ds. sprzedaży',
      'Inżynier oprogramowania',
      'Księgowa',
      'Doradca klienta',
      'Sprzedawczyni',
      'Nauczyciel matematyki',
      'Stażysta',
      'Praktykantka',
      'Analityk danych',
    ])
      expect(isTitleWord(title), title).toBe(true);
    // "Leider" alone is German for "unfortunately"; organisations' names hold no title word.
    for (const text of ['Leider', 'Gemeente Eindhoven', 'Szkoła Podstawowa nr 5', 'Biuro Rachunkowe Bilans'])
      expect(isTitleWord(text), text).toBe(false);
  });

  it('knows Czech and Slovak job titles, feminine forms among them', () => {
    // Hand-written titles as Czech and Slovak CVs write them (fixtures/layouts: cs-soucasnost, sk-doteraz); none was a
    // title word before.
    for (const title of [
      'Programátorka Java',
      'Účetní',
      'Asistentka prodeje',
      'Vývojář softwaru',
      'Projektový manažer',
      'Vedoucí prodejny',
      'Obchodní zástupce',
      'Softvérový vývojár',
      'Projektový manažér',
      'Predavač',
      'Účtovníčka',
      'Riaditeľ pobočky',
      'Špecialistka nákupu',
      'Inžinier kvality',
    ])
      expect(isTitleWord(title), title).toBe(true);
    for (const text of ['Česká spořitelna a.s.', 'Slovnaft a.s.', 'Vysoké učení technické v Brně', 'Mladá Boleslav'])
      expect(isTitleWord(text), text).toBe(false);
  });

  it('reads the Polish, Czech and Slovak "at the firm" between the title and the employer', () => {
    // Hand-written lines in the shapes Polish, Czech and Slovak CVs write; each was one title before.
    expect(headers('01.2020 – 12.2023\nInżynier w firmie ABB sp. z o.o., Kraków')).toEqual([
      ['Inżynier', 'ABB sp. z o.o.', 'Kraków', month(2020, 0), month(2023, 11)],
    ]);
    expect(titlesAndCompanies(['2016 – 2019', 'Účetní ve společnosti Škoda Auto a.s.'])).toEqual([
      ['Účetní', 'Škoda Auto a.s.'],
    ]);
    expect(titlesAndCompanies(['2016 – 2019', 'Programátor vo firme ESET, spol. s r.o.'])).toEqual([
      ['Programátor', 'ESET, spol. s r.o.'],
    ]);
  });

  it('takes a line holding a Czech, Slovak or Polish legal form for the employer, before or after the title', () => {
    // Hand-written entries (dates, then the employer and the title in either order) whose title holds no title word:
    // only the legal form (core's LEGAL_FORMS) tells the employer's line.
    const text = [
      '2019 – 2021',
      'Tester',
      'Bohemia Interactive a.s.',
      '',
      '2017 – 2019',
      'Avast Software s.r.o.',
      'Tester',
      '',
      '2014 – 2015',
      'Nowak sp. k.',
      'Recepcjonistka',
      '',
      '2012 – 2013',
      'Dvořák a Novák v.o.s.',
      'Skladník',
    ].join('\n');
    expect(titlesAndCompanies([text])).toEqual([
      ['Tester', 'Bohemia Interactive a.s.'],
      ['Tester', 'Avast Software s.r.o.'],
      ['Recepcjonistka', 'Nowak sp. k.'],
      ['Skladník', 'Dvořák a Novák v.o.s.'],
    ]);
  });
});

describe('employerGluedToTitle', () => {
  it("reads an employer's name glued after the title, ending in a legal form, an institution's word or self-employment", () => {
    expect(employerGluedToTitle('Administrative Assistant/Bookkeeper Addus HealthCare')).toEqual({
      title: 'Administrative Assistant/Bookkeeper',
      employer: 'Addus HealthCare',
    });
    expect(employerGluedToTitle('Senior Accountant Acme Corporation')).toEqual({
      title: 'Senior Accountant',
      employer: 'Acme Corporation',
    });
    expect(employerGluedToTitle('Registered Nurse Mercy Hospital')?.employer).toBe('Mercy Hospital');
    expect(employerGluedToTitle('Accounting Tutor Sole Proprietorship')).toEqual({
      title: 'Accounting Tutor',
      employer: 'Sole Proprietorship',
    });
  });

  it('leaves a title with a field, a division or a department after its role word, and a title alone', () => {
    for (const title of [
      'Manager Information Systems',
      'Vice President Global Technology',
      'Director Human Resources',
      'Senior Accountant Finance Department',
      'NC Air Guard Health Services Manager',
      'Bank Manager',
      'Teacher',
      'Software Engineer Oracle',
    ])
      expect(employerGluedToTitle(title), title).toBeUndefined();
  });

  it("leaves a bank's line of business and the kind of a school or clinic after the role word", () => {
    for (const title of [
      'Manager Retail Bank',
      'Director Investment Bank',
      'Vice President Corporate Bank',
      'Teacher Primary School',
      'Assistant Professor Business School',
      'Consultant Medical Clinic',
    ])
      expect(employerGluedToTitle(title), title).toBeUndefined();
    // A name before the same words is an employer's.
    expect(employerGluedToTitle('Teller First Citizens Bank')?.employer).toBe('First Citizens Bank');
    expect(employerGluedToTitle('Teacher Lincoln Primary School')?.employer).toBe('Lincoln Primary School');
  });

  it('gives the position its employer when no company line names one', () => {
    const resume = (head: string) =>
      `Jane Doe\nExperience\n${head}\nJanuary 2000 to January 2003 City , State\nKept books.\n`;
    const [entry] = parseResumeText(resume('Administrative Assistant/Bookkeeper Addus HealthCare')).experience;
    expect([entry?.title, entry?.company, entry?.location]).toEqual([
      'Administrative Assistant/Bookkeeper',
      'Addus HealthCare',
      'City , State',
    ]);
    // A company line names the employer: the title is left as written.
    const [named] = parseResumeText(
      'Jane Doe\nExperience\nSenior Accountant Acme Corporation\nGlobex Inc. - Austin, TX\n2015 - 2019\nKept books.\n',
    ).experience;
    expect(named?.company).toBe('Globex Inc.');
  });
});

describe('employerGluedBeforeTitle', () => {
  it("reads an employer's name ended by its legal form before the title on its line", () => {
    expect(employerGluedBeforeTitle('Acme Pvt. Ltd. Sr. Java Developer')).toEqual({
      title: 'Sr. Java Developer',
      employer: 'Acme Pvt. Ltd.',
    });
    expect(employerGluedBeforeTitle('Infosys Limited Senior Analyst')).toEqual({
      title: 'Senior Analyst',
      employer: 'Infosys Limited',
    });
    expect(employerGluedBeforeTitle('Phoenix Microsystems Pvt.Ltd. Jr. Java Developer')?.employer).toBe(
      'Phoenix Microsystems Pvt.Ltd.',
    );
    expect(employerGluedBeforeTitle('Tata Consultancy Services Ltd Software Engineer')?.title).toBe(
      'Software Engineer',
    );
  });

  it('leaves a title that a legal form word opens or that no role word ends, and "Company" in a title', () => {
    for (const title of [
      'Limited Edition Designer',
      'Company Secretary',
      'Infantry Company Commander',
      'Acme Ltd. Java, Spring Boot',
      'Acme Ltd.',
      'Senior Accountant Acme Corporation',
      'Ltd Senior Analyst',
      // "PLC" is programmable logic controllers there, the title's skill, not a public limited company.
      'Senior PLC Programmer',
      'Siemens PLC Technician',
      'Allen Bradley PLC Programmer',
      'Rockwell Automation PLC Engineer',
      // Round 28 (helper 275): the legal form's run goes on through "Pvt." past the six words an employer may have; the
      // cut after "Corp." left "Pvt. LLC" opening the title.
      'Acme Ltd. Inc Co. Limited Corp. Pvt. LLC Senior Java Lead Developer',
    ])
      expect(employerGluedBeforeTitle(title), title).toBeUndefined();
    expect(employerGluedBeforeTitle('Acme Ltd. Pvt. LLC Senior Analyst')).toEqual({
      title: 'Senior Analyst',
      employer: 'Acme Ltd. Pvt. LLC',
    });
  });

  it('gives the position its employer and title when no company line names one', () => {
    const [entry] = parseResumeText(
      'Jane Doe\nExperience\nAcme Pvt. Ltd. Sr. Java Developer\nJan 2015 - Dec 2018\n- Built services\n',
    ).experience;
    expect([entry?.title, entry?.company]).toEqual(['Sr. Java Developer', 'Acme Pvt. Ltd.']);
    const [infosys] = parseResumeText(
      'Jane Doe\nExperience\nInfosys Limited Senior Analyst Jan 2015 - Dec 2018\nBuilt reports.\n',
    ).experience;
    expect([infosys?.title, infosys?.company]).toEqual(['Senior Analyst', 'Infosys Limited']);
  });

  it('reads such headers each over its dates, with nothing between, as positions of their own', () => {
    // Round 28 (helper 275): the second header, on the line below the first one's dates, was read as the first
    // position's employer and its own dates lost, so the rule was never reached.
    const read = (lines: string[]) =>
      parseResumeText(['Jane Doe', 'Experience', ...lines].join('\n'), {
        now: new Date(Date.UTC(2026, 0, 1)),
      }).experience.map(({ title, company, start, end }) => [
        title,
        company,
        start?.getUTCFullYear(),
        end?.getUTCFullYear(),
      ]);
    const two = [
      'Acme Pvt. Ltd. Sr. Java Developer',
      'Jan 2015 - Mar 2017',
      'Beta Solutions Pvt. Ltd. Team Lead',
      'Apr 2017 - Dec 2019',
    ];
    expect(read(two)).toEqual([
      ['Sr. Java Developer', 'Acme Pvt. Ltd.', 2015, 2017],
      ['Team Lead', 'Beta Solutions Pvt. Ltd.', 2017, 2019],
    ]);
    expect(read([...two, 'Gamma Infotech Limited Architect', 'Jan 2020 - Dec 2021'])).toEqual([
      ['Sr. Java Developer', 'Acme Pvt. Ltd.', 2015, 2017],
      ['Team Lead', 'Beta Solutions Pvt. Ltd.', 2017, 2019],
      ['Architect', 'Gamma Infotech Limited', 2020, 2021],
    ]);
    // Kept as before: a title line over its dates and its employer's line with no dates below it.
    expect(read(['Senior Java Developer', 'Jan 2015 - Mar 2017', 'Acme Corp', 'Built services.'])).toEqual([
      ['Senior Java Developer', 'Acme Corp', 2015, 2017],
    ]);
  });

  it('reads title lines each over its dates as positions of their own, and a company heading over them as the employer of each', () => {
    // Hand-written: "Title / dates / Title / dates" with no description read the second title as the first position's
    // employer and lost the second position; under a company heading the second title took the next heading's employer.
    expect(
      headers(['Senior Java Developer', 'Jan 2015 - Mar 2017', 'Team Lead', 'Apr 2017 - Dec 2019'].join('\n')),
    ).toEqual([
      ['Senior Java Developer', undefined, undefined, month(2015, 0), month(2017, 2)],
      ['Team Lead', undefined, undefined, month(2017, 3), month(2019, 11)],
    ]);
    const promotions = [
      'Acme Corp, Pune',
      'Senior Java Developer',
      'Jan 2015 - Mar 2017',
      'Team Lead',
      'Apr 2017 - Dec 2019',
      '',
      'Beta Ltd, Mumbai',
      'Developer',
      'Jan 2012 - Dec 2014',
    ];
    expect(headers(promotions.join('\n'))).toEqual([
      ['Senior Java Developer', 'Acme Corp', 'Pune', month(2015, 0), month(2017, 2)],
      ['Team Lead', 'Acme Corp', undefined, month(2017, 3), month(2019, 11)],
      ['Developer', 'Beta Ltd', 'Mumbai', month(2012, 0), month(2014, 11)],
    ]);
    // Kept as before: the employer's line below each title and its dates (Kaggle's template).
    expect(
      titlesAndCompanies([
        'Supply Chain Specialist , 08/2013 to 03/2017',
        'Company Name – City , State',
        'Patient Care Assistant , 04/2017 to 05/2019',
        'Company Name – City , State',
      ]),
    ).toEqual([
      ['Supply Chain Specialist', 'Company Name'],
      ['Patient Care Assistant', 'Company Name'],
    ]);
    // And a heading after a blank line over its own dates, with no title between, stays the title's employer.
    expect(titlesAndCompanies(['Team Lead', 'Jan 2015 - Mar 2017', '', 'Acme Corp', 'Apr 2017 - Dec 2019'])).toEqual([
      ['Team Lead', 'Acme Corp'],
    ]);
  });
});

describe('a position written employer first whose title our words do not know', () => {
  // Hand-written: the employer named by its legal form, the title ("Bricklayer") a word no title list holds.
  it('reads it with its dates below, with its dates above it as the last entry of the section, and without dates', () => {
    const first = ['Software Engineer', 'Initech Corp'];
    expect(
      titlesAndCompanies([
        'Initech Corp',
        'Software Engineer',
        'Jan 2015 - Dec 2018',
        'Hruby Ltd.',
        'Bricklayer',
        '2010 - 2012',
      ]),
    ).toEqual([first, ['Bricklayer', 'Hruby Ltd.']]);
    // Dates above each entry: the last one's title below its employer, and a later entry's title stays its own.
    expect(
      titlesAndCompanies([
        'Jan 2015 - Dec 2018',
        'Initech Corp',
        'Software Engineer',
        '2010 - 2012',
        'Hruby Ltd.',
        'Bricklayer',
      ]),
    ).toEqual([first, ['Bricklayer', 'Hruby Ltd.']]);
    expect(
      titlesAndCompanies([
        'Jan 2015 - Dec 2018',
        'Initech Corp',
        'Software Engineer',
        '2010 - 2012',
        'Hruby Ltd.',
        'Bricklayer',
        '2008 - 2010',
        'Acme Inc.',
        'Carpenter',
      ]),
    ).toEqual([first, ['Bricklayer', 'Hruby Ltd.'], ['Carpenter', 'Acme Inc.']]);
    // No dates: the last entry is still read, with none.
    expect(
      headers(['Initech Corp', 'Software Engineer', 'Jan 2015 - Dec 2018', 'Hruby Ltd.', 'Bricklayer'].join('\n')),
    ).toEqual([
      ['Software Engineer', 'Initech Corp', undefined, month(2015, 0), month(2018, 11)],
      ['Bricklayer', 'Hruby Ltd.', undefined, undefined, undefined],
    ]);
    // Not a place, a duty or a line below an employer named by no legal form ("PRODUCT WAAS Express" over "PROJECT X").
    expect(
      titlesAndCompanies(['Initech Corp', 'Software Engineer', 'Jan 2015 - Dec 2018', 'Hruby Ltd.', 'Austin, TX']),
    ).toEqual([first]);
    expect(
      titlesAndCompanies([
        'Initech Corp',
        'Software Engineer',
        'Jan 2015 - Dec 2018',
        'Hruby Ltd.',
        'Managed the crew',
      ]),
    ).toEqual([first]);
    expect(
      titlesAndCompanies([
        'Initech Corp',
        'Software Engineer',
        'Jan 2015 - Dec 2018',
        'PRODUCT Wide Area Services',
        'PROJECT CISCO-WAAS',
      ]),
    ).toEqual([first]);
  });
});

// parseExperienceSection is public: called on a section's text it reads a form's fields as parseResumeText does.
describe('parseExperienceSection on fields written as a form', () => {
  it('reads fields set apart on one line, and a label above its value', () => {
    const expected = [['Senior Engineer', 'Infosys Ltd', undefined, month(2015, 5), month(2018, 2)]];
    expect(headers('Company: Infosys Ltd | Designation: Senior Engineer | Duration: Jun 2015 - Mar 2018')).toEqual(
      expected,
    );
    expect(headers('Company:\nInfosys Ltd\nDesignation:\nSenior Engineer\nDuration:\nJun 2015 - Mar 2018')).toEqual(
      expected,
    );
    const section =
      'Company: Infosys Ltd\tDesignation: Senior Engineer\tDuration: Jun 2015 - Mar 2018\n- Built the system';
    expect(parseExperienceSection(section, { now: NOW })).toEqual(
      parseResumeText(`Ravi Kumar\nravi@example.com\n\nEXPERIENCE\n${section}\n`, { now: NOW }).experience,
    );
  });
  // Helper 226: such a form with its dates between the company and the designation read the title "Duration" and no
  // employer when its labels had no colon, and no employer when they had one.
  it('reads the company above the dates and the designation below them, labels with a colon or none', () => {
    const form = (colon: string) =>
      [
        ...[`Company${colon}`, 'Infosys Ltd', `Duration${colon}`, 'June 2015 - May 2018', `Designation${colon}`],
        ...['Senior Systems Engineer', 'Responsibilities', 'Built data pipelines for a banking client.', ''],
        ...[`Company${colon}`, 'Wipro Technologies', `Duration${colon}`, 'July 2012 - May 2015', `Designation${colon}`],
        ...['Software Engineer', 'Responsibilities', 'Maintained payment services.'],
      ].join('\n');
    const expected = [
      ['Senior Systems Engineer', 'Infosys Ltd', undefined, month(2015, 5), month(2018, 4)],
      ['Software Engineer', 'Wipro Technologies', undefined, month(2012, 6), month(2015, 4)],
    ];
    expect(headers(form(':'))).toEqual(expected);
    expect(headers(form(''))).toEqual(expected);
  });
});

describe('a header whose dates part opens with "Since" or "From" after a bar', () => {
  // Hand-written: fda7b738 read 'Since 2015 | To 2018' as one range, and the "Since" left before it made the header a
  // sentence ("… | Acme Corp | Since"), so no position was read (before it, the position was read, open since 2015).
  it('reads the position with the whole range', () => {
    for (const dates of ['Since 2015 | To 2018', 'From 2015 | To 2018', 'Since 2015 - 2018', 'From: 2015 - To 2018'])
      expect(headers(`Software Engineer | Acme Corp | ${dates}\n- Built services`), dates).toEqual([
        ['Software Engineer', 'Acme Corp', undefined, month(2015, 0), month(2018, 11)],
      ]);
    // A sentence's "from" stays a sentence's: no position.
    expect(headers('Worked on the billing service from 2015 to 2018 for the payments team')).toEqual([]);
    // Nor after a bar where the sentence goes on after the range (hand-written, helper 282).
    expect(headers('Migrated billing | from 2016 to 2017 with the team')).toEqual([]);
  });
});
