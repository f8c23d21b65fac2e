#!/usr/bin/env node
// ATS-score a resume against a job ad, as an applicant tracking system would read them: a 0–100 total, a breakdown,
// the skills the ad asks for that the resume lacks, layout problems (contact details in a header, images) and
// suggestions.
//   node examples/ats-score.mjs [--resume FILE] [--job SAMPLE-ID|FILE] [--json]
// --resume: a PDF, DOCX or plain-text resume (default an invented data analyst's PDF written for Rolefit,
//   packages/ats/src/parse/fixtures/labelled/03-priya-sharma.pdf).
// --job: a sample posting id (default sample-014, "Data Analyst"), a Job JSON file, or the ad as plain text.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { readArguments } from './arguments.mjs';
import { parseJob, ValidationError } from '@rolefit/core';
import { sampleJobs } from '@rolefit/core/samples';
import {
  extractDocumentLayout,
  formatAtsReport,
  isResumeParseError,
  jobFromText,
  parseResumeFile,
  scoreResumeAgainstJob,
} from '@rolefit/ats';

const usage =
  'Usage: node examples/ats-score.mjs [--resume FILE.pdf|.docx|.txt] [--job SAMPLE-ID|job.json|ad.txt] [--json]';
const { values } = readArguments({
  options: {
    resume: {
      type: 'string',
      default: fileURLToPath(
        new URL('../packages/ats/src/parse/fixtures/labelled/03-priya-sharma.pdf', import.meta.url),
      ),
    },
    job: { type: 'string', default: 'sample-014' },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}

const progress = (line) => process.stderr.write(`ats-score: ${line}\n`);

/** The job: a sample posting by id, a Job JSON file, or a plain-text ad (its title and skills read from the text). */
async function loadJob(reference) {
  const sample = sampleJobs.find((job) => job.id === reference);
  if (sample) return parseJob(sample);
  if (/^sample-\d+$/.test(reference))
    throw new Error(
      `--job: no sample posting ${reference} (sample-001 … sample-${String(sampleJobs.length).padStart(3, '0')})`,
    );
  const text = await readFile(reference, 'utf8');
  return /^\s*\{/.test(text) ? parseJob(JSON.parse(text)) : jobFromText(text);
}

// The library's default limit (4 s a file) is sized for untrusted uploads to a server; reading your own file on a busy
// machine may take longer, so this command allows 30 s.
const limits = { timeoutMs: 30_000 };

async function main() {
  const job = await loadJob(values.job);
  progress(`reading ${values.resume}`);
  // Text and layout (header/footer text, images) are read side by side, each in a worker under time and size limits.
  const [resume, layout] = await Promise.all([
    parseResumeFile(values.resume, limits),
    /\.(pdf|docx)$/i.test(values.resume) ? extractDocumentLayout(values.resume, limits) : undefined,
  ]);
  progress(`scoring ${resume.contact.name ?? 'the resume'} against "${job.title}"`);
  const report = scoreResumeAgainstJob(resume, job, {
    layout: layout && { headerText: layout.headerText, footerText: layout.footerText, imageCount: layout.imageCount },
  });
  if (values.json)
    return console.log(
      JSON.stringify({ resume: values.resume, job: { id: job.id, title: job.title }, report }, null, 2),
    );
  process.stdout.write(formatAtsReport(report));
}

main().catch((error) => {
  const reason = isResumeParseError(error)
    ? `cannot read the resume (${error.code}): ${error.message}`
    : error instanceof ValidationError
      ? `invalid input — ${error.message}`
      : error.message;
  console.error(`ats-score failed: ${reason}`);
  process.exit(1);
});
