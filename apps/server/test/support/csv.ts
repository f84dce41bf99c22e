import { expect } from 'vitest';

/**
 * A strict RFC 4180 reader, independent of the writer: quoted fields may hold commas, quotes and
 * line breaks; every record must end in CRLF, and a bare CR or LF outside quotes is an error.
 */
function readRfc4180(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') field += text[++i];
      else quoted = false;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      records.push([...record, field]);
      record = [];
      field = '';
      i++;
    } else if (ch === '\r' || ch === '\n') throw new Error(`Line break without CRLF at ${i}`);
    else field += ch;
  }
  if (quoted || field !== '' || record.length > 0) throw new Error('The last record does not end with CRLF');
  return records;
}

/** A CSV response body (UTF-8 with a BOM) as records keyed by the header's names. */
export async function csvRecords(res: Response): Promise<Array<Record<string, string>>> {
  const bytes = new Uint8Array(await res.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header = [], ...rows] = readRfc4180(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  for (const row of rows) expect(row).toHaveLength(header.length);
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] as string])));
}
