#!/usr/bin/env node
// Writes a BERT-shaped ONNX model with seeded random weights (speed tests only).
// Node 20 cannot run TypeScript, so this bundles src/index.ts with esbuild and imports the bundle.
// Usage: node tools/random-bert.mjs --shape minilm-l6|tiny [--out DIR] [--seed N] [--tokenizer DIR]
import { randomUUID } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

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
  const model = await tools.writeRandomBertModel({ directory, shape: values.shape, seed, tokenizerDirectory: values.tokenizer });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(JSON.stringify({ ...model, seed, seconds: Number(seconds) }, null, 2));
}

/** Bundles the TypeScript sources into node_modules/.cache (ignored by git, and inside tools so bare imports such as onnx-proto resolve), imports the bundle, then deletes it. */
async function importTools() {
  const toolsDirectory = path.dirname(fileURLToPath(import.meta.url));
  const cacheDirectory = path.join(toolsDirectory, 'node_modules', '.cache', 'rolefit-dev-tools');
  const bundlePath = path.join(cacheDirectory, `index-${randomUUID()}.mjs`);
  await mkdir(cacheDirectory, { recursive: true });
  try {
    await build({
      entryPoints: [path.join(toolsDirectory, 'src', 'index.ts')],
      outfile: bundlePath,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      logLevel: 'warning',
    });
    return await import(pathToFileURL(bundlePath).href);
  } finally {
    await rm(bundlePath, { force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  console.error(usage);
  process.exitCode = 1;
});
