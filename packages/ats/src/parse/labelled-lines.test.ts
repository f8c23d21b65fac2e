import { describe, expect, it } from 'vitest';
import { unfoldLabelledFields } from './labelled-lines.js';

// Positions and schools written as a form's fields (#23, helper 211); the readers' results on such sections are tested
// in labelled-fields.test.ts ('unfoldLabelledFields and the form-field layout').
describe('unfoldLabelledFields', () => {
  it('splits fields written on one line apart by bars or tabs, and joins a label to the value on the next line', () => {
    expect(
      unfoldLabelledFields('Company: Infosys Ltd | Designation: Engineer |Duration: 2015 - 2018', 'experience'),
    ).toBe('Company: Infosys Ltd\nDesignation: Engineer\nDuration: 2015 - 2018');
    expect(unfoldLabelledFields('Company:\tInfosys Ltd\tRole:\tEngineer', 'experience')).toBe(
      'Company: Infosys Ltd\nRole: Engineer',
    );
    expect(unfoldLabelledFields('Company Name :\nInfosys Ltd\nDesignation:\nEngineer', 'experience')).toBe(
      'Company Name: Infosys Ltd\nDesignation: Engineer',
    );
    // One labelled part is no form's line ("Tools: Java | Spring"), and a label whose next line is a label keeps its line.
    expect(unfoldLabelledFields('Tools: Java | Spring | Hibernate', 'experience')).toBe(
      'Tools: Java | Spring | Hibernate',
    );
    expect(unfoldLabelledFields('Company:\nDesignation: Engineer', 'experience')).toBe(
      'Company:\nDesignation: Engineer',
    );
  });

  // Helper 226: the labels above their values with no colon ("Company" / "Infosys Ltd" / "Duration" / …) were left as
  // lines, and the experience reader took "Duration" for the title.
  it('joins a label with no colon to the value under it where the section writes two kinds of field so', () => {
    expect(
      unfoldLabelledFields('Company\nInfosys Ltd\nDuration\nJune 2015 - May 2018\nDesignation\nEngineer', 'experience'),
    ).toBe('Company: Infosys Ltd\nDuration: June 2015 - May 2018\nDesignation: Engineer');
    expect(unfoldLabelledFields('University\nAnna University\nYear\n2014', 'education')).toBe('Anna University\n2014');
    // One such label alone is read as it stands ("Position" over a sentence), and a label under a label is no value.
    expect(unfoldLabelledFields('Position\nHeld the lead role.\nAcme Ltd', 'experience')).toBe(
      'Position\nHeld the lead role.\nAcme Ltd',
    );
    expect(unfoldLabelledFields('Company\nDuration\nJune 2015 - May 2018\nDesignation\nEngineer', 'experience')).toBe(
      'Company\nDuration: June 2015 - May 2018\nDesignation: Engineer',
    );
  });

  it("drops an education line's school, degree and dates labels, and keeps a field's and a position's", () => {
    expect(
      unfoldLabelledFields('University: Anna University\nDegree: B.Tech\nYear: 2014\nMajor: Physics', 'education'),
    ).toBe('Anna University\nB.Tech\n2014\nMajor: Physics');
    expect(unfoldLabelledFields('University: Anna University', 'experience')).toBe('University: Anna University');
  });
});
