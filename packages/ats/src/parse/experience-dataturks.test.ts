import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DATATURKS_FILE,
  DATATURKS_SCORED_FIELDS,
  dataturksExpected,
  dataturksPredicted,
  readDataturks,
} from '../testing/index.js';
import { f1Of, formatScores, relaxedMatch, scoreFields, type FieldScore } from './evaluation.js';
import { parseResumeText } from './index.js';

const FIELDS = DATATURKS_SCORED_FIELDS;

/** Every scored field on the resumes whose index has the given parity (0: even half, 1: odd half), relaxed match. */
function scoreHalf(parity: 0 | 1): FieldScore[] {
  const pairs = readDataturks()
    .filter((_, index) => index % 2 === parity)
    .map((record) => {
      const resume = parseResumeText(record.text, { id: record.id, now: new Date(Date.UTC(2019, 0, 1)) });
      return { expected: dataturksExpected(record), predicted: dataturksPredicted(resume, record) };
    });
  return scoreFields(pairs, FIELDS, relaxedMatch);
}

// Experience rules were changed looking at one half and checked on the other (both ways: the even half for the title
// cue, the page link and the place-only company line, and since for grade lines, repeated positions, employers and
// clients written into titles, run-together titles; the odd half for labelled fields and repeated dates), so neither
// half is pristine. Skipped without the data (shared/data). Scoring is set-based per resume (a company repeated for two
// positions counts once). Precision is held down by the labels: 50 of the 101 resumes with a labelled company label
// fewer companies than they have dated Indeed positions, so a correctly read employer often counts as wrong.
// Read by hand on the even half (before the latest rules): of the 36 companies counted wrong, 24 were real positions the
// labels leave out and 12 misreads (courses listed as jobs 2, clients 3, a department 1, a place in the field 1, a
// title split over two lines 1, words run together 4); of the 42 titles, 30 real and 12 misreads (employer written into
// the title 5, fields swapped or run together 3, a grade code, a cut-off parenthesis, a title split over two lines, an
// employer read as a title). After them: 32 companies counted wrong, 30 of them real (the fixed misreads now name real
// employers the labels leave out) and 2 misreads; 40 titles, 37 real (one of them "HR Executive" where the label swaps
// title and company) and 3 misreads (a title split over two lines, an employer read as a title, a run-together
// fragment). Of the labelled values missed (7 companies, 8 titles): 2 employers whose position has no title (core's
// schema needs one, so the entry is dropped, with a warning), 3 employers or clients named only inside a title, a
// second name for a company found, 3 Indeed headlines under the name ("Quantitative Analyst"), 2 labels that swap title
// and company, 2 spans over two lines, and odd labels ("2001", a skill).
// Later rules for misreads spotted on the ODD half (training programmes and courses read as jobs, a sentence read as a
// title, "Title@ Company", "Employer for Client" in the company line, a skills line "Office Suite - Expert" read as a
// job) mean the odd half is no longer a clean check for those kinds either. They moved the even half down (companies
// 0.733 -> 0.724, titles 0.742 -> 0.728: one resume labels a training programme as its job, one a skills line as a
// title) and the odd half up (0.779 -> 0.783, 0.773 -> 0.777).
// Then, with both halves studied (so neither is a check): an undated title and employer written just above another
// position's own title and employer lines is read as a position, and "Title - Organisation" above an empty "-" company
// line gives the employer, and a line saying it was an internship at an employer is a position ("Intern"). The even
// half is unchanged; the odd half 0.783 -> 0.799 (companies), 0.777 -> 0.784 (titles; the internship's title and a
// split-off employer's title are not labelled).
// Error list of 2026-12-05, on all 120 (both halves studied) less the 8 that are also in the held-out real-resume set
// (not read): companies 51 counted wrong, 17 missed; titles 76 wrong, 16 missed. Of the 51 companies, about 45 are real
// employers the labels leave out, 5-6 misreads (a product or a place in the company slot as written, a client where the
// title names the employer, a committee, a run-together fragment). Of the 17 missed, 11 are label noise (a headline or
// a bullet's longer name, a place or "Company 1" inside the span, a title labelled as company, a school), 3 contested
// (a course and a training programme listed as jobs, a client site), 3 real (2 positions with no title written, which
// core's schema cannot hold; an employer written only in the title above a client's company line). Of the 76 titles
// about 64 are real unlabelled positions, 8 misreads, 4 contested (certifications, a work area); of the 16 missed, 5
// are Indeed headlines under the name, 10 odd labels (a skill, "2001", a sentence), 1 a training programme. Real kinds
// fixed then (unit-tested, no figure here moved, as relaxed match already counted them): a place left in the company,
// a list number or a duration in a title, the employer and its place written after a title.
// Later on 2026-12-05 (all 120 studied, the 8 in the real-resume set left out): of the company values counted wrong,
// nearly all are real employers the labels leave out; the misreads fixed then are a client written before the
// employer in the company line ("Commerzbank, Infosys BPO Ltd"), an employer with a legal name written in the title
// above a client's company line, a call centre's process in the company line ("Technology Process"), and a course
// above its school read as nothing (education). Products in the company line ("Microsoft SharePoint", "SAP ABAP") are
// left as written: the labels count them as companies, and nothing in core tells a product from a vendor's unit
// ("Amazon Web Services"). All 120: companies P 0.686 -> 0.679, R 0.862 -> 0.870 (one resume's seven
// "<client> - Infosys BPO Ltd" values, each matching the one label, are now one); titles unchanged; degree R 0.901 -> 0.907.
// Then (the odd half studied again, by scripts/eval-dataturks.mjs --errors odd; the 8 in the real-resume set not read):
// of its 23 company values counted wrong before them, all but a handful are real employers the labels leave out; the misreads fixed
// are a wrapped sentence's line ("… Release Management according") read as a title above a company line, and a title's
// "at <client site>" taken over a company line with a legal name ("Test Analyst at Oracle, Hyderabad" over "Infosys Ltd
// -"). Odd half: companies 0.794 -> 0.787 (Infosys Ltd is right but unlabelled), titles 0.784 -> 0.788; even half
// unchanged (companies 0.729, titles 0.728). Left: a project name in the title slot ("Karizma Order Manager & Karizma
// Order System"), a sentence as a title ("2012 pass out with 3 months trining at Infosys"), "Head quarters of <agency>"
// in the company line, titles naming a client ("Financial Analyst for AMEX in iFIND"), committees and certifications
// listed as positions, and employers of positions with no title (dropped, with a warning).
// Then (the odd half studied again, 2026-12-05; the 8 in the real-resume set not read): of its 22 company values counted
// wrong, 15 are real employers the labels leave out, 5 contested (clients written in the company line of an Infosys
// position, a society whose committee the person sat on), 1 a misread left (a product team, "Exchange Online and Office",
// that the label writes into the title) and 1 an office named before the employer ("Head quarters of <agency>"). Rules
// then: that office left out, a title's client after "for" left out ("Financial Analyst for AMEX in iFIND"), the
// registered name taken from a first line that restates the position ("oracle" over "• Associate Software Engineer in
// Oracle India Pvt Ltd."), and positions written only as sentences ("Worked as X at Y from …", none in this set). Odd
// half: companies 0.787 -> 0.801 (P 0.714 -> 0.726), titles 0.788 unchanged; even half unchanged (0.729, 0.728). With
// these labels 0.80 on the even half is out of reach by reading positions better: had the odd half's 15 real unlabelled
// employers counted right, its company precision would be 0.90 (76/84) and F1 0.90.
// Then (the odd half studied again, 2026-12-05 15:00 UTC, --errors odd --fields companies,designation): the titles and
// companies counted wrong are, but one, what the person typed into Indeed's fields: titles such as "Deal management",
// "Project Management", "INFOSYS Hinjewadi Guest House & Store Executive", "2012 pass out with 3 months trining at
// Infosys", employers such as "GE Countrywide, Lending and Repay Management", "British Telecom UK" and "British Telecomm
// UK" (two positions, 2006-2010 and 2010-2015, the client spelled two ways), tool lists the export put in the title slot
// of project entries ("SharePoint Designer, Avepoint Docave" under "Microsoft SharePoint -"). The headline under the name
// is not read as a position, so it yields no duplicate. The one rule: "Contract employee for JPM through Infosys" ->
// "Contract employee" (unlabelled either way). Figures unchanged on both halves.
describe('all fields on the DataTurks labelled resumes, by half (relaxed match)', () => {
  it.skipIf(!existsSync(DATATURKS_FILE))('reaches the F1 floors on both halves', () => {
    for (const parity of [0, 1] as const) {
      const scores = scoreHalf(parity);
      const f1 = Object.fromEntries(scores.map((score) => [score.field, f1Of(score) ?? 0]));
      console.log(
        formatScores(`DataTurks ${parity === 0 ? 'even' : 'odd'} half`, scores),
        `\nF1 ${FIELDS.map((field) => `${field} ${(f1[field] ?? 0).toFixed(3)}`).join(', ')}`,
      );
      for (const [field, floor] of Object.entries(F1_FLOORS))
        expect(f1[field], `${field} F1, half ${parity}`).toBeGreaterThanOrEqual(floor);
    }
  });
});

// A little under the lower of the two halves as measured (even/odd): name 1.000/1.000, companies 0.724/0.799,
// designation 0.728/0.784, degree 0.877/0.859, college 0.933/0.844.
const F1_FLOORS: Record<(typeof FIELDS)[number], number> = {
  name: 0.97,
  companies: 0.71,
  designation: 0.72,
  degree: 0.8,
  college: 0.8,
  // Skills item by item (dataturksSkillItems, canonical names), against every skill read: even/odd 0.488/0.531 before
  // the skills rules of 2026-12-07 (group names, sentence pieces, wrapped lines; studied on the odd half), 0.498/0.544
  // after. Precision is held down by the labels, which mark one or two of a resume's skill lists, not every skill it
  // names (on the odd half most skills counted wrong are real skills the text names: "Communication", "Agile", "SQL").
  skills: 0.45,
};
