import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createOccupationKnowledge,
  decodeOccupationKnowledge,
  findOccupations,
  loadOccupationKnowledge,
  occupationProximity,
  OccupationKnowledgeError,
  relatedSkills,
  type Occupation,
  type OccupationKnowledge,
  type OccupationKnowledgeData,
  type OccupationKnowledgeFile,
} from './index.js';
import { WORDS_BEFORE_TRIE } from './knowledge.js';
import { sampleJobs, sampleResumes } from '../../samples/index.js';
import { OCCUPATION_PREFIXES, SKILL_PREFIXES } from './adversarial-inputs.js';
import { labelKey, matchWords, singularKey } from './match-words.js';

// Every test reads the real, shipped file (ESCO v1.2 + O*NET).
let knowledge: OccupationKnowledge;
beforeAll(async () => {
  knowledge = await loadOccupationKnowledge();
}, 60_000);

const best = (text: string) => knowledge.findOccupations(text, { limit: 3 }).map((match) => match.occupation.label);

describe('the shipped file', () => {
  it('keeps attribution in the clear and stays compact', () => {
    const raw = readFileSync(new URL('./data/occupation-knowledge.json', import.meta.url), 'utf8');
    expect(raw.length).toBeLessThan(1.5 * 1024 * 1024);
    const file = JSON.parse(raw) as { about: string; counts: Record<string, number> };
    expect(file.about).toContain('ESCO');
    expect(file.about).toContain('CC BY 4.0');
    expect(file.counts.occupations).toBe(knowledge.occupations.length);
  });

  it('loads once and shares the result', async () => {
    expect(await loadOccupationKnowledge()).toBe(knowledge);
    expect(knowledge.occupations.length).toBeGreaterThan(4000);
    expect(knowledge.skillCount).toBeGreaterThan(3000);
  });

  it('rejects a file of another version or a damaged one with a typed error', () => {
    const file = { about: '', version: 1, encoding: 'gzip+base64', sha256: '', data: 'not gzip' };
    expect(() => decodeOccupationKnowledge(file)).toThrow(OccupationKnowledgeError);
    expect(() => decodeOccupationKnowledge({ ...file, version: 99 })).toThrow(/version/);
    const wrongShape = gzipSync(Buffer.from(JSON.stringify({ version: 1 }))).toString('base64');
    expect(() => decodeOccupationKnowledge({ ...file, data: wrongShape })).toThrow(OccupationKnowledgeError);
  });
});

describe('findOccupations', () => {
  it('maps job titles to ESCO and O*NET occupations through labels and alternate labels', () => {
    expect(best('Data Scientist')).toContain('data scientist');
    expect(best('Senior Software Engineer')).toContain('software developer');
    expect(best('Registered Nurse - ICU')).toContain('Registered Nurses');
    expect(best('Bus driver')[0]).toBe('bus driver');
    // O*NET titles are plural; a plural in the text finds the singular label too.
    expect(best('Cashiers & Valets Needed!')[0]).toBe('Cashiers');
  });

  it('weighs title lines over prose, and reads plain text line by line', () => {
    const matches = knowledge.findOccupations(
      'Barista\nI worked next to a software developer for a while and learned a great deal about many things.',
    );
    expect(matches[0]?.occupation.label.toLowerCase()).toContain('barista');
    const weighted = knowledge.findOccupations([
      { text: 'barista', weight: 0.1, title: true },
      { text: 'bus driver', weight: 1, title: true },
    ]);
    expect(weighted[0]?.occupation.label).toBe('bus driver');
  });

  it('names the label that matched and orders by score', () => {
    const [first, second] = knowledge.findOccupations('machine learning engineer');
    expect(first?.label.toLowerCase()).toBe('machine learning engineer');
    expect(first!.score).toBeGreaterThanOrEqual(second?.score ?? 0);
  });

  it('reads a field in a title line as its worker, below a label as written', () => {
    // Headlines of flattened résumés (updated-resume-dataset) name the field: "DATA SCIENCE", "Electrical engineering".
    expect(best('DATA SCIENCE')).toContain('data scientist');
    expect(best('Electrical engineering')).toContain('electrical engineer');
    expect(best('Data Science Assurance Associate')).toContain('data scientist');
    const [field] = knowledge.findOccupations([{ text: 'Data Science', title: true }]);
    const [worker] = knowledge.findOccupations([{ text: 'Data Scientist', title: true }]);
    expect(field!.score).toBeLessThan(worker!.score);
    // Prose is read as written.
    expect(knowledge.findOccupations([{ text: 'we do data science', title: false }])).toEqual([]);
  });

  it('does not read a skill name ending in a one-word label, or a web address, as a job', () => {
    // "Server" is an alternate title of waiters; "SQL Server" is a database.
    expect(best('SQL Server 2008 R2')).toEqual([]);
    expect(best('Server')).toContain('Waiters and Waitresses');
    // "COMS" (O*NET) is an acronym, not the plural of the "com" of every web address.
    expect(best('indeed.com')).toEqual([]);
    expect(best('COMS')).not.toEqual([]);
    // A one-word acronym label ("PI", "MSC") is read only in capitals.
    expect(best('PI')).toContain('Detectives and Criminal Investigators');
    expect(best('Raspberry pi')).toEqual([]);
  });

  it('does not read a degree as a worker of its field', () => {
    expect(best('Msc Computer Science Pune University')).toEqual([]);
    expect(best('B.Tech. Electrical and Electronics Engineering')).toEqual([]);
  });

  it('puts first, among occupations sharing a label, one whose own title has its word', () => {
    // O*NET lists "Developer" for software developers, database architects and photographic process workers.
    const [first, second] = knowledge.findOccupations([{ text: 'Developer', title: true }]);
    expect(first?.occupation.label).toBe('Software Developers');
    // A tie-break only: the others stay close.
    expect(second!.score).toBeGreaterThanOrEqual(0.97 * first!.score);
  });

  it('handles empty, odd and huge texts', () => {
    expect(knowledge.findOccupations('')).toEqual([]);
    expect(knowledge.findOccupations('   \n\n ')).toEqual([]);
    expect(knowledge.findOccupations('!!! ??? 123 ™ 🙂')).toEqual([]);
    expect(knowledge.findOccupations([{ text: 'nurse', weight: 0 }])).toEqual([]);
    expect(knowledge.findOccupations('nurse', { limit: 0 })).toEqual([]);
    const huge = 'We hire a software developer who knows Python and SQL. '.repeat(5000);
    // The same occupations as for one sentence of it (no timings in tests).
    const found = knowledge.findOccupations(huge);
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((match) => match.label)).toEqual(
      knowledge.findOccupations(huge.slice(0, huge.length / 5000)).map((match) => match.label),
    );
  });

  it('is also exported as a function that loads the knowledge', async () => {
    expect((await findOccupations('data scientist'))[0]?.occupation.label).toBe('data scientist');
  });
});

describe('proximity', () => {
  const occupation = (label: string, source: 'esco' | 'onet'): Occupation => {
    const found = knowledge.occupations.find((candidate) => candidate.label === label && candidate.source === source);
    if (found === undefined) throw new Error(`no occupation ${label}`);
    return found;
  };

  it('ranks same occupation > linked O*NET occupation > ISCO unit > minor > major group', () => {
    const developer = occupation('software developer', 'esco');
    expect(knowledge.proximity(developer, developer)).toBe(1);
    expect(knowledge.proximity(developer, occupation('Software Developers', 'onet'))).toBe(0.9);
    expect(developer.iscoGroup).toBe('2512');
    const sameUnit = knowledge.occupations.find(
      (candidate) =>
        candidate.iscoGroup === '2512' && candidate.socCode?.slice(0, 7) !== developer.socCode?.slice(0, 7),
    );
    expect(knowledge.proximity(developer, sameUnit!)).toBe(0.75);
    expect(knowledge.proximity(developer, occupation('data scientist', 'esco'))).toBe(0.5);
    expect(knowledge.proximity(developer, occupation('bus driver', 'esco'))).toBe(0);
    expect(knowledge.iscoGroupLabel('2512')).toMatch(/software developers/i);
  });

  it('falls back on O*NET-SOC groups when an ISCO group is missing', () => {
    const base = { altLabels: [], source: 'onet' as const, iscoGroup: undefined };
    expect(
      occupationProximity(
        { ...base, id: 1, label: 'a', socCode: '29-1141.01' },
        { ...base, id: 2, label: 'b', socCode: '29-1141.03' },
      ),
    ).toBe(0.9);
    expect(
      occupationProximity(
        { ...base, id: 1, label: 'a', socCode: '29-1141.01' },
        { ...base, id: 2, label: 'b', socCode: '29-1171.00' },
      ),
    ).toBe(0.45);
    expect(
      occupationProximity(
        { ...base, id: 1, label: 'a', socCode: undefined },
        { ...base, id: 2, label: 'b', socCode: undefined },
      ),
    ).toBe(0);
  });
});

describe('skills', () => {
  it('maps ESCO and O*NET labels to the built-in taxonomy’s canonical names', () => {
    expect(knowledge.canonicalSkill('Oracle Java')).toBe('Java');
    expect(knowledge.canonicalSkill('The MathWorks MATLAB')).toBe('MATLAB');
    expect(knowledge.canonicalSkill('python')).toBe('Python');
    expect(knowledge.canonicalSkill('Haskell techniques')).toBe(knowledge.canonicalSkill('Haskell'));
    expect(knowledge.canonicalSkill('')).toBeUndefined();
    expect(knowledge.canonicalSkill('no such skill at all')).toBeUndefined();
  });

  it('finds skills in text: phrases in any case, one-word names only as written', () => {
    const found = knowledge.findSkills(
      'Oracle Java, microsoft excel and MATLAB; we swift through tasks and cut some slack.',
    );
    expect(found).toEqual(expect.arrayContaining(['Java', 'MATLAB']));
    expect(found.some((name) => /excel/i.test(name))).toBe(true);
    expect(found).not.toContain('Swift');
    expect(found).not.toContain('Slack');
    expect(knowledge.findSkills('')).toEqual([]);
  });

  it('gives related skills with a strength, strongest first, never the skill itself', () => {
    const related = knowledge.relatedSkills('Python');
    expect(related.length).toBeGreaterThan(3);
    expect(related.map((entry) => entry.skill)).toEqual(expect.arrayContaining(['Java']));
    expect(related.map((entry) => entry.skill)).not.toContain('Python');
    for (const entry of related) expect(entry.strength).toBeGreaterThan(0);
    for (let index = 1; index < related.length; index++)
      expect(related[index - 1]!.strength).toBeGreaterThanOrEqual(related[index]!.strength);
    // ESCO's broader concept is a relation of its own, and shares the taxonomy's name where it has one.
    expect(
      knowledge.relatedSkills('PostgreSQL').find((entry) => entry.skill === 'database management systems')?.relation,
    ).toBe('broader');
    expect(knowledge.relatedSkills('Haskell')[0]).toEqual({ skill: 'Programming', strength: 0.6, relation: 'broader' });
  });

  it('accepts aliases, limits and thresholds, and answers unknown skills with nothing', async () => {
    expect(knowledge.relatedSkills('python', { limit: 2 })).toHaveLength(2);
    expect(knowledge.relatedSkills('Python', { minStrength: 0.55 }).every((entry) => entry.strength >= 0.55)).toBe(
      true,
    );
    expect(knowledge.relatedSkills('no such skill at all')).toEqual([]);
    expect(knowledge.relatedSkills('')).toEqual([]);
    expect(await relatedSkills('Java', { limit: 1 })).toHaveLength(1);
  });

  it('lists an occupation’s technology skills from O*NET', () => {
    const developer = knowledge.occupations.find((candidate) => candidate.label === 'software developer');
    expect(knowledge.skillsOf(developer!)).toEqual(expect.arrayContaining(['Python', 'SQL']));
  });
});

describe('small custom knowledge', () => {
  const data: OccupationKnowledgeData = {
    version: 1,
    occupations: [
      ['widget maker', ['widgeteer'], '7001', '', 0],
      ['gadget maker', [], '7002', '', 0],
    ],
    iscoGroups: { '7': 'Craft workers' },
    skills: [
      ['widget welding', []],
      ['gadget gluing', []],
    ],
    skillCommodity: [-1, -1],
    commodities: [],
    skillLinks: [[0, 1, 1]],
    occupationSkills: {},
  };

  it('works on any data of the format', () => {
    const custom = createOccupationKnowledge(data);
    expect(custom.findOccupations('Senior Widgeteer')[0]?.occupation.label).toBe('widget maker');
    expect(custom.relatedSkills('widget welding')).toEqual([
      { skill: 'gadget gluing', strength: 0.7, relation: 'essential' },
    ]);
    expect(custom.proximity(custom.occupations[0]!, custom.occupations[1]!)).toBe(0.5);
  });

  it('gives each occupation of a shared label its own weight and label as written, each once', () => {
    const shared = createOccupationKnowledge({
      ...data,
      occupations: [
        ['Widget Maker', ['widget makers', 'WIDGET MAKER'], '7001', '', 0],
        ['gadget maker', ['Widget-Maker'], '7002', '', 0],
      ],
    });
    const found = shared.findOccupations('widget maker');
    expect(found.map((match) => [match.occupation.id, match.label])).toEqual([
      [0, 'Widget Maker'],
      [1, 'Widget-Maker'],
    ]);
    // A whole title line (1.5), two words (0.85), a key two occupations share (1/√2); the second has it as an
    // alternate label (0.9), not its own.
    expect(found[0]!.score).toBeCloseTo(1.5 * 0.85 * Math.SQRT1_2, 12);
    expect(found[1]!.score).toBeCloseTo(1.5 * 0.85 * Math.SQRT1_2 * 0.9, 12);
  });
});

describe('label matching', () => {
  const data: OccupationKnowledgeData = {
    version: 1,
    occupations: [
      ['machine operator', [], '8189', '', 0],
      ['machine operator helper', [], '9329', '', 0],
      ['cnc machine tool programmer', [], '7223', '', 0],
      ['operator', [], '8100', '', 0],
    ],
    iscoGroups: {},
    skills: [
      ['machine learning', []],
      ['machine learning operations', []],
    ],
    skillCommodity: [-1, -1],
    commodities: [],
    skillLinks: [],
    occupationSkills: {},
  };
  const custom = createOccupationKnowledge(data);
  const labels = (text: string) => custom.findOccupations(text).map((match) => match.label);

  it('takes the longest label at each word, the last word also singular, and goes on after it', () => {
    expect(labels('machine operator helpers')).toEqual(['machine operator helper']);
    expect(labels('machine operators')).toEqual(['machine operator']);
    // "cnc machine tool" is a prefix of a label but no label: the walk falls back on nothing and moves one word on.
    expect(labels('cnc machine tool operator')).toEqual(['operator']);
    expect(labels('machine operator, operator')).toEqual(['machine operator', 'operator']);
    expect(custom.findSkills('Machine learning operations and machine learning')).toEqual([
      'MLOps',
      'Machine Learning',
    ]);
  });

  // Its time at n and 2n is measured by `pnpm bench --only adversarial` (no timings in tests).
  it('reads 40,000 characters of label prefixes into no occupation, and one skill said again and again into it once', () => {
    const [[, occupations]] = OCCUPATION_PREFIXES as [(typeof OCCUPATION_PREFIXES)[0]];
    const [[, skills]] = SKILL_PREFIXES as [(typeof SKILL_PREFIXES)[0]];
    const text = occupations(40_000);
    expect(knowledge.findOccupations([{ text, title: false }])).toEqual([]);
    // The walk goes on after each prefix: a label at the end is still found.
    const labels = knowledge.findOccupations([{ text: `${text}registered nurse`, title: false }]);
    expect(labels.map((match) => match.occupation.label.toLowerCase())).toEqual(['registered nurses']);
    expect(knowledge.findSkills(skills(40_000))).toEqual(['Machine Learning']);
  });
});

describe('matching before and after the word trie is built', () => {
  it('finds the same occupations, labels, scores and skills both ways in the built-in sample jobs and resumes', async () => {
    const file = (await import('./data/occupation-knowledge.json', { with: { type: 'json' } }))
      .default as OccupationKnowledgeFile;
    const texts = [
      ...sampleJobs.map((job) => `${job.title}\n${job.description}`),
      ...sampleResumes.flatMap((resume) => (resume.text ? [resume.text] : [])),
      'Registered Nurses | Cashiers & Valets Needed! | machine operators | Senior Software Engineers',
    ];
    // Each word of a text is one lookup of each matcher: all of them together stay below the count that builds the trie.
    const words = texts.reduce((sum, text) => sum + matchWords(text).length, 0);
    expect(words).toBeLessThan(WORDS_BEFORE_TRIE);
    const answers = (found: OccupationKnowledge) =>
      texts.map((text) => ({
        occupations: found
          .findOccupations(text, { limit: 1000 })
          .map(({ occupation, score, label }) => [occupation.id, score, label]),
        skills: found.findSkills(text),
      }));
    const flat = answers(createOccupationKnowledge(decodeOccupationKnowledge(file)));
    const withTries = createOccupationKnowledge(decodeOccupationKnowledge(file));
    // A text longer than that count builds both tries first.
    const long = 'registered nurse python '.repeat(WORDS_BEFORE_TRIE);
    withTries.findOccupations([{ text: long, title: false }]);
    withTries.findSkills(long);
    expect(answers(withTries)).toEqual(flat);
    expect(flat.filter((answer) => answer.occupations.length > 0).length).toBeGreaterThan(texts.length / 2);
    expect(flat.filter((answer) => answer.skills.length > 0).length).toBeGreaterThan(texts.length / 2);
  }, 60_000);
});

describe('match words', () => {
  it('keeps tech names whole and makes last words singular', () => {
    expect(labelKey('C++ / C# and Node.js, ASP.NET')).toBe('c++ c# and node.js asp.net');
    expect(singularKey('registered nurses')).toBe('registered nurse');
    expect(singularKey('line cooks')).toBe('line cook');
    expect(singularKey('secretaries')).toBe('secretary');
    expect(singularKey('optical glasses')).toBe('optical glass');
    expect(singularKey('boss')).toBeUndefined();
    expect(singularKey('status')).toBeUndefined();
  });
});
