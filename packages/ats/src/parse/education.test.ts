import { highestDegreeLevel } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { expectLinearTime } from '../../../core/src/testing/scaling.js';
import { parseEducationSection } from './education.js';
import { parseResumeText } from './parse-resume-text.js';

const NOW = new Date(Date.UTC(2026, 0, 1));
const read = (text: string) =>
  parseEducationSection(text, { now: NOW }).map((entry) => ({
    degree: entry.degree,
    field: entry.field,
    institution: entry.institution,
    start: entry.start?.toISOString().slice(0, 7),
    end: entry.end?.toISOString().slice(0, 7),
  }));
const entry = (
  degree: string | undefined,
  field: string | undefined,
  institution: string | undefined,
  start?: string,
  end?: string,
) => ({ degree, field, institution, start, end });

// Every text here is hand-written for this test, in the layouts seen in real resumes (Indeed exports, PDF and DOCX text).
describe('parseEducationSection', () => {
  it.each([
    [
      'degree, school and year on their own lines',
      'B.Tech in Computer Science\n\nNational Institute of Technology -  Warangal, Telangana\n\n2016',
      [entry('B.Tech', 'Computer Science', 'National Institute of Technology', undefined, '2016-01')],
    ],
    [
      'school above the degree',
      'Anna University\nB.E. Mechanical Engineering\n2011 - 2015',
      [entry('B.E.', 'Mechanical Engineering', 'Anna University', '2011-01', '2015-12')],
    ],
    [
      'one line with commas',
      'MCA, Pune Institute of Technology, 2016 – 2018',
      [entry('MCA', undefined, 'Pune Institute of Technology', '2016-01', '2018-12')],
    ],
    [
      'one line with pipes, school first',
      'Fergusson College | BCA | 2013 - 2016',
      [entry('BCA', undefined, 'Fergusson College', '2013-01', '2016-12')],
    ],
    [
      '" from " and a grade',
      'Bachelor of Science in Physics from Stanford University, 2019, GPA 3.8/4.0',
      [entry('Bachelor of Science', 'Physics', 'Stanford University', undefined, '2019-01')],
    ],
    [
      'tabs and a month',
      'M.Sc. Data Science\tUniversity of Edinburgh\tSep 2020 – Aug 2021',
      [entry('M.Sc.', 'Data Science', 'University of Edinburgh', '2020-09', '2021-08')],
    ],
    [
      'a school without a cue word below its degree',
      'PG-DAC\n\nCDAC ACTS\n\n2017',
      [entry('PG-DAC', undefined, 'CDAC ACTS', undefined, '2017-01')],
    ],
    [
      'a wrapped degree line',
      'BACHELOR OF ENGINEERING in ELECTRONICS & COMMUNICATION\nENGINEERING\n\nAdhiparasakthi Engineering College\n\n2001 to 2005',
      [
        entry(
          'BACHELOR OF ENGINEERING',
          'ELECTRONICS & COMMUNICATION ENGINEERING',
          'Adhiparasakthi Engineering College',
          '2001-01',
          '2005-12',
        ),
      ],
    ],
    [
      '"Degree : Field , Year School, City" with a full-width comma',
      "MBA , International Finance 1997 St. John's University ， City , State , USA",
      [entry('MBA', 'International Finance', "St. John's University", undefined, '1997-01')],
    ],
    [
      'an "of" phrase that stops where the school begins',
      'Bachelor of Science DELAWARE VALLEY COLLEGE',
      [entry('Bachelor of Science', undefined, 'DELAWARE VALLEY COLLEGE')],
    ],
    [
      'a school glued to the field after "The"',
      'Bachelor of Science : Public Relations The University of Texas , 2015',
      [entry('Bachelor of Science', 'Public Relations', 'The University of Texas', undefined, '2015-01')],
    ],
    [
      'dates opening each entry',
      "2014 – 2018\nB.Sc. (Hons) Economics\nUniversity of Lagos\n2012 – 2014\nHigher Secondary Certificate\nKing's College",
      [
        entry('B.Sc. (Hons)', 'Economics', 'University of Lagos', '2014-01', '2018-12'),
        entry('Higher Secondary Certificate', undefined, "King's College", '2012-01', '2014-12'),
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('keeps entries apart when a school has no degree, and takes no board or school name for a degree', () => {
    const text =
      'B.E. in CSE\n\nAtria Institute of Technology -  Bangalore, Karnataka\n\n2012\n\nSaurashtra University -  Morbi, Gujarat\n\n2008\n\nSSC\n\nState Board\n\n2006\n\nSindhi High School -  Bangalore, Karnataka\n\n2004';
    expect(read(text)).toEqual([
      entry('B.E.', 'CSE', 'Atria Institute of Technology', undefined, '2012-01'),
      entry(undefined, undefined, 'Saurashtra University', undefined, '2008-01'),
      entry('SSC', undefined, undefined, undefined, '2006-01'),
      entry(undefined, undefined, 'Sindhi High School', undefined, '2004-01'),
    ]);
  });

  it('reads a line in the degree place above a school as the degree', () => {
    const text =
      'Bachelor in Commerce\n\nBerhampur University -  Brahmapur, Orissa\n\n2013\n\nAccounting\n\nScience College, Hinjilicut -  Brahmapur, Orissa\n\n2010';
    expect(read(text).map((found) => [found.degree, found.field, found.institution])).toEqual([
      ['Bachelor', 'Commerce', 'Berhampur University'],
      ['Accounting', undefined, 'Science College, Hinjilicut'],
    ]);
  });
});

// Hand-written resumes in Russian and German (no real resume copied), for the education side of #23.
describe('education in resumes written in other languages', () => {
  it('reads a Russian resume', () => {
    const resume = parseResumeText(
      [
        'Иван Петров',
        'ivan.petrov@example.ru',
        '',
        'Опыт работы',
        'Старший инженер-программист, ООО «Ромашка»',
        'янв 2019 — по настоящее время',
        '',
        'Образование',
        'Московский государственный технический университет им. Н. Э. Баумана',
        'Магистр, Информатика и вычислительная техника',
        '2012 — 2018',
        'Новосибирский государственный университет',
        'Бакалавр, Прикладная математика',
        '2008 — 2012',
        '',
        'Навыки',
        'Python, SQL, Linux',
      ].join('\n'),
      { now: NOW },
    );
    expect(resume.education.map((found) => [found.degree, found.institution])).toEqual([
      ['Магистр', 'Московский государственный технический университет им. Н. Э. Баумана'],
      ['Бакалавр', 'Новосибирский государственный университет'],
    ]);
    expect(highestDegreeLevel(resume.education.map((found) => found.degree ?? ''))).toBe('master');
  });

  it("reads a Russian resume in hh.ru's layout (the level first, then year, university, faculty)", () => {
    const resume = parseResumeText(
      [
        'Анна Смирнова',
        'anna@example.ru',
        '',
        'Образование',
        'Высшее',
        '2016',
        'Санкт-Петербургский государственный университет',
        'Экономический факультет, Экономист',
        '',
        'Навыки',
        'Excel, 1С',
      ].join('\n'),
      { now: NOW },
    );
    expect(
      resume.education.map((found) => [found.degree, found.institution, found.end?.toISOString().slice(0, 4)]),
    ).toEqual([['Высшее', 'Санкт-Петербургский государственный университет', '2016']]);
    expect(
      highestDegreeLevel(
        resume.education.map((found) => found.degree ?? ''),
        { mode: 'education' },
      ),
    ).toBe('bachelor');
  });

  it('reads a German resume', () => {
    const resume = parseResumeText(
      [
        'Anna Schmidt',
        'anna.schmidt@example.de',
        '',
        'Berufserfahrung',
        '03/2019 – heute   Softwareentwicklerin, Muster GmbH, Berlin',
        '',
        'Ausbildung',
        '10/2012 – 09/2018   Diplom-Ingenieurin Maschinenbau, Technische Universität München',
        '09/2003 – 06/2012   Abitur, Goethe-Gymnasium Frankfurt',
        '',
        'Kenntnisse',
        'Python, MATLAB, SolidWorks',
      ].join('\n'),
      { now: NOW },
    );
    expect(resume.education.map((found) => [found.degree, found.field, found.institution])).toEqual([
      ['Diplom-Ingenieurin', 'Maschinenbau', 'Technische Universität München'],
      ['Abitur', undefined, 'Goethe-Gymnasium Frankfurt'],
    ]);
    expect(highestDegreeLevel(resume.education.map((found) => found.degree ?? ''))).toBe('master');
  });
});

// Hostile education sections: every line is read in time proportional to its length, and entries never look back.
describe('parseEducationSection on hostile input', () => {
  it.each([
    ['many degree lines', (size: number) => 'B.Tech in CSE\n'.repeat(size / 14)],
    ['one long line of degrees', (size: number) => 'B.Sc. of '.repeat(size / 9)],
    ['many school lines', (size: number) => 'Anna University -  Chennai, Tamil Nadu\n'.repeat(size / 39)],
    ['many date lines', (size: number) => '2015 to 2019\n'.repeat(size / 13)],
    ['many grade lines under a degree', (size: number) => `MBA\n${'CGPA 8.5/10\n'.repeat(size / 12)}`],
    ['a degree, then a long line of spaces and commas', (size: number) => `Master of${' ,'.repeat(size / 2)}x\nMIT`],
    ['a degree line of digits and percents', (size: number) => `SSC ${'9'.repeat(size)}%`],
    ['lines of unknown names between schools', (size: number) => 'Anna University\nAlpha Beta\n'.repeat(size / 27)],
  ])('runs in linear time: %s', (_name, make) => {
    expectLinearTime((text: string) => parseEducationSection(text, { now: NOW }), make);
  });
});
