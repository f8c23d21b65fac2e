import { describe, expect, it } from 'vitest';
import { findOptionalSpans } from './optional-spans.js';

const optionalText = (text: string) => findOptionalSpans(text).map(([start, end]) => text.slice(start, end).trim());

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

  it('reads the section names job boards use for duties, pay and schedule as the end of a nice-to-have list', () => {
    const text = 'Preferred qualifications\n- Forklift licence\nDuties\n- Load trucks\nSchedule\n- Nights';
    expect(optionalText(text)).toEqual(['Preferred qualifications', '- Forklift licence']);
  });

  it('marks a sentence that calls a skill desired', () => {
    expect(optionalText('Experience with Salesforce desired. You will call customers.')).toEqual([
      'Experience with Salesforce desired.',
    ]);
  });
});
