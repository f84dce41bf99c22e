import { z } from 'zod';
import { NATIONAL, STATE_ISO_CODES, zPlaceScope } from './states';
import { cleanText, zUserText } from './text';
import { TOPIC_SLUGS, zTopicSlug } from './topics';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isCalendarDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  // Computed by hand: Date.UTC maps years 0–99 to 1900–1999, which would get
  // the leap year of year 0 wrong.
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

/** The first and last day a date may name: wide enough for any figure or article, and far from where the database's date arithmetic ends. */
export const MIN_DATE = '1900-01-01';
export const MAX_DATE = '2100-12-31';

/** True for 'YYYY-MM-DD' naming a real calendar day between MIN_DATE and MAX_DATE. */
export function isIsoDate(s: string): boolean {
  return isCalendarDate(s) && s >= MIN_DATE && s <= MAX_DATE;
}

/** 'YYYY-MM-DD' naming a real calendar day between MIN_DATE and MAX_DATE. */
export const zIsoDate = z
  .string()
  .refine(isCalendarDate, { error: (iss) => `Invalid date "${String(iss.input).slice(0, 40)}"`, abort: true })
  .refine((s) => s >= MIN_DATE && s <= MAX_DATE, {
    error: (iss) => `The date "${String(iss.input)}" is out of range: use a date from ${MIN_DATE} to ${MAX_DATE}`,
  });

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * An organization's slug. Not restricted to ORGANIZATIONS: analysts add
 * organizations to the database that the catalog does not know.
 */
export const zOrgSlug = z.string().refine((s) => s.length <= 80 && SLUG.test(s), {
  error: (iss) => `Invalid organization "${String(iss.input)}"`,
});

const MAX_ORGS = 100;
const MAX_QUERY = 200;

export const zFilter = z
  .object({
    from: zIsoDate.optional(),
    to: zIsoDate.optional(),
    states: z.array(zPlaceScope).default([]),
    topics: z.array(zTopicSlug).default([]),
    // Capped because every slug becomes a bound parameter of a query.
    orgs: z.array(zOrgSlug).max(MAX_ORGS, { error: `More than ${MAX_ORGS} organizations` }).default([]),
    q: zUserText()
      .trim()
      .max(MAX_QUERY, { error: `The search text is longer than ${MAX_QUERY} characters` })
      .optional(),
  })
  .refine((f) => f.from === undefined || f.to === undefined || f.from <= f.to, {
    path: ['from'],
    error: (iss) => {
      const f = iss.input as { from?: unknown; to?: unknown };
      return `The start date "${String(f.from)}" is after the end date "${String(f.to)}"`;
    },
    // Still reported when another field is wrong, so one round of fixes is
    // enough; skipped only when a date itself is invalid.
    when: (payload) => !payload.issues.some((i) => i.path?.[0] === 'from' || i.path?.[0] === 'to'),
  });

export type Filter = z.output<typeof zFilter>;

export const EMPTY_FILTER: Filter = Object.freeze({
  states: Object.freeze([]) as unknown as Filter['states'],
  topics: Object.freeze([]) as unknown as Filter['topics'],
  orgs: Object.freeze([]) as unknown as Filter['orgs'],
});

const STATE_ORDER = new Map<string, number>([NATIONAL, ...STATE_ISO_CODES].map((code, i) => [code, i]));
const TOPIC_ORDER = new Map<string, number>(TOPIC_SLUGS.map((slug, i) => [slug, i]));

function uniqueSorted<T extends string>(values: readonly T[], order?: ReadonlyMap<string, number>): T[] {
  const unique = [...new Set(values)];
  if (order) {
    const at = (v: string) => order.get(v) ?? Number.MAX_SAFE_INTEGER;
    return unique.sort((a, b) => at(a) - at(b));
  }
  // Code-unit order rather than localeCompare, so the result does not depend
  // on the runtime's locale data.
  return unique.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The canonical form of a filter: lists deduplicated and sorted ('MX' first,
 * then states in INEGI order; topics in catalog order; organizations
 * alphabetically), search text cleaned as zFilter cleans it (see cleanText),
 * trimmed and dropped when empty, absent keys left out.
 */
export function normalizeFilter(f: Filter): Filter {
  // cleanText also does what URLSearchParams does to unpaired surrogates, which
  // keeps decode(encode(f)) equal to normalizeFilter(f) for every string.
  const q = f.q === undefined ? '' : cleanText(f.q).trim();
  return {
    ...(f.from === undefined ? {} : { from: f.from }),
    ...(f.to === undefined ? {} : { to: f.to }),
    states: uniqueSorted(f.states, STATE_ORDER),
    topics: uniqueSorted(f.topics, TOPIC_ORDER),
    orgs: uniqueSorted(f.orgs),
    ...(q === '' ? {} : { q }),
  };
}

// Commas stay literal so list parameters read as 'states=MX-SIN,MX-SON'. That
// is unambiguous: list items never contain commas, and q is not split.
const encodeValue = (v: string): string => encodeURIComponent(v).replace(/%2C/g, ',');

/**
 * The canonical query string of a filter, without a leading '?': keys in the
 * order from, to, states, topics, orgs, q; empty values left out; '' for the
 * empty filter.
 */
export function encodeFilter(f: Filter): string {
  const n = normalizeFilter(f);
  const parts: string[] = [];
  if (n.from !== undefined) parts.push(`from=${encodeValue(n.from)}`);
  if (n.to !== undefined) parts.push(`to=${encodeValue(n.to)}`);
  if (n.states.length > 0) parts.push(`states=${n.states.map(encodeValue).join(',')}`);
  if (n.topics.length > 0) parts.push(`topics=${n.topics.map(encodeValue).join(',')}`);
  if (n.orgs.length > 0) parts.push(`orgs=${n.orgs.map(encodeValue).join(',')}`);
  if (n.q !== undefined) parts.push(`q=${encodeValue(n.q)}`);
  return parts.join('&');
}

export class FilterError extends Error {
  /** One message per problem, each naming the offending value. */
  readonly issues: string[];

  constructor(issues: string[]) {
    super(`Invalid filter: ${issues.join('; ')}`);
    this.name = 'FilterError';
    this.issues = issues;
  }
}

export interface DecodeFilterOptions {
  /** Parameters that share the URL with the filter ('lang', 'slide') and are skipped. */
  ignore?: readonly string[];
}

type ListKey = 'states' | 'topics' | 'orgs';
type ScalarKey = 'from' | 'to' | 'q';

const LIST_KEYS: ReadonlySet<string> = new Set<ListKey>(['states', 'topics', 'orgs']);
const SCALAR_KEYS: ReadonlySet<string> = new Set<ScalarKey>(['from', 'to', 'q']);

const splitList = (value: string): string[] =>
  value
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');

/**
 * Reads a filter from a query string (with or without its '?') or from
 * URLSearchParams, and returns it normalized. List parameters may repeat;
 * state codes are accepted in any case. Throws FilterError listing every
 * problem: unknown parameters, unknown states or topics, invalid dates,
 * a start date after the end date.
 */
export function decodeFilter(search: string | URLSearchParams, options: DecodeFilterOptions = {}): Filter {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const ignore = new Set(options.ignore ?? []);
  const issues: string[] = [];
  const lists: Record<ListKey, string[]> = { states: [], topics: [], orgs: [] };
  const scalars: Partial<Record<ScalarKey, string>> = {};
  const seen = new Set<string>();

  for (const [key, value] of params) {
    if (ignore.has(key)) continue;
    if (LIST_KEYS.has(key)) {
      const items = splitList(value);
      lists[key as ListKey].push(...(key === 'states' ? items.map((s) => s.toUpperCase()) : items));
    } else if (SCALAR_KEYS.has(key)) {
      if (seen.has(key)) {
        issues.push(`Repeated filter parameter "${key}"`);
        continue;
      }
      seen.add(key);
      // An empty value means "not set", as a form with a blank field sends it.
      if (value.trim() !== '') scalars[key as ScalarKey] = value;
    } else {
      issues.push(`Unknown filter parameter "${key}"`);
    }
  }

  const result = zFilter.safeParse({ ...scalars, ...lists });
  if (!result.success) issues.push(...result.error.issues.map((i) => i.message));
  if (issues.length > 0 || !result.success) throw new FilterError([...new Set(issues)]);
  return normalizeFilter(result.data);
}
