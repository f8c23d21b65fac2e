import { type Job, type RankQuery, type WeightedText } from '@rolefit/core';
import { htmlToText, tokenize } from '@rolefit/core/text';

/** Lines of at most this many words read as titles ("Senior Software Engineer"). */
const TITLE_WORDS = 8;
/** Weight of prose lines of the person's text against a title line. */
const PERSON_PROSE = 0.2;
/** Weight of a job description's lines against the job title. */
const JOB_PROSE = 0.15;
// "Positions of interest: Host, Barista" or "… roles: ML engineer, data engineer": a list of titles after a colon.
const LIST_AFTER_COLON = /^([^:]{0,80}):\s*(.+)$/u;
const LIST_SEPARATOR = /\s*[,;|/•]\s*/u;
// Where a title line stops: "Machine Operator at Comptec (Custer, WA), 1997 – 1999".
const TITLE_END = /\s+(?:at|@)\s+|\s+[-–—|]\s+|\s*\(|,\s*(?:\d{4}|present\b)/iu;
const TITLE_STOPWORDS = { removeStopwords: true, stem: true, minLength: 2 } as const;

const wordCount = (text: string) => tokenize(text).length;

/** A title line's weight: the first titles (the most recent job, the headline) weigh most. */
const titleWeight = (index: number) => Math.max(0.4, 1 - 0.15 * index);

/** The person's text as weighted pieces for occupation matching, and their title lines. */
export interface PersonTexts {
  readonly parts: readonly WeightedText[];
  /** Title lines with their weights, for the title-word part. */
  readonly titles: readonly WeightedText[];
}

// Splits a plain text (a pasted resume, a profile) into title lines and prose.
function plainTextParts(text: string, scale: number, parts: WeightedText[], titles: WeightedText[]): void {
  const addTitle = (title: string, weight: number) => {
    const trimmed = title.trim();
    if (trimmed === '' || wordCount(trimmed) === 0) return;
    const part = { text: trimmed, weight: weight * scale, title: true };
    parts.push(part);
    titles.push(part);
  };
  for (const rawLine of text.split(/\r?\n/u)) {
    const line = rawLine.trim();
    if (line === '') continue;
    const list = LIST_AFTER_COLON.exec(line);
    const items = list?.[2]?.split(LIST_SEPARATOR).filter((item) => item.trim() !== '') ?? [];
    if (items.length >= 2 && items.every((item) => wordCount(item) <= 5)) {
      for (const item of items) addTitle(item, titleWeight(titles.length));
      continue;
    }
    const head = line.split(TITLE_END)[0] ?? '';
    const headWords = wordCount(head);
    if (headWords > 0 && headWords <= TITLE_WORDS && (head.length < line.length || wordCount(line) <= TITLE_WORDS)) {
      addTitle(head, titleWeight(titles.length));
      if (head.length < line.length)
        parts.push({ text: line.slice(head.length), weight: PERSON_PROSE * scale, title: false });
      continue;
    }
    parts.push({ text: line, weight: PERSON_PROSE * scale, title: false });
  }
}

/** The person's occupation evidence: desired titles, job titles (recent first), then their texts. */
export function personTexts(query: RankQuery): PersonTexts {
  const parts: WeightedText[] = [];
  const titles: WeightedText[] = [];
  const addTitle = (text: string | undefined, weight: number) => {
    if (typeof text !== 'string' || text.trim() === '') return;
    const part = { text, weight, title: true };
    parts.push(part);
    titles.push(part);
  };
  for (const title of query.profile?.desiredTitles ?? []) addTitle(title, 1);
  const experience = [...(query.resume?.experience ?? [])];
  // Ongoing jobs first, then by start date, newest first; undated entries keep their order after dated ones.
  const order = (entry: (typeof experience)[number]) =>
    entry.end === null ? Infinity : ((entry.end ?? entry.start)?.getTime() ?? -Infinity);
  // A stable sort: equal keys (undated entries) keep the order the resume gives.
  experience.sort((left, right) => {
    const difference = order(right) - order(left);
    return Number.isNaN(difference) ? 0 : difference;
  });
  experience.forEach((entry, index) => {
    addTitle(entry.title, titleWeight(index));
    if (entry.description)
      parts.push({ text: entry.description, weight: PERSON_PROSE * titleWeight(index), title: false });
  });
  if (query.resume?.summary) plainTextParts(query.resume.summary, 0.8, parts, titles);
  if (query.resume?.text) plainTextParts(query.resume.text, 1, parts, titles);
  if (query.text) plainTextParts(query.text, 1, parts, titles);
  return { parts, titles };
}

/** Plain text of a job description: HTML turned into lines, plain text kept as it is. */
export function jobDescription(job: Job): string {
  const description = typeof job.description === 'string' ? job.description : '';
  return /<[a-z/!][^>]*>/iu.test(description) ? htmlToText(description) : description;
}

/** How much of a job description is read for occupations: ads name the role early, and this bounds the work per job. */
const JOB_PROSE_CHARACTERS = 2000;

/** A job's occupation evidence: its title, then the start of its description at a low weight. */
export function jobTexts(job: Job, description: string): WeightedText[] {
  const parts: WeightedText[] = [];
  if (typeof job.title === 'string' && job.title.trim() !== '') parts.push({ text: job.title, weight: 1, title: true });
  for (const line of description.slice(0, JOB_PROSE_CHARACTERS).split(/\r?\n/u))
    if (line.trim() !== '') parts.push({ text: line, weight: JOB_PROSE, title: false });
  return parts;
}

/** Content words (stemmed, no stopwords) of a title. */
export function titleWords(text: string): string[] {
  return [...new Set(tokenize(text, TITLE_STOPWORDS).filter((word) => /\p{L}/u.test(word)))];
}
