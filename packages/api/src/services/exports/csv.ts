import Papa from 'papaparse';

/** Rows per query of a streamed export: few queries, and memory stays flat however long the file. */
export const EXPORT_PAGE_SIZE = 1000;

export type CsvCell = string | number | null;

/** Lets spreadsheet programs (Excel above all) read the file as UTF-8, so accents survive. */
export const CSV_BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * Text a spreadsheet would run as a formula: whatever starts with =, +, -, @, tab or CR, whatever follows,
 * line breaks included. (papaparse's own pattern, /^[=+\-@\t\r].*$/, misses a cell with a line break.)
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Rows as RFC 4180 lines, each ending in CRLF. Text that a spreadsheet would run as a formula
 * (see FORMULA_START) gets a leading apostrophe; numbers are left alone.
 */
export function csvLines(rows: ReadonlyArray<readonly CsvCell[]>): string {
  if (rows.length === 0) return '';
  return Papa.unparse(rows as CsvCell[][], { newline: CRLF, escapeFormulae: FORMULA_START }) + CRLF;
}

/** A CSV document being written: its chunks (BOM and header first), and how many data rows have gone out so far. */
export interface CsvExport {
  chunks: AsyncGenerator<string, void, undefined>;
  readonly rows: number;
}

/**
 * Writes one chunk per page, so a large export never holds more than one page of rows. The first chunk
 * holds the header and the first page: a query that fails at once fails before anything is sent.
 */
export function csvDocument<T>(header: readonly string[], pages: AsyncIterable<readonly T[]>, toRow: (value: T) => CsvCell[]): CsvExport {
  let rows = 0;
  async function* chunks() {
    let head: string | null = CSV_BOM + csvLines([header]);
    for await (const page of pages) {
      rows += page.length;
      const lines = csvLines(page.map(toRow));
      if (head !== null) {
        yield head + lines;
        head = null;
      } else if (lines !== '') {
        yield lines;
      }
    }
    if (head !== null) yield head;
  }
  return {
    chunks: chunks(),
    get rows() {
      return rows;
    },
  };
}
