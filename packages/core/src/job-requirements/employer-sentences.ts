import type { TextSpan } from '../optional-spans/optional-spans.js';

// Sentences about the employer, its clients and its products rather than about the candidate: "We provide modern AI
// tools for lead generation", "Our client provides cybersecurity technologies", "At Digital Turbine, we make mobile
// advertising experiences", "Acme is the largest coffee company … from the procurement of coffee to its consumption",
// the equal-opportunity and privacy statements. A skill named only there is the employer's business, not a skill asked.

// The sentence's subject is the employer: "we", "our …", "at <name>, we", "join us", or the company's own name.
const EMPLOYER_OPENING =
  /^[\s>*•·\-–—#_"'“(]*(?:at\s+[^,.;:\n]{1,60},\s*)?(?:we|we['’](?:re|ve|ll)|our|us)(?![\p{L}])/iu;
// "Acme Dental Laboratory is the largest …", "The Group is comprised of …": a name, then what the organisation is.
const ORGANISATION_IS =
  /^[\s>*•·\-–—#_"'“(]*(?:the\s+(?:company|group|firm|organi[sz]ation|business)|(?!(?:this|that|it|there|these|those|the|a|an|our|your|each|every|all|any|experience|knowledge|ability)\b)\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:\(?[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]*\)?|of|and|&|de|for)){0,6})\s+(?:is|are|was|has\s+been)\s+(?:a|an|the|one|among|proud|committed|dedicated|founded|headquartered|based|comprised|known|home|part)(?![\p{L}])/iu;
// Statements no ad makes of a candidate: equal opportunity, privacy, awards, the notice to recruitment agencies
// ("To all Staffing and Recruiting Agencies", "… will be considered unsolicited"), and notes on the hiring process
// itself ("need a workplace accommodation during the … onboarding process", "the country you're applying in",
// "has authorized this recruitment"), and the visa conditions of the hire ("require sponsorship for employment visa
// status", "visa sponsorship is not available": an eligibility condition, not a skill).
const EMPLOYER_STATEMENT =
  /\b(?:equal (?:employment )?opportunity|affirmative action|privacy (?:notice|policy|statement)|without regard to|award[\s-]winn(?:er|ing)|unsolicited|to all (?:[a-z-]+ ){1,4}agencies|(?:reasonable|workplace) accommodations?|you(?:['’]re| are) applying|this recruitment|(?:visa|immigration)\s+sponsorship|sponsorship\s+for\s+(?:employment|(?:a\s+|an\s+)?(?:work\s+)?visa|work))\b/i;
// What the job offers the candidate rather than asks: "An internship at Acme will give you exposure to … Spark, Kafka",
// "you will gain exposure to", "you'll learn". From the offer to the sentence's end only, so that a skill asked before it
// in the same sentence still counts.
const OFFER =
  /\b(?:(?:give|gives|offer|offers|provide|provides)\s+you\s+(?:(?:an?|the|some|early|hands-on|broad|valuable)\s+)?exposure|(?:get|gets|gain|gains|receive|receives)\s+(?:(?:an?|the|some|early|hands-on|broad|valuable)\s+)?exposure\s+to|you(?:['’]ll|\s+will)\s+(?:learn|be\s+exposed\s+to|be\s+trained\s+(?:in|on)))\b/iu;
// Words that turn a sentence towards the candidate ("we are looking for someone with …", "our ideal candidate has …").
const ASKS_CANDIDATE =
  /(?:^|[^\p{L}])(?:you|your|you['’](?:ll|re|ve)|candidates?|applicants?|hires?|individuals?|someone|person|looking\s+for(?!\s+(?:new|better|ways|innovative|opportunities)(?![\p{L}]))|seeking|hiring\s+(?:a|an|for|someone)|must|required|requires?|require|need|needs|should|ideal|experience\s+(?:in|with|of)|knowledge\s+of|ability\s+to|proficien\p{L}*|familiar\p{L}*|skills?|plus|bonus|advantage\p{L}*|preferred|desired|desirable|asset|essential|nice)(?![\p{L}])/iu;

// Longest sentence looked at; a longer run without a sentence end is split at this length.
const MAX_SENTENCE_CHARACTERS = 600;

/** Sentence ranges of a text: ends at ".", "!", "?" or ";" before a space, and at line breaks; linear in the text. */
function sentenceSpans(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    const ends =
      character === '\n' ||
      ((character === '.' || character === '!' || character === '?' || character === ';') &&
        /\s/.test(text[index + 1] ?? ' '));
    if (ends || index - start >= MAX_SENTENCE_CHARACTERS) {
      if (index + 1 > start) spans.push([start, index + 1]);
      start = index + 1;
    }
  }
  if (start < text.length) spans.push([start, text.length]);
  return spans;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Before the company's name at a sentence's start: list marks and quotes, then maybe "(here) at", then maybe "the".
// Each part is sticky and compiled once: a regex compiled per company, with its Unicode letter class under /iu, cost
// about 0.5 ms, most of a fresh process's reading of an ad.
const OPENING_MARKS = /[\s>*•·\-–—#_"'“(]*/iuy;
const OPENING_AT = /(?:here\s+)?at\s+/iuy;
const OPENING_THE = /the\s+/iuy;
const NO_LETTER_AFTER = /(?![\p{L}])/iuy;

/** Where a sticky regex matches at `from` ends, or -1. */
function stickyEnd(pattern: RegExp, text: string, from: number): number {
  pattern.lastIndex = from;
  return pattern.test(text) ? pattern.lastIndex : -1;
}

/**
 * The company's name as a sentence opening ("Massimo Zanetti Beverage USA (MZB-USA) is …", "At Apple, new ideas …"),
 * or undefined when it has no usable word. It answers as `^[\s>*•·\-–—#_"'“(]*(?:(?:here\s+)?at\s+)?(?:the\s+)?`
 * + the word + `(?![\p{L}])` under /iu would: the marks run and each optional word with its spaces is taken whole
 * (what follows each starts with a letter or digit), so the name is tried where the two optional words may end.
 */
export function companyOpening(company: string | undefined): { test(sentence: string): boolean } | undefined {
  const first = companyFirstWord((company ?? '').trim().slice(0, 100));
  if (first === undefined) return undefined;
  // The word alone compiles fast; the letter class after it is the shared NO_LETTER_AFTER.
  const word = new RegExp(escapeRegExp(first), 'iuy');
  const nameAt = (sentence: string, from: number) => {
    const end = stickyEnd(word, sentence, from);
    return end !== -1 && stickyEnd(NO_LETTER_AFTER, sentence, end) !== -1;
  };
  return {
    test(sentence: string): boolean {
      const marks = stickyEnd(OPENING_MARKS, sentence, 0);
      // OPENING_MARKS matches the empty string, so it always ends somewhere.
      for (const from of [stickyEnd(OPENING_AT, sentence, marks), marks]) {
        if (from === -1) continue;
        const the = stickyEnd(OPENING_THE, sentence, from);
        if ((the !== -1 && nameAt(sentence, the)) || nameAt(sentence, from)) return true;
      }
      return false;
    },
  };
}

// A first word too common to stand for a company ("The Group", "Inc", "Confidential").
const COMMON_FIRST_WORD = /^(?:the|inc|llc|ltd|company|group|confidential|discreet)$/i;

/**
 * The first word of a company's name, as written, that can stand for the company in a text ("Massimo" for "Massimo
 * Zanetti Beverage USA"), or undefined when it is shorter than three characters or too common a word ("The", "Inc").
 */
export function companyFirstWord(name: string): string | undefined {
  const first = /^[\p{L}\p{N}][\p{L}\p{N}&'’.-]{2,}/u.exec(name)?.[0];
  return first === undefined || COMMON_FIRST_WORD.test(first) ? undefined : first;
}

/**
 * Ranges of sentences about the employer (its name, "we" or "our" as the subject, equal-opportunity, privacy and
 * agency statements) that ask nothing of the candidate, and of what the job offers ("will give you exposure to …"). Skills named only there are not read as skills the job asks.
 */
export function employerSentenceSpans(description: string, company?: string): TextSpan[] {
  const byName = companyOpening(company);
  const spans: TextSpan[] = [];
  for (const [start, end] of sentenceSpans(description)) {
    const sentence = description.slice(start, end);
    if (sentence.trim() === '') continue;
    if (EMPLOYER_STATEMENT.test(sentence)) spans.push([start, end]);
    else if (
      (EMPLOYER_OPENING.test(sentence) || ORGANISATION_IS.test(sentence) || byName?.test(sentence) === true) &&
      !ASKS_CANDIDATE.test(sentence)
    )
      spans.push([start, end]);
    else {
      const offer = OFFER.exec(sentence);
      if (offer !== null) spans.push([start + offer.index, end]);
    }
  }
  return spans;
}

// After a skill: a noun that makes it the kind of client, market or company the job deals with ("our cybersecurity
// client", "the U.S. cybersecurity market", "a recruitment company"). Not equipment: working a packaging machine is a skill.
const THING_AFTER =
  /^(?:\s+(?:and|or|&)\s+\p{L}{2,20}|,\s*\p{L}{2,20})?\s+(?:clients?|markets?|compan(?:y|ies)|firms?)(?![\p{L}])/iu;

/** True when a skill mention is a noun modifier of a client, market or company rather than a skill asked. */
export function modifiesThing(description: string, end: number): boolean {
  return THING_AFTER.test(description.slice(end, end + 40));
}
