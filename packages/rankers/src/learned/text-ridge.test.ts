import { parseJob } from '@rolefit/core';
import { createRandom } from '@rolefit/core/internal';
import { describe, expect, it } from 'vitest';
import { dot } from '../shared/sparse-vectors.js';
import { fitKernelRidge, predictKernelRidge } from './ridge.js';
import {
  CONVEX_GRADE_TARGETS,
  calibratedScore,
  fitGradeCuts,
  gradeOf,
  predictTextRidge,
  softUnit,
  LEAD_WORDS,
  LOGISTIC_LAMBDA_FACTORS,
  ORDINAL_LAMBDA_FACTORS,
  leadTerms,
  spaceTerms,
  trainTextRidge,
  type TextRidgeRow,
} from './text-ridge.js';
import { tfidfVector } from './tfidf.js';

describe('grade cut-points', () => {
  it('puts the cuts between the grades when the scores separate them', () => {
    const cuts = fitGradeCuts([0.1, 0.2, 0.3, 0.4, 0.5, 0.6], [0, 0, 1, 2, 3, 3]);
    expect(cuts[0]).toBeCloseTo(0.25, 12);
    expect(cuts[1]).toBeCloseTo(0.35, 12);
    expect(cuts[2]).toBeCloseTo(0.45, 12);
  });

  it('maximises exact accuracy, leaving a grade out when that is better', () => {
    // Grade 1 sits among the 0s: the best cuts give it no interval (5 of 6 right).
    const scores = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6];
    const grades = [0, 1, 0, 2, 3, 3];
    const cuts = fitGradeCuts(scores, grades);
    expect(scores.filter((score, index) => gradeOf(score, cuts) === grades[index]).length).toBe(5);
  });

  it('the calibrated score rounds to the grade and keeps the order', () => {
    const cuts: [number, number, number] = [0.2, 0.5, 0.55];
    const values = Array.from({ length: 201 }, (_unused, index) => -1 + index * 0.015);
    const scores = values.map((value) => calibratedScore(value, cuts));
    values.forEach((value, index) => {
      expect(Math.round(scores[index]! * 3)).toBe(gradeOf(value, cuts));
      expect(scores[index]!).toBeGreaterThan(0);
      expect(scores[index]!).toBeLessThan(1);
      if (index > 0) expect(scores[index]!).toBeGreaterThan(scores[index - 1]!);
    });
    expect(softUnit(0.5)).toBe(0.5);
    expect(softUnit(5)).toBeLessThan(1);
  });
});

describe('text ridge', () => {
  const WORDS = [
    'alpha',
    'bravo',
    'charlie',
    'delta',
    'echo',
    'foxtrot',
    'golf',
    'hotel',
    'india',
    'juliet',
    'kilo',
    'lima',
  ];
  /** Jobs whose grade follows the title ("machine learning" good, "bus driver" bad) under random description noise. */
  function rows(count: number, seed: number): TextRidgeRow[] {
    const random = createRandom(seed);
    return Array.from({ length: count }, (_unused, index) => {
      const grade = index % 4;
      const title =
        grade >= 2
          ? grade === 3
            ? 'Machine Learning Engineer'
            : 'Software Engineer'
          : grade === 1
            ? 'Sales Associate'
            : 'Bus Driver';
      const noise = Array.from({ length: 30 }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
      const job = parseJob({ id: `j${seed}-${index}`, source: 'test', title, description: noise });
      return { job, dense: [random()], target: grade / 3, grade };
    });
  }

  it('the description space reads the title: the default grid ranks by a title that carries the grade', () => {
    const { state } = trainTextRidge(rows(60, 1), true, { lambdas: [0.01, 0.1, 1] });
    expect(state.selection.mix.title).toBe(0);
    expect(state.selection.auc).toBeGreaterThan(0.95);
    expect(state.spaces.find((space) => space.name === 'description')?.titleInDescription).toBe(true);
  });

  it('CV gives the title space weight when asked to search it and the title carries the grade, and ranks unseen jobs by it', () => {
    const { state, outOfFold } = trainTextRidge(rows(60, 1), true, {
      lambdas: [0.01, 0.1, 1],
      mixGrid: { title: [0, 0.25, 0.5, 1] },
    });
    expect(state.selection.mix.title).toBeGreaterThan(0);
    expect([0.01, 0.1, 1]).toContain(state.selection.lambda);
    expect(state.selection.auc).toBeGreaterThan(0.95);
    expect(outOfFold).toHaveLength(60);
    expect(state.gradeCuts).toHaveLength(3);
    const test = rows(20, 2);
    const scores = test.map((row) => predictTextRidge(state, row.job, row.dense));
    const mean = (grade: number) => {
      const picked = scores.filter((_score, index) => test[index]!.grade === grade);
      return picked.reduce((sum, value) => sum + value, 0) / picked.length;
    };
    expect(mean(3)).toBeGreaterThan(mean(2));
    expect(mean(2)).toBeGreaterThan(mean(1));
    expect(mean(1)).toBeGreaterThan(mean(0));
  });

  it('is deterministic and survives a JSON round trip', () => {
    const data = rows(40, 3);
    const first = trainTextRidge(data, true).state;
    expect(trainTextRidge(data, true).state).toEqual(first);
    const copy = JSON.parse(JSON.stringify(first)) as typeof first;
    expect(predictTextRidge(copy, data[0]!.job, data[0]!.dense)).toBeCloseTo(
      predictTextRidge(first, data[0]!.job, data[0]!.dense),
      12,
    );
  });

  it('fits the grade targets when given (ordinal only) and records them', () => {
    const data = rows(40, 6);
    const coded = trainTextRidge(data, true, { gradeTargets: CONVEX_GRADE_TARGETS, lambdas: [0.1] });
    expect(coded.state.selection.gradeTargets).toEqual([0, 0.2, 0.5, 1]);
    // The unpenalised intercept is the mean target: the convex coding's, not grade / 3's.
    const mean = data.reduce((sum, row) => sum + CONVEX_GRADE_TARGETS[row.grade]!, 0) / data.length;
    const fitted = data.map((row) => predictTextRidge(coded.state, row.job, row.dense));
    expect(fitted.reduce((sum, value) => sum + value, 0) / data.length).toBeCloseTo(mean, 9);
    const plain = trainTextRidge(data, false, { gradeTargets: CONVEX_GRADE_TARGETS, lambdas: [0.1] });
    expect(plain.state.selection.gradeTargets).toBeUndefined();
  });

  it('trains on a handful of ratings without failing', () => {
    const { state } = trainTextRidge(rows(3, 4), true);
    expect(Number.isFinite(predictTextRidge(state, rows(1, 5)[0]!.job, [0.5]))).toBe(true);
  });

  /**
   * Engineering posts get better with pay (grade 2 below $150K, 3 above), legal posts worse (1 below, 0 above): the
   * description separates the kinds, but only the description × salary block can turn pay the right way in each.
   */
  function salaryRows(count: number, seed: number): TextRidgeRow[] {
    const random = createRandom(seed);
    return Array.from({ length: count }, (_unused, index) => {
      const engineering = index % 2 === 0;
      const pay = 60_000 + Math.floor(random() * 200_000);
      const high = pay > 150_000;
      const grade = engineering ? (high ? 3 : 2) : high ? 0 : 1;
      const noise = Array.from({ length: 12 }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
      const description = `${engineering ? 'machine learning pipelines python' : 'litigation contracts counsel'} ${noise}`;
      const job = parseJob({
        id: `s${seed}-${index}`,
        source: 'test',
        title: 'Role',
        description,
        salary: { min: pay, max: pay, currency: 'USD', period: 'year', annualMin: pay, annualMax: pay },
      });
      return { job, dense: [Math.log(pay)], target: grade / 3, grade };
    });
  }

  it('CV takes the description × salary block when pay means opposite things for different work', () => {
    const { state } = trainTextRidge(salaryRows(80, 7), true, { lambdas: [0.01, 0.1, 1] });
    expect(state.selection.mix.salaryText).toBeGreaterThan(0);
    expect(state.selection.auc).toBeGreaterThan(0.9);
    expect(state.salary).toBeDefined();
    const job = (description: string, pay: number) =>
      parseJob({
        id: `${description}-${pay}`,
        source: 'test',
        title: 'Role',
        description,
        salary: { min: pay, max: pay, currency: 'USD', period: 'year', annualMin: pay, annualMax: pay },
      });
    const score = (description: string, pay: number) => predictTextRidge(state, job(description, pay), [Math.log(pay)]);
    expect(score('machine learning pipelines python', 240_000)).toBeGreaterThan(
      score('machine learning pipelines python', 70_000),
    );
    expect(score('litigation contracts counsel', 240_000)).toBeLessThan(score('litigation contracts counsel', 70_000));
    // A job without a salary sits at the mean pay: no interaction term.
    const unpaid = parseJob({
      id: 'unpaid',
      source: 'test',
      title: 'Role',
      description: 'machine learning pipelines python',
    });
    expect(Number.isFinite(predictTextRidge(state, unpaid, [0]))).toBe(true);
  });

  it('the saved primal weights reproduce the dual fit of description + description × salary', () => {
    // Fixed setting (one λ, one weight per block), so the fit is the kernel ridge on K = K_d + 0.5 K_d ∘ s sᵀ.
    const data = salaryRows(24, 9);
    const grid = { description: [1], salaryText: [0.5], dense: [0], title: [0], skills: [0], company: [0] };
    const { state } = trainTextRidge(data, true, { lambdas: [0.1], mixGrid: grid, minimumDocuments: 1 });
    expect(state.selection.mix.salaryText).toBe(0.5);
    const space = state.spaces.find((entry) => entry.name === 'description')!;
    const vectors = data.map((row) => tfidfVector(space.vocabulary, spaceTerms(row.job, 'description', false)));
    const logs = data.map((row) => Math.log(row.job.salary!.annualMin!));
    const mean = logs.reduce((sum, value) => sum + value, 0) / logs.length;
    const scale = Math.sqrt(logs.reduce((sum, value) => sum + (value - mean) ** 2, 0) / logs.length);
    expect(state.salary!.mean).toBeCloseTo(mean, 10);
    expect(state.salary!.scale).toBeCloseTo(scale, 10);
    const s = logs.map((value) => (value - mean) / scale);
    const kernel = vectors.map((left, i) => vectors.map((right, j) => dot(left, right) * (1 + 0.5 * s[i]! * s[j]!)));
    const fit = fitKernelRidge(
      kernel,
      data.map((row) => row.target),
      0.1,
    );
    const fresh = salaryRows(5, 10);
    for (const row of fresh) {
      const vector = tfidfVector(space.vocabulary, spaceTerms(row.job, 'description', false));
      const sNew = (Math.log(row.job.salary!.annualMin!) - mean) / scale;
      const kernelRow = vectors.map((other, i) => dot(vector, other) * (1 + 0.5 * sNew * s[i]!));
      expect(predictTextRidge(state, row.job, row.dense)).toBeCloseTo(predictKernelRidge(fit, kernelRow), 9);
    }
  });

  it('the lead × salary block (opt-in) saves primal weights on the lead terms that reproduce its dual fit', () => {
    // Fixed setting: K = K_lead + 0.5 K_lead ∘ s sᵀ, the description and the other blocks off.
    const data = salaryRows(24, 11);
    const grid = {
      description: [0],
      lead: [1],
      salaryLead: [0.5],
      salaryText: [0],
      dense: [0],
      skills: [0],
      company: [0],
    };
    const { state } = trainTextRidge(data, true, { lambdas: [0.1], mixGrid: grid, minimumDocuments: 1 });
    expect(state.selection.mix).toMatchObject({ lead: 1, salaryLead: 0.5, description: 0, salaryText: 0 });
    expect(state.spaces.map((entry) => entry.name)).toEqual(['lead']);
    const space = state.spaces[0]!;
    expect(space.salaryWeights).toBeDefined();
    const vectors = data.map((row) => tfidfVector(space.vocabulary, spaceTerms(row.job, 'lead', false)));
    const s = data.map((row) => (Math.log(row.job.salary!.annualMin!) - state.salary!.mean) / state.salary!.scale);
    const kernel = vectors.map((left, i) => vectors.map((right, j) => dot(left, right) * (1 + 0.5 * s[i]! * s[j]!)));
    const fit = fitKernelRidge(
      kernel,
      data.map((row) => row.target),
      0.1,
    );
    for (const row of salaryRows(5, 12)) {
      const vector = tfidfVector(space.vocabulary, spaceTerms(row.job, 'lead', false));
      const sNew = (Math.log(row.job.salary!.annualMin!) - state.salary!.mean) / state.salary!.scale;
      const kernelRow = vectors.map((other, i) => dot(vector, other) * (1 + 0.5 * sNew * s[i]!));
      expect(predictTextRidge(state, row.job, row.dense)).toBeCloseTo(predictKernelRidge(fit, kernelRow), 9);
    }
  });
});

describe('text ridge options', () => {
  /** Titles that carry the grade (two wordings per grade), descriptions of noise. */
  function rows(count: number, seed: number): TextRidgeRow[] {
    const random = createRandom(seed);
    const titles = [
      ['Bus Driver', 'Driving Instructor'],
      ['Sales Associate', 'Salesperson'],
      ['Software Engineer', 'Engineering Lead'],
      ['Machine Learning Engineer', 'Machine-Learning Researcher'],
    ];
    return Array.from({ length: count }, (_unused, index) => {
      const grade = index % 4;
      const title = titles[grade]![Math.floor(random() * 2)]!;
      const noise = Array.from({ length: 20 }, () => `w${Math.floor(random() * 15)}`).join(' ');
      const job = parseJob({ id: `o${seed}-${index}`, source: 'test', title, description: noise });
      return { job, dense: [random()], target: grade / 3, grade };
    });
  }

  it('the pairwise objective fits, ranks unseen jobs, and records itself; it differs from the pointwise fit', () => {
    const data = rows(48, 4);
    const pairwise = trainTextRidge(data, true, { objective: 'pairwise', lambdas: [0.1, 1] }).state;
    const pointwise = trainTextRidge(data, true, { lambdas: [0.1, 1] }).state;
    expect(pairwise.selection.objective).toBe('pairwise');
    expect(pointwise.selection.objective).toBeUndefined();
    const test = rows(24, 5);
    const scores = test.map((row) => predictTextRidge(pairwise, row.job, row.dense));
    const grades = test.map((row) => row.grade);
    let right = 0;
    let pairs = 0;
    grades.forEach((grade, i) =>
      grades.forEach((other, j) => {
        if (grade > other) {
          pairs += 1;
          right += scores[i]! > scores[j]! ? 1 : scores[i] === scores[j] ? 0.5 : 0;
        }
      }),
    );
    expect(right / pairs).toBeGreaterThan(0.9);
    expect(predictTextRidge(pairwise, test[0]!.job, test[0]!.dense)).not.toBeCloseTo(
      predictTextRidge(pointwise, test[0]!.job, test[0]!.dense),
      6,
    );
  });

  it('an ensemble is the mean of its members, each refitted alone', () => {
    const data = rows(40, 6);
    const lambdas = [0.1, 0.3, 1];
    const { state } = trainTextRidge(data, true, { ensemble: 3, lambdas });
    const members = state.selection.members!;
    expect(members).toHaveLength(3);
    expect(members[0]).toMatchObject({ lambda: state.selection.lambda, mix: state.selection.mix });
    expect(members[0]!.auc).toBeGreaterThanOrEqual(members[1]!.auc);
    expect(members[1]!.auc).toBeGreaterThanOrEqual(members[2]!.auc);
    const alone = members.map(
      (member) =>
        trainTextRidge(data, true, {
          lambdas: [member.lambda],
          mixGrid: Object.fromEntries(Object.entries(member.mix).map(([block, weight]) => [block, [weight]])),
        }).state,
    );
    const test = rows(8, 7);
    for (const row of test) {
      const mean = alone.reduce((sum, model) => sum + predictTextRidge(model, row.job, row.dense), 0) / alone.length;
      expect(predictTextRidge(state, row.job, row.dense)).toBeCloseTo(mean, 10);
    }
    expect(trainTextRidge(data, true, { lambdas }).state.selection.members).toBeUndefined();
    // No job here has skills or a company, so weights of their empty blocks would not change a prediction: they are
    // not tried (the start alone), and nothing is averaged.
    const single = trainTextRidge(data, true, { ensemble: 3, lambdas: [1], mixGrid: { dense: [0], salaryText: [0] } })
      .state.selection;
    expect(single.candidates).toBe(1);
    expect(single.members).toBeUndefined();
    expect(() => trainTextRidge(data, true, { ensemble: 0 })).toThrow(/ensemble/);
    expect(() => trainTextRidge(data, true, { objective: 'listwise' as 'pairwise' })).toThrow(/objective/);
  });
});

describe('text ridge: pairwise logistic, pair weights, bagging, location', () => {
  /** Titles that carry the grade (two wordings per grade), descriptions of noise; the city optionally carries it too. */
  function rows(count: number, seed: number, cityCarries = false): TextRidgeRow[] {
    const random = createRandom(seed);
    const titles = [
      ['Bus Driver', 'Driving Instructor'],
      ['Sales Associate', 'Salesperson'],
      ['Software Engineer', 'Engineering Lead'],
      ['Machine Learning Engineer', 'Machine-Learning Researcher'],
    ];
    const cities = ['Fresno', 'Tulsa', 'Austin', 'Boston'];
    return Array.from({ length: count }, (_unused, index) => {
      const grade = index % 4;
      // With cityCarries the title is noise and the city says the grade.
      const title = cityCarries ? titles[Math.floor(random() * 4)]![0]! : titles[grade]![Math.floor(random() * 2)]!;
      const city = cityCarries ? cities[grade]! : cities[Math.floor(random() * 4)]!;
      const noise = Array.from({ length: 20 }, () => `w${Math.floor(random() * 15)}`).join(' ');
      const job = parseJob({
        id: `p${seed}-${index}`,
        source: 'test',
        title,
        description: noise,
        location: { city, country: 'US' },
      });
      return { job, dense: [random()], target: grade / 3, grade };
    });
  }
  const testAuc = (state: ReturnType<typeof trainTextRidge>['state'], test: TextRidgeRow[]) => {
    const scores = test.map((row) => predictTextRidge(state, row.job, row.dense));
    let right = 0;
    let pairs = 0;
    test.forEach((high, i) =>
      test.forEach((low, j) => {
        if (high.grade > low.grade) {
          pairs += 1;
          right += scores[i]! > scores[j]! ? 1 : scores[i] === scores[j] ? 0.5 : 0;
        }
      }),
    );
    return right / pairs;
  };

  it('the logistic objective refits the CV settings with the pairwise logistic loss and records its λ factor', () => {
    const data = rows(40, 8);
    const settings = { lambdas: [0.1, 1], ensemble: 2 };
    const logistic = trainTextRidge(data, true, { ...settings, objective: 'logistic' });
    const pairwise = trainTextRidge(data, true, { ...settings, objective: 'pairwise' }).state;
    expect(logistic.state.selection.objective).toBe('logistic');
    expect(LOGISTIC_LAMBDA_FACTORS).toContain(logistic.state.selection.logisticFactor);
    expect(logistic.state.gradeCuts).toHaveLength(3);
    expect(logistic.outOfFold.every(Number.isFinite)).toBe(true);
    const test = rows(24, 9);
    expect(testAuc(logistic.state, test)).toBeGreaterThan(0.9);
    expect(predictTextRidge(logistic.state, test[0]!.job, test[0]!.dense)).not.toBeCloseTo(
      predictTextRidge(pairwise, test[0]!.job, test[0]!.dense),
      6,
    );
    expect(trainTextRidge(data, true, { ...settings, objective: 'logistic' }).state).toEqual(logistic.state);
  });

  it('the ordinal objective refits the CV settings as a cumulative logit and records its λ factor', () => {
    const data = rows(40, 8);
    const ordinal = trainTextRidge(data, true, { lambdas: [0.1, 1], objective: 'ordinal' });
    expect(ordinal.state.selection.objective).toBe('ordinal');
    expect(ORDINAL_LAMBDA_FACTORS).toContain(ordinal.state.selection.logisticFactor);
    expect(ordinal.state.gradeCuts).toHaveLength(3);
    expect(ordinal.outOfFold.every(Number.isFinite)).toBe(true);
    expect(testAuc(ordinal.state, rows(24, 9))).toBeGreaterThan(0.9);
    expect(() => trainTextRidge(data, true, { objective: 'cumulative' } as never)).toThrow(/ordinal/);
  });

  it('grade-distance pair weights change the pairwise fit and are recorded', () => {
    const data = rows(40, 10);
    const weighted = trainTextRidge(data, true, {
      objective: 'pairwise',
      pairWeights: 'gradeDistance',
      lambdas: [0.3],
    });
    const equal = trainTextRidge(data, true, { objective: 'pairwise', lambdas: [0.3] });
    expect(weighted.state.selection.pairWeights).toBe('gradeDistance');
    expect(equal.state.selection.pairWeights).toBeUndefined();
    expect(weighted.outOfFold).not.toEqual(equal.outOfFold);
    expect(testAuc(weighted.state, rows(24, 11))).toBeGreaterThan(0.9);
    expect(() => trainTextRidge(data, true, { pairWeights: 'squared' as 'equal' })).toThrow(/pairWeights/);
  });

  it('bagging averages the final fit over seeded bootstrap draws: deterministic, different from one fit', () => {
    const data = rows(40, 12);
    const settings = { objective: 'pairwise' as const, lambdas: [0.3], mixGrid: { dense: [0], salaryText: [0] } };
    const bagged = trainTextRidge(data, true, { ...settings, bagging: 4 }).state;
    const single = trainTextRidge(data, true, settings).state;
    expect(bagged.selection.bagging).toBe(4);
    expect(single.selection.bagging).toBeUndefined();
    expect(trainTextRidge(data, true, { ...settings, bagging: 4 }).state).toEqual(bagged);
    const test = rows(24, 13);
    expect(testAuc(bagged, test)).toBeGreaterThan(0.9);
    expect(predictTextRidge(bagged, test[0]!.job, test[0]!.dense)).not.toBeCloseTo(
      predictTextRidge(single, test[0]!.job, test[0]!.dense),
      6,
    );
    expect(() => trainTextRidge(data, true, { bagging: -1 })).toThrow(/bagging/);
  });

  it('the location space reads city, region, country and workplace; CV weighs it when the place carries the grade', () => {
    const job = parseJob({
      id: 'l',
      source: 'test',
      title: 'Nurse',
      location: { city: 'New York', region: 'NY', country: 'US', workplace: 'hybrid' },
    });
    expect(spaceTerms(job, 'location', false)).toEqual([
      'city:new york',
      'region:ny',
      'country:us',
      'workplace:hybrid',
    ]);
    const data = rows(48, 14, true);
    const off = trainTextRidge(data, true, { lambdas: [0.1, 1] }).state;
    expect(off.selection.mix.location).toBe(0);
    const { state } = trainTextRidge(data, true, { lambdas: [0.1, 1], mixGrid: { location: [0, 0.25, 0.5] } });
    expect(state.selection.mix.location).toBeGreaterThan(0);
    expect(state.spaces.map((space) => space.name)).toContain('location');
    expect(testAuc(state, rows(24, 15, true))).toBeGreaterThan(0.9);
  });
});

describe('the lead space', () => {
  it('reads the first terms of the title and description', () => {
    const job = parseJob({
      id: 'lead',
      source: 'test',
      title: 'Data Engineer',
      description: `Industries is Software Development\n${'filler '.repeat(200)}`,
    });
    expect(leadTerms(job, 5)).toEqual(['data', 'engineer', 'industries', 'software', 'development']);
    expect(leadTerms(job)).toHaveLength(LEAD_WORDS);
    expect(spaceTerms(job, 'lead', false, true, 3)).toEqual(['data', 'engineer', 'industries']);
  });

  /** The kind of work is named at the start; the rest of the text names the other kind, so the whole bag cannot tell. */
  function rows(count: number, seed: number): TextRidgeRow[] {
    const random = createRandom(seed);
    return Array.from({ length: count }, (_unused, index) => {
      const grade = index % 2 === 0 ? 3 : 0;
      const [first, later] = grade === 3 ? ['engineering', 'sales'] : ['sales', 'engineering'];
      const noise = Array.from({ length: 80 }, () => `w${Math.floor(random() * 40)}`).join(' ');
      const description = `Job function is ${first}\n${noise} we also work with ${later}`;
      const job = parseJob({ id: `l${seed}-${index}`, source: 'test', title: 'Associate', description });
      return { job, dense: [random()], target: grade / 3, grade };
    });
  }

  it('CV weighs the lead when the start of the posting says what the whole text cannot, and saves its length', () => {
    const { state } = trainTextRidge(rows(40, 1), true, { lambdas: [0.1, 1], mixGrid: { lead: [0, 0.5, 1] } });
    expect(state.selection.mix.lead).toBeGreaterThan(0);
    expect(state.selection.auc).toBeGreaterThan(0.95);
    const lead = state.spaces.find((space) => space.name === 'lead');
    expect(lead?.leadWords).toBe(LEAD_WORDS);
    expect(lead?.weights.engineering).toBeGreaterThan(0);
    expect(lead?.weights.sales).toBeLessThan(0);
    const test = rows(10, 2);
    const scores = test.map((row) => predictTextRidge(state, row.job, row.dense));
    test.forEach((row, index) => {
      if (row.grade === 3)
        expect(scores[index]!).toBeGreaterThan(Math.max(...scores.filter((_s, i) => test[i]!.grade === 0)));
    });
    const copy = JSON.parse(JSON.stringify(state)) as typeof state;
    expect(predictTextRidge(copy, test[0]!.job, test[0]!.dense)).toBeCloseTo(scores[0]!, 12);
    // Without the lead block (the text ridge's default grid) the same data is near chance.
    const without = trainTextRidge(rows(40, 1), true, { lambdas: [0.1, 1] }).state;
    expect(without.selection.mix.lead).toBe(0);
    expect(without.selection.auc).toBeLessThan(0.8);
  });
});
