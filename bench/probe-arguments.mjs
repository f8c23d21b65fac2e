#!/usr/bin/env node
// Wrong-kind arguments to every exported function, measured: `node bench/probe-arguments.mjs [--packages core,ats]
// [--internal]`. Calls each function exported by a package's built entry (dist/index.js: build first with
// `node scripts/build-if-stale.mjs core rankers ats crawlers career notify eval store-elastic`; `--internal` adds
// core's `@rolefit/core/internal`, dist/internal.js, the helpers the other packages share) with undefined, null, 42, 'x',
// {}, [], a job-like object, a Proxy whose every trap throws and an object whose getters throw as its first argument
// and undefined, {} or 'x' as its second, and prints each call that throws
// anything but a Rolefit error (core's RolefitError, or an AbortError) or does not settle within 2 s, then the
// count by function. Classes, `is…` guards and the packages' command-line entry points (which print usage) are left out.
// A finding is a lead to judge, not a failure: an error factory's own arguments, for one, are the caller's constants
// (ADVERSARIAL.md, rounds 17 and 18). Reported, never part of `pnpm test`.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseScriptArguments } from '../scripts/script-arguments.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseScriptArguments(import.meta.url, {
  options: {
    packages: { type: 'string', default: 'core,rankers,ats,crawlers,career,notify,eval,store-elastic' },
    internal: { type: 'boolean', default: false },
  },
});
const entries = values.packages
  .split(',')
  .filter(Boolean)
  .map((name) => [name, 'dist/index.js']);
if (values.internal) entries.push(['core/internal', 'dist/internal.js']);
// Round 19: objects that refuse to be read. A getter that throws, or a Proxy, is the caller's own error; a check should
// name the argument it could not read rather than let that error out from inside a dependency.
const refusing = () => {
  throw new Error('refused to be read');
};
const hostileProxy = new Proxy(
  {},
  { get: refusing, has: refusing, ownKeys: refusing, getOwnPropertyDescriptor: refusing, getPrototypeOf: refusing },
);
const throwingGetters = Object.defineProperties(
  {},
  Object.fromEntries(
    ['id', 'title', 'skills', 'limit', 'filter', 'text'].map((key) => [key, { enumerable: true, get: refusing }]),
  ),
);
const firstArguments = [
  undefined,
  null,
  42,
  'x',
  {},
  [],
  { skills: 'x', id: 'a', title: 'b' },
  hostileProxy,
  throwingGetters,
];
const show = (value) =>
  value === hostileProxy ? 'Proxy' : value === throwingGetters ? '{ throwing getters }' : JSON.stringify(value);
const secondArguments = [undefined, {}, 'x'];
// Entry points of command-line tools: they read argv and print their usage, which is their answer to bad arguments.
const COMMAND_LINE = /Cli$|^main$|^buildDevSets$/;

// Core's RolefitError, the base of every typed error (ResumeParseError's codes are its reasons: 'not-found', …).
const { RolefitError } = await import(pathToFileURL(path.join(root, 'packages/core/dist/index.js')).href);
const typed = (error) =>
  error instanceof RolefitError || String(error?.code ?? '').startsWith('ROLEFIT') || error?.name === 'AbortError';

const counts = new Map();
for (const [name, file] of entries) {
  const module = await import(pathToFileURL(path.join(root, 'packages', name.replace('/internal', ''), file)).href);
  for (const [exported, value] of Object.entries(module)) {
    if (typeof value !== 'function' || /^[A-Z]/.test(exported) || exported.startsWith('is')) continue;
    if (COMMAND_LINE.test(exported)) continue;
    for (const first of firstArguments)
      for (const second of secondArguments) {
        let outcome;
        try {
          outcome = value(first, second);
          if (outcome && typeof outcome.then === 'function')
            outcome = await Promise.race([outcome, new Promise((settle) => setTimeout(() => settle('timeout'), 2000))]);
          if (outcome !== 'timeout') continue;
          console.log(`${name} ${exported}(${show(first)}, ${JSON.stringify(second)}): did not settle in 2 s`);
        } catch (error) {
          if (typed(error)) continue;
          console.log(
            `${name} ${exported}(${show(first)}, ${JSON.stringify(second)}): ${error?.name} ${String(error?.message).slice(0, 100)}`,
          );
        }
        counts.set(`${name} ${exported}`, (counts.get(`${name} ${exported}`) ?? 0) + 1);
      }
  }
}
console.log(`\n${counts.size} functions, ${[...counts.values()].reduce((sum, count) => sum + count, 0)} calls:`);
for (const [exported, count] of counts) console.log(`  ${exported}: ${count}`);
