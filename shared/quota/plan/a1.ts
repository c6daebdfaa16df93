/**
 * A1 references for the quota sheet description. Both faces write the same text: the pane hands it to
 * Office.js, the CLI to exceljs (after turning it into the form Excel saves, see generator/cli/quota-sheet/).
 */

/** 1 → "A", 26 → "Z", 27 → "AA". */
export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** "D17" for row 17, column 4 (both 1-based); absolute ("$D$17") on request. */
export function cell(row: number, column: number, absolute = false): string {
  return absolute ? `$${columnLetters(column)}$${row}` : `${columnLetters(column)}${row}`;
}

/** "D17:O20", or a single cell when the range is one cell. */
export function area(top: number, left: number, bottom: number, right: number, absolute = false): string {
  const first = cell(top, left, absolute);
  return top === bottom && left === right ? first : `${first}:${cell(bottom, right, absolute)}`;
}

/** A sheet name as a formula writes it: quoted when it is not a plain word (`'Q3 deals'`, `'Jan''s'`). */
export function sheetPrefix(sheet: string): string {
  // Quoting is always valid; a bare name must be a plain word that cannot be read as a cell (A1, R1C1).
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) && !/^([A-Za-z]{1,3}\d+|[Rr]\d*|[Cc]\d*|[Rr]\d*[Cc]\d*)$/.test(sheet)
    ? `${sheet}!`
    : `'${sheet.replace(/'/g, "''")}'!`;
}

/**
 * A column of an Excel table as a structured reference: `Reps[Start date]`. Inside the brackets Excel escapes
 * `[`, `]`, `#` and `'` with a leading `'`.
 */
export function tableColumn(table: string, header: string): string {
  return `${table}[${header.replace(/(['#[\]])/g, "'$1")}]`;
}

/** Text as an Excel string constant: `"Won"`, with inner quotes doubled. */
export function text(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}
