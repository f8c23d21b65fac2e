import { describe, expect, it } from 'vitest';
import { parseResumeText } from './parse-resume-text.js';

const header = 'Maya Okafor\nmaya.okafor@example.com\n\n';

describe("parseResumeText skills and the person's name", () => {
  it('takes no skill from the name ("Maya" is also 3-D software)', () => {
    const resume = parseResumeText(
      `${header}Experience\nData Analyst, Acme, 2019 - 2023\n- Built SQL reports in Tableau\n`,
    );
    expect(resume.contact.name).toBe('Maya Okafor');
    expect(resume.skills.join('|')).not.toMatch(/maya/i);
    expect(resume.skills).toEqual(expect.arrayContaining(['SQL', 'Tableau']));
  });

  it('still finds the skill where the text uses it, not as the name', () => {
    const resume = parseResumeText(
      `${header}Experience\n3D Artist, Studio, 2019 - 2023\n- Modelled characters in Maya and Blender\n`,
    );
    expect(resume.skills.join('|')).toMatch(/maya/i);
  });
});

describe('parseResumeText skills list items', () => {
  // Shaped like the Indeed exports of the DataTurks résumés: HTML entities kept, each skill with its years, lines wrapped.
  const resume = parseResumeText(
    [
      'Priya Raman',
      'priya.raman@example.com',
      '',
      'SKILLS',
      'Recruitment &amp; Retention, Payroll &amp; Compensation, Tally (Less than 1 year), Mainframe (COBOL, JCL), DETAIL',
      'ORIENTED (Less than 1',
      'year), Java (10+ years)',
    ].join('\n'),
  );

  it('reads "&amp;" as "&", not as an item and a ";" separator', () => {
    expect(resume.skills).toEqual(expect.arrayContaining(['Recruitment & Retention', 'Payroll & Compensation']));
    expect(resume.skills.join('|')).not.toMatch(/&amp|^Retention$/m);
  });

  it('drops the years written with a skill, also across a wrapped line', () => {
    expect(resume.skills).toEqual(expect.arrayContaining(['Tally', 'Java']));
    expect(resume.skills.join('|')).not.toMatch(/year|\(Less/i);
  });

  it('keeps commas inside parentheses with their skill', () => {
    expect(resume.skills).toContain('Mainframe (COBOL, JCL)');
    expect(resume.skills).not.toContain('JCL)');
  });
});

describe('parseResumeText skills items between typographic quotes and dashes', () => {
  const resume = parseResumeText(
    [
      'Maya Okafor',
      'maya.okafor@example.com',
      '',
      'SKILLS',
      'SQL — “Airflow”',
      'Python – ‘NumPy’, «Docker»',
      'Tableau — 3 years',
      'Figma – Advanced',
      'Client-Server, CI-CD',
    ].join('\n'),
  );

  it('reads a spaced en or em dash as a separator and drops the quotes around a skill', () => {
    expect(resume.skills).toEqual(expect.arrayContaining(['SQL', 'Apache Airflow', 'Python', 'NumPy', 'Docker']));
    expect(resume.skills.join('|')).not.toMatch(/[—–“”‘’«»]/);
  });

  it('drops the level or time a dash gives after a skill, and keeps hyphens inside one', () => {
    expect(resume.skills).toEqual(expect.arrayContaining(['Tableau', 'Figma', 'Client-Server', 'CI/CD']));
    expect(resume.skills.join('|')).not.toMatch(/years|Advanced/);
  });
});
