// One recommend in a fresh process, as `rolefit recommend` runs it: load the saved store, (optionally) open the
// default ranker's saved job readings, recommend for one resume, print the timings as one JSON line. Run by
// recommend-scale.mjs: node recommend-fresh-process.mjs STORE [FEATURES|-] [warm|cold]. With `warm`, the
// knowledge's and the skill taxonomy's first lookups run before the recommend (timed on their own); they built the word
// trees once, which are now built only after 20,000 words matched, so a process that reads one resume builds none.
import {
  createMemoryStore,
  createPipeline,
  getDefaultSkillTaxonomy,
  loadOccupationKnowledge,
  parseResume,
} from '@rolefit/core';
import { sampleResumes } from '@rolefit/core/samples';
import { createDefaultRanker, openJobFeatures } from '@rolefit/rankers';

const [storePath, featuresPath = '-', warmth = 'cold'] = process.argv.slice(2);
const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
async function time(work) {
  const cpu = cpuNow();
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, cpuMs: cpuNow() - cpu, value };
}
const store = createMemoryStore({ path: storePath, autosave: false });
const open = await time(() => store.open());
// The occupation knowledge (ESCO / O*NET) loads once per process whatever the ranker reads back.
const knowledge = await time(() => loadOccupationKnowledge());
// First lookups, once per process (related-skill lists; the word trees only after 20,000 words).
const lazy = await time(async () => {
  if (warmth !== 'warm') return;
  knowledge.value.findOccupations([{ text: 'software engineer', weight: 1, title: true }]);
  knowledge.value.findSkills('python and project management');
  knowledge.value.relatedSkills('Python', { limit: 30 });
  getDefaultSkillTaxonomy().extractNames('python and project management');
});
const features = await time(() => (featuresPath === '-' ? undefined : openJobFeatures(featuresPath)));
const pipeline = createPipeline({
  store,
  ranker: createDefaultRanker(features.value ? { jobFeatures: features.value } : {}),
});
const resume = parseResume(sampleResumes[0]);
const first = await time(() => pipeline.recommend({ resume, record: false }));
const second = await time(() => pipeline.recommend({ resume, record: false }));
process.stdout.write(
  `${JSON.stringify({
    processMs: performance.now(),
    processCpuMs: cpuNow(),
    openMs: open.ms,
    openCpuMs: open.cpuMs,
    knowledgeMs: knowledge.ms,
    knowledgeCpuMs: knowledge.cpuMs,
    lazyIndexesMs: lazy.ms,
    lazyIndexesCpuMs: lazy.cpuMs,
    featuresOpenMs: features.ms,
    firstMs: first.ms,
    firstCpuMs: first.cpuMs,
    secondMs: second.ms,
    secondCpuMs: second.cpuMs,
    counts: features.value?.counts,
    top: first.value.map((item) => [item.job.id, item.match.score]),
  })}\n`,
);
features.value?.close();
await store.close();
