import { checkListArgument, checkRecordArgument } from '@rolefit/core/internal';
import type { TailoringReview } from './review.js';

// The review records (from readTailoringReviews): a wrong kind is core's ValidationError naming the argument.
function checkRecords(fn: string, records: unknown): void {
  checkListArgument(fn, 'records', records, 'a list of tailoring reviews').forEach((record, index) =>
    checkRecordArgument(fn, `records.${index}`, record, 'a TailoringReview'),
  );
}

/** Options for {@link exportFineTuningJsonl}. */
export interface FineTuningExportOptions {
  /** Leave out records whose ATS score is below this (default: keep all). */
  minAtsScore?: number | undefined;
  /** Keep only records a rater marked truthful (default true); unrated (null) and untruthful ones are left out. */
  truthfulOnly?: boolean | undefined;
  /** The system message of every example (default {@link DEFAULT_TAILORING_SYSTEM_PROMPT}). */
  systemPrompt?: string | undefined;
}

/** The lines of a fine-tuning export and how many records were left out, by reason. */
export interface FineTuningExport {
  /** One JSON object per line, each ending in a newline; '' when nothing was exported. */
  jsonl: string;
  exported: number;
  skipped: { missingSourceText: number; notTruthful: number; belowMinAtsScore: number };
}

/** The default system message: tailor the resume to the job without inventing anything. */
export const DEFAULT_TAILORING_SYSTEM_PROMPT =
  'You tailor resumes to job postings. Rewrite the resume so it presents the experience most relevant to the job, ' +
  "using the job's wording where it is accurate. Never add skills, employers, titles, dates or achievements the source resume does not support.";

/**
 * Builds chat-format fine-tuning examples (the JSONL that OpenAI-style chat fine-tuning accepts), one line per record:
 * `{"messages":[{"role":"system","content":…},{"role":"user","content":"<job text>\n\n<source resume text>"},{"role":"assistant","content":"<tailored resume>"}]}`.
 * Records without `jobText` or `sourceResumeText` are skipped and counted, as are untruthful ones and low scores.
 */
export function buildFineTuningExport(
  records: readonly TailoringReview[],
  options: FineTuningExportOptions = {},
): FineTuningExport {
  checkRecords('buildFineTuningExport', records);
  const { minAtsScore, truthfulOnly = true, systemPrompt = DEFAULT_TAILORING_SYSTEM_PROMPT } = options;
  const skipped = { missingSourceText: 0, notTruthful: 0, belowMinAtsScore: 0 };
  const lines: string[] = [];
  for (const record of records) {
    if (truthfulOnly && record.truthful !== true) {
      skipped.notTruthful++;
      continue;
    }
    if (minAtsScore !== undefined && record.atsScore < minAtsScore) {
      skipped.belowMinAtsScore++;
      continue;
    }
    const jobText = record.jobText?.trim();
    const sourceText = record.sourceResumeText?.trim();
    if (!jobText || !sourceText) {
      skipped.missingSourceText++;
      continue;
    }
    lines.push(
      JSON.stringify({
        messages: [
          { role: 'system', content: systemPrompt },
          { role: 'user', content: `${jobText}\n\n${sourceText}` },
          { role: 'assistant', content: record.generatedText },
        ],
      }),
    );
  }
  return { jsonl: lines.map((line) => `${line}\n`).join(''), exported: lines.length, skipped };
}

/** The chat-format fine-tuning JSONL of {@link buildFineTuningExport}, as a string. */
export function exportFineTuningJsonl(
  records: readonly TailoringReview[],
  options: FineTuningExportOptions = {},
): string {
  checkRecords('exportFineTuningJsonl', records);
  return buildFineTuningExport(records, options).jsonl;
}
