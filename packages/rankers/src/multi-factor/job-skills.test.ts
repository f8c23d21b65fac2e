import { parseJob, readJobRequirements } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { createSkillResolver } from '../shared/skills.js';
import { nodeBackendJob, testTaxonomy } from '../testing/fixtures.js';
import { analyzeJobSkills, descriptionText } from './job-skills.js';

const resolver = createSkillResolver(testTaxonomy);
const analyze = (input: Parameters<typeof parseJob>[0], minimumListedSkills?: number) => {
  const job = parseJob(input);
  return analyzeJobSkills(job, descriptionText(job), resolver, { minimumListedSkills });
};
const summary = (skills: ReturnType<typeof analyze>) =>
  skills.map((skill) => `${skill.name}${skill.required ? '' : '?'}`);

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
    const skills = analyze({
      id: 'j',
      source: 'test',
      title: 'Engineer',
      description: 'Strong communication skills and Python.',
    });
    expect(summary(skills)).toEqual(['Python', 'Communication?']);
  });

  it('does not add skills from the text when the list is long enough', () => {
    const skills = analyze(
      { id: 'j', source: 'test', title: 'Python Developer', skills: ['Django', 'Flask'], description: 'Also Rust.' },
      2,
    );
    expect(summary(skills)).toEqual(['Django', 'Flask']);
  });

  it('reads nice-to-have sections from HTML descriptions', () => {
    const skills = analyze({
      id: 'j',
      source: 'test',
      title: 'Engineer',
      description:
        '<h3>What you need</h3><ul><li>Go for backend services</li><li>PostgreSQL</li></ul><h3>Nice to have</h3><ul><li>Kafka</li></ul>',
    });
    expect(summary(skills)).toEqual(['Go', 'PostgreSQL', 'Apache Kafka?']);
  });

  it('canonicalises and de-duplicates listed skills', () => {
    const skills = analyze({
      id: 'j',
      source: 'test',
      title: 'Engineer',
      skills: ['nodejs', 'Node.js', 'k8s', 'In-house DSL'],
    });
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

  it("agrees with core's reading of the job, which the ATS score uses too", () => {
    const builtIn = createSkillResolver();
    const job = parseJob({
      id: 'g',
      source: 'test',
      title: 'Data Engineer',
      description:
        'Minimum qualifications:\n- 3 years of experience with Python and SQL\n- BS in Computer Science\n\nPreferred qualifications:\n- Experience with Apache Spark and Airflow',
    });
    const skills = analyzeJobSkills(job, descriptionText(job), builtIn);
    const core = readJobRequirements(job);
    expect(skills.filter((skill) => skill.required).map((skill) => skill.name)).toEqual(
      core.requiredSkills.map((skill) => skill.skill),
    );
    expect(skills.filter((skill) => !skill.required).map((skill) => skill.name)).toEqual(
      core.preferredSkills.map((skill) => skill.skill),
    );
    expect(skills.map((skill) => skill.name)).toEqual(expect.arrayContaining(['Python', 'SQL', 'Apache Spark']));
    expect(skills.map((skill) => skill.name)).not.toContain('Computer Science');
  });
});
