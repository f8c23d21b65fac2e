import { getDefaultSkillTaxonomy, type Location } from '@rolefit/core';
import { STOPWORDS, stemWord, tokenize } from '@rolefit/core/text';
import { compareNames, isHardSkillCategory } from './job-requirements.js';

/** An important non-skill word or phrase of a job ad, with its weight. */
export interface JobKeyword {
  /** The word or phrase as the job writes it most often (lower case). */
  keyword: string;
  /** Times it appears in the job text. */
  frequency: number;
  /** Frequency plus a bonus for appearing in the job title. */
  weight: number;
  /** Canonical skill name when the keyword is a taxonomy skill (soft skills, spoken languages). */
  skill?: string;
}

/** How many keywords a job contributes at most. */
export const MAX_JOB_KEYWORDS = 20;
const TITLE_BONUS = 2;

// Words every job ad uses: they say nothing about this job.
const GENERIC_WORDS = new Set(
  `ability able across add additional also apply applicant applicants benefit benefits best bonus build candidate candidates career
company competitive culture currently day days degree description desired duties eligible employee employees employer employment environment
equal equivalent etc excellent experience experienced familiarity familiar field full good great help hire hiring hour hours ideal
ideally include includes including job join knowledge least level like looking make must need needed new nice offer offering opportunity
opportunities paid pay per plus position preferred prior proven qualification qualifications related relevant required requirement
requirements responsibilities responsibility role salary skill skills strong successful team teams time using way week weeks well will
work working year years you your yrs within across who what when where which while whose this that these those our ours can may
months month minimum maximum bachelor bachelors master masters phd associate high school diploma ged adn bsn msn end hands behind
current valid friendly own plenty various other strong depending depend depends ability abilities based must-have etc ensure ensuring
provide providing support supporting responsible duty duties task tasks assist assisting perform performing demonstrated excellent
effective effectively highly high low large small key main major minimum ideal every each all any many most more some such
following follow using use used get getting take taking keep keeping meet meeting seeking seek looking join joining apply applying
please click today now us we they them their there here about above below under upon into onto through per via across among
opportunity equal employer disability veteran gender race religion color national origin sexual orientation status protected
location located remote hybrid onsite site office shift shifts schedule full part type types`.split(/\s+/),
);

interface Counted {
  surface: Map<string, number>;
  count: number;
  inTitle: boolean;
}

function isContentWord(token: string): boolean {
  return token.length >= 3 && !STOPWORDS.has(token) && !GENERIC_WORDS.has(token) && !/\d/.test(token);
}

/** The stem of a phrase: each word stemmed, joined by spaces. */
export function stemPhrase(phrase: string): string {
  return tokenize(phrase)
    .map((token) => stemWord(token))
    .join(' ');
}

// Sentences and list items: phrases never span them.
const PIECE_BREAK = /[\n.;:!?()•,|/]+/;

/** What {@link findJobKeywords} must leave out: the employer and the place (their words are no keyword a resume could match). */
export interface KeywordExclusions {
  company?: string | undefined;
  location?: Location | undefined;
}

// Hyphenated or slashed compounds ("on-site", "full-time", "24/7"): counted as a whole or not at all, never as torn parts.
const INNER_JOIN = /[\p{L}\p{N}][-/][\p{L}\p{N}]/u;
const dropCompounds = (text: string) => text.replace(/\S+/gu, (chunk) => (INNER_JOIN.test(chunk) ? ' , ' : chunk));
const SENTENCE_START = /(?:^|[\n.!?:;•*]\s*|^\s*[-–—]\s*)$/u;
const MAX_KEYWORD_TEXT = 30_000;

/** Lower-case words that the text only ever writes capitalised, mid-sentence at least once: names of employers, places, products. */
export function properNounWords(text: string): Set<string> {
  const capitalised = new Map<string, { always: boolean; midSentence: boolean }>();
  for (const match of text.slice(0, MAX_KEYWORD_TEXT).matchAll(/\p{L}[\p{L}'’]*/gu)) {
    const word = match[0];
    const key = word.toLowerCase();
    const upper = word[0] !== key[0];
    const entry = capitalised.get(key) ?? { always: true, midSentence: false };
    entry.always &&= upper;
    if (upper && !SENTENCE_START.test(text.slice(Math.max(0, match.index - 3), match.index))) entry.midSentence = true;
    capitalised.set(key, entry);
  }
  return new Set([...capitalised].filter(([, entry]) => entry.always && entry.midSentence).map(([key]) => key));
}

/** The job's important non-skill keywords: content words and repeated two-word phrases by frequency, plus soft skills; never the employer's name, places or parts torn from compounds. */
export function findJobKeywords(title: string, description: string, exclude: KeywordExclusions = {}): JobKeyword[] {
  const taxonomy = getDefaultSkillTaxonomy();
  const text = `${title}\n${description}`.slice(0, MAX_KEYWORD_TEXT);
  // Names: the employer, the place, and words only ever written capitalised mid-sentence (unless the title uses them).
  const titleWords = new Set(tokenize(title));
  const names = new Set([...properNounWords(description)].filter((word) => !titleWords.has(word)));
  const place = exclude.location;
  for (const part of [exclude.company, place?.city, place?.region, place?.country])
    for (const word of tokenize(part ?? '')) names.add(word);
  const mentions = taxonomy.extract(text);
  // Words inside skill mentions are scored by the skill component, or below as soft skills, not again as words.
  const skillWords = new Set<string>();
  for (const mention of mentions) for (const token of tokenize(mention.text)) skillWords.add(token);
  const titleStems = new Set(tokenize(title).map((token) => stemWord(token)));
  const counts = new Map<string, Counted>();
  const count = (key: string, surface: string, inTitle: boolean) => {
    const entry = counts.get(key) ?? { surface: new Map(), count: 0, inTitle };
    entry.count++;
    entry.inTitle ||= inTitle;
    entry.surface.set(surface, (entry.surface.get(surface) ?? 0) + 1);
    counts.set(key, entry);
  };
  for (const piece of dropCompounds(text).split(PIECE_BREAK)) {
    const tokens = tokenize(piece).map((token) => token.replace(/'s?$/, ''));
    tokens.forEach((token, index) => {
      const usable = (word: string | undefined): word is string =>
        word !== undefined && isContentWord(word) && !skillWords.has(word) && !names.has(word);
      if (!usable(token)) return;
      const stem = stemWord(token);
      count(stem, token, titleStems.has(stem));
      const next = tokens[index + 1];
      if (usable(next)) count(`${stem} ${stemWord(next)}`, `${token} ${next}`, false);
    });
  }
  const keywords: JobKeyword[] = [];
  for (const [key, entry] of counts) {
    const isPhrase = key.includes(' ');
    // A phrase earns its place by repeating; a single mention is noise.
    if (isPhrase && entry.count < 2) continue;
    const surface =
      [...entry.surface].sort((left, right) => right[1] - left[1] || compareNames(left[0], right[0]))[0]?.[0] ?? key;
    const weight = entry.count + (entry.inTitle ? TITLE_BONUS : 0) + (isPhrase ? 0.5 : 0);
    keywords.push({ keyword: surface, frequency: entry.count, weight });
  }
  // Soft skills and spoken languages the taxonomy knows are keywords with synonyms.
  const softSkills = new Map<string, JobKeyword>();
  for (const mention of mentions) {
    if (isHardSkillCategory(mention.category)) continue;
    const existing = softSkills.get(mention.skill);
    if (existing) {
      existing.frequency++;
      existing.weight++;
    } else
      softSkills.set(mention.skill, {
        keyword: mention.skill.toLowerCase(),
        frequency: 1,
        weight: 1.5,
        skill: mention.skill,
      });
  }
  const softStems = new Set([...softSkills.values()].map((keyword) => stemPhrase(keyword.keyword)));
  const merged = [...keywords.filter((keyword) => !softStems.has(stemPhrase(keyword.keyword))), ...softSkills.values()];
  merged.sort((left, right) => right.weight - left.weight || compareNames(left.keyword, right.keyword));
  return dropCoveredWords(merged).slice(0, MAX_JOB_KEYWORDS);
}

// "patient care" listed above "patient" with the same count: the single word adds nothing.
function dropCoveredWords(keywords: JobKeyword[]): JobKeyword[] {
  const phrases = keywords.filter((keyword) => keyword.keyword.includes(' '));
  return keywords.filter((keyword) => {
    if (keyword.keyword.includes(' ')) return true;
    const stem = stemWord(keyword.keyword);
    return !phrases.some(
      (phrase) => phrase.frequency >= keyword.frequency && stemPhrase(phrase.keyword).split(' ').includes(stem),
    );
  });
}

/** Resume words and two-word phrases, stemmed, for keyword look-ups. */
export function resumeTerms(text: string): Set<string> {
  const terms = new Set<string>();
  for (const piece of text.split(PIECE_BREAK)) {
    const stems = tokenize(piece).map((token) => stemWord(token));
    stems.forEach((stem, index) => {
      terms.add(stem);
      const next = stems[index + 1];
      if (next !== undefined) terms.add(`${stem} ${next}`);
    });
  }
  return terms;
}

/** True when the resume has the keyword, or a taxonomy synonym of it (an alias of the same skill). */
export function resumeHasKeyword(
  keyword: JobKeyword,
  terms: ReadonlySet<string>,
  resumeSkills: ReadonlySet<string>,
): boolean {
  if (terms.has(stemPhrase(keyword.keyword))) return true;
  const skill = keyword.skill ?? getDefaultSkillTaxonomy().lookup(keyword.keyword)?.name;
  return skill !== undefined && resumeSkills.has(skill.toLowerCase());
}

/** True when the resume names a skill: by canonical name (aliases included), or its words appear in the resume text. */
export function resumeHasSkill(skill: string, terms: ReadonlySet<string>, resumeSkills: ReadonlySet<string>): boolean {
  return resumeSkills.has(skill.toLowerCase()) || terms.has(stemPhrase(skill));
}

/** Drops a keyword when a longer one in the list contains it word for word ("Accounting" beside "Cost Accounting"): the narrower one says more. */
export function dropBroaderKeywords<Keyword extends { keyword: string }>(keywords: readonly Keyword[]): Keyword[] {
  const padded = keywords.map((item) => ` ${tokenize(item.keyword).join(' ')} `);
  return keywords.filter((_, index) => {
    const own = padded[index] ?? '';
    return !padded.some(
      (other, otherIndex) =>
        otherIndex !== index && other.length > own.length && own.trim() !== '' && other.includes(own),
    );
  });
}
