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

/** A plain-text ATS report for people: total, breakdown table, missing keywords, issues and suggestions. */
export function formatAtsReport(report: AtsReport): string {
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
