import { checkTextArgument } from '../errors/argument.js';

// The names résumés give their groups of skills: "Programming Languages: Python, Go", "Databases - Oracle, MySQL",
// "• Tools: Git, JIRA", "Operating Systems Windows, Linux" (a table's first column). A label ends in one of these words;
// up to three words may come before it ("Test Management Tool", "App/Web Servers", "CI/CD Tools").
const GROUP_HEAD =
  "(?:languages?|tools?|technolog(?:y|ies)|frameworks?|framework's|librar(?:y|ies)|databases?|dbms|rdbms|operating systems?|os|platforms?|middleware|cloud|servers?|ides?|packages?|software|applications?|methodolog(?:y|ies)|version control|source control|scripting|utilities|domains?|skills?|environments?|protocols|concepts|web|mobile|front[- ]?end|back[- ]?end|networking|hardware|testing|devops|ci/cd|erp|reporting|big data|cloud platforms?|containeri[sz]ation|monitoring|modules?|apis|editors?|frontend|backend)";
const GROUP_LABEL = new RegExp(`^(?:[\\p{L}\\p{N}/&.+#-]+ ){0,3}${GROUP_HEAD}$`, 'iu');
// The plural heads, which a table writes before its first item without a colon ("Programming Languages Python, TCL"):
// a skill's own name seldom starts with one ("Cloud Computing" and "Web Services" start with singular heads).
const PLURAL_GROUP_LABEL =
  /^((?:[\p{L}\p{N}/&.+#-]+ ){0,2}(?:languages|tools|technologies|frameworks|libraries|databases|operating systems|platforms|servers|ides|packages|methodologies|utilities))\s+(?=\S)/iu;

/** Whether a text names a group of skills, as résumés label their lists ("Programming Languages", "Databases", "CI Tools"). */
export function isSkillGroupLabel(text: string): boolean {
  checkTextArgument('isSkillGroupLabel', 'text', text);
  const label = text.trim().replace(/\s+/g, ' ');
  return label.length > 0 && label.length <= 40 && GROUP_LABEL.test(label);
}

/**
 * The group label a table row starts with, before its first item and without a colon ("Operating Systems Windows 7,
 * Ubuntu" → "Operating Systems"), or undefined. Only plural group names are taken, so a skill is not cut ("Cloud
 * Computing", "Database Administration").
 */
export function leadingSkillGroupLabel(line: string): string | undefined {
  checkTextArgument('leadingSkillGroupLabel', 'line', line);
  return PLURAL_GROUP_LABEL.exec(line.trim())?.[1];
}
