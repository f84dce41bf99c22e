import Papa from 'papaparse';

/** Rows per query of a streamed export: few queries, and memory stays flat however long the file. */
export const EXPORT_PAGE_SIZE = 1000;

export type CsvCell = string | number | null;

/** Lets spreadsheet programs (Excel above all) read the file as UTF-8, so accents survive. */
export const CSV_BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * Rows as RFC 4180 lines, each ending in CRLF. Text that a spreadsheet would run as a formula
 * (starting with =, +, -, @, tab or CR) gets a leading apostrophe; numbers are left alone.
 */
export function csvLines(rows: ReadonlyArray<readonly CsvCell[]>): string {
  if (rows.length === 0) return '';
  return Papa.unparse(rows as CsvCell[][], { newline: CRLF, escapeFormulae: true }) + CRLF;
}

/** A CSV document being written: its chunks (BOM and header first), and how many data rows have gone out so far. */
export interface CsvExport {
  chunks: AsyncGenerator<string, void, undefined>;
  readonly rows: number;
}

/** Writes one chunk per page, so a large export never holds more than one page of rows. */
export function csvDocument<T>(header: readonly string[], pages: AsyncIterable<readonly T[]>, toRow: (value: T) => CsvCell[]): CsvExport {
  let rows = 0;
  async function* chunks() {
    yield CSV_BOM + csvLines([header]);
    for await (const page of pages) {
      if (page.length === 0) continue;
      rows += page.length;
      yield csvLines(page.map(toRow));
    }
  }
  return {
    chunks: chunks(),
    get rows() {
      return rows;
    },
  };
}
