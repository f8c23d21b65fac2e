import { RolefitError } from './rolefit-error.js';

/**
 * Thrown when a store's file cannot be read back: unreadable, not JSON, of an unknown format or version, or with a
 * malformed section (wrong type, invalid record, odd-length or non-finite vector, corrupt journal line).
 */
export class StoreFileError extends RolefitError {
  override readonly name: string = 'StoreFileError';
  /** Always `ROLEFIT_STORE_FILE`. */
  declare readonly code: 'ROLEFIT_STORE_FILE';
  /** The file that failed. */
  readonly path: string;
  /** The malformed part, e.g. `jobs`, `jobs[3]`, `vectors[0].vector` or `journal line 12`; undefined for the file as a whole. */
  readonly section: string | undefined;

  constructor(path: string, message: string, options?: { cause?: unknown; section?: string | undefined }) {
    // One line: JSON.parse quotes a short file whole, newlines included ("garbage\n" is not valid JSON), and a command
    // line that prints an error's first line cut it there.
    const line = message.replace(/\s*\n\s*/g, ' ');
    super('ROLEFIT_STORE_FILE', `${path}: ${options?.section ? `${options.section} ` : ''}${line}`, {
      cause: options?.cause,
    });
    this.path = path;
    this.section = options?.section;
  }
}

/** One item a store refused while writing the rest of its batch. */
export interface UpsertFailure {
  /** The item's id (the job id). */
  id: string;
  /** Why it was refused. */
  reason: string;
  /** HTTP-like status where the backend has one (e.g. 400 or 429). */
  status?: number | undefined;
  /** The backend's error type, e.g. `document_parsing_exception` or `too_large`. */
  type?: string | undefined;
}

/**
 * Thrown when a write stops part-way (e.g. a request refused for good after some batches were written): `result`
 * says what was written and lists in `failed` every item that was not.
 */
export class StoreWriteError extends RolefitError {
  override readonly name: string = 'StoreWriteError';
  /** Always `ROLEFIT_STORE_WRITE`. */
  declare readonly code: 'ROLEFIT_STORE_WRITE';
  /** What was written before the failure; `failed` lists every item not written. */
  readonly result: { inserted: number; updated: number; failed: UpsertFailure[] };

  constructor(
    message: string,
    result: { inserted: number; updated: number; failed: UpsertFailure[] },
    options?: { cause?: unknown },
  ) {
    super('ROLEFIT_STORE_WRITE', message, { cause: options?.cause });
    this.result = result;
  }
}

/** Thrown when vectors of different lengths are mixed in one store or query. */
export class VectorDimensionError extends RolefitError {
  override readonly name: string = 'VectorDimensionError';
  /** Always `ROLEFIT_VECTOR_DIMENSION`. */
  declare readonly code: 'ROLEFIT_VECTOR_DIMENSION';

  constructor(
    /** Length the store holds. */
    readonly expected: number,
    /** Length that was given. */
    readonly actual: number,
    /** Which item carried it. */
    readonly id?: string,
  ) {
    super(
      'ROLEFIT_VECTOR_DIMENSION',
      `Vector${id ? ` for ${id}` : ''} has ${actual} dimensions; this store holds ${expected}-dimensional vectors`,
    );
  }
}

/**
 * A store's files are held by another process that is still running (a MemoryStore's `<path>.lock`): two processes
 * writing one store would lose each other's changes. Close the store in the other process, or delete the lock file
 * (`lockPath`) when no such process runs.
 */
export class StoreLockedError extends StoreFileError {
  override readonly name: string = 'StoreLockedError';
  /** The process that holds the store, when the lock file says. */
  readonly pid: number | undefined;
  /** The host that process runs on, when the lock file says. */
  readonly host: string | undefined;
  /** The lock file. */
  readonly lockPath: string;

  constructor(
    path: string,
    message: string,
    details: { pid?: number | undefined; host?: string | undefined; lockPath: string },
  ) {
    super(path, message);
    this.pid = details.pid;
    this.host = details.host;
    this.lockPath = details.lockPath;
  }
}
