import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Runs in a child Node process from examples/, which depends on every package as an app would.
const examples = fileURLToPath(new URL('../examples/', import.meta.url));
const built = ['core', 'rankers', 'ats'].every((name) =>
  existsSync(new URL(`../packages/${name}/dist/index.js`, import.meta.url)),
);

// Module hooks run off the main thread; this one reports every module the ES loader resolves.
const hooks = `let port;
export function initialize(data) { port = data.port; }
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  port.postMessage(result.url);
  return result;
}`;

/**
 * Every module (ES and CommonJS) the child process loads while it runs `work`: ES modules through a resolve hook
 * registered with module.register, CommonJS ones through Module._resolveFilename.
 */
function loadedModules(work: string): string[] {
  const script = `
import { register, Module } from 'node:module';
import { MessageChannel } from 'node:worker_threads';
const loaded = new Set();
const { port1, port2 } = new MessageChannel();
port1.on('message', (url) => loaded.add(url));
register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hooks)}), import.meta.url, { data: { port: port2 }, transferList: [port2] });
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (...args) { const file = resolveFilename.apply(this, args); loaded.add(file); return file; };
${work}
await new Promise((resolve) => setTimeout(resolve, 200));
port1.close();
console.log(JSON.stringify([...loaded]));`;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: examples,
    encoding: 'utf8',
  });
  return JSON.parse(output) as string[];
}

const heavy =
  /[\\/]node_modules[\\/](?:\.pnpm[\\/][^\\/]+[\\/]node_modules[\\/])?(pdfjs-dist|mammoth|docx|node-llama-cpp|@huggingface[\\/]transformers|onnxruntime-node)[\\/]/;
/** Loaded modules of the heavy packages; a bundled one (docx, a chunk of @rolefit/ats's own) is known by the source path esbuild writes at its top. */
function heavyModules(urls: string[]): string[] {
  return urls.filter((url) => {
    if (heavy.test(decodeURIComponent(url))) return true;
    if (!url.startsWith('file:') || !url.endsWith('.js')) return false;
    const firstLine = readFileSync(fileURLToPath(url), 'utf8').slice(0, 300).split('\n')[0] ?? '';
    return firstLine.startsWith('//') && heavy.test(firstLine);
  });
}

// `pnpm test` builds first; a bare `vitest run` on an unbuilt tree has no dist to load.
describe.skipIf(!built)('heavy dependencies load on demand', () => {
  it('scoring a plain-text resume with @rolefit/ats loads neither pdf.js, mammoth nor docx', () => {
    const urls = loadedModules(`
const ats = await import('@rolefit/ats');
const report = ats.scoreResumeAgainstJob('Jane Doe\\nSkills: TypeScript, Node.js, SQL', 'TypeScript engineer. Requirements: TypeScript, Node.js, PostgreSQL.');
if (typeof report.score !== 'number') throw new Error('no score');
loaded.add('scored');`);
    expect(urls).toContain('scored');
    expect(urls.some((url) => url.includes('/packages/ats/dist/'))).toBe(true);
    expect(heavyModules(urls)).toEqual([]);
  });

  it('requiring @rolefit/ats from CommonJS and scoring a plain-text resume loads neither pdf.js, mammoth nor docx', () => {
    const urls = loadedModules(`
const { createRequire } = await import('node:module');
const ats = createRequire(import.meta.url)('@rolefit/ats');
const report = ats.scoreResumeAgainstJob('Jane Doe\\nSkills: TypeScript, SQL', 'TypeScript engineer. Requirements: TypeScript, SQL.');
if (typeof report.score !== 'number') throw new Error('no score');
loaded.add('scored');`);
    expect(urls).toContain('scored');
    expect(urls.some((url) => url.includes('/packages/ats/dist/index.cjs'))).toBe(true);
    expect(heavyModules(urls)).toEqual([]);
  });

  it('sees pdf.js and docx when they do load (writing a DOCX, importing pdf.js from the package)', () => {
    const urls = loadedModules(`
const { createRequire } = await import('node:module');
const ats = await import('@rolefit/ats');
const bytes = await ats.resumeToDocx(ats.parseResumeText('Jane Doe\\njane@example.com\\n\\nSkills\\nTypeScript, SQL'));
if (bytes.length === 0) throw new Error('no DOCX');
const atsRequire = createRequire(createRequire(import.meta.url).resolve('@rolefit/ats'));
await import(atsRequire.resolve('pdfjs-dist/legacy/build/pdf.mjs'));`);
    const found = heavyModules(urls).join(' ');
    expect(found).toMatch(/pdfjs-dist/);
    expect(heavyModules(urls).length).toBeGreaterThanOrEqual(2);
  });

  it('importing @rolefit/ats loads neither yauzl nor worker_threads, nor builds a sentence segmenter until one is used', () => {
    // Each cost every import about 10 ms, 2 ms and 9 ms of CPU (yauzl is CommonJS, read for its ES exports; ICU
    // builds its sentence rules per Intl.Segmenter); only DOCX reading, file parsing and sentence splitting need them.
    const urls = loadedModules(`
let segmenters = 0;
const Segmenter = Intl.Segmenter;
Intl.Segmenter = class extends Segmenter { constructor(...args) { super(...args); segmenters += 1; } };
await import('@rolefit/ats');
loaded.add('segmenters after import: ' + segmenters);
const { sentenceSpans } = await import('@rolefit/core/text');
sentenceSpans('Ada writes code. She reviews it.');
loaded.add('segmenters after splitting: ' + segmenters);`);
    expect(urls).toContain('segmenters after import: 0');
    expect(urls).toContain('segmenters after splitting: 1');
    expect(urls.some((url) => url.includes('/packages/ats/dist/'))).toBe(true);
    expect(urls.filter((url) => /[\\/]yauzl[\\/]|^node:worker_threads$|^worker_threads$/.test(url))).toEqual([]);
  });

  it('importing @rolefit/ats/read (ES and CommonJS) loads neither zod, htmlparser2 nor the main entries of core and ats', () => {
    // What `rolefit parse` loads on its main thread before the worker parses the file: zod's schemas, the parser and
    // their tables were about 0.3 s of CPU a run there, paid again in the worker.
    const urls = loadedModules(`
const { createRequire } = await import('node:module');
const read = await import('@rolefit/ats/read');
const readCjs = createRequire(import.meta.url)('@rolefit/ats/read');
const bytes = new TextEncoder().encode('Jane Doe\\njane@example.com');
loaded.add('sniffed ' + read.sniffResumeType(bytes) + ' ' + readCjs.sniffResumeType(bytes));`);
    expect(urls).toContain('sniffed text text');
    expect(urls.some((url) => url.includes('/packages/ats/dist/read.js'))).toBe(true);
    expect(urls.some((url) => url.includes('/packages/ats/dist/read.cjs'))).toBe(true);
    const libraries = urls.filter((url) =>
      /[\\/](?:zod|htmlparser2|entities)[\\/]|[\\/]packages[\\/](?:core|ats)[\\/]dist[\\/]index\.c?js$/.test(url),
    );
    expect(libraries).toEqual([]);
  });

  it('importing @rolefit/rankers loads neither @huggingface/transformers, onnxruntime nor node-llama-cpp', () => {
    const urls = loadedModules(`
const rankers = await import('@rolefit/rankers');
const { sampleJobs, sampleResumes } = await import('@rolefit/core/samples');
const { parseResume, parseJob } = await import('@rolefit/core');
const matches = await rankers.createMultiFactorRanker().rank({ resume: parseResume(sampleResumes[0]) }, sampleJobs.slice(0, 5).map((job) => parseJob(job)));
if (matches.length === 0) throw new Error('no matches');`);
    expect(heavyModules(urls)).toEqual([]);
  });
});
