// The tables of a document being read element by element (WordprocessingML, ODF, HTML): the readers open and close
// tables, rows and cells as their elements open and close, and the lines of text read inside a cell go to it.

interface Table {
  rows: string[][][];
  row?: string[][];
  cell?: string[];
}

// A row whose cells hold several lines lays out the page (a sidebar beside the main column): each cell's lines in turn.
/** Lines of a table: a row of cells that hold at most one line each is data (dates | title | company), one line, cells separated by tabs. */
export function tableLines(rows: readonly string[][][]): string[] {
  const lines: string[] = [];
  for (const row of rows) {
    if (row.every((cell) => cell.length <= 1)) {
      const cells = row.map((cell) => cell[0] ?? '');
      while (cells.length > 0 && cells.at(-1) === '') cells.pop();
      if (cells.some(Boolean)) lines.push(cells.join('\t'));
      // A loop, not push(...cell): a cell of 200,000 paragraphs (4.8 MB) overflowed the stack with a RangeError.
    } else for (const cell of row) for (const line of cell) lines.push(line);
  }
  return lines;
}

/**
 * The tables open while a document is read, innermost last. `sinks` is the reader's stack of where a finished line goes
 * (the innermost open cell or text box; the document's lines when empty): a cell opened is pushed onto it, a cell
 * closed taken off it (wherever it stands, so that a box left open inside the cell does not keep it there).
 */
export class OpenTables {
  readonly #tables: Table[] = [];
  readonly #sinks: string[][];

  /** Tables that put their cells' lines on the reader's `sinks` stack. */
  constructor(sinks: string[][]) {
    this.#sinks = sinks;
  }

  /** A table opens. */
  openTable(): void {
    this.#tables.push({ rows: [] });
  }

  /** A row of the innermost table opens (none open: nothing). */
  openRow(): void {
    const table = this.#tables.at(-1);
    if (table) table.row = [];
  }

  /** A cell of the innermost table's open row opens and takes the lines that follow (no row open: nothing). */
  openCell(): void {
    const table = this.#tables.at(-1);
    if (table?.row) {
      table.cell = [];
      table.row.push(table.cell);
      this.#sinks.push(table.cell);
    }
  }

  /** The innermost table's open cell closes: lines go back where they went before it. */
  closeCell(): void {
    const table = this.#tables.at(-1);
    const index = table?.cell === undefined ? -1 : this.#sinks.lastIndexOf(table.cell);
    if (index !== -1) this.#sinks.splice(index, 1);
    if (table) table.cell = undefined;
  }

  /** The innermost table's open row closes and joins its rows. */
  closeRow(): void {
    const table = this.#tables.at(-1);
    if (table?.row) table.rows.push(table.row);
    if (table) table.row = undefined;
  }

  /** The innermost table closes: its lines ({@link tableLines}), none when no table was open. */
  closeTable(): string[] {
    const table = this.#tables.pop();
    return table ? tableLines(table.rows) : [];
  }

  /** The tables never closed, innermost first, each with its open row: their lines, read as far as the document went. */
  closeAll(): string[] {
    const lines: string[] = [];
    for (let table = this.#tables.pop(); table !== undefined; table = this.#tables.pop()) {
      if (table.row) table.rows.push(table.row);
      for (const line of tableLines(table.rows)) lines.push(line);
    }
    return lines;
  }
}
