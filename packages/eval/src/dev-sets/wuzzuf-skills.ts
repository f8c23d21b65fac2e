// wuzzuf-skills: the board's own skill tags decide relevance; jobs carry only a skill list.
import { parseCsv } from '@rolefit/dev-tools';
import { clean, random, seedFor, shuffle, splitByQuery, type DevSetContext } from './context.js';
import type { DevJob, DevResume, DevSet, Qrel } from './types.js';

const WUZZUF_QUERIES = 400;
const WUZZUF_PER_GRADE = 5;
const WUZZUF_NEGATIVES = 10;

/** Grade of a Jaccard overlap of two postings' tags: 3 ≥ 0.5, 2 ≥ 0.3, 1 ≥ 0.15, else 0. */
export const wuzzufGrade = (overlap: number): number =>
  overlap >= 0.5 ? 3 : overlap >= 0.3 ? 2 : overlap >= 0.15 ? 1 : 0;

/** A usable Wuzzuf posting: 3 or more board tags and requirements of 200 characters or more. */
interface WuzzufPosting {
  id: string;
  title: string;
  company: string;
  skills: string[];
  requirements: string;
  city: string;
  country: string;
}

/** Builds the wuzzuf-skills set: a posting's requirements rank other postings graded by tag overlap. */
export function buildWuzzufSkills(context: DevSetContext): DevSet {
  const folder = 'wuzzuf-postings-with-skills';
  const postings = parseCsv(context.read(folder, 'job_postings_data_final.csv'), { delimiter: '~' });
  const tags = new Map<string, Set<string>>();
  for (const row of parseCsv(context.read(folder, 'job_skills.csv'), { delimiter: '~' })) {
    const key = `${clean(row.job_title)}\u0000${clean(row.company_name)}`;
    const skill = clean(row.job_skill).toLowerCase();
    if (skill === '' || skill === '-1') continue;
    if (!tags.has(key)) tags.set(key, new Set());
    tags.get(key)!.add(skill);
  }
  const usable: WuzzufPosting[] = [];
  postings.forEach((row, index) => {
    const title = clean(row.job_title);
    const company = clean(row.company_name);
    const skills = tags.get(`${title}\u0000${company}`);
    // The scrape dropped the line breaks between bullets ("managersProven working…"); put them back where an
    // all-lower-case word runs into a capital, which leaves JavaScript, PowerPoint and the like whole.
    const requirements = clean(row.job_requirements).replace(/\b([a-z]{2,}[).]?)(?=[A-Z][a-z])/g, '$1\n');
    if (!title || !skills || skills.size < 3 || requirements.length < 200) return;
    const city = clean(row.Location_Part1).replace(/,$/, '');
    const country = clean(row.Location_Part2);
    usable.push({ id: `wz-${index + 1}`, title, company, skills: [...skills].sort(), requirements, city, country });
  });
  const jaccard = (left: WuzzufPosting, right: WuzzufPosting) => {
    const other = new Set(right.skills);
    const shared = left.skills.filter((skill) => other.has(skill)).length;
    return shared / (left.skills.length + right.skills.length - shared);
  };

  const next = random(seedFor('wuzzuf-skills'));
  const queries = shuffle(usable, next).slice(0, WUZZUF_QUERIES);
  const qrels: Qrel[] = [];
  const judged = new Set<string>();
  const resumes: DevResume[] = [];
  for (const query of queries) {
    // The same ad posted twice (same title and company) is the query itself, not a candidate.
    const candidates = usable.filter(
      (posting) => posting.id !== query.id && !(posting.title === query.title && posting.company === query.company),
    );
    // Grade-0 jobs split by whether they share any tag with the query ("near") or none ("far").
    const byGrade = new Map<number, WuzzufPosting[]>([
      [1, []],
      [2, []],
      [3, []],
    ]);
    const near: WuzzufPosting[] = [];
    const far: WuzzufPosting[] = [];
    for (const posting of candidates) {
      const overlap = jaccard(query, posting);
      const grade = wuzzufGrade(overlap);
      (grade > 0 ? byGrade.get(grade)! : overlap > 0 ? near : far).push(posting);
    }
    const picked: Array<[WuzzufPosting, number]> = [];
    for (const grade of [3, 2, 1])
      for (const posting of shuffle(byGrade.get(grade)!, next).slice(0, WUZZUF_PER_GRADE))
        picked.push([posting, grade]);
    if (picked.length === 0) continue;
    // Half the negatives share a tag or two with the query (overlap under 0.15), half share none.
    for (const posting of [
      ...shuffle(near, next).slice(0, WUZZUF_NEGATIVES / 2),
      ...shuffle(far, next).slice(0, WUZZUF_NEGATIVES / 2),
    ])
      picked.push([posting, 0]);
    const resumeId = `wz-person-${query.id.slice(3)}`;
    resumes.push({ id: resumeId, text: query.requirements });
    for (const [posting, grade] of picked) {
      qrels.push({ resumeId, jobId: posting.id, grade });
      judged.add(posting.id);
    }
  }
  const jobs: DevJob[] = usable
    .filter((posting) => judged.has(posting.id))
    .map((posting) => ({
      id: posting.id,
      source: 'wuzzuf',
      title: posting.title,
      description: '',
      company: posting.company,
      ...(posting.city || posting.country
        ? {
            location: {
              ...(posting.city ? { city: posting.city } : {}),
              ...(posting.country ? { country: posting.country } : {}),
            },
          }
        : {}),
      skills: posting.skills,
    }));
  return {
    name: 'wuzzuf-skills',
    splits: splitByQuery({ jobs, resumes, qrels }, 'wuzzuf-skills'),
    describe: [
      'Wuzzuf postings (wuzzuf-postings-with-skills) and the skill tags the job board shows for each.',
      'Requirement texts get back the line breaks the scrape lost between bullets (an all-lower-case word run into a capital).',
      "Queries are postings' requirement texts (plain text, no structure, no title), standing in for a person who",
      'meets them. Jobs carry only a title, company, place and the skill list (no description).',
      '',
      "Grades come from the board's tags, never from Rolefit's own extraction: Jaccard overlap of the query",
      "posting's tags with the job's tags, 3: >= 0.5, 2: >= 0.3, 1: >= 0.15, 0: below (up to 5 jobs per grade 1-3",
      'sampled with a fixed seed, and 10 grade-0 jobs: 5 sharing a tag with the query, 5 sharing none).',
      'The same ad reposted (same title and company) is never a candidate for itself.',
      '',
      `Split by query, half and half, fixed seed (${WUZZUF_QUERIES} postings sampled as queries; those without any job graded 1 or more are left out).`,
    ].join('\n'),
    query: 'resume',
  };
}
