// Realistic jobs and people shared by the rankers' tests. Not exported from the package.
import {
  createSkillTaxonomy,
  parseJob,
  parseProfile,
  parseResume,
  type Job,
  type Profile,
  type Resume,
  type SkillTaxonomy,
} from '@rolefit/core';

/**
 * A small, fixed taxonomy, so exact assertions do not change when the built-in skill data grows.
 * Tests that check behaviour against the built-in taxonomy assert less exactly.
 */
export const testTaxonomy: SkillTaxonomy = createSkillTaxonomy([
  { name: 'JavaScript', category: 'programming-language', aliases: ['JS', 'ECMAScript'] },
  { name: 'TypeScript', category: 'programming-language', aliases: [] },
  { name: 'Java', category: 'programming-language', aliases: [] },
  { name: 'Python', category: 'programming-language', aliases: [] },
  { name: 'Rust', category: 'programming-language', aliases: [] },
  {
    name: 'Go',
    category: 'programming-language',
    aliases: [
      { text: 'Go', caseSensitive: true, unlessFollowedBy: ['to'], contextWords: ['golang', 'services', 'backend'] },
      'Golang',
    ],
  },
  { name: 'Node.js', category: 'web-and-mobile', aliases: ['NodeJS', 'Node'] },
  { name: 'Express', category: 'web-and-mobile', aliases: ['Express.js', 'ExpressJS'] },
  { name: 'React', category: 'web-and-mobile', aliases: ['React.js', 'ReactJS'] },
  { name: 'CSS', category: 'web-and-mobile', aliases: [] },
  { name: 'HTML', category: 'web-and-mobile', aliases: [] },
  { name: 'Django', category: 'web-and-mobile', aliases: [] },
  { name: 'Spring Boot', category: 'software-engineering', aliases: [] },
  { name: 'Hibernate', category: 'software-engineering', aliases: [] },
  { name: 'Maven', category: 'software-engineering', aliases: [] },
  { name: 'PostgreSQL', category: 'database', aliases: ['Postgres'] },
  { name: 'MongoDB', category: 'database', aliases: ['Mongo'] },
  { name: 'Oracle Database', category: 'database', aliases: ['Oracle'] },
  { name: 'SQL', category: 'database', aliases: [] },
  { name: 'Apache Kafka', category: 'data-and-analytics', aliases: ['Kafka'] },
  { name: 'Tableau', category: 'data-and-analytics', aliases: [] },
  { name: 'Microsoft Excel', category: 'business-software', aliases: ['Excel'] },
  { name: 'Docker', category: 'cloud-and-devops', aliases: [] },
  { name: 'Kubernetes', category: 'cloud-and-devops', aliases: ['k8s'] },
  { name: 'Terraform', category: 'cloud-and-devops', aliases: [] },
  { name: 'AWS', category: 'cloud-and-devops', aliases: ['Amazon Web Services'] },
  { name: 'Patient Care', category: 'healthcare', aliases: [] },
  { name: 'BLS', category: 'certification', aliases: ['Basic Life Support'] },
  { name: 'ACLS', category: 'certification', aliases: [] },
  { name: 'Medication Administration', category: 'healthcare', aliases: ['administer medications'] },
  { name: 'Electronic Health Records', category: 'healthcare', aliases: ['EHR', 'electronic health record'] },
  { name: 'Communication', category: 'soft-skill', aliases: ['communication skills'] },
]);

/** A fixed "now" so tests that involve dates do not drift. */
export const NOW = new Date('2025-06-01T00:00:00.000Z');

/** A Node.js backend role with required and nice-to-have skills. */
export const nodeBackendJob: Job = parseJob({
  id: 'acme:node-backend',
  source: 'sample',
  title: 'Senior Backend Engineer (Node.js)',
  company: 'Acme Payments',
  location: { city: 'Austin', region: 'TX', country: 'US', workplace: 'hybrid' },
  employmentType: 'full-time',
  experienceYears: { min: 5 },
  salary: { min: 150_000, max: 180_000, currency: 'USD', period: 'year' },
  postedAt: '2025-05-29T00:00:00.000Z',
  skills: ['Node.js', 'TypeScript', 'PostgreSQL', 'Docker', 'AWS', 'Kubernetes', 'Terraform'],
  description: [
    'We are hiring a backend engineer to build the APIs behind our payments platform.',
    'You will design REST services in Node.js and TypeScript, own PostgreSQL schemas and ship with Docker on AWS.',
    '',
    'Requirements:',
    '- 5+ years of professional experience building backend services',
    '- Strong Node.js and TypeScript',
    '- PostgreSQL, Docker, AWS',
    '',
    'Nice to have:',
    '- Kubernetes',
    '- Terraform',
  ].join('\n'),
});

/** A hospital nursing role: no overlap with software. */
export const nursingJob: Job = parseJob({
  id: 'stdavids:icu-nurse',
  source: 'sample',
  title: 'Registered Nurse - ICU',
  company: "St. David's Medical Center",
  location: { city: 'Austin', region: 'TX', country: 'US', workplace: 'onsite' },
  experienceYears: { min: 2 },
  salary: { min: 38, max: 52, currency: 'USD', period: 'hour' },
  postedAt: '2025-04-01T00:00:00.000Z',
  skills: ['Patient care', 'BLS', 'ACLS', 'Medication administration', 'Electronic health records'],
  description:
    'Provide direct patient care to critically ill patients in a 24-bed intensive care unit. Administer medications, monitor vital signs, document in the electronic health record and work with physicians. Current RN license, BLS and ACLS certification required.',
});

/** A Java role: shares "developer" words with a JavaScript resume but not the stack. */
export const javaJob: Job = parseJob({
  id: 'bigbank:java-dev',
  source: 'sample',
  title: 'Java Developer',
  company: 'Big Bank',
  location: { city: 'Dallas', region: 'TX', country: 'US', workplace: 'onsite' },
  experienceLevel: 'mid-senior',
  skills: ['Java', 'Spring Boot', 'Hibernate', 'Maven', 'Oracle'],
  description:
    'Develop and maintain Java applications for our core banking platform. You will write Spring Boot microservices, use Hibernate for persistence against Oracle and build with Maven. 4+ years of Java experience required.',
});

/** A front-end role: partial overlap with a Node.js resume. */
export const frontendJob: Job = parseJob({
  id: 'shopco:frontend',
  source: 'sample',
  title: 'Frontend Engineer',
  company: 'ShopCo',
  location: { country: 'US', workplace: 'remote' },
  experienceYears: { min: 2, max: 5 },
  skills: ['JavaScript', 'TypeScript', 'React', 'CSS', 'HTML'],
  description:
    'Build accessible, fast storefront pages in React and TypeScript. You care about CSS, HTML semantics and web performance.',
});

/** A job that carries only a skill list, no description. */
export const skillListOnlyJob: Job = parseJob({
  id: 'startup:skills-only',
  source: 'sample',
  title: 'Backend Developer',
  skills: ['Node.js', 'Express', 'MongoDB'],
});

/** A data role, for a third kind of work. */
export const dataAnalystJob: Job = parseJob({
  id: 'retail:data-analyst',
  source: 'sample',
  title: 'Data Analyst',
  company: 'Retail Group',
  location: { city: 'Chicago', region: 'IL', country: 'US', workplace: 'hybrid' },
  experienceLevel: 'associate',
  skills: ['SQL', 'Python', 'Tableau', 'Excel'],
  description:
    'Turn sales data into dashboards and insight. Daily work in SQL and Python; reporting in Tableau and Excel.',
});

/** Every job above, in a fixed order. */
export const allJobs: readonly Job[] = [
  nodeBackendJob,
  nursingJob,
  javaJob,
  frontendJob,
  skillListOnlyJob,
  dataAnalystJob,
];

/** A JavaScript/Node.js backend engineer with dated experience (about 8 years by NOW). */
export const javascriptResume: Resume = parseResume({
  id: 'resume:js-dev',
  summary: 'Backend engineer building Node.js and TypeScript services for payments and e-commerce.',
  skills: ['JavaScript', 'Node.js', 'TypeScript', 'Express', 'PostgreSQL', 'Docker', 'React'],
  experience: [
    {
      title: 'Backend Engineer',
      company: 'PayFast',
      start: '2019-03',
      end: null,
      highlights: [
        'Built REST APIs in Node.js and TypeScript serving 2M requests a day',
        'Moved PostgreSQL workloads to AWS RDS',
      ],
    },
    {
      title: 'Web Developer',
      company: 'Agency Nine',
      start: '2017-06',
      end: '2019-02',
      highlights: ['Built client sites with JavaScript, React and Express'],
    },
  ],
});

/** The same kind of person as {@link javascriptResume}, given only as plain text. */
export const plainTextResume: Resume = parseResume({
  id: 'resume:plain',
  text: `Jane Doe — Backend Developer
Austin, TX

Summary
Backend developer with 6 years of experience building web services in JavaScript and Node.js.

Experience
Software Engineer, Loop Logistics (2020–present): REST APIs in Node.js, Express and TypeScript; PostgreSQL; Docker.
Web Developer, Pixel Studio (2018–2020): JavaScript, React, HTML, CSS.`,
});

/** An ICU nurse. */
export const nurseResume: Resume = parseResume({
  id: 'resume:nurse',
  summary: 'Registered nurse with 4 years in intensive care.',
  skills: ['Patient care', 'BLS', 'ACLS', 'Medication administration'],
  totalYears: 4,
  experience: [{ title: 'Registered Nurse', company: 'Austin General', start: '2021-05', end: null }],
});

/** What the JavaScript engineer is looking for. */
export const backendProfile: Profile = parseProfile({
  desiredTitles: ['Backend Engineer'],
  locations: ['Austin, TX'],
  workplace: ['hybrid', 'remote'],
  minSalary: { amount: 140_000, currency: 'USD' },
});

/** Job ids of matches, in ranked order. */
export const rankedIds = (matches: readonly { jobId: string }[]): string[] => matches.map((match) => match.jobId);

/** Where a job stands in a ranking (-1 when absent). */
export const rankOf = (matches: readonly { jobId: string }[], job: { id: string }): number =>
  rankedIds(matches).indexOf(job.id);
