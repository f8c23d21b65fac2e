// The one degree vocabulary of Rolefit: degree names and abbreviations, US and international, mapped to a level.
// Every pattern is a flat alternation of fixed words (no nested quantifiers), so matching stays linear.

/** Degree levels, lowest first. */
export const degreeLevels = ['high-school', 'diploma', 'associate', 'bachelor', 'master', 'phd'] as const;
/** A degree level: high school, post-secondary diploma (HND, polytechnic diploma), associate, bachelor, master or PhD. */
export type DegreeLevel = (typeof degreeLevels)[number];

/** Human wording of each degree level, for reports and suggestions. */
export const degreeLabels: Readonly<Record<DegreeLevel, string>> = {
  'high-school': 'high school diploma',
  diploma: 'post-secondary diploma',
  associate: "associate's degree",
  bachelor: "bachelor's degree",
  master: "master's degree",
  phd: 'PhD',
};

/** Longest text the degree readers look at; longer input is cut (job ads and resumes are far shorter). */
export const MAX_DEGREE_TEXT = 50_000;

const END = String.raw`(?![\p{L}\p{N}])`;

// Full words and unambiguous abbreviations, safe anywhere in a job ad or a resume. Case-insensitive.
const WORD_PATTERNS: ReadonlyArray<readonly [DegreeLevel, RegExp]> = [
  ['phd', new RegExp(String.raw`\b(?:ph\.?\s?d\.?|doctorate|doctoral\s+degree|d\.?\s?phil\.?|pharm\.?\s?d\.?|doctor\s+of\s+(?:philosophy|pharmacy|medicine|science|engineering|education))${END}`, 'giu')],
  [
    'master',
    new RegExp(
      String.raw`\b(?:master['’]?s?(?:\s+degree|\s+of\s+\p{L}+|\s+in\b|\s+level|\s+(?:en|de|ès|es)\s+\p{L}+)|laurea\s+(?:magistrale|specialistica)|mba|msn|m\.sc\.?|msc|m\.\s?tech|mtech|m\.\s?eng\.?|meng|m\.\s?com|m\.\s?pharm|ll\.m\.?|(?:post[-\s]?graduate|graduate|advanced)\s+degree|diplom[-\s]?ingenieur(?:in)?|dipl\.\s?-?\s?ing\.?|diplom\s+\(?(?:fh|univ?\.?)\)?|magister)${END}`,
      'giu',
    ),
  ],
  [
    'bachelor',
    new RegExp(
      String.raw`\b(?:bachelor['’]?s?(?:\s+degree)?|baccalaureate|bsn|b\.sc\.?|bsc|b\.s\.|b\.a\.|b\.\s?tech|btech|b\.\s?eng\.?|beng|b\.\s?com|b\.\s?pharm|ll\.b\.?|mbbs|undergraduate\s+degree|(?:4|four)[-\s]year\s+(?:college\s+|university\s+)?degree|college\s+degree|university\s+degree|licenciatura|licence\s+(?:en|de|ès|es|professionnelle)\s+\p{L}+|laurea(?:\s+triennale)?(?=\s+in\s+\p{L})|degree\s+(?:in|of)(?=\s+\p{L}))${END}`,
      'giu',
    ),
  ],
  ['associate', new RegExp(String.raw`\b(?:associate['’]?s?\s+(?:degree|of\s+\p{L}+|in\b)|adn|a\.a\.s\.?|a\.a\.|(?:2|two)[-\s]year\s+(?:college\s+)?degree)${END}`, 'giu')],
  [
    'diploma',
    new RegExp(
      String.raw`\b(?:higher\s+national\s+(?:diploma|certificate)|(?:advanced|polytechnic|technical|vocational|engineering|graduate)\s+diploma|diploma\s+(?:in|of)\s+\p{L}+|diploma\s+holders?|(?<!(?:school|secondary|ged)\s)diploma\s+or\s+(?:degree|bachelor)|degree\s+or\s+diploma)${END}`,
      'giu',
    ),
  ],
  // Other scripts: Hebrew (תואר ראשון / שני, דוקטורט) and Russian (высшее образование, среднее специальное).
  ['phd', new RegExp(String.raw`(?<![\p{L}])(?:דוקטורט|תואר\s+שלישי|кандидат\s+наук)${END}`, 'giu')],
  ['master', new RegExp(String.raw`(?<![\p{L}])(?:תואר\s+שני|магистр\p{L}*)${END}`, 'giu')],
  ['bachelor', new RegExp(String.raw`(?<![\p{L}])(?:תואר\s+ראשון|бакалавр\p{L}*|высшее\s+(?:\p{L}+\s+)?образование)${END}`, 'giu')],
  ['diploma', new RegExp(String.raw`(?<![\p{L}])(?:среднее\s+(?:специальное|профессиональное)(?:\s+образование)?)${END}`, 'giu')],
  ['high-school', new RegExp(String.raw`\b(?:high[-\s]school(?:\s+diploma)?|ged|secondary\s+school|higher\s+secondary|12th\s+(?:pass|grade|standard))${END}`, 'giu')],
];

// Abbreviations that are also common words or codes ("MS Office", "Boston, MA", "BA" for business analyst):
// matched with their case, never after a comma, and only where a degree reading fits.
const ABBREVIATION = String.raw`(?<!,\s?)\b(?:`;
const CASE_PATTERNS: ReadonlyArray<readonly [DegreeLevel, RegExp]> = [
  ['master', new RegExp(String.raw`${ABBREVIATION}MS|MA|MEng|MPH|MCA|MBA|M\.S|M\.A|M\.E\.?|MTech|MSc)${END}(?!\.?\s+(?:Office|Excel|Word|SQL|Teams|Project|Access|Outlook|Dynamics|Visio|PowerPoint|Windows|Azure|Exchange|SharePoint|Dynamics|Power))`, 'gu')],
  ['bachelor', new RegExp(String.raw`${ABBREVIATION}BS|BA|BEng|BBA|BFA|BCA|BCom|B\.S|B\.A|B\.E\.?|B\.Tech|BTech|BSc|LLB)${END}`, 'gu')],
  ['associate', new RegExp(String.raw`${ABBREVIATION}AS|AA|AAS)\s+(?:in|degree)\b`, 'gu')],
  ['diploma', new RegExp(String.raw`${ABBREVIATION}HND|HNC|OND)${END}`, 'gu')],
];
// After an ambiguous two-letter abbreviation in a job ad, what makes it a degree: "BS/MS", "MS in", "BA degree", "BS or".
const DEGREE_CONTEXT_AFTER = /^[ \t]*(?:[/(]|,\s*(?:BS|MS|BA|MA|PhD|Ph\.D)|(?:or|and|in|degree|from|required|preferred|plus)\b)/;
// Before one: "a BS", "BS/", "Bachelors (BS)".
const DEGREE_CONTEXT_BEFORE = /(?:[/(]|\b(?:a|an|or|and|your|with|hold|holds|have|has)\s)$/;
const AMBIGUOUS = /^(?:MS|MA|BS|BA|M\.S|M\.A|B\.S|B\.A)$/;

/** One degree named in a text. */
export interface DegreeMention {
  level: DegreeLevel;
  /** The text as written. */
  text: string;
  start: number;
  end: number;
}

/** Options for {@link findDegreeMentions}. */
export interface DegreeMentionOptions {
  /** `job` (default) reads ambiguous abbreviations (MS, BA) only next to degree words; `resume` reads them anywhere outside "City, ST". */
  mode?: 'job' | 'resume';
}

/** Every degree named in a text ("BS/MS in Computer Science", "B.Tech", "HND", "Diplom-Ingenieur"), in text order. */
export function findDegreeMentions(text: string, options: DegreeMentionOptions = {}): DegreeMention[] {
  const input = text.length > MAX_DEGREE_TEXT ? text.slice(0, MAX_DEGREE_TEXT) : text;
  const mode = options.mode ?? 'job';
  const mentions: DegreeMention[] = [];
  for (const [level, pattern] of WORD_PATTERNS) {
    for (const match of input.matchAll(pattern)) mentions.push({ level, text: match[0], start: match.index, end: match.index + match[0].length });
  }
  for (const [level, pattern] of CASE_PATTERNS) {
    for (const match of input.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (mode === 'job' && AMBIGUOUS.test(match[0])) {
        // "Boston, MA" is excluded above; "MA" alone is too often a state to trust in an ad.
        if (match[0].startsWith('MA') || match[0].startsWith('M.A')) {
          if (!/^\s*(?:in|degree)\b/.test(input.slice(end, end + 12))) continue;
        }
        const after = input.slice(end, end + 20);
        const before = input.slice(Math.max(0, start - 8), start);
        if (!DEGREE_CONTEXT_AFTER.test(after) && !DEGREE_CONTEXT_BEFORE.test(before)) continue;
      }
      mentions.push({ level, text: match[0], start, end });
    }
  }
  // One place read twice ("B.Sc" by both lists): keep the first, longest reading. A bare "degree in" right after
  // another degree ("MS degree in") belongs to that one.
  mentions.sort((left, right) => left.start - right.start || right.end - left.end);
  const bare = (mention: DegreeMention) => /^degree/i.test(mention.text);
  const named = mentions.filter((mention) => !bare(mention) || !mentions.some((other) => !bare(other) && other.end <= mention.start && mention.start - other.end <= 2));
  mentions.length = 0;
  mentions.push(...named);
  const kept: DegreeMention[] = [];
  let reached = -1;
  for (const mention of mentions) {
    if (mention.start < reached) continue;
    kept.push(mention);
    reached = mention.end;
  }
  return kept;
}

/** Position of a level in {@link degreeLevels}: higher means more advanced. */
export function degreeRank(level: DegreeLevel): number {
  return degreeLevels.indexOf(level);
}

/** The highest degree level named in resume texts (education entries, degree strings), or undefined when none is found. */
export function highestDegreeLevel(texts: readonly string[]): DegreeLevel | undefined {
  let best: DegreeLevel | undefined;
  for (const text of texts) {
    for (const mention of findDegreeMentions(text, { mode: 'resume' })) if (best === undefined || degreeRank(mention.level) > degreeRank(best)) best = mention.level;
  }
  return best;
}

const EQUIVALENT =
  /\bor\s+(?:an?\s+)?equivalent(?:\s+(?:combination|(?:work|practical|professional|relevant)\s+experience|experience))?\b|\bequivalent\s+(?:combination|(?:work|practical|professional|relevant)\s+)?experience\b|\bin\s+lieu\s+of\s+(?:a\s+)?degree\b/i;

/** True when a job text accepts equivalent experience instead of a degree ("or equivalent practical experience"). */
export function acceptsEquivalentExperience(text: string): boolean {
  return EQUIVALENT.test(text.length > MAX_DEGREE_TEXT ? text.slice(0, MAX_DEGREE_TEXT) : text);
}
