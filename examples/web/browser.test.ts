// The web example in headless Chromium, driven by playwright-core: a person uploads a resume and sees a score, rates
// postings and sees the model's figures change, dismisses a posting and sees the list change, reaches the form by
// keyboard alone; an oversized upload gets a clear page and the server keeps serving; a POST without the CSRF token
// is refused. Uses Debian's chromium (ROLEFIT_CHROMIUM, or `chromium` on PATH; `.ci/run` installs it with apt); where
// none can be had the suite is skipped and says why. Screenshots of each page go to ROLEFIT_WEB_SCREENSHOTS when set
// (`ROLEFIT_WEB_SCREENSHOTS=docs/images` refreshes the ones in the docs), else to a temporary folder.
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analystPdf, startWebServer, webBuilt, type RunningServer } from './test-server.js';

/** The Chromium to drive: ROLEFIT_CHROMIUM, else the first `chromium` (or `chromium-browser`) on PATH. */
function findChromium(): string | undefined {
  const named = process.env.ROLEFIT_CHROMIUM;
  if (named) return existsSync(named) ? named : undefined;
  for (const directory of (process.env.PATH ?? '').split(delimiter).filter(Boolean))
    for (const name of ['chromium', 'chromium-browser']) {
      const candidate = join(directory, name);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here
      }
    }
  return undefined;
}

const executablePath = findChromium();
const skipReason = !webBuilt
  ? 'the packages are not built (node scripts/build-if-stale.mjs core rankers ats crawlers)'
  : !executablePath
    ? process.env.ROLEFIT_CHROMIUM
      ? `ROLEFIT_CHROMIUM=${process.env.ROLEFIT_CHROMIUM} does not exist`
      : 'no chromium on PATH and ROLEFIT_CHROMIUM is not set (apt-get install chromium; .ci/run does this where it can)'
    : undefined;
if (skipReason) console.log(`web example browser tests skipped: ${skipReason}`);

const screenshots = process.env.ROLEFIT_WEB_SCREENSHOTS
  ? resolve(process.env.ROLEFIT_WEB_SCREENSHOTS)
  : mkdtempSync(join(tmpdir(), 'rolefit-web-shots-'));
mkdirSync(screenshots, { recursive: true });

describe.skipIf(skipReason !== undefined)('web example in headless Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    server = await startWebServer();
    browser = await chromium.launch({
      executablePath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      timeout: 180_000,
    });
    context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
    context.setDefaultTimeout(120_000);
    context.setDefaultNavigationTimeout(120_000);
    page = await context.newPage();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (!process.env.ROLEFIT_WEB_SCREENSHOTS) rmSync(screenshots, { recursive: true, force: true });
  });

  // Long pages (recommendations, ratings, history) are shot at the window's size, the others whole.
  const shoot = async (name: string, fullPage = true) => {
    const path = join(screenshots, `web-${name}.png`);
    await page.screenshot({ path, fullPage });
    expect(statSync(path).size).toBeGreaterThan(5_000);
  };

  /** Ids of the visible form controls that have neither a <label for> nor an aria-label. */
  const unlabelled = () =>
    page.evaluate(`[...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
      .filter((control) => !(control.id && document.querySelector('label[for="' + CSS.escape(control.id) + '"]')) && !control.getAttribute('aria-label'))
      .map((control) => control.id || control.name || control.outerHTML.slice(0, 60))`) as Promise<string[]>;
  const activeId = () => page.evaluate('document.activeElement ? document.activeElement.id : ""') as Promise<string>;

  it('labels every control on the home page and reaches the upload form by keyboard alone, in order', {
    timeout: 180_000,
  }, async () => {
    await page.goto(server.url);
    expect(await page.locator('h1').textContent()).toBe('Score a resume against a job ad');
    expect(await unlabelled()).toEqual([]);
    expect(await page.locator('table').count()).toBe(0);
    await shoot('home');
    // From the top of the page: Tab through the skip link and the navigation to the form's controls.
    const reached: string[] = [];
    for (let step = 0; step < 20 && !reached.includes('score-button'); step++) {
      await page.keyboard.press('Tab');
      const id = await activeId();
      if (id) reached.push(id);
    }
    expect(reached.filter((id) => ['resume', 'job-text', 'job-url', 'job-id', 'score-button'].includes(id))).toEqual([
      'resume',
      'job-text',
      'job-url',
      'job-id',
      'score-button',
    ]);
    // The stored-posting list is usable from the keyboard too.
    await page.focus('#job-id');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#job-id').inputValue()).not.toBe('');
  });

  it('uploads a PDF resume with a stored posting and shows the ATS score, breakdown and missing keywords', {
    timeout: 240_000,
  }, async () => {
    await page.goto(server.url);
    await page.setInputFiles('#resume', analystPdf);
    await page.selectOption('#job-id', 'sample-014');
    await Promise.all([page.waitForURL(/\/ats$/), page.click('#score-button')]);
    const score = await page.locator('#ats-score').textContent();
    expect(score).toMatch(/^\d+ \/ 100$/);
    expect(Number(score!.split(' ')[0])).toBeGreaterThanOrEqual(50);
    expect(await page.locator('table caption').textContent()).toMatch(/Each part of the score/);
    expect(await page.locator('#missing-keywords').textContent()).toContain('Pandas');
    await shoot('ats');
  });

  it('shows recommendations with their reasons, and a dismissed posting leaves the list for another', {
    timeout: 240_000,
  }, async () => {
    await page.goto(`${server.url}/recommendations`);
    const ids = () =>
      page
        .locator('#recommendations > li')
        .evaluateAll((items) => items.map((item) => item.getAttribute('data-job-id') ?? ''));
    const before = await ids();
    expect(before).toHaveLength(10);
    expect(await page.locator('#recommendations h2').first().textContent()).toMatch(/analyst/i);
    expect(await page.locator('#recommendations').textContent()).toMatch(/Fit: \d\.\d{3}/);
    expect(await unlabelled()).toEqual([]);
    await shoot('recommendations', false);
    const dismissed = before[0]!;
    await Promise.all([page.waitForURL(/\/recommendations$/), page.click(`button[data-dismiss="${dismissed}"]`)]);
    const after = await ids();
    expect(after).not.toContain(dismissed);
    expect(after).toHaveLength(10);
    expect(after.filter((id) => !before.includes(id)).length).toBeGreaterThan(0);
    expect(await page.locator('main').textContent()).toContain('1 dismissed or 0-rated posting is left out');
  });

  it('rates postings and sees the desirability model’s cross-validated figures and drivers appear and change', {
    timeout: 480_000,
  }, async () => {
    await page.goto(`${server.url}/rate`);
    expect(await page.locator('#model-status').textContent()).toMatch(/0 ratings so far\. Rate 6 more postings/);
    expect(await unlabelled()).toEqual([]);
    // This person likes senior roles, not contracts, and is lukewarm about the rest; the page lists postings not yet rated.
    const rateFirstUnrated = async () => {
      const item = page.locator('#unrated > li').first();
      const title = (await item.locator('h3').textContent()) ?? '';
      const grade = /senior|lead|principal/i.test(title) ? '3' : /contract/i.test(title) ? '0' : '1';
      await item.locator('select').selectOption(grade);
      await Promise.all([page.waitForURL(/\/rate$/), item.locator('button').click()]);
      return grade;
    };
    const figures: string[] = [];
    const grades = new Set<string>();
    for (let rating = 1; rating <= 9; rating++) {
      grades.add(await rateFirstUnrated());
      const status = (await page.locator('#model-status').textContent())!.replace(/\s+/g, ' ');
      if (rating >= 6 && grades.size >= 2) figures.push(status);
      else expect(status).toMatch(new RegExp(`^${rating} ratings? so far`));
    }
    expect(figures.length).toBeGreaterThanOrEqual(2);
    for (const figure of figures)
      expect(figure).toMatch(/Cross-validated on \d+ ratings \(\d folds\): AUC (\d\.\d{3}|n\/a) .* exact grade \d+%/);
    // Each rating re-measures the model: the figures after the last rating differ from those after the first trained one.
    const measures = (figure: string) => /AUC (\S+) .* exact grade (\d+%)/.exec(figure)!.slice(1).join(' ');
    expect(figures.at(-1)).not.toBe(figures[0]);
    expect(measures(figures.at(-1)!), figures.join('\n')).not.toBe(measures(figures[0]!));
    expect(await page.locator('#model-count').textContent()).toBe('9');
    // The drivers name the rule behind the ratings: a senior title raises a posting, a contract lowers it.
    const [raises, lowers] = await page.locator('#model-heading ~ div.inline > div').allTextContents();
    expect(raises).toContain('seniority:senior-title');
    expect(lowers).toContain('employment:contract');
    await shoot('rate', false);
  });

  it('shows the match history', { timeout: 120_000 }, async () => {
    await page.goto(`${server.url}/history`);
    expect(await page.locator('#history tbody tr').count()).toBe(20);
    expect(await page.locator('#history caption').textContent()).toMatch(/Newest first/);
    await shoot('history', false);
  });

  it('answers an oversized upload with a clear 413 page, and the server keeps serving', {
    timeout: 240_000,
  }, async () => {
    await page.goto(server.url);
    await page.setInputFiles('#resume', {
      name: 'huge.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.alloc(6 * 1024 * 1024, 0x20),
    });
    await page.fill('#job-text', 'Data Analyst\nSQL and Python');
    const [response] = await Promise.all([
      page.waitForResponse((answer) => answer.url().endsWith('/ats')),
      page.click('#score-button'),
    ]);
    expect(response.status()).toBe(413);
    await page.waitForSelector('#error-heading');
    expect(await page.locator('#error-heading').textContent()).toBe('Upload too large');
    expect(await page.locator('#error-message').textContent()).toMatch(/larger than the limit of 5 MB/);
    await shoot('error-413');
    expect(server.alive()).toBe(true);
    const again = await page.goto(server.url);
    expect(again?.status()).toBe(200);
  });

  it('refuses a POST without the CSRF token, even with the session cookie', { timeout: 120_000 }, async () => {
    // page.request shares this browser context's cookies, so only the token is missing.
    const refused = await page.request.post(`${server.url}/feedback`, {
      form: { jobId: 'sample-001', rating: '3', next: '/rate' },
      maxRedirects: 0,
    });
    expect(refused.status()).toBe(403);
    expect(await refused.text()).toMatch(/security token is missing or does not match/);
    const wrong = await page.request.post(`${server.url}/feedback`, {
      form: { _csrf: 'forged', jobId: 'sample-001', rating: '3' },
      maxRedirects: 0,
    });
    expect(wrong.status()).toBe(403);
    expect(server.stderr()).not.toMatch(/failed:/);
  });
});
