import type { Resume } from '@rolefit/core';

const monthYear = (date: Date | null | undefined): string | undefined =>
  date ? `${date.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' })} ${date.getUTCFullYear()}` : undefined;

/** Writes a span of months as "Jan 2019 – Present", "Jan 2019 – Mar 2021" or "", in a form `findDateRanges` reads back. */
export function formatDateSpan(start: Date | undefined, end: Date | null | undefined): string {
  const first = monthYear(start);
  if (first === undefined) return monthYear(end) ?? '';
  return `${first} – ${end === null || end === undefined ? 'Present' : monthYear(end)}`;
}

/** Renders a resume's structured fields as plain text, one fact per line, with role lines written "Title at Company (dates)". */
export function renderResumeText(resume: Resume): string {
  const lines: string[] = [];
  if (resume.contact.name) lines.push(resume.contact.name);
  if (resume.summary) lines.push('', 'Summary', resume.summary);
  if (resume.skills.length > 0) lines.push('', 'Skills', resume.skills.join(', '));
  if (resume.experience.length > 0) {
    lines.push('', 'Experience');
    for (const entry of resume.experience) {
      const span = formatDateSpan(entry.start, entry.end);
      lines.push(
        `${entry.title}${entry.company ? ` at ${entry.company}` : ''}${entry.location ? `, ${entry.location}` : ''}${span ? ` (${span})` : ''}`,
      );
      if (entry.description) lines.push(entry.description);
      for (const highlight of entry.highlights) lines.push(`- ${highlight}`);
    }
  }
  if (resume.education.length > 0) {
    lines.push('', 'Education');
    for (const entry of resume.education) {
      const span = formatDateSpan(entry.start, entry.end);
      const what = [entry.degree, entry.field].filter(Boolean).join(' in ');
      lines.push(
        [what, entry.institution ? `from ${entry.institution}` : '', span ? `(${span})` : ''].filter(Boolean).join(' '),
      );
    }
  }
  if (resume.certifications.length > 0) lines.push('', 'Certifications', ...resume.certifications);
  if (resume.languages.length > 0) lines.push('', 'Languages', resume.languages.join(', '));
  return lines.join('\n').trim();
}
