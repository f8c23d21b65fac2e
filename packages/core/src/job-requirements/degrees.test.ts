import { describe, expect, it } from 'vitest';
import { acceptsEquivalentExperience, degreeRank, findDegreeMentions, highestDegreeLevel } from './degrees.js';
import { readDegreeRequirement } from './read.js';

const levels = (text: string, mode?: 'job' | 'resume') =>
  findDegreeMentions(text, mode === undefined ? {} : { mode }).map((mention) => `${mention.level}:${mention.text}`);

describe('findDegreeMentions', () => {
  it('refuses options that are no object and a mode of none of the three with a ValidationError naming them', () => {
    // Round 23: null was V8's TypeError ("Cannot read properties of null (reading 'mode')"), and an unknown mode was
    // read as the job's without a word.
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    for (const [options, message] of [
      [null, 'Invalid findDegreeMentions: options: must be an options object ({ mode }), got null'],
      [proxy, 'got a revoked Proxy'],
      ['resume', 'got a string'],
      [
        { mode: 'cv' },
        "Invalid findDegreeMentions: options.mode: must be 'job', 'resume' or 'education', got a string",
      ],
      [{ mode: 5 }, 'got a number (5)'],
    ] as const)
      expect(() => findDegreeMentions('MBA', options as never), message).toThrow(message);
    expect(findDegreeMentions('MBA', { mode: undefined })).toEqual(findDegreeMentions('MBA'));
  });

  it.each([
    ["Bachelor's degree in Nursing", ["bachelor:Bachelor's degree"]],
    ['MS degree in Electrical Engineering', ['master:MS']],
    ['BS/MS in Computer Science', ['bachelor:BS', 'master:MS']],
    ['B.Tech / B.E in Computer Science', ['bachelor:B.Tech', 'bachelor:B.E']],
    ['BCA or MCA graduates', ['bachelor:BCA', 'master:MCA']],
    ['BSc or MSc in Chemistry', ['bachelor:BSc', 'master:MSc']],
    ['M.Tech from a reputed institute', ['master:M.Tech']],
    ['Diplom-Ingenieur (FH) Maschinenbau', ['master:Diplom-Ingenieur (FH)']],
    ['Dipl.-Ing. Elektrotechnik', ['master:Dipl.-Ing.']],
    ['Promotion (Dr.-Ing.), Technische Universität München', ['phd:Promotion (Dr.-Ing.)']],
    ['Dr.-Ing. Maschinenbau', ['phd:Dr.-Ing.']],
    // Spaced out, outside an education entry, these are a person's initials.
    ['S. S. C. Rao, Plant Manager', []],
    ["Diplôme d'État d'infirmier, IFSI de Nantes", ["bachelor:Diplôme d'État d'infirmier"]],
    ["Diplôme d'Etat d'éducateur spécialisé", ["diploma:Diplôme d'Etat"]],
    ["Diplôme d'État de docteur en médecine", ["phd:Diplôme d'État de docteur"]],
    ['HND in Accounting', ['diploma:HND']],
    ['Apprenticeship Certificate, Electrical Construction', ['diploma:Apprenticeship Certificate']],
    ['Diploma in Mechanical Engineering', ['diploma:Diploma in Mechanical']],
    ['High school diploma or GED', ['high-school:High school diploma', 'high-school:GED']],
    ["Associate's degree in Nursing (ADN)", ["associate:Associate's degree", 'associate:ADN']],
    ['PhD in Physics', ['phd:PhD']],
    ['MBA preferred', ['master:MBA']],
    ['Degree in Engineering or Science', ['bachelor:Degree in']],
    ['תואר ראשון- חובה', ['bachelor:תואר ראשון']],
    ['Высшее техническое образование', ['bachelor:Высшее техническое образование']],
  ])('reads %s', (text, expected) => {
    expect(levels(text)).toEqual(expected);
  });

  // Hand-written in the shapes of Kaggle résumé PDFs (TEACHER/13330982, CONSTRUCTION/12666174).
  it('reads no degree inside a longer dotted acronym, and the capitals dotted on after one as its name', () => {
    expect(levels('Global Learning and Observations to Benefit the Environment (G.L.O.B.E.)', 'resume')).toEqual([]);
    expect(levels('B.S.E : Civil Engineering', 'resume')).toEqual(['bachelor:B.S.E']);
    expect(levels('B.S.E.E. or M.S.W.', 'resume')).toEqual(['bachelor:B.S.E.E.', 'master:M.S.W.']);
    // A word after the dot is no dotted capital ("M.S.Physics"); a space before a degree keeps it apart ("U.S. B.A.").
    expect(levels('M.S.Physics', 'resume')).toEqual(['master:M.S']);
    expect(levels('U.S. B.A. in History', 'resume')).toEqual(['bachelor:B.A.']);
  });

  it('reads the B.Sc. and M.Sc. written "BS.c" and "MS.c"', () => {
    expect(findDegreeMentions('BS.c in EE, CS or CE is Required').map((mention) => mention.level)).toEqual([
      'bachelor',
    ]);
    expect(findDegreeMentions('BS.c/ MS.c in EE/ CE').map((mention) => mention.level)).toEqual(['bachelor', 'master']);
  });

  it('leaves out words that only look like degrees', () => {
    for (const text of [
      'Proficient in MS Office and MS Excel',
      'Boston, MA 02115',
      'Known AS : the team lead',
      'Jackson, MS',
      'Senior BA for our team',
      'Master Electrician license',
      'Run the MA program',
    ])
      expect(levels(text)).toEqual([]);
  });

  it("reads a state's code that is also a degree's abbreviation as the place after a town and a comma or after 'in'", () => {
    for (const mode of ['resume', 'education'] as const) {
      const read = (text: string) => findDegreeMentions(text, { mode }).map((mention) => mention.text);
      expect(read('Producers Life and Health registered in MA')).toEqual([]);
      expect(read('Licensed in MA and NH')).toEqual([]);
      expect(read('Boston ,  MA')).toEqual([]);
      expect(read('Jackson ,\nMS 39201')).toEqual([]);
      // A degree's words after it, or no place before it: the degree.
      expect(read('Graduated in MS (Computer Science)')).toEqual(['MS']);
      expect(read('Graduated in MA : History')).toEqual(['MA']);
      expect(read('BS, MS Computer Science')).toEqual(['BS']);
      expect(read('MA : Human Resources , 2004 Webster University')).toEqual(['MA']);
    }
  });

  it('reads bare abbreviations in resumes', () => {
    expect(levels('MS Computer Science, Stanford', 'resume')).toEqual(['master:MS']);
    expect(levels('MS Computer Science, Stanford')).toEqual([]);
  });

  // Canadian, British and Australian abbreviations (Waterloo's BMath, BASc/MASc), the US "BS" run together with its
  // field (BSCS, MSEE), and the Indian "B Tech" written with a space and "TYBMS" (a bachelor's final year).
  it.each([
    ['University of Waterloo · BMath, Computer Science', 'bachelor:BMath'],
    ['MMath in Combinatorics and Optimization', 'master:MMath'],
    ['BASc Mechanical Engineering, University of Toronto', 'bachelor:BASc'],
    ['MASc, Electrical and Computer Engineering', 'master:MASc'],
    ['B.A.Sc. in Civil Engineering', 'bachelor:B.A.Sc.'],
    ['BEd (Primary), University of Sydney', 'bachelor:BEd'],
    ['MEd in Curriculum and Instruction', 'master:MEd'],
    ['BMus in Performance', 'bachelor:BMus'],
    ['MRes Neuroscience, UCL', 'master:MRes'],
    ['BSocSc Psychology', 'bachelor:BSocSc'],
    ['BCompSc, Concordia University', 'bachelor:BCompSc'],
    ['MFin, London Business School', 'master:MFin'],
    ['MAcc, University of Waterloo', 'master:MAcc'],
    ['BArch, Cornell University', 'bachelor:BArch'],
    ['BSCS, University of the Philippines', 'bachelor:BSCS'],
    ['BSIT from STI College', 'bachelor:BSIT'],
    ['BSCIT   Mumbai University', 'bachelor:BSCIT'],
    ["Bachlor's degree in Commerce, Pune University", "bachelor:Bachlor's degree"],
    ['Bachlor of Science : Sociology', 'bachelor:Bachlor'],
    ['BScIT, University of Mumbai', 'bachelor:BScIT'],
    ['MSEE, Georgia Tech', 'master:MSEE'],
    ['B Tech in Computer Science', 'bachelor:B Tech'],
    ['M Tech in VLSI Design', 'master:M Tech'],
  ])('reads %s in a resume', (text, expected) => {
    expect(levels(text, 'resume')).toEqual([expected]);
  });

  it('reads the final year of a BMS written run together in an education entry', () => {
    expect(findDegreeMentions('TYBMS in Management Studies', { mode: 'education' }).map((m) => m.text)).toEqual([
      'TYBMS',
    ]);
  });

  it('caps long input', () => {
    expect(levels(`${'x '.repeat(40_000)}PhD`)).toEqual([]);
  });
});

describe('highestDegreeLevel', () => {
  it('takes the highest level across texts', () => {
    expect(highestDegreeLevel(['BSc Physics', 'MSc Data Science'])).toBe('master');
    expect(highestDegreeLevel(['Certificate in welding'])).toBeUndefined();
  });

  it('reads in education mode when told the texts are education entries', () => {
    expect(highestDegreeLevel(['Diploma', 'Intermediate'], { mode: 'education' })).toBe('diploma');
    expect(highestDegreeLevel(['Diploma', 'Intermediate'])).toBeUndefined();
  });
});

describe('degreeRank', () => {
  it('orders levels lowest first', () => {
    expect(degreeRank('high-school')).toBeLessThan(degreeRank('diploma'));
    expect(degreeRank('diploma')).toBeLessThan(degreeRank('associate'));
    expect(degreeRank('master')).toBeLessThan(degreeRank('phd'));
  });
});

describe('acceptsEquivalentExperience', () => {
  it('finds "or equivalent" wording', () => {
    expect(acceptsEquivalentExperience('BA/BS degree or equivalent practical experience.')).toBe(true);
    expect(acceptsEquivalentExperience('BS in Nursing required.')).toBe(false);
  });
});

describe('international degrees', () => {
  it.each([
    ['MCA, Pune Institute of Technology', 'master'],
    ['BCA, Fergusson College', 'bachelor'],
    ['B.E. Mechanical Engineering', 'bachelor'],
    ['B.Tech in Computer Science', 'bachelor'],
    ['M.Tech, VLSI Design', 'master'],
    ['BSc Physics', 'bachelor'],
    ['MSc Data Science', 'master'],
    ['MBA, IIM Ahmedabad', 'master'],
    ['Diplom-Ingenieur Maschinenbau', 'master'],
    ['Dipl.-Ing. Elektrotechnik', 'master'],
    ['Licence en informatique', 'bachelor'],
    ['Licence professionnelle logistique', 'bachelor'],
    ['Master en informatique', 'master'],
    ['Laurea magistrale in Ingegneria', 'master'],
    ['Laurea triennale in Economia', 'bachelor'],
  ])('%s → %s', (text, level) => {
    expect(highestDegreeLevel([text])).toBe(level);
  });

  it('does not read a driving licence as a degree', () => {
    expect(highestDegreeLevel(['Full UK driving licence', 'Licence to operate forklifts'])).toBeUndefined();
  });

  it("reads no résumé's licence to drive as the French Licence", () => {
    for (const text of [
      'Full Driving Licence : Yes',
      "Driver's licence: full, clean",
      'Drivers Licence B',
      'Driving-Licence: Yes',
    ])
      expect(findDegreeMentions(text, { mode: 'education' }), text).toEqual([]);
    expect(findDegreeMentions('Licence : Mathématiques', { mode: 'education' }).map((found) => found.level)).toEqual([
      'bachelor',
    ]);
  });
});

describe('the international degree list', () => {
  it.each([
    // Indian
    ['BBA, Christ University', 'bachelor'],
    ['B.COM. in Accountancy', 'bachelor'],
    ['b.tech in computer science', 'bachelor'],
    ['BSC Computer Science', 'bachelor'],
    ['M.Com, Osmania University', 'master'],
    ['PGDM in Marketing', 'master'],
    ['Post Graduate Diploma in Embedded Systems', 'diploma'],
    ['PGDCA, IGNOU', 'diploma'],
    ['SSC, Maharashtra State Board', 'high-school'],
    ['HSC in Computer Science', 'high-school'],
    ['Class XII, CBSE', 'high-school'],
    // European
    ['Diplom-Kaufmann, Universität Mannheim', 'master'],
    ['Dipl.-Inf. Informatik', 'master'],
    ['Erstes Staatsexamen Lehramt', 'master'],
    ['Abitur, Goethe-Gymnasium', 'high-school'],
    ['Baccalauréat scientifique', 'high-school'],
    ['Bac+5 en informatique', 'master'],
    ['Grado en Ingeniería Informática', 'bachelor'],
    ['Máster universitario en Ciencia de Datos', 'master'],
    ['Matura, Gymnasium Wien', 'high-school'],
    // Russian
    ['Специалитет, МГТУ им. Баумана', 'master'],
    ['Кандидат технических наук', 'phd'],
    ['Среднее общее образование', 'high-school'],
    ['Магистр, Прикладная математика', 'master'],
    // Latin American
    ['Maestría en Administración', 'master'],
    ['Doctorado en Física', 'phd'],
    ['Licenciado en Economía, UNAM', 'bachelor'],
    ['Técnico Superior en Redes', 'associate'],
    ['Tecnólogo en Sistemas', 'associate'],
  ])('%s → %s', (text, level) => {
    expect(highestDegreeLevel([text])).toBe(level);
  });
});

describe("degree words inside a certification's or a firm's name", () => {
  it.each([
    // Kaggle resume PDF INFORMATION-TECHNOLOGY/13405733's education section.
    'Certified Associate in Project Management (CAPM) – #2743884, Expires : Expected in 2028',
    'Oracle Certified Master, Java EE',
    'AWS Certified Solutions Architect – Associate',
    // Kaggle resume PDF AUTOMOBILE/11152490.
    'Master Certificate in Six Sigma : Leadership 2008 Villanova University',
    'Master Certification in Project Management',
    'Master Certficate in Six Sigma : Leadership 2008 Villanova University',
    // Kaggle resume PDF FITNESS/14107571.
    'Certification : Basic and Advanced Interrogations and Interviews 2009 John E. REID & Associates, Inc. City , State',
    'Smith and Associates',
    'Hill Associates LLC',
    // A firm abroad (core's LEGAL_FORMS; hand-written in the shape of the lines above): read as a degree in the
    // education mode before.
    'Associates B.V.',
    'Associates S.A.',
    'Associates Sp. z o.o.',
  ])('reads no degree in %s, in any mode', (text) => {
    for (const mode of ['job', 'resume', 'education'] as const)
      expect(findDegreeMentions(text, { mode }), `${mode}: ${text}`).toEqual([]);
  });

  it('reads a degree before a word that is a legal form abroad only without its full stops, or "Co-op"', () => {
    for (const text of ['Diploma Spa Therapy', 'Bachelor Co-op program', 'Master SAS programming'])
      expect(findDegreeMentions(text, { mode: 'education' }), text).not.toEqual([]);
  });

  it('reads a school-leaving or diploma qualification written with "Certificate" as that qualification', () => {
    for (const mode of ['job', 'resume', 'education'] as const) {
      expect(findDegreeMentions('GED Certificate, 2005', { mode }).map((mention) => mention.level)).toEqual([
        'high-school',
      ]);
      expect(
        findDegreeMentions('High school diploma or GED certificate required', { mode }).map((mention) => mention.level),
      ).toEqual(['high-school', 'high-school']);
    }
  });

  it('still reads the degree beside a certification', () => {
    expect(
      findDegreeMentions('Certified Public Accountant, Master of Science in Accounting', { mode: 'education' }).map(
        (mention) => mention.text,
      ),
    ).toEqual(['Master of Science']);
    expect(
      findDegreeMentions('Associate of Science, certificate program in nursing', { mode: 'resume' }).map(
        (mention) => mention.level,
      ),
    ).toEqual(['associate']);
    expect(
      findDegreeMentions('Associates : Applied Science, Bachelor and Master of Science', { mode: 'education' }).map(
        (mention) => mention.level,
      ),
    ).toEqual(['associate', 'bachelor', 'master']);
    expect(
      findDegreeMentions("Board certified and a Master's degree in nursing", { mode: 'job' }).map(
        (mention) => mention.level,
      ),
    ).toEqual(['master']);
  });
});

describe('education mode', () => {
  const education = (text: string) =>
    findDegreeMentions(text, { mode: 'education' }).map((mention) => `${mention.level}:${mention.text}`);

  it.each([
    ['Master, Universidad de Chile', ['master:Master']],
    ['Diploma, Government Polytechnic', ['diploma:Diploma']],
    ['Intermediate, Narayana Junior College', ['high-school:Intermediate']],
    ['Entermediate Maths, Govt Degree College', ['high-school:Entermediate']],
    ['DIM Business Management, IGNOU', ['diploma:DIM']],
    // France's master's and licence years: the year goes with the degree, the field after it.
    ['Master 2 Finance, Université Paris-Dauphine', ['master:Master 2']],
    ['Master II Économie, Université de Lille', ['master:Master II']],
    ['Licence 3 Droit, Université Lyon 3', ['bachelor:Licence 3']],
    ['M2 Finance de marché, Université Paris-Dauphine', ['master:M2']],
    ['Ingénieur, École Centrale Paris', ['master:Ingénieur']],
    ['F.Sc (Pre-Medical), Govt. College Lahore', ['high-school:F.Sc']],
    ['I.Com, Punjab Group of Colleges', ['high-school:I.Com']],
    ['Pós-graduação em Gestão de Projetos, FGV', ['diploma:Pós-graduação']],
    ['Especialización en Gerencia de Proyectos', ['diploma:Especialización']],
    ['Magíster en Administración de Empresas', ['master:Magíster']],
    ['Magister inżynier, Automatyka i Robotyka, AGH w Krakowie', ['master:Magister inżynier']],
    ['Master : 2014, Villanova University', ['master:Master']],
    ['BE, Anna University', ['bachelor:BE']],
    ['Ingeniero Civil, Universidad de los Andes', ['bachelor:Ingeniero']],
    ['Специалист, Экономика', ['master:Специалист']],
    ['Técnico en Electrónica', ['diploma:Técnico']],
    ['M.B.A in Finance', ['master:M.B.A']],
    ['B-Tech, JNTU', ['bachelor:B-Tech']],
    ['B.B.M, Bangalore University', ['bachelor:B.B.M']],
    ['M.D., Johns Hopkins University', ['phd:M.D.']],
    ['J.D., Harvard Law School', ['phd:J.D.']],
    ['BDS, Manipal College of Dental Sciences', ['bachelor:BDS']],
    ['MSW in Social Work', ['master:MSW']],
    ['MFA in Creative Writing', ['master:MFA']],
    ['S. S. C. Maharashtra Board  A.M.V. School', ['high-school:S. S. C.']],
    ['H. S. C.   Moledina Junior College', ['high-school:H. S. C.']],
    // Hand-written in the format of the updated-resume-dataset (../shared/data/updated-resume-dataset): dotted and Indian forms.
    ['January 2018 M.F.A painting Nagpur, Maharashtra Hill University', ['master:M.F.A']],
    ['January 2016 B.F.A. Painting Nagpur, Maharashtra Hill University', ['bachelor:B.F.A.']],
    ['January 2015 B.M.M  Mumbai, Maharashtra Hill College', ['bachelor:B.M.M']],
    ['April 2004 MCM Computer Management Pune, Maharashtra Hill University', ['master:MCM']],
    ['January 2018 MCS  Pune, Maharashtra Hill University', ['master:MCS']],
    ['January 2015  BCS Computer Science  Hill College', ['bachelor:BCS']],
    ['February 2006 TYBCOM Commerce  Hill College', ['bachelor:TYBCOM']],
    ['D.Pharm, Government Polytechnic', ['diploma:D.Pharm']],
    ['Associates : Applied Science Architecture Technology', ['associate:Associates']],
    ['AA : General Studies , 1 1987 Clark College', ['associate:AA']],
    ['AS : Psychology Essex County College', ['associate:AS']],
    ['AAS: Welding Technology', ['associate:AAS']],
    // Kaggle resume PDFs' text: the associate of science dotted, before a colon, a comma, "Degree" or "in".
    ['A.S : Computer Science Hill College', ['associate:A.S']],
    ['A.S. Degree : Business Administration', ['associate:A.S.']],
    ['A.S , Business Administration 2017 Hill College', ['associate:A.S']],
    // Elsewhere, or in lower case, two dotted letters are a name's initials or a company's form ("Škoda Auto a.s.").
    ['A.S. College, Hill', []],
    ['Hill Auto a.s., Praha', []],
    ['Sales Associate, Walmart', []],
    ['LLM Criminology, University of Pune', ['master:LLM']],
    ['AMIE, Institution of Engineers', ['bachelor:AMIE']],
    ['BMM in Journalism, Mumbai University', ['bachelor:BMM']],
    ['B.Des in Fashion Design', ['bachelor:B.Des']],
    ['MMS in Finance', ['master:MMS']],
    ['M-Tech in VLSI', ['master:M-Tech']],
    ['DMLT, Government Polytechnic', ['diploma:DMLT']],
    ['D.Ed, District Institute of Education', ['diploma:D.Ed']],
    ['A-Levels, Westfield Sixth Form College', ['high-school:A-Levels']],
    ['GCSEs, Hill School', ['high-school:GCSEs']],
    ['Under Graduate, Hill College', ['bachelor:Under Graduate']],
    ['XII, CBSE', ['high-school:XII', 'high-school:CBSE']],
    ['Pre-University, Hill PU College', ['high-school:Pre-University']],
    // Written by hand in the format of a French CV's education line.
    [
      'Classes préparatoires aux grandes écoles (MPSI/MP) — Lycée Hill',
      ['high-school:Classes préparatoires aux grandes écoles'],
    ],
    ['CPGE MPSI/MP, Lycée Hill', ['high-school:CPGE']],
  ])('reads %s', (text, expected) => {
    expect(education(text)).toEqual(expected);
  });

  it('reads the French "Ingénieur" as the degree, but not as a job title with a lower-case word after it', () => {
    for (const text of [
      'Ingénieur, École Centrale Paris',
      "Ingénieur diplômé de l'INSA Lyon",
      'Ingénieur généraliste, École Centrale de Lyon',
      'Ingénieur en informatique, ENSIMAG',
      "Ingénieur d'État en informatique, ENSIAS",
      'INGÉNIEUR, TÉLÉCOM PARIS',
    ])
      expect(education(text), text).toEqual([`master:${text.slice(0, 'Ingénieur'.length)}`]);
    for (const text of [
      'Ingénieur logiciel, Capgemini, 2015 - 2018',
      "Ingénieur d'études et développement, Sopra Steria",
      'Ingénieur commercial chez Dassault Systèmes',
    ])
      expect(education(text), text).toEqual([]);
  });

  it("reads the Education Specialist (Ed.S.) and a specialist degree, but not a specialist's job title", () => {
    expect(education('Ed.S., Educational Leadership, University of Georgia')).toEqual(['master:Ed.S.']);
    expect(education('EdS in School Psychology')).toEqual(['master:EdS']);
    expect(education('Education Specialist (Ed.S.), Curriculum and Instruction')).toEqual([
      'master:Education Specialist',
      'master:Ed.S.',
    ]);
    expect(education('Specialist: Curriculum and Instruction')).toEqual(['master:Specialist']);
    expect(education('Specialist in Education: School Counseling')).toEqual(['master:Specialist in Education']);
    expect(education('Specialist degree in Law, Moscow State University')).toEqual(['master:Specialist degree']);
    for (const text of [
      'Special Education Specialist, Acme School District',
      'IT Specialist: network support',
      'Specialist in developing forecasting models',
      'EDS Corporation, Plano',
    ])
      expect(education(text), text).toEqual([]);
  });

  it("reads no French master's year in the US forces' M1 and M2 or Apple's chips, in an education entry", () => {
    for (const text of [
      'M1 Abrams Armor Crewman Course, Fort Knox',
      'Qualified on the M1 Garand and M1 Carbine',
      'M2 Bradley Fighting Vehicle Master Gunner Course',
      'M1 MacBook Pro app development workshop',
    ])
      expect(education(text), text).toEqual([]);
    expect(education('M1 Informatique, Université de Lille')).toEqual(['master:M1']);
  });

  it('reads these words only in education mode, never in a job ad or elsewhere in a resume', () => {
    for (const text of [
      'Scrum Master with 5 years',
      'Ingeniero de software senior',
      'Специалист по продажам',
      'Intermediate Excel skills',
      'Diploma required',
      'Write the JD and screen candidates',
      'Set up MFA for every account',
      'Fine-tuned an LLM for search',
      'Reported to the MD and the board',
      'Recruited from the classes préparatoires',
      'Built the DIM tables of the warehouse',
      'Moved the build to an M2 MacBook',
      'Education Specialist at the county office',
      'Specialist: payroll and benefits',
    ]) {
      expect(levels(text), text).toEqual([]);
      expect(levels(text, 'resume'), text).toEqual([]);
    }
  });
});

// Every line here is hand-written: in the shapes of the education sections of non-held-out Kaggle résumé PDFs and
// UpdatedResumeDataSet rows (BCIS, MLIS, MST, AOS, "A.A :", "M. S :", Matric, CSEC, GCE), or of Czech, Polish, Austrian,
// Dutch, Italian, Portuguese, Spanish and US (Harvard, MIT) CVs.
describe('degree titles and short forms from more countries', () => {
  const education = (text: string) =>
    findDegreeMentions(text, { mode: 'education' }).map((mention) => `${mention.level}:${mention.text}`);

  it.each([
    ['A.B. in Economics, Harvard College, 2012', ['bachelor:A.B.']],
    ['Harvard College, A.B. 2012', ['bachelor:A.B.']],
    ['AB, Harvard College', ['bachelor:AB']],
    ['A.B. magna cum laude in History, Princeton University', ['bachelor:A.B.']],
    ['S.B. in Computer Science, MIT', ['bachelor:S.B.']],
    ['S.M., MIT, 2015', ['master:S.M.']],
    ['SM in Mechanical Engineering, MIT', ['master:SM']],
    ['BIT in Software Engineering, Deakin University', ['bachelor:BIT']],
    ['BIT (Hons), Monash University', ['bachelor:BIT']],
    ['BIT, Deakin University', ['bachelor:BIT']],
    ['MPP, Harvard Kennedy School', ['master:MPP']],
    ['Mgr. Psychologie, Univerzita Karlova', ['master:Mgr.']],
    ['2010 – 2015 Univerzita Karlova, Mgr.', ['master:Mgr.']],
    ['Ing., Vysoké učení technické v Brně, 2012', ['master:Ing.']],
    ['Bc. v oboru Informatika, Masarykova univerzita', ['bachelor:Bc.']],
    ['mgr inż. informatyki, Politechnika Warszawska', ['master:mgr inż.']],
    ['inż., Politechnika Wrocławska, 2014', ['bachelor:inż.']],
    ['dr inż., Politechnika Gdańska', ['phd:dr inż.']],
    ['lic. ekonomii, Uniwersytet Warszawski', ['bachelor:lic.']],
    ['tytuł zawodowy: inżynier', ['bachelor:inżynier']],
    ['Mag. rer. soc. oec., Wirtschaftsuniversität Wien', ['master:Mag. rer. soc. oec.']],
    ['Mag.a phil., Universität Graz', ['master:Mag.a phil.']],
    ['Ing. en Sistemas Computacionales, Tecnológico de Monterrey', ['bachelor:Ing.']],
    ['ing. Bedrijfskunde, Hogeschool Utrecht', ['bachelor:ing.']],
    ['ir. Werktuigbouwkunde, TU Delft', ['master:ir.']],
    ['drs. Economie, Universiteit van Amsterdam', ['master:drs.']],
    ['BCIS degree Hill College City , State GPA: 3.0', ['bachelor:BCIS']],
    ['MLIS , Library and Information Science 2001 Hill University', ['master:MLIS']],
    ['MST/Taxation Hill University', ['master:MST']],
    ['AOS : Culinary Arts & Hospitality Management , 1997', ['associate:AOS']],
    ['A.A : Liberal Arts 2012 Hill County College', ['associate:A.A']],
    ['M. S : Computer Science , 1989 Hill College', ['master:M. S']],
    ['B. S : Computer Science , 1988 Hill College', ['bachelor:B. S']],
    ['Matric   GHS Hill', ['high-school:Matric']],
    ['7 CSEC (CXC) Subjects', ['high-school:CSEC']],
    ['General Certificate of Education (GCE), Advanced Level', ['high-school:GCE']],
    ['MUDr., Univerzita Karlova, 2008', ['phd:MUDr.']],
    ['2002 – 2008 Univerzita Karlova, MUDr.', ['phd:MUDr.']],
    ['MVDr., Veterinární univerzita Brno', ['phd:MVDr.']],
    ['MDDr., Univerzita Palackého v Olomouci', ['phd:MDDr.']],
    ['JUDr. Právo, Univerzita Karlova', ['master:JUDr.']],
    ['PhDr., Filozofická fakulta UK, 2014', ['master:PhDr.']],
    ['RNDr. v oboru Informatika, Masarykova univerzita', ['master:RNDr.']],
    ['PaedDr., Univerzita Komenského v Bratislave', ['master:PaedDr.']],
    ['PharmDr., Univerzita Komenského', ['master:PharmDr.']],
    ['ThDr., Katolícka univerzita v Ružomberku', ['master:ThDr.']],
    ['Inžinier, Slovenská technická univerzita v Bratislave, 2010', ['master:Inžinier']],
    ['2005 – 2010 Žilinská univerzita, inžinier', ['master:inžinier']],
    ['Inžinier v odbore Aplikovaná informatika', ['master:Inžinier']],
    ['Inženýr, České vysoké učení technické v Praze', ['master:Inženýr']],
    ['Akademický titul: inženýr (Ing.)', ['master:inženýr']],
    ['INŻYNIER, Politechnika Gdańska, 2010', ['bachelor:INŻYNIER']],
    // "magister inżynier" (mgr inż.) spelt out: the master's, one degree with the engineer's word inside it.
    ['Magister inżynier, Politechnika Warszawska', ['master:Magister inżynier']],
    // The German "Magister Artium" (M.A.), one degree: its second word is no field.
    ['Magister Artium, Germanistik, Universität Heidelberg', ['master:Magister Artium']],
    ['Politechnika Warszawska, inżynier, Informatyka, 2015–2019', ['bachelor:inżynier']],
    ['inżynier w zakresie informatyki, Politechnika Łódzka', ['bachelor:inżynier']],
    ['Inżynier na kierunku Informatyka, Politechnika Poznańska', ['bachelor:Inżynier']],
  ])('reads %s in an education entry', (text, expected) => {
    expect(education(text)).toEqual(expected);
  });

  it.each([
    ['Licencjat z ekonomii, Uniwersytet Jagielloński', ['bachelor:Licencjat']],
    ['Licenciado em Direito, Universidade de Lisboa', ['bachelor:Licenciado em']],
    ['Lic. en Administración de Empresas, UNAM', ['bachelor:Lic. en']],
    ['Diploma di Laurea in Giurisprudenza', ['bachelor:Diploma di Laurea']],
    ['Diploma di laurea magistrale in Economia', ['master:Diploma di laurea magistrale']],
    ['Diploma di maturità scientifica, Liceo Hill', ['high-school:Diploma di maturità']],
    ['Dipl.-Betriebsw. (FH), Hochschule München', ['master:Dipl.-Betriebsw. (FH)']],
    ['Dipl.-Wirtsch.-Ing., Hochschule Esslingen', ['master:Dipl.-Wirtsch.-Ing.']],
  ])('reads %s anywhere', (text, expected) => {
    for (const mode of ['job', 'resume', 'education'] as const)
      expect(
        findDegreeMentions(text, { mode }).map((mention) => `${mention.level}:${mention.text}`),
        mode,
      ).toEqual(expected);
  });

  // A title before a person's name, a job title's abbreviation, an institute's initials or a province is no degree.
  it.each([
    'Mgr. Jan Novák',
    'Vedoucí práce: Mgr. Jan Novák',
    'doc. Ing. Jan Novák, CSc.',
    'mgr inż. Jan Kowalski',
    'prof. dr hab. inż. Jan Kowalski',
    'Sales Mgr., Walmart',
    'Real Estate Lic. 2004',
    'Lic. #12345, State of Ohio',
    'BIT Mesra, Ranchi',
    'BIT, Birla Institute of Technology, Mesra',
    'limited ,A.B. Road Indore',
    'S.B. Patil College of Engineering, Pune',
    'Project Leader @ A.B. Dick - Automated Dispatch',
    'Edmonton, AB, Canada',
    'Calgary AB, University of Calgary',
    'AB, Canada',
    'SM, Scrum Alliance',
    'Day Adventist Matric Hr.Sec School',
    'Wydział Inżynierii Lądowej',
    'MUDr. Jan Novák',
    'JUDr. Jana Nováková',
    'doc. MUDr. Jan Novák, CSc.',
    'Vedoucí práce: RNDr. Petr Svoboda',
    'PaedDr. Eva Malá, riaditeľka',
    // The engineer's title spelt out, then a word: a job title.
    'inżynier oprogramowania',
    'Starszy inżynier oprogramowania, Comarch S.A.',
    'Inżynier sprzedaży - ABB, 2015 - 2020',
    'Inžinier kvality, Volkswagen Slovakia',
    'Inženýr údržby',
    // The engineer's title at a firm, or after a job's label: a position held.
    'Inżynier w firmie ABB Sp. z o.o., Kraków',
    'Inżynier w ABB, Kraków',
    'Inženýr ve společnosti Škoda Auto a.s.',
    'Inžinier v spoločnosti ESET',
    'Stanowisko: Inżynier',
    'Pozice: Inženýr',
    'Pracovná pozícia: inžinier',
    'Position: Ing.',
    // Every position label of core's entry-field labels, in any case, numbered: "Funkcja" (Polish), "Designation 2".
    'FUNKCJA: Inżynier',
    'Designation 2: Ing.',
    // A degree's word or abbreviation after a position's or an employer's label, in any of the degree lists: a position
    // held ("Cargo": Spanish for the position), a firm's name.
    'Cargo: Ingeniero',
    'Puesto: Ingeniera de Datos',
    'Designation - MBA Trainee',
    'Company: Bachelor Foods',
    'Empresa: Ingeniería Andina',
  ])('reads no degree in %s', (text) => {
    for (const mode of ['job', 'resume', 'education'] as const)
      expect(findDegreeMentions(text, { mode }), `${mode}: ${text}`).toEqual([]);
  });

  it.each([
    ['B.Com2005', ['bachelor:B.Com']],
    ['MBA2012, IIM Ahmedabad', ['master:MBA']],
    ['B.Tech2016 from JNTU', ['bachelor:B.Tech']],
    ['SSC2008 Zilla Parishad Vidyalaya', ['high-school:SSC']],
  ])('reads a degree glued to a year: %s', (text, expected) => {
    expect(education(text)).toEqual(expected);
  });

  it('reads no degree glued to digits that are no year, nor in an e-mail user name glued to a year', () => {
    for (const text of ['BCom2005@gmail.com', 'rahul.mba2020.pune@example.com', 'MBA12345', 'MSc3000', 'B.Com20051'])
      expect(education(text), text).toEqual([]);
  });

  it("reads no master's in Microsoft's product versions glued to MS, as it reads none in 'MS Office'", () => {
    // "MS2007, MS2010" (MS Office 2007, 2010) on a résumé's skills line, "(MS2013)" in a job ad: no degree in any mode.
    for (const text of [
      'Proficient in MS2007, MS2010 and Tally ERP',
      'Knowledge of MS Office (MS2013)',
      'MS2016/MS2019',
    ])
      for (const mode of ['job', 'resume', 'education'] as const)
        expect(findDegreeMentions(text, { mode }), `${mode}: ${text}`).toEqual([]);
    expect(highestDegreeLevel(['Skills: MS2007, MS2010\nB.Com, Pune University, 2012'])).toBe('bachelor');
    expect(readDegreeRequirement('Requirements: good knowledge of MS Office (MS2013), Tally.')).toBeUndefined();
    // The other degrees glued to a year stay ("MBA2012", "MSc2010").
    expect(education('MSc2010, Hill University')).toEqual(['master:MSc']);
  });

  it("reads no master's in MS before a Microsoft product's name, in any case, spaced or hyphenated", () => {
    // The products are core's skills written after "Microsoft" or "MS"; a degree's field after MS stays a degree.
    for (const text of [
      'MS-Office, MS-Excel, MS-Word',
      'MS OFFICE, MS EXCEL, MS ACCESS',
      'Tools: MS office and MS sql',
      'MS Project and MS Publisher.',
      'M.S Office, M.S. Excel, M.S.Excel',
      'MS Visual Studio, MS Power BI, MS SQL Server, MS Dynamics',
    ])
      for (const mode of ['job', 'resume', 'education'] as const)
        expect(findDegreeMentions(text, { mode }), `${mode}: ${text}`).toEqual([]);
    expect(education('MS Computer Science, Hill University')).toEqual(['master:MS']);
    expect(education('M.S. Mechanical Engineering')).toEqual(['master:M.S.']);
    expect(education('Bachelor of Science, Software Development, MS Project')).toEqual(['bachelor:Bachelor']);
  });

  it("reads no master's in MS before a product's name misspelt with its last letter doubled, nor in 'MS-CIT'", () => {
    // "MS Excell" (Kaggle résumé ADVOCATE/14064815's "Data entry: MS Excell, MS Office"); MS-CIT is the Maharashtra
    // State Certificate in Information Technology, a computer course Indian résumés list.
    for (const text of ['Data entry: MS Excell, MS Office', 'MS EXCELL', 'Computer: MS-CIT', 'MS CIT (2012)'])
      for (const mode of ['job', 'resume', 'education'] as const)
        expect(findDegreeMentions(text, { mode }), `${mode}: ${text}`).toEqual([]);
    // A field whose word doubles a letter is still the degree's ("MS Biology", "MS Accounting", a word no product's).
    expect(education('MS Accounting, Hill University')).toEqual(['master:MS']);
    expect(education('MS Finance 2012')).toEqual(['master:MS']);
  });

  it("reads a master's in MS before a field whose first word is a Microsoft product's", () => {
    // Project Management, Power Systems, Visual Communication: the field, not Microsoft Project, Power BI, Visual Studio.
    expect(education('M.S. Project Management, Hill University')).toEqual(['master:M.S.']);
    expect(education('MS Project Management, Hill University')).toEqual(['master:MS']);
    expect(education('MS Power Systems, Hill University')).toEqual(['master:MS']);
    expect(education('M.S. Power Electronics')).toEqual(['master:M.S.']);
    expect(education('MS Visual Communication, Hill University')).toEqual(['master:MS']);
    // The products themselves, and a product's name before other words, stay Microsoft.
    for (const text of [
      'MS Project Professional, MS Power Point',
      'MS Visual Basic and MS Project 2010',
      'MS Power BI',
    ])
      expect(education(text), text).toEqual([]);
  });

  it('reads the titles and short forms only in education mode', () => {
    for (const text of ['Mgr., Univerzita Karlova', 'A.B. in Economics', 'BIT in Software Engineering', 'MPP, Hill']) {
      expect(levels(text), text).toEqual([]);
      expect(levels(text, 'resume'), text).toEqual([]);
    }
    // The ATS score reads an education section in education mode.
    expect(highestDegreeLevel(['Bc., Masarykova univerzita', 'Ing., ČVUT'], { mode: 'education' })).toBe('master');
  });
});
