// Writing CSV for Swedish Excel: semicolons, decimal commas, a BOM, and no cell that Excel would run as a formula.
export const BOM = "\uFEFF";
export const SEPARATOR = ";";

/** Cells starting with these are formulas to Excel (tab and CR too, per OWASP's CSV injection advice). */
const FORMULA_START = /^[=+\-@\t\r]/;

export type Cell = string | number | null;

/** A text cell is prefixed with ' when it would start a formula; numbers are written with a decimal comma. */
export function formatCell(cell: Cell): string {
  if (cell === null) return "";
  const text = typeof cell === "number" ? String(cell).replace(".", ",") : FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[";\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The whole file: BOM, header, rows, CRLF line ends as Excel writes them. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return BOM + [header, ...rows].map((row) => row.map(formatCell).join(SEPARATOR)).join("\r\n") + "\r\n";
}
