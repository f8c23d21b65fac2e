// The shapes a dev-set builder reads and writes. Records are written as JSON lines in the order their keys are set,
// so a builder sets optional keys in a fixed order and only when they have a value.
import type { QueryDirection } from '../harness/dataset.js';

/** A place as the dataset loader reads it (each part only when the source has it). */
export interface DevLocation {
  city?: string | undefined;
  region?: string | undefined;
  country?: string | undefined;
}

/** One line of a set's jobs.jsonl. */
export interface DevJob {
  id: string;
  source: string;
  title: string;
  description: string;
  company?: string | undefined;
  location?: DevLocation | undefined;
  employmentType?: string | undefined;
  experienceLevel?: string | undefined;
  salary?: { min: number; max: number; currency: string; period: string } | undefined;
  skills?: string[] | undefined;
}

/** One line of a set's resumes.jsonl. */
export interface DevResume {
  id: string;
  text: string;
}

/** One judgement of qrels.tsv: how relevant the job is to the résumé, 0–3. */
export interface Qrel {
  resumeId: string;
  jobId: string;
  grade: number;
}

/** The jobs, résumés and judgements of one dataset folder. */
export interface DevSetData {
  jobs: DevJob[];
  resumes: DevResume[];
  qrels: Qrel[];
}

/** A built set: its two splits, the README text that describes it, and the side that ranks the other. */
export interface DevSet {
  name: string;
  splits: { train: DevSetData; test: DevSetData };
  describe: string;
  query: QueryDirection;
}
