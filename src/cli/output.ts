/**
 * What the CLI prints: the raw JSON answer with --json (for scripts), readable tables otherwise.
 * Pure text building; where it goes is the caller's business.
 */

/** A column of a table: its heading and how to read it from a row. */
export interface Column<Row> {
  readonly heading: string;
  readonly value: (row: Row) => unknown;
}

/** A table with a heading row; an empty list says so. */
export function table<Row>(rows: readonly Row[], columns: readonly Column<Row>[], empty = '(none)'): string {
  if (rows.length === 0) return `${empty}\n`;
  const cells = rows.map((row) => columns.map((column) => cell(column.value(row))));
  const widths = columns.map((column, i) => Math.max(column.heading.length, ...cells.map((r) => (r[i] ?? '').length)));
  const line = (values: readonly string[]) =>
    values
      .map((v, i) => (i === values.length - 1 ? v : v.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return (
    [line(columns.map((c) => c.heading)), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n') + '\n'
  );
}

/** One record as aligned `label  value` lines. */
export function record(entries: ReadonlyArray<readonly [string, unknown]>): string {
  const width = Math.max(0, ...entries.map(([label]) => label.length));
  return entries.map(([label, value]) => `${label.padEnd(width)}  ${cell(value)}`.trimEnd()).join('\n') + '\n';
}

/** Every field of an object as a record (nested objects as JSON). */
export function fields(value: Readonly<Record<string, unknown>>): string {
  return record(Object.entries(value));
}

/** A value as table text: `-` for none, JSON for lists and objects. */
export function cell(value: unknown): string {
  if (value === null || value === undefined || value === '') return '-';
  if (Array.isArray(value))
    return value.length === 0
      ? '-'
      : value.every((v) => typeof v !== 'object')
        ? value.join(', ')
        : JSON.stringify(value);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The --json form: the answer as the server sent it, indented. */
export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
