#!/usr/bin/env node
// Rolefit's web example: score a resume against a job ad, see recommendations with their reasons, rate postings and
// watch the desirability model learn, dismiss postings, read the match history. Server-rendered HTML, no scripts.
//   node examples/web/server.mjs [--port 3000] [--host 127.0.0.1] [--store FILE] [--max-upload-mb 5]
// Prints `rolefit web: listening on http://HOST:PORT` on stdout once it serves (--port 0 picks a free port).
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { createWebApp } from './app.mjs';

const usage =
  'Usage: node examples/web/server.mjs [--port N] [--host ADDRESS] [--store FILE] [--max-upload-mb N] [--allow-loopback-urls]';
let values;
try {
  ({ values } = parseArgs({
    args: process.argv.slice(2).filter((argument, index) => !(index === 0 && argument === '--')),
    options: {
      port: { type: 'string', default: process.env.PORT ?? '3000' },
      host: { type: 'string', default: '127.0.0.1' },
      store: { type: 'string', default: '.rolefit-cache/web-store.json' },
      'max-upload-mb': { type: 'string', default: '5' },
      // Lets a job-ad URL point at this machine (127.0.0.1); the tests serve an ad that way. Off by default.
      'allow-loopback-urls': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  }));
} catch (error) {
  console.error(`rolefit web: ${error.message}\n${usage}`);
  process.exit(1);
}
if (values.help) {
  console.log(usage);
  process.exit(0);
}

function whole(name, minimum) {
  const value = Number(values[name]);
  if (!Number.isInteger(value) || value < minimum || String(value) !== values[name].trim()) {
    console.error(`rolefit web: --${name} must be a whole number ≥ ${minimum}, got ${values[name]}`);
    process.exit(1);
  }
  return value;
}

const port = whole('port', 0);
const maxUploadMb = whole('max-upload-mb', 1);
const web = await createWebApp({
  storePath: values.store,
  maxUploadBytes: maxUploadMb * 1024 * 1024,
  allowLoopbackUrls: values['allow-loopback-urls'],
});
process.stderr.write(`rolefit web: ${web.seeded.inserted + web.seeded.updated} sample postings in ${values.store}\n`);
// overrideGlobalObjects: false keeps Node's own Request/Response, so forms are read by the standard formData().
const server = serve({ fetch: web.app.fetch, port, hostname: values.host, overrideGlobalObjects: false }, (info) => {
  console.log(
    `rolefit web: listening on http://${info.address.includes(':') ? `[${info.address}]` : info.address}:${info.port}`,
  );
});

async function stop() {
  server.close();
  await web.close();
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
