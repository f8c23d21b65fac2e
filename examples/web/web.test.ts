// The web example over plain HTTP (no browser): CSRF, upload limits, typed errors as 400 with the field, the JSON API,
// and a job ad read from a URL. The server is started as a child process (test-server.ts), on the built packages.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analystPdf, startWebServer, webBuilt, type RunningServer } from './test-server.js';

/** A fetch that keeps the session cookie, as a browser would. */
function client(base: string) {
  let cookie = '';
  return async (path: string, init: RequestInit = {}) => {
    const response = await fetch(new URL(path, base), {
      redirect: 'manual',
      ...init,
      headers: { ...(cookie ? { cookie } : {}), ...(init.headers as Record<string, string>) },
    });
    const set = response.headers.getSetCookie().find((line) => line.startsWith('rolefit_session='));
    if (set) cookie = set.split(';')[0]!;
    return response;
  };
}

const tokenOf = (page: string) => /name="_csrf" value="([^"]+)"/.exec(page)?.[1] ?? '';

describe('web example sources', () => {
  it("import only the packages' public entry points, as an app would", () => {
    for (const name of ['app.mjs', 'views.mjs', 'server.mjs']) {
      const source = readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');
      const specifiers = [...source.matchAll(/^import .* from '([^']+)';$/gm)].map((match) => match[1]!);
      expect(specifiers.length, name).toBeGreaterThan(0);
      for (const specifier of specifiers)
        expect(specifier, name).toMatch(
          /^(node:[a-z/]+|hono(\/[a-z-]+)?|@hono\/node-server|@rolefit\/(core|ats|rankers|crawlers)(\/samples|\/text)?|\.\/[a-z-]+\.mjs)$/,
        );
    }
  });
});

describe.skipIf(!webBuilt)('web example over HTTP', () => {
  let server: RunningServer;
  let adServer: Server;
  let adUrl = '';
  beforeAll(async () => {
    server = await startWebServer(['--allow-loopback-urls']);
    // A job ad page with schema.org JobPosting data, hand-written in the format job boards embed in their pages.
    adServer = createServer((request, response) => {
      if (request.url !== '/jobs/analyst') return response.writeHead(404).end();
      const posting = {
        '@context': 'https://schema.org',
        '@type': 'JobPosting',
        title: 'Marketing Data Analyst',
        hiringOrganization: { '@type': 'Organization', name: 'Harbour Analytics' },
        datePosted: '2026-11-20',
        description: '<p>We need SQL, Python, Pandas and Tableau for marketing dashboards.</p>',
      };
      response
        .writeHead(200, { 'content-type': 'text/html' })
        .end(
          `<html><head><script type="application/ld+json">${JSON.stringify(posting)}</script></head><body>Marketing Data Analyst</body></html>`,
        );
    });
    await new Promise<void>((resolve) => adServer.listen(0, '127.0.0.1', resolve));
    adUrl = `http://127.0.0.1:${(adServer.address() as AddressInfo).port}/jobs/analyst`;
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    await new Promise((resolve) => adServer?.close(resolve));
  });

  it('refuses a form POST without the session’s CSRF token, or with a wrong one (403), and takes it with the right one', {
    timeout: 120_000,
  }, async () => {
    const fetchPage = client(server.url);
    const home = await (await fetchPage('/')).text();
    const form = (token?: string) =>
      new URLSearchParams({
        jobId: 'sample-001',
        rating: '3',
        next: '/rate',
        ...(token === undefined ? {} : { _csrf: token }),
      });
    const missing = await fetchPage('/feedback', { method: 'POST', body: form() });
    expect(missing.status).toBe(403);
    expect(await missing.text()).toMatch(/security token is missing or does not match/);
    expect((await fetchPage('/feedback', { method: 'POST', body: form('x'.repeat(43)) })).status).toBe(403);
    // Another visitor's token does not work in this session either.
    const other = client(server.url);
    const otherToken = tokenOf(await (await other('/')).text());
    expect((await fetchPage('/feedback', { method: 'POST', body: form(otherToken) })).status).toBe(403);
    const accepted = await fetchPage('/feedback', { method: 'POST', body: form(tokenOf(home)) });
    expect(accepted.status).toBe(303);
    expect(accepted.headers.get('location')).toBe('/rate');
    // A cross-site POST carries no cookie at all (SameSite=Strict): refused too.
    expect((await fetch(new URL('/feedback', server.url), { method: 'POST', body: form(tokenOf(home)) })).status).toBe(
      403,
    );
  });

  it('answers an upload over the limit with a 413 page naming the field, and keeps serving', {
    timeout: 120_000,
  }, async () => {
    const fetchPage = client(server.url);
    const token = tokenOf(await (await fetchPage('/')).text());
    const body = new FormData();
    body.set('_csrf', token);
    body.set('jobId', 'sample-014');
    body.set('resume', new Blob([new Uint8Array(6 * 1024 * 1024)], { type: 'application/pdf' }), 'huge.pdf');
    const refused = await fetchPage('/ats', { method: 'POST', body });
    expect(refused.status).toBe(413);
    const page = await refused.text();
    expect(page).toContain('<h1 id="error-heading">Upload too large</h1>');
    expect(page).toMatch(/larger than the limit of 5 MB/);
    expect(page).toContain('<code id="error-field">resume</code>');
    expect(server.alive()).toBe(true);
    expect((await fetchPage('/')).status).toBe(200);
  });

  it('scores a PDF against a stored posting, and answers bad input with 400 and the field at fault', {
    timeout: 180_000,
  }, async () => {
    const fetchPage = client(server.url);
    const token = tokenOf(await (await fetchPage('/')).text());
    const upload = (fields: Record<string, string>, file?: { name: string; bytes: Uint8Array; type: string }) => {
      const body = new FormData();
      body.set('_csrf', token);
      for (const [key, value] of Object.entries(fields)) body.set(key, value);
      if (file) body.set('resume', new Blob([file.bytes], { type: file.type }), file.name);
      return fetchPage('/ats', { method: 'POST', body });
    };
    const pdf = { name: 'priya.pdf', bytes: readFileSync(analystPdf), type: 'application/pdf' };
    const scored = await upload({ jobId: 'sample-014' }, pdf);
    expect(scored.status).toBe(200);
    const page = await scored.text();
    const score = Number(/id="ats-score"[^>]*>(\d+) \/ 100</.exec(page)?.[1]);
    expect(score).toBeGreaterThanOrEqual(50);
    expect(page).toMatch(/<ul id="missing-keywords">.*Pandas/s);

    // The same person as DOCX and as plain text, and a pasted nursing ad that fits them far less.
    const docx = {
      name: 'priya.docx',
      bytes: readFileSync(analystPdf.replace(/\.pdf$/, '.docx')),
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    };
    const plain = {
      name: 'priya.txt',
      bytes: Buffer.from(
        'Priya Sharma\npriya@example.com\n\nExperience\nData Analyst, Kadamba Commerce, 2021 - present\nSQL, Python, Tableau and Excel dashboards.\n\nSkills\nSQL, Python, Tableau, Excel, Data Analysis\n',
      ),
      type: 'text/plain',
    };
    const scoreOf = async (response: Response) =>
      Number(/id="ats-score"[^>]*>(\d+) \/ 100</.exec(await response.text())?.[1]);
    expect(await scoreOf(await upload({ jobId: 'sample-014' }, docx))).toBeGreaterThanOrEqual(50);
    expect(await scoreOf(await upload({ jobId: 'sample-014' }, plain))).toBeGreaterThanOrEqual(40);
    const nursing = await scoreOf(
      await upload(
        {
          jobText:
            'Registered Nurse\nWe need a registered nurse with BLS, patient care, medication administration and wound care experience.',
        },
        pdf,
      ),
    );
    expect(nursing).toBeLessThan(score - 20);

    const cases: Array<[Record<string, string>, typeof pdf | undefined, number, string]> = [
      [{}, pdf, 400, 'jobText'],
      [{ jobId: 'sample-014', jobText: 'Nurse wanted' }, pdf, 400, 'jobId'],
      [{ jobId: 'sample-999' }, pdf, 400, 'jobId'],
      [{ jobUrl: 'ftp://example.org/ad' }, pdf, 400, 'jobUrl'],
      [{ jobUrl: 'not a url' }, pdf, 400, 'jobUrl'],
      [{ jobId: 'sample-014' }, undefined, 400, 'resume'],
      [
        { jobId: 'sample-014' },
        { name: 'cv.pdf', bytes: Buffer.from('%PDF-1.7\nthis is not really a PDF'), type: 'application/pdf' },
        400,
        'resume',
      ],
    ];
    for (const [fields, file, status, field] of cases) {
      const response = await upload(fields, file);
      const text = await response.text();
      expect({ fields, status: response.status, field: /id="error-field">([^<]+)</.exec(text)?.[1] }).toEqual({
        fields,
        status,
        field,
      });
    }
  });

  it('prints its usage for --help and refuses a bad option with one line', { timeout: 120_000 }, async () => {
    const run = (...args: string[]) =>
      promisify(execFile)(process.execPath, [fileURLToPath(new URL('./server.mjs', import.meta.url)), ...args], {
        encoding: 'utf8',
        timeout: 60_000,
      });
    expect((await run('--help')).stdout).toMatch(/^Usage: node examples\/web\/server.mjs/);
    await expect(run('--port', 'eighty')).rejects.toMatchObject({
      code: 1,
      stderr: 'rolefit web: --port must be a whole number ≥ 0, got eighty\n',
    });
    await expect(run('--colour')).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^rolefit web: Unknown option '--colour'/),
    });
  });

  it('reads a job ad from a URL (schema.org JobPosting data in the page)', { timeout: 180_000 }, async () => {
    const fetchPage = client(server.url);
    const token = tokenOf(await (await fetchPage('/')).text());
    const body = new FormData();
    body.set('_csrf', token);
    body.set('jobUrl', adUrl);
    body.set('resume', new Blob([readFileSync(analystPdf)], { type: 'application/pdf' }), 'priya.pdf');
    const response = await fetchPage('/ats', { method: 'POST', body });
    const page = await response.text();
    expect(response.status).toBe(200);
    expect(page).toContain('ATS score for “Marketing Data Analyst”');
    expect(page).toContain('at Harbour Analytics');
  });

  it('serves the JSON API: a custom header for POSTs, JSON errors with the field, recommendations, feedback, model and history', {
    timeout: 240_000,
  }, async () => {
    const api = client(server.url);
    const body = new FormData();
    body.set('jobId', 'sample-014');
    body.set('resume', new Blob([readFileSync(analystPdf)], { type: 'application/pdf' }), 'priya.pdf');
    const refused = await api('/api/ats', { method: 'POST', body });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ error: { status: 403, field: 'X-Rolefit-Api' } });
    expect((await api('/api/recommendations')).status).toBe(409);

    const scored = await api('/api/ats', { method: 'POST', body, headers: { 'x-rolefit-api': '1' } });
    const ats = (await scored.json()) as {
      job: { id: string };
      report: { score: number; missingKeywords: Array<{ keyword: string }> };
    };
    expect(ats.job.id).toBe('sample-014');
    expect(ats.report.score).toBeGreaterThanOrEqual(50);
    const recommended = (await (await api('/api/recommendations')).json()) as {
      recommendations: Array<{ job: { id: string; title: string }; match: { score: number; explanation?: string } }>;
    };
    expect(recommended.recommendations).toHaveLength(10);
    expect(recommended.recommendations[0]!.job.title).toMatch(/analyst/i);
    expect(recommended.recommendations[0]!.match.explanation).toBeTruthy();

    const post = (value: unknown, type = 'application/json') =>
      api('/api/feedback', {
        method: 'POST',
        body: JSON.stringify(value),
        headers: { 'x-rolefit-api': '1', 'content-type': type },
      });
    expect((await post({ jobId: 'sample-014', rating: 2 }, 'text/plain')).status).toBe(415);
    const badRating = await post({ jobId: 'sample-014', rating: 7 });
    expect(badRating.status).toBe(400);
    expect(await badRating.json()).toMatchObject({ error: { field: 'rating' } });
    expect(await (await post({ jobId: 'sample-014', action: 'explode' })).json()).toMatchObject({
      error: { status: 400, field: 'action' },
    });
    expect((await post({ jobId: 'no-such-job', rating: 1 })).status).toBe(404);

    const first = recommended.recommendations[0]!.job.id;
    const dismissed = await post({ jobId: first, action: 'dismiss' });
    expect(dismissed.status).toBe(200);
    const after = (await (await api('/api/recommendations')).json()) as typeof recommended;
    expect(after.recommendations.map((item) => item.job.id)).not.toContain(first);

    // Six ratings with two grades: the model is trained and measured.
    let model: { ready: boolean; count: number; auc: number | null; accuracy: number; positive: unknown[] } | undefined;
    for (const [index, id] of [
      'sample-001',
      'sample-002',
      'sample-003',
      'sample-014',
      'sample-015',
      'sample-016',
    ].entries())
      model = ((await (await post({ jobId: id, rating: index < 3 ? 0 : 3 })).json()) as { model: typeof model }).model;
    expect(model).toMatchObject({ ready: true, count: 6 });
    expect(model!.accuracy).toBeGreaterThanOrEqual(0);
    expect(model!.accuracy).toBeLessThanOrEqual(1);
    expect(model!.positive.length).toBeGreaterThan(0);
    expect(await (await api('/api/model')).json()).toEqual(model);

    const history = (await (await api('/api/history')).json()) as {
      matches: Array<{ jobId: string }>;
      feedback: Array<{ jobId: string }>;
    };
    expect(history.matches.length).toBe(20);
    expect(history.feedback.map((item) => item.jobId)).toContain(first);
  });
});
