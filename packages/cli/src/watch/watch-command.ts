import type { Notifier } from '@rolefit/core';
import { createPipeline, type WatchRound } from '@rolefit/core';
import { createEmailDigestNotifier, createWebhookNotifier } from '@rolefit/notify';
import { createDefaultRanker } from '@rolefit/rankers';
import { choice, parseCommandArguments, requiredOption, stringOption, wholeNumber } from '../shared/args.js';
import { failureHints } from '../shared/errors.js';
import { describeError, UsageError, type RolefitCliIo } from '../shared/io.js';
import { loadResume, OWN_RESUME_TIMEOUT_MS } from '../shared/inputs.js';
import { OCR_OPTION, withResumeReading } from '../shared/ocr.js';
import { openStore, openStoreJobFeatures, saveJobFeatures } from '../shared/store.js';
import { CRAWL_OPTIONS, CRAWL_SOURCES, createSourceCrawler } from '../crawl/sources.js';

/** Options of `rolefit watch` besides the crawl's (source, filters, --store, --limit…). */
const WATCH_OPTIONS = {
  resume: { type: 'string', multiple: true },
  webhook: { type: 'string' },
  slack: { type: 'boolean' },
  smtp: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string', multiple: true },
  every: { type: 'string' },
  rounds: { type: 'string' },
  threshold: { type: 'string' },
  top: { type: 'string' },
  ...OCR_OPTION,
} as const;

/** The notifiers the options name: a webhook (secret from ROLEFIT_WEBHOOK_SECRET) and/or an e-mail digest over SMTP. */
export function watchNotifiers(
  values: Record<string, unknown>,
  env: Readonly<Record<string, string | undefined>>,
): Notifier[] {
  const notifiers: Notifier[] = [];
  const webhook = typeof values.webhook === 'string' ? values.webhook : undefined;
  if (webhook !== undefined) {
    if (!/^https?:\/\//.test(webhook)) throw new UsageError(`--webhook must be an http(s) URL, got "${webhook}"`);
    const secret = env.ROLEFIT_WEBHOOK_SECRET;
    if (values.slack)
      notifiers.push(createWebhookNotifier({ url: webhook, format: 'slack', ...(secret ? { secret } : {}) }));
    else if (secret) notifiers.push(createWebhookNotifier({ url: webhook, secret }));
    // The JSON format is always signed (the notifier refuses it without a secret); say which variable to set.
    else
      throw new UsageError(
        "--webhook signs each request: set ROLEFIT_WEBHOOK_SECRET to the secret the receiver checks (--slack sends Slack's unsigned format instead)",
      );
  } else if (values.slack) throw new UsageError('--slack shapes the --webhook payload; give --webhook URL');
  const smtp = typeof values.smtp === 'string' ? values.smtp : undefined;
  if (smtp !== undefined) {
    const match = /^([^:\s]+)(?::(\d+))?$/.exec(smtp);
    if (!match) throw new UsageError(`--smtp must be HOST or HOST:PORT, got "${smtp}"`);
    const from = typeof values.from === 'string' ? values.from : undefined;
    const to = Array.isArray(values.to) ? (values.to as string[]) : [];
    if (!from || to.length === 0) throw new UsageError('--smtp needs --from ADDRESS and --to ADDRESS');
    const port = match[2] === undefined ? 587 : Number(match[2]);
    const user = env.ROLEFIT_SMTP_USER;
    const pass = env.ROLEFIT_SMTP_PASSWORD;
    notifiers.push(
      createEmailDigestNotifier({
        smtp: { host: match[1]!, port, secure: port === 465, ...(user && pass ? { auth: { user, pass } } : {}) },
        from,
        to,
      }),
    );
  } else if (values.from !== undefined || values.to !== undefined)
    throw new UsageError('--from and --to go with --smtp HOST[:PORT]');
  if (notifiers.length === 0)
    throw new UsageError(
      'watch needs somewhere to send matches: --webhook URL and/or --smtp HOST[:PORT] --from ADDRESS --to ADDRESS',
    );
  return notifiers;
}

/** One line per round: what was crawled, how many people were ranked, what each notifier sent, and any errors. */
export function formatWatchRound(round: WatchRound): string {
  const crawl = round.crawl
    ? `${round.crawl.received} jobs read, ${round.crawl.inserted} new, ${round.crawl.updated} updated`
    : 'the crawl failed';
  const sent = round.notified.map(
    (item) => `${item.notifier} → ${item.subjectId}: ${item.jobIds.length} job${item.jobIds.length === 1 ? '' : 's'}`,
  );
  const errors = round.errors.map(
    ({ notifier, subjectId, error }) =>
      `${[notifier, subjectId].filter(Boolean).join(' ')}: ${error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]}${failureHints(error)}` : String(error)}`,
  );
  return `round ${round.index + 1}: ${crawl}; ${round.people} ${round.people === 1 ? 'person' : 'people'} ranked; ${sent.length ? `sent ${sent.join(', ')}` : 'nothing new to send'}${errors.length ? `; ${errors.length} error${errors.length === 1 ? '' : 's'}: ${errors.join('; ')}` : ''}\n`;
}

/**
 * `rolefit watch <source> [filters] --store FILE --webhook URL | --smtp HOST --from A --to B`: every `--every` minutes,
 * crawls the source into the store, ranks the new jobs for each person in the store and sends each good match once.
 */
export async function runWatch(argv: readonly string[], io: RolefitCliIo): Promise<number> {
  const { values, positionals } = parseCommandArguments(argv, { ...CRAWL_OPTIONS, ...WATCH_OPTIONS });
  if (positionals.length === 0) throw new UsageError(`watch needs a source: ${CRAWL_SOURCES.join(', ')}`);
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`);
  const source = choice(positionals[0], 'the source', CRAWL_SOURCES, 'hh');
  const storePath = requiredOption(values, 'store', 'watch');
  const env = io.env ?? process.env;
  const notifiers = watchNotifiers(values, env);
  const everyMinutes = wholeNumber(stringOption(values, 'every'), '--every', 60, 1, 7 * 24 * 60);
  const rounds =
    stringOption(values, 'rounds') === undefined
      ? undefined
      : wholeNumber(stringOption(values, 'rounds'), '--rounds', 1);
  const top = wholeNumber(stringOption(values, 'top'), '--top', 20, 1, 1000);
  const thresholdText = stringOption(values, 'threshold');
  const threshold = thresholdText === undefined ? 0.5 : Number(thresholdText);
  if (!(threshold >= 0 && threshold <= 1))
    throw new UsageError(`--threshold must be a number from 0 to 1, got "${thresholdText}"`);
  for (const name of ['limit', 'since'])
    if (values[name] !== undefined)
      throw new UsageError(
        `--${name} does not apply to watch: each round reads what is new (use --max-pages to read fewer pages)`,
      );
  const maxPages =
    stringOption(values, 'max-pages') === undefined
      ? undefined
      : wholeNumber(stringOption(values, 'max-pages'), '--max-pages', 0);
  const crawlValues = Object.fromEntries(Object.entries(values).filter(([name]) => !(name in WATCH_OPTIONS)));
  const crawler = createSourceCrawler(source, crawlValues, { env, ...(maxPages === undefined ? {} : { maxPages }) });
  const files = Array.isArray(values.resume) ? values.resume : [];
  // One recognizer for every --resume FILE (--ocr DIR), closed once they are read: the watch itself reads no résumé.
  const resumes = await withResumeReading(values, files.length > 0, async (reading) => {
    const read = [];
    for (const file of files) read.push(await loadResume(file, io, reading, { timeoutMs: OWN_RESUME_TIMEOUT_MS }));
    return read;
  });

  const store = await openStore(storePath, { create: true });
  // The readings `rolefit crawl` (or an earlier watch) saved beside the store, read as `recommend` reads them.
  const jobFeatures = openStoreJobFeatures(storePath, io.stderr);
  const controller = new AbortController();
  const stop = () => controller.abort(new Error('interrupted'));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    for (const resume of resumes) await store.upsertResume(resume);
    if ((await store.listResumes({ limit: 1 })).length === 0)
      throw new UsageError(
        `nobody to watch for: give --resume FILE, or run "rolefit recommend --resume FILE --store ${storePath}" first`,
      );
    const pipeline = createPipeline({
      store,
      ranker: createDefaultRanker(jobFeatures ? { jobFeatures } : {}),
      crawlers: [crawler],
      notifiers,
      notifyThreshold: threshold,
    });
    const done = await pipeline.watch({
      intervalMs: everyMinutes * 60_000,
      ...(rounds === undefined ? {} : { rounds }),
      limit: top,
      signal: controller.signal,
      onRound: async (round) => {
        if (values.json)
          io.stdout.write(
            `${JSON.stringify({ ...round, errors: round.errors.map(({ error, ...rest }) => ({ ...rest, error: error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]}${failureHints(error)}` : String(error) })) })}\n`,
          );
        else io.stdout.write(formatWatchRound(round));
        // Kept current for `recommend` and the next watch, as `rolefit crawl` keeps it; this watch's ranker reads the
        // round's new jobs itself. A failed save costs only speed: noted, and the watch goes on.
        if (round.crawl)
          try {
            await saveJobFeatures(store, storePath, round.crawl.inserted + round.crawl.updated);
          } catch (error) {
            io.stderr.write(`note: the job readings were not saved (${describeError(error).split('\n')[0]})\n`);
          }
      },
    });
    const failed = done.filter((round) => round.errors.length > 0 || round.crawl === undefined).length;
    if (failed === 0) return 0;
    io.stderr.write(
      `rolefit: watch: ${failed} of ${done.length} round${done.length === 1 ? '' : 's'} had errors (listed above)\n`,
    );
    return 1;
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    jobFeatures?.close();
    await store.close();
  }
}
