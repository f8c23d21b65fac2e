import { parseResume } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import {
  buildRealResumeReport,
  categoryOf,
  expectedFields,
  formatRealResumeReport,
  predictedFields,
  REAL_RESUME_MATCH,
  type RealResumeLabel,
} from './real-resume-set.js';

// Hand-written label and resume in the shapes of labels.json and core's Resume (not from the data set).
const label: RealResumeLabel = {
  id: 'kaggle-chef-1',
  source: 'kaggle-resume-pdfs-sample/data/CHEF/1.pdf',
  sha256: '0000000000000000',
  category: 'CHEF',
  layout: 'table',
  name: null,
  emails: [],
  phones: ['864-472-7092'],
  links: ['https://www.indeed.com/r/Someone/abc'],
  experience: [
    { title: 'Sous Chef', company: 'Company Name', start: '2010-07', end: 'present' },
    { title: 'Line Cook', company: 'Company Name', start: '2008', end: '2010' },
    { title: 'Dishwasher', company: null, start: null, end: null },
  ],
  education: [{ degree: 'B.S.', institution: 'Stratford University', start: null, end: '2013' }],
  skills: null,
  notes: '',
};

const resume = parseResume({
  id: 'r',
  contact: {
    name: 'SOUS CHEF',
    phone: '(864) 472 7092',
    links: ['https://indeed.com/r/Someone/abc?isid=rex-download'],
  },
  skills: ['cooking'],
  experience: [
    { title: 'Sous Chef', company: 'Company Name', start: '2010-07', end: null },
    { title: 'Line Cook Company Name', start: '2008-03', end: '2010-11' },
  ],
  education: [{ degree: 'BS', institution: 'Stratford University City , State' }],
});

describe('the real-resume scorer', () => {
  it('puts labels and a parsed resume in the same shape', () => {
    expect(expectedFields(label)).toEqual({
      name: [],
      emails: [],
      phones: ['864-472-7092'],
      links: ['https://www.indeed.com/r/Someone/abc'],
      companies: ['Company Name', 'Company Name'],
      titles: ['Sous Chef', 'Line Cook', 'Dishwasher'],
      dates: ['2010-07~present', '2008~2010'],
      degrees: ['B.S.'],
      institutions: ['Stratford University'],
      skills: [],
    });
    const predicted = predictedFields(resume, label);
    expect(predicted.dates).toEqual(['2010-07~present', '2008-03~2010-11']);
    // No skills section labelled: skills are not scored, whatever the parser found.
    expect(predicted.skills).toEqual([]);
  });

  it('matches dates at the label precision, phones by digits, links without scheme and query', () => {
    expect(REAL_RESUME_MATCH.dates('2008-03~2010-11', '2008~2010')).toBe(true);
    expect(REAL_RESUME_MATCH.dates('2008-03~2010-11', '2008-01~2010')).toBe(false);
    expect(REAL_RESUME_MATCH.dates('2010-07~?', '2010-07~present')).toBe(false);
    expect(REAL_RESUME_MATCH.phones('(864) 472 7092', '864-472-7092')).toBe(true);
    expect(
      REAL_RESUME_MATCH.links(
        'https://indeed.com/r/Someone/abc?isid=rex-download',
        'https://www.indeed.com/r/Someone/abc',
      ),
    ).toBe(true);
    expect(REAL_RESUME_MATCH.degrees('BS', 'B.S.')).toBe(true);
  });

  it('scores a group: a name on a nameless resume is a false positive, repeated companies count', () => {
    const report = buildRealResumeReport([
      { label, expected: expectedFields(label), predicted: predictedFields(resume, label) },
    ]);
    const field = (name: string) => report.overall.fields.find((score) => score.field === name);
    expect(field('name')).toMatchObject({ precision: 0, predicted: 1, expected: 0, f1: 0 });
    expect(field('companies')).toMatchObject({ precision: 1, recall: 0.5, f1: 2 / 3 });
    expect(field('emails')?.f1).toBeUndefined();
    expect(field('dates')).toMatchObject({ precision: 1, recall: 1 });
    expect(report.byLayout.map((group) => group.group)).toEqual(['table']);
    expect(formatRealResumeReport(report)).toContain('| companies | 1.00 | 0.50 | 0.67 | 1 | 2 |');
  });

  it('reports Kaggle PDFs by category and the text sets by source', () => {
    expect(categoryOf(label)).toBe('CHEF');
    expect(categoryOf({ ...label, source: 'dataturks-dev/resumes.jsonl#dt-7', category: 'dataturks' })).toBe(
      'dataturks-dev',
    );
    expect(
      categoryOf({
        ...label,
        source: 'updated-resume-dataset/UpdatedResumeDataSet.csv#row=1',
        category: 'Data Science',
      }),
    ).toBe('updated-resume-dataset: Data Science');
  });
});
