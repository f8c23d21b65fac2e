#!/usr/bin/env node
// Builds the occupation knowledge file shipped in @rolefit/core from the ESCO v1.2 and O*NET text files.
//
//   node scripts/build-esco-data.mjs [--data DIR] [--out FILE]
//
// DIR defaults to $ROLEFIT_DATA or <repo>/../shared/data; FILE to
// packages/core/src/skills/esco/data/occupation-knowledge.json. The knowledge itself is deterministic: the same
// input files give the same JSON (every list is sorted or kept in file order, no dates, no randomness); its
// sha256 is recorded. That JSON (about 2.9 MB) is stored gzipped and base64-encoded inside a small JSON wrapper
// (about 0.85 MB), because a .json file is bundled by every tool the packages use (tsup, esbuild, vitest) with no
// loader settings, and the runtime imports it lazily and inflates it with node:zlib.
//
// Sources (only these, whose publishers allow reuse with attribution):
// - ESCO v1.2 (esco-v1.2/): occupations_en.csv, ISCOGroups_en.csv, skillSkillRelations_en.csv and the skill
//   collections that carry URIs (digital, transversal, language, research). © European Union, ESCO,
//   https://esco.ec.europa.eu, reused under the Commission's reuse policy (Decision 2011/833/EU).
// - O*NET (onet-db/): Occupation Data.txt, Alternate Titles.txt, Technology Skills.txt. O*NET® is a trademark
//   of the US Department of Labor, Employment and Training Administration; the database is CC BY 4.0.
// Nothing from a source without a stated licence is read.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Format version of the output; bump when the shape changes. */
export const FORMAT_VERSION = 1;

/** How many technology skills each O*NET occupation keeps (hot technologies first, then the most widely used). */
const SKILLS_PER_OCCUPATION = 40;
/** Alternate titles longer than this many words are dropped: nobody writes them in a title line. */
const MAX_TITLE_WORDS = 6;

export const ATTRIBUTION = [
  'Derived by scripts/build-esco-data.mjs from ESCO v1.2 and O*NET; do not edit by hand.',
  'ESCO: © European Union, https://esco.ec.europa.eu — reused under the European Commission reuse policy (Decision 2011/833/EU), with attribution; modified (labels selected and linked).',
  'O*NET: O*NET® database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), CC BY 4.0, https://www.onetcenter.org — modified (titles and technology skills selected); USDOL/ETA has not approved, endorsed or tested these modifications.',
].join(' ');

/** Parses CSV (RFC 4180: quoted fields may hold commas, quotes and line breaks) into rows of strings. */
export function parseCsv(text, delimiter = ',') {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (quoted) {
      if (character === '"') {
        if (text[index + 1] === '"') {
          field += '"';
          index++;
        } else quoted = false;
      } else field += character;
    } else if (character === '"' && field === '') quoted = true;
    else if (character === delimiter) {
      row.push(field);
      field = '';
    } else if (character === '\n' || character === '\r') {
      if (character === '\r' && text[index + 1] === '\n') index++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += character;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((cells) => !(cells.length === 1 && cells[0] === ''));
}

/** Rows as objects keyed by the header row. */
function readTable(path, delimiter = ',') {
  const [header, ...rows] = parseCsv(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), delimiter);
  return rows.map((cells) => Object.fromEntries(header.map((name, index) => [name, cells[index] ?? ''])));
}

/** Tab-separated O*NET files have no quoting. */
function readTsv(path) {
  const [header, ...lines] = readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line !== '');
  const names = header.split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(names.map((name, index) => [name, (cells[index] ?? '').trim()]));
  });
}

/** Lower-case words of a label, the same way the runtime matcher reads text. */
export function labelKey(label) {
  return (
    label
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+(?:[+#]+|(?:\.[\p{L}\p{N}]+)+)?/gu) ?? []
  ).join(' ');
}

const splitLines = (cell) =>
  cell
    .split(/\n|\s\|\s/)
    .map((value) => value.trim())
    .filter((value) => value !== '');
const wordCount = (label) => labelKey(label).split(' ').filter(Boolean).length;
const compareStrings = (left, right) => (left < right ? -1 : left > right ? 1 : 0);

/** Alternate labels other than the preferred one, each key once, short enough to be a title, sorted. */
function cleanAlternates(preferred, alternates) {
  const seen = new Set([labelKey(preferred)]);
  const kept = [];
  for (const alternate of alternates) {
    const key = labelKey(alternate);
    if (key === '' || seen.has(key) || wordCount(alternate) > MAX_TITLE_WORDS) continue;
    seen.add(key);
    kept.push(alternate);
  }
  return kept.sort(compareStrings);
}

// O*NET titles are plural ("Software Developers"); alternate titles and ESCO labels are singular.
function singular(key) {
  const words = key.split(' ');
  const last = words.at(-1) ?? '';
  if (/(ches|shes|sses|xes)$/.test(last)) words[words.length - 1] = last.slice(0, -2);
  else if (/[^aeiou]ies$/.test(last)) words[words.length - 1] = `${last.slice(0, -3)}y`;
  else if (/[^s]s$/.test(last)) words[words.length - 1] = last.slice(0, -1);
  return words.join(' ');
}

/** Builds the knowledge object from the data folder. */
export function buildOccupationKnowledge(dataDirectory) {
  const esco = join(dataDirectory, 'esco-v1.2');
  const onet = join(dataDirectory, 'onet-db');

  // ISCO groups: code → label, every level (1 to 4 digits).
  const iscoGroups = {};
  for (const row of readTable(join(esco, 'ISCOGroups_en.csv'))) {
    if (/^\d{1,4}$/.test(row.code)) iscoGroups[row.code] = row.preferredLabel.trim();
  }

  // Skills. Index 0.. in a sorted order so the file is stable; ESCO skills that carry URIs, then O*NET technologies.
  const skillByKey = new Map(); // labelKey → { label, alternates:Set, uri?, commodity?, hot, occupations }
  const uriToKey = new Map();
  const addSkill = (label, alternates = []) => {
    const key = labelKey(label);
    if (key === '') return undefined;
    let skill = skillByKey.get(key);
    if (skill === undefined) {
      skill = {
        label: label.trim(),
        alternates: new Set(),
        broader: new Set(),
        commodity: undefined,
        hot: false,
        socs: new Set(),
      };
      skillByKey.set(key, skill);
    }
    for (const alternate of alternates) skill.alternates.add(alternate);
    return key;
  };
  for (const file of [
    'digitalSkillsCollection_en.csv',
    'transversalSkillsCollection_en.csv',
    'languageSkillsCollection_en.csv',
    'researchSkillsCollection_en.csv',
  ]) {
    for (const row of readTable(join(esco, file))) {
      if (row.status && row.status !== 'released') continue;
      const key = addSkill(row.preferredLabel, splitLines(row.altLabels));
      if (key === undefined) continue;
      uriToKey.set(row.conceptUri, key);
      // The broader concept of a digital skill is often a skill too ("Haskell" → "computer programming").
      const uris = row.broaderConceptUri.split('|').map((value) => value.trim());
      const labels = row.broaderConceptPT.split('|').map((value) => value.trim());
      uris.forEach((uri, index) => {
        if (!uri.includes('/esco/skill/') || !labels[index]) return;
        const parent = addSkill(labels[index]);
        if (parent === undefined || parent === key) return;
        if (!uriToKey.has(uri)) uriToKey.set(uri, parent);
        skillByKey.get(key).broader.add(parent);
      });
    }
  }

  // O*NET occupations and their technology skills.
  const onetOccupations = new Map(); // soc → { title, alternates:Set, skills: Map<key, score> }
  for (const row of readTsv(join(onet, 'Occupation Data.txt'))) {
    onetOccupations.set(row['O*NET-SOC Code'], { title: row.Title, alternates: new Set(), skills: new Map() });
  }
  for (const row of readTsv(join(onet, 'Alternate Titles.txt'))) {
    const occupation = onetOccupations.get(row['O*NET-SOC Code']);
    if (occupation === undefined) continue;
    occupation.alternates.add(row['Alternate Title']);
    if (row['Short Title'] && row['Short Title'] !== 'n/a') occupation.alternates.add(row['Short Title']);
  }
  const commodityTitles = new Map();
  for (const row of readTsv(join(onet, 'Technology Skills.txt'))) {
    const occupation = onetOccupations.get(row['O*NET-SOC Code']);
    const key = addSkill(row.Example);
    if (occupation === undefined || key === undefined) continue;
    const skill = skillByKey.get(key);
    commodityTitles.set(row['Commodity Code'], row['Commodity Title']);
    skill.commodity ??= row['Commodity Code'];
    skill.hot ||= row['Hot Technology'] === 'Y';
    skill.socs.add(row['O*NET-SOC Code']);
    occupation.skills.set(key, (row['Hot Technology'] === 'Y' ? 2 : 0) + (row['In Demand'] === 'Y' ? 1 : 0));
  }

  // ESCO skill ↔ skill relations where both ends have a label here.
  const relations = [];
  for (const row of readTable(join(esco, 'skillSkillRelations_en.csv'))) {
    const from = uriToKey.get(row.originalSkillUri);
    const to = uriToKey.get(row.relatedSkillUri);
    if (from === undefined || to === undefined || from === to) continue;
    relations.push([from, to, row.relationType === 'essential' ? 1 : 0]);
  }

  // Skill table, sorted by key; drop O*NET technologies used by a single occupation unless hot (vendor one-offs).
  const keptKeys = [...skillByKey.keys()]
    .filter((key) => {
      const skill = skillByKey.get(key);
      return skill.commodity === undefined || skill.socs.size >= 2 || skill.hot;
    })
    .sort(compareStrings);
  const skillIndex = new Map(keptKeys.map((key, index) => [key, index]));
  const commodityCodes = [
    ...new Set(keptKeys.map((key) => skillByKey.get(key).commodity).filter((code) => code !== undefined)),
  ].sort(compareStrings);
  const commodityIndex = new Map(commodityCodes.map((code, index) => [code, index]));
  const skills = keptKeys.map((key) => {
    const skill = skillByKey.get(key);
    return [skill.label, cleanAlternates(skill.label, [...skill.alternates])];
  });
  const skillCommodity = keptKeys.map((key) => {
    const code = skillByKey.get(key).commodity;
    return code === undefined ? -1 : commodityIndex.get(code);
  });
  const links = [];
  const linkSeen = new Set();
  const addLink = (from, to, kind) => {
    const a = skillIndex.get(from);
    const b = skillIndex.get(to);
    if (a === undefined || b === undefined || a === b) return;
    const id = `${Math.min(a, b)} ${Math.max(a, b)} ${kind}`;
    if (linkSeen.has(id)) return;
    linkSeen.add(id);
    links.push([a, b, kind]);
  };
  // Kinds: 0 optional, 1 essential (ESCO relations), 2 broader (from is narrower than to).
  for (const [from, to, kind] of relations) addLink(from, to, kind);
  for (const key of keptKeys) for (const parent of skillByKey.get(key).broader) addLink(key, parent, 2);
  links.sort((left, right) => left[0] - right[0] || left[1] - right[1] || left[2] - right[2]);

  // Link each ESCO occupation to the O*NET occupation whose titles share most of its labels.
  const socByTitleKey = new Map(); // key → Map<soc, weight>
  const addTitle = (key, soc, weight) => {
    if (key === '') return;
    let socs = socByTitleKey.get(key);
    if (socs === undefined) socByTitleKey.set(key, (socs = new Map()));
    socs.set(soc, Math.max(socs.get(soc) ?? 0, weight));
  };
  for (const [soc, occupation] of onetOccupations) {
    const titleKey = labelKey(occupation.title);
    addTitle(titleKey, soc, 3);
    addTitle(singular(titleKey), soc, 3);
    for (const alternate of occupation.alternates) addTitle(labelKey(alternate), soc, 1);
  }
  const escoRows = readTable(join(esco, 'occupations_en.csv')).filter(
    (row) => row.conceptType === 'Occupation' && (!row.status || row.status === 'released'),
  );
  escoRows.sort(
    (left, right) =>
      compareStrings(left.preferredLabel, right.preferredLabel) || compareStrings(left.conceptUri, right.conceptUri),
  );
  const bestSoc = (labels, preferred) => {
    const votes = new Map();
    labels.forEach((label) => {
      const socs = socByTitleKey.get(labelKey(label));
      if (socs === undefined) return;
      // The label a title is known by counts most; a label shared by many occupations counts little.
      const share = (label === preferred ? 3 : 1) / socs.size;
      for (const [soc, weight] of socs) votes.set(soc, (votes.get(soc) ?? 0) + share * weight);
    });
    let best;
    let bestVotes = 0;
    for (const [soc, count] of [...votes].sort((left, right) => compareStrings(left[0], right[0]))) {
      if (count > bestVotes) [best, bestVotes] = [soc, count];
    }
    return bestVotes >= 1 ? best : undefined;
  };

  const occupations = [];
  const iscoVotes = new Map(); // soc → Map<isco, votes>
  for (const row of escoRows) {
    const alternates = cleanAlternates(
      row.preferredLabel,
      splitLines(row.altLabels).concat(splitLines(row.hiddenLabels ?? '')),
    );
    const isco = /^\d{4}$/.test(row.iscoGroup) ? row.iscoGroup : '';
    const soc = bestSoc([row.preferredLabel, ...alternates], row.preferredLabel) ?? '';
    if (soc && isco) {
      let votes = iscoVotes.get(soc);
      if (votes === undefined) iscoVotes.set(soc, (votes = new Map()));
      votes.set(isco, (votes.get(isco) ?? 0) + 1);
    }
    occupations.push([row.preferredLabel.trim(), alternates, isco, soc, 0]);
  }
  // O*NET occupations: their ISCO group is the one most of their linked ESCO occupations have.
  const socSkills = {};
  for (const [soc, occupation] of [...onetOccupations].sort((left, right) => compareStrings(left[0], right[0]))) {
    const votes = [...(iscoVotes.get(soc) ?? new Map())].sort(
      (left, right) => right[1] - left[1] || compareStrings(left[0], right[0]),
    );
    const isco = votes[0]?.[0] ?? '';
    occupations.push([occupation.title, cleanAlternates(occupation.title, [...occupation.alternates]), isco, soc, 1]);
    const ranked = [...occupation.skills]
      .filter(([key]) => skillIndex.has(key))
      .sort(
        (left, right) =>
          right[1] - left[1] ||
          skillByKey.get(right[0]).socs.size - skillByKey.get(left[0]).socs.size ||
          compareStrings(left[0], right[0]),
      )
      .slice(0, SKILLS_PER_OCCUPATION)
      .map(([key]) => skillIndex.get(key));
    if (ranked.length > 0) socSkills[soc] = ranked;
  }

  return {
    about: ATTRIBUTION,
    version: FORMAT_VERSION,
    // [preferred label, alternate labels, ISCO-08 unit group ('' when unknown), O*NET-SOC code ('' when none), source 0 ESCO / 1 O*NET]
    occupations,
    iscoGroups,
    // [label, alternate labels]
    skills,
    // Per skill, an index into commodities (the O*NET technology class), or -1.
    skillCommodity,
    commodities: commodityCodes.map((code) => commodityTitles.get(code)),
    // [skill, skill, kind]: 0 ESCO optional, 1 ESCO essential, 2 the first is narrower than the second (ESCO broader concept).
    skillLinks: links,
    // O*NET-SOC code → skill indices, most important first.
    occupationSkills: socSkills,
  };
}

/** The file written: attribution and counts in the clear, the knowledge (serialized) gzipped and base64-encoded. */
export function wrap(knowledge) {
  const text = serialize(knowledge);
  const gzipped = gzipSync(Buffer.from(text, 'utf8'), { level: constants.Z_BEST_COMPRESSION });
  const wrapper = {
    about: ATTRIBUTION,
    version: FORMAT_VERSION,
    encoding: 'gzip+base64',
    sha256: createHash('sha256').update(text).digest('hex'),
    counts: {
      occupations: knowledge.occupations.length,
      skills: knowledge.skills.length,
      skillLinks: knowledge.skillLinks.length,
      occupationsWithSkills: Object.keys(knowledge.occupationSkills).length,
    },
    data: gzipped.toString('base64'),
  };
  return `${JSON.stringify(wrapper, null, 1)}\n`;
}

/** Compact, stable JSON: one record per line. */
export function serialize(knowledge) {
  const lines = ['{'];
  const entries = Object.entries(knowledge);
  entries.forEach(([name, value], index) => {
    const comma = index < entries.length - 1 ? ',' : '';
    if (Array.isArray(value) && value.length > 0) {
      lines.push(`${JSON.stringify(name)}:[`);
      value.forEach((item, itemIndex) =>
        lines.push(`${JSON.stringify(item)}${itemIndex < value.length - 1 ? ',' : ''}`),
      );
      lines.push(`]${comma}`);
    } else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const keys = Object.keys(value).sort(compareStrings);
      lines.push(`${JSON.stringify(name)}:{`);
      keys.forEach((key, keyIndex) =>
        lines.push(`${JSON.stringify(key)}:${JSON.stringify(value[key])}${keyIndex < keys.length - 1 ? ',' : ''}`),
      );
      lines.push(`}${comma}`);
    } else lines.push(`${JSON.stringify(name)}:${JSON.stringify(value)}${comma}`);
  });
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

function parseArguments(argv) {
  const options = {
    data: process.env.ROLEFIT_DATA ?? join(root, '..', 'shared', 'data'),
    out: join(root, 'packages/core/src/skills/esco/data/occupation-knowledge.json'),
  };
  for (let index = 0; index < argv.length; index++) {
    const name = argv[index];
    const value = argv[index + 1];
    if ((name === '--data' || name === '--out') && value !== undefined) {
      options[name.slice(2)] = value;
      index++;
    } else throw new Error(`unknown argument ${name}; usage: build-esco-data.mjs [--data DIR] [--out FILE]`);
  }
  return options;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const options = parseArguments(process.argv.slice(2));
  const knowledge = buildOccupationKnowledge(options.data);
  const text = wrap(knowledge);
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, text);
  process.stdout.write(
    `wrote ${options.out}: ${(text.length / 1024).toFixed(0)} KiB, ${knowledge.occupations.length} occupations, ${knowledge.skills.length} skills, ` +
      `${knowledge.skillLinks.length} skill links, ${Object.keys(knowledge.occupationSkills).length} occupations with skills\n`,
  );
}
