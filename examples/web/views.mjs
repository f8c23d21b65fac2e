// HTML for the web example: one layout, one function per page. Everything interpolated goes through hono's `html`
// tag, which escapes strings (text and attribute values alike); `raw` is used only for the fixed CSS below.
import { html, raw } from 'hono/html';
import { formatSalary } from '@rolefit/core';

// Inline CSS: no external stylesheet, font or CDN. Focus is always visible; colours meet WCAG AA contrast.
const styles = raw(`
*{box-sizing:border-box}
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1b1f24;background:#fafafa}
a{color:#0b57d0}
a:focus,button:focus,input:focus,select:focus,textarea:focus,summary:focus{outline:3px solid #b45309;outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem}
.skip:focus{left:.5rem}
header{background:#1f2937;color:#fff;padding:.75rem 1rem}
header a{color:#fff}
header p{margin:0;font-weight:700}
nav ul{list-style:none;display:flex;flex-wrap:wrap;gap:1rem;margin:.5rem 0 0;padding:0}
nav a[aria-current=page]{font-weight:700;text-decoration-thickness:3px}
main{max-width:60rem;margin:0 auto;padding:1rem}
section,article{background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:1rem;margin:1rem 0}
label{display:block;font-weight:600;margin-top:.75rem}
.hint{color:#4b5563;font-size:.9rem;margin:.15rem 0}
input[type=text],input[type=url],textarea,select{width:100%;max-width:40rem;padding:.4rem;font:inherit;border:1px solid #6b7280;border-radius:4px}
textarea{min-height:8rem}
button{font:inherit;padding:.4rem .9rem;margin-top:.75rem;border:1px solid #1f2937;border-radius:4px;background:#1f2937;color:#fff;cursor:pointer}
button.secondary{background:#fff;color:#1f2937}
.inline{display:flex;flex-wrap:wrap;gap:.5rem;align-items:end}
.inline label{margin-top:0}
.inline select{width:auto}
.inline button{margin-top:0}
.score{font-size:2rem;font-weight:700}
table{border-collapse:collapse;width:100%}
caption{text-align:left;font-weight:600;margin-bottom:.25rem}
th,td{border:1px solid #d0d7de;padding:.35rem .5rem;text-align:left;vertical-align:top}
dl.breakdown{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:.5rem 0}
dl.breakdown dt{font-weight:600}
dl.breakdown dd{margin:0}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.error{border-color:#b91c1c}
.notice{border-color:#0b57d0}
code{background:#eef1f4;padding:0 .2rem;border-radius:3px}
`);

const pages = [
  ['/', 'Score a resume'],
  ['/recommendations', 'Recommendations'],
  ['/rate', 'Rate postings'],
  ['/history', 'Match history'],
];

/** The page frame: skip link, site header with navigation, one main landmark holding the page. */
export function layout({ title, path, body }) {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} — Rolefit</title>
<style>${styles}</style>
</head>
<body>
<a class="skip" href="#main">Skip to main content</a>
<header>
<p><a href="/">Rolefit</a> — jobs that fit a resume</p>
<nav aria-label="Main">
<ul>${pages.map(([href, label]) => html`<li><a href="${href}"${href === path ? raw(' aria-current="page"') : ''}>${label}</a></li>`)}</ul>
</nav>
</header>
<main id="main" tabindex="-1">
${body}
</main>
</body>
</html>`;
}

const csrfField = (token) => html`<input type="hidden" name="_csrf" value="${token}">`;
const place = (job) =>
  [job.location?.city, job.location?.region, job.location?.country, job.location?.workplace].filter(Boolean).join(', ');
const percent = (value) => `${Math.round(value * 100)}%`;

/** Which resume the session uses, in one sentence. */
function resumeLine(resume) {
  if (!resume) return html`<p>No resume yet: upload one below, or pick a sample person.</p>`;
  return html`<p>Using the resume of <strong>${resume.contact?.name ?? 'an unnamed person'}</strong>${resume.experience?.[0]?.title ? html` (${resume.experience[0].title})` : ''} with ${resume.skills.length} skills.</p>`;
}

/** Home: the ATS form (resume upload + job ad text, URL or stored posting) and the sample-person form. */
export function homePage({ csrf, jobs, samples, resume, maxUploadMb, notice }) {
  return layout({
    title: 'Score a resume',
    path: '/',
    body: html`<h1>Score a resume against a job ad</h1>
${notice ? html`<section class="notice" role="status"><p>${notice}</p></section>` : ''}
${resumeLine(resume)}
<section aria-labelledby="ats-heading">
<h2 id="ats-heading">Resume and job ad</h2>
<form method="post" action="/ats" enctype="multipart/form-data">
${csrfField(csrf)}
<label for="resume">Resume file</label>
<p class="hint" id="resume-hint">PDF, DOCX or plain text, at most ${maxUploadMb} MB. It also becomes the resume used for recommendations.</p>
<input type="file" id="resume" name="resume" accept=".pdf,.docx,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain" aria-describedby="resume-hint" required>
<p class="hint" id="job-hint">Give the job in one of three ways: paste the ad, give its web address, or choose a stored posting.</p>
<label for="job-text">Job ad text</label>
<textarea id="job-text" name="jobText" aria-describedby="job-hint"></textarea>
<label for="job-url">Job ad URL</label>
<input type="url" id="job-url" name="jobUrl" inputmode="url" placeholder="https://…" aria-describedby="job-hint">
<label for="job-id">Stored posting</label>
<select id="job-id" name="jobId" aria-describedby="job-hint">
<option value="">(none)</option>
${jobs.map((job) => html`<option value="${job.id}">${job.title}${job.company ? ` — ${job.company}` : ''}</option>`)}
</select>
<div><button type="submit" id="score-button">Score my resume</button></div>
</form>
</section>
<section aria-labelledby="sample-heading">
<h2 id="sample-heading">No resume at hand?</h2>
<form method="post" action="/resume/sample">
${csrfField(csrf)}
<div class="inline">
<div><label for="sample-resume">Sample person</label>
<select id="sample-resume" name="resumeId">
${samples.map((sample) => html`<option value="${sample.id}">${sample.contact?.name ?? sample.id} — ${sample.experience?.[0]?.title ?? ''}</option>`)}
</select></div>
<button type="submit" class="secondary">Use this person</button>
</div>
</form>
</section>`,
  });
}

/** The ATS report: total, breakdown table, missing keywords, layout issues and suggestions. */
export function atsPage({ report, job, resume }) {
  const rows = Object.entries(report.breakdown);
  return layout({
    title: `ATS score ${report.score}`,
    path: '/ats',
    body: html`<h1>ATS score for “${job.title}”</h1>
<p class="score" id="ats-score" aria-label="ATS score ${report.score} out of 100">${report.score} / 100</p>
<p>Resume of ${resume.contact?.name ?? 'an unnamed person'} against ${job.title}${job.company ? ` at ${job.company}` : ''}.</p>
<section aria-labelledby="breakdown-heading">
<h2 id="breakdown-heading">Breakdown</h2>
<table>
<caption>Each part of the score, out of 100, and its weight in the total</caption>
<thead><tr><th scope="col">Part</th><th scope="col">Score</th><th scope="col">Weight</th><th scope="col">Detail</th></tr></thead>
<tbody>${rows.map(([name, part]) => html`<tr><th scope="row">${name}</th><td>${part.applicable ? Math.round(part.score) : 'n/a'}</td><td>${percent(part.weight)}</td><td>${part.detail}</td></tr>`)}</tbody>
</table>
</section>
<section aria-labelledby="missing-heading">
<h2 id="missing-heading">Missing keywords</h2>
${
  report.missingKeywords.length
    ? html`<ul id="missing-keywords">${report.missingKeywords.map((entry) => html`<li>${entry.keyword} <span class="hint">(${entry.kind.replace('-', ' ')}, ${entry.frequency}× in the ad)</span></li>`)}</ul>`
    : html`<p>None: the resume names every skill and keyword the ad asks for.</p>`
}
</section>
<section aria-labelledby="issues-heading">
<h2 id="issues-heading">Layout issues</h2>
${report.issues.length ? html`<ul>${report.issues.map((issue) => html`<li><strong>${issue.message}</strong> ${issue.suggestion}</li>`)}</ul>` : html`<p>None found.</p>`}
</section>
<section aria-labelledby="suggestions-heading">
<h2 id="suggestions-heading">Suggestions</h2>
${report.suggestions.length ? html`<ol>${report.suggestions.map((suggestion) => html`<li>${suggestion.message}</li>`)}</ol>` : html`<p>None.</p>`}
</section>
<p><a href="/recommendations">See the jobs that fit this resume</a> · <a href="/">Score against another ad</a></p>`,
  });
}

const ratingChoices = [
  [3, '3 — ideal'],
  [2, '2 — good'],
  [1, '1 — poor'],
  [0, '0 — not at all'],
];

/** A small form rating one posting 0–3; `next` is the page to return to. */
function rateForm({ csrf, job, next, current }) {
  const id = `rating-${job.id}`;
  return html`<form method="post" action="/feedback" class="inline">
${csrfField(csrf)}
<input type="hidden" name="jobId" value="${job.id}">
<input type="hidden" name="next" value="${next}">
<div><label for="${id}">Rating<span class="visually-hidden"> for ${job.title}</span></label>
<select id="${id}" name="rating">${ratingChoices.map(([value, label]) => html`<option value="${value}"${current === value ? raw(' selected') : ''}>${label}</option>`)}</select></div>
<button type="submit">Rate<span class="visually-hidden"> ${job.title}</span></button>
</form>`;
}

function dismissForm({ csrf, job }) {
  return html`<form method="post" action="/feedback">
${csrfField(csrf)}
<input type="hidden" name="jobId" value="${job.id}">
<input type="hidden" name="action" value="dismiss">
<input type="hidden" name="next" value="/recommendations">
<button type="submit" class="secondary" data-dismiss="${job.id}">Dismiss<span class="visually-hidden"> ${job.title}</span></button>
</form>`;
}

const jobHeading = (job) => html`${job.title}${job.company ? html` <span class="hint">— ${job.company}</span>` : ''}`;
const jobFacts = (job) =>
  html`<p>${[place(job), job.salary ? formatSalary(job.salary) : ''].filter(Boolean).join(' · ') || 'Place and pay not given'}${job.url ? html` · <a href="${job.url}" rel="noopener noreferrer">the ad</a>` : ''}</p>`;

/** Ranked jobs with score, why, the match breakdown, matched and missing skills, and rate/dismiss forms. */
export function recommendationsPage({ csrf, resume, recommendations, dismissed }) {
  return layout({
    title: 'Recommendations',
    path: '/recommendations',
    body: html`<h1>Recommended jobs</h1>
${resumeLine(resume)}
${
  !resume
    ? html`<p><a href="/">Upload a resume or pick a sample person</a> to see the jobs that fit.</p>`
    : html`<p>${dismissed ? `${dismissed} dismissed or 0-rated posting${dismissed === 1 ? ' is' : 's are'} left out.` : 'Dismiss a posting, or rate it 0, to leave it out.'}</p>
<ol id="recommendations">${recommendations.map(
        ({ job, match }) => html`<li data-job-id="${job.id}"><article aria-labelledby="job-${job.id}">
<h2 id="job-${job.id}">${jobHeading(job)}</h2>
${jobFacts(job)}
<p><strong>Fit: ${match.score.toFixed(3)}</strong>${match.explanation ? html` — ${match.explanation}` : ''}</p>
${Object.keys(match.breakdown).length ? html`<dl class="breakdown" aria-label="Score breakdown">${Object.entries(match.breakdown).map(([factor, value]) => html`<dt>${factor}</dt><dd>${value.toFixed(2)}</dd>`)}</dl>` : ''}
${match.matchedSkills.length ? html`<p>Skills you have: ${match.matchedSkills.join(', ')}</p>` : ''}
${match.missingSkills.length ? html`<p>Skills the ad asks for that the resume lacks: ${match.missingSkills.join(', ')}</p>` : ''}
<div class="inline">${rateForm({ csrf, job, next: '/recommendations' })}${dismissForm({ csrf, job })}</div>
</article></li>`,
      )}</ol>`
}`,
  });
}

/** The desirability model's state: how many ratings, cross-validated AUC and exact-grade accuracy, the drivers. */
function modelPanel(model) {
  if (!model.ready)
    return html`<p id="model-status">${model.count} rating${model.count === 1 ? '' : 's'} so far. ${model.reason}</p>`;
  const features = (list) =>
    list.length
      ? html`<ul>${list.map((entry) => html`<li><code>${entry.feature}</code> (${entry.weight > 0 ? '+' : ''}${entry.weight.toFixed(3)})</li>`)}</ul>`
      : html`<p>None yet.</p>`;
  return html`<p id="model-status">Cross-validated on <span id="model-count">${model.count}</span> ratings (${model.folds} folds):
AUC <strong id="model-auc">${model.auc === null ? 'n/a' : model.auc.toFixed(3)}</strong> (0.5 is chance),
exact grade <strong id="model-accuracy">${percent(model.accuracy)}</strong> (always guessing the commonest grade: ${percent(model.baseline)}).</p>
<div class="inline">
<div><h3>Raises a posting</h3>${features(model.positive)}</div>
<div><h3>Lowers a posting</h3>${features(model.negative)}</div>
</div>`;
}

/** Rating page: the model panel, unrated postings with rate forms, and the ratings given. */
export function ratePage({ csrf, model, unrated, rated }) {
  return layout({
    title: 'Rate postings',
    path: '/rate',
    body: html`<h1>Rate postings</h1>
<p>Rate postings from 0 (not at all) to 3 (ideal). Rolefit's desirability model learns your taste from these ratings alone; the figures below are re-measured after each rating.</p>
<section aria-labelledby="model-heading" aria-live="polite">
<h2 id="model-heading">What the model has learned</h2>
${modelPanel(model)}
</section>
<section aria-labelledby="unrated-heading">
<h2 id="unrated-heading">Postings to rate</h2>
${
  unrated.length
    ? html`<ul id="unrated">${unrated.map((job) => html`<li data-job-id="${job.id}"><h3>${jobHeading(job)}</h3>${jobFacts(job)}${rateForm({ csrf, job, next: '/rate' })}</li>`)}</ul>`
    : html`<p>You have rated every stored posting.</p>`
}
</section>
<section aria-labelledby="rated-heading">
<h2 id="rated-heading">Your ratings</h2>
${rated.length ? html`<ul id="rated">${rated.map(({ job, rating }) => html`<li>${job.title}${job.company ? ` — ${job.company}` : ''}: <strong>${rating}</strong></li>`)}</ul>` : html`<p>None yet.</p>`}
</section>`,
  });
}

/** Match history: every recommendation shown to this person, newest first, and the feedback they gave. */
export function historyPage({ matches, feedback, titles }) {
  const title = (jobId) => titles.get(jobId) ?? jobId;
  return layout({
    title: 'Match history',
    path: '/history',
    body: html`<h1>Match history</h1>
<section aria-labelledby="matches-heading">
<h2 id="matches-heading">Jobs recommended to you</h2>
${
  matches.length
    ? html`<table id="history">
<caption>Newest first; each visit to the recommendations page adds its list</caption>
<thead><tr><th scope="col">When (UTC)</th><th scope="col">Job</th><th scope="col">Fit</th><th scope="col">Ranker</th></tr></thead>
<tbody>${matches.map((match) => html`<tr><td>${match.createdAt.toISOString().slice(0, 19).replace('T', ' ')}</td><th scope="row">${title(match.jobId)}</th><td>${match.score.toFixed(3)}</td><td>${match.ranker}</td></tr>`)}</tbody>
</table>`
    : html`<p>Nothing yet: <a href="/recommendations">see your recommendations</a>.</p>`
}
</section>
<section aria-labelledby="feedback-heading">
<h2 id="feedback-heading">Your feedback</h2>
${feedback.length ? html`<ul>${feedback.map((item) => html`<li>${title(item.jobId)}: ${item.action ?? ''}${item.action && item.rating !== undefined ? ', ' : ''}${item.rating !== undefined ? `rated ${item.rating}` : ''}</li>`)}</ul>` : html`<p>None yet.</p>`}
</section>`,
  });
}

/** An error page: what went wrong, which field, and a way back. */
export function errorPage({ status, title, message, field }) {
  return layout({
    title,
    path: '',
    body: html`<section class="error" role="alert" aria-labelledby="error-heading">
<h1 id="error-heading">${title}</h1>
<p id="error-message">${message}</p>
${field ? html`<p>Field: <code id="error-field">${field}</code></p>` : ''}
<p class="hint">HTTP status ${status}.</p>
</section>
<p><a href="/">Back to the start</a></p>`,
  });
}
