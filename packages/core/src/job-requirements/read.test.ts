import { describe, expect, it } from 'vitest';
import { parseJob } from '../schemas/parse.js';
import { createSkillTaxonomy } from '../skills/taxonomy.js';
import {
  phrasePositions,
  plainJobDescription,
  readDegreeRequirement,
  readJobRequirements,
  readJobSkills,
  readYearsRequirement,
  skillConfidence,
} from './read.js';

const names = (skills: ReadonlyArray<{ skill: string }>) => skills.map((skill) => skill.skill);
/** The names of every skill read from an ad with this description, title and company. */
const readSkillNames = (description: string, title = 'Accounting Specialist', company?: string) => {
  const requirements = readJobRequirements({ title, description, skills: [], company });
  return names([...requirements.requiredSkills, ...requirements.preferredSkills]);
};

const googleStyle = parseJob({
  id: 'g',
  source: 'test',
  title: 'Senior Python Developer',
  description: [
    'We build APIs.',
    'Minimum qualifications:',
    '- BS/MS in Computer Science or equivalent practical experience.',
    '- 3+ years of experience with Django and PostgreSQL.',
    '',
    'Preferred qualifications:',
    '- 5 years of experience with Kubernetes.',
    '- Experience with Terraform.',
    "- Master's degree.",
  ].join('\n'),
});

describe('readJobRequirements', () => {
  it('splits required from preferred skills by section, with where each was found', () => {
    const read = readJobRequirements(googleStyle);
    expect(names(read.requiredSkills)).toEqual(expect.arrayContaining(['Python', 'Django', 'PostgreSQL']));
    expect(names(read.preferredSkills)).toEqual(['Kubernetes', 'Terraform']);
    expect(read.requiredSkills.find((skill) => skill.skill === 'Python')?.foundIn).toEqual(['title']);
    expect(read.preferredSkills[0]).toMatchObject({
      skill: 'Kubernetes',
      required: false,
      foundIn: ['preferred-section'],
      frequency: 1,
    });
  });

  it('does not take a degree field for a skill', () => {
    expect(names(readJobRequirements(googleStyle).requiredSkills)).not.toContain('Computer Science');
  });

  it('reads years from the required part, degree, and seniority', () => {
    const read = readJobRequirements(googleStyle);
    expect(read.years).toEqual({ min: 3 });
    expect(read.degree).toEqual({ level: 'bachelor', preferred: false, equivalentAllowed: true });
    expect(read.seniority).toBe('senior');
  });

  it('falls back to preferred years and degrees when the ad states only those', () => {
    const read = readJobRequirements(
      parseJob({
        id: 'p',
        source: 'test',
        title: 'Welder',
        description: 'Nice to have:\n- 2 years of experience\n- Associate degree in welding technology',
      }),
    );
    expect(read.years).toEqual({ min: 2 });
    expect(read.degree).toMatchObject({ level: 'associate', preferred: true });
    expect(read.seniority).toBeUndefined();
  });

  it("prefers the job's stated years", () => {
    const job = parseJob({
      id: 's',
      source: 'test',
      title: 'Nurse',
      experienceYears: { min: 1, max: 3 },
      description: '5+ years of experience.',
    });
    expect(readJobRequirements(job).years).toEqual({ min: 1, max: 3 });
  });

  it('keeps listed skills, optional when the ad names them only as a plus, and ignores the text when the list is long', () => {
    const taxonomy = createSkillTaxonomy([
      { name: 'Python', category: 'programming-language', aliases: [] },
      { name: 'Docker', category: 'cloud-and-devops', aliases: [] },
      { name: 'Rust', category: 'programming-language', aliases: [] },
    ]);
    const job = parseJob({
      id: 'l',
      source: 'test',
      title: 'Engineer',
      skills: ['python', 'Docker', 'Pulumi'],
      description: 'You write Python and Rust.\nDocker is a plus. Pulumi experience is a plus.',
    });
    const read = readJobRequirements(job, { taxonomy });
    expect(names(read.requiredSkills)).toEqual(['Python', 'Rust']);
    expect(read.requiredSkills[0]?.foundIn).toEqual(['listed', 'description']);
    expect(read.preferredSkills.map((skill) => [skill.skill, skill.foundIn])).toEqual([
      ['Docker', ['listed', 'preferred-section']],
      ['Pulumi', ['listed', 'preferred-section']],
    ]);
    expect(names(readJobRequirements(job, { taxonomy, minimumListedSkills: 3 }).requiredSkills)).toEqual(['Python']);
  });

  it('reads HTML descriptions and caps long input', () => {
    const job = parseJob({
      id: 'h',
      source: 'test',
      title: 'Engineer',
      description: '<h3>Nice to have</h3><ul><li>Kubernetes</li></ul>',
    });
    expect(names(readJobRequirements(job).preferredSkills)).toEqual(['Kubernetes']);
    const long = parseJob({
      id: 'x',
      source: 'test',
      title: 'Engineer',
      description: `${'word '.repeat(10_000)} Kubernetes`,
    });
    expect(names(readJobRequirements(long).requiredSkills)).toEqual([]);
  });
});

describe('plainJobDescription', () => {
  it('turns HTML into lines and keeps plain text', () => {
    expect(plainJobDescription({ description: '<p>One</p><p>Two</p>' })).toBe('One\nTwo');
    expect(plainJobDescription({ description: 'a < b' })).toBe('a < b');
  });
});

describe('readDegreeRequirement', () => {
  it('reads the lowest required degree, else a preferred one', () => {
    expect(readDegreeRequirement("Bachelor's degree required. Master's degree preferred.")).toEqual({
      level: 'bachelor',
      preferred: false,
      equivalentAllowed: false,
    });
    expect(readDegreeRequirement('Nice to have:\n- MSc in Statistics')).toEqual({
      level: 'master',
      preferred: true,
      equivalentAllowed: false,
    });
    expect(readDegreeRequirement('No degree needed.')).toBeUndefined();
  });
});

describe('readYearsRequirement', () => {
  it('reads required years before preferred ones', () => {
    expect(
      readYearsRequirement(
        'Requirements:\n- 2+ years of experience\n\nPreferred qualifications:\n- 5 years of experience in retail',
      ),
    ).toEqual({ min: 2 });
    expect(readYearsRequirement('3-5 years of experience with Python.')).toEqual({ min: 3, max: 5 });
    expect(readYearsRequirement('Nice to have: 4 years of experience.')).toEqual({ min: 4 });
    expect(readYearsRequirement('')).toBeUndefined();
    expect(readYearsRequirement('Bachelor degree in Computer Science or related field1+ years of experience')).toEqual({
      min: 1,
    });
  });
});

describe('readJobSkills', () => {
  it('gives the skills readJobRequirements gives', () => {
    const { requiredSkills, preferredSkills } = readJobRequirements(googleStyle);
    expect(readJobSkills(googleStyle)).toEqual({ requiredSkills, preferredSkills });
  });
});

describe('flattened ads', () => {
  it('reads list items that run into each other', () => {
    const job = parseJob({
      id: 'f',
      source: 'test',
      title: 'Data Analyst',
      description:
        'QualificationsStrong communication skills and accuracyData Visualization skills.Experience with Tableau is a plusExperience with SQL is required',
    });
    const read = readJobRequirements(job);
    expect(names(read.requiredSkills)).toEqual(expect.arrayContaining(['Data Visualization', 'SQL']));
    expect(names(read.preferredSkills)).toEqual(['Tableau']);
    expect(
      names(
        readJobRequirements(
          parseJob({
            id: 'j',
            source: 'test',
            title: 'Web Developer',
            description: 'You know JavaScript and Node.JS; LinkedIn and iPhone apps.',
          }),
        ).requiredSkills,
      ),
    ).toEqual(expect.arrayContaining(['JavaScript', 'Node.js']));
  });
});

describe('employer and benefit sections', () => {
  it('skips skills in "About us" and "Benefits" parts, up to the next label of a flattened line', () => {
    const job = parseJob({
      id: 'b',
      source: 'test',
      title: 'Sales Executive',
      description: [
        'About Us: We run a social media marketing agency. Responsibilities: Negotiate shipping rates and manage accounts in Salesforce.',
        'BENEFITS:Tuition for a Python course RESPONSIBILITIES:Build reports in Microsoft Excel',
        'Requirements:',
        '- Quick decision-making',
      ].join('\n'),
    });
    const found = names(readJobRequirements(job).requiredSkills);
    expect(found).toEqual(expect.arrayContaining(['Salesforce', 'Microsoft Excel', 'Decision Making']));
    expect(found).not.toContain('Social Media Marketing');
    expect(found).not.toContain('Python');
  });
});

describe('qualification sections', () => {
  it('reads Basic vs Preferred qualifications and a Bonus list', () => {
    const job = parseJob({
      id: 'a',
      source: 'test',
      title: 'Cloud Engineer',
      description:
        'Basic Qualifications\n- 2+ years of experience with Linux and Terraform\n\nPreferred Qualifications\n- Kubernetes\n- AWS certification\n\nBonus:\n- Go',
    });
    const read = readJobRequirements(job);
    expect(names(read.requiredSkills)).toEqual(expect.arrayContaining(['Linux', 'Terraform']));
    expect(names(read.preferredSkills)).toEqual(expect.arrayContaining(['Kubernetes']));
    expect(names(read.requiredSkills)).not.toContain('Kubernetes');
    expect(read.years).toEqual({ min: 2 });
  });
});

describe('broad fields, loose aliases and lists of groups', () => {
  const read = (title: string, description: string) => {
    const requirements = readJobRequirements({ title, description, skills: [] });
    return { required: names(requirements.requiredSkills), preferred: names(requirements.preferredSkills) };
  };

  it('takes no broad field from the title, an occupation, an office or a department', () => {
    const { required } = read(
      'IT Administrator',
      'The Office of Information Technology is hiring. You will join our IT department and work with IT professionals.\nRequirements:\n- Windows Server and Active Directory',
    );
    expect(required).not.toContain('Information Technology');
    expect(required).toEqual(expect.arrayContaining(['Windows Server', 'Active Directory']));
    expect(read('Data Scientist', 'As a Data Scientist you will build models in Python.').required).not.toContain(
      'Data Science',
    );
  });

  it('keeps a broad field the ad asks of the candidate', () => {
    expect(
      read('Analyst', 'Requirements:\n- Strong knowledge of statistics\n- Experience in marketing').required,
    ).toEqual(expect.arrayContaining(['Statistics', 'Marketing']));
  });

  it('reads no skill from another kind of the thing or from someone else doing it', () => {
    const { required } = read(
      'Pharmacy Technician',
      'Perform the physician outreach process. Under the supervision of the pharmacist, fill prescriptions.',
    );
    expect(required).not.toContain('Community Outreach');
    expect(required).not.toContain('People Management');
  });

  it('reads no skill from a degree\'s field named without "in"', () => {
    const read = readJobRequirements({
      title: 'Layout Lead',
      skills: [],
      description:
        '## Minimum Qualifications\n- B.Sc. or M.Sc. Electrical Engineering or Computer Engineering\n- BSc Computer Science\n- 4+ years of Layout Design experience with Python',
    });
    const names = read.requiredSkills.map((skill) => skill.skill.toLowerCase());
    expect(names).toEqual(expect.arrayContaining(['layout design', 'python']));
    for (const field of ['electrical engineering', 'computer engineering', 'computer science'])
      expect(names).not.toContain(field);
    expect(read.degree?.level).toBe('bachelor');
  });

  it('skips lists of fields of study and of the groups the job works with', () => {
    const { required, preferred } = read(
      'Product Marketing Manager',
      'Partner with stakeholders including product, user experience and leadership, to drive SEO.\nPreferred qualifications:\n- Further education or experience in engineering, computer science or other technical related field.',
    );
    expect([...required, ...preferred]).not.toEqual(expect.arrayContaining(['User Experience Design']));
    expect(preferred).not.toContain('Computer Science');
    expect(required).toContain('Search Engine Optimization');
  });
});

describe('words torn from phrases, employer names and short abbreviations', () => {
  const read = (title: string, description: string, company?: string) => {
    const requirements = readJobRequirements({ title, description, skills: [], ...(company ? { company } : {}) });
    return [...names(requirements.requiredSkills), ...names(requirements.preferredSkills)];
  };

  it('reads no broad field from a word that qualifies another noun, and keeps one asked for itself', () => {
    const skills = read(
      'Office Coordinator',
      'Requirements:\n- Prepare construction documentation and create sales orders in the ERP\n- Support information technology systems',
    );
    expect(skills).not.toEqual(expect.arrayContaining(['Construction']));
    expect(skills).not.toContain('Sales');
    expect(skills).not.toContain('Information Technology');
    expect(read('Estimator', 'Requirements:\n- 3 years of construction experience').includes('Construction')).toBe(
      true,
    );
    expect(read('Developer', 'Requirements:\n- Python and C++ programming languages')).toContain('Programming');
  });

  it('reads no skill from a name for analytics or a chart of another thing', () => {
    const skills = read('Analyst', 'Requirements:\n- Knowledge of advertising analytics and process control charts');
    expect(skills).not.toContain('Advertising');
    expect(skills).not.toContain('Industrial Automation');
  });

  it("reads no skill from the employer's name", () => {
    const text = 'To find out more about Progressive Recruitment, visit our site.\nRequirements:\n- SAP and Excel';
    expect(read('Buyer', text, 'Progressive GE')).not.toContain('Recruitment');
    expect(read('Buyer', text, 'Progressive GE')).toContain('SAP');
  });

  it('reads a short abbreviation only where the ad asks for it, defines it or lists it with other skills', () => {
    expect(read('RN Case Manager', 'Every SOC, ROC and recertification will be reported to the team.')).not.toContain(
      'Security Operations',
    );
    expect(read('Help Desk', 'Provide support for wired and wireless LAN and WAN communications.')).toContain(
      'LAN/WAN',
    );
    expect(read('Analyst', 'Requirements:\n- Experience in a SOC')).toContain('Security Operations');
  });

  it('reads no skill from the people someone supervises or works with, nor from the disciplines coordinated', () => {
    const skills = read(
      'RN Case Manager',
      'Supervises LVN and HHA staff. Coordinates visits among all disciplines (SN, PT, OT, ST). Works with QA and automation engineers.',
    );
    expect(skills).not.toEqual(expect.arrayContaining(['Physical Therapy']));
    expect(skills).not.toContain('Occupational Therapy');
    expect(skills).not.toContain('Quality Assurance');
  });

  it('reads no skill from a "Why join us" section or a sentence glued to an upper-case name', () => {
    const skills = read(
      'Backend Engineer',
      'Requirements:\n- Go and Kubernetes\n\n### **Why Join Us?**\nApply systems-engineering principles to autonomous vehicles.\nOverview of ACMEWe are advisors who provide investment management.',
    );
    expect(skills).toEqual(expect.arrayContaining(['Go', 'Kubernetes']));
    expect(skills).not.toContain('Autonomous Vehicles');
    expect(skills).not.toContain('Investment Management');
  });
});

describe('rules written from the errors of labelled sets 1-6 (December 2026)', () => {
  it('reads no skill from the plural of the people who practise it', () => {
    expect(
      readSkillNames(
        'Physical Therapists work with us to open their own clinics.\nRequirements:\n- Accounts payable experience.',
      ),
    ).not.toContain('Physical Therapy');
    expect(
      readSkillNames('Work closely with algorithm teams, systems engineers, and architects.\nExperience with Python.'),
    ).not.toContain('Systems Engineering');
    // The skill itself, or one person who practises it, still counts.
    expect(readSkillNames('Requirements:\n- 3 years of physical therapy experience.')).toContain('Physical Therapy');
    expect(readSkillNames('Requirements:\n- Experience as a systems engineer.')).toContain('Systems Engineering');
  });

  it('reads no skill from a common noun the employer owns ("our product roadmap")', () => {
    expect(
      readSkillNames(
        'You will validate kernel features that support our silicon and product roadmap.\nExperience with Python.',
      ),
    ).not.toContain('Product Roadmapping');
    expect(readSkillNames('Own the product roadmap and its priorities.\nExperience with Jira.')).toContain(
      'Product Roadmapping',
    );
    // A name stays a skill: the candidate works in it.
    expect(readSkillNames('Maintain our Salesforce CRM and reports.\nExperience with Excel.')).toContain('Salesforce');
  });

  it('reads R&D as a department or field, a skill only where the ad asks for it', () => {
    expect(readSkillNames('We are seeking a mechanical engineer to join our dynamic R&D team.')).not.toContain(
      'Research and Development',
    );
    expect(
      readSkillNames('We are looking for a highly motivated R&D Software Engineer with strong C++ skills.'),
    ).not.toContain('Research and Development');
    expect(readSkillNames('You will own the full cycle of deep learning R&D for our cameras.')).not.toContain(
      'Research and Development',
    );
    expect(readSkillNames('Requirements:\n- Proven experience in R&D.')).toContain('Research and Development');
  });

  it('reads no field of study listed after "e.g." in a degree as a skill', () => {
    const text =
      "Requirements:\nBachelor's degree in a relevant field, e.g., math, data analysis, computer science, Artificial Intelligence (AI); three years of experience with SQL.";
    expect(readSkillNames(text)).not.toContain('Artificial Intelligence');
    expect(readSkillNames(text)).toContain('SQL');
  });

  it('reads no skill from an "About the organization" section', () => {
    const text =
      'Requirements:\n- Experience with CAD.\n\nABOUT THE ORGANIZATION: In 1978 a dental technician saw the need for a laboratory with outstanding customer service.';
    expect(readSkillNames(text, 'Dental CAD Designer')).not.toContain('Customer Service');
  });

  it('reads the higher degree where the ad asks for both', () => {
    expect(readDegreeRequirement("Both a Bachelor's and Master's degree in Computer Science.")?.level).toBe('master');
    // Flattened ads write the apostrophe as "*".
    expect(readDegreeRequirement('Both a Bachelor*s and Master*s degree in Computer Science.')?.level).toBe('master');
    expect(readDegreeRequirement("Bachelor's or Master's degree in Computer Science.")?.level).toBe('bachelor');
    expect(readDegreeRequirement("Bachelor's degree required; Master's degree preferred.")?.level).toBe('bachelor');
  });
});

describe('rules written from the errors of labelled sets 1-7 (December 2026)', () => {
  it("reads no skill from the employer's own name or a product named after it", () => {
    // The employer itself, named as a skill.
    expect(
      readSkillNames(
        'Deliver outstanding service to Fortinet customers.\nExperience with SD-WAN.',
        'Account Manager',
        'Fortinet, Inc',
      ),
    ).not.toContain('Fortinet');
    expect(
      readSkillNames('Requirements:\n- Experience with Fortinet firewalls.', 'Network Engineer', 'Acme'),
    ).toContain('Fortinet');
    // A title that names the employer's product or team.
    expect(
      readSkillNames(
        'Lead global analytical projects.\nExperience with SQL.',
        'Operations Analyst, Sales, Google Cloud',
        'Google',
      ),
    ).not.toContain('Google Cloud Platform');
    expect(readSkillNames('Lead global analytical projects.', 'Cloud Engineer, Google Cloud', 'Acme')).toContain(
      'Google Cloud Platform',
    );
  });

  it('reads no skill the ad says the job does not ask, nor the places it travels to', () => {
    const insurance = 'Unlimited in-house leads provided for you. NO COLD-CALLING.\nRequirements:\n- A health license.';
    expect(readSkillNames(insurance, 'Health Insurance Agent')).not.toContain('Prospecting');
    expect(readSkillNames('Requirements:\n- Cold calling and lead generation experience.', 'Sales Agent')).toContain(
      'Prospecting',
    );
    const travel = 'This position requires domestic and international travel to trade shows and vendors.';
    expect(readSkillNames(travel, 'Head of Product')).not.toContain('Trade Shows');
    expect(readSkillNames('Requirements:\n- Experience planning trade shows.', 'Event Manager')).toContain(
      'Trade Shows',
    );
  });

  it('reads no skill from a team the candidate partners with, nor from the tail of a spelled-out name', () => {
    const sales =
      'Drive sales in a territory and partner with Field Sales.\nWork with the Field Sales and Engineering teams on deals.';
    expect(readSkillNames(sales, 'Solutions Account Manager')).not.toContain('Field Sales');
    expect(readSkillNames('Requirements:\n- Experience working in Field Sales.', 'Account Manager')).toContain(
      'Field Sales',
    );
    const agency =
      'Required Skills:\nWorking knowledge of Mine Safety Health Administration (MSHA) standards and electrical codes.';
    expect(readSkillNames(agency, 'Journeyman Electrician')).not.toContain('Healthcare Administration');
    expect(readSkillNames('Requirements:\n- Experience in Health Administration.', 'Clinic Manager')).toContain(
      'Healthcare Administration',
    );
    // The skill's own abbreviation spells the skill alone.
    expect(readSkillNames('Requirements:\n- Search Engine Optimization (SEO) experience.', 'Marketer')).toContain(
      'Search Engine Optimization',
    );
  });

  it('reads no skill from agents, from a field glued to an education heading, nor from a lifecycle', () => {
    expect(
      readSkillNames('We are looking for driven Health Insurance Agents.\nRequirements:\n- Excel.', 'Agent'),
    ).not.toContain('Insurance Sales');
    const glued =
      "Photography skills preferred\nEducationBachelor's degree in journalism, communications, or public relations";
    expect(readSkillNames(glued, 'Content Writer')).not.toContain('Public Relations');
    expect(readSkillNames('Requirements:\n- Public relations experience.', 'Content Writer')).toContain(
      'Public Relations',
    );
    const lifecycle = 'Use Apps Script to automate processes across the interviewing lifecycle.\nExperience with SQL.';
    expect(readSkillNames(lifecycle, 'Project Lead')).not.toContain('Interviewing');
  });
});

describe('rules written from the errors of labelled sets 1-7, second round (December 2026)', () => {
  it('reads no activity from the place it is done in', () => {
    const consultation =
      'Provides consultation (inpatient, and emergency room) upon request.\nBoard certification required.';
    expect(readSkillNames(consultation, 'Consultant, Gynecology Oncology')).not.toContain('Emergency Care');
    expect(readSkillNames('Requirements:\n- Two years of emergency care experience.', 'Nurse')).toContain(
      'Emergency Care',
    );
    const photonics =
      'Our chipsets solve bottlenecks for servers, data centers, and networking systems.\nRequirements:\n- Python.';
    expect(readSkillNames(photonics, 'Photonics Layout Intern')).not.toContain('Data Center Operations');
    expect(readSkillNames('Requirements:\n- Experience in data center operations.', 'Technician')).toContain(
      'Data Center Operations',
    );
    // The activity's own word is named with the place: the skill stays.
    expect(readSkillNames('Requirements:\n- Experience working in a security operations center.', 'Analyst')).toContain(
      'Security Operations',
    );
  });
});

describe('hostile input', () => {
  // Asserts what they read, not how long they took (no timings in tests; adversarial.test.ts holds the linear-time
  // checks and `pnpm bench --only adversarial` the times).
  it('reads long crafted descriptions into at most one skill each, and the one degree they name', () => {
    const inputs = [
      `высшее${' '.repeat(40_000)}`,
      'Ab (CMS) '.repeat(5_000),
      `BENEFITS:${'X'.repeat(40_000)}`,
      'Skills:\n'.repeat(6_000),
      'degree in '.repeat(5_000),
      `${'accuracy'.repeat(5_000)}Data`,
      'a.Bcd'.repeat(8_000),
      `${'Word '.repeat(8_000)}:`,
      `in ${' '.repeat(30_000)}or related field`,
      'teams including IT, '.repeat(2_000),
    ];
    const read = inputs.map((description) =>
      readJobRequirements({ title: 'Engineer '.repeat(100), description, skills: [] }),
    );
    // ('Word ' × 8,000 names Microsoft Word.)
    expect(read.map((requirements) => requirements.requiredSkills.length <= 1)).toEqual(inputs.map(() => true));
    expect(read.every((requirements) => requirements.preferredSkills.length === 0)).toBe(true);
    expect(read.map((requirements) => requirements.degree?.level)).toEqual(
      inputs.map((description) => (description.startsWith('degree in ') ? 'bachelor' : undefined)),
    );
  });
});

describe('skillConfidence', () => {
  const job = parseJob({
    id: 'c',
    source: 'test',
    title: 'Data Engineer',
    description: [
      'We are a construction company.',
      'Requirements:',
      '- Python, SQL and Apache Airflow',
      '- Strong knowledge of SQL query tuning',
      '- Experience in construction',
      '',
      'You will help with recruiting now and then.',
    ].join('\n'),
  });
  const read = readJobRequirements(job);
  const find = (name: string) =>
    [...read.requiredSkills, ...read.preferredSkills].find((skill) => skill.skill === name);

  it('reads how the ad names each skill', () => {
    expect(find('SQL')?.evidence).toEqual({ asked: 2, listed: 1, named: true, field: false });
    expect(find('Construction')?.evidence).toMatchObject({ field: true, listed: 0 });
  });

  it('is surer of a skill named twice or listed with others than of a field or a one-word alias named once', () => {
    const sql = find('SQL');
    const construction = find('Construction');
    const recruitment = find('Recruitment');
    expect(sql?.confidence).toBeGreaterThan(0.95);
    expect(construction?.confidence).toBeLessThan(0.85);
    // "recruiting" is an alias of Recruitment: the ad never writes the skill's own name.
    expect(recruitment?.evidence.named).toBe(false);
    expect(recruitment?.confidence).toBeLessThan(sql?.confidence ?? 0);
    for (const skill of [...read.requiredSkills, ...read.preferredSkills]) {
      expect(skill.confidence).toBe(skillConfidence(skill));
      expect(skill.confidence).toBeGreaterThan(0);
      expect(skill.confidence).toBeLessThan(1);
    }
  });

  it('counts a skill in the job’s own skills list as listed and named', () => {
    const listed = readJobRequirements(parseJob({ id: 'l', source: 'test', title: 'Clerk', skills: ['Bookkeeping'] }));
    expect(listed.requiredSkills[0]).toMatchObject({
      skill: 'Bookkeeping',
      evidence: { asked: 1, listed: 1, named: true, field: false },
    });
    expect(listed.requiredSkills[0]?.confidence).toBeGreaterThan(0.95);
  });
});

describe('phrasePositions', () => {
  // The regex it stands for, compiled per phrase as it was before (about 0.7 ms each under /giu).
  const reference = (text: string, phrase: string) => {
    const escaped = phrase
      .trim()
      .slice(0, 100)
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (escaped === '') return [];
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}+#])`, 'giu');
    return [...text.matchAll(pattern)].map((match) => match.index);
  };
  const cases: [string, string][] = [
    ['Java', 'JavaScript, Java, java. JAVA/Java2 Java+ Java#'],
    ['C++', 'C++, c++ and C+++ or C++x'],
    ['a a', 'xa a a a a'],
    ['aa', 'aaaa aa'],
    ['SQL', '\u{1d400}SQL SQL\u{1d400} SQL\u0345 SQL'],
    ['kubernetes', '\u212Aubernetes and KUBERNETES'],
    ['sas', '\u017Fas, SAS'],
    ['node.js', 'Node.js nodeXjs node.js'],
    ['  Excel  ', 'Excel excel'],
    ['', 'anything'],
    ['\u{1d400}', '\u{1d400} \u{1d400}\u{1d400} x\u{1d400}'],
    ['R', 'R, R&D, R.'],
  ];
  it('finds the matches the per-phrase regex found, overlaps, case folds and surrogate pairs included', () => {
    for (const [phrase, text] of cases)
      expect([phrase, phrasePositions(text, phrase)]).toEqual([phrase, reference(text, phrase)]);
    // Not vacuous: after a match rejected by its boundaries the search goes one code point on, not past it.
    expect(phrasePositions('xa a a a a', 'a a')).toEqual([3, 7]);
  });
});

describe('the description read once for skills and years', () => {
  // Same length, different asks: a reading kept for the wrong text (by length, by job, for the last call) answers wrong.
  const first = 'Requirements:\n3+ years of experience with Python.\nNice to have: Kubernetes.';
  const second = 'Requirements:\n7+ years of experience with Golang.\nNice to have: Terraform .';
  it('answers each description for itself, whichever was read just before', () => {
    expect(first.length).toBe(second.length);
    const fresh = (text: string) => ({
      years: readYearsRequirement(text),
      skills: readJobSkills({ title: 'Engineer', description: text, skills: [] }),
    });
    const alone = [fresh(first), fresh(second)];
    expect(alone[0]?.years).toEqual({ min: 3 });
    expect(alone[1]?.years).toEqual({ min: 7 });
    for (const order of [
      [first, second, first, first, second, second, first],
      [second, first, second],
    ])
      for (const text of order) {
        readJobRequirements({ title: 'Engineer', description: text === first ? second : first, skills: [] });
        expect(fresh(text)).toEqual(alone[text === first ? 0 : 1]);
        expect(readJobRequirements({ title: 'Engineer', description: text, skills: [] }).years).toEqual(
          text === first ? { min: 3 } : { min: 7 },
        );
      }
    expect(JSON.stringify(alone[0]?.skills)).toContain('Python');
    expect(JSON.stringify(alone[1]?.skills)).toContain('"Go"');
  });
});
