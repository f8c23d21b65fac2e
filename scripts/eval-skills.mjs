#!/usr/bin/env node
// Span-level precision, recall and F1 of core's skill extractor (extractSkills) on the labelled skill-span sets in
// ../shared/data: SkillSpan (Zhang et al. 2022: job-posting sentences, BIO tags for skill and knowledge spans; train,
// dev, test) and Green et al. 2022 (crowd-annotated test set; Skill, Qualification, Domain, Occupation, Experience).
// Each sentence is the tokens joined by single spaces; each mention the extractor returns is mapped, by its character
// range, to the tokens it covers (a mention inside a token, "CI" of "CI/CD", gets that token: the count is printed).
// Exact: the same tokens as a labelled span; partial: at least one token in common. Every mention is scored against
// each label type in turn (the extractor does not type its mentions), so a mention on a knowledge span is a false
// positive of the skill row.
//
//   node scripts/eval-skills.mjs [--splits train,dev,test,green] [--baseline REF] [--errors train|dev] [--top N] [--json]
//
// --splits     which splits (default train,dev: the study splits; test and green are for reporting, never for choosing)
// --baseline   also score the extractor of the git commit REF (its packages/core/src, from git archive) and print the
//              difference in F1 with a paired-bootstrap 95% interval over sentences (2,000 resamples, seed 1); each F1
//              has its own bootstrap interval over sentences either way
// --errors     for a study split, the mentions most often on no labelled span and the labelled spans most often
//              missed (partial match, either label type)
// --top        how many of each --errors lists (default 40)
// --json       one JSON object on stdout instead of the tables
//
// The sources are bundled with esbuild (bench/bundle-sources.mjs: no package build needed). ROLEFIT_DATA points at the
// data folder (default ../shared/data beside the checkout); the data is read there, never copied into the repository.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleSources, root } from '../bench/bundle-sources.mjs';
import { parseScriptArguments } from './script-arguments.mjs';

const { values } = parseScriptArguments(import.meta.url, {
  options: {
    splits: { type: 'string', default: 'train,dev' },
    baseline: { type: 'string' },
    errors: { type: 'string' },
    top: { type: 'string', default: '40' },
    json: { type: 'boolean', default: false },
  },
});

const SPLITS = {
  train: { label: 'SkillSpan train', use: 'study', set: 'skillspan', file: 'skillspan/train.json' },
  dev: { label: 'SkillSpan dev', use: 'study', set: 'skillspan', file: 'skillspan/dev.json' },
  test: { label: 'SkillSpan test', use: 'report', set: 'skillspan', file: 'skillspan/test.json' },
  green: { label: 'Green et al. test', use: 'report', set: 'green', file: 'green-skill-extraction/testset.txt' },
};
// Label types scored per set: a row name and the tags whose spans it takes together.
const LABELS = {
  skillspan: [
    ['skill', ['skill']],
    ['knowledge', ['knowledge']],
    ['either', ['skill', 'knowledge']],
  ],
  green: [
    ['Skill', ['Skill']],
    ['Qualification', ['Qualification']],
    ['Domain', ['Domain']],
    ['Skill+Qual+Domain', ['Skill', 'Qualification', 'Domain']],
  ],
};
const MATCHES = ['exact', 'partial'];

const fail = (message) => {
  process.stderr.write(`eval-skills: ${message}\n`);
  process.exit(2);
};
const splits = values.splits.split(',').map((name) => name.trim());
for (const name of splits) if (!(name in SPLITS)) fail(`unknown split "${name}" (train, dev, test, green)`);
if (values.errors !== undefined && !['train', 'dev'].includes(values.errors))
  fail('--errors takes a study split only: train or dev (test and green are for reporting)');
const top = Number(values.top);
if (!(Number.isInteger(top) && top > 0)) fail('--top must be a whole number > 0');

const dataFolder = path.resolve(process.env.ROLEFIT_DATA ?? path.join(root, '../shared/data'));

/** Bundles the extractor (and the scoring) from `sourceRoot` and imports it; the bundle is removed once loaded. */
async function loadExtractor(name, sourceRoot) {
  const skills = path.join(sourceRoot, 'packages/core/src/skills');
  const contents = [
    `export { extractSkills } from ${JSON.stringify(path.join(skills, 'taxonomy.ts'))};`,
    `export * from ${JSON.stringify(path.join(root, 'packages/core/src/skills/span-evaluation.ts'))};`,
    `export { pairedBootstrapStatistic } from ${JSON.stringify(path.join(root, 'packages/eval/src/harness/bootstrap.ts'))};`,
  ].join('\n');
  const bundle = await bundleSources(`${name}-${process.pid}`, { contents, sourcefile: `${name}.ts` });
  try {
    return await import(pathToFileURL(bundle).href);
  } finally {
    rmSync(path.dirname(bundle), { recursive: true, force: true });
  }
}

const current = await loadExtractor('eval-skills', root);
let baseline;
let baselineFolder;
if (values.baseline !== undefined) {
  baselineFolder = mkdtempSync(path.join(tmpdir(), 'eval-skills-baseline-'));
  try {
    const tar = execFileSync('git', ['-C', root, 'archive', '--format=tar', values.baseline, 'packages/core/src'], {
      maxBuffer: 1 << 30,
    });
    execFileSync('tar', ['-x', '-C', baselineFolder], { input: tar });
    baseline = await loadExtractor('eval-skills-baseline', baselineFolder);
  } catch (error) {
    rmSync(baselineFolder, { recursive: true, force: true });
    fail(`cannot read the extractor at ${values.baseline}: ${error instanceof Error ? error.message : error}`);
  }
  rmSync(baselineFolder, { recursive: true, force: true });
}
const { readSkillSpan, readConll, sentenceText, mentionsToSpans, unionOfSpans, countMatches, spanScores } = current;

/** Per sentence, the token spans the extractor `extract` finds, and the mention and cut-token counts. */
function predict(extractSkills, sentences) {
  let mentions = 0;
  let cutTokens = 0;
  const spans = sentences.map((sentence) => {
    const text = sentenceText(sentence.tokens);
    const found = extractSkills(text.text);
    mentions += found.length;
    const predicted = mentionsToSpans(text, found);
    cutTokens += predicted.cutTokens;
    return { spans: predicted.spans, found };
  });
  return { spans, mentions, cutTokens };
}

/** Per-sentence counts (predicted, gold, predictedMatched, goldMatched) in one Int32Array, four per sentence. */
function countsPerSentence(sentences, predicted, types, match) {
  const counts = new Int32Array(sentences.length * 4);
  sentences.forEach((sentence, index) => {
    const gold = unionOfSpans(sentence, types);
    const counted = countMatches(predicted.spans[index].spans, gold, match, sentence.tokens.length);
    counts.set([counted.predicted, counted.gold, counted.predictedMatched, counted.goldMatched], index * 4);
  });
  return counts;
}

function summed(counts, picks) {
  const total = { predicted: 0, gold: 0, predictedMatched: 0, goldMatched: 0 };
  for (const pick of picks) {
    total.predicted += counts[pick * 4];
    total.gold += counts[pick * 4 + 1];
    total.predictedMatched += counts[pick * 4 + 2];
    total.goldMatched += counts[pick * 4 + 3];
  }
  return total;
}
const everySentence = (count) => Int32Array.from({ length: count }, (_, index) => index);

function readSplit(name) {
  const split = SPLITS[name];
  const file = path.join(dataFolder, split.file);
  if (!existsSync(file)) fail(`no ${split.label} at ${file} (ROLEFIT_DATA: the shared data folder)`);
  // Not a regular file: a directory was Node's EISDIR with a stack, and readFileSync on a FIFO waited for ever.
  if (!statSync(file).isFile()) fail(`${split.label} at ${file} is not a regular file`);
  try {
    const text = readFileSync(file, 'utf8');
    return split.set === 'skillspan' ? readSkillSpan(text, name) : readConll(text, 'green');
  } catch (error) {
    // A malformed line (the reader names it) or a file too large for one string: one line on stderr, exit 2.
    return fail(`${split.label} at ${file}: ${error instanceof Error ? error.message : error}`);
  }
}

const fixed = (value, digits = 3) => (Number.isNaN(value) ? '-' : value.toFixed(digits));
const signed = (value) => (Number.isNaN(value) ? '-' : `${value >= 0 ? '+' : ''}${value.toFixed(3)}`);
const report = { data: dataFolder, baseline: values.baseline ?? null, splits: [] };

for (const name of splits) {
  const split = SPLITS[name];
  const sentences = readSplit(name);
  const now = predict(current.extractSkills, sentences);
  const before = baseline === undefined ? undefined : predict(baseline.extractSkills, sentences);
  const tokens = sentences.reduce((sum, sentence) => sum + sentence.tokens.length, 0);
  const rows = [];
  for (const [label, types] of LABELS[split.set]) {
    for (const match of MATCHES) {
      const counts = countsPerSentence(sentences, now, types, match);
      const row = { label, match, ...summed(counts, everySentence(sentences.length)) };
      Object.assign(row, spanScores(row));
      // The F1's own interval: the same resampling of sentences, against nothing.
      const { low, high } = current.pairedBootstrapStatistic(
        sentences.length,
        (picks) => spanScores(summed(counts, picks)).f1,
      );
      row.f1Interval = { low, high };
      if (before !== undefined) {
        const old = countsPerSentence(sentences, before, types, match);
        const oldRow = summed(old, everySentence(sentences.length));
        row.baseline = { ...oldRow, ...spanScores(oldRow) };
        row.f1Difference = current.pairedBootstrapStatistic(
          sentences.length,
          (picks) => spanScores(summed(counts, picks)).f1 - spanScores(summed(old, picks)).f1,
        );
      }
      rows.push(row);
    }
  }
  const result = {
    split: name,
    name: split.label,
    use: split.use,
    sentences: sentences.length,
    tokens,
    mentions: now.mentions,
    cutTokens: now.cutTokens,
    rows,
  };
  report.splits.push(result);
  if (values.json) continue;
  const use = split.use === 'study' ? 'study split' : 'report split, not for choosing';
  console.log(
    `\n${split.label} (${use}): ${sentences.length} sentences, ${tokens} tokens; ${now.mentions} mentions, ${now.cutTokens} inside a token${before === undefined ? '' : `; baseline ${values.baseline}: ${before.mentions} mentions`}`,
  );
  const head = `${'label'.padEnd(18)} ${'match'.padEnd(8)} precision  recall     F1  [95% interval]  predicted   gold`;
  console.log(before === undefined ? head : `${head}  F1 base  ΔF1 [95% interval]`);
  for (const row of rows) {
    let line = `${row.label.padEnd(18)} ${row.match.padEnd(8)} ${fixed(row.precision).padStart(9)} ${fixed(row.recall).padStart(7)} ${fixed(row.f1).padStart(6)}  [${fixed(row.f1Interval.low)}, ${fixed(row.f1Interval.high)}] ${String(row.predicted).padStart(10)} ${String(row.gold).padStart(6)}`;
    if (row.baseline !== undefined) {
      const { difference, low, high } = row.f1Difference;
      line += `  ${fixed(row.baseline.f1).padStart(7)}  ${signed(difference)} [${signed(low)}, ${signed(high)}]`;
    }
    console.log(line);
  }
}

if (values.errors !== undefined) {
  const sentences = readSplit(values.errors);
  const predicted = predict(current.extractSkills, sentences);
  const falseMentions = new Map();
  const hitMentions = new Map();
  const missed = new Map();
  const tally = (map, key) => map.set(key, (map.get(key) ?? 0) + 1);
  sentences.forEach((sentence, index) => {
    const gold = unionOfSpans(sentence, ['skill', 'knowledge']);
    const covered = new Uint8Array(sentence.tokens.length);
    for (const span of gold) covered.fill(1, span.first, span.last);
    const found = predicted.spans[index].found;
    const spans = mentionsToSpans(sentenceText(sentence.tokens), found);
    for (const mention of found) {
      const span = mentionsToSpans(sentenceText(sentence.tokens), [mention]).spans[0];
      const key = `${mention.skill} ← ${JSON.stringify(mention.text)}`;
      tally(covered.subarray(span.first, span.last).includes(1) ? hitMentions : falseMentions, key);
    }
    const taken = new Uint8Array(sentence.tokens.length);
    for (const span of spans.spans) taken.fill(1, span.first, span.last);
    for (const span of gold)
      if (!taken.subarray(span.first, span.last).includes(1))
        tally(missed, sentence.tokens.slice(span.first, span.last).join(' ').toLowerCase());
  });
  const list = (title, map) => {
    console.log(`\n${title}`);
    for (const [key, count] of [...map]
      .sort((left, right) => right[1] - left[1] || (left[0] < right[0] ? -1 : 1))
      .slice(0, top))
      console.log(
        `  ${String(count).padStart(4)}  ${key}${hitMentions.has(key) ? `  (on a labelled span ${hitMentions.get(key)} times)` : ''}`,
      );
  };
  list(
    `${SPLITS[values.errors].label}: mentions on no labelled span (skill or knowledge), most frequent`,
    falseMentions,
  );
  hitMentions.clear();
  list(`${SPLITS[values.errors].label}: labelled spans no mention touches, most frequent`, missed);
}

if (values.json) process.stdout.write(`${JSON.stringify(report)}\n`);
