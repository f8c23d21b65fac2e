import { describe, expect, it } from 'vitest';
import { latin1, MOJIBAKE } from './adversarial-inputs.js';
import { parseResumeText } from './parse-resume-text.js';
import { repairLatin1Mojibake, repairMojibake, squash, wordCount } from './lines.js';

describe('squash and wordCount', () => {
  it('collapses runs of spaces and tabs, and counts the words between them', () => {
    expect(squash('  Senior \t Engineer\u00a0 ')).toBe('Senior Engineer');
    expect(wordCount('  Senior \t Engineer\u00a0 ')).toBe(2);
    expect(wordCount('Acme')).toBe(1);
    expect(wordCount(' \t ')).toBe(0);
    expect(wordCount('')).toBe(0);
  });
});

describe('repairLatin1Mojibake', () => {
  it('reads UTF-8 that went through Latin-1 as meant, and leaves other text alone', () => {
    expect(latin1('• Python')).toBe('\u00e2\u0080\u00a2 Python');
    expect(repairLatin1Mojibake(latin1('• Python – Bachelor’s, Naïve Bayes, São Paulo'))).toBe(
      '• Python – Bachelor’s, Naïve Bayes, São Paulo',
    );
    // Text that is no such sequence stays: accented words, a lone "â" or "Ã", a Windows-1252 form (repairMojibake's).
    for (const text of ['Université de Montréal', 'Straße', 'â Python', 'Ã la carte', 'Designer â€“ Acme'])
      expect(repairLatin1Mojibake(text)).toBe(text);
    // A lead byte with continuation bytes that are no valid UTF-8 (an overlong form) stays as written.
    expect(repairLatin1Mojibake('\u00c0\u0080')).toBe('\u00c0\u0080');
    expect(repairMojibake(`Designer â€“ Acme ${latin1('•')}`)).toBe('Designer – Acme •');
  });

  it('reads the square, disc and diamond bullets that went through Windows-1252 as written', () => {
    // As the Kaggle résumé PDFs' text writes them: "■" and "●" lost their last byte (a no-break space, a byte
    // Windows-1252 has no character for).
    expect(repairMojibake('â– Organizational skills â– Marketing â–')).toBe('■ Organizational skills ■ Marketing ■');
    expect(repairMojibake('â—Lead Generation\nMarketing â— Content')).toBe('●Lead Generation\nMarketing ● Content');
    expect(repairMojibake('â—† Scheduling â—¦ Distribution â–ª BLS/ACLS')).toBe(
      '◆ Scheduling ◦ Distribution ▪ BLS/ACLS',
    );
    // "â" ending a word before a dash is no bullet.
    expect(repairMojibake('Pietà— a sculpture, Châ–')).toBe('Pietà— a sculpture, Châ–');
  });

  it('lets parseResumeText read a degree and bullets written so (the Kaggle UpdatedResumeDataSet)', () => {
    // Hand-written in the format of the updated-resume-dataset (../shared/data/updated-resume-dataset), whose texts carry
    // this encoding throughout; the names are made up.
    const text = latin1(
      [
        'Skills • Python • SQL Education Details ',
        'January 2014 to January 2017 Bachelor’s Degree Information Technology Pune, Maharashtra Westfield College of Engineering',
        'Data Analyst ',
        '',
        'Data Analyst - Northwind Analytics',
        'Skill Details ',
        'Python- Experience - 24 monthsCompany Details ',
        'company - Northwind Analytics',
        'description - • Built dashboards.',
      ].join('\n'),
    );
    const resume = parseResumeText(text, { now: new Date(Date.UTC(2026, 0, 1)) });
    expect(resume.education.map(({ degree, institution }) => ({ degree, institution }))).toEqual([
      { degree: 'Bachelor’s Degree', institution: 'Westfield College of Engineering' },
    ]);
    expect(resume.skills).toContain('Python');
    expect(resume.skills.some((skill) => skill.includes('\u00e2'))).toBe(false);
    // The resume keeps its text as given.
    expect(resume.text).toBe(text);
  });

  it('lets parseResumeText read sections written so outside that layout', () => {
    // Hand-written in the format of the updated-resume-dataset's free text (its résumés before the labelled blocks).
    const text = latin1(
      [
        'Priya Sharma',
        'SKILLS',
        '• Python • SQL',
        'EDUCATION',
        'Bachelor’s Degree in Information Technology, Westfield College of Engineering, 2017',
        'EXPERIENCE',
        'Data Analyst – Northwind Analytics',
        'June 2017 – Present',
        '• Built dashboards.',
      ].join('\n'),
    );
    const resume = parseResumeText(text, { now: new Date(Date.UTC(2026, 0, 1)) });
    expect(resume.education.map(({ degree, field }) => ({ degree, field }))).toEqual([
      { degree: 'Bachelor’s Degree', field: 'Information Technology' },
    ]);
    expect(resume.experience.map(({ title, company }) => ({ title, company }))).toEqual([
      { title: 'Data Analyst', company: 'Northwind Analytics' },
    ]);
    expect(resume.skills).toEqual(expect.arrayContaining(['Python', 'SQL']));
  });

  // Its time at n and 2n is measured by `pnpm bench --only adversarial` (no timings in tests).
  it.each(MOJIBAKE)('repairs 40,000 characters of it, no longer: %s', (name, make) => {
    const text = make(40_000);
    const repaired = repairLatin1Mojibake(text);
    expect(repaired.length).toBeLessThanOrEqual(text.length);
    if (name === 'sequences') expect(repaired).toBe('• a ’ '.repeat(4_000));
    else expect(repaired).toBe(text);
  });
});
