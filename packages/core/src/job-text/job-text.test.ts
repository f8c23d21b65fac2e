import { describe, expect, it } from 'vitest';
import { parseJob } from '../schemas/parse.js';
import { jobToText } from './job-text.js';

const job = parseJob({
  id: 'j1',
  source: 'test',
  url: 'https://example.com/j1',
  title: 'Data Engineer',
  company: 'Acme',
  location: { city: 'Berlin', country: 'DE', workplace: 'hybrid' },
  skills: ['Python', 'SQL'],
  description: 'Build   pipelines.\n\nOwn the warehouse and its costs.',
});

describe('jobToText', () => {
  it('renders labelled lines for prompts by default', () => {
    expect(jobToText(job)).toBe(
      'Title: Data Engineer\nCompany: Acme\nSkills: Python, SQL\nDescription: Build   pipelines.\n\nOwn the warehouse and its costs.',
    );
  });

  it('renders a passage for embedders: title and description bare, skills labelled', () => {
    expect(jobToText(job, { style: 'passage', fields: ['title', 'skills', 'description'] })).toBe(
      'Data Engineer\nSkills: Python, SQL\nBuild   pipelines.\n\nOwn the warehouse and its costs.',
    );
  });

  it('collapses whitespace and cuts the description with an ellipsis', () => {
    expect(jobToText(job, { fields: ['description'], collapseWhitespace: true, maxDescriptionCharacters: 16 })).toBe(
      'Description: Build pipelines.…',
    );
  });

  it('leaves out empty fields and renders the location', () => {
    const bare = parseJob({
      id: 'j2',
      source: 'test',
      url: 'https://example.com/j2',
      title: 'Welder',
      description: '',
    });
    expect(jobToText(bare)).toBe('Title: Welder');
    expect(jobToText(job, { fields: ['location'] })).toBe('Location: Berlin, DE, hybrid');
  });
});
