import { sentenceSpans } from '@rolefit/core/text';
import { pushAll } from '@rolefit/core/internal';

/** A piece of generated text that was used, with its place in the whole output. */
export interface GeneratedPiece {
  /** The text, trimmed. */
  readonly text: string;
  /** Offset of the first character in the generated output. */
  readonly start: number;
  /** Offset just past the last character. */
  readonly end: number;
}

/** What could be read from a generator's answer; parts that could not be read are absent. */
export interface ParsedTailorOutput {
  /** Sentences of the summary. */
  readonly summary?: GeneratedPiece[];
  /** Bullets per role, by 0-based role index. */
  readonly bullets: Map<number, GeneratedPiece[]>;
}

const SUMMARY = /^[\s*#_>]*summary[\s*_]*[:\-–—][\s*_]*/i;
const ROLE = /^[\s*#_>]*(?:role|position|job)\s*(\d+)\b[^\n]*$/i;
const BULLET = /^\s*(?:[-*•‣▪]|\d+[.)])\s+/;

/** Reads `SUMMARY: …` and `ROLE n:` headers with `- ` bullets from a generator's answer, tolerating markdown and stray text. */
export function parseTailorOutput(output: string, roleCount: number): ParsedTailorOutput {
  const bullets = new Map<number, GeneratedPiece[]>();
  let summary: GeneratedPiece[] | undefined;
  let role: number | undefined;
  let inSummary = false;
  let offset = 0;
  for (const line of output.split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    const summaryMatch = SUMMARY.exec(line);
    if (summaryMatch) {
      inSummary = true;
      role = undefined;
      summary = sentences(line.slice(summaryMatch[0].length), lineStart + summaryMatch[0].length);
      continue;
    }
    const roleMatch = ROLE.exec(line);
    if (roleMatch) {
      inSummary = false;
      const index = Number(roleMatch[1]) - 1;
      role = index >= 0 && index < roleCount ? index : undefined;
      continue;
    }
    const bulletMatch = BULLET.exec(line);
    if (bulletMatch) {
      inSummary = false;
      // Bullets before any role header belong to the only role, when there is just one.
      const target = role ?? (roleCount === 1 ? 0 : undefined);
      const piece = trimmed(line.slice(bulletMatch[0].length), lineStart + bulletMatch[0].length);
      if (target !== undefined && piece !== undefined && !piece.text.includes('<bullet>')) {
        const list = bullets.get(target) ?? [];
        list.push(piece);
        bullets.set(target, list);
      }
      continue;
    }
    // A summary may wrap onto following lines until a blank line or the next header.
    if (inSummary && summary !== undefined && line.trim() !== '') {
      pushAll(summary, sentences(line, lineStart));
    } else {
      inSummary = false;
    }
  }
  const usableSummary = summary?.filter((piece) => !piece.text.includes('<two or three sentences>'));
  return { ...(usableSummary && usableSummary.length > 0 ? { summary: usableSummary } : {}), bullets };
}

function trimmed(text: string, start: number): GeneratedPiece | undefined {
  const leading = text.length - text.trimStart().length;
  const value = text.trim();
  return value === '' ? undefined : { text: value, start: start + leading, end: start + leading + value.length };
}

function sentences(text: string, start: number): GeneratedPiece[] {
  const pieces: GeneratedPiece[] = [];
  // Core's sentence boundaries (Unicode's rules): "e.g. the", "3.5" and "Dr. Smith" do not end a sentence.
  for (const [from, to] of sentenceSpans(text)) {
    const piece = trimmed(text.slice(from, to), start + from);
    if (piece !== undefined) pieces.push(piece);
  }
  return pieces;
}
