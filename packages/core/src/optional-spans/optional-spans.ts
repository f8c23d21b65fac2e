import { matchesOf } from '../text/regexp.js';
import { pushAll } from '../arrays/push-all.js';

/** A [start, end) range of text. */
export type TextSpan = readonly [start: number, end: number];

// Headings that open a nice-to-have section; matched against a whole short line or a label before a colon.
const OPTIONAL_HEADING =
  /^(?:nice[\s-]to[\s-]haves?|(?:bonus|extra) (?:points|credit)|bonus(?:es)?|pluses|plus|preferred(?: qualifications| skills| experience| requirements)?|desired(?: skills| qualifications| experience)?|desirable(?: skills| qualifications)?|good[\s-]to[\s-]haves?|even better(?: if you have)?|optional(?: skills)?|ideally(?: you (?:also )?have)?|(?:it'?s |would be )?a plus(?: if you have)?)$/i;
// Headings of other sections; each ends a nice-to-have section.
const OTHER_HEADING =
  /^(?:requirements|required(?: skills| qualifications| experience)?|(?:minimum|basic|key|essential|core) (?:qualifications|requirements|skills)|qualifications|must[\s-]haves?|what you(?:'ll| will)? (?:need|bring|have)|what we(?:'re| are) looking for|who you are|about you|you have|skills|tech(?:nical)? stack|(?:key )?responsibilities|duties|what you(?:'ll| will) do|the role|about (?:us|the role|the team|the job|the company)|your (?:profile|skills|role|responsibilities|tasks)|(?:our )?(?:tech )?stack|day[\s-]to[\s-]day|job description|description|overview|summary|benefits|perks|(?:what )?we offer|why (?:join )?us|compensation|salary|pay|location|schedule|how to apply)$/i;
// Words that make their sentence optional ("Docker is a plus"), or their parenthesis when inside one
// ("a relational database (PostgreSQL preferred)"). A bare "bonus" is left out: "an annual bonus" is pay.
const OPTIONAL_CUE =
  /\b(?:a (?:big |huge |strong )?plus|nice[\s-]to[\s-]have|bonus(?: points|(?=\s*:))|(?:is|are|as) a bonus|preferred|desirable|desired|an advantage|advantageous|an asset|not required|optional)\b/i;
// Words that make only what follows them optional ("Python, ideally with pandas").
const FORWARD_CUE = /\b(?:ideally|preferably)\b/i;
const PARENTHESIS = /\([^()]*\)/gu;
const BULLET = /^[\s>*•·▪‣◦\-–—#_]+/u;
// The lookbehind starts the trailing run at its first character; without it every position of a long run
// of spaces inside a line would scan to the run's end, quadratic in the run's length.
const TRAILING = /(?<![\s:.!*#_])[\s:.!*#_]+$/u;
// A short label before a colon: "Nice to have: Docker, Terraform".
const LABEL = /^([^:.!?]{2,60}):/u;
const SENTENCE_END = /[.!?;](?=\s)|\n/gu;

/**
 * Ranges of a job ad's text that are only nice to have: sections under a "Nice to have" style heading
 * (up to the next heading, or the first blank line after some content), sentences with cues such as
 * "is a plus", cued parentheses, and what follows "ideally" or "preferably".
 */
export function findOptionalSpans(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let inOptionalSection = false;
  let sectionHasContent = false;
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const start = lineStart;
    const end = start + line.length;
    lineStart = end + 1;
    const content = line.replace(BULLET, '');
    // A known section name on its own line or before a colon switches sections; other labels
    // ("Cloud: AWS or GCP" in a list) are content and leave the section as it is.
    const heading = (LABEL.exec(content)?.[1] ?? content).replace(TRAILING, '').trim();
    if (OPTIONAL_HEADING.test(heading)) {
      inOptionalSection = true;
      sectionHasContent = heading !== content.replace(TRAILING, '').trim();
    } else if (OTHER_HEADING.test(heading)) {
      inOptionalSection = false;
    } else if (inOptionalSection) {
      // In plain text a blank line closes the list; a blank line right under the heading does not.
      if (line.trim() === '' && sectionHasContent) inOptionalSection = false;
      else if (line.trim() !== '') sectionHasContent = true;
    }
    if (inOptionalSection) {
      spans.push([start, end]);
      continue;
    }
    // Outside a nice-to-have section, only sentences that say so are optional.
    let sentenceStart = start;
    for (const boundary of matchesOf(`${line}\n`, SENTENCE_END)) {
      const sentenceEnd = Math.min(end, start + boundary.index + 1);
      pushAll(spans, optionalPartsOfSentence(text.slice(sentenceStart, sentenceEnd), sentenceStart));
      sentenceStart = sentenceEnd;
    }
  }
  return spans;
}

/** The optional parts of one sentence that starts at `offset`: cued parentheses, then the rest when it carries a cue itself. */
function optionalPartsOfSentence(sentence: string, offset: number): TextSpan[] {
  const spans: TextSpan[] = [];
  // Blank out parentheses (keeping offsets) so a cue inside one does not make the whole sentence optional.
  const outside = sentence.replace(PARENTHESIS, (group, index: number) => {
    if (OPTIONAL_CUE.test(group) || FORWARD_CUE.test(group))
      spans.push([offset + index, offset + index + group.length]);
    return ' '.repeat(group.length);
  });
  if (OPTIONAL_CUE.test(outside)) return [[offset, offset + sentence.length]];
  const forward = FORWARD_CUE.exec(outside);
  if (forward) spans.push([offset + forward.index, offset + sentence.length]);
  return spans;
}
