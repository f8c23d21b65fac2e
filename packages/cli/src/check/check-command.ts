import { isValidationError, type StoreFileError } from '@rolefit/core';
import { parseCommandArguments, requiredOption } from '../shared/args.js';
import { UsageError, type RolefitCliIo } from '../shared/io.js';
import { openStore } from '../shared/store.js';

/** One damaged job as `rolefit check` reports it: its id, what is wrong (one line) and the fields named, if any. */
export interface DamagedJobReport {
  id: string;
  error: string;
  fields: string[];
}

/** What is wrong with a damaged job's record in one line (the store's message, naming the invalid fields), and those fields. */
export function describeDamage(error: StoreFileError): { error: string; fields: string[] } {
  // The listing names the store once: each message without the file's name in front.
  const line = error.message.split('\n')[0]!;
  const first = line.startsWith(`${error.path}: `) ? line.slice(error.path.length + 2) : line;
  // The store's message names the file and the record; an invalid job's cause (a ValidationError) names the fields.
  const cause = error.cause;
  if (isValidationError(cause)) {
    const detail = cause.message.split('\n')[0]!;
    return { error: first.includes(detail) ? first : `${first}: ${detail}`, fields: [...cause.fields] };
  }
  return { error: first, fields: [] };
}

/**
 * `rolefit check --store FILE [--repair] [--json]`: lists the stored jobs whose record is damaged or invalid (they
 * make every read that reaches them fail); with --repair deletes them and saves. Exit code 1 when some are damaged
 * and not repaired.
 */
export async function runCheck(argv: readonly string[], io: RolefitCliIo): Promise<number> {
  const { values, positionals } = parseCommandArguments(argv, {
    store: { type: 'string' },
    repair: { type: 'boolean' },
    json: { type: 'boolean' },
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const storePath = requiredOption(values, 'store', 'check');
  const store = await openStore(storePath);
  let report: { jobs: number; damaged: DamagedJobReport[] };
  let repaired = 0;
  try {
    const { jobs, damaged } = await store.check();
    report = { jobs, damaged: damaged.map(({ id, error }) => ({ id, ...describeDamage(error) })) };
    if (values.repair) for (const { id } of damaged) if (await store.deleteJob(id)) repaired += 1;
  } finally {
    // Saves: the deletions (if any) are folded into the snapshot.
    await store.close();
  }
  const left = report.damaged.length - repaired;
  if (values.json) {
    io.stdout.write(
      `${JSON.stringify({ store: storePath, jobs: report.jobs, damaged: report.damaged, repaired, jobsLeft: report.jobs - repaired })}\n`,
    );
    return left > 0 ? 1 : 0;
  }
  if (report.damaged.length === 0) {
    io.stdout.write(`${storePath}: ${report.jobs} jobs, none damaged.\n`);
    return 0;
  }
  const lines = report.damaged.map(({ id, error }) => `  ${id}  ${error}\n`).join('');
  io.stdout.write(
    `${storePath}: ${report.damaged.length} of ${report.jobs} jobs damaged (every command that reads them fails):\n${lines}`,
  );
  if (values.repair) {
    const kept = report.jobs - repaired;
    io.stdout.write(
      `Deleted ${repaired} damaged job${repaired === 1 ? '' : 's'} and saved the store (${kept} job${kept === 1 ? '' : 's'} left). ` +
        'Crawling their source again restores them ("rolefit crawl <source> --store ' +
        `${storePath}").\n`,
    );
    return left > 0 ? 1 : 0;
  }
  io.stdout.write(
    `Delete them with "rolefit check --store ${storePath} --repair" (crawling their source again restores them).\n`,
  );
  return 1;
}
