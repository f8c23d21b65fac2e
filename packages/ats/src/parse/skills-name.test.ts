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
