/**
 * `text` safe to print on a terminal: C0 controls other than tab and newline, DEL, C1 controls (ESC and CSI begin
 * terminal escape sequences: an error quoting a hostile file's bytes set the window title and cleared the screen) and
 * bidirectional overrides and isolates (which reorder what is shown) become U+FFFD.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, '\uFFFD');
}

/** Text cut to `width` characters, with an ellipsis when cut. */
export function clip(text: string, width: number): string {
  const flat = printable(text.replace(/\s+/g, ' ').trim());
  return flat.length > width ? `${flat.slice(0, Math.max(0, width - 1))}…` : flat;
}

/**
 * Rows as an aligned plain-text table: a header line, a rule, then one line per row; each column as wide as its widest
 * cell up to `maxWidths[column]` (default 40), longer cells cut with an ellipsis. No rows gives `empty`.
 */
export function formatTable(
  rows: ReadonlyArray<Readonly<Record<string, string>>>,
  maxWidths: Readonly<Record<string, number>> = {},
  empty = '(none)\n',
): string {
  const first = rows[0];
  if (first === undefined) return empty;
  const columns = Object.keys(first);
  const widths = columns.map((column) =>
    Math.min(
      maxWidths[column] ?? 40,
      Math.max(column.length, ...rows.map((row) => clip(row[column] ?? '', Number.MAX_SAFE_INTEGER).length)),
    ),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, index) => clip(cell, widths[index]!).padEnd(widths[index]!))
      .join('  ')
      .trimEnd();
  return (
    [
      line(columns),
      widths.map((width) => '-'.repeat(width)).join('  '),
      ...rows.map((row) => line(columns.map((column) => row[column] ?? ''))),
    ].join('\n') + '\n'
  );
}
