// Usage text of every command, kept apart from the commands so that `--help` and usage errors load nothing else.

/** The commands of `rolefit`, in the order the general usage lists them. */
export const ROLEFIT_COMMANDS = [
  'crawl',
  'recommend',
  'rate',
  'apply',
  'dismiss',
  'watch',
  'parse',
  'ats',
  'tailor',
  'career',
  'check',
] as const;

/** A command of `rolefit`. */
export type RolefitCommand = (typeof ROLEFIT_COMMANDS)[number];

/** The commands that read input files (a resume, a job, a profile) under a time limit: all but crawl and check. */
export const TIME_LIMIT_COMMANDS: ReadonlySet<RolefitCommand> = new Set(
  ROLEFIT_COMMANDS.filter((command) => command !== 'crawl' && command !== 'check'),
);

const STORE = '  --store FILE    the job store (an embedded store file: a binary snapshot plus a journal beside it)';

// --time-limit, for the commands that read input files (rolefit.ts takes it out of their arguments).
const TIME_LIMIT = `  --time-limit S  read the input files within S seconds of the program's start (1 to 600; default 4): more
                  for a large PDF on a busy machine`;
const OWN_TIME_LIMIT = `  --time-limit S  read the input files within S seconds of the program's start (1 to 600; default 4, and at
                  least 30 for the resume): more for a large PDF on a busy machine`;
// --ocr DIR, for every command that reads a resume file (shared/ocr.ts), its description set at column `column`.
const ocrOption = (column: number) => {
  const indent = ' '.repeat(column);
  return `  --ocr DIR${' '.repeat(column - 11)}read a scanned (image-only) PDF resume with OCR: tesseract.js (npm install
${indent}tesseract.js) and the language data in DIR (eng.traineddata; on Debian apt-get install
${indent}tesseract-ocr-eng gives /usr/share/tesseract-ocr/5/tessdata); nothing is downloaded`;
};
const OCR = ocrOption(18);
const RESUME_TIME_LIMIT = `  --time-limit S  read the resume within S seconds of the program's start when that is over 30 (1 to 600)`;

/** Usage text of each command (`rolefit <command> --help`). */
export const COMMAND_USAGE: Readonly<Record<RolefitCommand, string>> = {
  crawl: `Usage: rolefit crawl <source> [filters] --store FILE [--limit N] [--max-pages N] [--since DATE] [--base-url URL]
                     [--no-cache] [--json]

Crawl a job board into the store (new jobs added, known ones updated, cross-source duplicates dropped).
Progress goes to stderr: a progress bar on a terminal, one plain line per page otherwise.

Sources and their filters:
  hh          --text WORDS [--area ID]... [--host hh.ru|hh.uz] [--only-with-salary]   (hh.ru / hh.uz vacancies API)
  greenhouse  --board TOKEN [--company NAME]                                            (Greenhouse job board API)
  lever       --company SITE [--company-name NAME]                                      (Lever postings API)
  themuse     [--category C]... [--level L]... [--location PLACE]... [--company NAME]... (The Muse public API)
  linkedin    --keywords WORDS [--location PLACE]                                       (LinkedIn guest job search)
  dice        [--query WORDS] [--location PLACE]   (needs ROLEFIT_DICE_API_KEY in the environment)
  json-ld     --url URL...                          (schema.org JobPosting pages)
  file        --path FILE.json|.jsonl|.csv|.tsv [--format F] [--delimiter C] [--id-prefix P]
                                                    (jobs: a JSON array, one per line, or CSV/TSV under a header row;
                                                    F (json, jsonl, csv or tsv) read instead of what the name says,
                                                    as for /dev/stdin; a .csv file's delimiter is its header's
                                                    , ; | ~ or tab unless given;
                                                    P goes before every id, so that two files numbering their rows
                                                    alike do not replace each other's jobs in one store)

Options:
${STORE}
  --limit N       stop after N jobs
  --max-pages N   read at most N pages (sources that page)
  --since DATE    only jobs posted on or after DATE (ISO 8601, e.g. 2026-01-31)
  --base-url URL  the source's API origin instead of the public one (e.g. a local server replaying recorded pages;
                  a loopback address is allowed only here)
  --no-cache      do not use the 24 h on-disk HTTP cache
  --json          print the crawl summary as JSON
  --help          print this help
`,
  recommend: `Usage: rolefit recommend --resume FILE --store FILE [--profile FILE] [--ranker NAME] [--limit N] [--all] [--json]
                         [--ocr DIR] [--time-limit SECONDS]

Parse a resume, rank the stored jobs for it through the pipeline (filtered by the profile, without the jobs this
person dismissed or rated 0), and print a table: id, score, title, company, place, pay, link and why.

Options:
  --resume FILE   PDF, DOCX, RTF, ODT, HTML, plain text or a Resume JSON file ("-" for text on stdin)
${STORE}
  --profile FILE  a Profile JSON file: desired titles, locations, workplace, employment types, pay floor
  --ranker NAME   default (BM25, the occupation ranker and multi-factor at half weight, fused, then
                  pseudo-relevance expansion), multi-factor or bm25 (default: default)
  --limit N       how many jobs (default 10)
  --all           keep jobs this person dismissed or rated 0
  --json          print JSON instead of a table
${OCR}
${OWN_TIME_LIMIT}
  --help          print this help
`,
  rate: `Usage: rolefit rate <jobId> <0-3> --store FILE [--resume FILE [--ocr DIR] | --person ID] [--time-limit SECONDS]

Record how much a person likes a stored job: 0 not at all (it leaves later recommendations) to 3 very much.

Options:
${STORE}
  --resume FILE   the person's resume: feedback is recorded under its id
  --person ID     the person's id (printed by rolefit recommend); without --resume or --person, the one person
                  the store holds
${OCR}
${RESUME_TIME_LIMIT}
  --help          print this help
`,
  apply: `Usage: rolefit apply <jobId> --store FILE [--resume FILE [--ocr DIR] | --person ID] [--time-limit SECONDS]

Record that a person applied to a stored job.

Options:
${STORE}
  --resume FILE   the person's resume: feedback is recorded under its id
  --person ID     the person's id; without --resume or --person, the one person the store holds
${OCR}
${RESUME_TIME_LIMIT}
  --help          print this help
`,
  dismiss: `Usage: rolefit dismiss <jobId> --store FILE [--resume FILE [--ocr DIR] | --person ID] [--time-limit SECONDS]

Dismiss a stored job for a person: it no longer appears in their recommendations.

Options:
${STORE}
  --resume FILE   the person's resume: feedback is recorded under its id
  --person ID     the person's id; without --resume or --person, the one person the store holds
${OCR}
${RESUME_TIME_LIMIT}
  --help          print this help
`,
  watch: `Usage: rolefit watch <source> [filters] --store FILE (--webhook URL [--slack] | --smtp HOST[:PORT] --from ADDRESS --to ADDRESS...)
                     [--resume FILE]... [--ocr DIR] [--every MINUTES] [--rounds N] [--threshold 0-1] [--top N] [--json]
                     [--max-pages N] [--base-url URL] [--no-cache] [--time-limit SECONDS]

Every --every minutes: crawl the source into the store (sources and filters as for rolefit crawl), rank the jobs that
round stored for each person in the store, and send each match at or above --threshold once per person and notifier,
across rounds and restarts. Runs until interrupted (Ctrl-C) or for --rounds rounds; one line per round on stdout.

Options:
${STORE}
  --resume FILE       add this person to the store first (repeatable); otherwise everyone rolefit recommend saw
  --webhook URL       POST each person's new matches as JSON signed with HMAC-SHA256 (the secret from
                      ROLEFIT_WEBHOOK_SECRET, required unless --slack)
  --slack             send the webhook in Slack's incoming-webhook format
  --smtp HOST[:PORT]  e-mail a digest over SMTP (port 587 by default; 465 is TLS; login from ROLEFIT_SMTP_USER and
                      ROLEFIT_SMTP_PASSWORD; needs the nodemailer package)
  --from ADDRESS      the digest's sender
  --to ADDRESS        the digest's recipient (repeatable)
  --every MINUTES     time between the starts of two rounds (default 60)
  --rounds N          stop after N rounds
  --threshold X       lowest score worth sending, 0 to 1 (default 0.5)
  --top N             jobs ranked per person per round (default 20)
  --max-pages N       read at most N pages per round
  --base-url URL, --no-cache   as for rolefit crawl
  --json              one JSON object per round instead of a line
${ocrOption(22)}
  --time-limit S      read each --resume FILE within S seconds of the program's start when that is over 30
                      (1 to 600)
  --help              print this help
`,
  parse: `Usage: rolefit parse FILE [--json] [--ocr DIR] [--time-limit SECONDS]

Read a resume (PDF, DOCX, RTF, ODT, HTML or plain text; FILE "-" reads text from stdin) and print a readable
summary of what was read: contact, experience, education and skills.

Options:
  --json          print the Resume JSON (one line) instead
${OCR}
${TIME_LIMIT}
  --help          print this help
`,
  ats: `Usage: rolefit ats --resume FILE (--job FILE | --job-id ID --store FILE) [--json] [--ocr DIR] [--time-limit SECONDS]

Score a resume against a job like an applicant tracking system: total, breakdown, missing keywords and suggestions.

Options:
  --resume FILE   PDF, DOCX, RTF, ODT, HTML, plain text, or a Resume JSON file ("-" for text on stdin)
  --job FILE      a Job JSON file (id and source may be left out) or the job ad as plain text
  --job-id ID     a job from the store instead, e.g. one "rolefit recommend" listed
${STORE}
  --json          print JSON instead of a readable report
${OCR}
                  (scored from the text OCR read; a note on stderr says an ATS without OCR reads none)
${TIME_LIMIT}
  --help          print this help
`,
  tailor: `Usage: rolefit tailor --resume FILE (--job FILE | --job-id ID --store FILE) (--gguf FILE | --openai-url URL --model NAME)
                      [--remove-unsupported] [--docx OUT.docx] [--json] [--ocr DIR] [--time-limit SECONDS]

Rewrite a resume's summary and bullets toward a job with a text generator, using only the resume's facts, then check
every claim in what came back against the resume: unsupported claims are listed (or, with --remove-unsupported,
dropped).

Options:
  --resume FILE        PDF, DOCX, RTF, ODT, HTML, plain text or a Resume JSON file
  --job FILE           a Job JSON file (id and source may be left out) or the job ad as plain text
  --job-id ID          a job from the store instead (with --store FILE)
  --gguf FILE          a local GGUF chat model, run in-process (needs the node-llama-cpp package)
  --openai-url URL     an OpenAI-compatible API root, e.g. http://127.0.0.1:8080/v1 (key from OPENAI_API_KEY, if set)
  --model NAME         the model name that server knows
  --remove-unsupported drop sentences and bullets that carry unsupported claims
  --docx OUT.docx      also write the tailored resume as a DOCX file
  --json               print JSON instead of a readable report
${ocrOption(23)}
  --time-limit S       read the input files within S seconds of the program's start (1 to 600; default 4, and
                       at least 30 for the resume): more for a large PDF on a busy machine
  --help               print this help
`,
  career: `Usage: rolefit career --resume FILE --store FILE [--profile FILE] [--limit N] [--gaps N] [--courses N] [--json]
                      [--ocr DIR] [--time-limit SECONDS]

Career guidance from the stored jobs: the specialisations that fit the person, the skills they lack for the best one
(with what each is worth) and courses for each gap.

Options:
  --resume FILE   PDF, DOCX, RTF, ODT, HTML, plain text or a Resume JSON file
${STORE}
  --profile FILE  a Profile JSON file
  --limit N       how many specialisations (default 3)
  --gaps N        how many missing skills (default 6)
  --courses N     courses per missing skill (default 2)
  --json          print JSON instead of a readable report
${OCR}
${OWN_TIME_LIMIT}
  --help          print this help
`,
  check: `Usage: rolefit check --store FILE [--repair] [--json]

Read every stored job and list those whose record is damaged (a disk or copy error) or invalid (e.g. written by an
earlier version that accepted it): id and what is wrong, naming the field. While such a job is in the store, every
command that reaches it (recommend, career, watch...) fails. Exit code 1 when some are damaged and not repaired.

Options:
${STORE}
  --repair        delete the damaged jobs and save the store (crawling their source again restores them)
  --json          print JSON: { store, jobs, damaged: [{ id, error, fields }], repaired, jobsLeft }
  --help          print this help
`,
};

/** Usage text of the `rolefit` command. */
export const ROLEFIT_USAGE = `Usage: rolefit <command> [options]     (rolefit <command> --help for its options)

Commands:
  crawl <source> --store FILE             crawl a job board into the store
  recommend --resume FILE --store FILE    rank the stored jobs for a resume
  rate <jobId> <0-3> --store FILE         rate a stored job (0 drops it from recommendations)
  apply <jobId> --store FILE              record an application
  dismiss <jobId> --store FILE            drop a job from this person's recommendations
  watch <source> --store FILE --webhook URL   crawl on a schedule and send each new good match once
  parse FILE [--json] [--ocr DIR]         read a resume (PDF, DOCX, RTF, ODT, HTML, text, a scan) and summarise it
  ats --resume FILE --job FILE [--json]   score a resume against a job like an applicant tracking system
  tailor --resume FILE --job FILE ...     tailor a resume to a job with a text generator, claims checked
  career --resume FILE --store FILE       specialisations, skill gaps and courses from the stored jobs
  check --store FILE [--repair]           list (and delete) stored jobs whose record is damaged

Every command that reads a resume file takes --ocr DIR to read a scanned PDF (tesseract.js and DIR's eng.traineddata).
rolefit --version prints the version.
Exit codes: 0 done, 1 a failure (one line on stderr says what), 2 bad arguments (with the usage).
`;
