#!/usr/bin/env node
// Builds the "how physical is this occupation" file shipped in @rolefit/career from O*NET's Tools Used and
// Technology Skills files.
//
//   node scripts/build-work-nature-data.mjs [--data DIR] [--out FILE]
//
// DIR defaults to $ROLEFIT_DATA_DIR or <repo>/../shared/data; FILE to
// packages/career/src/work-nature/data/onet-physical-work.json. Deterministic: the same input gives the same file.
//
// Method: O*NET lists, per occupation, the tools (Tools Used.txt) and the software (Technology Skills.txt) its
// workers use, each classified by a UNSPSC commodity code. An occupation's physical share is the share of those
// items that are physical tools and equipment: tools whose UNSPSC segment is not desk equipment. Desk equipment is
// segment 43 (IT, broadcasting and telecommunications), 44 (office equipment and supplies) and 55 (published
// products); every technology skill is software, so it counts as desk work. Carpenters come out near 0.83, data
// scientists at 0. The only rule is which UNSPSC segments are desk equipment; no occupation is labelled by hand.
//
// Source (its publisher allows reuse with attribution): O*NET (onet-db/): Tools Used.txt, Technology Skills.txt.
// O*NET® is a trademark of the US Department of Labor, Employment and Training Administration; CC BY 4.0.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseScriptArguments } from './script-arguments.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Format version of the output; bump when the shape changes. */
export const FORMAT_VERSION = 1;
/** UNSPSC segments (first two digits of a commodity code) that are desk equipment, not physical tools. */
export const DESK_SEGMENTS = ['43', '44', '55'];
/** Occupations with fewer listed tools and software than this are left out: too little evidence. */
export const MIN_ITEMS = 5;

export const ATTRIBUTION =
  'Derived by scripts/build-work-nature-data.mjs from O*NET Tools Used and Technology Skills; do not edit by hand. ' +
  'O*NET: O*NET® database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), CC BY 4.0, https://www.onetcenter.org — ' +
  'modified (tools and software counted per occupation); USDOL/ETA has not approved, endorsed or tested these modifications.';

/** The rows of an O*NET tab-separated file with a header row, as objects. */
function readTsv(text) {
  const [header, ...lines] = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const names = header.split('\t');
  return lines.map((line) => Object.fromEntries(line.split('\t').map((value, index) => [names[index], value])));
}

/**
 * Physical share per O*NET-SOC code from the text of Tools Used.txt and Technology Skills.txt: physical tools /
 * (tools + software), rounded to 2 decimals, for occupations with at least MIN_ITEMS items; codes sorted.
 */
export function physicalShares(toolsText, technologyText) {
  const counts = new Map();
  const entry = (code) => counts.get(code) ?? counts.set(code, { physical: 0, total: 0 }).get(code);
  for (const row of readTsv(toolsText)) {
    const item = entry(row['O*NET-SOC Code']);
    item.total += 1;
    if (!DESK_SEGMENTS.includes(String(row['Commodity Code']).slice(0, 2))) item.physical += 1;
  }
  for (const row of readTsv(technologyText)) entry(row['O*NET-SOC Code']).total += 1;
  const shares = {};
  for (const code of [...counts.keys()].sort()) {
    const { physical, total } = counts.get(code);
    if (total >= MIN_ITEMS) shares[code] = Math.round((physical / total) * 100) / 100;
  }
  return shares;
}

/** The file's JSON from the O*NET folder. */
export function buildWorkNatureData(dataDirectory) {
  const onet = join(dataDirectory, 'onet-db');
  const occupations = physicalShares(
    readFileSync(join(onet, 'Tools Used.txt'), 'utf8'),
    readFileSync(join(onet, 'Technology Skills.txt'), 'utf8'),
  );
  return { about: ATTRIBUTION, version: FORMAT_VERSION, deskSegments: DESK_SEGMENTS, minItems: MIN_ITEMS, occupations };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseScriptArguments(import.meta.url, {
    options: { data: { type: 'string' }, out: { type: 'string' } },
  });
  const data = values.data ?? process.env.ROLEFIT_DATA_DIR ?? join(root, '..', 'shared', 'data');
  const out = values.out ?? join(root, 'packages/career/src/work-nature/data/onet-physical-work.json');
  const built = buildWorkNatureData(data);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(built, null, 1)}\n`);
  console.error(`wrote ${Object.keys(built.occupations).length} occupations to ${out}`);
}
