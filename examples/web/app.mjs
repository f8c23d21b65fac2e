// The web example's application: a Hono app over Rolefit's public API (the built @rolefit/* packages, as an app
// would import them). server.mjs starts it on Node's HTTP server; see README.md beside this file.
import { randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { Hono } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { createMemoryStore, createPipeline, isValidationError, parseResume } from '@rolefit/core';
import { htmlToText } from '@rolefit/core/text';
import { sampleJobs, sampleResumes } from '@rolefit/core/samples';
import {
  extractDocumentLayout,
  isResumeParseError,
  jobFromText,
  parseResumeFile,
  scoreResumeAgainstJob,
  sniffResumeType,
} from '@rolefit/ats';
import { createDefaultRanker, trainDesirabilityModel } from '@rolefit/rankers';
import { createHttpClient, extractJsonLdBlocks, findJobPostings, mapJobPosting } from '@rolefit/crawlers';
import { atsPage, errorPage, historyPage, homePage, ratePage, recommendationsPage } from './views.mjs';

/** A bad request the person can fix: the HTTP status, the form field at fault and what to do. */
export class InputError extends Error {
  constructor(status, field, message) {
    super(message);
    this.name = 'InputError';
    this.status = status;
    this.field = field;
  }
}

const SESSION_COOKIE = 'rolefit_session';
const MAX_SESSIONS = 5_000;
/** Ratings the desirability model needs before its figures mean anything (and at least two different grades). */
export const MINIMUM_RATINGS = 6;
const RETURN_PAGES = new Set(['/recommendations', '/rate', '/history']);

/**
 * Creates the web app. Settings: `storePath` (the embedded store's file; omit for memory only), `maxUploadBytes`
 * (default 5 MB), `parseTimeoutMs` (per resume file, default 20 s), `allowLoopbackUrls` (let job-ad URLs point at
 * 127.0.0.1, for tests), `limit` (recommendations shown, default 10).
 */
export async function createWebApp(settings = {}) {
  const maxUploadBytes = settings.maxUploadBytes ?? 5 * 1024 * 1024;
  const limit = settings.limit ?? 10;
  if (settings.storePath) await mkdir(dirname(resolve(settings.storePath)), { recursive: true });
  const store = createMemoryStore(settings.storePath ? { path: settings.storePath } : {});
  const pipeline = createPipeline({ store, ranker: createDefaultRanker() });
  // Seed from the 62 sample postings so the app works offline; re-seeding on each start only updates them.
  const seeded = await pipeline.ingest(sampleJobs);
  // Read the stored jobs ahead in the background (in small steps that let requests run), so that a person's first
  // recommendation costs what a later one does; stopped on close.
  const readingAhead = new AbortController();
  const preparing = pipeline.prepare({ signal: readingAhead.signal }).catch(() => 0);
  const http = createHttpClient({
    cacheDirectory: false,
    timeoutMs: 15_000,
    maxRetries: 1,
    allowPrivateNetworks: settings.allowLoopbackUrls ? 'loopback' : false,
  });
  const sessions = new Map();
  const modelCache = new Map();

  // ---- sessions and CSRF (synchronizer token: one random token per session, checked on every form POST) ----
  function newSession(c) {
    const session = {
      id: randomBytes(24).toString('base64url'),
      csrf: randomBytes(32).toString('base64url'),
      subjectId: `web-${randomUUID()}`,
      resume: undefined,
    };
    sessions.set(session.id, session);
    if (sessions.size > MAX_SESSIONS) sessions.delete(sessions.keys().next().value);
    setCookie(c, SESSION_COOKIE, session.id, { httpOnly: true, sameSite: 'Strict', path: '/', maxAge: 7 * 24 * 3600 });
    return session;
  }
  const existingSession = (c) => sessions.get(getCookie(c, SESSION_COOKIE) ?? '');
  const sessionOf = (c) => existingSession(c) ?? newSession(c);

  function checkCsrf(c, form) {
    const session = existingSession(c);
    const given = Buffer.from(String(form.get('_csrf') ?? ''));
    const expected = Buffer.from(session?.csrf ?? '');
    if (!session || given.length !== expected.length || !timingSafeEqual(given, expected))
      throw new InputError(
        403,
        '_csrf',
        'The form’s security token is missing or does not match this session. Reload the page and send the form again.',
      );
    return session;
  }

  /** The JSON API is for scripts, not forms: a custom header (which another site's page cannot send without CORS, which this server never grants). */
  function checkApiHeader(c) {
    if (c.req.header('x-rolefit-api') !== '1')
      throw new InputError(
        403,
        'X-Rolefit-Api',
        'JSON API requests that change state need the header X-Rolefit-Api: 1.',
      );
    return sessionOf(c);
  }

  // ---- request bodies, with a size limit ----
  /** Reads the body, at most maxUploadBytes (+64 KB for the other fields); a larger one is drained (so the browser sees the answer) and refused with 413. */
  async function readForm(c) {
    const allowed = maxUploadBytes + 64 * 1024;
    const hardCap = Math.max(allowed * 8, 64 * 1024 * 1024);
    const declared = Number(c.req.header('content-length') ?? 0);
    const tooLarge = () =>
      new InputError(
        413,
        'resume',
        `The upload is larger than the limit of ${(maxUploadBytes / 1024 / 1024).toFixed(0)} MB. Choose a smaller file.`,
      );
    if (declared > hardCap) throw tooLarge();
    const chunks = [];
    let total = 0;
    const reader = c.req.raw.body?.getReader();
    while (reader) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > hardCap) {
        await reader.cancel();
        break;
      }
      if (total <= allowed) chunks.push(value);
    }
    if (total > allowed || declared > allowed) throw tooLarge();
    const type = c.req.header('content-type') ?? '';
    if (!/^(multipart\/form-data|application\/x-www-form-urlencoded)/i.test(type))
      throw new InputError(
        415,
        'Content-Type',
        `Send the form as multipart/form-data or application/x-www-form-urlencoded, not ${type || 'nothing'}.`,
      );
    try {
      return await new Response(Buffer.concat(chunks), { headers: { 'content-type': type } }).formData();
    } catch (error) {
      throw new InputError(400, 'body', `The form could not be read: ${error.message}`);
    }
  }

  async function readJson(c) {
    if (!/^application\/json\b/i.test(c.req.header('content-type') ?? ''))
      throw new InputError(415, 'Content-Type', 'Send JSON with Content-Type: application/json.');
    const text = await c.req.text();
    if (text.length > 64 * 1024) throw new InputError(413, 'body', 'The JSON body is larger than 64 KB.');
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new InputError(400, 'body', `The body is not JSON: ${error.message}`);
    }
  }

  const text = (value) => (typeof value === 'string' ? value.trim() : '');

  // ---- the domain steps, each on the public API ----
  async function resumeFromUpload(file, subjectId) {
    if (!file || typeof file === 'string' || file.size === 0)
      throw new InputError(400, 'resume', 'Choose a resume file (PDF, DOCX or plain text).');
    if (file.size > maxUploadBytes)
      throw new InputError(
        413,
        'resume',
        `The resume is larger than the limit of ${(maxUploadBytes / 1024 / 1024).toFixed(0)} MB.`,
      );
    const bytes = new Uint8Array(await file.arrayBuffer());
    const limits = { timeoutMs: settings.parseTimeoutMs ?? 20_000, maxBytes: maxUploadBytes };
    try {
      const type = sniffResumeType(bytes);
      // Text and layout (header/footer text, images) are read side by side, each in a worker under time and size limits.
      const [resume, layout] = await Promise.all([
        parseResumeFile(bytes, { ...limits, id: subjectId }),
        type === 'text' ? undefined : extractDocumentLayout(bytes, limits),
      ]);
      return {
        resume,
        layout: layout && {
          headerText: layout.headerText,
          footerText: layout.footerText,
          imageCount: layout.imageCount,
        },
      };
    } catch (error) {
      if (isResumeParseError(error))
        throw new InputError(
          error.code === 'too-large' ? 413 : 400,
          'resume',
          `The resume could not be read (${error.code}): ${error.message}`,
        );
      throw error;
    }
  }

  async function jobFromUrl(address) {
    let url;
    try {
      url = new URL(address);
    } catch {
      throw new InputError(400, 'jobUrl', `“${address}” is not a web address.`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      throw new InputError(400, 'jobUrl', 'The job ad URL must start with http:// or https://.');
    let page;
    try {
      page = await http.getText(url.href);
    } catch (error) {
      throw new InputError(
        ['PrivateAddressError', 'UnsupportedUrlError', 'RobotsDisallowedError'].includes(error.name) ? 400 : 502,
        'jobUrl',
        `The job ad could not be fetched: ${error.message}`,
      );
    }
    // A page with schema.org JobPosting data gives a structured job; any other page is read as the ad's text.
    for (const block of extractJsonLdBlocks(page.body)) {
      let data;
      try {
        data = JSON.parse(block);
      } catch {
        continue;
      }
      const [posting] = findJobPostings(data);
      if (posting) return mapJobPosting(posting, page.url);
    }
    const adText = htmlToText(page.body).trim();
    if (!adText) throw new InputError(400, 'jobUrl', 'The page at that address has no text to read as a job ad.');
    return jobFromText(adText, 'job-from-url');
  }

  async function jobFromForm(form) {
    const given = {
      jobText: text(form.get('jobText')),
      jobUrl: text(form.get('jobUrl')),
      jobId: text(form.get('jobId')),
    };
    const named = Object.keys(given).filter((key) => given[key]);
    if (named.length === 0)
      throw new InputError(400, 'jobText', 'Give the job: paste its ad, give its URL, or choose a stored posting.');
    if (named.length > 1)
      throw new InputError(400, named[1], `Give the job one way only, not both ${named.join(' and ')}.`);
    if (given.jobId) {
      const job = await store.getJob(given.jobId);
      if (!job) throw new InputError(400, 'jobId', `No stored posting has the id ${given.jobId}.`);
      return job;
    }
    if (given.jobUrl) return jobFromUrl(given.jobUrl);
    try {
      return jobFromText(given.jobText, 'job-from-text');
    } catch (error) {
      if (isValidationError(error)) throw new InputError(400, 'jobText', error.message);
      throw error;
    }
  }

  async function scoreUpload(c, form, session) {
    const job = await jobFromForm(form);
    const { resume, layout } = await resumeFromUpload(form.get('resume'), session.subjectId);
    const report = scoreResumeAgainstJob(resume, job, { layout });
    session.resume = await store.upsertResume(resume);
    return { report, job, resume };
  }

  async function recommendFor(session) {
    if (!session.resume) return [];
    return pipeline.recommend({ resume: session.resume, subjectId: session.subjectId, limit });
  }

  async function recordFeedback(session, input) {
    const jobId = text(input.jobId);
    if (!jobId) throw new InputError(400, 'jobId', 'Name the posting (jobId).');
    if (!(await store.getJob(jobId))) throw new InputError(404, 'jobId', `No stored posting has the id ${jobId}.`);
    const feedback = { subjectId: session.subjectId, jobId };
    const rating = typeof input.rating === 'string' ? input.rating.trim() : input.rating;
    if (rating !== undefined && rating !== '') {
      const number = typeof rating === 'number' ? rating : /^\d+$/.test(rating) ? Number(rating) : Number.NaN;
      if (![0, 1, 2, 3].includes(number))
        throw new InputError(400, 'rating', `The rating must be 0, 1, 2 or 3, not ${JSON.stringify(rating)}.`);
      feedback.rating = number;
    }
    const action = text(input.action);
    if (action) feedback.action = action;
    try {
      return await pipeline.feedback(feedback);
    } catch (error) {
      if (isValidationError(error)) throw new InputError(400, error.issues[0]?.path || 'rating', error.message);
      throw error;
    }
  }

  /** The person's latest rating of each posting they rated, with the job. */
  async function ratingsOf(session) {
    const latest = new Map();
    for (const item of await store.listFeedback({ subjectId: session.subjectId }))
      if (item.rating !== undefined) latest.set(item.jobId, item.rating);
    const rated = [];
    for (const [jobId, rating] of latest) {
      const job = await store.getJob(jobId);
      if (job) rated.push({ job, rating });
    }
    return rated;
  }

  /**
   * Trains the desirability model on the person's ratings and measures it by k-fold cross-validation: the library's
   * own crossValidate for AUC, and the same folds by hand for the share of exact grades (next to always guessing the
   * commonest grade). Cached until the ratings change.
   */
  async function modelOf(session) {
    const ratings = await ratingsOf(session);
    const grades = new Set(ratings.map((entry) => entry.rating));
    if (ratings.length < MINIMUM_RATINGS || grades.size < 2) {
      const more = Math.max(0, MINIMUM_RATINGS - ratings.length);
      const reason = more
        ? `Rate ${more} more posting${more === 1 ? '' : 's'}${grades.size < 2 ? ', with at least two different grades,' : ''} to train the model.`
        : 'Give at least two different grades to train the model.';
      return { ready: false, count: ratings.length, reason };
    }
    const key = JSON.stringify(ratings.map((entry) => [entry.job.id, entry.rating]).sort());
    const cached = modelCache.get(session.subjectId);
    if (cached?.key === key) return cached.model;
    const sorted = [...ratings].sort((left, right) => (left.job.id < right.job.id ? -1 : 1));
    const folds = Math.min(5, sorted.length);
    const model = await trainDesirabilityModel(sorted);
    const validation = await model.crossValidate(folds);
    let right = 0;
    let tried = 0;
    for (let fold = 0; fold < folds; fold++) {
      const test = sorted.filter((_, index) => index % folds === fold);
      const train = sorted.filter((_, index) => index % folds !== fold);
      const foldModel = await trainDesirabilityModel(train);
      const predicted = await foldModel.grades(test.map((entry) => entry.job));
      tried += test.length;
      right += predicted.filter((grade, index) => grade === test[index].rating).length;
    }
    const counts = [0, 1, 2, 3].map((grade) => sorted.filter((entry) => entry.rating === grade).length);
    const { positive, negative } = model.explain(6);
    const result = {
      ready: true,
      count: sorted.length,
      folds,
      auc: validation.mean.auc,
      accuracy: right / tried,
      baseline: Math.max(...counts) / sorted.length,
      positive,
      negative,
    };
    modelCache.set(session.subjectId, { key, model: result });
    return result;
  }

  async function historyOf(session) {
    const [matches, feedback] = await Promise.all([
      store.listMatches(session.subjectId, { limit: 200 }),
      store.listFeedback({ subjectId: session.subjectId }),
    ]);
    const titles = new Map();
    for (const jobId of new Set([...matches, ...feedback].map((item) => item.jobId))) {
      const job = await store.getJob(jobId);
      if (job) titles.set(jobId, `${job.title}${job.company ? ` — ${job.company}` : ''}`);
    }
    // Newest list first; within one list, in the order it was ranked.
    const ordered = [...matches].sort(
      (left, right) => right.createdAt.getTime() - left.createdAt.getTime() || right.score - left.score,
    );
    return { matches: ordered, feedback: [...feedback].reverse(), titles };
  }

  const dismissedCount = async (session) =>
    new Set(
      (await store.listFeedback({ subjectId: session.subjectId }))
        .filter((item) => item.action === 'dismiss' || item.rating === 0)
        .map((item) => item.jobId),
    ).size;

  // ---- routes ----
  const app = new Hono();

  app.use('*', async (c, next) => {
    await next();
    // Only this server's own pages: no scripts at all, inline CSS only, forms post back here, no framing.
    c.header(
      'Content-Security-Policy',
      "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    );
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'same-origin');
  });

  app.get('/', async (c) => {
    const session = sessionOf(c);
    const jobs = (await store.listJobs({})).sort((left, right) => left.title.localeCompare(right.title));
    return c.html(
      homePage({
        csrf: session.csrf,
        jobs,
        samples: sampleResumes,
        resume: session.resume,
        maxUploadMb: Math.round(maxUploadBytes / 1024 / 1024),
        notice:
          c.req.query('notice') === 'sample'
            ? 'Sample person chosen: their resume is used for recommendations.'
            : undefined,
      }),
    );
  });

  app.post('/ats', async (c) => {
    const form = await readForm(c);
    const session = checkCsrf(c, form);
    return c.html(atsPage(await scoreUpload(c, form, session)));
  });

  app.post('/resume/sample', async (c) => {
    const form = await readForm(c);
    const session = checkCsrf(c, form);
    const sample = sampleResumes.find((resume) => resume.id === text(form.get('resumeId')));
    if (!sample)
      throw new InputError(
        400,
        'resumeId',
        `Choose one of the sample people (${sampleResumes.map((resume) => resume.id).join(', ')}).`,
      );
    session.resume = await store.upsertResume(parseResume({ ...sample, id: session.subjectId }));
    return c.redirect('/?notice=sample', 303);
  });

  app.get('/recommendations', async (c) => {
    const session = sessionOf(c);
    return c.html(
      recommendationsPage({
        csrf: session.csrf,
        resume: session.resume,
        recommendations: await recommendFor(session),
        dismissed: await dismissedCount(session),
      }),
    );
  });

  app.post('/feedback', async (c) => {
    const form = await readForm(c);
    const session = checkCsrf(c, form);
    await recordFeedback(session, {
      jobId: form.get('jobId'),
      rating: form.get('rating') ?? undefined,
      action: form.get('action') ?? undefined,
    });
    const next = text(form.get('next'));
    return c.redirect(RETURN_PAGES.has(next) ? next : '/rate', 303);
  });

  app.get('/rate', async (c) => {
    const session = sessionOf(c);
    const rated = await ratingsOf(session);
    const ratedIds = new Set(rated.map((entry) => entry.job.id));
    const unrated = (await store.listJobs({}))
      .filter((job) => !ratedIds.has(job.id))
      .sort((left, right) => (left.id < right.id ? -1 : 1))
      .slice(0, 10);
    return c.html(ratePage({ csrf: session.csrf, model: await modelOf(session), unrated, rated: rated.reverse() }));
  });

  app.get('/history', async (c) => c.html(historyPage(await historyOf(sessionOf(c)))));

  // JSON endpoints: the same steps for scripts. GETs read; POSTs need the X-Rolefit-Api header (see checkApiHeader).
  app.post('/api/ats', async (c) => {
    const session = checkApiHeader(c);
    const { report, job, resume } = await scoreUpload(c, await readForm(c), session);
    return c.json({
      resume: { name: resume.contact.name ?? null, skills: resume.skills },
      job: { id: job.id, title: job.title },
      report,
    });
  });
  app.get('/api/recommendations', async (c) => {
    const session = sessionOf(c);
    if (!session.resume) throw new InputError(409, 'resume', 'No resume yet: POST one to /api/ats first.');
    return c.json({ recommendations: await recommendFor(session) });
  });
  app.post('/api/feedback', async (c) => {
    const session = checkApiHeader(c);
    const body = await readJson(c);
    if (!body || typeof body !== 'object' || Array.isArray(body))
      throw new InputError(400, 'body', 'Send a JSON object { "jobId", "rating"?, "action"? }.');
    const feedback = await recordFeedback(session, body);
    return c.json({ feedback, model: await modelOf(session) });
  });
  app.get('/api/model', async (c) => c.json(await modelOf(sessionOf(c))));
  app.get('/api/history', async (c) => {
    const { matches, feedback } = await historyOf(sessionOf(c));
    return c.json({ matches, feedback });
  });

  app.notFound((c) => respondError(c, new InputError(404, undefined, `There is no page at ${c.req.path}.`)));
  app.onError((error, c) => respondError(c, error));

  function respondError(c, error) {
    // A ValidationError that no step turned into an InputError still names the field: a 400, not a 500.
    if (isValidationError(error)) error = new InputError(400, error.issues[0]?.path || undefined, error.message);
    const known = error instanceof InputError;
    if (!known) console.error(`rolefit web: ${c.req.method} ${c.req.path} failed:`, error);
    const status = known ? error.status : 500;
    const titles = {
      400: 'The form has a problem',
      403: 'Request refused',
      404: 'Not found',
      409: 'Not ready',
      413: 'Upload too large',
      415: 'Unsupported content type',
      502: 'Could not fetch the job ad',
      500: 'Something went wrong',
    };
    const title = titles[status] ?? 'Request failed';
    const message = known
      ? error.message
      : 'The server could not handle this request; it is still running. Try again, or go back to the start.';
    if (c.req.path.startsWith('/api/'))
      return c.json({ error: { status, title, message, field: known ? (error.field ?? null) : null } }, status);
    return c.html(errorPage({ status, title, message, field: known ? error.field : undefined }), status);
  }

  return {
    app,
    store,
    /** What seeding the store did on start. */
    seeded,
    async close() {
      readingAhead.abort();
      await preparing;
      await store.close();
    },
  };
}
