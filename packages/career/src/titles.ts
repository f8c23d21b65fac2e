import { withoutQualifyingSeniority } from '@rolefit/core';
import { replaceBracketed } from '@rolefit/core/internal';
import { normalizeText } from '@rolefit/core/text';

// Seniority words come from core's one vocabulary: "Staff" is a level there, so "Staff Nurse" is a nurse.

// `/\([^()]*\)|\[[^\]]*\]/g`, read in linear time (the regex was quadratic in a run of '[' that never closes).
const BRACKETS = [
  { open: '(', close: ')', notInside: '(' },
  { open: '[', close: ']' },
];

/**
 * The part of a job title that names the role, as written: brackets dropped, qualifiers after a dash or comma
 * dropped ("Backend Engineer (Node.js) – Contract" → "Backend Engineer"), seniority words removed.
 */
export function roleTitle(title: string): string {
  const withoutBrackets = replaceBracketed(title, BRACKETS, ' ');
  // A spaced dash, a comma, a slash between spaces or a pipe starts a qualifier (place, team, shift, contract).
  const head = withoutBrackets.split(/\s[-–—]\s|,|\s\/\s|\|/)[0] ?? withoutBrackets;
  const words = withoutQualifyingSeniority(head.split(/\s+/).filter((word) => word !== ''));
  const result = words.join(' ').trim();
  // A title made only of seniority words ("Lead") is better kept than emptied.
  return result === '' ? title.trim() : result;
}

/** The comparison key of {@link roleTitle}: lower-case, accents folded, spaces collapsed. */
export function normalizeRoleTitle(title: string): string {
  return normalizeText(roleTitle(title));
}
