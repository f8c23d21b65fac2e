import {
  createMemoryStore,
  loadOccupationKnowledge,
  parseJob,
  parseMatch,
  parseResume,
  ValidationError,
  type Job,
  type OccupationKnowledge,
} from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import {
  createOccupationRanker,
  InvalidOccupationRankerSettingsError,
  resolveOccupationRankerSettings,
} from './index.js';
import { occupationRetrievalTexts } from './occupation-ranker.js';

// The ranker reads the shipped ESCO v1.2 + O*NET knowledge file (real data).
const job = (id: string, title: string, extra: Partial<Parameters<typeof parseJob>[0]> = {}): Job =>
  parseJob({ id, source: 'test', title, description: '', ...extra });

const jobs = [
  job('dev', 'Senior Software Engineer', { skills: ['Python', 'SQL', 'Docker'] }),
  job('ml', 'Machine Learning Engineer', {
    description: 'We build models in Python with PyTorch and run them on Kubernetes.',
  }),
  job('nurse', 'Registered Nurse - ICU', { skills: ['Patient Care', 'BLS'] }),
  job('bus', 'Bus Driver', { description: 'Drive city routes safely. CDL required.' }),
  job('cashier', 'Cashier (part time)'),
];

const developer = parseResume({
  id: 'r1',
  skills: ['Python', 'Java', 'PostgreSQL'],
  experience: [
    {
      title: 'Software Developer',
      company: 'Acme',
      start: '2019-01',
      end: null,
      description: 'Backend services in Python and Java.',
    },
    { title: 'Barista', company: 'Cafe', start: '2015-01', end: '2018-12' },
  ],
});

describe('occupation ranker', () => {
  it('scores each job alone as in a batch that shares its occupations, and each person afresh', async () => {
    // Jobs that share occupations (the closest person occupation is worked out once per job occupation and call).
    const shared = [
      ...jobs,
      job('dev2', 'Software Engineer', { skills: ['Go'] }),
      job('nurse2', 'ICU Registered Nurse'),
      job('driver2', 'Bus Driver (nights)'),
      job('dev3', 'Backend Software Developer', { description: 'Python services' }),
    ];
    const people = [
      developer,
      parseResume({ id: 'r-nurse', experience: [{ title: 'Registered Nurse', company: 'Clinic', start: '2020-01' }] }),
      parseResume({ id: 'r-driver', experience: [{ title: 'Bus Driver', company: 'City', start: '2018-01' }] }),
    ];
    const ranker = createOccupationRanker();
    for (const resume of [...people, ...people]) {
      const batch = await ranker.rank({ resume }, shared);
      expect(batch).toEqual(await createOccupationRanker().rank({ resume }, shared));
      for (const one of shared) {
        const [alone] = await ranker.rank({ resume }, [one]);
        expect(batch.find((match) => match.jobId === one.id)).toEqual(alone);
      }
    }
  });

  it('ranks the jobs of the person’s occupation first and explains why', async () => {
    const ranker = createOccupationRanker();
    const matches = await ranker.rank({ resume: developer }, jobs);
    expect(matches).toHaveLength(jobs.length);
    expect(matches[0]?.jobId).toBe('dev');
    expect(matches.map((match) => match.jobId).indexOf('ml')).toBeLessThan(
      matches.map((match) => match.jobId).indexOf('bus'),
    );
    const top = matches[0]!;
    expect(top.breakdown.occupation).toBeGreaterThan(0.5);
    expect(top.matchedSkills).toEqual(expect.arrayContaining(['Python']));
    expect(top.explanation).toMatch(/occupation: software developer/i);
    expect(top.explanation).toMatch(/Python/);
    for (const match of matches) expect(() => parseMatch(match)).not.toThrow();
  });

  it('gives related skills partial credit (PostgreSQL for SQL) and names them', async () => {
    const withRelated = await createOccupationRanker({ weights: { occupation: 0, skills: 1, title: 0 } }).rank(
      { resume: parseResume({ id: 'r', skills: ['MySQL'] }) },
      [
        job('a', 'Database work', { skills: ['PostgreSQL'] }),
        job('b', 'Other work', { skills: ['Watercolour painting'] }),
      ],
    );
    const [first, second] = withRelated;
    expect(first?.jobId).toBe('a');
    expect(first!.score).toBeGreaterThan(0);
    expect(first!.score).toBeLessThan(1 / 3);
    expect(first?.explanation).toMatch(/related: PostgreSQL \(you know MySQL\)/);
    expect(second?.score).toBe(0);
  });

  it('reads each job once per ranker, and ranks alike for every person whether the job was read before or not', async () => {
    const shared = createOccupationRanker();
    const nurse = parseResume({
      id: 'r2',
      skills: ['Patient Care'],
      experience: [{ title: 'Registered Nurse', company: 'Clinic', start: '2018-01', end: null }],
    });
    for (const person of [developer, nurse, developer]) {
      const again = await shared.rank({ resume: person }, jobs);
      const fresh = await createOccupationRanker().rank(
        { resume: person },
        jobs.map((item) => ({ ...item })),
      );
      expect(again).toEqual(fresh);
    }
  });

  it('prepare reads the jobs ahead: ranking them then reads only the person, with the same matches', async () => {
    const shipped = await loadOccupationKnowledge();
    let reads = 0;
    // The shipped knowledge, counting how often occupations are looked up (once for the person, once per job read).
    const knowledge: OccupationKnowledge = {
      ...shipped,
      findOccupations: (input, options) => {
        reads += 1;
        return shipped.findOccupations(input, options);
      },
    };
    const ranker = createOccupationRanker({ knowledge });
    const copies = jobs.map((item) => ({ ...item }));
    await ranker.prepare!(copies);
    expect(reads).toBe(copies.length);
    await ranker.prepare!(copies);
    expect(reads).toBe(copies.length);
    const matches = await ranker.rank({ resume: developer }, copies);
    expect(reads).toBe(copies.length + 1);
    expect(matches).toEqual(await createOccupationRanker().rank({ resume: developer }, jobs));
    const controller = new AbortController();
    controller.abort();
    await expect(ranker.prepare!(jobs, { signal: controller.signal })).rejects.toThrow();
  });

  it('reads desired titles and plain person text', async () => {
    const matches = await createOccupationRanker().rank(
      { text: 'Positions of interest: Bus driver, Cashier\n\nI like people.' },
      jobs,
    );
    expect(['bus', 'cashier']).toContain(matches[0]?.jobId);
    const byProfile = await createOccupationRanker().rank(
      { profile: { desiredTitles: ['Registered nurse'] } as never },
      jobs,
    );
    expect(byProfile[0]?.jobId).toBe('nurse');
  });

  it("retrievalTexts names the person's occupations (labels and other names) for recommend's first stage", async () => {
    const ranker = createOccupationRanker();
    const [names] = await ranker.retrievalTexts!({
      text: 'Janitor at a school, 2011 to now\nCleaning floors and toilets.',
    });
    const lines = names!.toLowerCase().split('\n');
    expect(lines).toContain('janitor');
    expect(lines).toContain('custodian');
    expect(await ranker.retrievalTexts!({ text: 'zzzz qqqq' })).toEqual([]);
  });

  it('retrievalTexts gives one text per occupation of the person, then the labels of the occupations closest to them', async () => {
    const knowledge = await loadOccupationKnowledge();
    const query = { text: 'Janitor at a school, 2011 to now\nCleaning floors and toilets.' };
    const texts = await createOccupationRanker().retrievalTexts!(query);
    const found = knowledge.findOccupations(query.text, { limit: 5 });
    const best = found[0]!.score;
    const person = found.filter((match) => match.score / best >= 0.2).map((match) => match.occupation);
    expect(texts).toHaveLength(person.length + 1);
    person.forEach((occupation, index) =>
      expect(texts[index]!.split('\n')).toEqual([occupation.label, ...occupation.altLabels]),
    );
    // The neighbours: none of the person's own occupations, each close to one of them (the best one weighs 1 here).
    const neighbours = texts.at(-1)!.split('\n');
    expect(neighbours.length).toBeGreaterThan(3);
    expect(neighbours).toContain('window cleaner');
    for (const label of neighbours) {
      const named = knowledge.occupations.filter(
        (occupation) =>
          occupation.label === label &&
          !person.includes(occupation) &&
          Math.max(...person.map((own) => knowledge.proximity(own, occupation))) >= 0.4,
      );
      expect(named.length, label).toBeGreaterThan(0);
    }
    expect(occupationRetrievalTexts([], knowledge)).toEqual([]);
  });

  it('names at most 60 neighbouring occupations, the closest first', async () => {
    const knowledge = await loadOccupationKnowledge();
    // A cashier: ESCO's and O*NET's cashiers, tellers and gambling cashiers sit in ISCO groups with many occupations.
    const found = knowledge.findOccupations("Cashier at McDonald's 2019 to 2023\nTook orders at the counter.", {
      limit: 5,
    });
    const texts = occupationRetrievalTexts(found, knowledge);
    const person = found.filter((match) => match.score / found[0]!.score >= 0.2);
    const neighbours = texts.at(-1)!.split('\n');
    expect(texts).toHaveLength(person.length + 1);
    expect(neighbours.length).toBeLessThanOrEqual(60);
    const own = new Set(person.map((match) => match.occupation));
    const closeness = (label: string) =>
      Math.max(
        ...knowledge.occupations
          .filter((occupation) => occupation.label === label && !own.has(occupation))
          .flatMap((occupation) =>
            person.map((match) => (match.score / found[0]!.score) * knowledge.proximity(match.occupation, occupation)),
          ),
      );
    // More than 60 are that close, so the cap applies: the 60 named are the closest.
    const close = knowledge.occupations.filter(
      (occupation) =>
        !own.has(occupation) &&
        person.some(
          (match) => (match.score / found[0]!.score) * knowledge.proximity(match.occupation, occupation) >= 0.4,
        ),
    );
    expect(close.length).toBeGreaterThan(60);
    expect(neighbours).toHaveLength(60);
    const weakest = closeness(neighbours.at(-1)!);
    for (const occupation of close)
      if (!neighbours.includes(occupation.label)) expect(closeness(occupation.label)).toBeLessThanOrEqual(weakest);
  });

  it("a retrieval text finds a posting named only by another name of the person's occupation", async () => {
    // A near-empty posting ("Checkout Operator", an ESCO name of a cashier) shares no word with the person's text, and
    // 30 postings of a neighbouring occupation (casino cage cashiers) match many more of the names of all the
    // person's occupations: searched as one text, those names rank the posting after all 30 of them.
    const person = { text: "Cashier at McDonald's 2019 to 2023\nTook orders at the counter, cleaned the dining area." };
    const store = createMemoryStore();
    await store.upsertJobs([
      job('checkout', 'Checkout Operator', { company: 'Aldi' }),
      ...Array.from({ length: 30 }, (_, index) =>
        job(`casino-${index}`, 'Casino Cage Cashier', {
          description:
            'Cage cashier, booth cashier, bingo cashier, gaming cashier: slot attendant, change person, lottery clerk, bank teller.',
        }),
      ),
      ...Array.from({ length: 100 }, (_, index) =>
        job(`software-${index}`, 'Software Engineer', { description: 'Backend services in Python and Go.' }),
      ),
    ]);
    const ranker = createOccupationRanker();
    const texts = await ranker.retrievalTexts!(person);
    const firsts = await Promise.all(
      texts.map(async (text) => (await store.searchJobs(text, { limit: 1 }))[0]?.job.id),
    );
    expect(firsts).toContain('checkout');
    const joined = (await store.searchJobs(texts.join('\n'))).map((hit) => hit.job.id);
    expect(joined.indexOf('checkout')).toBeGreaterThanOrEqual(30);
    // And the ranker puts it first.
    expect((await ranker.rank(person, await store.listJobs()))[0]?.jobId).toBe('checkout');
  });

  it("reuses the person's occupations read by retrievalTexts only for the same texts: another person is read afresh", async () => {
    const janitor = { text: 'Janitor at a school, 2011 to now\nCleaning floors and toilets.' };
    const nurse = { text: 'Registered nurse on a surgical ward since 2015. Patient care, wound dressing.' };
    const shared = createOccupationRanker();
    await shared.retrievalTexts!(janitor);
    // Same person after the reading: the same matches as a ranker that never read it.
    expect(await shared.rank(janitor, jobs)).toEqual(await createOccupationRanker().rank(janitor, jobs));
    // Another person after the janitor's reading: not the janitor's occupations.
    await shared.retrievalTexts!(janitor);
    const nurseMatches = await shared.rank(nurse, jobs);
    expect(nurseMatches).toEqual(await createOccupationRanker().rank(nurse, jobs));
    expect(nurseMatches[0]?.jobId).toBe('nurse');
  });

  it('survives empty and odd input without crashing', async () => {
    const ranker = createOccupationRanker();
    expect(await ranker.rank({}, [])).toEqual([]);
    const empty = await ranker.rank({}, jobs);
    expect(empty).toHaveLength(jobs.length);
    for (const match of empty) expect(match.score).toBe(0);
    const odd = [
      job('x', '!!!'),
      job('y', '🙂 ™', { description: '<p>&nbsp;</p>' }),
      // A 5,000-character title is past the schema's MAX_SHORT_TEXT_LENGTH, so it is put in after parsing.
      { ...job('z', 'z', { skills: ['', '  '] }), title: 'a'.repeat(5000) },
    ];
    const matches = await ranker.rank({ text: '\n\n???\n' }, odd);
    expect(matches.map((match) => match.jobId).sort()).toEqual(['x', 'y', 'z']);
    for (const match of matches) expect(() => parseMatch(match)).not.toThrow();
  });

  it('ranks 10,000 jobs, honours limit and abort', async () => {
    const many = Array.from({ length: 10_000 }, (_, index) => jobs[index % jobs.length]!).map((entry, index) => ({
      ...entry,
      id: `j${index}`,
    }));
    const ranker = createOccupationRanker();
    const top = await ranker.rank({ resume: developer }, many, { limit: 3 });
    expect(top).toHaveLength(3);
    expect(top.every((match) => match.score === top[0]!.score)).toBe(true);
    const two = await ranker.rank({ resume: developer }, jobs.slice(0, 2));
    expect(two).toHaveLength(2);
    const controller = new AbortController();
    controller.abort();
    await expect(ranker.rank({ resume: developer }, many, { signal: controller.signal })).rejects.toThrow();
    await expect(ranker.rank({ resume: developer }, jobs, { limit: -1 })).rejects.toThrow(ValidationError);
  }, 60_000);

  it('rejects bad settings with a typed error naming the field', () => {
    const fieldOf = (settings: Parameters<typeof createOccupationRanker>[0]) => {
      try {
        createOccupationRanker(settings);
      } catch (error) {
        expect(error).toBeInstanceOf(InvalidOccupationRankerSettingsError);
        expect(error).toBeInstanceOf(ValidationError);
        return (error as ValidationError).fields[0];
      }
      return undefined;
    };
    expect(fieldOf({ weights: { occupation: -1 } })).toBe('weights.occupation');
    expect(fieldOf({ weights: { salary: 1 } as never })).toBe('weights.salary');
    expect(fieldOf({ weights: { occupation: 0, skills: 0, title: 0 } })).toBe('weights');
    expect(fieldOf({ relatedCredit: 2 })).toBe('relatedCredit');
    expect(fieldOf({ skillPrior: Number.NaN })).toBe('skillPrior');
    expect(fieldOf({ occupationsKept: 0 })).toBe('occupationsKept');
    expect(fieldOf({ name: ' ' })).toBe('name');
    expect(resolveOccupationRankerSettings({ weights: { title: 0 } }).weights.title).toBe(0);
  });
});
