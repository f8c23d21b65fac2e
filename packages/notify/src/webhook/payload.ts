import { createHash } from 'node:crypto';
import { summarizeMatch, type MatchSummary, type Notification } from '@rolefit/core';
import {
  checkListArgument,
  checkNotificationArgument,
  checkRecordArgument,
  checkTextArgument,
} from '@rolefit/core/internal';

/** The key a receiver dedupes one job for one person by: hex SHA-256 of `<subjectId>\n<jobId>`, first 32 characters. */
export function matchIdempotencyKey(subjectId: string, jobId: string): string {
  checkTextArgument('matchIdempotencyKey', 'subjectId', subjectId);
  checkTextArgument('matchIdempotencyKey', 'jobId', jobId);
  return createHash('sha256').update(`${subjectId}\n${jobId}`).digest('hex').slice(0, 32);
}

/**
 * The `Idempotency-Key` of a delivery: hex SHA-256 of the subject id and the sorted job ids, first 32 characters. It is
 * the same on every retry, and whenever the same jobs are sent to the same person again.
 */
export function notificationIdempotencyKey(notification: Pick<Notification, 'subjectId' | 'matches'>): string {
  const fn = 'notificationIdempotencyKey';
  const { subjectId, matches } = checkRecordArgument(fn, 'notification', notification, '{ subjectId, matches }');
  checkTextArgument(fn, 'notification.subjectId', subjectId);
  checkListArgument(fn, 'notification.matches', matches).forEach((item, index) => {
    const { job } = checkRecordArgument(fn, `notification.matches.${index}`, item, '{ job, match }');
    checkTextArgument(fn, `notification.matches.${index}.job.id`, (job as { id?: unknown } | null | undefined)?.id);
  });
  const jobIds = notification.matches.map((item) => item.job.id).sort();
  return createHash('sha256')
    .update([notification.subjectId, ...jobIds].join('\n'))
    .digest('hex')
    .slice(0, 32);
}

/** One match in the JSON payload. */
export interface WebhookMatch extends MatchSummary {
  /** Stable per (person, job): see {@link matchIdempotencyKey}. */
  idempotencyKey: string;
  matchedSkills: string[];
  missingSkills: string[];
}

/** The JSON body of the default (`format: 'json'`) webhook. */
export interface WebhookPayload {
  type: 'rolefit.matches';
  /** Same as the `Idempotency-Key` header. */
  idempotencyKey: string;
  subjectId: string;
  /** ISO 8601. */
  createdAt: string;
  matches: WebhookMatch[];
}

/** The body of a `format: 'slack'` webhook: Slack's incoming-webhook message (fallback text and Block Kit blocks). */
export interface SlackPayload {
  text: string;
  blocks: Array<Record<string, unknown>>;
}

/** Builds the JSON payload for a notification. */
export function buildWebhookPayload(notification: Notification): WebhookPayload {
  checkNotificationArgument('buildWebhookPayload', 'notification', notification);
  return {
    type: 'rolefit.matches',
    idempotencyKey: notificationIdempotencyKey(notification),
    subjectId: notification.subjectId,
    createdAt: notification.createdAt.toISOString(),
    matches: notification.matches.map(({ job, match }) => ({
      ...summarizeMatch(job, match),
      idempotencyKey: matchIdempotencyKey(notification.subjectId, job.id),
      matchedSkills: [...match.matchedSkills],
      missingSkills: [...match.missingSkills],
    })),
  };
}

// Slack's limits: 50 blocks a message, 3,000 characters in a section's text.
const SLACK_MAX_MATCH_BLOCKS = 45;
const SLACK_MAX_SECTION = 3000;

// A match's title and details within a section: the link keeps its room, the title, details and why share the rest.
const SLACK_MAX_TITLE = 300;
const SLACK_MAX_DETAILS = 600;
const SLACK_MAX_LINK = 1_500;

const SLACK_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * `text` with the three characters Slack's mrkdwn reserves escaped, in at most `max` characters (all by default): cut
 * between characters, never inside an entity or a surrogate pair, with "…" where it was cut.
 */
function slackEscape(text: string, max = Number.POSITIVE_INFINITY): string {
  const escaped = text.replace(/[&<>]/g, (character) => SLACK_ENTITIES[character] as string);
  if (escaped.length <= max) return escaped;
  let kept = '';
  for (const character of text) {
    const piece = SLACK_ENTITIES[character] ?? character;
    if (kept.length + piece.length > max - 1) break;
    kept += piece;
  }
  return `${kept}…`;
}

/**
 * One match as mrkdwn within a section's 3,000 characters. Each part is cut before it is wrapped, so a long title
 * never loses its link's closing ">" or half an "&amp;" (a cut of the whole line did).
 */
function slackLine(summary: MatchSummary): string {
  const link =
    summary.link && /^https?:\/\//i.test(summary.link) ? summary.link.replace(/[<>|]/g, encodeURIComponent) : undefined;
  const title = slackEscape(summary.title, SLACK_MAX_TITLE);
  const head = `*${link && link.length <= SLACK_MAX_LINK ? `<${link}|${title}>` : title}* (score ${summary.score.toFixed(2)})`;
  const parts = [summary.company, summary.place, summary.pay].filter(Boolean).join(' · ');
  const details = parts ? `\n${slackEscape(parts, SLACK_MAX_DETAILS)}` : '';
  // The why takes what is left after its newline and two underscores.
  const room = SLACK_MAX_SECTION - head.length - details.length - 3;
  const why = summary.why && room > 1 ? `\n_${slackEscape(summary.why, room)}_` : '';
  return `${head}${details}${why}`;
}

/** Builds a Slack-compatible message (`{ text, blocks }`) for a notification; more than 45 matches are counted, not listed. */
export function buildSlackPayload(notification: Notification): SlackPayload {
  checkNotificationArgument('buildSlackPayload', 'notification', notification);
  const summaries = notification.matches.map(({ job, match }) => summarizeMatch(job, match));
  const count = summaries.length;
  const heading = `${count} new job match${count === 1 ? '' : 'es'} for ${notification.subjectId}`;
  const blocks: Array<Record<string, unknown>> = [
    { type: 'header', text: { type: 'plain_text', text: heading.slice(0, 150) } },
  ];
  for (const summary of summaries.slice(0, SLACK_MAX_MATCH_BLOCKS))
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: slackLine(summary) } });
  if (count > SLACK_MAX_MATCH_BLOCKS)
    blocks.push({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: `and ${count - SLACK_MAX_MATCH_BLOCKS} more` }],
    });
  const text = [
    heading,
    ...summaries
      .slice(0, 10)
      .map(
        (summary) =>
          `• ${summary.title}${summary.company ? ` at ${summary.company}` : ''} (${summary.score.toFixed(2)})`,
      ),
  ].join('\n');
  return { text: slackEscape(text), blocks };
}
