/** One problem in an official file, where a person can find it: line 1 is the header. */
export interface FileProblem {
  line: number;
  /** The column's header name, when the problem is in one cell. */
  column: string | null;
  message: string;
}

/** What a reader returns: the rows, or every problem it found (then no rows at all). */
export type ReadResult<T> = { ok: true; rows: T[] } | { ok: false; problems: FileProblem[] };

export const describeProblem = (p: FileProblem) => `line ${p.line}${p.column ? `, column ${p.column}` : ''}: ${p.message}`;
