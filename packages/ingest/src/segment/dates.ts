// Dates as newsletters and the Mexican press write them, in English and
// Spanish: "Mar. 12, 2025", "March 12, 2025", "12 de marzo de 2025",
// "mar. 12, 2025", "2025-03-12", and numeric "3/09/25".

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, enero: 1, ene: 1,
  february: 2, feb: 2, febrero: 2,
  march: 3, mar: 3, marzo: 3,
  april: 4, apr: 4, abril: 4, abr: 4,
  may: 5, mayo: 5,
  june: 6, jun: 6, junio: 6,
  july: 7, jul: 7, julio: 7,
  august: 8, aug: 8, agosto: 8, ago: 8,
  september: 9, sept: 9, sep: 9, septiembre: 9, setiembre: 9, set: 9,
  october: 10, oct: 10, octubre: 10,
  november: 11, nov: 11, noviembre: 11,
  december: 12, dec: 12, diciembre: 12, dic: 12,
};

// Longest names first, so "marzo" is not read as "mar" + "zo".
const MONTH = `(?:${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;

/** Day–month order for numeric dates such as 12/03/2025. */
export type NumericOrder = 'mdy' | 'dmy';

const ISO = String.raw`\d{4}-\d{1,2}-\d{1,2}`;
const MONTH_DAY_YEAR = String.raw`${MONTH}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:de\s+|del\s+)?\d{4}`;
const DAY_MONTH_YEAR = String.raw`\d{1,2}(?:st|nd|rd|th|º)?\s+(?:de\s+)?${MONTH}\.?,?\s+(?:de\s+|del\s+)?\d{4}`;
const NUMERIC = String.raw`\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})`;

/** Any supported date, without capture groups, for embedding in larger patterns (use the `i` flag). */
export const DATE_PATTERN = `(?:${ISO}|${MONTH_DAY_YEAR}|${DAY_MONTH_YEAR}|${NUMERIC})`;

const WORD_DATES: { pattern: RegExp; parts: (m: RegExpExecArray) => [string, string, string] | null }[] = [
  { pattern: new RegExp(String.raw`\b(\d{4})-(\d{1,2})-(\d{1,2})\b`, 'g'), parts: (m) => [m[1] ?? '', m[2] ?? '', m[3] ?? ''] },
  {
    pattern: new RegExp(String.raw`\b(${MONTH})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(?:de\s+|del\s+)?(\d{4})\b`, 'giu'),
    parts: (m) => monthParts(m[3], m[1], m[2]),
  },
  {
    pattern: new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th|º)?\s+(?:de\s+)?(${MONTH})\.?,?\s+(?:de\s+|del\s+)?(\d{4})\b`, 'giu'),
    parts: (m) => monthParts(m[3], m[2], m[1]),
  },
];

const NUMERIC_DATE = new RegExp(String.raw`(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.-]|\.\d)`, 'g');

export interface FoundDate {
  /** YYYY-MM-DD */
  date: string;
  index: number;
  length: number;
}

/**
 * The first valid date in the text. Numeric dates are only read when an order
 * is given: "12/03/2025" means different days in Mexico and in the US.
 */
export function findDate(text: string, numeric: NumericOrder | null = null): FoundDate | null {
  let best: FoundDate | null = null;
  const consider = (found: FoundDate | null) => {
    if (found && (!best || found.index < best.index)) best = found;
  };
  for (const { pattern, parts } of WORD_DATES) consider(firstMatch(text, pattern, parts));
  if (numeric) consider(firstMatch(text, NUMERIC_DATE, (m) => numericParts(m, numeric)));
  return best;
}

/** The date a whole string states, e.g. a citation's date field. */
export function parseDate(text: string, numeric: NumericOrder | null = 'mdy'): string | null {
  return findDate(text, numeric)?.date ?? null;
}

/**
 * A date written as bare digits in a file name, e.g. "MI-SecurityChatter-031225"
 * (MMDDYY), "…-03122025" (MMDDYYYY) or "…-20250312" (YYYYMMDD).
 */
export function dateFromDigits(digits: string): string | null {
  if (/^\d{6}$/.test(digits)) return isoDate(expandYear(digits.slice(4)), digits.slice(0, 2), digits.slice(2, 4));
  if (/^(?:19|20)\d{6}$/.test(digits)) return isoDate(digits.slice(0, 4), digits.slice(4, 6), digits.slice(6));
  if (/^\d{8}$/.test(digits)) return isoDate(digits.slice(4), digits.slice(0, 2), digits.slice(2, 4));
  return null;
}

function firstMatch(
  text: string,
  pattern: RegExp,
  parts: (m: RegExpExecArray) => [string, string, string] | null,
): FoundDate | null {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const ymd = parts(m);
    const date = ymd && isoDate(...ymd);
    if (date) return { date, index: m.index, length: m[0].length };
  }
  return null;
}

function monthParts(year: string | undefined, monthName: string | undefined, day: string | undefined): [string, string, string] | null {
  const month = MONTHS[(monthName ?? '').toLowerCase()];
  return month && year && day ? [year, String(month), day] : null;
}

function numericParts(m: RegExpExecArray, order: NumericOrder): [string, string, string] | null {
  const [first, second, year] = [Number(m[1]), Number(m[3]), expandYear(m[4] ?? '')];
  // An impossible month settles the order whatever the convention says.
  const monthFirst = first > 12 ? false : second > 12 ? true : order === 'mdy';
  return monthFirst ? [year, String(first), String(second)] : [year, String(second), String(first)];
}

function expandYear(year: string): string {
  if (year.length === 4) return year;
  const yy = Number(year);
  return String(yy < 70 ? 2000 + yy : 1900 + yy);
}

function isoDate(year: string, month: string, day: string): string | null {
  const [y, m, d] = [Number(year), Number(month), Number(day)];
  if (y < 1900 || y > 2100) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
