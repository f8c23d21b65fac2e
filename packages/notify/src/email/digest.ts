import { summarizeMatch, type MatchSummary, type Notification } from '@rolefit/core';
import { checkNotificationArgument, checkTextArgument } from '@rolefit/core/internal';

/** The subject and the two bodies of a digest e-mail. */
export interface DigestMessage {
  subject: string;
  text: string;
  html: string;
}

/** Options of {@link renderDigest}. */
export interface RenderDigestOptions {
  /** The subject line (default: `<n> new job match(es) for <subjectId>`). */
  subject?: string | undefined;
  /** How to call the person in the greeting (default the subject id). */
  greetingName?: string | undefined;
  /** Matches listed at most; the rest are counted (default 50). */
  maxMatches?: number | undefined;
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  checkTextArgument('escapeHtml', 'text', text);
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const isWebLink = (link: string) => /^https?:\/\//i.test(link);

function textEntry(summary: MatchSummary, position: number): string {
  const lines = [
    `${position}. ${summary.title}${summary.company ? ` — ${summary.company}` : ''} (score ${summary.score.toFixed(2)})`,
  ];
  if (summary.place) lines.push(`   Place: ${summary.place}`);
  if (summary.pay) lines.push(`   Pay: ${summary.pay}`);
  if (summary.why) lines.push(`   Why: ${summary.why}`);
  if (summary.link) lines.push(`   Link: ${summary.link}`);
  return lines.join('\n');
}

function htmlEntry(summary: MatchSummary): string {
  const title = escapeHtml(summary.title);
  const heading =
    summary.link && isWebLink(summary.link) ? `<a href="${escapeHtml(summary.link)}">${title}</a>` : title;
  const rows = [
    ['Company', summary.company],
    ['Place', summary.place],
    ['Pay', summary.pay],
    ['Score', summary.score.toFixed(2)],
    ['Why', summary.why],
  ]
    .filter(([, value]) => value)
    .map(([label, value]) => `<dt>${label}</dt><dd>${escapeHtml(value!)}</dd>`)
    .join('');
  return `<li><h2 style="font-size:1.1em;margin:1em 0 .3em">${heading}</h2><dl>${rows}</dl></li>`;
}

/** A subject is one header line: line breaks and other control characters (from a subject id or a subject given) become a space. */
function headerLine(text: string): string {
  return text.replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]+/g, ' ');
}

/** Renders a notification as a digest e-mail: plain text and HTML listing each match (title, company, place, pay, score, link, why). */
export function renderDigest(notification: Notification, options: RenderDigestOptions = {}): DigestMessage {
  checkNotificationArgument('renderDigest', 'notification', notification);
  const summaries = notification.matches.map(({ job, match }) => summarizeMatch(job, match));
  const count = summaries.length;
  const shown = summaries.slice(0, options.maxMatches ?? 50);
  const more = count - shown.length;
  const subject = headerLine(
    options.subject ?? `${count} new job match${count === 1 ? '' : 'es'} for ${notification.subjectId}`,
  );
  const name = options.greetingName ?? notification.subjectId;
  const intro = `Hello ${name}, ${count === 1 ? 'here is a new job' : `here are ${count} new jobs`} that match${count === 1 ? 'es' : ''} your profile:`;
  const moreLine = more > 0 ? `…and ${more} more.` : '';
  const text = [
    intro,
    '',
    shown.map((summary, index) => textEntry(summary, index + 1)).join('\n\n'),
    moreLine,
    '',
    '— Rolefit',
  ]
    .filter((line, index, all) => line !== '' || all[index - 1] !== '')
    .join('\n');
  const html = [
    '<!doctype html>',
    `<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family:sans-serif;line-height:1.4">',
    `<p>${escapeHtml(intro)}</p>`,
    `<ol>${shown.map(htmlEntry).join('')}</ol>`,
    moreLine ? `<p>${escapeHtml(moreLine)}</p>` : '',
    '<p>— Rolefit</p>',
    '</body></html>',
  ].join('\n');
  return { subject, text, html };
}
