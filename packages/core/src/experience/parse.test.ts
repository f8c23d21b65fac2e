import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCsvRows } from '@rolefit/dev-tools';
import { findExperienceRequirements, parseExperience, type ExperienceRequirement } from './parse.js';

const repositoryRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const dataRoot = process.env.ROLEFIT_DATA ?? path.resolve(repositoryRoot, '../shared/data');

describe('parseExperience', () => {
  it.each<[string, ExperienceRequirement]>([
    ['5+ years', { min: 5, text: '5+ years' }],
    ['3-5 yrs of experience', { min: 3, max: 5, text: '3-5 yrs' }],
    ['3–5 years of experience', { min: 3, max: 5, text: '3–5 years' }],
    ['at least two years', { min: 2, text: 'at least two years' }],
    ['minimum of 7 years’ experience', { min: 7, text: 'minimum of 7 years’' }],
    ['1 year', { min: 1, text: '1 year' }],
    ['6 months', { min: 0.5, text: '6 months' }],
    ['18 months of experience', { min: 1.5, text: '18 months' }],
    ['one to three years', { min: 1, max: 3, text: 'one to three years' }],
    ['10+ yrs', { min: 10, text: '10+ yrs' }],
    ['We need 3 years of experience with React', { min: 3, text: '3 years' }],
    ['Experience: 4 years', { min: 4, text: '4 years' }],
    ['between 3 and 5 years of experience', { min: 3, max: 5, text: 'between 3 and 5 years' }],
    ['3 years or more', { min: 3, text: '3 years or more' }],
    ['3 or more years of experience', { min: 3, text: '3 or more years' }],
    ['Minimum 2 years experience', { min: 2, text: 'Minimum 2 years' }],
    ['at least a year of experience', { min: 1, text: 'at least a year' }],
    ['2.5 years of experience', { min: 2.5, text: '2.5 years' }],
    ['BS with >10 years of experience', { min: 10, text: '>10 years' }],
    ['5-year experience in sales', { min: 5, text: '5-year' }],
    ['up to 2 years of experience', { min: 0, max: 2, text: 'up to 2 years' }],
    ['no experience required', { min: 0, max: 0, text: 'no experience required' }],
    ['entry level, no experience', { min: 0, max: 0, text: 'entry level' }],
    ['опыт от 3 до 6 лет', { min: 3, max: 6, text: 'от 3 до 6 лет' }],
    ['от 1 года до 3 лет', { min: 1, max: 3, text: 'от 1 года до 3 лет' }],
    ['более 6 лет', { min: 6, text: 'более 6 лет' }],
    ['стаж не менее 2 лет', { min: 2, text: 'не менее 2 лет' }],
    ['опыт от года', { min: 1, text: 'от года' }],
    ['Опыт работы на позиции менеджер по закупкам от 3 лет.', { min: 3, text: 'от 3 лет' }],
    ['без опыта', { min: 0, max: 0, text: 'без опыта' }],
    ['Опыт работы не требуется, мы всему научим!', { min: 0, max: 0, text: 'Опыт работы не требуется' }],
  ])('reads %j', (text, expected) => {
    expect(parseExperience(text)).toEqual(expected);
  });

  it.each([
    '5 years old',
    'in 2 years you will lead the team',
    'a 10-year-old company',
    'a 2-year contract',
    '4-year degree',
    'founded 20 years ago',
    'over the next 2 years',
    'For more than 50 years, we have built bridges',
    'Must be at least 18 years of age',
    'Must be 18 years or older',
    '401(k)',
    '24/7 support',
    'team of 10',
    'дети от 3 лет',
    'компания более 10 лет на рынке',
  ])('finds no requirement in %j', (text) => {
    expect(parseExperience(text)).toBeUndefined();
    expect(findExperienceRequirements(text)).toEqual([]);
  });

  it('returns the largest minimum as the primary requirement', () => {
    const text = '2+ years of Python and 5+ years of software engineering; 3 years of SQL';
    expect(parseExperience(text)).toEqual({ min: 5, text: '5+ years' });
    expect(findExperienceRequirements(text)).toEqual([
      { min: 2, text: '2+ years' },
      { min: 5, text: '5+ years' },
      { min: 3, text: '3 years' },
    ]);
  });

  it('lets a stated requirement outrank "entry level"', () => {
    expect(parseExperience('Entry-level role; 1-2 years of experience preferred')).toEqual({
      min: 1,
      max: 2,
      text: '1-2 years',
    });
  });

  it('finds every Russian requirement in a snippet', () => {
    const text = 'опыт работы профессиональным водителем от 10 лет, семейным водителем - от 5 лет';
    expect(findExperienceRequirements(text)).toEqual([
      { min: 10, text: 'от 10 лет' },
      { min: 5, text: 'от 5 лет' },
    ]);
  });
});

describe('parseExperience on real data', () => {
  const glassdoorFile = path.join(dataRoot, 'glassdoor-ds-jobs-2020', 'glassdoor_jobs.csv');
  const hhFile = path.join(dataRoot, 'hh-ru-api-search-response', 'hh_vacancies_search_page.json');

  // The shared data sets live outside the repository (ROLEFIT_DATA or ../shared/data); skip where absent.
  it.skipIf(!existsSync(glassdoorFile))('reads plausible requirements from most Glassdoor descriptions', () => {
    const [header, ...rows] = parseCsvRows(readFileSync(glassdoorFile, 'utf8'));
    const column = header?.indexOf('Job Description') ?? -1;
    const descriptions = [...new Set(rows.map((row) => row[column] ?? ''))];
    const primaries = descriptions.flatMap((description) => {
      const requirement = parseExperience(description);
      return requirement === undefined ? [] : [requirement];
    });
    console.info(
      `Glassdoor: ${primaries.length} of ${descriptions.length} distinct descriptions state years of experience`,
    );
    // Data-science ads nearly always ask for years; company history ("for over 50 years") must not count.
    expect(primaries.length / descriptions.length).toBeGreaterThan(0.6);
    for (const requirement of primaries) {
      expect(requirement.min).toBeGreaterThanOrEqual(0);
      expect(requirement.min).toBeLessThanOrEqual(20);
      expect(requirement.max ?? requirement.min).toBeGreaterThanOrEqual(requirement.min);
    }
  });

  interface HhVacancy {
    experience: { id: string; name: string };
    snippet: { requirement: string | null; responsibility: string | null };
  }
  // hh.ru's fixed experience buckets, as years.
  const buckets: Record<string, { min: number; max?: number }> = {
    noExperience: { min: 0, max: 0 },
    between1And3: { min: 1, max: 3 },
    between3And6: { min: 3, max: 6 },
    moreThan6: { min: 6 },
  };

  it.skipIf(!existsSync(hhFile))('reads hh.ru experience bucket names and agrees with their snippets', () => {
    const vacancies = (JSON.parse(readFileSync(hhFile, 'utf8')) as { items: HhVacancy[] }).items;
    expect(vacancies.length).toBeGreaterThan(10);
    let snippetsWithYears = 0;
    for (const vacancy of vacancies) {
      const bucket = buckets[vacancy.experience.id];
      expect(bucket, vacancy.experience.id).toBeDefined();
      expect(parseExperience(vacancy.experience.name), vacancy.experience.name).toEqual({
        ...bucket,
        text: vacancy.experience.name,
      });
      const snippet = [vacancy.snippet.requirement, vacancy.snippet.responsibility].filter(Boolean).join(' ');
      const fromSnippet = parseExperience(snippet);
      if (fromSnippet === undefined || bucket === undefined) continue;
      snippetsWithYears++;
      // The employer picked the bucket; the years written in the ad must fall inside it.
      expect(fromSnippet.min).toBeGreaterThanOrEqual(bucket.min);
      if (bucket.max !== undefined) expect(fromSnippet.min).toBeLessThanOrEqual(bucket.max);
    }
    console.info(`hh.ru: ${vacancies.length} bucket names read, ${snippetsWithYears} snippets state years`);
    expect(snippetsWithYears).toBeGreaterThan(0);
  });
});
