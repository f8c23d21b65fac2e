import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** One labelled resume from the DataTurks "Entity Recognition in Resumes" set (see shared/data/SOURCES.md). */
export interface DataturksResume {
  id: string;
  text: string;
  /** Labelled spans per field; an empty list does not mean the field is absent (annotation is incomplete). */
  fields: Record<
    'name' | 'email' | 'skills' | 'companies' | 'designation' | 'degree' | 'college' | 'graduation_year' | 'location',
    string[]
  >;
}

// The data lives beside the checkout, not in it (it may not be redistributed); ROLEFIT_DATA points elsewhere.
const repositoryRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const dataDirectory = process.env.ROLEFIT_DATA ?? path.resolve(repositoryRoot, '../shared/data');

/** Path of the DataTurks resumes file (JSON lines). */
export const DATATURKS_FILE = path.join(dataDirectory, 'dataturks-dev', 'resumes.jsonl');

/** Reads every labelled resume, or an empty list when the file is absent. */
export function readDataturks(): DataturksResume[] {
  if (!existsSync(DATATURKS_FILE)) return [];
  return readFileSync(DATATURKS_FILE, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as DataturksResume);
}
