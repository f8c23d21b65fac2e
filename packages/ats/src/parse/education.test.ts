import { highestDegreeLevel, resumeSchema } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { EDUCATION_SECTIONS } from './adversarial-inputs.js';
import { parseEducationSection } from './education.js';
import { parseResumeText } from './parse-resume-text.js';

const NOW = new Date(Date.UTC(2026, 0, 1));
const read = (text: string) =>
  parseEducationSection(text, { now: NOW }).map((entry) => ({
    degree: entry.degree,
    field: entry.field,
    institution: entry.institution,
    start: entry.start?.toISOString().slice(0, 7),
    end: entry.end?.toISOString().slice(0, 7),
  }));
// Degree, field and school of each entry read.
const fields = (text: string) => read(text).map((found) => [found.degree, found.field, found.institution]);
const entry = (
  degree: string | undefined,
  field: string | undefined,
  institution: string | undefined,
  start?: string,
  end?: string,
) => ({ degree, field, institution, start, end });

// Every text here is hand-written for this test, in the layouts seen in real resumes (Indeed exports, PDF and DOCX text).
describe('parseEducationSection', () => {
  it.each([
    [
      'degree, school and year on their own lines',
      'B.Tech in Computer Science\n\nNational Institute of Technology -  Warangal, Telangana\n\n2016',
      [entry('B.Tech', 'Computer Science', 'National Institute of Technology', undefined, '2016-01')],
    ],
    [
      'school above the degree',
      'Anna University\nB.E. Mechanical Engineering\n2011 - 2015',
      [entry('B.E.', 'Mechanical Engineering', 'Anna University', '2011-01', '2015-12')],
    ],
    [
      'one line with commas',
      'MCA, Pune Institute of Technology, 2016 – 2018',
      [entry('MCA', undefined, 'Pune Institute of Technology', '2016-01', '2018-12')],
    ],
    [
      'one line with pipes, school first',
      'Fergusson College | BCA | 2013 - 2016',
      [entry('BCA', undefined, 'Fergusson College', '2013-01', '2016-12')],
    ],
    [
      '" from " and a grade',
      'Bachelor of Science in Physics from Stanford University, 2019, GPA 3.8/4.0',
      [entry('Bachelor of Science', 'Physics', 'Stanford University', undefined, '2019-01')],
    ],
    [
      'tabs and a month',
      'M.Sc. Data Science\tUniversity of Edinburgh\tSep 2020 – Aug 2021',
      [entry('M.Sc.', 'Data Science', 'University of Edinburgh', '2020-09', '2021-08')],
    ],
    [
      'a school without a cue word below its degree',
      'PG-DAC\n\nCDAC ACTS\n\n2017',
      [entry('PG-DAC', undefined, 'CDAC ACTS', undefined, '2017-01')],
    ],
    [
      'a wrapped degree line',
      'BACHELOR OF ENGINEERING in ELECTRONICS & COMMUNICATION\nENGINEERING\n\nAdhiparasakthi Engineering College\n\n2001 to 2005',
      [
        entry(
          'BACHELOR OF ENGINEERING',
          'ELECTRONICS & COMMUNICATION ENGINEERING',
          'Adhiparasakthi Engineering College',
          '2001-01',
          '2005-12',
        ),
      ],
    ],
    [
      '"Degree : Field , Year School, City" with a full-width comma',
      "MBA , International Finance 1997 St. John's University ， City , State , USA",
      [entry('MBA', 'International Finance', "St. John's University", undefined, '1997-01')],
    ],
    [
      'an "of" phrase that stops where the school begins',
      'Bachelor of Science DELAWARE VALLEY COLLEGE',
      [entry('Bachelor of Science', undefined, 'DELAWARE VALLEY COLLEGE')],
    ],
    [
      'a school glued to the field after "The"',
      'Bachelor of Science : Public Relations The University of Texas , 2015',
      [entry('Bachelor of Science', 'Public Relations', 'The University of Texas', undefined, '2015-01')],
    ],
    [
      'dates opening each entry',
      "2014 – 2018\nB.Sc. (Hons) Economics\nUniversity of Lagos\n2012 – 2014\nHigher Secondary Certificate\nKing's College",
      [
        entry('B.Sc. (Hons)', 'Economics', 'University of Lagos', '2014-01', '2018-12'),
        entry('Higher Secondary Certificate', undefined, "King's College", '2012-01', '2014-12'),
      ],
    ],
    [
      '" from " and "in" around the school, a grade after the year',
      'M.C.A from Pune University in 2010 with 65%\n10th from Kendriya Vidyalaya, Delhi in 2006',
      [
        entry('M.C.A', undefined, 'Pune University', undefined, '2010-01'),
        entry('10th', undefined, 'Kendriya Vidyalaya', undefined, '2006-01'),
      ],
    ],
    [
      'a generic word as a label before the degree',
      'Graduation: B.Sc (Computer Science) from Madras University\nPost Graduation: MCA from Anna University',
      [entry('B.Sc', 'Computer Science', 'Madras University'), entry('MCA', undefined, 'Anna University')],
    ],
    [
      "a table's header row, then rows with tabs",
      'Degree\tInstitute\tYear\tPercentage\nB.Tech\tJNTU Hyderabad\t2014\t72%\nIntermediate\tSri Chaitanya Junior College\t2010\t90%',
      [
        entry('B.Tech', undefined, 'JNTU Hyderabad', undefined, '2014-01'),
        entry('Intermediate', undefined, 'Sri Chaitanya Junior College', undefined, '2010-01'),
      ],
    ],
    [
      'two spaces between columns of flattened text, "at" before the school',
      'January 2019 B.Tech. Electrical and Electronics Engineering  Manipal Institute of Technology\nJanuary 2014 HSC   at SAV Higher Secondary School',
      [
        entry(
          'B.Tech.',
          'Electrical and Electronics Engineering',
          'Manipal Institute of Technology',
          undefined,
          '2019-01',
        ),
        entry('HSC', undefined, 'SAV Higher Secondary School', undefined, '2014-01'),
      ],
    ],
    [
      'a city and region glued between the field and the school',
      "January 2017 B. Tech Computer Science & Engineering Mohali, Punjab Indo Global College of Engineering\nAugust 2014 to May 2018 B.Tech.  Ghatkesar, Andhra Pradesh Aurora's Scientific and Technological Institute",
      [
        entry('B. Tech', 'Computer Science & Engineering', 'Indo Global College of Engineering', undefined, '2017-01'),
        entry('B.Tech.', undefined, "Aurora's Scientific and Technological Institute", '2014-08', '2018-05'),
      ],
    ],
    [
      'a region before "University of …"',
      'January 2016 B.Sc. Information Technology Mumbai, Maharashtra University of Mumbai\nJanuary 2014 LLM Criminology Pune, Maharashtra University of Pune',
      [
        entry('B.Sc.', 'Information Technology', 'University of Mumbai', undefined, '2016-01'),
        entry('LLM', 'Criminology', 'University of Pune', undefined, '2014-01'),
      ],
    ],
    [
      'a region followed by a word that continues the name',
      'BS Biology, Texas Southern University, 2010',
      [entry('BS', 'Biology', 'Texas Southern University', undefined, '2010-01')],
    ],
    [
      "a region that begins the school's name stays in it",
      'B.Com, Chandigarh, Punjab University, 2012\nBachelor of Science, California State University, 2015',
      [
        entry('B.Com', undefined, 'Punjab University', undefined, '2012-01'),
        entry('Bachelor of Science', undefined, 'California State University', undefined, '2015-01'),
      ],
    ],
    [
      "a dotted M.B.A is a master's, not the B.A inside it",
      'M.B.A in Finance, Symbiosis Institute of Business Management, 2014',
      [entry('M.B.A', 'Finance', 'Symbiosis Institute of Business Management', undefined, '2014-01')],
    ],
  ])('%s', (_name, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('keeps entries apart when a school has no degree, and takes no board or school name for a degree', () => {
    const text =
      'B.E. in CSE\n\nAtria Institute of Technology -  Bangalore, Karnataka\n\n2012\n\nSaurashtra University -  Morbi, Gujarat\n\n2008\n\nSSC\n\nState Board\n\n2006\n\nSindhi High School -  Bangalore, Karnataka\n\n2004';
    expect(read(text)).toEqual([
      entry('B.E.', 'CSE', 'Atria Institute of Technology', undefined, '2012-01'),
      entry(undefined, undefined, 'Saurashtra University', undefined, '2008-01'),
      entry('SSC', undefined, undefined, undefined, '2006-01'),
      entry(undefined, undefined, 'Sindhi High School', undefined, '2004-01'),
    ]);
  });

  it('reads a line in the degree place above a school as the degree', () => {
    const text =
      'Bachelor in Commerce\n\nBerhampur University -  Brahmapur, Orissa\n\n2013\n\nAccounting\n\nScience College, Hinjilicut -  Brahmapur, Orissa\n\n2010';
    expect(read(text).map((found) => [found.degree, found.field, found.institution])).toEqual([
      ['Bachelor', 'Commerce', 'Berhampur University'],
      ['Accounting', undefined, 'Science College, Hinjilicut'],
    ]);
  });

  it('ends a degree\'s "of" phrase at a column gap (flattened form text, as in the Kaggle UpdatedResumeDataSet)', () => {
    // Hand-written in that dataset's form: date, degree, field, place, school, empty columns left as runs of spaces.
    const text = [
      'January 1998 to January 2000 Bachelor of Arts Sociology  Westfield College',
      "January 2018 Bachelor's of Engineering Engineering Mumbai, Maharashtra Harbor College of Engineering",
    ].join('\n');
    expect(read(text).map((found) => [found.degree, found.field, found.institution])).toEqual([
      // The school's name is not cut at the column gap ("… Sociology Westfield" + "College"), and the field glued to the
      // degree one space apart is told from it after a standard subject ("Bachelor of Arts", "Bachelor of Engineering").
      ['Bachelor of Arts', 'Sociology', 'Westfield College'],
      ["Bachelor's of Engineering", 'Engineering', 'Harbor College of Engineering'],
    ]);
  });

  it('cuts out a glued place written in capitals, as a code, with a country code, or with a town of two words', () => {
    // Hand-written in the format of the updated-resume-dataset (../shared/data/updated-resume-dataset): date, degree,
    // field, place and school, one space apart. The names are made up.
    const text = [
      'January 2012 DIPLOMA Electrical Kopargaon, MAHARASHTRA, IN K.B.P.Hill Polytechnic',
      ' B.Sc  Jagiroad, ASSAM, IN Westfield College',
      'January 2016 B.S. Nutrition and Dietetics Miami, FL Westfield International University',
      'January 2018 M.S. Exercise Physiology New York, NY Teachers College, Hill University',
      // A school's name that only ends in a school's word ("…C.College") is still the school's, not the region's.
      'January 2014 B.E  Satara, Maharashtra L.N.B.C.College of Engg Satara.',
      // A town whose name opens with "Navi", "Greater", "West"...: the first word is the town's, not the field's.
      'June 2006 to May 2007 B.E Computer Engineering Navi Mumbai, Maharashtra Hill International School',
      'May 2012 B.Sc Computer Science Greater Noida, Uttar Pradesh Westfield University',
      'May 2010 MBA Finance West Lafayette, Indiana Harbor University',
    ].join('\n');
    expect(read(text).map((found) => [found.degree, found.field, found.institution])).toEqual([
      ['DIPLOMA', 'Electrical', 'K.B.P.Hill Polytechnic'],
      ['B.Sc', undefined, 'Westfield College'],
      ['B.S.', 'Nutrition and Dietetics', 'Westfield International University'],
      // The college's university after its comma is the school's name too.
      ['M.S.', 'Exercise Physiology', 'Teachers College, Hill University'],
      ['B.E', undefined, 'L.N.B.C.College of Engg Satara.'],
      ['B.E', 'Computer Engineering', 'Hill International School'],
      ['B.Sc', 'Computer Science', 'Westfield University'],
      ['MBA', 'Finance', 'Harbor University'],
    ]);
    // A region that begins the school's name stays in it.
    expect(read('B.Tech Chandigarh, PUNJAB UNIVERSITY').map((found) => found.institution)).toEqual([
      'PUNJAB UNIVERSITY',
    ]);
  });

  it('tells a field glued to a degree\'s "of" phrase from it: after a standard subject, or where the line writes it twice', () => {
    // Hand-written in the format of the updated-resume-dataset (../shared/data/updated-resume-dataset): date, degree,
    // field, place and school, one space apart. The names are made up.
    const text = [
      'January 2007 Bachelor of Engineering Electronics and Telecommunications Pune, Maharashtra Westfield University',
      'January 2014 Bachelor of Technology Information Technology  Harbor University',
      'January 2005 Bachelor of Business Administration Business Administration Pune, Maharashtra Hill College',
      ' Bachelor of Electronics Engineering Electronics Engineering Mumbai, Maharashtra Lake College of Engineering',
      'January 2018 Master of Science Computer Science, Westfield University',
      'January 2016 Bachelor of Fine Arts Painting, Harbor University',
    ].join('\n');
    expect(read(text).map((found) => [found.degree, found.field, found.institution])).toEqual([
      ['Bachelor of Engineering', 'Electronics and Telecommunications', 'Westfield University'],
      ['Bachelor of Technology', 'Information Technology', 'Harbor University'],
      ['Bachelor of Business Administration', 'Business Administration', 'Hill College'],
      ['Bachelor of Electronics Engineering', 'Electronics Engineering', 'Lake College of Engineering'],
      ['Master of Science', 'Computer Science', 'Westfield University'],
      ['Bachelor of Fine Arts', 'Painting', 'Harbor University'],
    ]);
    // "Engineer" for "Engineering", as people write it, ends the phrase too (hand-written in the same format).
    expect(
      read('September 2015 Bachelor of Engineer Information technology Nagpur, Maharashtra Hill University').map(
        (found) => [found.degree, found.field, found.institution],
      ),
    ).toEqual([['Bachelor of Engineer', 'Information technology', 'Hill University']]);
    // What is still the degree's stays with it, and a name of two subjects is one degree.
    expect(
      read('Associate of Arts Degree, Hill College\nBachelor of Arts and Science, Lake College').map(
        (found) => found.degree,
      ),
    ).toEqual(['Associate of Arts Degree', 'Bachelor of Arts and Science']);
  });

  it('reads the first line above a school as the degree where the section names no degree it knows', () => {
    // Hand-written in Indeed's layout (as the DataTurks texts): a certificate the degree list does not know.
    expect(
      read('Course Completion Award\n\nWestfield Virtual Academy\n\nDecember 2016').map((found) => [
        found.degree,
        found.institution,
      ]),
    ).toEqual([['Course Completion Award', 'Westfield Virtual Academy']]);
    // Not a later line, and not where a known degree is named (the layout there says where degrees go).
    expect(read('Westfield Academy\n\nCourse Completion Award\n\nHill College').map((found) => found.degree)).toEqual([
      undefined,
      undefined,
    ]);
    // A university of technology named by its acronym ("…UT") is a school (hand-written in the same layout).
    expect(read('Electrical engineering\n\nVSSUT,burla').map((found) => [found.degree, found.institution])).toEqual([
      ['Electrical engineering', 'VSSUT,burla'],
    ]);
    expect(read('Electrical engineering\n\nABOUT').map((found) => found.institution)).toEqual([]);
  });

  it('reads the field once where a job site repeats it, and not a place or a school as the field', () => {
    // Hand-written in Indeed's layout ("Degree in Field" typed by the person, the site's "in Field" after it).
    expect(fields('BE (Mechanical Engineering) in Mechanical Engineering\n\nWestfield College of Engineering')).toEqual(
      [['BE', 'Mechanical Engineering', 'Westfield College of Engineering']],
    );
    expect(fields('B.Sc. in Zoology in Zoology\n\nHill College, Westfield University\n\nApril 2009')).toEqual([
      ['B.Sc.', 'Zoology', 'Hill College, Westfield University'],
    ]);
    expect(fields('M.Sc in Botany in WCT, Pune\n\nWestfield University')).toEqual([
      ['M.Sc', 'Botany', 'Westfield University'],
    ]);
    expect(fields('B.Sc in Tamil Nadu State\n\nHill College -  Chennai, Tamil Nadu\n\n2012')).toEqual([
      ['B.Sc', undefined, 'Hill College'],
    ]);
    // Two- and three-letter fields are not taken for region codes.
    expect(fields('M.Tech in IT\n\nWestfield University')).toEqual([['M.Tech', 'IT', 'Westfield University']]);
    // Written in lower case, the "of" phrase runs on to its "in".
    expect(fields('bachelor of computer science in computer science\n\nHill College')).toEqual([
      ['bachelor of computer science', 'computer science', 'Hill College'],
    ]);
  });

  it('splits a field glued to its school where the line repeats the field after the place', () => {
    // The layout of the Kaggle resume PDFs (livecareer's template): "Degree : Field School – City , State Field".
    expect(fields("Master's : Business Administration Troy University – City , State Business Administration")).toEqual(
      [["Master's", 'Business Administration', 'Troy University']],
    );
    expect(
      fields(
        'Master of Public Administration : Health Care Management Grand Canyon University – City , State Health Care Management',
      ),
    ).toEqual([['Master of Public Administration', 'Health Care Management', 'Grand Canyon University']]);
    expect(fields('BA : Communications Siena Height University ï¼\u200b City , State Communications')).toEqual([
      ['BA', 'Communications', 'Siena Height University'],
    ]);
    // Nothing repeated: see the next test.
    expect(fields('Master of Science : Chemistry University of North Carolina – City , State , US')).toEqual([
      ['Master of Science', 'Chemistry', 'University of North Carolina'],
    ]);
    // A repeated school name is no field.
    expect(fields('BS : Westfield University Hill College – City , State Westfield University')).toEqual([
      ['BS', undefined, 'Westfield University Hill College'],
    ]);
    // Written again at the line's end with no place between; and a repeat cut short by a line wrap.
    expect(fields('BS : Biology Computer Science Loyola Marymount University Biology Computer Science')).toEqual([
      ['BS', 'Biology Computer Science', 'Loyola Marymount University'],
    ]);
    expect(
      fields(
        'Bachelor of Science : Political Science & Global Studies South Dakota State University – City , State , United States Political Science & Global',
      ),
    ).toEqual([['Bachelor of Science', 'Political Science & Global Studies', 'South Dakota State University']]);
    // Without the place between, the template writes the field twice in a row.
    expect(fields('University of North Texas 2013 BBA : Finance Finance')).toEqual([
      ['BBA', 'Finance', 'University of North Texas'],
    ]);
    expect(fields('University of North Texas 2015 MBA : Strategic Management Strategic Management')).toEqual([
      ['MBA', 'Strategic Management', 'University of North Texas'],
    ]);
    // "AS :" and "AA :" at a line's start are associate degrees.
    expect(fields('AS : Psychology Essex County College – City , State Psychology')).toEqual([
      ['AS', 'Psychology', 'Essex County College'],
    ]);
  });

  it('splits a field glued to its school where nothing is written again, at the end of a field\'s name or before "University of"', () => {
    // Hand-written in the format of the Kaggle resume PDFs: "Degree : Field School ï¼ City , State".
    expect(fields('Associate of Arts : Criminal Justice Hillcrest Community College ï¼ City , State')).toEqual([
      ['Associate of Arts', 'Criminal Justice', 'Hillcrest Community College'],
    ]);
    expect(fields('Bachelor of Arts : Mass Communications Southern University and A&M College')).toEqual([
      ['Bachelor of Arts', 'Mass Communications', 'Southern University and A&M College'],
    ]);
    // The last word that ends a field's name, where the rest still names a school.
    expect(fields('BACHELOR OF ARTS : General Psychology Human Development Hillcrest University')).toEqual([
      ['BACHELOR OF ARTS', 'General Psychology Human Development', 'Hillcrest University'],
    ]);
    expect(fields('Associate of Arts : Culinary Arts Culinary Institute of Westfield')).toEqual([
      ['Associate of Arts', 'Culinary Arts', 'Culinary Institute of Westfield'],
    ]);
    expect(fields('Bachelor of Arts : Pre-Law University of South Westfield')).toEqual([
      ['Bachelor of Arts', 'Pre-Law', 'University of South Westfield'],
    ]);
    // Not where the words before "University of" are the school's own, nor where nothing names a field.
    expect(fields('Bachelor of Science : California State University of Hayward')).toEqual([
      ['Bachelor of Science', undefined, 'California State University of Hayward'],
    ]);
    expect(fields('Bachelor of Science : Hillcrest State University')).toEqual([
      ['Bachelor of Science', undefined, 'Hillcrest State University'],
    ]);
    // A school-leaving diploma keeps no field, but its school loses the words before it.
    expect(fields('High School Diploma : General Studies Hillcrest High School')).toEqual([
      ['High School Diploma', undefined, 'Hillcrest High School'],
    ]);
    // A lead that names a school itself is no field (and the school ends before the degree written again).
    expect(
      fields('Bachelor of Science : Nursing Hill University Bachelor of Science in Nursing Hill University'),
    ).toEqual([['Bachelor of Science', 'Nursing', 'Hill University']]);
  });

  it('reads no entry from a sentence: prose under an entry names no school, and the school a sentence names is its name', () => {
    // Hand-written in the format of the Kaggle resume PDFs (livecareer's template: "Degree : Field Year School ï¼ City ,
    // State", with what the person wrote about it on the lines below).
    // A summary, an activity, what one did there: no entry of their own (first person, a description's verb, a
    // sentence's last word alone on its line, a line run on from the one above).
    expect(
      fields(
        [
          'Bachelor of Arts : English 1991 Hill Southern University City , State',
          '',
          'Completed degree in English taking 15-18 hours per semester and working a full time job throughout my college career.',
          "Served as Sports Editor/Reporter for The Hill Print , the university's student operated weekly newspaper.",
          'I also Attended Oakwood High school my junior and senior years of high school as part of the Vocational program.',
          'I left one semester before finishing my degree. My GPA was 3.6 when I left',
          'school.',
          'logged work in outdoor education programs at the Hill Valley Outdoor School and the Wildlife Area.',
        ].join('\n'),
      ),
    ).toEqual([['Bachelor of Arts', 'English', 'Hill Southern University']]);
    // A sentence that names a degree keeps it, with the school it names rather than the sentence.
    expect(
      fields(
        'Associate of Arts , Media Arts 2014 The University of Hillcrest ï¼ City , State\n\nI am currently attending The University of Hillcrest in pursuit of my Bachelor of Arts degree.',
      ),
    ).toEqual([
      ['Associate of Arts', 'Media Arts', 'The University of Hillcrest'],
      ['Bachelor of Arts', undefined, 'The University of Hillcrest'],
    ]);
    // A school that opens a line of prose, or is its last sentence, stays the entry's school.
    expect(
      read(
        [
          '06/2012 Oak Ridge High School GPA: 3.98 Full time student and athlete all four years.',
          '05/2013 Collin Hill College Full time student taking my basic courses.',
          'Completed 45 credits in courses including Logic, Ethics and C Programming. Boise Hill University',
          'ï¼ City , State',
        ].join('\n'),
      ),
    ).toEqual([
      entry(undefined, undefined, 'Oak Ridge High School', undefined, '2012-06'),
      entry(undefined, undefined, 'Collin Hill College', undefined, '2013-05'),
      entry(undefined, undefined, 'Boise Hill University'),
    ]);
    // Prose in the school's part of a degree's line gives way to the school it names.
    expect(
      fields('Bachelors of Arts : basketball leagues, skiing and exercise programs Marist Hill College City , State'),
    ).toEqual([['Bachelors of Arts', 'basketball leagues', 'Marist Hill College']]);
    // Names are not sentences: a participle that opens a name, a closing abbreviation's period, a school in lower case.
    expect(
      fields('United States Naval Academy\nBachelor of Science\n\nHill Mexico State University, NM.\nMaster of Arts'),
    ).toEqual([
      ['Bachelor of Science', undefined, 'United States Naval Academy'],
      ['Master of Arts', undefined, 'Hill Mexico State University, NM.'],
    ]);
    // Indeed's "name -  City, Region" with the name in lower case (hand-written in that layout).
    expect(fields('hill view public school -  Begusarai, Bihar')).toEqual([
      [undefined, undefined, 'hill view public school'],
    ]);
    expect(fields('B.E. in civil engineering\ngovernment college of engineering and technology, amravati')).toEqual([
      ['B.E.', 'civil engineering', 'government college of engineering and technology, amravati'],
    ]);
  });

  it("takes no wrapped list's last item below an entry's coursework for the school (a skill where the school goes)", () => {
    // Hand-written in the format of the Kaggle resume PDFs: the degree's line (its school misspelt, so no school's word
    // marks it), then what one studied, wrapped so that its last item stands alone on a line (issue #23: 'Linux').
    const coursework =
      'Coursework in Programming, Web Administration, Network Administration, Database Administration, and Systems Administration –';
    expect(
      fields(
        [
          'Bachelor of Science , Information Technology 2005 Hill International Univeristy ï¼ City , State , United States',
          '',
          coursework,
          'Linux',
          'Programming Languages: C++, Java, HTML, CSS, Bash, T-SQL',
        ].join('\n'),
      ),
    ).toEqual([['Bachelor of Science', 'Information Technology', 'Hill International Univeristy']]);
    // The degree's line names no school: the entry has none, rather than the list's last item.
    expect(fields(['Bachelor of Science : Information Technology 2005', coursework, 'Unix'].join('\n'))).toEqual([
      ['Bachelor of Science', 'Information Technology', undefined],
    ]);
    // A name right below the degree, where the school goes, is still its school.
    expect(fields(['PG-DAC 2017', 'CDAC ACTS', coursework, 'Linux'].join('\n'))).toEqual([
      ['PG-DAC', undefined, 'CDAC ACTS'],
    ]);
  });

  it('cuts the anonymised place off a school or a field that it follows with no separator', () => {
    // Hand-written in the format of the Kaggle resume PDFs, whose template anonymises every place as "City , State".
    expect(fields('Masters of Science : Guidance Counseling 1985 Hill Valley University City , State , US')).toEqual([
      ['Masters of Science', 'Guidance Counseling', 'Hill Valley University'],
    ]);
    expect(
      fields('Hill Valley State University 1988 Bachelor of Science : Business Administration City , State'),
    ).toEqual([['Bachelor of Science', 'Business Administration', 'Hill Valley State University']]);
    expect(
      fields('Bachelor of Business Administration : Accounting August 2002\nHILL VALLEY COLLEGE City , State'),
    ).toEqual([['Bachelor of Business Administration', 'Accounting', 'HILL VALLEY COLLEGE']]);
    // The place alone in the field's column is no field; a country after it is part of it, other words are not.
    expect(
      fields('HILL VALLEY COLLEGE May 2016 Master of Business Administration City , State , United States'),
    ).toEqual([['Master of Business Administration', undefined, 'HILL VALLEY COLLEGE']]);
    expect(fields('City , State , US Bachelors in Business Administration, 1987 Hill Valley University')).toEqual([
      ['Bachelors', 'Business Administration', 'Hill Valley University'],
    ]);
    // The anonymised town with a real country after it ("City , Turkey"), as some of them write it; not a real town's
    // name that ends in "City" ("Kansas City, Missouri").
    expect(
      fields('Bachelor of Science : Mathematical Engineering 2004 Hill Technical University City , Turkey'),
    ).toEqual([['Bachelor of Science', 'Mathematical Engineering', 'Hill Technical University']]);
    expect(fields('HILL VALLEY UNIVERSITY B.A : Integrative Physiology City , India')).toEqual([
      ['B.A', 'Integrative Physiology', 'HILL VALLEY UNIVERSITY'],
    ]);
    expect(fields('B.A : Economics 2004 Kansas City, Missouri Hill College')).toEqual([
      ['B.A', 'Economics', 'Hill College'],
    ]);
    // A name before a dash and the anonymised place is not taken for a school on that account.
    expect(
      fields('Bachelor of Arts : History 2000 Hill Valley College - City , State\nHarbor Rights Clinic - City , State'),
    ).toEqual([['Bachelor of Arts', 'History', 'Hill Valley College']]);
  });

  it('gives dates alone between an entry dated on a line of its own and an undated next entry to that next entry', () => {
    // Hand-written: the second entry's dates written above it, the first's below it.
    expect(
      read(
        'Bachelor of Science in Biology\nOhio State University\n2010 - 2014\n2014 - 2016\nMaster of Science in Chemistry\nPurdue University',
      ),
    ).toEqual([
      entry('Bachelor of Science', 'Biology', 'Ohio State University', '2010-01', '2014-12'),
      entry('Master of Science', 'Chemistry', 'Purdue University', '2014-01', '2016-12'),
    ]);
    expect(
      read(
        'Bachelor of Science in Biology\nOhio State University\n2014\n2016\nMaster of Science in Chemistry\nPurdue University',
      ),
    ).toEqual([
      entry('Bachelor of Science', 'Biology', 'Ohio State University', undefined, '2014-01'),
      entry('Master of Science', 'Chemistry', 'Purdue University', undefined, '2016-01'),
    ]);
  });

  it('cuts off the anonymised place whose state the line wrapped onto the next line', () => {
    // Hand-written in the Kaggle template's flattened form: "… City" at a line's end, ", State" alone below it.
    expect(fields('2011 Bayside College, Medical Billing and Coding City\n, State')).toEqual([
      [undefined, undefined, 'Bayside College, Medical Billing and Coding'],
    ]);
    expect(fields('Associate of Science : Nursing 2012 Bayside Community College City\n, State , USA')).toEqual([
      ['Associate of Science', 'Nursing', 'Bayside Community College'],
    ]);
    // A town of that name stays: no state below it.
    expect(fields('Associate of Science : Nursing 2012 Bayside Community College Salt Lake City')[0]?.[2]).toContain(
      'Salt Lake City',
    );
  });

  it("takes a school-leaving exam's stream for its field, and nothing else typed there", () => {
    expect(fields('HSC in Science\n\nHill Junior College\n\n2010')).toEqual([
      ['HSC', 'Science', 'Hill Junior College'],
    ]);
    expect(fields('SSC in Computer Networks\n\nHill High School\n\n2008')).toEqual([
      ['SSC', undefined, 'Hill High School'],
    ]);
    expect(fields('SSLC in Private\n\nState Board\n\n2005')).toEqual([['SSLC', undefined, undefined]]);
    // After a comma the words may name the school, and stay for it.
    expect(fields('SSC, Little Flower Convent, 2008')).toEqual([['SSC', undefined, 'Little Flower Convent']]);
  });

  it('takes a school written in lower case, before a dash and a place, below its degree', () => {
    expect(read('masters in mass communication\n\nwestfield -  Noida, Uttar Pradesh\n\n2011 to 2013')).toEqual([
      entry('masters', 'mass communication', 'westfield', '2011-01', '2013-12'),
    ]);
  });

  it('reads a name before a dash and a place as a school, but not a region or a job', () => {
    // Hand-written in Indeed's layout: a course line, then the school without a school word, then the dates.
    const text = [
      'B.Tech in CSE\n\nHill Institute of Technology -  Pune, Maharashtra\n\n2016',
      'Embedded Systems\n\nWCDAC -  Mohali, Punjab\n\nJanuary 2017 to Present',
      'DCE\n\nHill Polytechnic College -  Madurai, Tamil Nadu\n\n2009',
      'B.E. in Electrical\n\nKarnataka State -  Bidar, Karnataka',
      'Month/Year Format\n\nTech lead -  Hyderabad, Telangana\n\nSeptember 2016 to May 2017',
    ].join('\n\n');
    expect(read(text).map((found) => [found.degree, found.institution])).toEqual([
      ['B.Tech', 'Hill Institute of Technology'],
      ['Embedded Systems', 'WCDAC'],
      ['DCE', 'Hill Polytechnic College'],
      ['B.E.', undefined],
    ]);
  });

  it('takes no project, language list or heading in the degree place for a degree', () => {
    const text = [
      'B.E in Electronics\n\nWestfield Institute of Technology\n\n2013',
      'Electronics Project\n\nHill PU College\n\n2009',
      'English, Hindi\n\nHill High School\n\n2007',
      'Education, A.P\n\nHill Junior College\n\n2005',
    ].join('\n\n');
    expect(read(text).map((found) => [found.degree, found.institution])).toEqual([
      ['B.E', 'Westfield Institute of Technology'],
      [undefined, 'Hill PU College'],
      [undefined, 'Hill High School'],
      [undefined, 'Hill Junior College'],
    ]);
  });

  it("takes a line of core's language skills (any language the taxonomy knows, sign language) for no degree", () => {
    // Hand-written: the languages the parser's own list held before, and ones only core's taxonomy knows.
    const languages = ['English', 'Hindi', 'Kannada', 'Oriya', 'Bangla', 'Farsi', 'Mandarin', 'Chinese', 'Swahili'];
    for (const language of languages)
      expect(read(`Tamil, ${language}\n\nHill High School\n\n2007`)[0]?.degree, language).toBeUndefined();
    expect(read('English, Latin, Sign Language\n\nHill High School\n\n2007')[0]?.degree).toBeUndefined();
    expect(read('Flemish / English language\n\nHill High School\n\n2007')[0]?.degree).toBeUndefined();
    // A line of languages and something else stays a degree guess.
    expect(read('English, Commerce\n\nHill High School\n\n2007')[0]?.degree).toBe('English, Commerce');
  });

  it("cuts a grade's verb after the school, and a place before a school's name in lower case", () => {
    // Hand-written in the UpdatedResumeDataSet's form (date, degree, field, place, school).
    expect(fields('January 2010 H.S.C.  Nagpur, Maharashtra NAGPUR UNIVERSITY Secured 65%')).toEqual([
      ['H.S.C.', undefined, 'NAGPUR UNIVERSITY'],
    ]);
    expect(fields('June 2014 to May 2017 LLB LAW Pune, Maharashtra pune university')).toEqual([
      ['LLB', 'LAW', 'pune university'],
    ]);
  });

  it("joins a school's word wrapped onto the next line to its name", () => {
    // Hand-written in the Kaggle template's flattened form, wrapped as its PDFs' text is.
    expect(
      fields(
        'Bachelor of Technology : Civil Engineering Rajiv Gandhi Technological\nUniversity, Madhya Pradesh, India 2011',
      ),
    ).toEqual([['Bachelor of Technology', 'Civil Engineering', 'Rajiv Gandhi Technological University']]);
    expect(fields('High School Diploma 1998 Our Lady of Mercy High\nSchool - Newark, NJ 1995 to 1998')).toEqual([
      ['High School Diploma', undefined, 'Our Lady of Mercy High School'],
    ]);
    // Not after a school's word, nor after a line that does not end with a name's word (the school's word alone then
    // names no school).
    expect(fields('B.Sc in Physics\nHill College\nUniversity, 2010').map((entry) => entry[2])).toEqual([
      'Hill College',
    ]);
    expect(fields('MBA in finance\nUniversity - Pune, Maharashtra\n2012')).toEqual([['MBA', 'finance', undefined]]);
    // Nor after a degree.
    expect(fields('SSC\nSCHOOL, Vidya Mandir School\n2008')).toEqual([
      ['SSC', undefined, 'SCHOOL, Vidya Mandir School'],
    ]);
  });

  it("reads 'Present' or 'Current' before the school as the entry's date, still going on", () => {
    const read3 = (text: string) =>
      parseEducationSection(text, { now: NOW }).map((found) => [
        found.degree,
        found.field,
        found.institution,
        found.end,
      ]);
    // Hand-written in the Kaggle template's flattened form ("Degree : Field <date> School City , State").
    expect(
      read3('MBA : Business Management Present Hill Institute of Technology City , State , United States'),
    ).toEqual([['MBA', 'Business Management', 'Hill Institute of Technology', null]]);
    expect(read3('Master of Science : Current Lake State University - City , State Human Resources')).toEqual([
      ['Master of Science', undefined, 'Lake State University', null],
    ]);
    // Not before a grade.
    expect(read('Associate of Arts : Accounting , 2016 Hill Community College, Current GPA 3.85')[0]?.end).toBe(
      '2016-01',
    );
  });

  it('ends the school before a degree the template writes after it', () => {
    // Hand-written in the Kaggle template's flattened form (the degree and the school written again after the school).
    expect(
      fields('Bachelor of Science : Nursing Hillside University Bachelor of Science in Nursing Hillside University'),
    ).toEqual([['Bachelor of Science', 'Nursing', 'Hillside University']]);
    expect(
      fields(
        'Bachelor of Science : Nursing 1999 Lakeland University Lakeland University Bachelor of Science (Nursing)',
      ),
    ).toEqual([['Bachelor of Science', 'Nursing', 'Lakeland University']]);
    expect(fields('Northern Hills High School High School Diploma 2000')).toEqual([
      ['High School Diploma', undefined, 'Northern Hills High School'],
    ]);
    // A kind of school after a school's word is the name's own.
    expect(fields('High School Diploma : University High School 2001')).toEqual([
      ['High School Diploma', undefined, 'University High School'],
    ]);
  });

  it("cuts a field glued before the school on the degree's line, at the end of a field's name", () => {
    // Hand-written in the Kaggle template's flattened form ("Degree : Field School").
    expect(
      fields(
        'Associate : Applied Science - Business Management and administration Hillsborough Community College ï¼ City , State',
      ),
    ).toEqual([['Associate', 'Applied Science', 'Hillsborough Community College']]);
    expect(
      fields(
        'Bachelor of Arts : Human Resources Management Business Administration Hillcrest University ï¼ City , State Human Resources Management 3.8',
      ),
    ).toEqual([['Bachelor of Arts', 'Human Resources Management', 'Hillcrest University']]);
    // The rest of a degree's name is no field; a school's own "University of …" stays whole, and so does a school's
    // line of its own, whose name may hold a field's word.
    expect(fields('Associate of Arts and Science Wenatchee Valley College')).toEqual([
      ['Associate of Arts', undefined, 'Wenatchee Valley College'],
    ]);
    expect(fields('Bachelor of Science : Biology 1976 Slippery Rock University of Pennsylvania')).toEqual([
      ['Bachelor of Science', 'Biology', 'Slippery Rock University of Pennsylvania'],
    ]);
    expect(fields("B.E.\n\nVidya Education Society's Institute of Technology -  Mumbai, Maharashtra\n\n2014")).toEqual([
      ['B.E.', undefined, "Vidya Education Society's Institute of Technology"],
    ]);
  });

  it("reads a misspelt university's word, and 'from' glued to the school's name", () => {
    // Hand-written in the Kaggle template's form and the UpdatedResumeDataSet's (PDF text that lost a space).
    expect(fields('BACHELOR OF ARTS : BUSINESS ADMINISTRATION Univerity of Arizona , State')).toEqual([
      ['BACHELOR OF ARTS', 'BUSINESS ADMINISTRATION', 'Univerity of Arizona'],
    ]);
    expect(fields(' MCA  Nashik, Maharashtra Computer Science fromKTHM College')).toEqual([
      ['MCA', undefined, 'KTHM College'],
    ]);
  });

  it("prefers a school's name to a school's word alone", () => {
    // Hand-written in the UpdatedResumeDataSet's form: a level, the word of its kind of school, then the school's name.
    expect(read("    HIGHER SECONDARY SCHOOL, St. Mary's School").map((found) => found.institution)).toEqual([
      "St. Mary's School",
    ]);
  });

  it('reads a parenthesis right after the degree as its field, or as a note on it', () => {
    // Hand-written in the UpdatedResumeDataSet's form (date, degree, field, place, school) and the Kaggle template's.
    expect(fields('2012 B.E.(Mechanical) Pune University')).toEqual([['B.E.', 'Mechanical', 'Pune University']]);
    expect(fields('June 2015 to February 2018 ME(electronics) electronics Pune, Maharashtra Pune University')).toEqual([
      ['ME', 'electronics', 'Pune University'],
    ]);
    expect(fields('BE (Computer Science) Computer Science Mumbai, Maharashtra Mumbai University')).toEqual([
      ['BE', 'Computer Science', 'Mumbai University'],
    ]);
    // A note before a colon, or a mode of study: the field follows it.
    expect(fields('B.A. (unaccredited) : Biblical Studies 2014 Hill School of Ministry City , State')).toEqual([
      ['B.A.', 'Biblical Studies', 'Hill School of Ministry'],
    ]);
    expect(fields('MBA (Distance Education) IGNOU 2012')).toEqual([['MBA', undefined, 'IGNOU']]);
    // Honours and the degree's own short name stay the degree's (its initials too: "(AAS)").
    expect(fields('Associates of Applied Science (AAS) : Electronic Technology , 2003 Hill College')).toEqual([
      ['Associates of Applied Science (AAS)', 'Electronic Technology', 'Hill College'],
    ]);
    expect(fields('B.Sc (Hons) Physics, Delhi University')).toEqual([['B.Sc (Hons)', 'Physics', 'Delhi University']]);
  });

  it('reads Malay and Indonesian universities, and no field written again as the school', () => {
    // Hand-written in the Kaggle template's flattened form.
    expect(
      fields(
        'MAICSA , PROFESSIONAL LEVEL Malaysia Institute of Chartered Secretaries ï¼ City , State , MALAYSIA\nBACHELOR IN BUSINESS ADMINISTRATION , BUSINESS ADMINISTRATION 2014 Universiti Sains Malaysia ï¼ City , State , MALAYSIA',
      ),
    ).toEqual([
      [undefined, undefined, 'MAICSA , PROFESSIONAL LEVEL Malaysia Institute of Chartered Secretaries'],
      ['BACHELOR', 'BUSINESS ADMINISTRATION', 'Universiti Sains Malaysia'],
    ]);
    expect(fields('Sarjana : Teknik Sipil 2015 Universitas Gadjah Mada')).toEqual([
      [undefined, undefined, 'Universitas Gadjah Mada'],
    ]);
    expect(fields('Bachelor of Science : Marketing Management , May 2012 Marketing Management')).toEqual([
      ['Bachelor of Science', 'Marketing Management', undefined],
    ]);
  });

  it('reads the school of a part that a colon divides, a label or a field before it or a field after it', () => {
    const schools = (text: string) => read(text).map((found) => found.institution);
    // Hand-written in the Kaggle template's flattened form ("Degree : Field School ï¼ City , State"), where the degree is
    // a template's placeholder, a label or a credential our words do not know.
    expect(schools('Select One : Clearwater Community College\n2004')).toEqual(['Clearwater Community College']);
    expect(schools('Certificate : Project Management Salem State University\n2011')).toEqual([
      'Salem State University',
    ]);
    expect(schools('Business Administration : Accounting Hofstra University')).toEqual(['Hofstra University']);
    expect(schools('Program: Insurance and Risk Management Ohio State University')).toEqual(['Ohio State University']);
    // "School Degree : Field": the level's bare word after the school is no part of its name.
    expect(schools('Harmon University Master : Coaching and Athletic Administration City , State , US\n2015')).toEqual([
      'Harmon University',
    ]);
    // Two schools across a colon: the first.
    expect(schools('Masters : Finance Harmon University : Ohio State University')).toEqual(['Harmon University']);
    // The label cut before the school may name another degree: no repeat of the degree below at the same school.
    expect(
      read(
        'Certificate : Project Management Salem State University\nBachelor of Science : Biology Salem State University',
      ).map((found) => [found.degree, found.institution]),
    ).toEqual([
      ['Certificate', 'Salem State University'],
      ['Bachelor of Science', 'Salem State University'],
    ]);
  });

  // Kaggle AVIATION/12504278, DESIGNER/12547982 and HEALTHCARE/11704150, hand-written: the degree our words read is only
  // the slot's first words, and the field read held the template's " : ".
  it('reads the whole degree slot before " : " as the degree where the degree read is only its first words', () => {
    expect(
      fields(
        'Baccalaureate of Science : Business Administration/Marketing , 2008 University of Louisiana at Lafayette',
      ),
    ).toEqual([
      ['Baccalaureate of Science', 'Business Administration/Marketing', 'University of Louisiana at Lafayette'],
    ]);
    expect(
      fields(
        'Graduation of Aircraft Hydraulics Systems : Aircraft Hydraulics Systems 2A635 , 12/2016 Sheppard Air Force Base - City',
      ),
    ).toEqual([
      ['Graduation of Aircraft Hydraulics Systems', 'Aircraft Hydraulics Systems 2A635', 'Sheppard Air Force Base'],
    ]);
  });

  // Kaggle FINANCE/15224503 and APPAREL/13858219, hand-written in the template's "Degree : Field School" form: what one
  // studied written in the degree's slot, in words no degree of core's names, was dropped with the field glued after it.
  it('reads the words written in the degree slot before " : " and a school as the degree, not a placeholder or a note', () => {
    expect(fields('Business Administration : Accounting Pace University ï¼ City , State , US')).toEqual([
      ['Business Administration', 'Accounting', 'Pace University'],
    ]);
    expect(fields('General Courses : Monterey Peninsula College - City , State')).toEqual([
      ['General Courses', undefined, 'Monterey Peninsula College'],
    ]);
    // The template's unfilled slot, and a note's label with no space before its colon, are no degree.
    expect(fields('Select One : Clearwater Community College')).toEqual([
      [undefined, undefined, 'Clearwater Community College'],
    ]);
    expect(fields('Advisor: Michael Harnett, Glendale Community College')[0]?.[0]).toBeUndefined();
  });

  // Kaggle CHEF/10588874, BPO/30709029, FITNESS/14107571, AVIATION/12043694 and TEACHER/15850434, hand-written in the same
  // flattened form: a credential from a body no school's word names was no entry at all.
  it("(review) reads no person's licence to drive as a credential's entry, a commercial one still", () => {
    expect(read("B.E. Mechanical, Pune University, 2015\nDriving License : Valid LMV\nDriver's License : Yes")).toEqual(
      [entry('B.E.', 'Mechanical', 'Pune University', undefined, '2015-01')],
    );
    expect(read("Commercial Driver's License : Class A , 2015 Roadmaster Drivers School ï¼ City , State")).toHaveLength(
      1,
    );
  });

  it("reads a credential's label line as an entry where no school's word names the body that gave it", () => {
    expect(
      read(
        'Certification : Food Safety and Sanitation , 2008 Johnson and Wales ï¼ City , State\nCertification : Street Survival Seminar 1993 Calibre Press City',
      ),
    ).toEqual([
      entry('Certification', 'Food Safety and Sanitation', 'Johnson and Wales', undefined, '2008-01'),
      entry('Certification', 'Street Survival Seminar', 'Calibre Press', undefined, '1993-01'),
    ]);
    // Dates on their own lines open entries; a credential's label with "of Completion" is a label too; the issuer glued to
    // the subject stays in the field, as readCredentialLabel leaves it.
    expect(
      read(
        '2016\nBachelor of Science : Information Security Colorado Technical University ï¼ City , State\n2012\nCertificate of Completion : Network Administrator Centriq Training ï¼ City , State\n2003\nEscrow License : Title and Escrow ï¼ City , State',
      ),
    ).toEqual([
      entry('Bachelor of Science', 'Information Security', 'Colorado Technical University', undefined, '2016-01'),
      entry('Certificate of Completion', 'Network Administrator Centriq Training', undefined, undefined, '2012-01'),
      entry('Escrow License', 'Title and Escrow', undefined, undefined, '2003-01'),
    ]);
    // A label line that names nothing but its year takes the school below it; a name before a date is no label's.
    expect(read('Certificate of Completion : 1995\nCovenant Bible College -')).toEqual([
      entry('Certificate of Completion', undefined, 'Covenant Bible College', undefined, '1995-01'),
    ]);
    expect(read("Federal Aviation Administration 2004 License : Private Pilot's License")).toEqual([]);
  });

  it("reads a credential's label before a colon as the entry's degree, its subject as the field and the issuer as the school", () => {
    // Hand-written in the Kaggle template's flattened form ("Credential : Subject , Year Issuer ï¼ City , State").
    expect(fields('2014\nCertificate : Six Sigma Villanova University ï¼ City , State , US')).toEqual([
      ['Certificate', 'Six Sigma', 'Villanova University'],
    ]);
    expect(fields('Real Estate License : Real Estate Stringham Real Estate School ï¼ City , State\n1999')).toEqual([
      ['Real Estate License', 'Real Estate', 'Stringham Real Estate School'],
    ]);
    expect(fields('Certificate : Dental Assisting , 1999 Tidewater Technical Institute - City , State')).toEqual([
      ['Certificate', 'Dental Assisting', 'Tidewater Technical Institute'],
    ]);
    expect(
      fields('Teacher Certification : Education 2002 Southwest Texas State University , City , State , USA'),
    ).toEqual([['Teacher Certification', 'Education', 'Southwest Texas State University']]);
    // A subject the skills do not know is cut before a school that another entry names alone, in either order; the two
    // credentials from one school stay two. Alone, it stays glued to the school.
    expect(
      fields(
        '2014\nCertificate : Six Sigma Villanova University ï¼ City , State , US\n2014\nCertificate : Lean Villanova University ï¼ City , State',
      ),
    ).toEqual([
      ['Certificate', 'Six Sigma', 'Villanova University'],
      ['Certificate', 'Lean', 'Villanova University'],
    ]);
    expect(
      fields(
        'Certificate : Lean Villanova University ï¼ City , State\n2014\nBachelor of Science : Nursing Villanova University',
      ),
    ).toEqual([
      ['Certificate', 'Lean', 'Villanova University'],
      ['Bachelor of Science', 'Nursing', 'Villanova University'],
    ]);
    expect(fields('Certificate : Lean Villanova University ï¼ City , State')).toEqual([
      ['Certificate', undefined, 'Lean Villanova University'],
    ]);
    // A place before another entry's school is part of the school's name ("Ohio State University" beside "State University").
    expect(fields('Certificate : Ohio State University\n2014\nBachelor of Arts : History State University')[0]).toEqual(
      ['Certificate', undefined, 'Ohio State University'],
    );
    // Two real schools sharing a tail: the word before the shorter one opens the longer one's name.
    expect(fields('Certificate : New York University\n2014\nBachelor of Arts : History York University')[0]).toEqual([
      'Certificate',
      undefined,
      'New York University',
    ]);
    expect(
      fields('Certificate : Lean Western Michigan University\n2014\nBachelor of Arts : History Michigan University')[0],
    ).toEqual(['Certificate', undefined, 'Lean Western Michigan University']);
    // A label that names a school is no credential's name: the credential is its word after the school's.
    expect(fields('Cambridge College Certificate : Negotiation and Conflict Resolution 2010')[0]?.[0]).toBe(
      'Certificate',
    );
  });

  it("keeps a campus's 'at' inside the school's name", () => {
    // Hand-written in the Kaggle template's flattened form (degree, field, school and the anonymised place on one line)
    // and on a line of its own (Indeed layout).
    expect(
      fields(
        'Master of Science , Industrial Engineering Dec 2014 University at Albany, The State University of New York GPA: 3.5/4.0',
      ),
    ).toEqual([['Master of Science', 'Industrial Engineering', 'University at Albany']]);
    expect(
      fields('Associate of Science : Business Administration Troy State University at Dothan City , State'),
    ).toEqual([['Associate of Science', 'Business Administration', 'Troy State University at Dothan']]);
    expect(fields('B.A. in History\n\nUniversity of Nevada at Reno\n\n2010')).toEqual([
      ['B.A.', 'History', 'University of Nevada at Reno'],
    ]);
    // After a degree or a field, "at" still introduces the school.
    expect(fields('B.Tech in Civil Engineering at IIT Madras, 2012')).toEqual([
      ['B.Tech', 'Civil Engineering', 'IIT Madras'],
    ]);
  });

  it('takes an examination board for no field, and for the school only where the entry names none and it names the board', () => {
    // Hand-written in the UpdatedResumeDataSet's form: the field column is empty, the board stands where the school goes.
    expect(fields('January 2011 HSC   Maharashtra board')).toEqual([['HSC', undefined, 'Maharashtra board']]);
    // Hand-written in the Indeed layout (DataTurks set): degree, then the board where the school goes, then the date.
    expect(fields('SSC\n\nGujarat Board\n\nMarch 2009')).toEqual([['SSC', undefined, 'Gujarat Board']]);
    expect(
      fields(
        'Diploma in INDUSTRIAL ELECTRONICS\n\nTechnical Board of Education Madras -  Chennai, Tamil Nadu\n\n1993 to 1996',
      ),
    ).toEqual([['Diploma', 'INDUSTRIAL ELECTRONICS', 'Technical Board of Education Madras']]);
    // A school named in the entry is its institution, the board's line above it or not.
    expect(fields('HSC\n\nGujarat Board\n\nNavrachana Junior College\n\n2011')).toEqual([
      ['HSC', undefined, 'Navrachana Junior College'],
    ]);
    expect(fields('S.S.C Gujarat Board  Navrachana High School')).toEqual([
      ['S.S.C', undefined, 'Navrachana High School'],
    ]);
    // A board's generic words name no board; a school's line glued to a council's is no board's name; a company's board
    // is no examining board.
    expect(fields('SSC\n\nBoard of Secondary Education\n\n2010')).toEqual([['SSC', undefined, undefined]]);
    expect(fields('1988\nDiploma Eastview High School Ohio Apprenticeship Council Welding')).toEqual([
      ['Diploma', undefined, undefined],
    ]);
    expect(fields('MBA\n\nAdvisory Board Member\n\n2015')).toEqual([['MBA', undefined, undefined]]);
  });
});

// Hand-written resumes in Russian and German (no real resume copied), for the education side of #23.
// Hand-written in the Indeed layout (DataTurks set): course or degree above its school, where the first entry's course is
// one no degree word names, so the evidence of the pairs is even.
describe('the order of degree and school when the pairs disagree', () => {
  it("reads a course our words do not know above the first school as that school's course", () => {
    const text = [
      'Software Product Management',
      '',
      'Product School -  New York, NY',
      '',
      'Bachelor of Computer Science in Computer Science Engineering',
      '',
      'Anna University',
    ].join('\n');
    expect(read(text)).toEqual([
      entry('Software Product Management', undefined, 'Product School'),
      entry('Bachelor of Computer Science', 'Computer Science Engineering', 'Anna University'),
    ]);
  });

  it("reads a school below the dates under its degree (a Europass table read line by line) as that degree's", () => {
    const text = [
      'Master of Science in Logistics Management',
      '10/2014 – 07/2016',
      'Athens University of Economics and Business',
      'Bachelor in Industrial Management',
      '09/2010 – 06/2014',
      'University of Piraeus',
    ].join('\n');
    expect(read(text)).toEqual([
      entry(
        'Master of Science',
        'Logistics Management',
        'Athens University of Economics and Business',
        '2014-10',
        '2016-07',
      ),
      entry('Bachelor', 'Industrial Management', 'University of Piraeus', '2010-09', '2014-06'),
    ]);
  });

  it('keeps school-first sections as they were read', () => {
    const text = ['Anna University', '', 'Bachelor of Engineering in Mechanical Engineering', '', '2014'].join('\n');
    expect(read(text)).toEqual([
      entry('Bachelor of Engineering', 'Mechanical Engineering', 'Anna University', undefined, '2014-01'),
    ]);
  });
});

describe('honours and certificates listed with a school', () => {
  it('reads no entry from an honour won at the school, and cuts a certificate glued before the school', () => {
    const text = [
      'Bachelor of Arts : Majors: Fine Art and Biology , 1985 Doane College - City , State',
      '',
      'Presidents Scholarship, Doane College - 4 years',
      '',
      'Pallet Scholar Award, Doane College- 4 years',
      '',
      'Accounting Certificate George Mason University',
      'Certificate in Asian Studies Florida International University - City , State',
      // What follows the certificate is no school's name alone; the colon parts the credential from the school.
      'Certificate in Network Technology Associate (CNTA) : Southern University',
    ].join('\n');
    expect(read(text).map((found) => found.institution)).toEqual([
      'Doane College',
      'George Mason University',
      'Florida International University',
      'Southern University',
    ]);
  });

  it("reads a credential written before its school on the school's line, not the course listed above it", () => {
    // Kaggle BPO/45077654: the last of the courses under the degree above was read as the certification's name.
    const text = [
      'Bachelor of Science : Psychology , Current',
      'Hill University - City , State',
      'Psychology/ Christian Counseling',
      'Case Management',
      'Mental Health Services Programming',
      'Certification in Medical Coding May 2017 : Lake College -',
    ].join('\n');
    expect(read(text)[1]).toEqual(entry('Certification', 'Medical Coding', 'Lake College', undefined, '2017-05'));
  });

  it("reads a credential's subject up to its school where no comma or colon ends it", () => {
    const [found] = read('Certificate in European Studies Hill School of Economics - City , United Kingdom');
    expect([found?.degree, found?.field, found?.institution]).toEqual([
      'Certificate',
      'European Studies',
      'Hill School of Economics',
    ]);
  });

  it("reads a credential's subject before its initials in parentheses", () => {
    // Kaggle BPO/31064969: the subject was lost, the initials in parentheses ending the match.
    const [found] = read(
      '2002 Certificate in Computer Network Technology Associate (CNTA) : Hill University City , State',
    );
    expect([found?.degree, found?.field, found?.institution]).toEqual([
      'Certificate',
      'Computer Network Technology Associate',
      'Hill University',
    ]);
  });

  it('reads no school from a level of schooling in the school column (the updated-resume-dataset form)', () => {
    const text = [
      'September 2015 B.Sc. Information technology Nagpur, Maharashtra Nagpur University',
      'May 2011 HSC Secondary & Higher Secondary  State Board of Secondary',
    ].join('\n');
    expect(read(text).map((found) => [found.degree, found.institution])).toEqual([
      ['B.Sc.', 'Nagpur University'],
      ['HSC', undefined],
    ]);
  });
});

describe('education in resumes written in other languages', () => {
  it("reads a grande école by its acronym as the school, and the Diplôme d'État, the classes préparatoires and the Promotion as degrees", () => {
    const text = [
      "2012 - 2015 : Diplôme d'ingénieur en informatique — ENSEIRB-MATMECA, Talence",
      '2010 - 2012 : Classes préparatoires aux grandes écoles (MPSI/MP) — Lycée Montaigne',
      "2011 - 2014 | Diplôme d'État d'infirmier | Institut de Formation en Soins Infirmiers de Nantes",
      '10/2009 – 09/2013\tPromotion (Dr.-Ing.), Technische Universität München',
    ].join('\n');
    expect(read(text).map((found) => [found.degree, found.institution])).toEqual([
      ["Diplôme d'ingénieur", 'ENSEIRB-MATMECA'],
      ['Classes préparatoires aux grandes écoles', 'Lycée Montaigne'],
      ["Diplôme d'État d'infirmier", 'Institut de Formation en Soins Infirmiers de Nantes'],
      ['Promotion (Dr.-Ing.)', 'Technische Universität München'],
    ]);
  });

  it('reads a Russian resume', () => {
    const resume = parseResumeText(
      [
        'Иван Петров',
        'ivan.petrov@example.ru',
        '',
        'Опыт работы',
        'Старший инженер-программист, ООО «Ромашка»',
        'янв 2019 — по настоящее время',
        '',
        'Образование',
        'Московский государственный технический университет им. Н. Э. Баумана',
        'Магистр, Информатика и вычислительная техника',
        '2012 — 2018',
        'Новосибирский государственный университет',
        'Бакалавр, Прикладная математика',
        '2008 — 2012',
        '',
        'Навыки',
        'Python, SQL, Linux',
      ].join('\n'),
      { now: NOW },
    );
    expect(resume.education.map((found) => [found.degree, found.institution])).toEqual([
      ['Магистр', 'Московский государственный технический университет им. Н. Э. Баумана'],
      ['Бакалавр', 'Новосибирский государственный университет'],
    ]);
    expect(highestDegreeLevel(resume.education.map((found) => found.degree ?? ''))).toBe('master');
  });

  it("reads a Russian resume in hh.ru's layout (the level first, then year, university, faculty)", () => {
    const resume = parseResumeText(
      [
        'Анна Смирнова',
        'anna@example.ru',
        '',
        'Образование',
        'Высшее',
        '2016',
        'Санкт-Петербургский государственный университет',
        'Экономический факультет, Экономист',
        '',
        'Навыки',
        'Excel, 1С',
      ].join('\n'),
      { now: NOW },
    );
    expect(
      resume.education.map((found) => [found.degree, found.institution, found.end?.toISOString().slice(0, 4)]),
    ).toEqual([['Высшее', 'Санкт-Петербургский государственный университет', '2016']]);
    expect(
      highestDegreeLevel(
        resume.education.map((found) => found.degree ?? ''),
        { mode: 'education' },
      ),
    ).toBe('bachelor');
  });

  it('reads a German resume', () => {
    const resume = parseResumeText(
      [
        'Anna Schmidt',
        'anna.schmidt@example.de',
        '',
        'Berufserfahrung',
        '03/2019 – heute   Softwareentwicklerin, Muster GmbH, Berlin',
        '',
        'Ausbildung',
        '10/2012 – 09/2018   Diplom-Ingenieurin Maschinenbau, Technische Universität München',
        '09/2003 – 06/2012   Abitur, Goethe-Gymnasium Frankfurt',
        '',
        'Kenntnisse',
        'Python, MATLAB, SolidWorks',
      ].join('\n'),
      { now: NOW },
    );
    expect(resume.education.map((found) => [found.degree, found.field, found.institution])).toEqual([
      ['Diplom-Ingenieurin', 'Maschinenbau', 'Technische Universität München'],
      ['Abitur', undefined, 'Goethe-Gymnasium Frankfurt'],
    ]);
    expect(highestDegreeLevel(resume.education.map((found) => found.degree ?? ''))).toBe('master');
  });
});

// Hostile education sections: every line is read in time proportional to its length, and entries never look back.
describe('certifications listed under Education', () => {
  it('reads no degree in a certification that names one, nor a school or a date in its expiry', () => {
    // Kaggle resume PDF INFORMATION-TECHNOLOGY/13405733, as pdftotext reads it (its own "â€“" kept).
    const text = [
      'Certified Associate in Project Management (CAPM) â€“ #2743884, Expires : Expected in 2028',
      '2021',
      'Master of Science : Information Technology Management , 2019',
      'Western Governors University - City , State',
    ].join('\n');
    const found = read(text);
    expect(found[0]).toMatchObject({ degree: 'Master of Science', end: '2019-01' });
    expect(found.filter((each) => /associate|capm/i.test(`${each.degree} ${each.field}`))).toEqual([]);
    expect(found.filter((each) => /expire/i.test(each.institution ?? '') || each.end === '2028-01')).toEqual([]);
  });

  it.each([
    ['Expires', 'Expires 2027'],
    ['Expiration Date', 'Expiration Date: 06/2027'],
    ['Valid through', 'Valid through 2027'],
  ])('reads no end date in a validity (%s)', (_name, validity) => {
    expect(
      read(`Certificate in Phlebotomy, Hill Community College, 2019, ${validity}`).map((found) => found.end),
    ).toEqual(['2019-01']);
    expect(read(`Diploma in Nursing, Hill College, ${validity}`)).toEqual([
      entry('Diploma', 'Nursing', 'Hill College'),
    ]);
  });
});

describe('a school below a degree line that carries the date', () => {
  it("is that degree's school, also where a date alone on a line closes entries", () => {
    // The layout of Kaggle resume PDF TEACHER/11943065 (a date alone on a line further down).
    const text = [
      'Masters of Arts : Teaching Social Studies , May 2018',
      'Winthrop University - City , State',
      'Bachelor of Arts : Sociology , June 1998',
      'Coker College - City , State',
      'April 2018',
      'Rock Hill High School - City , State',
    ].join('\n');
    expect(read(text).slice(0, 2)).toEqual([
      entry('Masters of Arts', 'Teaching Social Studies', 'Winthrop University', undefined, '2018-05'),
      entry('Bachelor of Arts', 'Sociology', 'Coker College', undefined, '1998-06'),
    ]);
  });

  it('does not take a school that carries its own date', () => {
    expect(read('BSc Physics, 2014\nHill College, 2012\n2010').map((found) => found.institution)).toEqual([
      undefined,
      'Hill College',
    ]);
  });
});

describe('honours, courses and credentials are no school', () => {
  it.each([
    // The layout of Kaggle resume PDF ARTS/11187796.
    [
      "Associate of Science : Liberal Arts , 2015 SUNY Adirondack - City , State\nDean's List\nGraduated Cum Laude",
      'SUNY Adirondack',
    ],
    ['Bachelor of Arts in Criminal Justice, Emphasis in Legal Studies, Cum Laude, 3.63 GPA', undefined],
    ['Associates of Arts Degree\nCompleted 57 credits towards', undefined],
    ['MBA\nSeven-course online marketing certificate', undefined],
    ['High School Diploma\nScholarship to Art', undefined],
  ])('%s', (text, institution) => {
    expect(read(text).map((found) => found.institution)).toEqual([institution]);
  });
});

// Hand-written in the Kaggle resume PDFs' template (text as pdf.js reads it: "ï¼" for the fullwidth comma, the
// anonymised "City , State"), found reading unstudied Kaggle PDFs (FITNESS/13367322, TEACHER/16270906, ACCOUNTANT/14470533, AVIATION/11804712,
// DIGITAL-MEDIA/14036515, HEALTHCARE/11704150, BUSINESS-DEVELOPMENT/12377803, AGRICULTURE/16849128,
// DIGITAL-MEDIA/10005171).
describe('degree words the Kaggle template writes beside a school', () => {
  it.each([
    [
      'a degree after a school and its date (the date cut out leaves a column gap, not a word of the name)',
      'Parker High School - City 05/2005 High School Diploma',
      [entry('High School Diploma', undefined, 'Parker High School', undefined, '2005-05')],
    ],
    [
      'a degree written twice in a row is that degree, not a school it opens',
      'EAGLE PASS HIGH SCHOOL, EAGLE PASS, TEXAS\nHigh School Diploma High School Diploma, May 1998',
      [entry('High School Diploma', undefined, 'EAGLE PASS HIGH SCHOOL', undefined, '1998-05')],
    ],
    [
      'a generic degree word is a label only right before the degree it labels',
      'Diploma : Bookkeeping and Office Administration Worland High School ï¼ City , State , US Office Specialist Diploma--Emphasis in',
      [entry('Diploma', 'Bookkeeping and Office Administration', 'Worland High School')],
    ],
    [
      'the field ends where the template writes the degree again',
      'Associate of Science : Aviation Technology and Healthy Technology Associate of Science, Coastline Community College',
      [entry('Associate of Science', 'Aviation Technology and Healthy Technology', 'Coastline Community College')],
    ],
    [
      'the field ends where the degree is written again with its field',
      'Bachelor of Business Administration : Accounting Bachelor of Business Administration in Accounting, Hill State University',
      [entry('Bachelor of Business Administration', 'Accounting', 'Hill State University')],
    ],
    [
      "a degree's name glued before the school's is cut off it; an acronym opening a school's name stays",
      'Associate of Science : Process Technology 2013 ITI Technical College , City , State , United States\nHigh School Diploma City , State , US Flint, MI, US High School Diploma Flint Central High Flint, MI High School Diploma, Jun 1985',
      [
        entry('Associate of Science', 'Process Technology', 'ITI Technical College', undefined, '2013-01'),
        entry('High School Diploma', undefined, 'Flint Central High', undefined, '1985-06'),
      ],
    ],
    [
      'a field of names listed with commas, the last glued to the school, is the field up to the school',
      'Master of Arts : Radio, Television & Motion Pictures University of North Carolina ï¼ City , State\nB.S : Psychology, Education Morgan State University ï¼ City , State Psychology, Education',
      [
        entry('Master of Arts', 'Radio, Television & Motion Pictures', 'University of North Carolina'),
        entry('B.S', 'Psychology, Education', 'Morgan State University'),
      ],
    ],
    [
      "a part whose only school's word is a degree's is no school",
      'High School Diploma : High School General Education , 06/2006 Grant Union High School - City , State',
      [entry('High School Diploma', undefined, 'Grant Union High School', undefined, '2006-06')],
    ],
    [
      "a credential's whole name after a school's word or after the school's place is the degree, not more of the name",
      '2000\nHillcrest High School High School Diploma\nRidgeview Career & Tech ï¼ City , State , USA High School Diploma : Culinary Arts',
      [
        entry('High School Diploma', undefined, 'Hillcrest High School', undefined, '2000-01'),
        entry('High School Diploma', undefined, 'Ridgeview Career & Tech'),
      ],
    ],
    [
      "with the degree left blank, a field's name before the date that opens the school's line is the field",
      'Liberal Arts , 2016 Hill Community College ï¼ City , State\nEarly Childhood Education 2000 Lake College ï¼ City , State , USA\nCaddie 2011 Pine Golfers Career College',
      [
        entry(undefined, 'Liberal Arts', 'Hill Community College', undefined, '2016-01'),
        entry(undefined, 'Early Childhood Education', 'Lake College', undefined, '2000-01'),
        entry(undefined, undefined, 'Pine Golfers Career College', undefined, '2011-01'),
      ],
    ],
    [
      // Kaggle CONSULTANT/13569152, HR/16852973: the degree slot filled with a word that names no degree, then a comma.
      "a degree slot that names no degree ('Course', 'N/A') before a comma: what follows it before the date is the field",
      'Course , Conflict Negotiation 2009 Lakeview University School of Law ï¼ City , State\nN/A , Hotel Management 2004 Hill College ï¼ City , State\nCourse , Texas 2003 Bay College ï¼ City , State',
      [
        entry(undefined, 'Conflict Negotiation', 'Lakeview University School of Law', undefined, '2009-01'),
        entry(undefined, 'Hotel Management', 'Hill College', undefined, '2004-01'),
        entry(undefined, undefined, 'Bay College', undefined, '2003-01'),
      ],
    ],
    [
      // Hand-written near-misses of the row above: the slot's value says again there is none, or names a credential.
      "no field from a degree slot's value that says there is none or names a credential ('N/A , N/A', 'Course , Certificate in …')",
      'N/A , N/A 1999 Hill College ï¼ City , State\nCourse , Certificate in Project Management 2012 Lakeview University ï¼ City , State',
      [
        entry(undefined, undefined, 'Hill College', undefined, '1999-01'),
        entry('Certificate', 'Project Management', 'Lakeview University', undefined, '2012-01'),
      ],
    ],
    [
      "a month's name left without its year at the edge of a school's name or a field is no word of theirs",
      'Bachelor of Science : Petroleum Engineering , Jul Hill A&M University ï¼ City , State Petroleum Engineering\nLAKE STATE UNIVERSITY May B.S : Chemistry City Chemistry\nMaster of Science : Applied Mechanics Jun City , State\nBA : History May Institute 2010',
      [
        entry('Bachelor of Science', 'Petroleum Engineering', 'Hill A&M University'),
        entry('B.S', 'Chemistry', 'LAKE STATE UNIVERSITY'),
        entry('Master of Science', 'Applied Mechanics', undefined),
        entry('BA', 'History', 'May Institute', undefined, '2010-01'),
      ],
    ],
    [
      "a month's name opening a dated entry's school is the school's own ('Mar Ivanios College', 'Jan Dlugosz University')",
      'B.Sc. Mathematics\nMar Ivanios College\n2011 - 2014\nMaster of Arts in History, Jan Dlugosz University, 2012',
      [
        entry('B.Sc.', 'Mathematics', 'Mar Ivanios College', '2011-01', '2014-12'),
        entry('Master of Arts', 'History', 'Jan Dlugosz University', undefined, '2012-01'),
      ],
    ],
    [
      "a degree's line that opens with a name before its date names its school: the school on the next line is another entry's",
      'Pebble Room High | 05/2013 High School Diploma\nHill State University | City , State Some College (No Degree)\nMaster of Science : IT Management , 2019\nLake Governors University',
      [
        entry('High School Diploma', undefined, 'Pebble Room High', undefined, '2013-05'),
        entry(undefined, undefined, 'Hill State University'),
        entry('Master of Science', 'IT Management', 'Lake Governors University', undefined, '2019-01'),
      ],
    ],
    [
      "a degree's word glued to its 'of' is the degree's name",
      'Masterof Science : Information Systems , 2016 Hill State University ï¼ City , State\nBachelorof Science : Public Relations University of Lakeland',
      [
        entry('Master of Science', 'Information Systems', 'Hill State University', undefined, '2016-01'),
        entry('Bachelor of Science', 'Public Relations', 'University of Lakeland'),
      ],
    ],
    [
      "a credential written anywhere on an entry's line that names no degree is its degree, less a school's or a place's words",
      'Hill Welding School City , State Welding Certificate Job-Related Training\nCertificate in Pattern Making and Fashion Design : Lake Fashion Institute - City , State\n2011 Pine University Certificate\nCosmetology License , Sep 2007 RIVER ACADEMY ï¼ City , State , United States Cosmetology License',
      [
        entry('Welding Certificate', undefined, 'Hill Welding School'),
        entry('Certificate', 'Pattern Making and Fashion Design', 'Lake Fashion Institute'),
        entry('Certificate', undefined, 'Pine University', undefined, '2011-01'),
        entry('Cosmetology License', undefined, 'RIVER ACADEMY', undefined, '2007-09'),
      ],
    ],
    [
      "a credential's word alone and a longer name ending with it, same school and year, are one entry written twice",
      '1998\nHill College Certificate : Negotiation and Conflict Resolution\nGraduate Level Certificate, Negotiation and Conflict Resolution - Hill College 1998',
      [entry('Certificate', 'Negotiation and Conflict Resolution', 'Hill College', undefined, '1998-01')],
    ],
    [
      "a school's name written twice in a row is the school once",
      'Bachelor of Science : Urban and Regional Planning Hill University of Technology Hill University of Technology, Jamaica\nB.S. : Accounting B.S Lake State University Lake State University May 1992 Accounting',
      [
        entry('Bachelor of Science', 'Urban and Regional Planning', 'Hill University of Technology'),
        entry('B.S.', 'Accounting', 'Lake State University', undefined, '1992-05'),
      ],
    ],
    [
      "the anonymised place after a comma ends the school's name, with what the line writes after it",
      'Certification 2016 Hill Training Center , City , State , United States IVU and SURI Software\nNon-Degree Program: MATH I & II 2012 Lake University/UNH Manchester , City , State , USA Earned 6 Graduate Credits, 80',
      [
        entry('Certification', undefined, 'Hill Training Center', undefined, '2016-01'),
        entry(undefined, undefined, 'Lake University/UNH Manchester', undefined, '2012-01'),
      ],
    ],
    [
      "a field glued before the school ends at a field's last word: Security, Strategy, Computers, Meteorology",
      'Bachelor of Science : Information System Security Hill Technical University ï¼ City , State\nBachelor of Arts : Psychology, Corporate Strategy Lake University ï¼ City , State\nBachelors of Science : Aeronautical Science Applied Meteorology Pine Aeronautical University',
      [
        entry('Bachelor of Science', 'Information System Security', 'Hill Technical University'),
        entry('Bachelor of Arts', 'Psychology, Corporate Strategy', 'Lake University'),
        entry('Bachelors of Science', 'Aeronautical Science Applied Meteorology', 'Pine Aeronautical University'),
      ],
    ],
    [
      "a high school's college-preparatory course is no school: the school is the name after it",
      'High School Diploma : College Preparatory 1999 Hill Roberts High School , City , State\nHigh School Diploma , College Prep. studies 1998 Sainte Lake Senior High ï¼ City , State\nHigh School Diploma 2010 Northside College Preparatory High School',
      [
        entry('High School Diploma', undefined, 'Hill Roberts High School', undefined, '1999-01'),
        entry('High School Diploma', undefined, 'Sainte Lake Senior High', undefined, '1998-01'),
        entry('High School Diploma', undefined, 'Northside College Preparatory High School', undefined, '2010-01'),
      ],
    ],
    [
      "a college-preparatory course before a comma on the school's own line: the school is the name after it, not the place's",
      'College Prep, Lincoln High School, Omaha, NE, 2005\nCollege Preparatory, Central High School, 1999',
      [
        entry(undefined, undefined, 'Lincoln High School', undefined, '2005-01'),
        entry(undefined, undefined, 'Central High School', undefined, '1999-01'),
      ],
    ],
    [
      'a line that opens with an award given names no entry, though it names the school',
      'B.A : History , 2014 Hill College - City , State\nAward for Best Essay in Environmental Studies, Hill College\nAwarded Lake Leadership Scholarship to Hill College',
      [entry('B.A', 'History', 'Hill College', undefined, '2014-01')],
    ],
    [
      'a degree written again with its department where the school goes is the entry once, at the school it names',
      'Ph.D. : Analytical Chemistry 1990 HILL UNIVERSITY City , State , US HILL UNIVERSITY, DEPARTMENT OF\nCHEMISTRY AND BIOCHEMISTRY, NEWARK, DE 19711 Ph.D., Analytical Chemistry, 1990 Advisor: Dr. G.A. Lake',
      [entry('Ph.D.', 'Analytical Chemistry', 'HILL UNIVERSITY', undefined, '1990-01')],
    ],
    [
      "one word between the year and the place's separator on the degree's line is the school, unless a field's or a subject's",
      'Bachelor of Science : Physics Honours , 2002 OUAT - State , India\nHigh School Diploma : Business 1977 Suncoast City , State , United States\nB.S : Biology , 2002 Accounting ï¼ City , State',
      [
        entry('Bachelor of Science', 'Physics Honours', 'OUAT', undefined, '2002-01'),
        entry('High School Diploma', undefined, 'Suncoast', undefined, '1977-01'),
        entry('B.S', 'Biology', undefined, undefined, '2002-01'),
      ],
    ],
    [
      "New York's public systems' acronyms name a school: SUNY, CUNY",
      'Master of Science : teaching certificate, Nursing SUNY Hillcrest SUNY Hillcrest Master of Science',
      [entry('Master of Science', 'teaching certificate, Nursing', 'SUNY Hillcrest')],
    ],
    [
      "a credential's whole name right after a college's name is the degree; 'Bachlor of …' reads its 'of' phrase",
      'HILLSIDE COUNTY COMMUNITY COLLEGE High School Diploma : Liberal Arts City , State , US\nBachlor of Science : Sociology , 2014 Lake University - City , State',
      [
        entry('High School Diploma', undefined, 'HILLSIDE COUNTY COMMUNITY COLLEGE'),
        entry('Bachlor of Science', 'Sociology', 'Lake University', undefined, '2014-01'),
      ],
    ],
    [
      "a school's name that a credential's name may close stays the name: nothing tells where it ends",
      'Lincoln High School Diploma 2005',
      [entry(undefined, undefined, 'Lincoln High School Diploma', undefined, '2005-01')],
    ],
  ])('%s', (_name, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  // Hand-written in the format of the updated-resume-dataset CSV's "Education Details" (degree, place, school on one line).
  it('a town and a region before the school, with no degree before them, are no words of the school', () => {
    expect(read('   Mumbai, Maharashtra St. Hill College')).toEqual([entry(undefined, undefined, 'St. Hill College')]);
    expect(read('Nangal, Punjab National Lake Training Institute')).toEqual([
      entry(undefined, undefined, 'National Lake Training Institute'),
    ]);
    // A school named for its region keeps its name whole.
    expect(read('Las Cruces, New Mexico State University')[0]?.institution).toMatch(/New Mexico State University$/);
  });

  // Hand-written in the format of the updated-resume-dataset CSV's "Education Details" (degree, place, school on one line).
  it('a degree whose next column is a place has no field: what follows the place is the school', () => {
    expect(read(' BE  Rajapur, Uttar Pradesh Madhyamik Vidya Mandir Rajapur')).toEqual([
      entry('BE', undefined, 'Madhyamik Vidya Mandir Rajapur'),
    ]);
    // A field written before the place stays the field.
    expect(read('B.Tech  Computer Science  Pune, Maharashtra  Hill College')).toEqual([
      entry('B.Tech', 'Computer Science', 'Hill College'),
    ]);
  });

  it('a town in a town whose name opens with a prefix ("Navi Mumbai Panvel, Maharashtra") is the place, not a field', () => {
    expect(
      read('August 2008 to July 2012 Bachelor of Engineering Navi Mumbai Panvel, Maharashtra Mumbai University'),
    ).toEqual([entry('Bachelor of Engineering', undefined, 'Mumbai University', '2008-08', '2012-07')]);
    // One word before the city stays the field's unless it opens a town's name.
    expect(read('B.Tech Computer Science Pune, Maharashtra Hill College')).toEqual([
      entry('B.Tech', 'Computer Science', 'Hill College'),
    ]);
  });

  it('a degree\'s "of" phrase ends where "University of …" begins ("Master of Business Administration University of Phoenix")', () => {
    expect(read('Master of Business Administration University of Phoenix 2015')).toEqual([
      entry('Master of Business Administration', undefined, 'University of Phoenix', undefined, '2015-01'),
    ]);
    expect(read('Bachelor of Computer Applications College of Engineering Pune 2012')).toEqual([
      entry('Bachelor of Computer Applications', undefined, 'College of Engineering Pune', undefined, '2012-01'),
    ]);
    // A school's name that is not "University of …" still cuts the phrase to its first word, as before.
    expect(read('Bachelor of Science DELAWARE VALLEY COLLEGE')).toEqual([
      entry('Bachelor of Science', undefined, 'DELAWARE VALLEY COLLEGE'),
    ]);
  });

  it("a school named for its level keeps its whole name ('High School' is not a school of its own after a field's word)", () => {
    expect(read(' Secondary School Certificate  Ulhasnagar, Maharashtra New English High School')).toEqual([
      entry('Secondary School Certificate', undefined, 'New English High School'),
    ]);
  });

  it('keeps the whole name of an "Institute of …", "College of …" after a field that its name ends with (#23)', () => {
    // The Kaggle PDFs' template (BPO/27710853 without its year between: "Degree : Field School - City , Country").
    expect(read('Diploma : Hotel Management Institute of Hotel Management - City , India')).toEqual([
      entry('Diploma', 'Hotel Management', 'Institute of Hotel Management'),
    ]);
    expect(read('BS : Nursing College of Nursing City , State')).toEqual([
      entry('BS', 'Nursing', 'College of Nursing'),
    ]);
    // A field written again after a school whose name does not go on keeps being cut off it.
    expect(read('Bachelor of Science : Biology Loyola Marymount University Biology')).toEqual([
      entry('Bachelor of Science', 'Biology', 'Loyola Marymount University'),
    ]);
  });

  it('takes an entry\'s dates written with two-digit years (core\'s date reader: "01/90-05/93", "Jan 95 - Mar 99")', () => {
    // The Kaggle PDFs' template (ENGINEERING/12472574): "School Degree : Field City , ST MM/YY-MM/YY Degree Field - School".
    expect(
      read(
        'Technion University BS : Electrical Engineering City , IL 01/90-05/93 BS Electrical Engineering - Technion University - Haifa, Israel',
      ),
    ).toEqual([entry('BS', 'Electrical Engineering', 'Technion University', '1990-01', '1993-05')]);
    expect(read('Bachelor of Science in Physics, Ohio State University, Sept. 95 - June 99')).toEqual([
      entry('Bachelor of Science', 'Physics', 'Ohio State University', '1995-09', '1999-06'),
    ]);
  });
});

describe('parseEducationSection on hostile input', () => {
  // Its time at n and 2n is measured by `pnpm bench --only adversarial` (no timings in tests).
  it.each(EDUCATION_SECTIONS)(
    'reads 40,000 characters of it into at most an entry a line, none longer: %s',
    (_name, make) => {
      const text = make(40_000);
      const entries = parseEducationSection(text, { now: NOW });
      expect(entries.length).toBeLessThanOrEqual(text.split('\n').length);
      for (const entry of entries)
        for (const value of Object.values(entry))
          if (typeof value === 'string') expect(value.length).toBeLessThanOrEqual(text.length);
      expect(() => resumeSchema.parse(parseResumeText(`Jane Doe\nEducation\n${text}`, { now: NOW }))).not.toThrow();
    },
  );
});

describe('two degrees joined on one line', () => {
  // Hand-written lines in the shapes of issue #23 and of the Kaggle PDFs (BUSINESS-DEVELOPMENT/11551946, FITNESS/10333051).
  const read = (text: string) =>
    parseEducationSection(text).map(({ degree, field, institution }) => ({ degree, field, institution }));

  it('reads each degree of a dual degree at one school, with the field and school they share', () => {
    expect(read('B.Tech and M.Tech (Dual Degree) in Computer Science, IIT Bombay')).toEqual([
      { degree: 'B.Tech', field: 'Computer Science', institution: 'IIT Bombay' },
      { degree: 'M.Tech', field: 'Computer Science', institution: 'IIT Bombay' },
    ]);
    expect(read('BCA & MCA from XYZ University')).toEqual([
      { degree: 'BCA', field: undefined, institution: 'XYZ University' },
      { degree: 'MCA', field: undefined, institution: 'XYZ University' },
    ]);
  });

  it("gives the first degree the field written after the second, past each degree's short name or honours (#23)", () => {
    expect(read('Bachelor of Science (B.Sc.) & Master of Science (M.Sc.) in Physics, University of Delhi')).toEqual([
      { degree: 'Bachelor of Science (B.Sc.)', field: 'Physics', institution: 'University of Delhi' },
      { degree: 'Master of Science (M.Sc.)', field: 'Physics', institution: 'University of Delhi' },
    ]);
    expect(read('Master of Science (M.Sc.) & Doctor of Philosophy (Ph.D.) in Physics')).toEqual([
      { degree: 'Master of Science (M.Sc.)', field: 'Physics', institution: undefined },
      { degree: 'Doctor of Philosophy (Ph.D.)', field: 'Physics', institution: undefined },
    ]);
    expect(read('B.Sc. (Hons) and M.Sc. in Physics')).toEqual([
      { degree: 'B.Sc. (Hons)', field: 'Physics', institution: undefined },
      { degree: 'M.Sc.', field: 'Physics', institution: undefined },
    ]);
    // A field in parentheses after the first is its own.
    expect(read('B.Sc (Maths) & M.Sc in Physics')).toEqual([
      { degree: 'B.Sc', field: 'Maths', institution: undefined },
      { degree: 'M.Sc', field: 'Physics', institution: undefined },
    ]);
  });

  it('keeps the second degree that a field used to be cut at', () => {
    expect(read('B.Sc Nursing/Master of Business Administration')).toEqual([
      { degree: 'B.Sc', field: 'Nursing', institution: undefined },
      { degree: 'Master of Business Administration', field: undefined, institution: undefined },
    ]);
    expect(read('MBA : Marketing BS & MS (Mech. Engineering), MBA (Marketing).')).toEqual([
      { degree: 'MBA', field: 'Marketing', institution: undefined },
      { degree: 'BS', field: 'Mech. Engineering', institution: undefined },
      { degree: 'MS', field: 'Mech. Engineering', institution: undefined },
    ]);
  });

  it('gives each degree its own school where the line names one per degree, and both the dates of the entry', () => {
    expect(read('BCA from XYZ University & MCA from ABC University')).toEqual([
      { degree: 'BCA', field: undefined, institution: 'XYZ University' },
      { degree: 'MCA', field: undefined, institution: 'ABC University' },
    ]);
    const entries = parseEducationSection('B.Sc. (Physics) & M.Sc. (Physics), University of Delhi, 2010 - 2015');
    expect(
      entries.map((entry) => [
        entry.degree,
        entry.field,
        entry.institution,
        entry.start?.toISOString(),
        entry.end?.toISOString(),
      ]),
    ).toEqual([
      ['B.Sc.', 'Physics', 'University of Delhi', '2010-01-01T00:00:00.000Z', '2015-12-01T00:00:00.000Z'],
      ['M.Sc.', 'Physics', 'University of Delhi', '2010-01-01T00:00:00.000Z', '2015-12-01T00:00:00.000Z'],
    ]);
  });

  it('reads one degree where the words name one: an integrated law degree, a job site label, a name with "and"', () => {
    // B.A. LL.B. is one five-year programme and one award; "MBA/PGDM", "B.Tech/B.E." are one qualification's label.
    expect(read('B.A. & LL.B.')).toEqual([{ degree: 'B.A. & LL.B.', field: undefined, institution: undefined }]);
    expect(read('MBA / PGDM')).toEqual([{ degree: 'MBA / PGDM', field: undefined, institution: undefined }]);
    expect(read('Bachelor of Science and Technology')).toEqual([
      { degree: 'Bachelor of Science and Technology', field: undefined, institution: undefined },
    ]);
    expect(read('Master of Arts and Sciences')).toEqual([
      { degree: 'Master of Arts and Sciences', field: undefined, institution: undefined },
    ]);
    // A form's column of school levels is no second degree (the CSV resumes' "HSC Secondary & Higher Secondary").
    expect(read('May 2011 HSC Secondary & Higher Secondary  State Board of Secondary').map((e) => e.degree)).toEqual([
      'HSC',
    ]);
  });

  it('reads three joined degrees as three entries', () => {
    expect(read('B.Sc & M.Sc & Ph.D in Chemistry, University of Pune').map((entry) => entry.degree)).toEqual([
      'B.Sc',
      'M.Sc',
      'Ph.D',
    ]);
  });
});

describe('education mistakes seen on real résumés (#23)', () => {
  // Hand-written in the shapes of the documents named with each case (Kaggle resume PDFs' text, the
  // updated-resume-dataset CSV's "Education Details" form).
  it("keeps a degree's own short name in parentheses with the degree, not the field", () => {
    expect(read('Diplom-Ingenieur (Dipl.-Ing.) Elektrotechnik, TU Berlin, 2010')).toEqual([
      entry('Diplom-Ingenieur (Dipl.-Ing.)', 'Elektrotechnik', 'TU Berlin', undefined, '2010-01'),
    ]);
    // The Kaggle template's "Master of Business Administration (MBA) : General Management" (FITNESS/12019284).
    expect(read('Master of Business Administration (MBA) : General Management UNIVERSITY OF PHOENIX')).toEqual([
      entry('Master of Business Administration (MBA)', 'General Management', 'UNIVERSITY OF PHOENIX'),
    ]);
    // Not another degree's name, nor a field in parentheses.
    expect(read('B.Sc (Computer Science), Hill College')).toEqual([entry('B.Sc', 'Computer Science', 'Hill College')]);
  });

  it('takes no "TU" of a university\'s name for a state\'s code after the field ("Elektrotechnik, TU Berlin")', () => {
    expect(read('Diplom-Ingenieur Elektrotechnik, TU Berlin')).toEqual([
      entry('Diplom-Ingenieur', 'Elektrotechnik', 'TU Berlin'),
    ]);
    // A state's code after a town stays a place.
    expect(read('BS Biology Boston, MA Hill College')).toEqual([entry('BS', 'Biology', 'Hill College')]);
  });

  it('cuts the anonymised town with a state code off the field it follows ("Electrical Engineering City , IL")', () => {
    // ENGINEERING/12472574.
    expect(read('Technion University BS : Electrical Engineering City , IL')).toEqual([
      entry('BS', 'Electrical Engineering', 'Technion University'),
    ]);
  });

  it("reads a job site's place column of a two-word town ('Pimpri Chinchwad, MAHARASHTRA, IN') as the place", () => {
    // CSV row 747: the form's empty field column, then its place column.
    expect(read('January 2015 B.E  Pimpri Chinchwad, MAHARASHTRA, IN Pimpri Chinchwad College of Engineering')).toEqual(
      [entry('B.E', undefined, 'Pimpri Chinchwad College of Engineering', undefined, '2015-01')],
    );
    // A field written in its own column before the place (one space: the form's field) stays the field.
    expect(read('B.E Computer Science Pimpri, MAHARASHTRA, IN Hill College')).toEqual([
      entry('B.E', 'Computer Science', 'Hill College'),
    ]);
  });

  it('joins a school\'s name wrapped before its "of" phrase, up to a place where another school follows', () => {
    // ADVOCATE/11963737.
    expect(
      read(
        '1976\nBachelor of Science : Health and Physical Education Slippery Rock University\nof Pennsylvania Northampton Community College',
      ).map((found) => found.institution),
    ).toEqual(['Slippery Rock University of Pennsylvania', 'Northampton Community College']);
    expect(read('B.Tech, Indian Institute\nof Technology Delhi, 2012')).toEqual([
      entry('B.Tech', undefined, 'Indian Institute of Technology Delhi', undefined, '2012-01'),
    ]);
  });

  it('joins a school\'s name wrapped after its "of" (the name\'s words alone before a separator on the next line)', () => {
    // HR/11592605 ("New York Institute of / Technology ï¼ City").
    expect(read('BS in Physics, 2010, New York Institute of\nTechnology - Old Westbury')).toEqual([
      entry('BS', 'Physics', 'New York Institute of Technology', undefined, '2010-01'),
    ]);
    expect(read('MBA, Hill School of\nBusiness')).toEqual([entry('MBA', undefined, 'Hill School of Business')]);
  });

  it("cuts a postal address off the school's name", () => {
    // AGRICULTURE/17312146.
    expect(
      read('2000\n11400 Robinwood Drive, Hagerstown MD 21742 Hagerstown Community College\nAssociate of science'),
    ).toEqual([entry('Associate of science', undefined, 'Hagerstown Community College', undefined, '2000-01')]);
  });

  it('reads an entry written twice and dated once as one dated entry', () => {
    // Hand-written in the Kaggle template's flattened form: the first writing with the school, the second with the dates.
    const text = [
      'Bachelors of Arts : Business Administration HILLCREST UNIVERSITY ï¼ City , State , US HILLCREST UNIVERSITY, AUSTIN,',
      'TEXAS Bachelors of Arts in Business Administration, January 2012 to December 2014',
    ].join('\n');
    expect(read(text)).toEqual([
      entry('Bachelors of Arts', 'Business Administration', 'HILLCREST UNIVERSITY', '2012-01', '2014-12'),
    ]);
    // Another field is another entry.
    expect(read('BS : Biology Hill College\nBS in Chemistry, 2010 - 2014')).toHaveLength(2);
  });

  it('reads an entry the Kaggle template writes twice once, and keeps entries that differ', () => {
    // ACCOUNTANT/10554236: the same degree written again, in the plural.
    expect(
      read(
        'Northern Maine Community College 1994 Associate : Accounting City , State , USA\n\nEmphasis in Business\n\n1994 Associates : Accounting City , State , USA GPA: GPA: 3.41',
      ),
    ).toEqual([entry('Associate', 'Accounting', 'Northern Maine Community College', undefined, '1994-01')]);
    // CSV row 407: the form's row again with the field filled in.
    expect(
      read(
        'January 2016 to January 2018 MMS  Mumbai, Maharashtra University of Mumbai\nJanuary 2016 to January 2018 MMS Management Mumbai, Maharashtra University of Mumbai',
      ),
    ).toEqual([entry('MMS', 'Management', 'University of Mumbai', '2016-01', '2018-01')]);
    // Two degrees at one school in one year, and a school named only by its school's word, stay apart.
    expect(read('BS, Hill College, 2010\nBA, Hill College, 2010').map((found) => found.degree)).toEqual(['BS', 'BA']);
    expect(read('MS Hill College 2010\nMBA Hill College 2010').map((found) => found.degree)).toEqual(['MS', 'MBA']);
    // A line without a degree we know may name another degree than the one at its school (PUBLIC-RELATIONS/12567516).
    expect(
      read(
        'Bachelorof Science : Public Relations University of Texas\nBachelor of Journalism: Broadcast University of Texas',
      ),
    ).toHaveLength(2);
  });

  it('reads "Present" alone above an entry as its date, still going on', () => {
    // ENGINEERING/14049846, HEALTHCARE/13565152, ARTS/17325147: the Kaggle template's dates above their entries.
    const entries = parseEducationSection(
      'Present\nMaster of Science : Engineering Management Oklahoma Christian University ï¼ City , State\n2016\nBachelor of Technology : Chemical Engineering Sastra University',
      { now: NOW },
    );
    expect(entries.map((found) => [found.degree, found.end?.toISOString().slice(0, 7) ?? found.end])).toEqual([
      ['Master of Science', null],
      ['Bachelor of Technology', '2016-01'],
    ]);
  });

  it('ends the field before a minor or a count of credits', () => {
    // CONSULTANT/12526702, ADVOCATE/10659182, BUSINESS-DEVELOPMENT/10501991.
    expect(
      read('Bachelor of Science : Electrical Engineering Minor in Computer Science 1997 Northeastern University'),
    ).toEqual([
      entry('Bachelor of Science', 'Electrical Engineering', 'Northeastern University', undefined, '1997-01'),
    ]);
    expect(
      read('Bachelor of Arts : Psychology /minor Social Work GOVERNOR STATE UNIVERSITY').map((found) => found.field),
    ).toEqual(['Psychology']);
    expect(
      read('Ph.D. : Professional Sales 113 credit hours earned, Hill University').map((found) => found.field),
    ).toEqual(['Professional Sales']);
    // A field's own words stay ("Minor Surgery"; a word glued to the dot is no minor).
    expect(read('BS in Minor Surgery, Hill College').map((found) => found.field)).toEqual(['Minor Surgery']);
  });

  it('ends the school before the field the template writes again after it', () => {
    // AUTOMOBILE/18448085, CONSTRUCTION/12666174 (its "B.S.E" read by core since the dotted capitals are the degree's).
    expect(
      read('Bachelors of Engineering : Mechanical Engineering Osmania University Mechanical Engineering 3.33/4.00'),
    ).toEqual([entry('Bachelors of Engineering', 'Mechanical Engineering', 'Osmania University')]);
    expect(read('B.S.E : Civil Engineering , 1991 Colorado School of Mines Civil Engineering')).toEqual([
      entry('B.S.E', 'Civil Engineering', 'Colorado School of Mines', undefined, '1991-01'),
    ]);
    // Written again with more after it, or cut short by the line's end (Kaggle PDF texts: "University of Missouri
    // Educational Leadership and Policy Analysis Graduated", "John L. Grove College of Business Business
    // Administration/Office"); a month's number before the year is no word of the field.
    expect(
      read(
        'Master of Education : Educational Leadership and Policy Analysis University of Hillvale Educational Leadership and Policy Analysis Graduated',
      ),
    ).toEqual([entry('Master of Education', 'Educational Leadership and Policy Analysis', 'University of Hillvale')]);
    expect(
      read(
        'B.S.B.A : Business Administration/Office Administration 1993 Hill College of Business Business Administration/Office',
      ),
    ).toEqual([
      entry(
        'B.S.B.A',
        'Business Administration/Office Administration',
        'Hill College of Business',
        undefined,
        '1993-01',
      ),
    ]);
    expect(
      read(
        'Associate : Applied Science Secretarial Science 1 1981 Hill Community College Applied Science Secretarial Science',
      ).map((found) => found.institution),
    ).toEqual(['Hill Community College']);
    // One word written again may be the school's own ("… Science College").
    expect(read('BS : Science Hill University Science College').map((found) => found.institution)).toEqual([
      'Hill University Science College',
    ]);
    // A school named for the field keeps its name ("Institute of Hotel Management": what is left ends on "of").
    expect(read('Diploma in Hotel Management, International Institute of Hotel Management, 2006')).toEqual([
      entry('Diploma', 'Hotel Management', 'International Institute of Hotel Management', undefined, '2006-01'),
    ]);
  });

  it('gives joined degrees the field written before them ("Marketing BS & MS")', () => {
    expect(read('Marketing BS & MS')).toEqual([
      entry('BS', 'Marketing', undefined),
      entry('MS', 'Marketing', undefined),
    ]);
    expect(read('May 2016 BS & MS').map((found) => found.field)).toEqual([undefined, undefined]);
  });

  it("takes an honour society's name off the school's ('General Delta Mu Delta Suffolk University')", () => {
    // Kaggle PDF texts: "… Management Information Systems, General Delta Mu Delta Suffolk University - Sawyer School of",
    // "… Southern New Hampshire University Business Administration National Honor Society/Leadership and".
    expect(
      fields(
        'Master of Business Administration (MBA) : Management Information Systems, General Delta Mu Delta Hill University',
      ),
    ).toEqual([['Master of Business Administration (MBA)', 'Management Information Systems', 'Hill University']]);
    expect(fields('Bachelor of Arts : History Hill University National Honor Society/Leadership')).toEqual([
      ['Bachelor of Arts', 'History', 'Hill University'],
    ]);
  });

  it("cuts a label's word written right after the school's name ('Villanova University Certificate')", () => {
    // Kaggle PDF texts: "Mercer University Major: International Business", "2011 Villanova University Certificate",
    // "Metropolitan State University of Denver Skills: Proficient in …".
    expect(fields('MBA : International Business Hill University Major: International Business')).toEqual([
      ['MBA', 'International Business', 'Hill University'],
    ]);
    expect(fields('2011 Hill Valley University Certificate')).toEqual([
      ['Certificate', undefined, 'Hill Valley University'],
    ]);
    // Not where what is left names no school of its own.
    expect(fields('MS, University of Graduate')).toEqual([['MS', undefined, 'University of Graduate']]);
  });

  it('keeps "The" with "The University of …" after a degree, never as the field', () => {
    // Hand-written: the common "Bachelor of Arts, The University of Texas at Austin" read the field "The".
    expect(fields('Bachelor of Arts, The University of Hillvale at Austin')).toEqual([
      ['Bachelor of Arts', undefined, 'The University of Hillvale at Austin'],
    ]);
    expect(fields('BS Computer Science The University of Hillvale')).toEqual([
      ['BS', 'Computer Science', 'The University of Hillvale'],
    ]);
  });

  it('reads two degrees of different levels on one line, each after its school, as two entries', () => {
    // Kaggle PDF text (HEALTHCARE): "A.S : Nursing Columbus Technical College BSN. South University ï¼ City , State Nursing".
    expect(fields('A.A.S : Nursing Hill Technical College BSN. South Hill University ï¼ City , State Nursing')).toEqual(
      [
        ['A.A.S', 'Nursing', 'Hill Technical College'],
        ['BSN', undefined, 'South Hill University'],
      ],
    );
    // The same level written again after the school is the template's second writing of one degree.
    expect(fields('Bachelor of Science : Nursing Hill University Bachelor of Science in Nursing')).toEqual([
      ['Bachelor of Science', 'Nursing', 'Hill University'],
    ]);
  });

  it("ends a field glued before the school at 'Systems' or 'Work' ('Management Information Systems Cardinal …')", () => {
    // Kaggle PDF texts: "Bachelor of Science : Management Information Systems Cardinal Stritch University City , State",
    // "Social Work University of North Dakota ï¼ City , State".
    expect(
      fields('Bachelor of Science : Management Information Systems Cardinal Hill University ï¼ City , State'),
    ).toEqual([['Bachelor of Science', 'Management Information Systems', 'Cardinal Hill University']]);
    expect(fields('Social Work University of Hillvale ï¼ City , State')).toEqual([
      [undefined, 'Social Work', 'University of Hillvale'],
    ]);
  });

  it("ends a degree's 'of' phrase before a field's name it would cut in two ('… Leadership Human Resources')", () => {
    // Kaggle PDF text: "Master of Organizational Leadership Human Resources : Leadership Colorado State University".
    expect(read('Master of Business Administration Human Resources, Hill University')).toEqual([
      entry('Master of Business Administration', 'Human Resources', 'Hill University'),
    ]);
    expect(fields('Master of Public Health Policy Studies, Hill University')).toEqual([
      ['Master of Public Health', 'Policy Studies', 'Hill University'],
    ]);
    // A phrase that ends on a field's word keeps its words.
    expect(fields('Master of Fine Arts Creative Writing, Hill University')).toEqual([
      ['Master of Fine Arts', 'Creative Writing', 'Hill University'],
    ]);
  });

  it('reads a degree written twice, by its name and by its abbreviation, at one school and time as one entry', () => {
    // In the shape of an Indeed export (DataTurks): "Bachelor of Engineering in Engineering" then "B.E", the same school
    // and years.
    expect(
      read(
        'Bachelor of Engineering in Engineering\nHill Technical University (HTU) Jalhandar\n2012 to 2016\n\nB.E\nHill Technical University\n2012 to 2016',
      ),
    ).toEqual([entry('B.E', 'Engineering', 'Hill Technical University', '2012-01', '2016-12')]);
    // Other initials are another degree of the level (a double degree).
    expect(fields('Bachelor of Arts\nHill University\n2012 to 2016\n\nB.S.\nHill University\n2012 to 2016')).toEqual([
      ['Bachelor of Arts', undefined, 'Hill University'],
      ['B.S.', undefined, 'Hill University'],
    ]);
  });

  it("cuts a country or region written after the school's name ('MYSORE UNIVERSITY INDIA')", () => {
    // Kaggle PDF texts: "MYSORE UNIVERSITY INDIA", "Wilmington University Delaware", "University of Gujarat India".
    expect(read('MBA : Marketing, 2009 Hill University India')).toEqual([
      entry('MBA', 'Marketing', 'Hill University', undefined, '2009-01'),
    ]);
    expect(read('M.Sc Physics, University of Gujarat India').map((found) => found.institution)).toEqual([
      'University of Gujarat',
    ]);
    // A campus after a field's word, a place's own first word, a place after "of", a German name: the school's name.
    for (const name of [
      'National Institute of Technology Goa',
      'University of West Georgia',
      'Hill College of Engineering Kerala',
      'Freie Universität Berlin',
    ])
      expect(read(`B.Tech, ${name}`).map((found) => found.institution)).toEqual([name]);
  });

  it("cuts words before a school's name that end in a lower-case word ('Some coursework completed Del Mar College')", () => {
    // Kaggle PDF texts: "Some coursework completed Del Mar College ï¼ City , State", "BCIS degree Northlake College".
    expect(read('Some coursework completed Hill Valley College ï¼ City , State')).toEqual([
      entry(undefined, undefined, 'Hill Valley College'),
    ]);
    expect(read('BCIS degree Northlake College').map((found) => found.institution)).toEqual(['Northlake College']);
    // Not where the words cut name a school, nor where what is left opens with the school's word, nor a name in lower case.
    for (const name of [
      'Fore School of Management in collaboration with Hill Business School',
      'Narmada college of Science and Commerce',
      'Moledina high School & Jr. College',
      'swami Vivekananda school',
    ])
      expect(read(name).map((found) => found.institution)).toEqual([name]);
  });

  it('reads a field glued before the school on a line that names no degree (the template with its degree blank)', () => {
    // Kaggle PDF texts: "Social Work University of North Dakota ï¼ City , State", "Fire Science BAKERSFIELD COLLEGE".
    expect(read('Studio Arts Santa Monica College ï¼ City , State')).toEqual([
      entry(undefined, 'Studio Arts', 'Santa Monica College'),
    ]);
    expect(read('Fire Science BAKERSFIELD COLLEGE ï¼ City , State')).toEqual([
      entry(undefined, 'Fire Science', 'BAKERSFIELD COLLEGE'),
    ]);
    expect(read('General Studies University of Hill Valley ï¼ City , State')).toEqual([
      entry(undefined, 'General Studies', 'University of Hill Valley'),
    ]);
    // A school whose name opens with a field's word keeps it; so does one after a mark (a wrapped name's end).
    expect(read('Management Development Institute ï¼ City , State').map((found) => found.institution)).toEqual([
      'Management Development Institute',
    ]);
    expect(read('Engineering College Hillpur').map((found) => found.institution)).toEqual([
      'Engineering College Hillpur',
    ]);
    expect(read('Administration and Economics, Hill State University, NM.').map((found) => found.field)).toEqual([
      undefined,
    ]);
  });

  it('reads the anonymised town written without its state after a field or a school as the place, in neither (#23)', () => {
    // Hand-written in the layouts of Kaggle résumé PDFs (FITNESS/13675377, PUBLIC-RELATIONS/10554045, CONSULTANT/13215696):
    // the template's "City , State" with its state lost or wrapped to the next line.
    expect(fields('Hill Valley University B.A : Integrative Physiology City')).toEqual([
      ['B.A', 'Integrative Physiology', 'Hill Valley University'],
    ]);
    expect(fields('Hill Valley University 1982 Bachelors of Arts : Sociology City Sociology')).toEqual([
      ['Bachelors of Arts', 'Sociology', 'Hill Valley University'],
    ]);
    expect(fields('Business Development Hillpur Community College City ,').map(([, , school]) => school)).toEqual([
      'Hillpur Community College',
    ]);
    // A town's name before "City" and a school's word after it keep it.
    expect(fields('B.S. : Nursing 2010 Kansas City Kansas Community College').map(([, , school]) => school)).toEqual([
      'Kansas City Kansas Community College',
    ]);
    expect(fields('B.S. : Nursing 2010 University City High School').map(([, , school]) => school)).toEqual([
      'University City High School',
    ]);
  });

  it('reads a double slash between spaces as a separator between parts (#23)', () => {
    // Hand-written in the layout of a Kaggle résumé PDF (ADVOCATE/14064815: "Degree - School // City , State // year"), and
    // with a real place and between the degree's field and the school.
    expect(read('Master of Chiropractic - Hill Valley University // City , State // 2013')).toEqual([
      entry('Master of Chiropractic', undefined, 'Hill Valley University', undefined, '2013-01'),
    ]);
    expect(read('Bachelor of Science - Psychology Hill Valley University // Atlanta, GA // 2007')).toEqual([
      entry('Bachelor of Science', 'Psychology', 'Hill Valley University', undefined, '2007-01'),
    ]);
    expect(read('Bachelor of Science in Biology // Hill Valley University // 2007')).toEqual([
      entry('Bachelor of Science', 'Biology', 'Hill Valley University', undefined, '2007-01'),
    ]);
  });

  it("keeps the closing parenthesis of a school's note after a field glued to it (#23)", () => {
    // Hand-written in the layouts of Kaggle résumé PDFs (ENGINEERING/10985403 "… Illinois Institute of Technology (IIT) ï¼
    // City , State …", FINANCE/12071138 "… SOUTHERN NEW HAMPSHIRE UNIVERSITY (New Hampshire College Graduate School of
    // Business)"): "Degree : Field School (note)".
    expect(fields('MBA : Finance Hill University (HUB)')).toEqual([['MBA', 'Finance', 'Hill University (HUB)']]);
    expect(
      fields('Masters : Business Administration HILL STATE UNIVERSITY (Hill College Graduate School of Business)'),
    ).toEqual([
      ['Masters', 'Business Administration', 'HILL STATE UNIVERSITY (Hill College Graduate School of Business)'],
    ]);
    // A closing parenthesis that closes nothing still goes with its opening one.
    expect(fields('B.S. (Computer Science) Hill University')).toEqual([
      ['B.S.', 'Computer Science', 'Hill University'],
    ]);
  });
});

describe('a month written as a bare number before the year (#23)', () => {
  it("reads it as the degree's month, not as the field's last word", () => {
    // Hand-written in the layout of Kaggle résumé PDFs (livecareer's template writes the month as a number: AVIATION/12239749
    // "Bachelor of Arts , History and Philosophy 5 2008 University of …", DIGITAL-MEDIA/13343786 "B.S : Human Resources
    // Management 12 2012 …", APPAREL/14413257 "Bachelor of Arts : 5 2012 …").
    expect(read('Bachelor of Arts , History and Philosophy 5 2008 Hill Valley University ï¼ City , State')).toEqual([
      entry('Bachelor of Arts', 'History and Philosophy', 'Hill Valley University', undefined, '2008-05'),
    ]);
    expect(
      read('B.S : Human Resources Management 12 2012 Hill Valley University - Human Resources Management'),
    ).toEqual([entry('B.S', 'Human Resources Management', 'Hill Valley University', undefined, '2012-12')]);
    expect(read('Bachelor of Arts : 5 2012 Hill Valley College - City , State')).toEqual([
      entry('Bachelor of Arts', undefined, 'Hill Valley College', undefined, '2012-05'),
    ]);
    // Hand-written: a class and a day written before the year are no month (the year alone is read, as before).
    expect(read('Class 12 2010 Hill Valley Public School').map((found) => found.end)).toEqual(['2010-01']);
    expect(read('Completed Apr 11 2017 at Hill Valley University').map((found) => found.end)).toEqual(['2017-01']);
  });
});

describe('an entry the template writes twice, first with its year alone (#23)', () => {
  it('is one entry, dated by the second writing', () => {
    // Hand-written in the layouts of Kaggle résumé PDFs (AUTOMOBILE/11887930 "The University of Texas at San Antonio 1999
    // Bachelor of Arts : Criminal Justice …" then "…, 1996-1999 Bachelor of Arts in Criminal Justice"; AVIATION/13234267
    // "Master's : Aeronautical Sciences , 2011 Embry-Riddle …" then "… Master's Degree 09/2011 …").
    expect(
      read(
        [
          'Hill Valley University 1999 Bachelor of Arts : Criminal Justice City , State , US Hill Valley',
          'University, 1996-1999 Bachelor of Arts in Criminal Justice, Cum Laude, 3.63 GPA,',
        ].join('\n'),
      ),
    ).toEqual([entry('Bachelor of Arts', 'Criminal Justice', 'Hill Valley University', '1996-01', '1999-12')]);
    expect(
      read(
        [
          "Master's : Aeronautical Sciences , 2011 Hill Valley University ï¼ City , State , US",
          '',
          "Hill Valley University Daytona Beach, FL United States Master's Degree 09/2011 Major: Aeronautical Sciences",
        ].join('\n'),
      ),
    ).toEqual([entry("Master's", 'Aeronautical Sciences', 'Hill Valley University', undefined, '2011-09')]);
    // Two degrees of other years stay two.
    expect(
      read(
        'Bachelor of Arts : History , 1995 Hill Valley University\nMaster of Arts : History , 1996-1998 Hill Valley University',
      ),
    ).toHaveLength(2);
  });
});

describe("a US state's code and ZIP code on an entry's line (#23)", () => {
  it('is a place, not the school', () => {
    // Hand-written in the layout of a Kaggle résumé PDF (HEALTHCARE/10480456: the school's address wraps before
    // "PA 17604", and the line goes on with the degree written again).
    const text = [
      'B.A. : Chemistry Hill Valley College City , State , US Hill Valley College, LANCASTER,',
      'PA 17604 B.A., Chemistry (American Chemical Society Certified)',
    ].join('\n');
    expect(fields(text)).toEqual([
      ['B.A.', 'Chemistry', 'Hill Valley College'],
      ['B.A.', 'Chemistry (American Chemical Society Certified)', undefined],
    ]);
  });
});

describe("a school's name before its place on a line of its own (#23)", () => {
  it('is the school, not a place left out', () => {
    // Hand-written: the school's line under the degree, as US résumés write it, and as a Kaggle résumé PDF writes one
    // (TEACHER/16820422 "Holderness School, Plymouth, NH, June 2007").
    expect(fields('M.S. in Chemistry\nHill Valley University, CA\n1987')).toEqual([
      ['M.S.', 'Chemistry', 'Hill Valley University'],
    ]);
    expect(fields('M.S. in Chemistry\nUniversity of Hill Valley, Austin, TX\n1987')).toEqual([
      ['M.S.', 'Chemistry', 'University of Hill Valley'],
    ]);
    expect(fields('M.S. : Chemistry , 1987\nHill Valley University, Newark, DE 19711-2542')).toEqual([
      ['M.S.', 'Chemistry', 'Hill Valley University'],
    ]);
    expect(fields('Hill Valley School, Plymouth, NH, June 2007')).toEqual([
      [undefined, undefined, 'Hill Valley School'],
    ]);
    // A town named after a school is a place; so is a school's word cut from its name ("Illinois" read as a region).
    expect(fields('M.S. in Chemistry\nCollege Park, MD\n1987')).toEqual([['M.S.', 'Chemistry', undefined]]);
    expect(fields('Graduate Level Courses, Marketing, Illinois Institute of Technology, Chicago, IL, 1997')).toEqual(
      [],
    );
  });
});

describe("a field written before the date and again at the end of a school's line (#23)", () => {
  it("is the field, not the end of the school's name", () => {
    // Hand-written in the layouts of Kaggle résumé PDFs (AUTOMOBILE/14508237 "General Studies November 2012 Cedar Valley
    // Community College General Studies", CONSULTANT/15083600 "Accounting 1983 Long Island University ï¼ City , State ,
    // USA Accounting": the template with its degree left blank).
    expect(read('General Studies November 2012 Hill Valley Community College General Studies')).toEqual([
      entry(undefined, 'General Studies', 'Hill Valley Community College', undefined, '2012-11'),
    ]);
    expect(fields('Accounting 1983 Hill Valley University ï¼ City , State , USA Accounting')).toEqual([
      [undefined, 'Accounting', 'Hill Valley University'],
    ]);
    // Words before the date that the line does not write again are no field.
    expect(fields('Evening classes 1983 Hill Valley University ï¼ City , State')).toEqual([
      [undefined, undefined, 'Hill Valley University'],
    ]);
  });
});

describe("a school's word or a field's last word glued onto the word next to it (#23)", () => {
  it('is set apart', () => {
    // Hand-written in the layouts of Kaggle résumé PDFs, whose text (pdf.js) glues words the layout set apart without a
    // space character ("PilgrimHigh School", "SalemCollege", "Public Relations and JournalismSeton Hall University").
    expect(fields('High School Diploma : 1987 HillvaleHigh School ï¼ City , State')).toEqual([
      ['High School Diploma', undefined, 'Hillvale High School'],
    ]);
    expect(fields('Bachelor of Arts : History , May 2005 HillvaleCollege ï¼ City , State')).toEqual([
      ['Bachelor of Arts', 'History', 'Hillvale College'],
    ]);
    expect(fields('Bachelor of Arts : Public Relations and JournalismHill Valley University')).toEqual([
      ['Bachelor of Arts', 'Public Relations and Journalism', 'Hill Valley University'],
    ]);
    // A name written in camel case that glues no such word stays whole.
    expect(fields('B.A : Computer Science 1985 LaSalle University')).toEqual([
      ['B.A', 'Computer Science', 'LaSalle University'],
    ]);
  });
});

describe('a middle dot between a school and its degree (#23)', () => {
  it('separates them, as LinkedIn exports write "School · Degree, Field"', () => {
    // Hand-written in the format of a LinkedIn profile's export.
    expect(fields('University of Waterloo · BSc, Computer Science\n2010 – 2014')).toEqual([
      ['BSc', 'Computer Science', 'University of Waterloo'],
    ]);
  });
});

describe('places and qualifications written after the school (#23)', () => {
  it('drops a town in parentheses after a school named in another language than English (the entry has no place)', () => {
    expect(fields('Grado en Economía, Universidad de Granada (Granada), 2012 – 2016')).toEqual([
      ['Grado', 'Economía', 'Universidad de Granada'],
    ]);
    expect(
      fields('10/2010 – 09/2015  Technische Universität München (München)\nMaster of Science, Informatik'),
    ).toEqual([['Master of Science', 'Informatik', 'Technische Universität München']]);
    // An English name keeps what it writes in parentheses: a campus, an affiliation.
    expect(fields('B.Tech, Anurag College of Engineering (Jntuh), 2014')[0]?.[2]).toBe(
      'Anurag College of Engineering (Jntuh)',
    );
  });

  it("reads a Russian diploma's qualification after the school's name as the degree, not a town", () => {
    expect(fields('2010 – 2015  Московский государственный университет, экономист')).toEqual([
      ['экономист', undefined, 'Московский государственный университет'],
    ]);
    expect(fields('2008 – 2013  Уральский федеральный университет, юрист')).toEqual([
      ['юрист', undefined, 'Уральский федеральный университет'],
    ]);
    expect(fields('2010 – 2015  Бакалавр, Московский государственный университет, г. Москва')[0]?.[0]).toBe('Бакалавр');
  });
});

describe('labelled lines and Europass places in an education entry (#23)', () => {
  it('reads the field from a labelled line below the school, and a Russian qualification as the degree', () => {
    expect(
      fields(
        '2009 – 2014  Российский экономический университет им. Г. В. Плеханова\nСпециальность: Финансы и кредит, квалификация: экономист',
      ),
    ).toEqual([['экономист', 'Финансы и кредит', 'Российский экономический университет им. Г. В. Плеханова']]);
    expect(fields('2012 – 2016  Universidad de Sevilla\nEspecialidad: Economía Aplicada')).toEqual([
      [undefined, 'Economía Aplicada', 'Universidad de Sevilla'],
    ]);
    // A degree and a field already read stay.
    expect(fields('2014 – 2018  BA in History, University of Leeds\nMajor: Economics')).toEqual([
      ['BA', 'History', 'University of Leeds'],
    ]);
  });

  it('drops the Europass "Town (Country)" after the school\'s comma, not a name that goes on', () => {
    expect(fields('09/2012 – 06/2017  Master en Communication\nSciences Po, Paris (France)')).toEqual([
      ['Master', 'Communication', 'Sciences Po'],
    ]);
    expect(fields("2010 – 2014  BA, History\nSt John's College, Cambridge (Trinity Term)")[0]?.[2]).toBe(
      "St John's College, Cambridge (Trinity Term)",
    );
  });
});

describe('Dutch and Polish education headings (#23)', () => {
  const schools = (text: string) =>
    parseResumeText(text, { now: NOW }).education.map((entry) => [entry.degree, entry.field, entry.institution]);

  it('reads the education under "Opleiding" and "Wykształcenie i szkolenia"', () => {
    expect(
      schools(
        'Sanne de Vries\nsanne@example.nl\n\nOpleiding\n2014 – 2018  Master of Science Econometrie, Erasmus Universiteit Rotterdam\n',
      ),
    ).toEqual([['Master of Science', 'Econometrie', 'Erasmus Universiteit Rotterdam']]);
    expect(
      schools(
        'Anna Kowalska\nanna@example.pl\n\nWYKSZTAŁCENIE I SZKOLENIA\n10/2012 – 06/2017          Magister, Finanse i Rachunkowość\n                           Szkoła Główna Handlowa w Warszawie (Polska)\n',
      ),
    ).toEqual([['Magister', 'Finanse i Rachunkowość', 'Szkoła Główna Handlowa w Warszawie']]);
  });
});

// Hand-written: US (Harvard, MIT), Australian, Czech, Polish, Austrian, German and Italian degree lines, and the shapes of
// non-held-out Kaggle résumé PDFs (FINANCE: "MST/Taxation", ENGINEERING: "M. S : Computer Science", CHEF: "AOS :").
describe('degrees from more countries, read from core’s list', () => {
  it.each([
    ['A.B. in Economics, Harvard College, 2012', [['A.B.', 'Economics', 'Harvard College']]],
    ['Harvard College\nA.B., Economics, 2008 - 2012', [['A.B.', 'Economics', 'Harvard College']]],
    ['S.M., MIT, 2015', [['S.M.', undefined, 'MIT']]],
    ['BIT in Software Engineering, Deakin University', [['BIT', 'Software Engineering', 'Deakin University']]],
    ['MPP, Harvard Kennedy School, 2019', [['MPP', undefined, 'Harvard Kennedy School']]],
    ['Mgr. Psychologie, Univerzita Karlova', [['Mgr.', 'Psychologie', 'Univerzita Karlova']]],
    ['Ing., Vysoké učení technické v Brně, 2012', [['Ing.', undefined, 'Vysoké učení technické v Brně']]],
    ['mgr inż., Politechnika Warszawska, 2016', [['mgr inż.', undefined, 'Politechnika Warszawska']]],
    ['Licencjat, Uniwersytet Jagielloński', [['Licencjat', undefined, 'Uniwersytet Jagielloński']]],
    ['Mag. phil., Universität Wien', [['Mag. phil.', undefined, 'Universität Wien']]],
    ['Dipl.-Betriebsw. (FH), Hochschule München', [['Dipl.-Betriebsw. (FH)', undefined, 'Hochschule München']]],
    [
      'Diploma di Laurea in Giurisprudenza, Università di Bologna',
      [['Diploma di Laurea', 'Giurisprudenza', 'Università di Bologna']],
    ],
    ['MST/Taxation, Hill University', [['MST', 'Taxation', 'Hill University']]],
    ['M. S : Computer Science , 1989 Hill College', [['M. S', 'Computer Science', 'Hill College']]],
    [
      'AOS : Culinary Arts & Hospitality Management , 1997\nHill Culinary Academy',
      [['AOS', 'Culinary Arts & Hospitality Management', 'Hill Culinary Academy']],
    ],
  ])('reads %j', (text, expected) => {
    expect(fields(text)).toEqual(expected);
  });

  it('reads a degree glued to its year as the degree and the year ("B.Com2005")', () => {
    expect(read('B.Com2005 Osmania University')).toEqual([
      entry('B.Com', undefined, 'Osmania University', undefined, '2005-01'),
    ]);
    expect(read('Osmania University\nMBA2012')).toEqual([
      entry('MBA', undefined, 'Osmania University', undefined, '2012-01'),
    ]);
  });

  it.each([
    ['MUDr., Univerzita Karlova, 2008', [['MUDr.', undefined, 'Univerzita Karlova']]],
    ['JUDr. Právo, Univerzita Karlova', [['JUDr.', 'Právo', 'Univerzita Karlova']]],
    ['RNDr., Masarykova univerzita, 2012', [['RNDr.', undefined, 'Masarykova univerzita']]],
    ['PaedDr., Univerzita Komenského v Bratislave', [['PaedDr.', undefined, 'Univerzita Komenského v Bratislave']]],
  ])("reads the Czech and Slovak doctor's title %j as the degree", (text, expected) => {
    expect(fields(text)).toEqual(expected);
  });

  it('reads the engineer\'s title spelt out ("Inžinier", "Inženýr") as the degree, and a job title with it as none', () => {
    expect(
      fields('Slovenská technická univerzita v Bratislave\nInžinier, Aplikovaná informatika\n2005 – 2010'),
    ).toEqual([['Inžinier', 'Aplikovaná informatika', 'Slovenská technická univerzita v Bratislave']]);
    expect(fields('Inženýr, České vysoké učení technické v Praze, 2012')).toEqual([
      ['Inženýr', undefined, 'České vysoké učení technické v Praze'],
    ]);
    // The Slovak and Czech engineer is a master's (Ing.), the Polish one a first-cycle degree (inż.).
    expect(highestDegreeLevel(['Inžinier, Žilinská univerzita, 2010'], { mode: 'education' })).toBe('master');
    // "Inżynier oprogramowania" (software engineer) under the education heading is no degree.
    expect(read('Inżynier oprogramowania\nComarch S.A., Kraków\n2016 – 2020')).toEqual([]);
    const resume = parseResumeText(
      'Jan Kowalski\njan@example.pl\n\nDoświadczenie zawodowe\nStarszy inżynier oprogramowania\nComarch S.A., Kraków\n2016 – 2020\n\nWykształcenie\nPolitechnika Gdańska\nInżynier, Automatyka i Robotyka\n2006 – 2010\n',
      { now: NOW },
    );
    expect(resume.experience.map((entry) => entry.title)).toEqual(['Starszy inżynier oprogramowania']);
    expect(resume.education.map((entry) => [entry.degree, entry.field, entry.institution])).toEqual([
      ['Inżynier', 'Automatyka i Robotyka', 'Politechnika Gdańska'],
    ]);
  });

  it('reads a school written as its acronym and its town ("ČVUT v Praze", "AGH w Krakowie") as the school, not the field', () => {
    // Hand-written entries in the shapes Czech, Slovak and Polish CVs write; each gave no school before, or took the
    // school for the field.
    expect(fields('2010 – 2015\nČVUT v Praze\nIng., Informatika')).toEqual([['Ing.', 'Informatika', 'ČVUT v Praze']]);
    expect(fields('Ing., ČVUT v Praze, 2010')).toEqual([['Ing.', undefined, 'ČVUT v Praze']]);
    expect(fields('Bc., VŠE v Praze, 2008')).toEqual([['Bc.', undefined, 'VŠE v Praze']]);
    expect(fields('mgr inż., UW w Warszawie, 2016')).toEqual([['mgr inż.', undefined, 'UW w Warszawie']]);
    expect(fields('2018 – 2020\nmgr inż. Informatyka\nPWr we Wrocławiu')).toEqual([
      ['mgr inż.', 'Informatyka', 'PWr we Wrocławiu'],
    ]);
    // The Polish "we" before a town is no English "we": the school's line is no sentence.
    expect(fields('2018 – 2020\nUniwersytet Ekonomiczny we Wrocławiu\nmgr, Finanse i Rachunkowość')).toEqual([
      ['mgr', 'Finanse i Rachunkowość', 'Uniwersytet Ekonomiczny we Wrocławiu'],
    ]);
  });

  it('reads no school in an English degree or acronym before "w"/"v" and a word that is no town in the locative', () => {
    // "w Honours" (with honours) after a degree, "IBM v Smith" (versus): the word after is no locative ("Praze",
    // "Krakowie", "Wrocławiu", "Olomouci", "Banskej Bystrici", "Katowicach").
    expect(fields('BSc w Honours\nUniversity of Leeds, 2015')).toEqual([['BSc', undefined, 'University of Leeds']]);
    expect(fields('MSc w Distinction\nUniversity of Bath, 2016')).toEqual([['MSc', undefined, 'University of Bath']]);
    for (const school of ['UPOL v Olomouci', 'UMB v Banskej Bystrici', 'UŚ w Katowicach', 'VUT v Brně'])
      expect(fields(`Ing., ${school}, 2010`), school).toEqual([['Ing.', undefined, school]]);
  });

  it('reads Czech, Slovak and Polish secondary schools by their words (gymnázium, liceum, technikum, škola)', () => {
    for (const school of [
      'Gymnázium Christiana Dopplera',
      'Gymnázium v Brně',
      'II Liceum Ogólnokształcące w Gdyni',
      'Technikum Łączności w Krakowie',
      'Zespół Szkół Elektronicznych w Warszawie',
      'Střední průmyslová škola elektrotechnická',
    ])
      expect(
        read(`2006 – 2010\n${school}`).map((found) => found.institution),
        school,
      ).toEqual([school]);
    // "Školení" (training) is no school.
    expect(read('2019\nŠkolení Scrum').map((found) => found.institution)).not.toEqual(['Školení Scrum']);
  });

  it('reads no degree in a job title written under the education heading ("Stanowisko: Inżynier", "Inżynier w firmie …")', () => {
    expect(read('Stanowisko: Inżynier')).toEqual([]);
    expect(read('Inżynier w firmie ABB Sp. z o.o.\n2014 – 2015')).toEqual([]);
    expect(fields('Politechnika Warszawska, inżynier, Informatyka, 2015–2019')).toEqual([
      ['inżynier', 'Informatyka', 'Politechnika Warszawska'],
    ]);
  });

  it("keeps a doctor's title before the person's name in the name, and reads the titles in the education section", () => {
    const resume = parseResumeText(
      'MUDr. Jan Novák\njan.novak@example.com\n\nEducation\nMUDr., Univerzita Karlova, 2008\n\nExperience\n2008 - 2020 Lékař, Nemocnice Na Homolce\n',
      { now: NOW },
    );
    expect(resume.contact.name).toBe('MUDr. Jan Novák');
    expect(resume.education.map((entry) => [entry.degree, entry.institution])).toEqual([
      ['MUDr.', 'Univerzita Karlova'],
    ]);
    expect(fields('Vedoucí práce: RNDr. Petr Svoboda\nRNDr., Masarykova univerzita, 2012')).toEqual([
      ['RNDr.', undefined, 'Masarykova univerzita'],
    ]);
  });

  it("reads the spelt-out degree's initials in parentheses after it as its short name, not the field", () => {
    expect(fields('Bachelor of Information Technology (BIT), Deakin University, 2015')).toEqual([
      ['Bachelor of Information Technology (BIT)', undefined, 'Deakin University'],
    ]);
    expect(fields('Bachelor of Information Systems (B.I.S.)\nDeakin University 2015')).toEqual([
      ['Bachelor of Information Systems (B.I.S.)', undefined, 'Deakin University'],
    ]);
    // Other capitals in parentheses are still the field.
    expect(fields('Bachelor of Engineering (ECE), Anna University, 2015')).toEqual([
      ['Bachelor of Engineering', 'ECE', 'Anna University'],
    ]);
  });

  it('reads a spelt-out degree\'s initials in parentheses as its short name, not a school\'s ("(MIT)")', () => {
    // MIT is a school's short name elsewhere; after "Master of Information Technology" it is the degree's own.
    expect(fields('Master of Information Technology (MIT), Hill University, 2019')).toEqual([
      ['Master of Information Technology (MIT)', undefined, 'Hill University'],
    ]);
    expect(fields('Master of Information Technology (MIT)\nHill University\n2017 - 2019')).toEqual([
      ['Master of Information Technology (MIT)', undefined, 'Hill University'],
    ]);
    expect(fields('Hill University\nMaster of Information Technology (MIT)\n2017 - 2019')).toEqual([
      ['Master of Information Technology (MIT)', undefined, 'Hill University'],
    ]);
    // Initials that are not the degree's still name the school.
    expect(fields('Master of Engineering (MIT), 2015')).toEqual([['Master of Engineering', undefined, 'MIT']]);
    expect(fields('Master of Information Technology, MIT, 2015')).toEqual([
      ['Master of Information Technology', undefined, 'MIT'],
    ]);
  });

  it('reads the field after the Czech and Slovak "v oboru"/"v odbore" and "Obor:"', () => {
    expect(fields('Ing., Vysoké učení technické v Brně, v oboru Informatika')).toEqual([
      ['Ing.', 'Informatika', 'Vysoké učení technické v Brně'],
    ]);
    expect(fields('Ing., Slovenská technická univerzita v Bratislave, v odbore Aplikovaná informatika, 2010')).toEqual([
      ['Ing.', 'Aplikovaná informatika', 'Slovenská technická univerzita v Bratislave'],
    ]);
    expect(fields('2008 - 2013\nMgr., Univerzita Karlova\nObor: Psychologie')).toEqual([
      ['Mgr.', 'Psychologie', 'Univerzita Karlova'],
    ]);
  });

  it('reads a Czech CV whose education heading is "Vzdělání"', () => {
    const resume = parseResumeText(
      'Jan Novák\njan.novak@example.com\n\nVzdělání\nIng., Vysoké učení technické v Brně, v oboru Informatika, 2012\n',
      { now: NOW },
    );
    expect(resume.education.map((entry) => [entry.degree, entry.field, entry.institution])).toEqual([
      ['Ing.', 'Informatika', 'Vysoké učení technické v Brně'],
    ]);
  });

  it('reads a field set apart from the degree by a slash alone ("B.Tech/Computer Science")', () => {
    expect(fields('B.Tech/Computer Science, Hill Institute of Technology')).toEqual([
      ['B.Tech', 'Computer Science', 'Hill Institute of Technology'],
    ]);
  });

  it("reads no degree in a supervisor's titled name, an institute's or a college's initials", () => {
    expect(fields('Vedoucí práce: Mgr. Jan Novák\nMgr., Univerzita Karlova, 2015')).toEqual([
      ['Mgr.', undefined, 'Univerzita Karlova'],
    ]);
    expect(read('BIT Mesra\nB.Tech in Electrical Engineering\n2012 - 2016').map((found) => found.degree)).toEqual([
      'B.Tech',
    ]);
    expect(fields('S.B. Patil College of Engineering, Pune\nB.E. Civil Engineering, 2014')).toEqual([
      ['B.E.', 'Civil Engineering', 'S.B. Patil College of Engineering, Pune'],
    ]);
  });

  it("keeps a title before the person's name in the name, and reads the titles in the education section", () => {
    const resume = parseResumeText(
      'Ing. Jan Novák\njan.novak@example.com\n\nEducation\nIng., Vysoké učení technické v Brně, 2012\nBc., Vysoké učení technické v Brně, 2010\n\nExperience\n2015 - 2020 Analyst, Hill s.r.o.\n',
      { now: NOW },
    );
    expect(resume.contact.name).toBe('Ing. Jan Novák');
    expect(resume.education.map((entry) => [entry.degree, entry.institution])).toEqual([
      ['Ing.', 'Vysoké učení technické v Brně'],
      ['Bc.', 'Vysoké učení technické v Brně'],
    ]);
    expect(
      highestDegreeLevel(
        resume.education.map((entry) => entry.degree ?? ''),
        { mode: 'education' },
      ),
    ).toBe('master');
  });
});

// parseEducationSection is public: called on a section's text it reads a form's fields as parseResumeText does.
describe('parseEducationSection on fields written as a form', () => {
  it('reads fields set apart on one line, and a label above its value, without the labels', () => {
    const expected = [entry('B.Tech', undefined, 'Anna University', undefined, '2014-01')];
    expect(read('University: Anna University | Degree: B.Tech | Year: 2014')).toEqual(expected);
    expect(read('University:\nAnna University\nDegree:\nB.Tech\nYear:\n2014')).toEqual(expected);
    const section = 'Degree: B.Tech | University: Anna University | Year: 2014';
    expect(parseEducationSection(section, { now: NOW })).toEqual(
      parseResumeText(`Ravi Kumar\nravi@example.com\n\nEDUCATION\n${section}\n`, { now: NOW }).education,
    );
  });
});

// A form's fields under an education heading: a position's label ("Cargo", Spanish) names a title, never a degree.
describe("a position's label in an education section", () => {
  it("reads no degree from the value after a position's or an employer's label", () => {
    expect(read('Universidad de Chile\nCargo: Ingeniero\n2010 - 2015')).toEqual([
      entry(undefined, undefined, 'Universidad de Chile', '2010-01', '2015-12'),
    ]);
    expect(fields('Universidad de Chile\nIngeniero Civil\n2010 - 2015')).toEqual([
      ['Ingeniero', 'Civil', 'Universidad de Chile'],
    ]);
  });
});

// Microsoft's products after "MS" on a line under an education heading (a Kaggle ARTS résumé's software line).
describe('a Microsoft product after MS in an education section', () => {
  it('reads no degree from "MS Publisher", "MS-Excel" or "MS OFFICE"', () => {
    const school = ['Bachelor of Arts', 'Human Resources Management', 'Central University College'];
    for (const line of ['MS Project and MS Publisher.', 'Proficient in MS-Excel and MS-Word', 'MS OFFICE, MS ACCESS'])
      expect(
        fields(`Bachelor of Arts in Human Resources Management\nCentral University College, 2003\n${line}`),
        line,
      ).toEqual([school]);
  });
});

// Hand-written in the layouts of the updated-resume-dataset's education lines and of French CVs.
describe('school-leaving and French degree forms', () => {
  it.each([
    [
      'August 2018 to January 2021 Entermediate Maths Mumbai, Maharashtra Sunbeam academy , samne ghat , varanasi',
      [['Entermediate', 'Maths', 'Sunbeam academy']],
    ],
    [' DIM Business Management  IGNOU', [['DIM', 'Business Management', 'IGNOU']]],
    ['Master 2 Finance, Université Paris-Dauphine\n2012', [['Master 2', 'Finance', 'Université Paris-Dauphine']]],
    ['Master 1 Droit des affaires\nUniversité Lyon 3', [['Master 1', 'Droit des affaires', 'Université Lyon 3']]],
    ['Licence 3 Économie, Université de Lille', [['Licence 3', 'Économie', 'Université de Lille']]],
    ['M2 Finance de marché, Université Paris-Dauphine', [['M2', 'Finance de marché', 'Université Paris-Dauphine']]],
    ['Ingénieur, École Centrale Paris, 2012', [['Ingénieur', undefined, 'École Centrale Paris']]],
    // A French job title under the education heading is no degree.
    ['Ingénieur logiciel, Capgemini, 2015 - 2018', []],
    [
      'Magister Artium, Germanistik, Universität Heidelberg',
      [['Magister Artium', 'Germanistik', 'Universität Heidelberg']],
    ],
    ['Master, École Centrale Paris, 2012', [['Master', undefined, 'École Centrale Paris']]],
    [
      'Bacharel em Ciência da Computação - Universidade Federal de Minas Gerais (UFMG), 2012',
      [['Bacharel', 'Ciência da Computação', 'Universidade Federal de Minas Gerais (UFMG)']],
    ],
    // Pakistan's intermediate, its stream, and a school's name that opens with a shortened word.
    [
      'Intermediate (Pre-Engineering), Govt. College Lahore, 2009',
      [['Intermediate', 'Pre-Engineering', 'Govt. College Lahore']],
    ],
    ['F.Sc (Pre-Medical)\nGovt. College Lahore\n2009', [['F.Sc', 'Pre-Medical', 'Govt. College Lahore']]],
    [
      'Certificate in Medical Technology : 1999 Carolinas College of Health Sciences - City , State\nB.S : Biology 1998 Univ. of South Carolina - State Biology GPA: 3.4',
      [
        ['Certificate', 'Medical Technology', 'Carolinas College of Health Sciences'],
        ['B.S', 'Biology', 'Univ. of South Carolina'],
      ],
    ],
  ])('reads %j', (text, expected) => {
    expect(fields(text)).toEqual(expected);
  });
});

// Hand-written in the Kaggle PDFs' template ("Degree : Field School ï¼ City , State") and in European, Latin American
// and Russian CVs' "Degree, School" lines.
describe('a school known by its acronym', () => {
  it.each([
    ['MBA, INSEAD\n2015 - 2016', [['MBA', undefined, 'INSEAD']]],
    ['MSc Economics, LSE', [['MSc', 'Economics', 'LSE']]],
    ['Licenciatura en Economía, ITAM', [['Licenciatura', 'Economía', 'ITAM']]],
    ['Pós-graduação em Gestão de Projetos, FGV, 2015', [['Pós-graduação', 'Gestão de Projetos', 'FGV']]],
    ['Grado en Ingeniería Informática, UPC, Barcelona', [['Grado', 'Ingeniería Informática', 'UPC']]],
    [
      'Бакалавр по направлению «Прикладная информатика», РЭУ им. Г.В. Плеханова, 2014',
      [['Бакалавр', 'Прикладная информатика', 'РЭУ им. Г.В. Плеханова']],
    ],
    ['Магистр по направлению подготовки Экономика, СПбГУ, 2016', [['Магистр', 'Экономика', 'СПбГУ']]],
    [
      'Magister inżynier, Automatyka i Robotyka, AGH w Krakowie',
      [['Magister inżynier', 'Automatyka i Robotyka', 'AGH w Krakowie']],
    ],
    [
      'Magíster en Administración de Empresas (MBA), Universidad Adolfo Ibáñez',
      [['Magíster', 'Administración de Empresas', 'Universidad Adolfo Ibáñez']],
    ],
    ['Магистр, Международные отношения, МГИМО', [['Магистр', 'Международные отношения', 'МГИМО']]],
    [
      'Bachelor of Science : Nursing SUNY Hillcrest ï¼ City , State',
      [['Bachelor of Science', 'Nursing', 'SUNY Hillcrest']],
    ],
    ['MBA , HR Walsh College - City , State', [['MBA', 'HR', 'Walsh College']]],
    ['B.Sc IT Mumbai University\n2012', [['B.Sc', 'IT', 'Mumbai University']]],
    // A college named by capitals that are also a field's keeps them.
    ['MBA, HR College of Commerce, Mumbai', [['MBA', undefined, 'HR College of Commerce']]],
  ])('reads %j', (text, expected) => {
    expect(fields(text)).toEqual(expected);
  });
});

// Helper 242's audit of UpdatedResumeDataSet rows: row 455 writes "Bachelor of Technology Information Technology branch",
// row 482 "description - ACADEMIA" above "• Matric" (the heading was read as the school).
describe("a field's closing 'branch' and a school's word alone", () => {
  it.each<[string, (string | undefined)[][]]>([
    [
      'January 2014 Bachelor of Technology Information Technology branch  BPUT University',
      [['Bachelor of Technology', 'Information Technology', 'BPUT University']],
    ],
    ['B.E. Mechanical stream, Pune University', [['B.E.', 'Mechanical', 'Pune University']]],
    [
      'description - ACADEMIA\n• Matric\n• Diploma in Electrical Engineering',
      [
        ['Matric', undefined, undefined],
        ['Diploma', 'Electrical Engineering', undefined],
      ],
    ],
    ['ACADEMIA\n• Matric', [['Matric', undefined, undefined]]],
    // An acronym among the school's words names a school.
    ['IIT\nB.Tech Computer Science', [['B.Tech', 'Computer Science', 'IIT']]],
    ['B.Sc, Academia Sinica', [['B.Sc', undefined, 'Academia Sinica']]],
  ])('reads %j', (text, expected) => {
    expect(fields(text)).toEqual(expected);
  });
});

// Hand-written in the Kaggle PDFs' template, whose degree slot may hold a certificate's first word alone.
describe("a certificate's first word in the degree's slot", () => {
  it('reads the certificate the line writes out, not a degree', () => {
    const text =
      'Master : 2014 Six Sigma Villanova University ï¼ City , State , US Master Certificate in Six Sigma Villanova University - Villanova, PA 2014 to\n2014';
    expect(fields(text)).toEqual([['Master Certificate', 'Six Sigma', 'Villanova University']]);
    expect(highestDegreeLevel(parseEducationSection(text, { now: NOW }).map((found) => found.degree ?? ''))).toBe(
      undefined,
    );
  });

  it('keeps the degree where the line writes it out as a degree', () => {
    const text =
      'Master : Business Administration , 2014 Villanova University ï¼ City , State , US Master of Business Administration';
    expect(fields(text)).toEqual([['Master', 'Business Administration', 'Villanova University']]);
  });
});

describe("a college's university after a comma on the degree's line", () => {
  it('keeps the university with the college or faculty', () => {
    expect(fields("B.Com, St. Xavier's College, University of Mumbai, 2015")).toEqual([
      ['B.Com', undefined, "St. Xavier's College, University of Mumbai"],
    ]);
    expect(fields("B.Com | St. Xavier's College, University of Mumbai | 2015")).toEqual([
      ['B.Com', undefined, "St. Xavier's College, University of Mumbai"],
    ]);
    expect(fields('B.Sc. Computer Science, Faculty of Engineering, Cairo University, 2015')).toEqual([
      ['B.Sc.', 'Computer Science', 'Faculty of Engineering, Cairo University'],
    ]);
    expect(fields('January 2018 M.S. Nutrition New York, NY Teachers College, Columbia University')).toEqual([
      ['M.S.', 'Nutrition', 'Teachers College, Columbia University'],
    ]);
  });
  it("reads a town after the college as the school's place", () => {
    expect(fields("B.Sc. Computer Science, St. Xavier's College, Mumbai, 2015")).toEqual([
      ['B.Sc.', 'Computer Science', "St. Xavier's College"],
    ]);
  });
  it('(review) keeps a street or a town named after a university out of the college', () => {
    // Hand-written: "University Road" is the college's street (Rajkot, Pune), "University Park" a town (PA).
    expect(fields('Diploma, Government Polytechnic College, University Road, Rajkot 2008')).toEqual([
      ['Diploma', undefined, 'Government Polytechnic College'],
    ]);
    expect(fields('B.A., Dickinson College, University Park, PA 2010')).toEqual([
      ['B.A.', undefined, 'Dickinson College'],
    ]);
  });
  it("leaves out the field's first word written again after the university, and a unit written twice", () => {
    expect(
      fields(
        'Bachelor of Science , Business Administration College of Business and Professional Studies, Mississippi University for Women Business\nAdministration',
      ),
    ).toEqual([
      [
        'Bachelor of Science',
        'Business Administration',
        'College of Business and Professional Studies, Mississippi University for Women',
      ],
    ]);
    expect(
      fields('MBA : Finance Carlson School of Management, University of Minnesota Carlson School of Management 2001'),
    ).toEqual([['MBA', 'Finance', 'Carlson School of Management']]);
  });
});

describe('a field written again, wider, in the next column', () => {
  it('reads the second writing, which holds the first, as the field', () => {
    // The updated-resume-dataset form: the degree's column "Bachelor in Hospitality Management", then the field's.
    expect(fields('January 2006 Bachelor in Hospitality Management International Hospitality Management')).toEqual([
      ['Bachelor', 'International Hospitality Management', undefined],
    ]);
    expect(
      fields('2012 - 2016 Bachelor in Hospitality Management International Hospitality Management Glion Institute'),
    ).toEqual([['Bachelor', 'International Hospitality Management', 'Glion Institute']]);
  });
  it('keeps a field whose closing word comes before the words written again', () => {
    expect(fields('MBA : Healthcare Administration Management Healthcare Administration , 2012')).toEqual([
      ['MBA', 'Healthcare Administration Management Healthcare Administration', undefined],
    ]);
  });
  it('(review) keeps a field of two subjects joined, whose last word is its first', () => {
    // Hand-written: "and" between the two writings joins two subjects; no second writing of the first.
    for (const field of [
      'Finance and Corporate Finance',
      'Engineering Physics and Nuclear Engineering',
      'Law & Tax Law',
    ])
      expect(fields(`January 2010 Bachelor of Science ${field}  Ohio State University`)).toEqual([
        ['Bachelor of Science', field, 'Ohio State University'],
      ]);
  });
});

describe('a licence to drive below the schools', () => {
  it('reads no degree from it', () => {
    expect(fields('BSc Biology, University of Leeds, 2015\nFull Driving Licence : Yes')).toEqual([
      ['BSc', 'Biology', 'University of Leeds'],
    ]);
    expect(fields('BSc Biology, University of Leeds, 2015\nSkills: Excel\nDriving Licence: Full, clean')).toEqual([
      ['BSc', 'Biology', 'University of Leeds'],
    ]);
  });
});

describe("a school's town with core's small words of towns' names", () => {
  it('cuts the town and its country after the comma, the town written with "dos" (as experience read it) or "am"', () => {
    expect(
      fields(
        'Licenciatura em Engenharia\nInstituto Tecnológico de Aeronáutica, São José dos Campos (Brasil)\n2010 - 2015',
      ),
    ).toEqual([['Licenciatura', 'Engenharia', 'Instituto Tecnológico de Aeronáutica']]);
    expect(fields('Bachelor of Engineering\nTechnische Hochschule, Frankfurt am Main (Germany)\n2010 - 2015')).toEqual([
      ['Bachelor of Engineering', undefined, 'Technische Hochschule'],
    ]);
  });
});

// Helper 250: UpdatedResumeDataSet rows 8, 513 and 654 type the field in lower case ("B.E. computer science Bhopal,
// Madhya Pradesh …", "B.Com commerce Mumbai, …", "secondary school certificate (SSC) science Pune, …").
describe('a field typed in lower case after the degree', () => {
  it('reads a stream or subject as the field, the place and school after it as before', () => {
    expect(
      fields(
        [
          'January 2010 B.E. computer science Bhopal, Madhya Pradesh Westfield Institute of Technology',
          'June 2004 secondary school certificate (SSC) science Pune, Maharashtra Riverside High School',
          'May 2008 B.Com commerce Mumbai, Maharashtra Harbor University',
        ].join('\n'),
      ),
    ).toEqual([
      ['B.E.', 'computer science', 'Westfield Institute of Technology'],
      ['secondary school certificate (SSC)', 'science', 'Riverside High School'],
      ['B.Com', 'commerce', 'Harbor University'],
    ]);
  });

  it('reads no field from other lower-case words after the degree', () => {
    expect(fields('May 2012 BE pursuing Westfield Institute of Technology')).toEqual([
      ['BE', undefined, 'Westfield Institute of Technology'],
    ]);
  });
});

// Helper 250: UpdatedResumeDataSet row 270 names its school "Smt. VHD Institute of HomeScience".
describe("an honorific opening a school's name", () => {
  it('keeps it with its full stop as part of the name', () => {
    expect(
      fields(
        [
          'June 2004 Bachelor of Science Clinical Nutrition and Dietetics Bengaluru, Karnataka Smt. Westfield Institute of Home Science',
          'B.E. Computer Engineering, Shri. Riverside College of Engineering, 2015',
          'B.Sc Chemistry Sou. Harbor College 2012',
        ].join('\n'),
      ),
    ).toEqual([
      ['Bachelor of Science', 'Clinical Nutrition and Dietetics', 'Smt. Westfield Institute of Home Science'],
      ['B.E.', 'Computer Engineering', 'Shri. Riverside College of Engineering'],
      ['B.Sc', 'Chemistry', 'Sou. Harbor College'],
    ]);
  });
});

// Helper 256's reading audit: the Kaggle template's school-first order (APPAREL/10738095, DESIGNER/12415691).
describe('a field after the degree at the end of a line opening with the school', () => {
  it('reads the capitalised words after the degree as the field', () => {
    expect(
      fields(
        [
          'Lakeview College Montgomery ï¼ City , State , USA Associate of Arts Business Administration Coursework in Business Administration',
          '2012 Harbor University ï¼ City , State Bachelor of Science Computer Science and Mathematics',
          'Westfield University, Bachelor of Technology Instrumentation Engineering',
        ].join('\n'),
      ),
    ).toEqual([
      ['Associate of Arts', 'Business Administration', 'Lakeview College Montgomery'],
      ['Bachelor of Science', 'Computer Science and Mathematics', 'Harbor University'],
      ['Bachelor of Technology', 'Instrumentation Engineering', 'Westfield University'],
    ]);
  });

  it('reads no field from an honour, a date word or prose there', () => {
    expect(
      fields(
        [
          'Harbor University, Bachelor of Science Magna Cum Laude',
          'Westfield University, Bachelor of Arts Expected',
          'Lakeview College City , State Associate of Science Respiratory Therapy Graduate as Valedictorian of',
        ].join('\n\n'),
      ),
    ).toEqual([
      ['Bachelor of Science', undefined, 'Harbor University'],
      ['Bachelor of Arts', undefined, 'Westfield University'],
      ['Associate of Science', undefined, 'Lakeview College'],
    ]);
  });

  it('reads no field from a place, a note on the degree or a note cut before its noun there', () => {
    // Hand-written: the school-first line with the town after the degree, or a note the notes' pattern does not open.
    expect(
      fields(
        [
          'Ohio State University Bachelor of Science Columbus Ohio',
          'Westfield University Bachelor of Arts Graduated With Honors',
          'Harbor University Bachelor of Arts Full Scholarship',
          'University of Leeds Bachelor of Arts Leeds United Kingdom',
        ].join('\n\n'),
      ),
    ).toEqual([
      ['Bachelor of Science', undefined, 'Ohio State University'],
      ['Bachelor of Arts', undefined, 'Westfield University'],
      ['Bachelor of Arts', undefined, 'Harbor University'],
      ['Bachelor of Arts', undefined, 'University of Leeds'],
    ]);
  });
});

// Helper 256's reading audit: the Kaggle template with the school on a line of its own (AGRICULTURE/16661264,
// DESIGNER/13014900, FINANCE/15891494).
describe('a field after the anonymised place below the school', () => {
  it('reads the words after the place, and after a country we know, as the field', () => {
    expect(
      fields(
        [
          '2004',
          'Westfield State University',
          'City , State Range Science',
          'Bachelor of Science',
          '1985',
          'Harbor Institute of Art',
          'City , State , USA Advertising Design',
          'Associate of Arts',
          '1979',
          'Lakeview College',
          'City , State Mathematics Computer Science Mathematics Computer Science',
        ].join('\n'),
      ),
    ).toEqual([
      ['Bachelor of Science', 'Range Science', 'Westfield State University'],
      ['Associate of Arts', 'Advertising Design', 'Harbor Institute of Art'],
      [undefined, 'Mathematics Computer Science', 'Lakeview College'],
    ]);
  });

  it('reads none from a place alone, a country it does not know, a grade or prose', () => {
    expect(
      fields(
        [
          '2013',
          'Harbor College',
          'City , State , Narnia Accounting and Finance',
          'Bachelor of Science',
          '2004',
          'Westfield University',
          'City , State , United States',
          'Bachelor of Arts',
          '1998',
          'Lakeview High School',
          'City , State GPA 3.5 Honor graduate',
        ].join('\n'),
      ),
    ).toEqual([
      ['Bachelor of Science', undefined, 'Harbor College'],
      ['Bachelor of Arts', undefined, 'Westfield University'],
      [undefined, undefined, 'Lakeview High School'],
    ]);
  });
});

// Helper 256's reading audit: DESIGNER/13998435's teaching lines and AGRICULTURE/17640785's advisor under their degrees.
describe('a line labelled with a role held at the school above', () => {
  it('opens no entry of its own', () => {
    expect(
      fields(
        [
          'Masters of Fine Arts : Interior Design Harbor University of Art and Design ï¼ City , State , USA',
          'Student Teaching: INTA402 Senior Studio: Harbor University of Art and Design: Spring 2013.',
          'Workshop Instructor: Summer Studio: Harbor University of Art and Design: Summer 2014.',
          'Master of Science , Medical Anthropology 2015 Westfield University - City , State , UK',
          'Advisor: Jane Roe, Westfield University, Medical Anthropology Professor',
        ].join('\n'),
      ),
    ).toEqual([
      ['Masters of Fine Arts', 'Interior Design', 'Harbor University of Art and Design'],
      ['Master of Science', 'Medical Anthropology', 'Westfield University'],
    ]);
  });

  it("still reads a credential's label that names a role", () => {
    expect(fields('Teaching Certificate : Secondary Mathematics Harbor University')).toEqual([
      ['Teaching Certificate', 'Secondary Mathematics', 'Harbor University'],
    ]);
  });
});

// Helper 268's reading audit: the Kaggle template with the school in the field's slot writes the field after the school
// and a dash, right before the anonymised place (AGRICULTURE/15546686, BPO/31064969, DIGITAL-MEDIA/14209965,
// ENGINEERING/10712803).
describe('a field between the school and the anonymised place after a dash', () => {
  it('reads the words between the dash and the place as the field', () => {
    expect(
      fields(
        [
          '2012 Bachelor of Science : Westfield State University - Marine Biology and Ecology City , State , USA Marine Biology',
          '2009 Associate of Arts : Harbor Community College - Graphic Design City , State Graphic Design',
          '2006 Select One : Lakeview Technical Institute - Welding, Fabrication City , State',
          '2003 Bachelors of Applied Science : Hill Valley University - Applied Technology and Training City ,',
          'State GPA: Cum Laude',
        ].join('\n'),
      ),
    ).toEqual([
      ['Bachelor of Science', 'Marine Biology and Ecology', 'Westfield State University'],
      ['Associate of Arts', 'Graphic Design', 'Harbor Community College'],
      [undefined, 'Welding, Fabrication', 'Lakeview Technical Institute'],
      ['Bachelors of Applied Science', 'Applied Technology and Training', 'Hill Valley University'],
    ]);
  });

  it('reads none from a place, a grade, prose or a second dash there, nor without the anonymised place', () => {
    expect(
      fields(
        [
          '2012 Bachelor of Science : Westfield State University - Honors Program GPA 3.8 City , State',
          '2009 Associate of Arts : Harbor Community College - Ohio City , State',
          '2006 Bachelor of Arts : Lakeview University - studied abroad in spring City , State',
          '2003 Master of Science : Hill Valley University - Online - Data Science City , State',
          '2001 Bachelor of Arts : Ridge College - History',
        ].join('\n'),
      ),
    ).toEqual([
      ['Bachelor of Science', undefined, 'Westfield State University'],
      ['Associate of Arts', undefined, 'Harbor Community College'],
      ['Bachelor of Arts', undefined, 'Lakeview University'],
      ['Master of Science', undefined, 'Hill Valley University'],
      ['Bachelor of Arts', undefined, 'Ridge College'],
    ]);
  });

  it("reads none from a school's campus or programme there", () => {
    expect(
      fields(
        [
          '2014 Bachelor of Arts : Hill Valley University - Online City , State',
          '2011 Associate of Science : Harbor Community College - Honors Program City , State',
          '2008 Bachelor of Science : Westfield State University - Main Campus City , State',
        ].join('\n'),
      ),
    ).toEqual([
      ['Bachelor of Arts', undefined, 'Hill Valley University'],
      ['Associate of Science', undefined, 'Harbor Community College'],
      ['Bachelor of Science', undefined, 'Westfield State University'],
    ]);
  });
});

// Helper 268's reading audit: a school written after the verb that says one studied there (AVIATION/13195436,
// ACCOUNTANT/10554236).
describe('a school after "Attended" or "Graduate of"', () => {
  it('reads the school without the verb, and without a "through" that tied it to what followed', () => {
    expect(fields('Attended Harbor College, major Marketing 60 semester hours toward Bachelors degree.')).toEqual([
      ['Bachelors degree', undefined, 'Harbor College'],
    ]);
    expect(fields('2001 Graduate of Westfield High School')).toEqual([[undefined, undefined, 'Westfield High School']]);
    expect(fields('2005-2006 Attended Lakeview College through')).toEqual([[undefined, undefined, 'Lakeview College']]);
    expect(fields('Bachelor of Arts 2004 Attended Hill Valley University')).toEqual([
      ['Bachelor of Arts', undefined, 'Hill Valley University'],
    ]);
  });

  it('keeps the verb where what follows names no school by itself, and the school whose name opens with "Graduate"', () => {
    expect(fields('Bachelor of Science : Biology 1998 Graduated UNM')).toEqual([
      ['Bachelor of Science', 'Biology', 'Graduated UNM'],
    ]);
    expect(fields('MBA 2004 Graduate School of Business, Hill Valley University')).toEqual([
      ['MBA', undefined, 'Graduate School of Business, Hill Valley University'],
    ]);
  });
});

// Helper 268's reading audit (found while counting): the Kaggle template's school-first line with a credential, a colon
// and its subject (ADVOCATE/13909762, CONSTRUCTION/12826414, DESIGNER/11155153).
describe('a subject after a credential and a colon on a school-first line', () => {
  it('reads the words after the colon, up to the anonymised place, as the field', () => {
    expect(fields('Harbor College City , State , US Certificate : Dental Assisting and Radiology')).toEqual([
      ['Certificate', 'Dental Assisting and Radiology', 'Harbor College'],
    ]);
    expect(fields('Westfield College Certificate : Mediation and Dispute Resolution')).toEqual([
      ['Certificate', 'Mediation and Dispute Resolution', 'Westfield College'],
    ]);
    expect(fields('Hill Valley University 2009 AutoCAD Certification : AutoCAD City , State')).toEqual([
      ['AutoCAD Certification', 'AutoCAD', 'Hill Valley University'],
    ]);
  });

  it('reads none from a school, a date, prose or a grade there', () => {
    expect(
      fields(
        [
          'Harbor College Certificate : Harbor College',
          '',
          'Westfield College Certificate : 2010',
          '',
          'Lakeview College Certificate : completed with honors in spring',
          '',
          'Ridge College Certificate : GPA 3.9',
        ].join('\n'),
      ).map((found) => found[1]),
    ).toEqual([undefined, undefined, undefined, undefined]);
  });
});
