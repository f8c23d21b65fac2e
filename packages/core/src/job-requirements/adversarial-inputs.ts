// Pathological inputs of size n (a generator per shape), shared by adversarial.test.ts (what each one must produce) and
// the linear-time benchmark (`pnpm bench --only adversarial`: the time at n and 2n). Test and bench data only.

export const PATHOLOGICAL: readonly (readonly [string, (size: number) => string])[] = [
  ['a number, then spaces', (size) => `5${' '.repeat(size)}`],
  ['"$5", spaces, a word', (size) => `$5${' '.repeat(size)}x`],
  ['"<a " repeated', (size) => '<a '.repeat(size / 3)],
  ['one long word', (size) => 'a'.repeat(size)],
  ['dots', (size) => '.'.repeat(size)],
  ['many requirements', (size) => '5 years of Python. '.repeat(size / 19)],
  ['spaces, then a separator', (size) => `Berlin${' '.repeat(size)}x;`],
  ['a line with spaces, then a colon', (size) => `Nice to have${' '.repeat(size)}x:`],
  ['"Certified" and degree words repeated', (size) => 'Certified Associate Master Certificate '.repeat(size / 39)],
  // Round 23: MS before a Microsoft product's word (namesMicrosoftProduct), degrees after a position's or an employer's
  // label (afterPositionLabel), MS and a long run of spaces before a product.
  [
    'MS before product words and fields',
    (size) => 'MS Project Management, MS-Excel, M.S. Visual Arts MS '.repeat(size / 53),
  ],
  [
    'degrees after position and employer labels',
    (size) => 'Designation: MBA Trainee, Company: Master Builders, '.repeat(size / 51),
  ],
  ['MS, then spaces, then a product', (size) => `MS${' '.repeat(size)}Office`],
  ['a label, then spaces and a degree', (size) => `Position:${' '.repeat(size)}MBA`],
];

// For readJobRequirements' own readers: lists of fields of study and of groups, and the words around broad fields
// and loose aliases.
export const READER_PATHOLOGICAL: readonly (readonly [string, (size: number) => string])[] = [
  ...PATHOLOGICAL,
  ['"in" and spaces, no "or related field"', (size) => `in ${'in '.repeat(size / 6)}${' '.repeat(size / 2)}or related`],
  ['"in x or related" repeated', (size) => 'in Physics or related '.repeat(size / 22)],
  ['"teams including" repeated', (size) => 'teams including Python, '.repeat(size / 24)],
  [
    '"under the" and a loose alias repeated',
    (size) => 'under the supervision physician outreach IT Specialist '.repeat(size / 55),
  ],
  ['upper-case letters without "We"', (size) => 'A'.repeat(size)],
  ['a skill list on one line', (size) => 'Python, SQL, teamwork, '.repeat(size / 23)],
  ['soft skills on one line', (size) => 'communication skills and teamwork '.repeat(size / 34)],
  [
    'a company name, abbreviations and fields before nouns repeated',
    (size) => 'Acme Recruitment SOC, LAN and WAN construction documentation sales orders '.repeat(size / 74),
  ],
  [
    'offers, agency notices and degrees before fields repeated',
    (size) =>
      'will give you exposure to Spark to all staffing agencies BS.c Electrical Engineering or MS.c Computer Science '.repeat(
        size / 106,
      ),
  ],
  ['"give you" and spaces, no "exposure"', (size) => `give you${' '.repeat(size)}x`],
  [
    'possessives, plural practitioners, R&D and "both" degrees in one sentence',
    (size) =>
      "our silicon and product roadmap systems engineers R&D Software Engineer both a Bachelor's and Master's degree ".repeat(
        size / 104,
      ),
  ],
  [
    'a degree field list of "e.g." and hiring-process notes repeated',
    (size) =>
      `Bachelor's degree in a field, ${'e.g., math, i.e. data, '.repeat(size / 46)}workplace accommodation you're applying this recruitment`,
  ],
  ['"our" and spaces before a skill', (size) => `our${' '.repeat(size)}product roadmap`],
  [
    'negations, travel, teams worked with, spelled-out names and glued headings repeated',
    (size) =>
      'no cold calling travel to trade shows partner with Field Sales Mine Safety Health Administration (MSHA) EducationBachelor interviewing lifecycle '.repeat(
        size / 139,
      ),
  ],
  ['places read as activities repeated', (size) => 'the emergency room and data centers, '.repeat(size / 37)],
  [
    'capitalised words, then an abbreviation',
    (size) => `${'Mine Safety '.repeat(size / 12)}Health Administration (MSHA)`,
  ],
];
