import { parseJob } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { createSkillResolver } from '../shared/skills.js';
import { nodeBackendJob, testTaxonomy } from '../testing/fixtures.js';
import { analyzeJobSkills, descriptionText, findOptionalSpans } from './job-skills.js';

const resolver = createSkillResolver(testTaxonomy);
const optionalText = (text: string) => findOptionalSpans(text).map(([start, end]) => text.slice(start, end).trim());
const analyze = (input: Parameters<typeof parseJob>[0], minimumListedSkills?: number) => {
  const job = parseJob(input);
  return analyzeJobSkills(job, descriptionText(job), resolver, { minimumListedSkills });
};
const summary = (skills: ReturnType<typeof analyze>) => skills.map((skill) => `${skill.name}${skill.required ? '' : '?'}`);

describe('findOptionalSpans', () => {
  it('marks the lines under a nice-to-have heading until the next heading', () => {
    const text = 'Requirements:\n- Python\n\nNice to have:\n- Docker\n- Kubernetes\nBenefits\n- Health insurance';
    expect(optionalText(text).filter(Boolean)).toEqual(['Nice to have:', '- Docker', '- Kubernetes']);
  });

  it('ends a nice-to-have list at the first blank line after it, not right under its heading', () => {
    const text = 'Nice to have\n\n- Docker\n- Kubernetes\n\nYou will ship Python services.';
    expect(optionalText(text).filter(Boolean)).toEqual(['Nice to have', '- Docker', '- Kubernetes']);
  });

  it('marks an inline "Bonus:" label and sentences with cues such as "a plus"', () => {
    const text = 'You know Python well. Experience with Docker is a plus. Bonus: Rust';
    expect(optionalText(text)).toEqual(['Experience with Docker is a plus.', 'Bonus: Rust']);
  });

  it('keeps a nice-to-have section open across "Label: value" items and reads markdown headings', () => {
    const text = '**Nice to have**\n- Cloud: AWS or GCP\n- Kafka\n\n**Requirements**\n- Python';
    expect(optionalText(text).filter(Boolean)).toEqual(['**Nice to have**', '- Cloud: AWS or GCP', '- Kafka']);
  });

  it('limits a cue inside parentheses to the parentheses, and "ideally" to what follows it', () => {
    const text = '- Node.js and a relational database (PostgreSQL preferred)\n- Python, ideally with pandas and NumPy.';
    expect(optionalText(text)).toEqual(['(PostgreSQL preferred)', 'ideally with pandas and NumPy.']);
  });

  it('ignores a bonus that is pay, not a skill', () => {
    expect(findOptionalSpans('Salary: $90,000 a year with an annual bonus.')).toEqual([]);
  });

  it('marks nothing in an ad without cues', () => {
    expect(findOptionalSpans('We need Python and SQL.\nYou will build pipelines.')).toEqual([]);
  });
});

describe('analyzeJobSkills', () => {
  it('keeps listed skills, marking those the ad calls nice to have as optional, required ones first', () => {
    expect(summary(analyzeJobSkills(nodeBackendJob, descriptionText(nodeBackendJob), resolver))).toEqual([
      'Node.js',
      'TypeScript',
      'PostgreSQL',
      'Docker',
      'AWS',
      'Kubernetes?',
      'Terraform?',
    ]);
  });

  it('adds skills from the title and description when few are listed', () => {
    const skills = analyze({
      id: 'j',
      source: 'test',
      title: 'Python Developer',
      skills: ['Django'],
      description: 'Build APIs with Django and PostgreSQL. Docker is a plus.',
    });
    expect(summary(skills)).toEqual(['Django', 'Python', 'PostgreSQL', 'Docker?']);
  });

  it('treats soft skills found only in the text as nice to have', () => {
    const skills = analyze({ id: 'j', source: 'test', title: 'Engineer', description: 'Strong communication skills and Python.' });
    expect(summary(skills)).toEqual(['Python', 'Communication?']);
  });

  it('does not add skills from the text when the list is long enough', () => {
    const skills = analyze({ id: 'j', source: 'test', title: 'Python Developer', skills: ['Django', 'Flask'], description: 'Also Rust.' }, 2);
    expect(summary(skills)).toEqual(['Django', 'Flask']);
  });

  it('reads nice-to-have sections from HTML descriptions', () => {
    const skills = analyze({
      id: 'j',
      source: 'test',
      title: 'Engineer',
      description: '<h3>What you need</h3><ul><li>Go for backend services</li><li>PostgreSQL</li></ul><h3>Nice to have</h3><ul><li>Kafka</li></ul>',
    });
    expect(summary(skills)).toEqual(['Go', 'PostgreSQL', 'Apache Kafka?']);
  });

  it('canonicalises and de-duplicates listed skills', () => {
    const skills = analyze({ id: 'j', source: 'test', title: 'Engineer', skills: ['nodejs', 'Node.js', 'k8s', 'In-house DSL'] });
    expect(summary(skills)).toEqual(['Node.js', 'Kubernetes', 'In-house DSL']);
  });

  it('finds nice-to-have cues for listed skills the taxonomy does not know', () => {
    const skills = analyze({
      id: 'j',
      source: 'test',
      title: 'Engineer',
      skills: ['Temporal', 'Pulumi', 'Python'],
      description: 'You write Python and Temporal workflows.\nPulumi experience is a plus.',
    });
    expect(summary(skills)).toEqual(['Temporal', 'Python', 'Pulumi?']);
  });
});
