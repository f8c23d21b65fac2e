/** Bullet marks that start a list item on a resume. */
export const BULLET = /^\s*(?:[•▪■►◆●○·‣⁃◦✓✔➢➤\-–*]|\d{1,2}[.)])\s+/u;

/** True when a line starts with a bullet mark. */
export function isBullet(line: string): boolean {
  return BULLET.test(line);
}

/** The line without its bullet mark, trimmed. */
export function stripBullet(line: string): string {
  return line.replace(BULLET, '').trim();
}

/** Collapses runs of spaces and tabs and trims. */
export function squash(text: string): string {
  return text.replace(/[ \t\u00a0]+/g, ' ').trim();
}

/** Lower case with whitespace collapsed: how values are compared. */
export function normalizeValue(text: string): string {
  return squash(text.replace(/\s+/g, ' ')).toLowerCase();
}
