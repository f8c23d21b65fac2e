import { describe, expect, it } from 'vitest';
import { isNamedExperienceHeading, isReferencesHeading } from './headings.js';
import { classifyHeading, splitSections, type ResumeSection } from './index.js';

const summary = (sections: ResumeSection[]) => sections.map((section) => [section.kind, section.heading]);

// Sections must tile the input from the first one on: each starts where the previous ended, the last ends at the end.
function expectContiguous(text: string, sections: ResumeSection[]): void {
  sections.forEach((section, index) => {
    const next = sections[index + 1];
    expect(section.end).toBe(next ? next.start : text.length);
    expect(text.slice(section.start, section.end)).toContain(section.text);
    if (section.heading)
      expect(
        text
          .slice(section.start, section.end)
          .trimStart()
          .replace(/^#+\s*/, ''),
      ).toMatch(new RegExp(`^${section.heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });
}

describe('splitSections', () => {
  it('splits a classic US resume with upper-case headings and colons', () => {
    const text = [
      'Jane Doe',
      'Austin, TX | jane@example.com',
      '',
      'PROFESSIONAL SUMMARY',
      'Data engineer with eight years of experience.',
      '',
      'PROFESSIONAL EXPERIENCE',
      'Senior Data Engineer, Acme Corp — 2019–Present',
      '• Built streaming pipelines.',
      '',
      'EDUCATION:',
      'B.S. Computer Science, UT Austin, 2014',
      '',
      'TECHNICAL SKILLS:',
      'Python, SQL, Spark',
      '',
      'Licenses & Certifications',
      'AWS Certified Data Engineer',
    ].join('\n');
    const sections = splitSections(text);
    expect(summary(sections)).toEqual([
      ['other', ''],
      ['summary', 'PROFESSIONAL SUMMARY'],
      ['experience', 'PROFESSIONAL EXPERIENCE'],
      ['education', 'EDUCATION'],
      ['skills', 'TECHNICAL SKILLS'],
      ['certifications', 'Licenses & Certifications'],
    ]);
    expect(sections[0]).toEqual({
      kind: 'other',
      heading: '',
      text: 'Jane Doe\nAustin, TX | jane@example.com',
      start: 0,
      end: text.indexOf('PROFESSIONAL SUMMARY'),
    });
    expect(sections[2]?.text).toBe('Senior Data Engineer, Acme Corp — 2019–Present\n• Built streaming pipelines.');
    expect(sections[4]?.text).toBe('Python, SQL, Spark');
    expectContiguous(text, sections);
  });

  it('recognises underlined headings, unknown underlined headings and other wordings', () => {
    const text = [
      'Career Summary',
      '==============',
      'Hands-on operations manager.',
      '',
      'Work History',
      '------------',
      'Operations Manager, Northwind (2018 – now)',
      '',
      'Education & Training',
      '--------------------',
      'MBA, 2012',
      '',
      'Core Competencies',
      'Lean, budgeting, hiring',
      '',
      'Volunteering',
      '~~~~~~~~~~~~',
      'Food bank, weekends',
    ].join('\n');
    const sections = splitSections(text);
    expect(summary(sections)).toEqual([
      ['summary', 'Career Summary'],
      ['experience', 'Work History'],
      ['education', 'Education & Training'],
      ['skills', 'Core Competencies'],
      ['other', 'Volunteering'],
    ]);
    // The underline belongs to the heading, not to the body.
    expect(sections[1]?.text).toBe('Operations Manager, Northwind (2018 – now)');
    expect(sections[0]?.start).toBe(0);
    expectContiguous(text, sections);
  });

  it('reads markdown, numbered and letter-spaced headings', () => {
    const text =
      '# John Smith\n\n## Profile\nBackend developer.\n\n1. Employment\nGlobex, 2020–2024\n\nP R O J E C T S\nA compiler.\n\n## Languages\nEnglish, German\n\n## Hobbies\nChess';
    expect(summary(splitSections(text))).toEqual([
      ['other', 'John Smith'],
      ['summary', 'Profile'],
      ['experience', 'Employment'],
      ['projects', 'P R O J E C T S'],
      ['languages', 'Languages'],
      ['other', 'Hobbies'],
    ]);
  });

  it('reads no markdown heading in a long line that opens with a rank', () => {
    // Hand-written in the shape of a Kaggle PDF's wrapped accomplishments: "# 1" is a rank, the line a sentence.
    const text = [
      'Experience',
      'Sales Counselor 01/2009 to 03/2012 Company Name City , State',
      '# 1 commissions in the region for 8 pay periods July - November (average commission $3,800), top closing rate',
      'Account Executive 08/2005 to 09/2008 Company Name City , State',
    ].join('\n');
    expect(summary(splitSections(text))).toEqual([['experience', 'Experience']]);
  });

  it('splits a Russian resume', () => {
    const text =
      'Иван Петров\nМосква\n\nОпыт работы\nООО «Ромашка», разработчик, 2019 — н.в.\n\nОбразование\nМГУ, 2018\n\nНавыки:\nTypeScript, PostgreSQL\n\nЗнание языков\nАнглийский — B2';
    const sections = splitSections(text);
    expect(summary(sections)).toEqual([
      ['other', ''],
      ['experience', 'Опыт работы'],
      ['education', 'Образование'],
      ['skills', 'Навыки'],
      ['languages', 'Знание языков'],
    ]);
    expect(sections[3]?.text).toBe('TypeScript, PostgreSQL');
    expectContiguous(text, sections);
  });

  it('does not take sentences, wrapped words or inline labels for headings', () => {
    const text = [
      'EXPERIENCE',
      'Led a team that shipped several customer-facing',
      'projects.',
      'Skills: Java, Kotlin',
      'Gained experience in Kubernetes.',
      'experience',
      'Education is important to me.',
    ].join('\n');
    const sections = splitSections(text);
    expect(summary(sections)).toEqual([['experience', 'EXPERIENCE']]);
    expect(sections[0]?.text.split('\n')).toHaveLength(6);
  });

  it('handles CRLF line ends, text without headings and empty input', () => {
    const crlf = 'Name\r\n\r\nSKILLS\r\nGo, Rust\r\n\r\nEDUCATION\r\nBSc';
    const sections = splitSections(crlf);
    expect(summary(sections)).toEqual([
      ['other', ''],
      ['skills', 'SKILLS'],
      ['education', 'EDUCATION'],
    ]);
    expect(sections[1]?.text).toBe('Go, Rust');
    expectContiguous(crlf, sections);
    expect(splitSections('Just a paragraph about me.')).toEqual([
      { kind: 'other', heading: '', text: 'Just a paragraph about me.', start: 0, end: 26 },
    ]);
    expect(splitSections('')).toEqual([]);
    expect(splitSections('  \n\n ')).toEqual([]);
  });
});

describe('classifyHeading', () => {
  it.each([
    ['PROFESSIONAL EXPERIENCE', 'experience'],
    ['Work History', 'experience'],
    ['Employment', 'experience'],
    ['Relevant Experience:', 'experience'],
    ['Career Summary', 'summary'],
    ['Profile', 'summary'],
    ['Objective', 'summary'],
    ['Technical Skills', 'skills'],
    ['Core Competencies', 'skills'],
    ['Areas of Expertise', 'skills'],
    ['Skills & Abilities', 'skills'],
    ['Education & Training', 'education'],
    ['Academic Background', 'education'],
    ['Licenses & Certifications', 'certifications'],
    ['CERTIFICATIONS/LICENSES', 'certifications'],
    ['Personal Projects', 'projects'],
    ['Languages', 'languages'],
    ['Опыт работы', 'experience'],
    ['Образование', 'education'],
    ['Навыки', 'skills'],
    ['Ключевые навыки', 'skills'],
    ['О себе', 'summary'],
    ['Awards & Honors', 'other'],
    ['Volunteer Experience', 'other'],
    ['ADDITIONAL INFORMATION', 'other'],
    ['Experiencia laboral', 'experience'],
    ['EXPERIENCIA PROFESIONAL', 'experience'],
    ['Formación académica', 'education'],
    ['Habilidades técnicas', 'skills'],
    ['Idiomas', 'languages'],
    ['Berufserfahrung', 'experience'],
    ['Beruflicher Werdegang', 'experience'],
    ['Ausbildung', 'education'],
    ['EDV-Kenntnisse', 'skills'],
    ['Sprachkenntnisse', 'languages'],
    ['Expérience professionnelle', 'experience'],
    ['EXPÉRIENCES PROFESSIONNELLES', 'experience'],
    ['Formation', 'education'],
    ['Compétences techniques', 'skills'],
    ['Langues', 'languages'],
    ["Centres d'intérêt", 'other'],
    ['Трудовой стаж', 'experience'],
    // Czech, Slovak and Polish education headings.
    ['Vzdělání', 'education'],
    ['VZDĚLÁNÍ', 'education'],
    ['Dosažené vzdělání', 'education'],
    ['Vzdělání a kurzy', 'education'],
    ['Vzdelanie', 'education'],
    ['Vzdelávanie', 'education'],
    ['Wykształcenie', 'education'],
    // Czech, Slovak and Polish experience, skills and language headings.
    ['Pracovní zkušenosti', 'experience'],
    ['PROFESNÍ ZKUŠENOSTI', 'experience'],
    ['Praxe', 'experience'],
    ['Odborná praxe', 'experience'],
    ['Zaměstnání', 'experience'],
    ['Pracovné skúsenosti', 'experience'],
    ['PRACOVNÉ SKÚSENOSTI', 'experience'],
    ['Pracovná skúsenosť', 'experience'],
    ['Odborná prax', 'experience'],
    ['Zamestnanie', 'experience'],
    ['Dovednosti', 'skills'],
    ['Počítačové znalosti', 'skills'],
    ['Odborné znalosti', 'skills'],
    ['Zručnosti', 'skills'],
    ['Počítačové zručnosti', 'skills'],
    ['Schopnosti', 'skills'],
    ['Kompetence', 'skills'],
    ['Umiejętności', 'skills'],
    ['Umiejętności techniczne', 'skills'],
    ['Kompetencje', 'skills'],
    ['Jazyky', 'languages'],
    ['Jazykové znalosti', 'languages'],
    ['Cizí jazyky', 'languages'],
    ['Języki obce', 'languages'],
    ['Znajomość języków', 'languages'],
    ['Znajomość języków obcych', 'languages'],
    // Polish CVs' other headings (and the Czech and Slovak courses, interests and personal details); none was read
    // before.
    ['Podsumowanie', 'summary'],
    ['Profil zawodowy', 'summary'],
    ['O mnie', 'summary'],
    ['Cel zawodowy', 'summary'],
    ['Historia zatrudnienia', 'experience'],
    ['PRZEBIEG KARIERY ZAWODOWEJ', 'experience'],
    ['Kariera zawodowa', 'experience'],
    ['Praktyki i staże', 'experience'],
    ['Wykształcenie i kursy', 'education'],
    ['Kwalifikacje', 'skills'],
    ['Projekty', 'projects'],
    ['Certyfikaty', 'certifications'],
    ['Kursy i szkolenia', 'certifications'],
    ['Szkolenia', 'certifications'],
    ['Kurzy a školení', 'certifications'],
    ['Certifikácie', 'certifications'],
    ['Zainteresowania', 'other'],
    ['Osiągnięcia i nagrody', 'other'],
    ['Zájmy', 'other'],
    ['Dane osobowe', 'other'],
    ['Osobní údaje', 'other'],
    ['Organizational Experience', 'experience'],
    ['Work Experience Details', 'experience'],
    // The headings of the Kaggle updated-resume dataset and of many Indian resumes.
    ['Company Details', 'experience'],
    ['Employment Details', 'experience'],
    ['Project Details', 'projects'],
    // Headings of résumé-builder templates (the Kaggle résumé PDFs, rendered from livecareer.com, use them).
    // A highlights list is kept out of the skills: in these PDFs it is often a narrow column whose items wrap ("Microsoft",
    // "Office", "proficiency"); the known skills in it are found in the whole text anyway.
    ['Highlights', 'other'],
    ['Skill Highlights', 'other'],
    ['Summary of Skills', 'skills'],
    // A technical summary or profile lists the tools and languages ("Technical Summary", then "Tools: ISPF, SPUFI").
    ['Technical Summary', 'skills'],
    ['TECHNICAL PROFILE:', 'skills'],
    ['Skills Summary', 'skills'],
    ['Key Skills Profile', 'skills'],
    ['Military Experience', 'experience'],
    ['Core Accomplishments', 'other'],
    ['Activities and Honors', 'other'],
    ['Presentations', 'other'],
    // More template headings: a summary under "Career Focus", references under a qualifier, two kinds of membership.
    ['Career Focus', 'summary'],
    ['Professional References', 'other'],
    ['REFERENCES AVAILABLE UPON REQUEST', 'other'],
    ['Memberships and Affiliations', 'other'],
    // A non-breaking space after the heading read as Latin-1 (Kaggle PDFs), and several headings listed in one line.
    ['Objective Â', 'summary'],
    ['Training Â', 'certifications'],
    ['Certifications\u00a0Â\u00a0', 'certifications'],
    ['Education, Certifications, Endorements', 'education'],
    ['Licenses & Endorsements', 'certifications'],
    ['Skills, Education', 'skills'],
    ['CERTIFICATIONS/SKILLS:', 'skills'],
    ['Awards & Publications', 'other'],
    ['TOTAL EXPERIENCE', 'experience'],
    ['TECHNICAL EXPERIENCE SUMMARY', 'experience'],
  ] as const)('reads %s as %s', (heading, kind) => {
    expect(classifyHeading(heading)).toBe(kind);
  });

  it.each([
    'Senior Software Engineer',
    'Acme Corp',
    'I have experience with Python',
    'projects.',
    'skills',
    'Experience with large teams and budgets across three continents',
    'Customer Service Â',
    'Sales, Marketing, Education',
    'Educaton, Certifcations',
    'Total Experience: 12 years 6 months.',
  ])('does not read %s as a heading', (line) => {
    expect(classifyHeading(line)).toBeUndefined();
  });
});

describe('isReferencesHeading', () => {
  it('reads the headings of references, in English and abroad, and no other heading', () => {
    for (const heading of [
      'References',
      'PROFESSIONAL REFERENCES:',
      'Referees',
      'References available on request',
      'Referenzen',
    ])
      expect(isReferencesHeading(heading)).toBe(true);
    for (const line of ['Experience', 'Awards', 'Reference Letters from three employers', 'Personal Information'])
      expect(isReferencesHeading(line)).toBe(false);
  });

  it('reads a misspelt references heading in any case, and not "Preferences"', () => {
    expect(isReferencesHeading('Referances')).toBe(true);
    expect(isReferencesHeading('Professional Refrences')).toBe(true);
    expect(isReferencesHeading('Preferences')).toBe(false);
  });
});

describe('splitSections with "Â" after a line (a non-breaking space read as Latin-1)', () => {
  it('reads a heading so marked, but not one of several sub-headings so marked inside a section', () => {
    const heading = ['Career Overview', 'Office manager.', '', 'Objective Â', '', 'To secure a position.'];
    expect(summary(splitSections(heading.join('\n')))).toEqual([
      ['summary', 'Career Overview'],
      ['summary', 'Objective'],
    ]);
    const subheadings = [
      'Accomplishments',
      'Administration Â',
      'Performed administration tasks such as filing.',
      'Training Â',
      'Successfully trained staff in all office systems.',
      'Payroll Assistance Â',
      'Assisted with payroll preparation.',
      'Experience',
      'Cook 2014 to 2015 Company Name',
    ];
    expect(summary(splitSections(subheadings.join('\n')))).toEqual([
      ['other', 'Accomplishments'],
      ['experience', 'Experience'],
    ]);
  });
});

describe('splitSections with headings in other cases', () => {
  it('reads a lower-case heading that starts a block, not the last word of a wrapped sentence', () => {
    const text = [
      'Ana García',
      '',
      'experiencia laboral:',
      'Contable, Banco Sol — 2019–2023',
      '',
      'work history',
      'Clerk, Acme — 2015–2019',
      'Over six years of',
      'experience',
      'in banking.',
    ].join('\n');
    const sections = splitSections(text);
    expectContiguous(text, sections);
    expect(summary(sections)).toEqual([
      ['other', ''],
      ['experience', 'experiencia laboral'],
      ['experience', 'work history'],
    ]);
  });

  // Indeed's export writes its own headings in capitals; the person's subheadings inside a job stay with the job.
  it('keeps a subheading in other case inside an experience section written under capital headings', () => {
    const text = [
      'WORK EXPERIENCE',
      'Jr. Developer',
      'Softzel Technologies Pvt. Ltd -  Pune, Maharashtra',
      'Technical Expertise:-',
      'Languages C, C++, C#.NET.',
      'Projects',
      'Built a site for construction contractors.',
      'EDUCATION',
      'B.E. in Computer Science',
      'Technical Skills',
      'SQL Server',
    ].join('\n');
    const sections = splitSections(text);
    expectContiguous(text, sections);
    expect(summary(sections)).toEqual([
      ['experience', 'WORK EXPERIENCE'],
      ['education', 'EDUCATION'],
      ['skills', 'Technical Skills'],
    ]);
    expect(sections[0]?.text).toContain('Technical Expertise:-');
  });

  it('reads volunteering right after the work history as part of it, and elsewhere as a section of its own', () => {
    // Hand-written in the layout of the Kaggle résumé PDFs (a sub-heading in title case under the work history).
    const history = (heading: string, work: string, school: string) =>
      [
        work,
        'Store Manager',
        'Target, Miami, FL',
        'Jan 2018 - Present',
        heading,
        'Volunteer Coordinator',
        'Habitat for Humanity, Miami, FL',
        'June 2015 - Dec 2017',
        school,
        'University of Miami',
      ].join('\n');
    for (const heading of ['Community Service', 'Volunteer Work', 'Volunteering', 'COMMUNITY SERVICE']) {
      const text = history(heading, 'Work History', 'Education');
      const sections = splitSections(text);
      expectContiguous(text, sections);
      expect(summary(sections), heading).toEqual([
        ['experience', 'Work History'],
        ['experience', heading],
        ['education', 'Education'],
      ]);
      expect(sections[1]?.text).toMatch(/^Volunteer Coordinator\n/);
    }
    // Under capital headings a sub-heading in title case stays a heading of its own, not a line of the job above.
    expect(summary(splitSections(history('Community Service', 'WORK HISTORY', 'EDUCATION')))).toEqual([
      ['experience', 'WORK HISTORY'],
      ['experience', 'Community Service'],
      ['education', 'EDUCATION'],
    ]);
    // After another section it is a section of its own.
    expect(
      summary(splitSections(['Education', 'University of Miami', 'Volunteering', 'Blue Dog Rescue'].join('\n'))),
    ).toEqual([
      ['education', 'Education'],
      ['other', 'Volunteering'],
    ]);
  });

  it('keeps such headings where the resume does not write its headings in capitals', () => {
    const text = ['Experience', 'Developer, Acme — 2019–2023', 'Technical Skills', 'SQL', 'Education', 'B.S.'].join(
      '\n',
    );
    expect(summary(splitSections(text))).toEqual([
      ['experience', 'Experience'],
      ['skills', 'Technical Skills'],
      ['education', 'Education'],
    ]);
  });

  it('keeps a "Projects:" sub-heading inside experience when dated positions follow it (#23)', () => {
    // Hand-written in the layout of the Kaggle résumé PDFs (ENGINEERING/12748557, BPO/41152404): section headings
    // without a colon, a position's projects under "Major Projects:", then more positions dated as those above.
    const text = [
      'Professional Experience',
      'Regional Engineering Manager 01/2014 to Current Company Name City , State',
      'Directing ITS solution deliveries.',
      'Major Projects:',
      'Devil Slide Tunnel - Value: $7M',
      'Delivered a PLC/SCADA system.',
      'Senior Engineer 07/2003 to 12/2010 Company Name City , State',
      'Systems Engineer II 07/1999 to 06/2003 Company Name City , State',
      'Education',
      'Bachelor of Science : Electrical Engineering 1990 University of California City , State',
    ].join('\n');
    const sections = splitSections(text);
    expect(summary(sections)).toEqual([
      ['experience', 'Professional Experience'],
      ['education', 'Education'],
    ]);
    expect(sections[0]?.text).toContain('Systems Engineer II 07/1999');
    expectContiguous(text, sections);
    // A projects section of its own keeps its heading: its dates are not written as the positions' are, or it is
    // headed as the sections are (no colon).
    const dated = (heading: string, projectLine: string) =>
      [
        'Experience',
        'Software Engineer 01/2019 to Current Acme City , State',
        'Built services.',
        heading,
        projectLine,
        'Education',
      ].join('\n');
    expect(
      summary(splitSections(dated('Projects:', 'Duration: Feb 2011 to Jun 2011 Description: billing tool'))),
    ).toEqual([
      ['experience', 'Experience'],
      ['projects', 'Projects'],
      ['education', 'Education'],
    ]);
    expect(summary(splitSections(dated('Projects', 'Chatbot 03/2020 to 05/2020 Personal City , State')))).toEqual([
      ['experience', 'Experience'],
      ['projects', 'Projects'],
      ['education', 'Education'],
    ]);
  });
  it('keeps a position\'s "Accomplishments" inside experience when positions dated as those above follow it (#23)', () => {
    // Hand-written in the layout of the Kaggle résumé PDFs (TEACHER/16270906, ENGINEERING/12488356): section headings
    // without a colon, and under a position its list of results headed "Accomplishments" (with a colon or without),
    // one such list per position or several in a row. The positions below them were lost to an "other" section.
    const text = [
      'Experience',
      'Office Manager',
      'March 2016 to Current Company Name',
      'Ran the front office.',
      'Accomplishments',
      'Cut supply costs by a fifth.',
      '',
      'Receptionist',
      'June 2012 to March 2016 Company Name',
      'Answered the phones.',
      'Accomplishments:',
      'Trained four new hires.',
      'Key Achievements:',
      'Employee of the month twice.',
      'Clerk',
      'May 2010 to June 2012 Company Name',
      'Filed records.',
      'Education',
      'High School Diploma 2010 Central High School',
    ].join('\n');
    const sections = splitSections(text);
    expect(summary(sections)).toEqual([
      ['experience', 'Experience'],
      ['education', 'Education'],
    ]);
    expect(sections[0]?.text).toContain('May 2010 to June 2012 Company Name');
    expectContiguous(text, sections);
    // A section of accomplishments of its own (no position dated as those above under it), or a heading that is no list
    // of results between (a "Skills:" list), keeps its heading.
    const after = (lines: readonly string[]) =>
      summary(splitSections(['Experience', 'Clerk', 'May 2010 to June 2012 Company Name', ...lines].join('\n')));
    expect(after(['Accomplishments', 'Employee of the Year 2015', 'Education', 'BA 2009'])).toEqual([
      ['experience', 'Experience'],
      ['other', 'Accomplishments'],
      ['education', 'Education'],
    ]);
    expect(after(['Skills:', 'Filing', 'Accomplishments:', 'Typist', 'June 2008 to May 2010 Company Name'])).toEqual([
      ['experience', 'Experience'],
      ['skills', 'Skills'],
      ['other', 'Accomplishments'],
    ]);
  });

  it('reads a "<kind of work> Experience" line the patterns do not know as experience when a dated position follows it', () => {
    // The Kaggle résumé APPAREL/11232471's heading: its three positions were read as the summary's.
    const text = [
      'Summary',
      'Experienced Retail Sales Manager, adept at problem solving.',
      '',
      'Visual Merchandise Experience',
      'Softlines Manager',
      'March 2011 to Current Company Name City , State',
      'Managed the sales performance of the footwear and apparel associates.',
      '',
      'RETAIL EXPERIENCE',
      'Cashier 06/2008 to 02/2011 Company Name City , State',
      '',
      'Skills',
      'Microsoft Excel Experience',
      'Store opening and closing procedures',
      'Excel experience',
      '5 years experience',
      'Hands-on Experience with AWS',
      '• Customer Service Experience',
      'Project Management Experience',
      'Budgeting and forecasting',
    ].join('\n');
    const sections = splitSections(text);
    expect(summary(sections)).toEqual([
      ['summary', 'Summary'],
      ['experience', 'Visual Merchandise Experience'],
      ['experience', 'RETAIL EXPERIENCE'],
      ['skills', 'Skills'],
    ]);
    expectContiguous(text, sections);
    expect(isNamedExperienceHeading('Leadership Experience')).toBe(true);
    expect(isNamedExperienceHeading('Sales and Marketing Experience:')).toBe(true);
    expect(isNamedExperienceHeading('Other Employment')).toBe(true);
    for (const line of [
      'Excel experience',
      '5 years experience',
      'Hands-on Experience with AWS',
      '• Retail Experience',
    ])
      expect(isNamedExperienceHeading(line)).toBe(false);
    expect(isNamedExperienceHeading('One Two Three Four Five Experience')).toBe(false);
  });

  it('reads a skills list\'s "<words> Experience" item above the next heading as the list\'s, not a heading', () => {
    // The dated line below it is the next section's position: "Customer Service Experience" was read as an empty
    // experience section.
    const text = [
      'SKILLS',
      'Microsoft Excel',
      'Customer Service Experience',
      'PROFESSIONAL EXPERIENCE',
      'Cashier',
      'Jan 2018 - Present',
    ].join('\n');
    const sections = splitSections(text);
    expect(summary(sections)).toEqual([
      ['skills', 'SKILLS'],
      ['experience', 'PROFESSIONAL EXPERIENCE'],
    ]);
    expectContiguous(text, sections);
  });

  it('reads "Leadership Experience" in title case after a work history as a heading, as in capitals', () => {
    const text = [
      'PROFESSIONAL EXPERIENCE',
      'Financial Analyst, Acme Corp, Chicago, IL',
      'Jul 2020 - Present',
      '',
      'Leadership Experience',
      'President, Finance Club, University of Michigan',
      'Sep 2017 - May 2020',
    ].join('\n');
    const sections = splitSections(text);
    expect(summary(sections)).toEqual([
      ['experience', 'PROFESSIONAL EXPERIENCE'],
      ['experience', 'Leadership Experience'],
    ]);
    expectContiguous(text, sections);
  });

  it('reads a "<kind of work> Experience" title inside a work history as the position\'s title, not a heading', () => {
    // "Director of Customer Experience" over its employer and dates opened a section of its own, and the position
    // lost its title and was dropped.
    const text = [
      'EXPERIENCE',
      'Director of Customer Experience',
      'Acme Corp, Boston, MA',
      'Jan 2018 - Present',
      '- Led the customer team',
      '',
      'Patient Experience',
      'Mercy Hospital, Miami, FL',
      'Mar 2012 - Dec 2017',
      '',
      'EDUCATION',
      'BS Business, Boston University, 2011',
    ].join('\n');
    const sections = splitSections(text);
    expect(summary(sections)).toEqual([
      ['experience', 'EXPERIENCE'],
      ['education', 'EDUCATION'],
    ]);
    expectContiguous(text, sections);
  });
});

describe('splitSections with a reference "today" (options.now)', () => {
  // Hand-written: a "<kind of work> Experience" heading is told from a skills item by the dated position below it; a
  // position begun in 2028 is dated in 2030, and was judged against the real clock whatever `now` the caller gave.
  const text = [
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

  it('reads the dates below a heading against the `now` given', () => {
    const sections = splitSections(text, { now: new Date(Date.UTC(2030, 0, 1)) });
    expect(summary(sections)).toEqual([
      ['skills', 'SKILLS'],
      ['experience', 'Visual Merchandise Experience'],
      ['education', 'EDUCATION'],
    ]);
    expectContiguous(text, sections);
    // Before 2028 the position is not under way yet: no dated line below, so a skills list's item as before.
    expect(summary(splitSections(text, { now: new Date(Date.UTC(2027, 0, 1)) }))).toEqual([
      ['skills', 'SKILLS'],
      ['education', 'EDUCATION'],
    ]);
  });

  it('refuses a `now` that is no valid Date and an unknown option', () => {
    expect(() => splitSections(text, { now: new Date(Number.NaN) })).toThrow(/splitSections: options\.now/);
    expect(() => splitSections(text, { now: '2030-01-01' as never })).toThrow(/options\.now/);
    expect(() => splitSections(text, { nwo: new Date() } as never)).toThrow(/SplitSectionsOptions/);
    expect(summary(splitSections(text, {}))).toEqual(summary(splitSections(text)));
  });
});

describe('splitSections: a known heading of no position inside a work history under capital headings', () => {
  // Hand-written in the layout of a US résumé: capital headings, a title-case "Honors and Awards" after the last
  // position whose lines carry dates. Demoted to a line of the job above, the award lines were read as positions.
  const resume = (
    heading: string,
    dean = "Dean's List 2012 – 2013",
    employee = 'Employee of the Month Jan 2015 Nov 2016',
  ) =>
    [
      'PROFESSIONAL EXPERIENCE',
      'Software Engineer, Acme Corporation, Boston, MA',
      'Jan 2018 - Present',
      '- Built the billing service.',
      'Junior Developer, Globex Inc, Boston, MA',
      'Jun 2015 - Dec 2017',
      '- Wrote tests.',
      '',
      heading,
      dean,
      employee,
      '',
      'EDUCATION',
      'B.S. Computer Science, Boston University, 2011 - 2015',
    ].join('\n');

  it.each([
    ['Honors and Awards', 'other'],
    ['Awards:', 'other'],
    ['Certifications', 'certifications'],
    ['Skills', 'skills'],
    ['Languages', 'languages'],
    ['Interests', 'other'],
  ])('ends the work history at %j where the lines below are dated unlike its positions', (heading, kind) => {
    const text = resume(heading);
    const sections = splitSections(text);
    expect(summary(sections)).toEqual([
      ['experience', 'PROFESSIONAL EXPERIENCE'],
      [kind, heading.replace(':', '')],
      ['education', 'EDUCATION'],
    ]);
    expectContiguous(text, sections);
  });

  it("keeps the heading the job's where a line below is dated as the positions are, or none is dated", () => {
    const today = [
      ['experience', 'PROFESSIONAL EXPERIENCE'],
      ['education', 'EDUCATION'],
    ];
    // 'Employee of the Month' over 'Mar 2014 - Dec 2014' may be a position as the others are: unclear, as before.
    expect(summary(splitSections(resume('Honors and Awards', 'Employee of the Month', 'Mar 2014 - Dec 2014')))).toEqual(
      today,
    );
    // No dated line below: nothing is read as a position there, and a position's list stays the position's.
    expect(summary(splitSections(resume('Technical Skills', 'Java, Spring', 'SQL')))).toEqual(today);
    // A position's projects and results stay the position's, whatever their dates.
    for (const heading of ['Projects', 'Key Achievements'])
      expect(summary(splitSections(resume(heading)))).toEqual(today);
  });

  it("keeps a job's own sub-list the job's where a position's dates line below is written in another form", () => {
    // Hand-written: the first job's 'Certifications' or 'Skills' list (a dated line in it), then older positions dated
    // in another form than the first ('06/2015 - 12/2017', '2013 - 2015' under 'Jan 2018 - Present'). Ending the
    // history there lost the older positions and their years.
    const text = (heading: string, listLine: string) =>
      [
        'PROFESSIONAL EXPERIENCE',
        'Senior Engineer, Acme Corporation, Boston, MA',
        'Jan 2018 - Present',
        '- Built the billing service.',
        heading,
        listLine,
        '',
        'Software Engineer, Globex Inc, Boston, MA',
        '06/2015 - 12/2017',
        '- Wrote tests.',
        'Junior Developer, Initech, Austin, TX',
        '2013 - 2015',
        '',
        'EDUCATION',
        'B.S. Computer Science, Boston University, 2009 - 2013',
      ].join('\n');
    for (const [heading, listLine] of [
      ['Certifications', 'AWS Certified Solutions Architect 2019'],
      ['Skills', 'Kubernetes (2019 - 2023)'],
    ])
      expect(summary(splitSections(text(heading as string, listLine as string))), heading).toEqual([
        ['experience', 'PROFESSIONAL EXPERIENCE'],
        ['education', 'EDUCATION'],
      ]);
  });

  it("keeps a skills sub-heading the job's where positions dated as those above follow it", () => {
    // The layout of an Indeed export (dataturks-dev dt-29): "Key Skills" over the next positions.
    const text = [
      'WORK EXPERIENCE',
      'Test Manager',
      'Acme Consulting -  Hyderabad, Telangana -',
      'September 2013 to March 2016',
      'Key Skills',
      'Sr consultant',
      'Microsoft India -  Hyderabad, Telangana -',
      'June 2008 to March 2016',
      'Tested dashboards, 2013 to 2014.',
      'EDUCATION',
      'PGDBM',
    ].join('\n');
    expect(summary(splitSections(text))).toEqual([
      ['experience', 'WORK EXPERIENCE'],
      ['education', 'EDUCATION'],
    ]);
  });
});
