import { checkListArgument, checkRecordArgument } from '@rolefit/core/internal';
import { atsComponents, type AtsReport } from './score.js';

const LABELS = {
  skills: 'Hard skills',
  title: 'Job title',
  experience: 'Experience',
  education: 'Education',
  keywords: 'Keywords',
  sections: 'Sections',
  parseability: 'Parseability',
} as const;
const MAX_MISSING_SHOWN = 12;

// The parts of a report formatAtsReport reads, checked first: a hand-built or stored report of the wrong shape is a
// ValidationError naming the part (`report.breakdown.skills`), not a TypeError from a read below.
function checkReport(report: unknown): void {
  const fn = 'formatAtsReport';
  const given = checkRecordArgument(fn, 'report', report, 'an AtsReport (from scoreResumeAgainstJob)');
  checkRecordArgument(fn, 'report.facts', given.facts, 'the facts of the report');
  const breakdown = checkRecordArgument(fn, 'report.breakdown', given.breakdown, 'the score of each component');
  for (const component of atsComponents)
    checkRecordArgument(fn, `report.breakdown.${component}`, breakdown[component], 'a component score');
  for (const part of ['missingKeywords', 'issues', 'suggestions'] as const)
    checkListArgument(fn, `report.${part}`, given[part]).forEach((item, index) =>
      checkRecordArgument(fn, `report.${part}.${index}`, item, 'an object'),
    );
}

/** A plain-text ATS report for people: total, breakdown table, missing keywords, issues and suggestions. */
export function formatAtsReport(report: AtsReport): string {
  checkReport(report);
  const lines: string[] = [`ATS score: ${report.score}/100  (job: ${report.facts.jobTitle})`, '', 'Breakdown:'];
  for (const component of atsComponents) {
    const part = report.breakdown[component];
    const weight = part.applicable ? `${Math.round(part.weight * 100)}%` : 'n/a';
    lines.push(
      `  ${LABELS[component].padEnd(13)} ${String(part.score).padStart(3)}  weight ${weight.padStart(4)}  ${part.detail}`,
    );
  }
  if (report.missingKeywords.length > 0) {
    lines.push('', 'Missing keywords (most important first):');
    for (const missing of report.missingKeywords.slice(0, MAX_MISSING_SHOWN)) {
      lines.push(
        `  - ${missing.keyword}${missing.anyOf === undefined ? '' : ' (any one)'} (${missing.kind.replace('-', ' ')}, named ${missing.frequency}×)`,
      );
    }
    if (report.missingKeywords.length > MAX_MISSING_SHOWN)
      lines.push(`  … and ${report.missingKeywords.length - MAX_MISSING_SHOWN} more`);
  }
  if (report.issues.length > 0) {
    lines.push('', 'Parseability issues:');
    for (const issue of report.issues) lines.push(`  [${issue.severity}] ${issue.message}`);
  }
  if (report.suggestions.length > 0) {
    lines.push('', 'Suggestions:');
    report.suggestions.forEach((suggestion, index) => lines.push(`  ${index + 1}. ${suggestion.message}`));
  }
  return `${lines.join('\n')}\n`;
}
