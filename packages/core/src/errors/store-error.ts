/** Thrown when a store's file cannot be read back: unreadable, not JSON, or of an unknown format or version. */
export class StoreFileError extends Error {
  override readonly name = 'StoreFileError';
  /** The file that failed. */
  readonly path: string;

  constructor(path: string, message: string, options?: { cause?: unknown }) {
    super(`${path}: ${message}`, options);
    this.path = path;
  }
}

/** Thrown when vectors of different lengths are mixed in one store or query. */
export class VectorDimensionError extends Error {
  override readonly name = 'VectorDimensionError';

  constructor(
    /** Length the store holds. */
    readonly expected: number,
    /** Length that was given. */
    readonly actual: number,
    /** Which item carried it. */
    readonly id?: string,
  ) {
    super(`Vector${id ? ` for ${id}` : ''} has ${actual} dimensions; this store holds ${expected}-dimensional vectors`);
  }
}
