/**
 * One CSV field for Excel (RFC 4180 + OWASP CSV injection): a field starting with = + - @, a tab or a
 * carriage return gets a leading ' so a spreadsheet shows it as text instead of running it as a formula;
 * a field holding a comma, a double quote, CR or LF is quoted, with quotes doubled.
 */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

type CsvRow = (string | number | null | undefined)[];

/** Rows to CSV text: UTF-8 BOM first (so Excel reads Chinese), CRLF after every record. */
export function csvText(rows: Iterable<CsvRow>): string {
  return [...csvPieces(rows)].join("");
}

/** The same text as `csvText`, a record at a time. */
export function* csvPieces(rows: Iterable<CsvRow>): Generator<string> {
  yield "\uFEFF";
  for (const row of rows) yield row.map(csvCell).join(",") + "\r\n";
}
