#!/usr/bin/env node
// Writes a BERT-shaped ONNX model with seeded random weights (speed tests only).
// Usage: node tools/random-bert.mjs --shape minilm-l6|tiny [--out DIR] [--seed N] [--tokenizer DIR]
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';

const usage = 'Usage: node tools/random-bert.mjs --shape minilm-l6|tiny [--out DIR] [--seed N] [--tokenizer DIR]';

/** Parses the command line, writes the model and prints where it went. */
async function main() {
  const { values } = parseArgs({
    options: {
      shape: { type: 'string', default: 'tiny' },
      out: { type: 'string' },
      seed: { type: 'string' },
      tokenizer: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  const tools = await importTools();
  const seed = values.seed === undefined ? tools.DEFAULT_SEED : Number(values.seed);
  const directory = values.out ?? tools.defaultRandomModelDirectory(values.shape, seed);
  const started = performance.now();
  const model = await tools.writeRandomBertModel({
    directory,
    shape: values.shape,
    seed,
    tokenizerDirectory: values.tokenizer,
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(JSON.stringify({ ...model, seed, seconds: Number(seconds) }, null, 2));
}

/** Bundles the TypeScript sources into node_modules/.cache (ignored by git, and inside tools so bare imports such as onnx-proto resolve), imports the bundle, then deletes it. */
async function importTools() {
  // `pnpm build` compiles the tools to dist/ along with the packages.
  const built = new URL('./dist/index.js', import.meta.url);
  if (!existsSync(built)) throw new Error('tools/dist is missing: run `npx pnpm@10.34.9 build` first');
  return import(built.href);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  console.error(usage);
  process.exitCode = 1;
});
