import { describe, expect, it } from 'vitest';
import { parseResumeText } from './parse-resume-text.js';

const NOW = new Date(Date.UTC(2024, 0, 1));
const untitledWarnings = (text: string) =>
  (parseResumeText(text, { now: NOW }).warnings ?? [])
    .filter((warning) => warning.reason.includes('has no job title'))
    .map((warning) => warning.reason);

describe('parseResumeText: positions reported as left out for want of a title', () => {
  // Indeed's text export (DataTurks dt-36's layout): a position, then a second block of its description under the same
  // employer line and dates, whose title slot holds a sentence's first words.
  const repeated = (employer: string) =>
    [
      'Jane Doe',
      '',
      'WORK EXPERIENCE',
      '',
      'Devops Engineer',
      '',
      'Infosys limited -  Hyderabad, Telangana -',
      '',
      'December 2014 to Present',
      '',
      '• Maintained the build servers.',
      '',
      'Atlassian tools Release Management according',
      '',
      `${employer} -`,
      '',
      'December 2014 to Present',
      '',
      'to project needs.',
      '',
      'Globex Ltd -  Pune, Maharashtra -',
      '',
      'March 2012 to November 2014',
      '',
      '• Wrote reports.',
    ].join('\n');

  it('are not reported where an entry read names the same employer and dates', () => {
    expect(untitledWarnings(repeated('Infosys limited'))).toEqual([
      'a position at Globex Ltd (2012-03 to 2014-11) has no job title and is left out',
    ]);
    expect(untitledWarnings(repeated('INFOSYS LIMITED'))).toHaveLength(1);
  });

  it('are reported where the employer or the dates differ, or the employer is the anonymised "Company Name"', () => {
    expect(untitledWarnings(repeated('Wipro Ltd'))).toContain(
      'a position at Wipro Ltd (2014-12 to present) has no job title and is left out',
    );
    const anonymised = [
      'Jane Doe',
      '',
      'Experience',
      '',
      '08/2015 to Current',
      'Company Name – City , State',
      'Taught mathematics.',
      '',
      '08/2015 to Current',
      'Teacher Leader Company Name – City , State',
      'Led the grade team.',
    ].join('\n');
    expect(untitledWarnings(anonymised)).toEqual([
      'a position at Company Name (2015-08 to present) has no job title and is left out',
    ]);
  });

  // Helper 242: updated-resume-dataset row 714 (a job board's key–value export) names its one employer and dates but no
  // title; the layout's reader read no titled position, and the position it left out went unsaid.
  it("are reported where the key–value layout of a job board's export reads no titled position", () => {
    const text = [
      'Education Details ',
      'January 2011 M.B.A.  Amravati, Maharashtra Amravati University',
      'Oracle Database Administrator ',
      '',
      'ORACLE DATABASE ADMINISTRATOR WITH 4 YEARS EXPERIENCE.',
      'Skill Details ',
      'ORACLE- Experience - 48 months',
      'Company Details ',
      'company - Birch Software Pvt. Ltd',
      'description - Pune From February 2015 till present',
      'Supporting databases in 24x7 environments.',
    ].join('\n');
    expect(untitledWarnings(text)).toEqual([
      'a position at Birch Software Pvt. Ltd (2015-02 to present) has no job title and is left out',
    ]);
  });
});

// updated-resume-dataset rows 2, 711, 824 (names made up): the form names employers, but neither titles nor dates, and
// nothing else in the résumé reads as a position; the employers were read by nothing and went unsaid.
describe("parseResumeText: a job board's form naming employers with no title nor dates", () => {
  const form = (lines: readonly string[]) =>
    [
      'Education Details ',
      'January 2014 B.E  Satara, Maharashtra Westfield College of Engineering',
      'Dot net developer ',
      '',
      '',
      'Skill Details ',
      '.NET- Experience - 24 months',
      'Company Details ',
      ...lines,
    ].join('\n');
  const formWarnings = (text: string) =>
    (parseResumeText(text, { now: NOW }).warnings ?? [])
      .filter((warning) => warning.path === 'experience')
      .map((warning) => warning.reason);

  it('says each employer the form names, once, where it reads no titled position', () => {
    const text = form([
      'company - Corecode technology',
      'description - Worked on web application using asp,c#,mvc',
      'company - Inetsoft Solution',
      'description - Created web application using asp and c#.',
      'company - Corecode Technology',
      'description - ',
      'company - Fresher',
      'description - ',
      'company - ',
      'description - Python programming',
    ]);
    expect(parseResumeText(text, { now: NOW }).experience).toEqual([]);
    expect(formWarnings(text)).toEqual([
      `the form's company field holds "Corecode technology" with no job title nor dates; no position is read from it`,
      `the form's company field holds "Inetsoft Solution" with no job title nor dates; no position is read from it`,
    ]);
  });

  it('says none of them beside a titled position (such slots as often hold projects), and a dated one as before', () => {
    const text = form([
      'company - Birch Software Pvt. Ltd',
      'description - Data Analyst',
      'company - Billing Portal',
      'description - Built the billing portal.',
      'company - Delta Traders',
      'description - Mar 2015 to Apr 2017',
    ]);
    expect(parseResumeText(text, { now: NOW }).experience.map((entry) => entry.title)).toEqual(['Data Analyst']);
    expect(formWarnings(text)).toEqual([
      'a position at Delta Traders (2015-03 to 2017-04) has no job title and is left out',
    ]);
  });
});

describe('parseResumeText: student leadership roles', () => {
  // Hand-written in the layout of a new graduate's résumé: a club's and a society's roles under "Leadership Experience"
  // after the work history.
  const resume = (heading: string, work = 'PROFESSIONAL EXPERIENCE') =>
    [
      'Jane Doe',
      'jane.doe@example.com',
      '',
      'EDUCATION',
      'B.S. Finance, University of Michigan, 2016 - 2020',
      '',
      ...(work ? [work, 'Financial Analyst, Acme Corp, Chicago, IL', 'Jul 2020 - Present', '- Built models', ''] : []),
      heading,
      'President, Finance Club, University of Michigan',
      'Sep 2017 - May 2020',
      '- Led 40 members',
      'Treasurer, Delta Sigma Pi, Ann Arbor, MI',
      'Jan 2016 - Dec 2017',
      '- Managed the budget',
    ].join('\n');

  it.each([
    'LEADERSHIP EXPERIENCE',
    'Leadership Experience',
    'Campus Leadership Experience',
    'Extracurricular Experience',
  ])('lists the roles under %j as positions but counts no years of work from them', (heading) => {
    const parsed = parseResumeText(resume(heading), { now: NOW });
    expect(parsed.experience.map((entry) => entry.title)).toEqual([
      'Financial Analyst',
      'President',
      'Treasurer, Delta Sigma Pi',
    ]);
    // The analyst's years alone (Jul 2020 to the month before NOW); with the clubs' they were 4.4 more.
    expect(parsed.totalYears).toBe(parseResumeText(resume('SKILLS'), { now: NOW }).totalYears);
  });

  it('counts the roles where the résumé dates no other work', () => {
    const parsed = parseResumeText(resume('LEADERSHIP EXPERIENCE', ''), { now: NOW });
    expect(parsed.experience).toHaveLength(2);
    expect(parsed.totalYears).toBeGreaterThan(0);
  });

  it("counts a professional's positions under 'Leadership Experience' held after their degree", () => {
    // Hand-written: a nurse's earlier hospital positions under "LEADERSHIP EXPERIENCE", years after the degree; they
    // were left out of the years (6 for 16) when the heading alone decided.
    const nurse = (heading: string) =>
      [
        'Jane Roe',
        'jane.roe@example.com',
        '',
        'EDUCATION',
        'BSN Nursing, Regis University, 2003 - 2007',
        '',
        'PROFESSIONAL EXPERIENCE',
        'Nurse Manager, City Hospital, Chicago, IL',
        'Jan 2018 - Present',
        '- Led a unit of 40 nurses',
        '',
        heading,
        'Charge Nurse, Mercy Hospital, Chicago, IL',
        'Jan 2012 - Dec 2017',
        '- Ran the night shifts',
        'Staff Nurse, Mercy Hospital, Chicago, IL',
        'Jan 2008 - Dec 2011',
        '- Cared for patients',
      ].join('\n');
    const parsed = parseResumeText(nurse('LEADERSHIP EXPERIENCE'), { now: NOW });
    expect(parsed.experience.map((entry) => entry.title)).toEqual(['Nurse Manager', 'Charge Nurse', 'Staff Nurse']);
    expect(parsed.totalYears).toBe(parseResumeText(nurse('WORK HISTORY'), { now: NOW }).totalYears);
    expect(parsed.totalYears).toBe(16);
    // A new graduate's degree written with its end alone: the clubs' roles before it are still no years of work.
    const graduate = resume('LEADERSHIP EXPERIENCE').replace('2016 - 2020', 'May 2020');
    expect(parseResumeText(graduate, { now: NOW }).totalYears).toBe(
      parseResumeText(resume('SKILLS').replace('2016 - 2020', 'May 2020'), { now: NOW }).totalYears,
    );
  });

  it("counts a position under 'Leadership Experience' begun during a part-time MBA and held after it", () => {
    // Hand-written: an executive's vice-presidency began while they took an MBA beside it and ran on after the degree;
    // read as held while studying, its years were left out (1 for 4.8).
    const executive = (heading: string) =>
      [
        'John Smith',
        'john.smith@example.com',
        '',
        'PROFESSIONAL EXPERIENCE',
        'Director of Operations, Acme Corp, Chicago, IL',
        'Jan 2023 - Present',
        '- Ran the plants.',
        '',
        heading,
        'Vice President, Operations, Globex Inc, Chicago, IL',
        'Mar 2019 - Dec 2022',
        '- Led 200 people.',
        '',
        'EDUCATION',
        'MBA, University of Chicago Booth School of Business, 2018 - 2021',
        'B.S. Mechanical Engineering, Purdue University, 2004 - 2008',
      ].join('\n');
    const parsed = parseResumeText(executive('LEADERSHIP EXPERIENCE'), { now: NOW });
    expect(parsed.totalYears).toBe(parseResumeText(executive('WORK HISTORY'), { now: NOW }).totalYears);
    expect(parsed.totalYears).toBe(4.8);
  });
});

describe('parseResumeText: volunteering under the work history', () => {
  // Hand-written in the layout of the Kaggle résumé PDFs: a volunteering sub-heading under the work history, the
  // volunteer position below it written as the paid ones are.
  const resume = (heading: string, work = 'Work History', school = 'Education', title = 'Volunteer Coordinator') =>
    [
      'Jane Doe',
      'jane@example.com',
      '',
      work,
      'Store Manager',
      'Target, Miami, FL',
      'Jan 2018 - Present',
      '- Led a team of 20',
      '',
      heading,
      ...(title ? [title] : []),
      'Habitat for Humanity, Miami, FL',
      'June 2015 - Dec 2017',
      '- Organised weekend builds',
      '',
      school,
      'Bachelor of Arts in Psychology',
      'University of Miami',
      '2011 - 2015',
    ].join('\n');
  const positions = (text: string) =>
    parseResumeText(text, { now: NOW }).experience.map((entry) => [entry.title, entry.company, entry.location]);
  const both = (title: string) => [
    ['Store Manager', 'Target', 'Miami, FL'],
    [title, 'Habitat for Humanity', 'Miami, FL'],
  ];

  it.each(['Community Service', 'Volunteer Work', 'Volunteering', 'COMMUNITY SERVICE'])(
    'reads the positions under %j as positions',
    (heading) => {
      expect(positions(resume(heading))).toEqual(both('Volunteer Coordinator'));
      // Under capital headings the sub-heading is not read as the volunteer position's employer.
      expect(positions(resume(heading, 'WORK HISTORY', 'EDUCATION'))).toEqual(both('Volunteer Coordinator'));
    },
  );

  it('reads a "Volunteer" heading over an employer and dates as the position\'s title', () => {
    expect(positions(resume('Volunteer', 'Experience', 'Education', ''))).toEqual(both('Volunteer'));
  });

  it('counts no volunteering in the years of experience', () => {
    // Read as positions since 63240261, the volunteer years (June 2015 - Dec 2017) were added to the paid ones
    // (Jan 2018 - now): 10 years instead of 8.
    for (const heading of ['Volunteer Work', 'COMMUNITY SERVICE'])
      expect(parseResumeText(resume(heading), { now: NOW }).totalYears).toBe(
        parseResumeText(resume(heading).replace('June 2015 - Dec 2017', 'June 2019 - Dec 2020'), { now: NOW })
          .totalYears,
      );
    expect(parseResumeText(resume('Volunteer', 'Experience', 'Education', ''), { now: NOW }).totalYears).toBe(
      parseResumeText(resume('Skills', 'Experience', 'Education', ''), { now: NOW }).totalYears,
    );
  });
});

describe('parseResumeText: the reference "today" in section splitting', () => {
  it('reads a "<kind of work> Experience" heading over a position dated before `now` only', () => {
    // Hand-written: the store lead's position began in Jan 2028; in 2030 it is under way, and its heading (told from a
    // skills item by the dated line below it) was judged against the real clock, so the position was read as skills.
    const text = [
      'Jane Doe',
      'jane@example.com',
      '',
      'SKILLS',
      'Excel, Word',
      '',
      'Visual Merchandise Experience',
      'Store Lead, Acme Retail, Boston, MA',
      'Jan 2028 - Present',
      '- Arranged displays',
      '',
      'EDUCATION',
      'B.A. Economics, Boston University, 2012 - 2016',
    ].join('\n');
    const parsed = parseResumeText(text, { now: new Date(Date.UTC(2030, 0, 1)) });
    expect(parsed.experience.map((entry) => [entry.title, entry.company, entry.start?.toISOString()])).toEqual([
      ['Store Lead', 'Acme Retail', '2028-01-01T00:00:00.000Z'],
    ]);
    expect(parsed.totalYears).toBe(2);
  });
});

describe('parseResumeText: awards under the work history', () => {
  // Hand-written: capital headings, a title-case "Honors and Awards" after the last position with dated award lines.
  const resume = (heading: string) =>
    [
      'Jane Doe',
      'jane.doe@example.com',
      '',
      'PROFESSIONAL EXPERIENCE',
      'Software Engineer, Acme Corporation, Boston, MA',
      'Jan 2018 - Present',
      '- Built the billing service.',
      'Junior Developer, Globex Inc, Boston, MA',
      'Jun 2015 - Dec 2017',
      '- Wrote tests.',
      '',
      heading,
      "Dean's List 2012 – 2013",
      'Employee of the Month Jan 2015 Nov 2016',
      '',
      'EDUCATION',
      'B.S. Computer Science, Boston University, 2011 - 2015',
    ].join('\n');

  it.each(['Honors and Awards', 'Honors', 'Certifications', 'Skills', 'Interests'])(
    'reads no position and no years from the dated lines under %j',
    (heading) => {
      const parsed = parseResumeText(resume(heading), { now: NOW });
      expect(parsed.experience.map((entry) => [entry.title, entry.company])).toEqual([
        ['Software Engineer', 'Acme Corporation'],
        ['Junior Developer', 'Globex Inc'],
      ]);
      // Jun 2015 to the month before NOW; with the Dean's List's 2012-2013 it was 2 years more.
      expect(parsed.totalYears).toBe(8.6);
    },
  );
});
