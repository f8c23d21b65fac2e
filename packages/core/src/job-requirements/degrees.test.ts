import { describe, expect, it } from 'vitest';
import { acceptsEquivalentExperience, degreeRank, findDegreeMentions, highestDegreeLevel } from './degrees.js';

const levels = (text: string, mode?: 'job' | 'resume') => findDegreeMentions(text, mode === undefined ? {} : { mode }).map((mention) => `${mention.level}:${mention.text}`);

describe('findDegreeMentions', () => {
  it.each([
    ["Bachelor's degree in Nursing", ["bachelor:Bachelor's degree"]],
    ['MS degree in Electrical Engineering', ['master:MS']],
    ['BS/MS in Computer Science', ['bachelor:BS', 'master:MS']],
    ['B.Tech / B.E in Computer Science', ['bachelor:B.Tech', 'bachelor:B.E']],
    ['BCA or MCA graduates', ['bachelor:BCA', 'master:MCA']],
    ['BSc or MSc in Chemistry', ['bachelor:BSc', 'master:MSc']],
    ['M.Tech from a reputed institute', ['master:M.Tech']],
    ['Diplom-Ingenieur (FH) Maschinenbau', ['master:Diplom-Ingenieur']],
    ['Dipl.-Ing. Elektrotechnik', ['master:Dipl.-Ing.']],
    ['HND in Accounting', ['diploma:HND']],
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

  it('leaves out words that only look like degrees', () => {
    for (const text of ['Proficient in MS Office and MS Excel', 'Boston, MA 02115', 'Jackson, MS', 'Senior BA for our team', 'Master Electrician license', 'Run the MA program']) expect(levels(text)).toEqual([]);
  });

  it('reads bare abbreviations in resumes', () => {
    expect(levels('MS Computer Science, Stanford', 'resume')).toEqual(['master:MS']);
    expect(levels('MS Computer Science, Stanford')).toEqual([]);
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
    expect(highestDegreeLevel(["Full UK driving licence", 'Licence to operate forklifts'])).toBeUndefined();
  });
});
