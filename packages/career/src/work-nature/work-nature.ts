import { loadOccupationKnowledge, type Job, type OccupationKnowledge } from '@rolefit/core';
import { checkRecordArgument, checkTextArgument } from '@rolefit/core/internal';
import physicalWork from './data/onet-physical-work.json' with { type: 'json' };

/** How physical a job's work is, from the O*NET occupations its title and description name. */
export interface WorkNature {
  /** Share of the occupations' listed tools and software that are physical tools, in [0, 1]: 0 desk work, 1 hands-on. */
  physical: number;
  /** The occupations it is read from, strongest first, with each one's physical share. */
  occupations: Array<{ label: string; socCode: string; physical: number }>;
}

/** Reads the nature of jobs' work; built once by {@link loadWorkNatureReader}. */
export interface WorkNatureReader {
  /** The nature of a job's work, or undefined when no occupation with O*NET tool data is named in it. */
  of(job: Pick<Job, 'title' | 'description'>): WorkNature | undefined;
}

/** The physical share of every O*NET-SOC occupation, from the shipped file (see its `about`). */
export const PHYSICAL_SHARE_BY_SOC: Readonly<Record<string, number>> = Object.freeze(
  (physicalWork as { occupations: Record<string, number> }).occupations,
);

/** Description characters read after the title; the title weighs most. */
const DESCRIPTION_CHARACTERS = 1500;
/** Weight of the description against the title (1). */
const DESCRIPTION_WEIGHT = 0.15;
/** Occupations kept per job. */
const OCCUPATIONS_KEPT = 3;

/** A reader over core's ESCO/O*NET occupation knowledge (loaded lazily, once) and the shipped physical shares. */
export async function loadWorkNatureReader(knowledge?: OccupationKnowledge): Promise<WorkNatureReader> {
  const occupations = knowledge ?? (await loadOccupationKnowledge());
  const cache = new Map<string, WorkNature | undefined>();
  return {
    of(job) {
      // A job of the wrong kind was "(reading 'title')" or "(reading 'slice')" (round 18): its two texts checked.
      const { title, description } = checkRecordArgument(
        'WorkNatureReader.of',
        'job',
        job,
        'a Job ({ title, description })',
      );
      checkTextArgument('WorkNatureReader.of', 'job.title', title);
      checkTextArgument('WorkNatureReader.of', 'job.description', description);
      const key = `${job.title}\u0000${job.description.slice(0, DESCRIPTION_CHARACTERS)}`;
      if (cache.has(key)) return cache.get(key);
      const found = occupations
        .findOccupations(
          [
            { text: job.title, weight: 1, title: true },
            { text: job.description.slice(0, DESCRIPTION_CHARACTERS), weight: DESCRIPTION_WEIGHT },
          ],
          { limit: 10 },
        )
        .flatMap((match) => {
          const socCode = match.occupation.socCode;
          const physical = socCode === undefined ? undefined : PHYSICAL_SHARE_BY_SOC[socCode];
          return physical === undefined || socCode === undefined
            ? []
            : [{ label: match.occupation.label, socCode, physical, score: match.score }];
        })
        .slice(0, OCCUPATIONS_KEPT);
      const total = found.reduce((sum, match) => sum + match.score, 0);
      const nature =
        found.length === 0 || !(total > 0)
          ? undefined
          : {
              physical: found.reduce((sum, match) => sum + match.score * match.physical, 0) / total,
              occupations: found.map(({ label, socCode, physical }) => ({ label, socCode, physical })),
            };
      cache.set(key, nature);
      return nature;
    },
  };
}
