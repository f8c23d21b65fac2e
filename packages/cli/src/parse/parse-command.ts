import type { Resume } from '@rolefit/core';
import { parseCommandArguments } from '../shared/args.js';
import { UsageError, type RolefitCliIo } from '../shared/io.js';
import { loadResume } from '../shared/inputs.js';
import { OCR_OPTION, withResumeReading } from '../shared/ocr.js';
import { clip } from '../shared/table.js';

/** `rolefit parse FILE [--json] [--ocr DIR]`: a readable summary of the resume read from FILE, or its Resume JSON with `--json`. */
export async function runParse(argv: readonly string[], io: RolefitCliIo): Promise<number> {
  const { values, positionals } = parseCommandArguments(argv, {
    json: { type: 'boolean' },
    ...OCR_OPTION,
  });
  if (positionals.length !== 1) throw new UsageError('parse needs exactly one FILE');
  const resume = await withResumeReading(values, true, (reading) => loadResume(positionals[0]!, io, reading));
  io.stdout.write(values.json ? `${JSON.stringify(resume)}\n` : formatResumeSummary(resume));
  return 0;
}

// Most parse warnings the summary lists; --json has them all.
const MAX_WARNINGS_SHOWN = 20;

const month = (date: Date | undefined) => (date ? date.toISOString().slice(0, 7) : '?');
const span = (start: Date | undefined, end: Date | null | undefined): string => {
  const until = end === null ? 'present' : end ? month(end) : '';
  return start ? `${month(start)} – ${until || '?'}` : until;
};

/** What was read from a resume, for a person to check: contact, summary, roles, schooling, skills, the parser's warnings (lines ending in a newline). */
export function formatResumeSummary(resume: Resume): string {
  const { contact } = resume;
  const lines = [`${contact.name ?? '(no name found)'}  [id ${resume.id}]`];
  const reach = [contact.email, contact.phone, contact.location, ...contact.links].filter(Boolean);
  lines.push(reach.length ? reach.join(' · ') : '(no contact details found)');
  if (resume.summary) lines.push('', `Summary: ${clip(resume.summary, 300)}`);
  lines.push(
    '',
    `Experience (${resume.experience.length} role${resume.experience.length === 1 ? '' : 's'}${resume.totalYears === undefined ? '' : `, ${resume.totalYears} years`}):`,
  );
  for (const role of resume.experience) {
    const where = [role.company, role.location].filter(Boolean).join(', ');
    const when = span(role.start, role.end);
    lines.push(`  - ${role.title}${where ? ` — ${where}` : ''}${when ? ` (${when})` : ''}`);
  }
  if (resume.experience.length === 0) lines.push('  (none found)');
  lines.push('', `Education (${resume.education.length}):`);
  for (const school of resume.education) {
    const what = [school.degree, school.field].filter(Boolean).join(', ');
    const when = span(school.start, school.end);
    lines.push(
      `  - ${[what, school.institution].filter(Boolean).join(' — ') || '(unnamed)'}${when ? ` (${when})` : ''}`,
    );
  }
  if (resume.education.length === 0) lines.push('  (none found)');
  lines.push(
    '',
    `Skills (${resume.skills.length}): ${resume.skills.length ? resume.skills.join(', ') : '(none found)'}`,
  );
  if (resume.certifications.length) lines.push(`Certifications: ${resume.certifications.join(', ')}`);
  if (resume.languages.length) lines.push(`Languages: ${resume.languages.join(', ')}`);
  // The parser's own doubts (a field that may be wrong, a section it could not read, text read by OCR), for the person to check.
  const warnings = resume.warnings ?? [];
  if (warnings.length) {
    lines.push('', `To check (${warnings.length}):`);
    for (const warning of warnings.slice(0, MAX_WARNINGS_SHOWN))
      lines.push(`  - ${warning.path}: ${clip(warning.reason, 200)}`);
    if (warnings.length > MAX_WARNINGS_SHOWN)
      lines.push(`  … and ${warnings.length - MAX_WARNINGS_SHOWN} more (--json)`);
  }
  lines.push('', 'The full Resume JSON: rolefit parse FILE --json');
  return `${lines.join('\n')}\n`;
}
