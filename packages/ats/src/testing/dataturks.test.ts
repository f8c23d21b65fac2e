import { describe, expect, it } from 'vitest';
import { dataturksExpected, dataturksPredicted, dataturksSkillItems, type DataturksResume } from './dataturks.js';

describe('dataturksSkillItems', () => {
  it('splits a list at commas, semicolons, bullets and lines, without the job board’s years', () => {
    expect(
      dataturksSkillItems(
        'ANSYS (Less than 1 year), CATIA (2 years); Selenium\n• Jenkins • Sauce Labs\nFunctional Testing.',
      ),
    ).toEqual(['ANSYS', 'CATIA', 'Selenium', 'Jenkins', 'Sauce Labs', 'Functional Testing']);
  });

  it('joins a job board’s skills line wrapped at the page’s width', () => {
    expect(
      dataturksSkillItems(
        'SAPUI5 (2 years), CSS. (2 years), EMPLOYEE RESOURCE GROUP (2 years), ENTERPRISE\nRESOURCE PLANNING (2 years), SAP ABAP (2 years)',
      ),
    ).toEqual(['SAPUI5', 'CSS', 'EMPLOYEE RESOURCE GROUP', 'ENTERPRISE RESOURCE PLANNING', 'SAP ABAP']);
    expect(
      dataturksSkillItems(
        'Lead generation, Customer Handling, cold calling, Negotiation, IT sales, outbound\ncalling, MS office',
      ),
    ).toEqual([
      'Lead generation',
      'Customer Handling',
      'cold calling',
      'Negotiation',
      'IT sales',
      'outbound calling',
      'MS office',
    ]);
    // A table's rows are not wrapped lines.
    expect(
      dataturksSkillItems('Languages: Python, Java, JavaScript, TypeScript, Go, Rust, Kotlin, Scala, Ruby\nDocker'),
    ).toEqual(['Python', 'Java', 'JavaScript', 'TypeScript', 'Go', 'Rust', 'Kotlin', 'Scala', 'Ruby', 'Docker']);
  });

  it('drops group labels and section headings', () => {
    expect(
      dataturksSkillItems(
        'ADDITIONAL INFORMATION\n\nTechnical Skills\nDatabases: Oracle, MySql\nOperating Systems:\n• Tools: Git',
      ),
    ).toEqual(['Oracle', 'MySql', 'Git']);
  });

  it('splits at slashes between skills, not inside a name or a version', () => {
    expect(
      dataturksSkillItems('HTML/CSS, Ansible /Chef, Bamboo\\Maven, TCP/IP, PL/SQL, CI/CD, ABAP/4, Oracle 9i/10g'),
    ).toEqual([
      'HTML',
      'CSS',
      'Ansible',
      'Chef',
      'Bamboo',
      'Maven',
      'TCP/IP',
      'PL/SQL',
      'CI/CD',
      'ABAP/4',
      'Oracle 9i/10g',
    ]);
  });

  it('splits "and" between two one-word skills only', () => {
    expect(
      dataturksSkillItems('Hadoop and Spark, Good Inter-Personal and Communication Skills, Training & Development'),
    ).toEqual(['Hadoop', 'Spark', 'Good Inter-Personal and Communication Skills', 'Training & Development']);
  });
});

describe('dataturksExpected and dataturksPredicted', () => {
  const record: DataturksResume = {
    id: 'dt-test',
    text: '',
    fields: {
      name: ['Asha Rao'],
      email: [],
      skills: ['Python, Go', 'SQL', 'TDD'],
      companies: [],
      designation: [],
      degree: [],
      college: [],
      graduation_year: [],
      location: [],
    },
  };

  it('scores skills item by item, and only where they are labelled', () => {
    // Core's canonical names, as the parser writes them.
    expect(dataturksExpected(record).skills).toEqual(['Python', 'Go', 'SQL', 'Test-Driven Development']);
    const resume = { contact: {}, experience: [], education: [], skills: ['Python', 'docker'] } as never;
    expect(dataturksPredicted(resume, record).skills).toEqual(['Python', 'Docker']);
    expect(dataturksPredicted(resume, { ...record, fields: { ...record.fields, skills: [] } }).skills).toEqual([]);
  });
});
