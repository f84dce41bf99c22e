import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTER,
  FilterError,
  MAX_DATE,
  MIN_DATE,
  NATIONAL,
  NUL_MESSAGE,
  ORGANIZATIONS,
  STATE_ISO_CODES,
  TOPIC_SLUGS,
  decodeFilter,
  encodeFilter,
  normalizeFilter,
  zFilter,
  zIsoDate,
  type Filter,
} from '../src';

const isoDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const slug = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join('-'));

const orgSlug = fc.oneof(fc.constantFrom(...ORGANIZATIONS.map((o) => o.slug)), slug);

// Characters that a careless encoder gets wrong, mixed with spaces and letters.
const tricky = fc.constantFrom(...',&=%+#?/;:@$!\'"()*[]<>{}|\\^`~ \t\naé€ñ😀'.split(''), '%2C', '%20', '+');

const searchText = fc
  .oneof(
    fc.string({ unit: 'binary', maxLength: 100 }),
    fc.string({ unit: tricky, maxLength: 60 }),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    // UTF-16 code units, so unpaired surrogates show up too.
    fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 60 }),
  )
  // NUL is refused rather than cleaned (see the NUL tests below).
  .map((s) => s.replaceAll('\0', '').trim());

const filter: fc.Arbitrary<Filter> = fc
  .record(
    {
      dates: fc.tuple(fc.option(isoDate, { nil: undefined }), fc.option(isoDate, { nil: undefined })),
      states: fc.array(fc.constantFrom(NATIONAL, ...STATE_ISO_CODES), { maxLength: 12 }),
      topics: fc.array(fc.constantFrom(...TOPIC_SLUGS), { maxLength: 8 }),
      orgs: fc.array(orgSlug, { maxLength: 8 }),
      q: searchText,
    },
    { requiredKeys: ['dates', 'states', 'topics', 'orgs'] },
  )
  .map(({ dates: [a, b], q, ...lists }) => {
    const [from, to] = a !== undefined && b !== undefined && a > b ? [b, a] : [a, b];
    return {
      ...lists,
      ...(from === undefined ? {} : { from }),
      ...(to === undefined ? {} : { to }),
      ...(q === undefined ? {} : { q }),
    };
  });

const problems = (search: string, options?: { ignore?: readonly string[] }): string[] => {
  try {
    decodeFilter(search, options);
  } catch (e) {
    if (e instanceof FilterError) return e.issues;
    throw e;
  }
  throw new Error(`"${search}" was accepted`);
};

describe('filter round trip', () => {
  it('generates only filters that zFilter accepts', () => {
    fc.assert(fc.property(filter, (f) => zFilter.safeParse(f).success));
  });

  it('decodes an encoded filter to its normal form', () => {
    fc.assert(
      fc.property(filter, (f) => {
        expect(decodeFilter(encodeFilter(f))).toStrictEqual(normalizeFilter(f));
      }),
      { numRuns: 500 },
    );
  });

  it('re-encodes a canonical string to the same string', () => {
    fc.assert(
      fc.property(filter, (f) => {
        const s = encodeFilter(f);
        expect(encodeFilter(decodeFilter(s))).toBe(s);
        expect(encodeFilter(decodeFilter(`?${s}`))).toBe(s);
        expect(encodeFilter(decodeFilter(new URLSearchParams(s)))).toBe(s);
      }),
      { numRuns: 500 },
    );
  });

  it('normalizes idempotently', () => {
    fc.assert(
      fc.property(filter, (f) => {
        const n = normalizeFilter(f);
        expect(normalizeFilter(n)).toStrictEqual(n);
      }),
    );
  });
});

describe('encodeFilter', () => {
  it('writes keys in canonical order, sorts states and keeps commas literal', () => {
    expect(encodeFilter({ states: ['MX-SON', 'MX-SIN'], from: '2025-01-01', topics: [], orgs: [] })).toBe(
      'from=2025-01-01&states=MX-SIN,MX-SON',
    );
  });

  it('puts the national scope first, topics in catalog order and organizations alphabetically', () => {
    expect(
      encodeFilter({
        to: '2025-03-31',
        states: ['MX-ZAC', 'MX', 'MX-AGU', 'MX-ZAC'],
        topics: ['prisons', 'extraditions-transfers'],
        orgs: ['sinaloa-cartel', 'cjng', 'cjng'],
        q: '  Caro Quintero  ',
      }),
    ).toBe(
      'to=2025-03-31&states=MX,MX-AGU,MX-ZAC&topics=extraditions-transfers,prisons&orgs=cjng,sinaloa-cartel&q=Caro%20Quintero',
    );
  });

  it('encodes search text so that it survives as one value', () => {
    const s = encodeFilter({ states: [], topics: [], orgs: [], q: 'a, b & c=d%e+f #g?' });
    expect(s).toBe('q=a,%20b%20%26%20c%3Dd%25e%2Bf%20%23g%3F');
    expect(decodeFilter(s).q).toBe('a, b & c=d%e+f #g?');
  });

  it('returns an empty string for the empty filter', () => {
    expect(encodeFilter(EMPTY_FILTER)).toBe('');
    expect(encodeFilter({ ...EMPTY_FILTER, q: '   ' })).toBe('');
    expect(decodeFilter('')).toStrictEqual({ states: [], topics: [], orgs: [] });
  });
});

describe('decodeFilter', () => {
  it('accepts state codes in any case', () => {
    expect(decodeFilter('states=mx-sin,Mx-Son,mx').states).toEqual(['MX', 'MX-SIN', 'MX-SON']);
  });

  it('merges repeated list parameters and skips empty items', () => {
    expect(decodeFilter('?states=MX-SON&states=MX-SIN,,&topics=').states).toEqual(['MX-SIN', 'MX-SON']);
  });

  it('treats an empty date or search as not set', () => {
    expect(decodeFilter('from=&to=&q=')).toStrictEqual(EMPTY_FILTER);
  });

  it('decodes "+" as a space, as forms send it', () => {
    expect(decodeFilter('q=el+mayo').q).toBe('el mayo');
  });

  it('skips the parameters it is told to ignore', () => {
    expect(decodeFilter('slide=3&states=MX-SIN&lang=es', { ignore: ['slide', 'lang'] })).toStrictEqual({
      states: ['MX-SIN'],
      topics: [],
      orgs: [],
    });
    expect(problems('slide=3&lang=es', { ignore: ['slide'] })).toEqual(['Unknown filter parameter "lang"']);
  });

  it('names an unknown state', () => {
    expect(problems('states=MX-SIN,MX-XX')).toEqual(['Unknown state "MX-XX"']);
  });

  it('names an unknown topic', () => {
    expect(problems('topics=prisons,foo')).toEqual(['Unknown topic "foo"']);
  });

  it('names an unknown parameter', () => {
    expect(problems('color=red')).toEqual(['Unknown filter parameter "color"']);
  });

  it('names a date that is not on the calendar', () => {
    expect(problems('from=2025-02-30')).toEqual(['Invalid date "2025-02-30"']);
    expect(problems('to=2025/01/01')).toEqual(['Invalid date "2025/01/01"']);
  });

  it('rejects a start date after the end date', () => {
    expect(problems('from=2025-03-01&to=2025-02-01')).toEqual([
      'The start date "2025-03-01" is after the end date "2025-02-01"',
    ]);
    expect(decodeFilter('from=2025-02-01&to=2025-02-01').from).toBe('2025-02-01');
  });

  it('names an organization slug that is not well formed', () => {
    expect(problems('orgs=cjng,Bad_Slug')).toEqual(['Invalid organization "Bad_Slug"']);
    expect(decodeFilter('orgs=some-new-group').orgs).toEqual(['some-new-group']);
  });

  it('rejects a repeated single-valued parameter', () => {
    expect(problems('from=2025-01-01&from=2025-02-01')).toEqual(['Repeated filter parameter "from"']);
  });

  it('rejects search text over 200 characters', () => {
    expect(problems(`q=${'x'.repeat(201)}`)).toEqual(['The search text is longer than 200 characters']);
  });

  it('refuses search text with a NUL character, wherever it is', () => {
    fc.assert(
      fc.property(searchText, fc.nat(), (text, at) => {
        const i = at % (text.length + 1);
        const q = `${text.slice(0, i)}\0${text.slice(i)}`;
        expect(problems(new URLSearchParams({ q }).toString())).toEqual([NUL_MESSAGE]);
        expect(zFilter.safeParse({ q }).error?.issues.map((issue) => issue.message)).toEqual([NUL_MESSAGE]);
      }),
    );
  });

  it('removes direction overrides and invisible characters from search text', () => {
    expect(decodeFilter(`q=${encodeURIComponent('fdp\u202Eexe.\u200Bpdf\u2066')}`).q).toBe('fdpexe.pdf');
    expect(decodeFilter(`q=${encodeURIComponent('\u200B\uFEFF')}`)).toStrictEqual(EMPTY_FILTER);
  });

  it('names a date out of range', () => {
    expect(problems('from=0000-01-01')).toEqual(['The date "0000-01-01" is out of range: use a date from 1900-01-01 to 2100-12-31']);
    expect(problems('to=2101-01-01')).toEqual(['The date "2101-01-01" is out of range: use a date from 1900-01-01 to 2100-12-31']);
    expect(problems('to=99999-01-01')).toEqual(['Invalid date "99999-01-01"']);
  });

  it('lists every problem at once, in the error message too', () => {
    let error: unknown;
    try {
      decodeFilter('color=red&states=MX-XX&topics=foo&from=2025-03-01&to=2025-02-01');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FilterError);
    const { issues, message } = error as FilterError;
    expect(issues).toEqual([
      'Unknown filter parameter "color"',
      'Unknown state "MX-XX"',
      'Unknown topic "foo"',
      'The start date "2025-03-01" is after the end date "2025-02-01"',
    ]);
    for (const issue of issues) expect(message).toContain(issue);
  });
});

describe('zIsoDate', () => {
  it('accepts real days, leap days included, from 1900 to 2100', () => {
    for (const d of ['2024-02-29', '2000-02-29', '2025-12-31', MIN_DATE, MAX_DATE]) expect(zIsoDate.parse(d)).toBe(d);
  });

  it('rejects days before 1900 or after 2100, which the database’s date arithmetic need not handle', () => {
    for (const d of ['0000-01-01', '0001-01-01', '1899-12-31', '2101-01-01', '9999-12-31']) {
      expect(zIsoDate.safeParse(d).error?.issues.map((i) => i.message)).toEqual([`The date "${d}" is out of range: use a date from ${MIN_DATE} to ${MAX_DATE}`]);
    }
  });

  it('rejects impossible or malformed dates', () => {
    for (const d of ['2025-02-29', '1900-02-29', '0000-02-30', '2025-13-01', '2025-00-10', '2025-04-31', '2025-1-01', '20250101', '+02025-01-01', '']) {
      expect(zIsoDate.safeParse(d).error?.issues[0]?.message).toBe(`Invalid date "${d}"`);
    }
  });
});

describe('EMPTY_FILTER', () => {
  it('cannot be changed by accident', () => {
    expect(Object.isFrozen(EMPTY_FILTER)).toBe(true);
    expect(Object.isFrozen(EMPTY_FILTER.states)).toBe(true);
  });
});
