import { describe, expect, it } from 'vitest';
import { LABELLED_LAYOUTS, LABELLED_RESUME as RESUME } from './adversarial-inputs.js';
import { readLabelledLayout } from './labelled-fields.js';
import { parseResumeText } from './parse-resume-text.js';

const NOW = new Date(Date.UTC(2026, 0, 1));

/** A résumé in the key–value layout with no education lines: the headline, then the company block's lines. */
const companyDetails = (headline: string, lines: readonly string[]) =>
  ['Education Details ', '', `${headline} `, '', '', 'Skill Details ', 'Company Details ', ...lines].join('\n');

/** Title and employer of each position read from a résumé in the key–value layout. */
const positionsOf = (text: string) =>
  readLabelledLayout(text, { now: NOW })?.experience.map(({ title, company }) => ({ title, company }));

/**
 * Title and employer of the positions read from a résumé in the key–value layout with this form title line ("Title -
 * Employer", its title also the headline) above the company block's lines.
 */
const positionsUnder = (titleLine: string, lines: readonly string[]) =>
  positionsOf(
    companyDetails(titleLine.split(' - ')[0] as string, lines).replace('\n\n\nSkill', `\n\n${titleLine}\nSkill`),
  );

/** The education entries read from a résumé in the key–value layout with these education lines and one position. */
const educationOf = (lines: readonly string[]) =>
  readLabelledLayout(
    [
      'Education Details ',
      ...lines,
      'Engineer ',
      '',
      '',
      'Skill Details ',
      'Company Details ',
      'company - Acme Ltd',
      'description - Did the work.',
    ].join('\n'),
    { now: NOW },
  )?.education.map(({ degree, field, institution }) => ({ degree, field, institution }));

describe('readLabelledLayout', () => {
  it('reads employers, titles and education from the key–value layout', () => {
    const layout = readLabelledLayout(RESUME, { now: NOW });
    expect(layout?.experience.map(({ title, company }) => ({ title, company }))).toEqual([
      // The form's title line names the current employer; the repeated employer is one position.
      { title: 'Data Analyst', company: 'Northwind Analytics Pvt Ltd' },
      // A description that starts with a title and dates.
      { title: 'Junior Analyst', company: 'Harbor Logistics' },
      // A "Designation:" line in the description.
      { title: 'Store Trainee', company: 'Lakeside Retail' },
    ]);
    const harbor = layout?.experience[1];
    expect(harbor?.start?.toISOString().slice(0, 7)).toBe('2016-01');
    expect(harbor?.end?.toISOString().slice(0, 7)).toBe('2017-12');
    expect(layout?.education.map(({ degree, institution }) => ({ degree, institution }))).toEqual([
      { degree: 'B.E', institution: 'Westfield Institute of Technology' },
      { degree: 'HSC', institution: 'Riverside Junior College' },
    ]);
  });

  it('invents no title: an employer with none is left out, and reported when dated', () => {
    const text = [
      'Education Details ',
      ' BCom   Hill University',
      'Accountant ',
      '',
      '',
      'Skill Details ',
      'Company Details ',
      'company - Delta Traders',
      'description - Mar 2015 to Apr 2017',
      'Kept the books.',
    ].join('\n');
    const layout = readLabelledLayout(text, { now: NOW });
    expect(layout?.experience).toEqual([]);
    expect(layout?.untitled).toEqual([
      { company: 'Delta Traders', start: new Date(Date.UTC(2015, 2, 1)), end: new Date(Date.UTC(2017, 3, 1)) },
    ]);
  });

  // A project's name in the company slot, the employer and the dates on the description's first line after "At", the
  // title on the line after it (the layout of updated-resume-dataset row 855; names made up).
  it('reads the employer of a description\'s "At <employer> <dates>" line and the title on the line after it', () => {
    const text = companyDetails('Developer', [
      'company - Billing Portal, CRM for a Bakery Chain',
      'description - • At Willow Infrastructure Pune                       Sep 2015- Oct 2016',
      'Software developer',
      '• Billing Portal, CRM for a Bakery Chain.',
      'company - Inventory tracker',
      'description - • At Falcon Telecom Limited              Nov 2013-Sep 2014',
      'Web developer',
      'company - Staff portal',
      // No title on the line after it: the position stays untitled.
      'description - • At Maple Stores Ltd              Jan 2012-Oct 2013',
      'Built the staff portal, with reports.',
    ]);
    const layout = readLabelledLayout(text, { now: NOW });
    expect(layout?.experience.map(({ title, company, start, end }) => ({ title, company, start, end }))).toEqual([
      {
        title: 'Software developer',
        company: 'Willow Infrastructure Pune',
        start: new Date(Date.UTC(2015, 8, 1)),
        end: new Date(Date.UTC(2016, 9, 1)),
      },
      {
        title: 'Web developer',
        company: 'Falcon Telecom Limited',
        start: new Date(Date.UTC(2013, 10, 1)),
        end: new Date(Date.UTC(2014, 8, 1)),
      },
    ]);
    expect(layout?.untitled.map(({ company }) => company)).toEqual(['Staff portal']);
  });

  // Helper 231: updated-resume-dataset row 855 writes "• At United Telecom Limited Ranchi   Nov 2013-Sep 2014".
  it('reads the town after the legal form of a description\'s "At <employer> <dates>" line as the place', () => {
    const text = companyDetails('Developer', [
      'company - Staff portal',
      'description - • At Falcon Telecom Limited Ranchi              Nov 2013-Sep 2014',
      'Web developer',
    ]);
    expect(
      readLabelledLayout(text, { now: NOW })?.experience.map(({ company, location }) => [company, location]),
    ).toEqual([['Falcon Telecom Limited', 'Ranchi']]);
  });

  // Descriptions that open with a sentence naming the role (updated-resume-dataset rows 105, 327, 829; names made up).
  it("reads the title a description's opening sentence names, and no wish or duty as one", () => {
    const text = companyDetails('Lecturer', [
      'company - Birch Fine Arts College',
      "description - • I'm doing a job as a Lecturer in Birch Fine Arts College Indore from Nov 2018.",
      'company - Cedar IT Academy',
      'description - I was working as a trainer. I have taught A+, N+ CCNA.',
      'company - Oak Software Ltd.',
      'description - I was worked as a dot net developer.',
      'company - Elm Systems',
      'description - I want to work in an organisation as a python developer.',
      'company - Pine Traders',
      'description - Worked as part of the audit team for two years.',
      'company - Ash Infotech',
      'description - I was working as a Team Lead of 5 members.',
      'company - Yew Retail',
      'description - I am working as Sales Manager of a team of 10.',
    ]);
    expect(positionsOf(text)).toEqual([
      { title: 'Lecturer', company: 'Birch Fine Arts College' },
      { title: 'trainer', company: 'Cedar IT Academy' },
      { title: 'dot net developer', company: 'Oak Software Ltd.' },
      // The title ends before "of" and a number or an article.
      { title: 'Team Lead', company: 'Ash Infotech' },
      { title: 'Sales Manager', company: 'Yew Retail' },
    ]);
  });

  // Helper 242: updated-resume-dataset rows 189, 331, 893 (names made up) name the role after "I am" or in a sentence
  // opening "As a"; the positions were left out, untitled.
  // updated-resume-dataset rows 328 and 745 (names made up): the slot's employer, then a sentence naming another one and
  // its dates; those dates were the slot's position's.
  it("reads a position a description's sentence names at another employer, with its dates, apart from the slot's", () => {
    const text = companyDetails('Java Developer', [
      'company - Kestrel IT Services Pvt Ltd',
      'description - Currently Working As Java Developer In Wavelet Solution Pvt Ltd From 1 July 2017 To Till Date.',
      '',
      'Experience Of  2 Yrs As A Java Developer In Kestrel IT Services Pvt Ltd.',
      'company - Larkspur Engineering',
      'description - Worked as a Software Engineer in Techwave Corporation, Chennai from Aug 2015 to sep 2016.',
      'Role: Software Engineer',
      // The slot's own employer in the sentence (a shorter name of it too): the slot's position and dates.
      'company - Harbor Logistics Pvt Ltd',
      'description - Worked as a Data Analyst at Harbor Logistics from Jan 2012 to Dec 2014.',
    ]).replace('\n\n\nSkill', '\n\nJava Developer - Kestrel IT Services Pvt Ltd\nSkill');
    const month = (date: Date | null | undefined) => (date ? date.toISOString().slice(0, 7) : date);
    expect(
      readLabelledLayout(text, { now: NOW })?.experience.map(({ title, company, location, start, end }) => [
        title,
        company,
        location,
        month(start),
        month(end),
      ]),
    ).toEqual([
      ['Java Developer', 'Kestrel IT Services Pvt Ltd', undefined, undefined, undefined],
      ['Java Developer', 'Wavelet Solution Pvt Ltd', undefined, '2017-07', null],
      ['Software Engineer', 'Larkspur Engineering', undefined, undefined, undefined],
      ['Software Engineer', 'Techwave Corporation', 'Chennai', '2015-08', '2016-09'],
      ['Data Analyst', 'Harbor Logistics Pvt Ltd', undefined, '2012-01', '2014-12'],
    ]);
  });

  // Hand-written (names made up) in the form's shape: the slot's employer by its initials and the sentence by its full
  // name, and a consultant's client named in the slot's only sentence; ba573bb7 read each sentence apart, leaving an
  // undated duplicate of the first and losing the second slot's employer.
  it("keeps a sentence naming the slot's employer by its initials, or a client where the slot has nothing else, the slot's", () => {
    const text = companyDetails('Java Developer', [
      'company - KCS',
      'description - Working As Java Developer In Kestrel Consultancy Services From Jan 2016 To Dec 2017.',
      'Built services for banking clients.',
      'company - Harbor Infotech Limited',
      'description - Worked as a Software Engineer at Citadel Bank, Pune from Jan 2018 to Mar 2020.',
      'Deployed services.',
    ]);
    const month = (date: Date | null | undefined) => (date ? date.toISOString().slice(0, 7) : date);
    expect(
      readLabelledLayout(text, { now: NOW })?.experience.map(({ title, company, start, end }) => [
        title,
        company,
        month(start),
        month(end),
      ]),
    ).toEqual([
      ['Java Developer', 'KCS', '2016-01', '2017-12'],
      ['Software Engineer', 'Harbor Infotech Limited', '2018-01', '2020-03'],
    ]);
  });

  it('reads the role after "I am" and in a sentence opening "As a", and no duty or phrase as one', () => {
    const text = companyDetails('Engineer', [
      'company - Birch Technologies',
      "description - I'm a software test engineer working at Birch technologies from past 1 year.",
      'company - Cedar Infotech',
      'description - 1.  I am Java web developer',
      'company - Oak Engineering Pvt Ltd',
      'description - * 1year in OAK ENGINEERING PVT. LTD. As a mechanical design engineer.',
      'company - Elm Systems',
      "description - I am responsible for managing the company's business in the Mumbai area.",
      'company - Pine Traders',
      'description - Implementing sales promotional activities as a part of pilot batch.',
      'company - Ash Builders',
      'description - I am diploma and degree holder in civil engineering applying for the post of civil engineer.',
    ]);
    expect(positionsOf(text)).toEqual([
      { title: 'software test engineer', company: 'Birch Technologies' },
      { title: 'Java web developer', company: 'Cedar Infotech' },
      { title: 'mechanical design engineer', company: 'Oak Engineering Pvt Ltd' },
    ]);
  });

  // Helper 242: updated-resume-dataset row 658 lists two projects under the same employer, each with its own "Role"; the
  // blocks were merged into one position and the second role was lost. Blocks without a title of their own still merge.
  it('keeps two blocks of the same employer apart where each names a different title', () => {
    const text = companyDetails('Engineer', [
      'company - Birch Techno System',
      'description - Project           Routers and Server Configuration',
      'Role              Network Engineer',
      'company - Birch Techno System',
      'description - Project           Network Implementation',
      'Role              Network Support Engineer',
      'company - Cedar Software Pvt. Ltd',
      'description - Designation - Java Developer',
      'company - Cedar Software Pvt Ltd.',
      'description - Wrote services in Java.',
      'company - Cedar Software Pvt Ltd',
      'description - Role: Java Developer',
    ]);
    expect(positionsOf(text)).toEqual([
      { title: 'Network Engineer', company: 'Birch Techno System' },
      { title: 'Network Support Engineer', company: 'Birch Techno System' },
      { title: 'Java Developer', company: 'Cedar Software Pvt. Ltd' },
    ]);
  });

  // Helper 242: updated-resume-dataset rows 295 and 324 write "Position: QA/QC Civil Engineer." and "DESIGNATION.: Java
  // Developer."; the full stop after the value (or the label) kept the title from being read.
  it('reads a labelled title that a full stop follows, and takes a title holding another for the same role', () => {
    const text = companyDetails('Engineer', [
      'company - Birch Engineering Limited',
      'description - Client: Glaxo, Nashik.',
      'Position: QA/QC Civil Engineer.',
      'company - Cedar Tech Pvt Ltd',
      'description - DESIGNATION.: Java Developer.',
      'company - Oak Ventures Private Limited',
      'description - Role: Java Developer',
      'company - Oak Ventures Private Limited',
      'description - Role: Java Developer, Manual Testing.',
    ]);
    expect(positionsOf(text)).toEqual([
      { title: 'QA/QC Civil Engineer', company: 'Birch Engineering Limited' },
      { title: 'Java Developer', company: 'Cedar Tech Pvt Ltd' },
      { title: 'Java Developer', company: 'Oak Ventures Private Limited' },
    ]);
  });

  // Helper 242: updated-resume-dataset row 433 writes the employer's blurb, "Role-SAP HANA Developer", "Team Size: 12" and
  // only then "Duration: Feb 2017 to Till Date": the dates were looked for in the first three lines only.
  it("reads the dates a period's label gives further down the description", () => {
    const text = companyDetails('Developer', [
      'company - Birch Energy',
      'description - Birch Energy is a provider of technology to the oil and gas industry.',
      'Role-SAP HANA Developer',
      'Team Size: 12',
      'Duration: Feb 2017 to Till Date',
      'company - Cedar Systems',
      'description - Role: Java Developer',
      'Team Size: 4',
      'Client: Oak Bank',
      'Period: 7 Dec 2006 to 20 March 2007',
      'company - Elm Software',
      'description - Role: Tester',
      'Team Size: 4',
      'Client: Oak Bank',
      'Duration: 5 months',
    ]);
    expect(
      readLabelledLayout(text, { now: NOW })?.experience.map(({ company, start, end }) => [company, start, end]),
    ).toEqual([
      ['Birch Energy', new Date(Date.UTC(2017, 1, 1)), null],
      ['Cedar Systems', new Date(Date.UTC(2006, 11, 1)), new Date(Date.UTC(2007, 2, 1))],
      ['Elm Software', undefined, undefined],
    ]);
  });

  it('(review) reads no general role noun after "I am" or "As a" as a title', () => {
    // A team's member, a fresher: what the person says they are, no job. "working as" still reads its role (as before).
    const text = companyDetails('Engineer', [
      'company - Birch Technologies',
      'description - As a member of the QA team, I tested the billing system.',
      'company - Cedar Infotech',
      'description - I am an active team member and delivered two releases.',
      'company - Oak Engineering Pvt Ltd',
      'description - I am a fresher.',
      'company - Elm Systems',
      'description - As a Team Lead, I managed 5 people.',
    ]);
    expect(positionsOf(text)).toEqual([{ title: 'Team Lead', company: 'Elm Systems' }]);
  });

  it('reads a title typed into the company slot as a title without an employer', () => {
    const text =
      'Education Details \n\nHR \n\n\nSkill Details \nCompany Details \ncompany - HR Assistant\ndescription - ';
    expect(positionsOf(text)).toEqual([{ title: 'HR Assistant', company: undefined }]);
  });

  it('leaves a "Role:" of duties and a project "Title:" alone', () => {
    const text = [
      'Education Details ',
      '',
      'Consultant ',
      '',
      '',
      'Skill Details ',
      'Company Details ',
      'company - Orbit Systems',
      'description - Title: Leave Management System',
      'Role: Requirement gathering, gap analysis, support',
    ].join('\n');
    expect(readLabelledLayout(text, { now: NOW })?.experience).toEqual([]);
  });

  // Rows of a project table written into the description, the label and its value apart by a column gap or a space, and
  // "Designation Held:" (the layouts of updated-resume-dataset rows 673, 298, 457, 513; names made up).
  it('reads a title labelled in a table row ("Role   Network Engineer") or as "Designation Held:"', () => {
    const text = [
      'Education Details ',
      '',
      'Network Engineer ',
      '',
      '',
      'Skill Details ',
      'Company Details ',
      'company - Orbit Systems Pvt. Ltd',
      'description - Project           Routers, Switches and Server Configuration',
      'Client            Hill School, Pune',
      'Role              Network Support Engineer',
      'Roles & responsibilities',
      'company - Delta Press (P) Ltd',
      'description - Role   System Engineer',
      'Roles & responsibilities',
      'company - Harbor Freight International',
      'description - About the company',
      'Designation Held: Logistic Assistant / Operations Executive',
      'company - Lakeside Foods',
      'description - Role Requirement gathering and gap analysis',
    ].join('\n');
    expect(positionsOf(text)).toEqual([
      { title: 'Network Support Engineer', company: 'Orbit Systems Pvt. Ltd' },
      { title: 'System Engineer', company: 'Delta Press (P) Ltd' },
      { title: 'Logistic Assistant / Operations Executive', company: 'Harbor Freight International' },
    ]);
  });

  it("reads no employer from a label's or a heading's phrase in the company slot, and keeps the position", () => {
    // Hand-written in the layout of UpdatedResumeDataSet rows that type "Nature Of Work" or "CAREER TIMELINE" there.
    const text = companyDetails('Sales Manager', [
      'company - Nature Of Work',
      'description - Designation: Sales Manager',
      'company - CAREER TIMELINE',
      'description - Role: Test Manager',
      'company - Work Experience',
      'description - Role: Support Engineer',
      'company - Current Project',
      'description - Duration: September 2016 to Till date',
      'company - Hard Work Consulting Pvt Ltd',
      'description - Designation: Analyst',
    ]);
    const layout = readLabelledLayout(text, { now: NOW });
    expect(layout?.experience.map(({ title, company }) => ({ title, company }))).toEqual([
      { title: 'Sales Manager', company: undefined },
      { title: 'Test Manager', company: undefined },
      { title: 'Support Engineer', company: undefined },
      { title: 'Analyst', company: 'Hard Work Consulting Pvt Ltd' },
    ]);
    // The dated position under "Current Project" names no employer to report it by.
    expect(layout?.untitled).toEqual([]);
  });

  it('reads no employer from a label written with its value in the company slot', () => {
    // Hand-written in the layout of UpdatedResumeDataSet rows that type "Technology - Dot Net" or "Domain- …" there.
    const text = companyDetails('Software Developer', [
      'company - Technology - Dot Net',
      'description - Designation: Software Developer',
      'company - Domain- Manufacturing and Human Resource',
      'description - Role: Team Lead',
      'company - FADV - First Advantage',
      'description - Designation: Analyst',
    ]);
    expect(positionsOf(text)).toEqual([
      { title: 'Software Developer', company: undefined },
      { title: 'Team Lead', company: undefined },
      { title: 'Analyst', company: 'FADV - First Advantage' },
    ]);
  });

  it('reads no employer from a soft skill in the company slot, and keeps a vendor that names a skill (#23)', () => {
    // Hand-written in the layout of UpdatedResumeDataSet row 435, which types "company - Quick Learner".
    const text = companyDetails('SAP Consultant', [
      'company - Quick Learner',
      'description - Designation: SAP Security Consultant',
      'company - Cisco',
      'description - Role: Network Engineer',
    ]);
    expect(positionsOf(text)).toEqual([
      { title: 'SAP Security Consultant', company: undefined },
      { title: 'Network Engineer', company: 'Cisco' },
    ]);
  });

  // Helper 226: UpdatedResumeDataSet row 89 types "company - Practiced" (its description goes on "at High Court …").
  it('reads no employer from a verb in the past tense alone in the company slot, and keeps a participle that names one', () => {
    const text = companyDetails('Advocate', [
      'company - Practiced',
      'description - Designation: Advocate',
      'company - Allied Traders',
      'description - Role: Sales Executive',
    ]);
    expect(positionsOf(text)).toEqual([
      { title: 'Advocate', company: undefined },
      { title: 'Sales Executive', company: 'Allied Traders' },
    ]);
  });

  // Helper 226: UpdatedResumeDataSet row 709 types "company - DBA in Marketplace Technologies Ltd".
  it('leaves out of the employer a role typed before it in the company slot', () => {
    const text = companyDetails('Database Administrator', [
      'company - DBA in Globex Technologies Ltd',
      'description - Designation: Database Administrator',
    ]);
    expect(positionsOf(text)).toEqual([{ title: 'Database Administrator', company: 'Globex Technologies Ltd' }]);
  });

  // Helper 226: UpdatedResumeDataSet row 748 types "company - PRGX India Private Limited Pune".
  it('reads the town typed after the legal form in the company slot as the place', () => {
    const text = companyDetails('Hadoop Developer', [
      'company - Globex India Private Limited Pune',
      'description - Designation: Hadoop Developer',
    ]);
    expect(readLabelledLayout(text, { now: NOW })?.experience.map((entry) => [entry.company, entry.location])).toEqual([
      ['Globex India Private Limited', 'Pune'],
    ]);
  });

  // Helper 231: UpdatedResumeDataSet row 324 types "company - Almighty tech pvt ltd nagpur".
  it('reads a lower-case town typed after a lower-case legal form in the company slot as the place', () => {
    const text = companyDetails('Java Developer', [
      'company - Globex tech pvt ltd nagpur',
      'description - Designation: Java Developer',
    ]);
    expect(readLabelledLayout(text, { now: NOW })?.experience.map((entry) => [entry.company, entry.location])).toEqual([
      ['Globex tech pvt ltd', 'nagpur'],
    ]);
  });

  // Helper 231: UpdatedResumeDataSet rows 599 and 185 type "Cloud Operations Architect (DevOps) - DevOps" over
  // "company - DevOps", "Sr. Executive-Mechanical Engineering- … - Mechanical Engineering" over "company - Mechanical
  // Engineering".
  it('reads no employer from a company slot naming the field the form title sets apart', () => {
    expect(
      positionsUnder('Cloud Operations Architect (DevOps) - DevOps', [
        'company - DevOps',
        'description - Type: DevOps Engineer.',
      ]),
    ).toEqual([{ title: 'Cloud Operations Architect (DevOps)', company: undefined }]);
    expect(
      positionsUnder('Sr. Executive-Mechanical Engineering- Projects Consultant - Mechanical Engineering', [
        'company - Mechanical Engineering',
        'description - Application Engineering and Pre Sales.',
      ]),
    ).toEqual([{ title: 'Sr. Executive-Mechanical Engineering- Projects Consultant', company: undefined }]);
    // A vendor opening the title stays its employer.
    expect(
      positionsUnder('Cisco Network Engineer - Cisco', ['company - Cisco', 'description - Ran the network.']),
    ).toEqual([{ title: 'Cisco Network Engineer', company: 'Cisco' }]);
  });

  it("reads a place in the company slot as the position's location, not its employer", () => {
    // Hand-written in the layout of UpdatedResumeDataSet rows that type the town and country there ("DAMMAM KSA").
    const text = companyDetails('Civil Engineer', [
      'company - RIYADH KSA',
      'description - October 2008 to June 2011  Gulf Builders Co.',
      'Designation: Civil Engineer',
      'company - Maharashtra',
      'description - Designation: Site Engineer',
      'company - HSBC UK',
      'description - Designation: Analyst',
      'company - TELEPERFORMANCE INDIA',
      'description - Designation: Team Leader',
    ]);
    expect(
      readLabelledLayout(text, { now: NOW })?.experience.map(({ title, company, location }) => ({
        title,
        company,
        location,
      })),
    ).toEqual([
      { title: 'Civil Engineer', company: undefined, location: 'RIYADH KSA' },
      { title: 'Site Engineer', company: undefined, location: 'Maharashtra' },
      { title: 'Analyst', company: 'HSBC UK', location: undefined },
      { title: 'Team Leader', company: 'TELEPERFORMANCE INDIA', location: undefined },
    ]);
  });

  it('reads a name in the company slot whose last word names no role as an employer, not a title', () => {
    // Hand-written in the layout of UpdatedResumeDataSet rows that type "EXPERT CONSTRUCTION" or "HR Assistant" there.
    const text = companyDetails('Civil Engineer', [
      'company - EXPERT FABRICATION',
      'description - Designation: Site Engineer',
      'company - HR Assistant',
      'description - Kept the files.',
      'company - Criminal lawyer (law firm)',
      'description - Argued cases.',
    ]);
    expect(positionsOf(text)).toEqual([
      { title: 'Site Engineer', company: 'EXPERT FABRICATION' },
      { title: 'HR Assistant', company: undefined },
      { title: 'Criminal lawyer (law firm)', company: undefined },
    ]);
  });

  it("leaves a place after the form's title out of the title", () => {
    // Hand-written in the layout of UpdatedResumeDataSet rows whose form title line is "Group Fitness Instructor, India - …".
    const layout = (titleLine: string) =>
      positionsUnder(titleLine, ['company - Harbor Gym Pvt Ltd', 'description - Ran the classes.']);
    expect(layout('Fitness Trainer, India - Harbor Gym Pvt Ltd')).toEqual([
      { title: 'Fitness Trainer', company: 'Harbor Gym Pvt Ltd' },
    ]);
    expect(layout('Head business development, arts - Harbor Gym Pvt Ltd')).toEqual([
      { title: 'Head business development, arts', company: 'Harbor Gym Pvt Ltd' },
    ]);
  });

  it("reads an employer listed and named after the form title's last comma as the position's, out of the title", () => {
    // Hand-written in the layout of UpdatedResumeDataSet row 431, whose form title line is "SAP BP/BODS
    // Developer/Administrator, Tata Consultancy - SAP BODS" (the company slot above its first position names the product).
    const layout = (titleLine: string) =>
      positionsUnder(titleLine, [
        'company - SAP BODS',
        'description - Client: Northwind Bank',
        'company - Tata Consultancy Services Limited',
        'description - Installed the servers.',
      ]);
    expect(layout('BODS Developer, Tata Consultancy - SAP BODS')).toEqual([
      { title: 'BODS Developer', company: 'Tata Consultancy Services Limited' },
    ]);
    // A last comma part that names no employer listed stays in the title.
    expect(layout('BODS Developer, Data Services - SAP BODS')).toEqual([
      { title: 'BODS Developer, Data Services', company: 'SAP BODS' },
    ]);
  });

  it('reads a short name after the empty field and place columns as the school, not the field', () => {
    // Hand-written in the layout of UpdatedResumeDataSet rows whose education lines are "B.E   UIT-RGPV" and
    // "MCA   YMCAUST,  Faridabad,  Haryana" (three spaces: the field's and the place's columns left empty).
    const education = educationOf([
      'May 2013 to May 2017 B.E   UIT-RGPV',
      ' MCA   YMCAUST,  Faridabad,  Haryana',
      // One space, then two: the short name typed in the field's column stays the field.
      'January 2012 Diploma MSBTE  Dnyanganaga Polytechnic',
    ]);
    expect(education).toEqual([
      { degree: 'B.E', field: undefined, institution: 'UIT-RGPV' },
      { degree: 'MCA', field: undefined, institution: 'YMCAUST' },
      { degree: 'Diploma', field: 'MSBTE', institution: 'Dnyanganaga Polytechnic' },
    ]);
  });

  it("reads the school's column after the place's or the degree's empty columns where it holds no school's word", () => {
    // Hand-written in the layout of UpdatedResumeDataSet rows whose education lines are "July 2016 to May 2019 BE
    // Electrical And Electronics Engineering Bhopal, Madhya Pradesh RGPV", "… Diploma Computer science Pune, Maharashtra
    // Aissms" and "January 2009 SSC   A.K.Mahavidyalya", each read with no school before.
    const education = educationOf([
      'July 2016 to May 2019 BE Electrical And Electronics Engineering Bhopal, Madhya Pradesh RGPV',
      'June 2013 to June 2016 Diploma Computer science Nagpur, MAHARASHTRA, IN Gpnag',
      'January 2009 SSC   K.V.Vidyalay',
      // A place alone after the degree and a school's word read as before.
      'January 2007 HSC  Nashik, Maharashtra',
      'January 2005 B.Com Commerce Mumbai, Maharashtra Sydenham College',
    ]);
    expect(education).toEqual([
      { degree: 'BE', field: 'Electrical And Electronics Engineering', institution: 'RGPV' },
      { degree: 'Diploma', field: 'Computer science', institution: 'Gpnag' },
      { degree: 'SSC', field: undefined, institution: 'K.V.Vidyalay' },
      { degree: 'HSC', field: undefined, institution: undefined },
      { degree: 'B.Com', field: 'Commerce', institution: 'Sydenham College' },
    ]);
  });

  it("reads no school from a form's school column holding a grade, a status or the place's town again", () => {
    // Hand-written: since c74657ac and cab2ef43 these read 'Distinction', 'Pune' and 'Pursuing' as the school.
    const education = educationOf([
      'July 2016 to May 2019 BE Mechanical Engineering Bhopal, Madhya Pradesh Distinction',
      'June 2013 to June 2016 Diploma Computer science Pune, Maharashtra Pune',
      'January 2012    Pursuing',
      'January 2010    First Class',
    ]);
    expect(education).toEqual([
      { degree: 'BE', field: 'Mechanical Engineering', institution: undefined },
      { degree: 'Diploma', field: 'Computer science', institution: undefined },
    ]);
  });

  it("reads a dated row whose degree, field and place columns are empty as an entry of the school's column", () => {
    // Hand-written in the layout of UpdatedResumeDataSet rows whose education lines are "January 2015    DEEKSHA CENTER",
    // "January 2010    RYK Science College, Maharashtra state board" and "January 2006    Maharashtra State Board" (four
    // spaces after the date: the degree's, the field's and the place's columns left empty), each left out before.
    const layout = readLabelledLayout(
      [
        'Education Details ',
        'January 2019 B.Tech. Mechanical Engineering  Pune Institute of Technology',
        'January 2015    VIKAS CENTER',
        'January 2013 to January 2015    Lotus Science College, Maharashtra state board',
        'January 2011    Maharashtra State Board',
        // An undated row (a header, a note): no entry.
        '    Institution/University/Board',
        'Engineer ',
        '',
        '',
        'Skill Details ',
        'Company Details ',
        'company - Acme Ltd',
        'description - Did the work.',
      ].join('\n'),
      { now: NOW },
    );
    expect(
      layout?.education.map(({ degree, institution, start, end }) => [
        degree,
        institution,
        start?.toISOString().slice(0, 7),
        end?.toISOString().slice(0, 7),
      ]),
    ).toEqual([
      ['B.Tech.', 'Pune Institute of Technology', undefined, '2019-01'],
      [undefined, 'VIKAS CENTER', undefined, '2015-01'],
      [undefined, 'Lotus Science College', '2013-01', '2015-01'],
      [undefined, 'Maharashtra State Board', undefined, '2011-01'],
    ]);
  });

  // Hand-written in the layout of UpdatedResumeDataSet rows 603 ("January 2004  Software Engineering  Aptech") and 602 ("
  // Software Engineering and Computer Science Pune, Maharashtra NIIT"): the degree's column empty, the field and the school
  // written; each row was left out.
  it('reads a row whose degree column is empty and whose field and school are written as an entry of them', () => {
    const layout = readLabelledLayout(
      [
        'Education Details ',
        'January 2013    Westbrook',
        'January 2004  Software Engineering  Compware',
        'January 2001 Bachelor of Commerce Commerce Mumbai, Maharashtra Mumbai University',
        '  Software Engineering and Computer Science Pune, Maharashtra NIITECH',
        // A board with no degree names no course; a degree's row is the reader's; a grade is no school.
        'October 2009  Photography Competition Click Nagpur, Maharashtra Maharashtra State Board',
        'January 2008  Science  Distinction',
        'Engineer ',
        '',
        '',
        'Skill Details ',
        'Company Details ',
        'company - Acme Ltd',
        'description - Did the work.',
      ].join('\n'),
      { now: NOW },
    );
    expect(
      layout?.education.map(({ degree, field, institution, end }) => [
        degree,
        field,
        institution,
        end?.toISOString().slice(0, 7),
      ]),
    ).toEqual([
      [undefined, undefined, 'Westbrook', '2013-01'],
      [undefined, 'Software Engineering', 'Compware', '2004-01'],
      ['Bachelor of Commerce', 'Commerce', 'Mumbai University', '2001-01'],
      [undefined, 'Software Engineering and Computer Science', 'NIITECH', undefined],
    ]);
  });

  // Hand-written in the layout of UpdatedResumeDataSet rows 856, 895 and 185: a school's row with no degree next to a
  // degree's row with no school, each row opening with its own dates; the reader read the two as one entry (the school
  // given the other row's degree, one row's dates lost).
  it('reads two neighbouring rows dated apart as two entries, not a school with the next row’s degree', () => {
    const educationOf = (rows: string[]) =>
      readLabelledLayout(
        [
          'Education Details ',
          ...rows,
          'Engineer ',
          '',
          '',
          'Skill Details ',
          'Company Details ',
          'company - Acme Ltd',
          'description - Did the work.',
        ].join('\n'),
        { now: NOW },
      )?.education.map(({ degree, field, institution, start, end }) => [
        degree,
        field,
        institution,
        start?.toISOString().slice(0, 7),
        end?.toISOString().slice(0, 7),
      ]);
    expect(
      educationOf([
        'January 2015 to January 2019 Bachelor of Science Physics  Lakeview College of Science',
        'March 2017 to June 2018  Solar Tracker Project Pune, Maharashtra IIT',
        'January 2013 ICSE   Higher Secondary',
      ]),
    ).toEqual([
      ['Bachelor of Science', 'Physics', 'Lakeview College of Science', '2015-01', '2019-01'],
      [undefined, 'Solar Tracker Project', 'IIT', '2017-03', '2018-06'],
      ['ICSE', undefined, undefined, undefined, '2013-01'],
    ]);
    expect(
      educationOf([
        'June 2011 Mathematics  Chennai, Tamil Nadu Madras University',
        'June 2009  Science  Secondary and Higher Secondary',
      ]),
    ).toEqual([
      [undefined, undefined, 'Madras University', undefined, '2011-06'],
      ['Higher Secondary', undefined, undefined, undefined, '2009-06'],
    ]);
    expect(
      educationOf([
        'April 2000 to April 2002 Diploma Civil Works  DPT',
        'April 1996 to April 1998   Chennai, Tamil Nadu Government Polytechnic Institute',
      ]),
    ).toEqual([
      ['Diploma', 'Civil Works', undefined, '2000-04', '2002-04'],
      [undefined, undefined, 'Government Polytechnic Institute', '1996-04', '1998-04'],
    ]);
    // A degree's row that writes no dates of its own stays the school's entry, as the reader reads it.
    expect(
      educationOf([
        'June 2011 Mathematics  Chennai, Tamil Nadu Madras University',
        '   Science  Secondary and Higher Secondary',
      ]),
    ).toEqual([['Higher Secondary', undefined, 'Madras University', undefined, '2011-06']]);
    // Pairs one after the other: each degree's row is its own school's only, not also the next school's neighbour's.
    const pair = (letter: string) => [
      `September 2016 to March 2017  Dynamic Blood Bank ${letter} System Mumbai, Maharashtra IIT`,
      `January 2014 CBSE   Senior Secondary ${letter}`,
    ];
    const pairRead = (letter: string) => [
      [undefined, `Dynamic Blood Bank ${letter} System`, 'IIT', '2016-09', '2017-03'],
      ['CBSE', undefined, `Senior Secondary ${letter}`, undefined, '2014-01'],
    ];
    expect(educationOf([...pair('A'), ...pair('B')])).toEqual([...pairRead('A'), ...pairRead('B')]);
    expect(educationOf([...pair('A'), ...pair('B'), ...pair('C')])).toEqual([
      ...pairRead('A'),
      ...pairRead('B'),
      ...pairRead('C'),
    ]);
  });

  it("reads no town of the place's column as the field or the field's end", () => {
    // Hand-written in the layout of UpdatedResumeDataSet rows whose education lines are " LL.B  Guwahati, Assam University
    // Law College" (two spaces: the field's column left empty) and " B. Tech Computer Science Gulbarga, Karnataka …".
    const education = educationOf([
      ' LL.B  Guwahati, Assam University Law College, Guwahati University',
      ' B. Tech Computer Science Gulbarga, Karnataka PDACOE, Gulbarga, Autonomous Institution',
      // Two spaces, then no town and region: the field stays.
      ' Bachelor of Engineering  (Computer)   Savitribai Phule Pune University',
    ])?.map(({ degree, field }) => ({ degree, field }));
    expect(education).toEqual([
      { degree: 'LL.B', field: undefined },
      { degree: 'B. Tech', field: 'Computer Science' },
      { degree: 'Bachelor of Engineering', field: 'Computer' },
    ]);
  });

  it("(review) takes no project's duration for the position's dates where the description labels several", () => {
    const text = companyDetails('Engineer', [
      'company - Acme Ltd',
      'description - Worked as Java Developer.',
      'Project 1: Billing',
      'Client: Walmart',
      'Duration: Jan 2019 to Mar 2019',
      'Project 2: CRM',
      'Duration: Apr 2019 to Dec 2020',
    ]);
    const [position] = readLabelledLayout(text, { now: NOW })?.experience ?? [];
    expect(position).toMatchObject({ title: 'Java Developer', company: 'Acme Ltd' });
    expect(position?.start).toBeUndefined();
  });

  // Helper 250: UpdatedResumeDataSet rows 712, 295 and 785 open a description with "Pune Sept 2017 to Present",
  // "Mumbai, India." and "Sun Trust Bank, NY JAN 2018 to present".
  it("reads the place a description opens with, alone or beside the dates, as the position's", () => {
    const text = [
      'Education Details ',
      'January 2018 MCS  Pune, Maharashtra Westfield University',
      'Engineer ',
      '',
      '',
      'Skill Details ',
      'Company Details ',
      ...['company - Globex Pvt. Ltd', 'description - Pune Sept 2017 to Present', 'Role: Database Administrator'],
      ...['company - Initech Limited', 'description - Mumbai, India.', 'Role: QA Engineer'],
      ...['company - Acme Trust Bank NY', 'description - Acme Trust Bank, NY JAN 2015 to Dec 2016', 'Role: Developer'],
      // A town the education lines do not write beside a region, a label's line, a sentence, a firm's name: no place.
      ...['company - Umbrella Ltd', 'description - Mumbai Jan 2012 to Dec 2013', 'Role: Tester'],
      ...['company - Hooli Ltd', 'description - Duration: Jan 2010 to Dec 2011', 'Role: Analyst'],
      ...['company - Vandelay Ltd', 'description - Working Since Jan 2008', 'Role: Analyst'],
      ...['company - Stark Ltd', 'description - Westfield Bank, NY Jan 2006 to Dec 2007', 'Role: Analyst'],
    ].join('\n');
    const positions = readLabelledLayout(text, { now: NOW })?.experience.map(({ company, location }) => ({
      company,
      location,
    }));
    expect(positions).toEqual([
      { company: 'Globex Pvt. Ltd', location: 'Pune' },
      { company: 'Initech Limited', location: 'Mumbai, India' },
      { company: 'Acme Trust Bank', location: 'NY' },
      { company: 'Umbrella Ltd', location: undefined },
      { company: 'Hooli Ltd', location: undefined },
      { company: 'Vandelay Ltd', location: undefined },
      { company: 'Stark Ltd', location: undefined },
    ]);
  });

  it('(review) reads no place from a description that opens with a skill or a product before a country', () => {
    // Hand-written: "Python, India" and "Salesforce, India" open a list or name a client, where "Mumbai, India" is a town.
    const text = [
      'Education Details ',
      'January 2018 MCS  Pune, Maharashtra Westfield University',
      'Skill Details ',
      'Company Details ',
      ...['company - Globex Pvt. Ltd', 'description - Python, India', 'Role: Developer'],
      ...['company - Initech Limited', 'description - Salesforce, India Jan 2015 to Dec 2016', 'Role: Consultant'],
      ...['company - Umbrella Ltd', 'description - Mumbai, India.', 'Role: Tester'],
    ].join('\n');
    expect(
      readLabelledLayout(text, { now: NOW })?.experience.map(({ company, location }) => [company, location]),
    ).toEqual([
      ['Globex Pvt. Ltd', undefined],
      ['Initech Limited', undefined],
      ['Umbrella Ltd', 'Mumbai, India'],
    ]);
  });

  it('(review) keeps the region that opens a school whose name goes on with no school word first', () => {
    // Schools named after their state: the region before them is theirs, not the form's place ("University Law College",
    // the case above, opens with a school's word).
    const education = educationOf([
      ' B.E  Ahmedabad, Gujarat Technological University',
      ' B.Sc  Coimbatore, Tamil Nadu Agricultural University',
      ' B.Tech  New Delhi, Delhi Technological University',
    ])?.map(({ institution }) => institution);
    expect(education).toEqual([
      'Gujarat Technological University',
      'Tamil Nadu Agricultural University',
      'Delhi Technological University',
    ]);
  });

  it("reads the region of the place written before the school as the place's, and a state's board as the school", () => {
    // Hand-written in the layout of UpdatedResumeDataSet rows whose education lines are " LL.B  Guwahati, Assam University
    // Law College, Guwahati University" (helper 242's audit: the region read into the school), " Diploma Aggregate
    // Maharashtra State" and " S.S.C. Education Nagpur, Maharashtra Maharashtra State" (the board, read as a place, dropped).
    const education = educationOf([
      ' LL.B  Guwahati, Assam University Law College, Guwahati University',
      // The region alone before a school's word: one name, kept.
      ' B.Sc  Silchar, Assam University',
      ' B.E. Nagpur, Maharashtra Nagpur University',
      ' Diploma Aggregate  Maharashtra State',
      ' S.S.C. Education Nagpur, Maharashtra Maharashtra State',
      // A place with "State" after its comma names no board.
      ' H.S.C.  Pune, Maharashtra State',
    ])?.map(({ degree, institution }) => ({ degree, institution }));
    expect(education).toEqual([
      { degree: 'LL.B', institution: 'University Law College' },
      { degree: 'B.Sc', institution: 'Assam University' },
      { degree: 'B.E.', institution: 'Nagpur University' },
      { degree: 'Diploma', institution: 'Maharashtra State' },
      { degree: 'S.S.C.', institution: 'Maharashtra State' },
      { degree: 'H.S.C.', institution: undefined },
    ]);
  });

  it('reads a lone country between the field and the school as the place, in neither of them', () => {
    // Hand-written in the layout of UpdatedResumeDataSet rows whose education lines are "Mba Finance/hr India Mlrit" and
    // "Bachelor's Commerce India Guru Nanak high school" (the form's place written as the country alone).
    const education = educationOf([
      "June 2017 to June 2019 Bachelor's Commerce India Guru Nanak high school",
      'June 2019 to June 2021 Mba Finance/hr India Mlrit',
      // A region that opens the school's name stays in it.
      'January 2016 B.S. Nutrition and Dietetics Miami, FL Florida International University',
    ]);
    expect(education).toEqual([
      { degree: "Bachelor's", field: 'Commerce', institution: 'Guru Nanak high school' },
      { degree: 'Mba', field: 'Finance/hr', institution: undefined },
      { degree: 'B.S.', field: 'Nutrition and Dietetics', institution: 'Florida International University' },
    ]);
  });

  it('reads an employer whose name ends in an abbreviated suffix, and a quoted title or one before "for" an employer', () => {
    // Hand-written in the format of the updated-resume-dataset (../shared/data/updated-resume-dataset). The names are made up.
    const text = [
      'Education Details ',
      ' BE   Hill College',
      'Java developer ',
      '',
      '',
      'Skill Details ',
      'Java- Experience - 6 monthsCompany Details ',
      'company - Westfield Software Pvt.  Ltd.',
      'description - Jr. Java Developer',
      'company - Harbor Financial Services',
      "description - for  Harbor  Corporation, Aug 29th' 2005 till  Feb '2007.",
      'Job Profile: Worked as an "Accounts Receivable Associate" for HARBOR Inc.',
      'company - Lakeside Retail',
      'description - Job Profile: Store Supervisor at Lakeside Retail Inc.',
      // A legal form abroad (core's LEGAL_FORMS).
      'company - Telefónica S.A.',
      'description - Data Analyst',
    ].join('\n');
    expect(positionsOf(text)).toEqual([
      { title: 'Jr. Java Developer', company: 'Westfield Software Pvt. Ltd.' },
      { title: 'Accounts Receivable Associate', company: 'Harbor Financial Services' },
      { title: 'Store Supervisor', company: 'Lakeside Retail' },
      { title: 'Data Analyst', company: 'Telefónica S.A.' },
    ]);
    // A sentence in the company slot is still no employer.
    expect(
      readLabelledLayout(text.replace('company - Lakeside Retail', 'company - I worked in retail.'), { now: NOW })
        ?.experience.length,
    ).toBe(3);
  });

  it('is undefined for other layouts, and parseResumeText then reads the sections as before', () => {
    const plain =
      'Jane Doe\nExperience\nData Analyst — Northwind Analytics\nJan 2019 - Present\nEducation\nB.S. Westfield University 2018';
    expect(readLabelledLayout(plain)).toBeUndefined();
    // The labels without "company - " lines are not this layout either.
    expect(readLabelledLayout('Education Details \nB.E\nSkill Details \nCompany Details \nAcme')).toBeUndefined();
    const resume = parseResumeText(plain, { now: NOW });
    expect(resume.experience.map((entry) => entry.company)).toEqual(['Northwind Analytics']);
  });

  it('gives parseResumeText the positions and education it reads', () => {
    const resume = parseResumeText(RESUME, { now: NOW });
    expect(resume.experience.map((entry) => entry.company)).toEqual([
      'Northwind Analytics Pvt Ltd',
      'Harbor Logistics',
      'Lakeside Retail',
    ]);
    expect(resume.education.map((entry) => entry.institution)).toEqual([
      'Westfield Institute of Technology',
      'Riverside Junior College',
    ]);
  });

  // Its time at n and 2n is measured by `pnpm bench --only adversarial` (no timings in tests).
  it.each(LABELLED_LAYOUTS)(
    'reads 40,000 characters of it, keeping the employers of the résumé above it: %s',
    (name, make) => {
      const text = make(40_000);
      const layout = readLabelledLayout(text, { now: NOW });
      if (name === 'the labels again and again') {
        expect(layout?.experience ?? []).toEqual([]);
        return;
      }
      const companies = layout?.experience.map((entry) => entry.company) ?? [];
      expect(companies.slice(0, 3)).toEqual(['Northwind Analytics Pvt Ltd', 'Harbor Logistics', 'Lakeside Retail']);
      for (const entry of layout?.experience ?? []) expect(entry.title.length).toBeLessThanOrEqual(text.length);
    },
  );
});

// Positions and schools written as a form's fields (#23, helper 211): "Company: … / Designation: … / Duration: …" one to
// a line, several on one line, the label above its value, in upper case, and in the other languages core's labels know.
describe('unfoldLabelledFields and the form-field layout', () => {
  /** Title, employer, start and end month of each position, and school, degree, field, end year of each school. */
  const read = (experience: string, education = '') => {
    const resume = parseResumeText(
      `Ravi Kumar\nravi@example.com\n\nWORK EXPERIENCE\n\n${experience}\n\nEDUCATION\n\n${education}\n`,
      { now: NOW },
    );
    return {
      experience: resume.experience.map((entry) => [
        entry.title,
        entry.company,
        entry.start?.toISOString().slice(0, 7),
        entry.end === null ? 'present' : entry.end?.toISOString().slice(0, 7),
      ]),
      education: resume.education.map((entry) => [
        entry.institution,
        entry.degree,
        entry.field,
        entry.end?.toISOString().slice(0, 4),
      ]),
    };
  };
  const TWO_JOBS = [
    ['Senior Engineer', 'Infosys Ltd', '2015-06', 'present'],
    ['Software Engineer', 'Wipro Technologies', '2012-07', '2015-05'],
  ];
  const SCHOOL = [['Anna University', 'B.Tech', 'Computer Science', '2014']];

  it('reads "Organisation Name:" as the employer', () => {
    expect(
      read(
        'Organisation Name: Infosys Ltd\nDesignation: Senior Engineer\nDuration: Jun 2015 – Present\n\nOrganization Name: Wipro Technologies\nDesignation: Software Engineer\nDuration: Jul 2012 – May 2015',
      ).experience,
    ).toEqual(TWO_JOBS);
  });

  it('reads fields written on one line apart by bars or by tabs', () => {
    for (const separator of [' | ', '\t'])
      expect(
        read(
          [
            ['Company: Infosys Ltd', 'Designation: Senior Engineer', 'Duration: Jun 2015 – Present'].join(separator),
            ['Company: Wipro Technologies', 'Designation: Software Engineer', 'Duration: Jul 2012 – May 2015'].join(
              separator,
            ),
          ].join('\n'),
          ['Degree: B.Tech in Computer Science', 'University: Anna University', 'Year: 2010 - 2014'].join(separator),
        ),
        JSON.stringify(separator),
      ).toEqual({ experience: TWO_JOBS, education: SCHOOL });
  });

  it('reads labels written on a line of their own above their values', () => {
    expect(
      read(
        'Company:\nInfosys Ltd\nDesignation:\nSenior Engineer\nDuration:\nJun 2015 – Present\n\nCompany:\nWipro Technologies\nDesignation:\nSoftware Engineer\nDuration:\nJul 2012 – May 2015',
        'Degree:\nB.Tech in Computer Science\nUniversity:\nAnna University\nYear:\n2010 - 2014',
      ),
    ).toEqual({ experience: TWO_JOBS, education: SCHOOL });
  });

  it('reads a school after its label, in upper case too, not the label as the school', () => {
    expect(
      read(
        'COMPANY NAME : Infosys Ltd\nDESIGNATION : Senior Engineer\nDURATION : Jun 2015 – Present',
        'DEGREE : B.Tech in Computer Science\nUNIVERSITY : Anna University\nYEAR : 2010 - 2014',
      ).education,
    ).toEqual(SCHOOL);
    expect(
      read(
        'Company: Infosys Ltd\nClient: Citibank\nDesignation: Senior Engineer\nDuration: Jun 2015 – Present',
        'Qualification: MCA\nCollege: PSG College of Technology\nYear of Passing: 2012\n\nQualification: BCA\nInstitute: Madras Christian College\nYear of Passing: 2009',
      ),
    ).toEqual({
      // The client is not the employer.
      experience: [['Senior Engineer', 'Infosys Ltd', '2015-06', 'present']],
      education: [
        ['PSG College of Technology', 'MCA', undefined, '2012'],
        ['Madras Christian College', 'BCA', undefined, '2009'],
      ],
    });
  });

  it.each([
    [
      'German',
      'Firma: Siemens AG\nPosition: Teamleiter Vertrieb\nZeitraum: 01/2020 – heute\n\nArbeitgeber: Bosch GmbH\nTätigkeit: Vertriebsingenieur\nZeitraum: 03/2015 – 12/2019',
      'Abschluss: Master of Science Informatik\nHochschule: Technische Universität München\nZeitraum: 2012 – 2014',
      [
        ['Teamleiter Vertrieb', 'Siemens AG', '2020-01', 'present'],
        ['Vertriebsingenieur', 'Bosch GmbH', '2015-03', '2019-12'],
      ],
      [['Technische Universität München', 'Master of Science', 'Informatik', '2014']],
    ],
    [
      'Spanish',
      'Empresa: Telefónica S.A.\nCargo: Jefa de proyecto\nPeriodo: 2018 – actualidad\n\nEmpresa: BBVA\nPuesto: Analista financiera\nPeriodo: 2014 – 2018',
      'Título: Licenciatura en Economía\nUniversidad: Universidad Complutense de Madrid\nPeriodo: 2009 – 2013',
      [
        ['Jefa de proyecto', 'Telefónica S.A.', '2018-01', 'present'],
        ['Analista financiera', 'BBVA', '2014-01', '2018-12'],
      ],
      [['Universidad Complutense de Madrid', 'Licenciatura', 'Economía', '2013']],
    ],
    [
      'French',
      "Entreprise: Capgemini\nPoste: Cheffe de projet\nPériode: 2019 – aujourd'hui\n\nSociété: Orange SA\nPoste: Ingénieure réseau\nPériode: 2014 – 2019",
      'Diplôme: Master Informatique\nÉtablissement: Université Paris-Saclay\nPériode: 2012 – 2014',
      [
        ['Cheffe de projet', 'Capgemini', '2019-01', 'present'],
        ['Ingénieure réseau', 'Orange SA', '2014-01', '2019-12'],
      ],
      [['Université Paris-Saclay', 'Master', 'Informatique', '2014']],
    ],
    [
      'Russian',
      'Компания: ООО «Яндекс»\nДолжность: Ведущий разработчик\nПериод: 2018 – настоящее время\n\nОрганизация: ПАО Сбербанк\nДолжность: Программист\nПериод: 2014 – 2018',
      'Учебное заведение: МГУ имени М. В. Ломоносова\nСпециальность: Прикладная математика\nПериод: 2009 – 2014',
      [
        ['Ведущий разработчик', 'ООО «Яндекс»', '2018-01', 'present'],
        ['Программист', 'ПАО Сбербанк', '2014-01', '2018-12'],
      ],
      [['МГУ имени М. В. Ломоносова', undefined, 'Прикладная математика', '2014']],
    ],
    [
      'Polish',
      'Pracodawca: Intel Technology Poland\nStanowisko: Kierownik projektu\nOkres: 2019 – obecnie\n\nFirma: Orlen S.A.\nStanowisko: Specjalista ds. sprzedaży\nOkres: 2014 – 2018',
      'Uczelnia: Politechnika Gdańska\nKierunek: Automatyka i Robotyka\nOkres: 2006 – 2010',
      [
        ['Kierownik projektu', 'Intel Technology Poland', '2019-01', 'present'],
        ['Specjalista ds. sprzedaży', 'Orlen S.A.', '2014-01', '2018-12'],
      ],
      [['Politechnika Gdańska', undefined, 'Automatyka i Robotyka', '2010']],
    ],
    [
      'Czech',
      'Zaměstnavatel: Škoda Auto a.s.\nPozice: Vedoucí týmu\nObdobí: 2018 – současnost\n\nFirma: ČEZ, a. s.\nPozice: Inženýr\nObdobí: 2012 – 2018',
      'Škola: České vysoké učení technické v Praze\nObor: Elektrotechnika\nObdobí: 2007 – 2012',
      [
        ['Vedoucí týmu', 'Škoda Auto a.s.', '2018-01', 'present'],
        ['Inženýr', 'ČEZ, a. s.', '2012-01', '2018-12'],
      ],
      [['České vysoké učení technické v Praze', undefined, 'Elektrotechnika', '2012']],
    ],
    [
      'Slovak',
      'Zamestnávateľ: Slovnaft, a.s.\nPozícia: Technik\nObdobie: 2015 – doteraz',
      'Škola: Slovenská technická univerzita v Bratislave\nOdbor: Chemické inžinierstvo\nObdobie: 2010 – 2015',
      [['Technik', 'Slovnaft, a.s.', '2015-01', 'present']],
      [['Slovenská technická univerzita v Bratislave', undefined, 'Chemické inžinierstvo', '2015']],
    ],
  ])('reads a %s position and school written as labelled fields', (_language, experience, education, jobs, schools) => {
    expect(read(experience, education)).toEqual({ experience: jobs, education: schools });
  });
});
