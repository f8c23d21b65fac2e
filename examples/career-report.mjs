#!/usr/bin/env node
// Rolefit career report: for a sample person, the specialisations that fit them in the sample job corpus,
// the skills they lack for the best one (with what each is worth), an ordered plan and courses per gap.
//   pnpm build && node examples/career-report.mjs [--resume <id>] [--limit N] [--gaps N] [--courses N] [--json]
import { readArguments } from './arguments.mjs';
import { formatSalary, parseProfile, parseResume, ValidationError } from '@rolefit/core';
import { sampleJobs, sampleResumes } from '@rolefit/core/samples';
import { rankCoursesForSkills, recommendSpecialisations, sampleCourses, skillGapPath } from '@rolefit/career';

const { values } = readArguments({
  options: {
    resume: { type: 'string', default: 'resume-data-analyst' },
    limit: { type: 'string', default: '3' },
    gaps: { type: 'string', default: '6' },
    courses: { type: 'string', default: '2' },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

const usage = `Usage: node examples/career-report.mjs [--resume <${sampleResumes.map((resume) => resume.id).join('|')}>] [--limit N] [--gaps N] [--courses N] [--json]`;
if (values.help) {
  console.log(usage);
  process.exit(0);
}

function positive(name) {
  const value = Number.parseInt(values[name], 10);
  if (!Number.isInteger(value) || value < 1 || String(value) !== values[name].trim())
    throw new Error(`--${name} must be a positive whole number, got ${values[name]}`);
  return value;
}

async function main() {
  const sample = sampleResumes.find((resume) => resume.id === values.resume);
  if (!sample) throw new Error(`--resume must be one of ${sampleResumes.map((resume) => resume.id).join(', ')}`);
  const limit = positive('limit');
  const gapLimit = positive('gaps');
  const courseLimit = positive('courses');
  const { profile: profileInput, ...resumeInput } = sample;
  const resume = parseResume(resumeInput);
  const profile = parseProfile(profileInput);

  const report = await recommendSpecialisations({ jobs: sampleJobs, resume, profile, limit });
  const best = report.specialisations[0];
  // Gains are measured against the best specialisation's postings, with the same clock as the report.
  const path = best
    ? await skillGapPath({
        resume,
        profile,
        specialisation: best,
        jobs: sampleJobs,
        now: new Date(report.now),
        limit: gapLimit,
      })
    : undefined;
  const courses = path ? rankCoursesForSkills(path.gaps, sampleCourses, { limit: courseLimit }) : [];

  if (values.json) {
    console.log(
      JSON.stringify(
        {
          resume: resume.id,
          name: resume.contact.name ?? null,
          specialisations: report,
          skillGap: path ?? null,
          courses,
        },
        null,
        2,
      ),
    );
    return;
  }
  printReport({ resume, report, path, courses });
}

const BLOCKS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/** A bar of `value / max` of `width` cells, in eighths of a cell. */
function bar(value, max, width = 20) {
  const eighths = max > 0 ? Math.max(0, Math.round((value / max) * width * 8)) : 0;
  return `${'█'.repeat(Math.floor(eighths / 8))}${BLOCKS[eighths % 8]}`.padEnd(width);
}

const fixed = (value, digits = 3) => value.toFixed(digits);
const signed = (value) => `${value >= 0 ? '+' : '−'}${Math.abs(value).toFixed(3)}`;
const day = (iso) => (iso ? iso.slice(0, 10) : 'undated');

function printReport({ resume, report, path, courses }) {
  const out = [];
  out.push(`Career report — ${resume.contact.name ?? resume.id} (${resume.id})`);
  out.push(
    `${report.postingCount} sample postings (${report.duplicateCount} cross-board duplicate${report.duplicateCount === 1 ? '' : 's'} merged) in ${report.clusterCount} specialisations; recency as of ${day(report.now)}.`,
  );
  out.push(
    `Score = fit × (${fixed(report.weights.fit, 2)} + ${fixed(report.weights.demand, 2)} × demand): demand ranks fields the person fits; it never lifts one they do not.`,
    '',
  );
  out.push('Top specialisations');
  const nameWidth = Math.max(...report.specialisations.map((item) => item.name.length), 10);
  for (const item of report.specialisations) {
    const { scores, evidence } = item;
    out.push(
      `${String(item.rank).padStart(2)}. ${item.name.padEnd(nameWidth)}  ${bar(scores.score, 1)} ${fixed(scores.score)}`,
    );
    const profileParts = [
      ['work style', scores.workStyle],
      ['workplace', scores.workplace],
      ['preferences', scores.interests],
    ].filter(([, value]) => value !== undefined);
    out.push(
      `    fit ${fixed(scores.fit)} (similarity ${fixed(scores.similarity)}, skills ${fixed(scores.skillCoverage)}${profileParts.map(([name, value]) => `, ${name} ${fixed(value)}`).join('')}) · demand ${fixed(scores.demand)} (postings ${fixed(scores.count)}, recency ${fixed(scores.recency)}, pay ${fixed(scores.salary)})`,
    );
    const pay = evidence.medianSalary.map(
      (entry) =>
        `${formatSalary({ min: entry.annualMedian, max: entry.annualMedian, currency: entry.currency, period: 'year' })} median (${entry.postings})`,
    );
    out.push(
      `    ${evidence.postingCount} posting${evidence.postingCount === 1 ? '' : 's'}, newest ${day(evidence.newestPostedAt)}${pay.length ? ` · ${pay.join(', ')}` : ' · no pay stated'}`,
    );
    out.push(`    e.g. ${evidence.samplePostings.map((posting) => `${posting.id} ${posting.title}`).join('; ')}`);
    if (item.titles.length > 1)
      out.push(`    titles: ${item.titles.map((title) => `${title.title} ×${title.count}`).join(', ')}`);
    out.push(`    has: ${evidence.matchedSkills.join(', ') || '—'}`);
    out.push(`    missing: ${evidence.missingSkills.join(', ') || '—'}`);
    for (const reason of item.reasons) out.push(`    why: ${reason}`);
    out.push(`    courses: ${item.courseSearch.url}`);
  }
  out.push('');
  if (!path || path.gaps.length === 0) {
    out.push('No skill gaps to the best specialisation.');
    console.log(out.join('\n'));
    return;
  }
  out.push(
    `Skill gaps for “${path.targets.label}” (${path.targets.jobIds.length} postings; mean match now ${fixed(path.baseMeanScore)} with ${path.ranker})`,
  );
  out.push('Score gain if the skill were on the resume:');
  const largest = Math.max(...path.gaps.map((gap) => gap.gain), 0);
  const skillWidth = Math.max(...path.gaps.map((gap) => gap.skill.length));
  for (const gap of path.gaps) {
    out.push(
      `  ${gap.skill.padEnd(skillWidth)}  ${bar(Math.max(0, gap.gain), largest)} ${signed(gap.gain)}  asked by ${gap.targetCount}/${path.targets.jobIds.length}`,
    );
  }
  out.push(
    '',
    'Learning plan (foundations first, then core practice, then specialisation; biggest gain first in each step)',
  );
  for (const step of path.plan) {
    out.push(`  Step ${step.step} — ${step.title} [${step.categories.join(', ')}]`);
    for (const gap of step.skills) out.push(`    • ${gap.skill} (${signed(gap.gain)})`);
  }
  out.push('', 'Courses per gap (invented sample course list)');
  for (const entry of courses) {
    out.push(`  ${entry.skill}`);
    if (entry.courses.length === 0) out.push('    (no course in the list)');
    for (const item of entry.courses)
      out.push(
        `    - ${item.course.title}${item.course.provider ? ` — ${item.course.provider}` : ''} [${fixed(item.score, 2)}]: ${item.reason}`,
      );
  }
  console.log(out.join('\n'));
}

main().catch((error) => {
  console.error(
    error instanceof ValidationError ? `Invalid input — ${error.message}` : `career report failed: ${error.message}`,
  );
  process.exit(1);
});
