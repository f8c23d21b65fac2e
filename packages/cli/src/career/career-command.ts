import { formatSalary } from '@rolefit/core';
import {
  rankCoursesForSkills,
  recommendSpecialisations,
  sampleCourses,
  skillGapPath,
  type SkillCourses,
  type SkillGapPath,
  type SpecialisationReport,
} from '@rolefit/career';
import { parseCommandArguments, requiredOption, stringOption, wholeNumber } from '../shared/args.js';
import { InputError, UsageError, type RolefitCliIo } from '../shared/io.js';
import { loadProfile, loadResume, OWN_RESUME_TIMEOUT_MS } from '../shared/inputs.js';
import { OCR_OPTION, withResumeReading } from '../shared/ocr.js';
import { openStore } from '../shared/store.js';

const fixed = (value: number, digits = 3) => value.toFixed(digits);
const signed = (value: number) => `${value >= 0 ? '+' : '−'}${Math.abs(value).toFixed(3)}`;

/** The career report for a person to read: specialisations with their evidence, the skill gaps to the best one, courses per gap. */
export function formatCareerReport(
  name: string,
  report: SpecialisationReport,
  path: SkillGapPath | undefined,
  courses: readonly SkillCourses[],
): string {
  const out = [
    `Career guidance for ${name}: ${report.postingCount} stored postings in ${report.clusterCount} specialisations.`,
    '',
  ];
  out.push('Specialisations that fit:');
  for (const item of report.specialisations) {
    const { scores, evidence } = item;
    out.push(
      `${String(item.rank).padStart(2)}. ${item.name}  score ${fixed(scores.score)} (fit ${fixed(scores.fit)}, demand ${fixed(scores.demand)})`,
    );
    const pay = evidence.medianSalary.map(
      (entry) =>
        `${formatSalary({ min: entry.annualMedian, max: entry.annualMedian, annualMin: entry.annualMedian, annualMax: entry.annualMedian, currency: entry.currency, period: 'year' })} median`,
    );
    out.push(
      `    ${evidence.postingCount} posting${evidence.postingCount === 1 ? '' : 's'}${pay.length ? ` · ${pay.join(', ')}` : ''}`,
    );
    out.push(`    has: ${evidence.matchedSkills.join(', ') || '—'}`);
    out.push(`    missing: ${evidence.missingSkills.join(', ') || '—'}`);
  }
  if (report.specialisations.length === 0) out.push('  (none: the store has too few postings to group)');
  out.push('');
  if (!path || path.gaps.length === 0) return `${out.join('\n')}No skill gaps to the best specialisation.\n`;
  out.push(
    `Skill gaps for "${path.targets.label ?? report.specialisations[0]?.name}" (mean match now ${fixed(path.baseMeanScore)}; the gain if the skill were on the resume):`,
  );
  for (const gap of path.gaps)
    out.push(
      `  ${gap.skill}: ${signed(gap.gain)}, asked by ${gap.targetCount} of ${path.targets.jobIds.length} postings`,
    );
  out.push('', 'Learning plan:');
  for (const step of path.plan)
    out.push(`  Step ${step.step} — ${step.title}: ${step.skills.map((gap) => gap.skill).join(', ')}`);
  out.push('', 'Courses per gap (from the sample course list):');
  for (const entry of courses) {
    out.push(`  ${entry.skill}`);
    if (entry.courses.length === 0) out.push('    (no course in the list)');
    for (const item of entry.courses)
      out.push(`    - ${item.course.title}${item.course.provider ? ` — ${item.course.provider}` : ''}: ${item.reason}`);
  }
  return `${out.join('\n')}\n`;
}

/** `rolefit career --resume FILE --store FILE`: specialisations from the stored jobs, the skill gaps to the best, courses. */
export async function runCareer(argv: readonly string[], io: RolefitCliIo): Promise<number> {
  const { values, positionals } = parseCommandArguments(argv, {
    resume: { type: 'string' },
    store: { type: 'string' },
    profile: { type: 'string' },
    limit: { type: 'string' },
    gaps: { type: 'string' },
    courses: { type: 'string' },
    json: { type: 'boolean' },
    ...OCR_OPTION,
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const resumeFile = requiredOption(values, 'resume', 'career');
  const storePath = requiredOption(values, 'store', 'career');
  const limit = wholeNumber(stringOption(values, 'limit'), '--limit', 3, 1, 100);
  const gapLimit = wholeNumber(stringOption(values, 'gaps'), '--gaps', 6, 1, 100);
  const courseLimit = wholeNumber(stringOption(values, 'courses'), '--courses', 2, 0, 20);
  const profileFile = stringOption(values, 'profile');
  const resume = await withResumeReading(values, true, (reading) =>
    loadResume(resumeFile, io, reading, { timeoutMs: OWN_RESUME_TIMEOUT_MS }),
  );
  const profile = profileFile === undefined ? undefined : await loadProfile(profileFile, io);
  const store = await openStore(storePath);
  try {
    if ((await store.countJobs()) === 0)
      throw new InputError(
        `the store ${storePath} holds no jobs: fill it with "rolefit crawl <source> --store ${storePath}"`,
      );
    const now = io.now ?? new Date();
    const report = await recommendSpecialisations({ store, resume, ...(profile ? { profile } : {}), limit, now });
    const best = report.specialisations[0];
    const path = best
      ? await skillGapPath({
          resume,
          ...(profile ? { profile } : {}),
          specialisation: best,
          store,
          now,
          limit: gapLimit,
        })
      : undefined;
    const courses = path ? rankCoursesForSkills(path.gaps, sampleCourses, { limit: courseLimit }) : [];
    if (values.json)
      io.stdout.write(
        `${JSON.stringify({ person: resume.id, name: resume.contact.name ?? null, specialisations: report, skillGap: path ?? null, courses })}\n`,
      );
    else io.stdout.write(formatCareerReport(resume.contact.name ?? `person ${resume.id}`, report, path, courses));
    return 0;
  } finally {
    await store.close();
  }
}
