/** Options for {@link parseCsvRows} and {@link parseCsv}. */
export interface CsvOptions {
  /** Field separator (default ','); job-board exports also use ';', '\t' or '~'. */
  delimiter?: string;
}

/** Reads RFC 4180 CSV into rows of fields; quoted fields may hold separators, quotes and line breaks. */
export function parseCsvRows(text: string, options: CsvOptions = {}): string[][] {
  const delimiter = options.delimiter ?? ',';
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r')
    throw new RangeError(
      `CSV delimiter must be one character other than a quote or line break, got ${JSON.stringify(delimiter)}`,
    );
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0; // a byte-order mark is not data
  for (let index = start; index < text.length; index += 1) {
    const character = text[index];
    if (quoted) {
      if (character !== '"') field += character;
      else if (text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else quoted = false;
    } else if (character === '"' && field === '') quoted = true;
    else if (character === delimiter) {
      row.push(field);
      field = '';
    } else if (character === '\n' || character === '\r') {
      if (character === '\r' && text[index + 1] === '\n') index += 1;
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
  return rows;
}

/** Reads CSV with a header row into one object per record, keyed by column name; blank lines are skipped. */
export function parseCsv(text: string, options: CsvOptions = {}): Array<Record<string, string>> {
  const [header = [], ...body] = parseCsvRows(text, options);
  return body
    .filter((cells) => !(cells.length === 1 && cells[0] === ''))
    .map((cells) => Object.fromEntries(header.map((name, column) => [name, cells[column] ?? ''])));
}
