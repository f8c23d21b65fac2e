import { checkRecordArgument } from '../errors/argument.js';
import type { RankQuery } from '../interfaces/index.js';

/** Every piece of text that describes the person, in a fixed order: desired titles, skills, summary, experience, resume text, query text. */
export function personTextParts(query: RankQuery): string[] {
  const parts: string[] = [];
  const { resume, profile } = query;
  // Loops, not push(...spread): a spread of more than ~120,000 values overflows the stack.
  for (const title of profile?.desiredTitles ?? []) parts.push(title);
  if (resume) {
    // Skills are joined with commas so a multi-word skill stays one phrase.
    if (resume.skills?.length) parts.push(resume.skills.join(', '));
    if (resume.summary) parts.push(resume.summary);
    for (const entry of resume.experience ?? []) {
      parts.push(entry.title);
      if (entry.description) parts.push(entry.description);
      for (const highlight of entry.highlights ?? []) parts.push(highlight);
    }
    if (resume.text) parts.push(resume.text);
  }
  if (query.text) parts.push(query.text);
  return parts.filter((part) => part.trim() !== '');
}

/** All of the person's text as one string, one part per line: what rankers and candidate retrieval search with. */
export function personText(query: RankQuery): string {
  checkRecordArgument('personText', 'query', query, 'a RankQuery ({ resume, profile, text })');
  return personTextParts(query).join('\n');
}
