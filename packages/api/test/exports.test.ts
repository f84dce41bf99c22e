import type { Db, DbKind } from '@atalaya/db';
import { createTestDb, testBackends } from '@atalaya/db/testing';
import { EMPTY_FILTER, type Filter } from '@atalaya/domain';
import fc from 'fast-check';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ItemSummary } from '../src/services/items.ts';
import { CSV_BOM, csvDocument, csvLines, type CsvExport } from '../src/services/exports/csv.ts';
import { describeFilter } from '../src/services/exports/describe-filter.ts';
import { exportDisposition } from '../src/services/exports/filename.ts';
import { itemsCsv } from '../src/services/exports/items-csv.ts';
import { observationsCsv } from '../src/services/exports/observations-csv.ts';
import { markdownParagraphs, pdfSafe } from '../src/services/exports/pdf-text.ts';
import { briefingData } from '../src/services/exports/briefing.ts';
import { renderBriefingPdf } from '../src/services/exports/pdf.ts';
import { byteStream, STREAM_FAILED } from '../src/services/exports/stream.ts';
import { syncCatalog } from '../src/services/catalog.ts';
import { storeEdition, type ItemInput } from '../src/services/store-edition.ts';
import { demoApi } from './helpers.ts';

type Row = Record<string, string>;

async function textOf(csv: CsvExport): Promise<{ text: string; chunks: number }> {
  let text = '';
  let chunks = 0;
  for await (const chunk of csv.chunks) {
    text += chunk;
    chunks++;
  }
  return { text, chunks };
}

/** Checks the file's framing (BOM, CRLF after every record) and parses it back with papaparse. */
function parseCsv(text: string): { header: string[]; rows: Row[] } {
  expect(text.startsWith(CSV_BOM)).toBe(true);
  expect(text.endsWith('\r\n')).toBe(true);
  // Outside quoted fields, every line ends in CRLF: no bare LF or CR is left once they are removed.
  const unquoted = text.replace(/"(?:[^"]|"")*"/g, '""');
  expect(unquoted.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const parsed = Papa.parse<Row>(text.slice(CSV_BOM.length), { header: true, newline: '\r\n', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { header: parsed.meta.fields ?? [], rows: parsed.data };
}

/** What a spreadsheet-safe export writes for a text cell (see csvLines: formulas are neutralised). */
const cellText = (value: string | null) => (value === null ? '' : /^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

function tricky(overrides: Partial<ItemInput>): ItemInput {
  return {
    headline: 'placeholder',
    summary: '',
    date: '2025-03-10',
    outlet: null,
    articleAuthor: null,
    originalTitle: null,
    url: null,
    language: 'es',
    places: ['MX-TAM'],
    topics: ['cartels-organized-crime'],
    organizations: [],
    people: [],
    metrics: [],
    ...overrides,
  };
}

describe.each(testBackends())('items CSV export on %s', (kind: DbKind) => {
  let api: Awaited<ReturnType<typeof demoApi>>;

  /** Every item of a filter through the tRPC procedure the dashboard's list uses, page by page. */
  async function apiItems(filter: Filter): Promise<ItemSummary[]> {
    const items: ItemSummary[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: ItemSummary[]; nextCursor: string | null } = await api.caller.items.list({ filter, cursor, limit: 7 });
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return items;
  }

  beforeAll(async () => {
    api = await demoApi(kind);
    await storeEdition(
      api.db,
      {
        title: 'Edición de prueba: comas, "comillas" y saltos',
        publishedOn: '2025-03-11',
        author: 'Redacción',
        commentary: null,
        items: [
          tricky({
            headline: 'Cártel del Golfo, "Los Metros" y la plaza de Reynosa',
            summary: 'Primera línea, con coma.\nSegunda línea con "comillas" y acentos: ñ, ü, é.\r\nTercera: emoji 🚨 y 中文.',
            outlet: 'El Norte, Monterrey',
            articleAuthor: "O'Connor, Ana",
            originalTitle: '«Golpe» al cártel — “histórico”',
            url: 'https://example.org/nota?id=1&x=%22y%22',
            organizations: [{ slug: 'cartel-del-golfo', label: 'Cártel del Golfo' }],
            people: [{ slug: 'ana-oconnor', label: 'Ana O’Connor' }],
          }),
          tricky({ headline: '=HYPERLINK("https://evil.example","pulse aquí")', summary: '@SUM(A1:A2)', date: '2025-03-09' }),
          tricky({ headline: '+cmd|\' /C calc\'!A0\nSegunda línea multilínea', summary: '-2+3\r\n=1+1', outlet: '\tTabulado\nvarias líneas', date: '2025-03-08' }),
        ],
      },
      { status: 'published', sourceFormat: 'text', origin: 'editor' },
    );
  });
  afterAll(() => api.handle.close());

  const filters: Array<[string, Filter]> = [
    ['everything', EMPTY_FILTER],
    ['Tamaulipas in March 2025', { ...EMPTY_FILTER, states: ['MX-TAM'], from: '2025-03-01', to: '2025-03-31' }],
    ['a topic and a search', { ...EMPTY_FILTER, topics: ['extraditions-transfers'], q: 'transfer' }],
  ];

  it.each(filters)('holds exactly the items the API lists for %s, in the same order, field by field', async (_name, filter) => {
    const expected = await apiItems(filter);
    expect(expected.length).toBeGreaterThan(0);
    const { header, rows } = parseCsv((await textOf(itemsCsv(api.db, filter, { lang: 'en', pageSize: 5 }))).text);
    expect(header).toEqual([
      'id', 'date', 'headline', 'summary', 'outlet', 'article_author', 'original_title', 'url', 'language',
      'places', 'inegi_codes', 'place_names', 'topics', 'organizations', 'people', 'edition_id',
    ]);
    expect(rows.map((r) => Number(r['id']))).toEqual(expected.map((i) => i.id));
    rows.forEach((row, i) => {
      const item = expected[i] as ItemSummary;
      expect(row).toMatchObject({
        date: item.date,
        headline: cellText(item.headline),
        summary: cellText(item.summary),
        outlet: cellText(item.outlet),
        article_author: cellText(item.articleAuthor),
        original_title: cellText(item.originalTitle),
        url: item.url ?? '',
        language: item.language,
        places: item.places.join('; '),
        topics: item.topics.map((t) => t.label.en).join('; '),
        organizations: item.organizations.map((t) => t.label.en).join('; '),
        people: item.people.map((t) => t.label.en).join('; '),
        edition_id: String(item.editionId),
      });
    });
  });

  it('keeps commas, quotes, line breaks and accents intact, and names states with their INEGI codes', async () => {
    const filter: Filter = { ...EMPTY_FILTER, q: 'Golfo Metros Reynosa' };
    const { rows } = parseCsv((await textOf(itemsCsv(api.db, filter, { lang: 'es' }))).text);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      headline: 'Cártel del Golfo, "Los Metros" y la plaza de Reynosa',
      summary: 'Primera línea, con coma.\nSegunda línea con "comillas" y acentos: ñ, ü, é.\r\nTercera: emoji 🚨 y 中文.',
      outlet: 'El Norte, Monterrey',
      article_author: "O'Connor, Ana",
      original_title: '«Golpe» al cártel — “histórico”',
      places: 'MX-TAM',
      inegi_codes: '28',
      place_names: 'Tamaulipas',
      topics: 'Cárteles y crimen organizado',
      organizations: 'Cártel del Golfo',
      people: 'Ana O’Connor',
    });
  });

  it('neutralises text a spreadsheet would run as a formula', async () => {
    const { rows } = parseCsv((await textOf(itemsCsv(api.db, { ...EMPTY_FILTER, q: 'HYPERLINK' }, { lang: 'en' }))).text);
    expect(rows[0]?.['headline']).toBe(`'=HYPERLINK("https://evil.example","pulse aquí")`);
    expect(rows[0]?.['summary']).toBe("'@SUM(A1:A2)");
  });

  it('neutralises a formula in a cell with line breaks too', async () => {
    const { rows } = parseCsv((await textOf(itemsCsv(api.db, { ...EMPTY_FILTER, q: 'multilínea' }, { lang: 'en' }))).text);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      headline: "'+cmd|' /C calc'!A0\nSegunda línea multilínea",
      summary: "'-2+3\r\n=1+1",
      outlet: "'\tTabulado\nvarias líneas",
    });
  });

  it('writes only the header for a filter without items', async () => {
    const { rows, header } = parseCsv((await textOf(itemsCsv(api.db, { ...EMPTY_FILTER, q: 'zzzzunmatched' }, { lang: 'en' }))).text);
    expect(header).toContain('headline');
    expect(rows).toEqual([]);
  });
});

describe('observations CSV export', () => {
  let handle: Db;
  // Rows carry no database id: each fixture observation is recognised by its value, unique here.
  const nameOf = new Map<string, string>();

  async function exported(filter: Filter, pageSize?: number) {
    return parseCsv((await textOf(observationsCsv(handle.db, filter, { lang: 'en', pageSize }))).text).rows;
  }
  const names = (rows: Row[]) => rows.map((r) => nameOf.get(r['value'] ?? '') ?? '?').sort();

  beforeAll(async () => {
    handle = await createTestDb('pglite');
    await syncCatalog(handle.db);
    const metric = (value: number, place: string, periodStart: string, periodEnd: string, status: 'confirmed' | 'proposed' = 'confirmed') => ({
      series: 'drug_seizure_kg',
      value,
      unit: 'kg',
      place,
      periodStart,
      periodEnd,
      dimension: 'cocaine',
      status,
    });
    await storeEdition(
      handle.db,
      {
        title: 'Fixture',
        publishedOn: '2025-03-10',
        author: null,
        commentary: null,
        items: [
          tricky({ headline: 'Sinaloa seizure', date: '2025-03-01', places: ['MX-SIN'], metrics: [metric(101, 'MX-SIN', '2025-02-27', '2025-02-27'), metric(102, 'MX-SIN', '2025-02-28', '2025-02-28', 'proposed'), metric(103, 'MX-SON', '2024-06-01', '2024-06-30')] }),
          tricky({ headline: 'Sonora seizure', date: '2025-03-05', places: ['MX-SON'], metrics: [metric(201, 'MX-SIN', '2025-03-01', '2025-03-01')] }),
          tricky({ headline: 'Old Sinaloa seizure', date: '2024-12-01', places: ['MX-SIN'], metrics: [metric(301, 'MX-SIN', '2024-11-30', '2024-11-30')] }),
        ],
      },
      { status: 'published', sourceFormat: 'text', origin: 'editor' },
    );
    for (const value of [101, 102, 103, 201, 301]) nameOf.set(String(value), `item-${value}`);
    const dataset = [
      ['sin-feb', 'MX-SIN', '2025-02-01', '2025-02-28', 1001],
      ['mx-feb', 'MX', '2025-02-01', '2025-02-28', 1002],
      ['son-feb', 'MX-SON', '2025-02-01', '2025-02-28', 1003],
      ['sin-nov', 'MX-SIN', '2024-11-01', '2024-11-30', 1004],
      ['sin-jun', 'MX-SIN', '2025-06-01', '2025-06-30', 1005],
      ['sin-straddle', 'MX-SIN', '2024-12-15', '2025-01-15', 1006],
      ['us-feb', 'US', '2025-02-01', '2025-02-28', 1007],
      ['sin-proposed', 'MX-SIN', '2025-02-01', '2025-02-28', 1008],
    ] as const;
    for (const [name, place, start, end, value] of dataset) {
      nameOf.set(String(value), name);
      await handle.db
        .insertInto('observations')
        .values({
          series_key: 'homicide_case_files_sesnsp',
          place,
          period_start: start,
          period_end: end,
          value,
          unit: 'case files',
          status: name === 'sin-proposed' ? 'proposed' : 'confirmed',
          data_status: 'definitive',
          confidence: 'high',
          dataset: 'fixture',
          dataset_row: name,
          source_label: 'Fixture, "compiled"',
          source_url: 'https://example.org/data',
        })
        .execute();
    }
  });
  afterAll(() => handle.close());

  const sinaloaQ1: Filter = { ...EMPTY_FILTER, states: ['MX-SIN'], from: '2025-01-01', to: '2025-06-30' };

  it('gives the figures of the filter’s items and the datasets’ figures for its states and national over its dates', async () => {
    expect(names(await exported(sinaloaQ1))).toEqual(['item-101', 'item-103', 'mx-feb', 'sin-feb', 'sin-jun', 'sin-straddle'].sort());
  });

  it('takes every place (the US too) when the filter names no state, and every date without a range', async () => {
    expect(names(await exported({ ...EMPTY_FILTER, from: '2025-02-01', to: '2025-03-31' }))).toEqual(
      ['item-101', 'item-103', 'item-201', 'mx-feb', 'sin-feb', 'son-feb', 'us-feb'].sort(),
    );
    const proposed = ['item-102', 'sin-proposed'];
    expect(names(await exported(EMPTY_FILTER))).toEqual([...nameOf.values()].filter((n) => !proposed.includes(n)).sort());
  });

  it('writes series, place, period, value, source and provenance, sorted by series, place and period, across pages', async () => {
    const rows = await exported(sinaloaQ1);
    expect(rows.find((r) => r['value'] === '1001')).toEqual({
      series_key: 'homicide_case_files_sesnsp',
      series_label: 'Homicide case files (SESNSP, third-party compilation)',
      place: 'MX-SIN',
      place_name: 'Sinaloa',
      period_start: '2025-02-01',
      period_end: '2025-02-28',
      value: '1001',
      unit: 'case files',
      dimension: '',
      data_status: 'definitive',
      source_label: 'Fixture, "compiled"',
      source_url: 'https://example.org/data',
      confidence: 'high',
      item_id: '',
    });
    expect(rows.find((r) => r['value'] === '101')).toMatchObject({ series_key: 'drug_seizure_kg', dimension: 'cocaine', item_id: expect.stringMatching(/^\d+$/) });
    const order = rows.map((r) => [r['series_key'], r['place'], r['period_start']].join(' '));
    expect(order).toEqual([...order].sort());
    expect(await exported(sinaloaQ1, 2)).toEqual(rows);
  });
});

describe('streaming a large export', () => {
  let handle: Db;
  const COUNT = 5000;

  beforeAll(async () => {
    handle = await createTestDb('pglite');
    const editionId = await storeEdition(handle.db, { title: 'Bulk', publishedOn: '2025-06-30', author: null, commentary: null, items: [] }, { status: 'published', sourceFormat: 'text', origin: 'editor' });
    // 25 dates of 200 items each: pages of 1,000 end in the middle of a day, where the cursor's id tie-break matters.
    const items = Array.from({ length: COUNT }, (_, i) => ({
      edition_id: editionId,
      position: i,
      headline: `Bulk item ${i}, "quoted"`,
      summary: `Line one of ${i}\nline two, with a comma`,
      item_date: `2025-06-${String(1 + (i % 25)).padStart(2, '0')}`,
      status: 'published' as const,
    }));
    for (let i = 0; i < COUNT; i += 1000) {
      const inserted = await handle.db.insertInto('items').values(items.slice(i, i + 1000)).returning('id').execute();
      await handle.db.insertInto('item_places').values(inserted.map((r) => ({ item_id: r.id, place: 'MX-SIN', origin: 'editor' as const }))).execute();
    }
  });
  afterAll(() => handle.close());

  it('arrives complete and newest first, one chunk per page of 1,000', async () => {
    const expected = await handle.db.selectFrom('items').select('id').orderBy('item_date', 'desc').orderBy('id', 'desc').execute();
    const csv = itemsCsv(handle.db, EMPTY_FILTER, { lang: 'en' });
    const { text, chunks } = await textOf(csv);
    const { rows } = parseCsv(text);
    expect(rows).toHaveLength(COUNT);
    expect(rows.map((r) => Number(r['id']))).toEqual(expected.map((r) => r.id));
    expect(rows[0]?.['headline']).toMatch(/^Bulk item \d+, "quoted"$/);
    expect(csv.rows).toBe(COUNT);
    // Five pages, the header going out with the first: never the whole list in one piece.
    expect(chunks).toBe(COUNT / 1000);
  });

  it('as a byte stream: the same bytes, and the end reported once the last page has gone', async () => {
    const ends: boolean[] = [];
    const csv = itemsCsv(handle.db, EMPTY_FILTER, { lang: 'en' });
    const stream = await byteStream(csv.chunks, async (complete) => {
      ends.push(complete);
    });
    const text = await new Response(stream).text();
    // Response.text() drops a leading BOM when it decodes; the bytes did carry it.
    expect(parseCsv(CSV_BOM + text).rows).toHaveLength(COUNT);
    expect(ends).toEqual([true]);
  });

  it('reports an abandoned download as incomplete', async () => {
    const ends: boolean[] = [];
    const csv = itemsCsv(handle.db, EMPTY_FILTER, { lang: 'en' });
    const reader = (await byteStream(csv.chunks, async (complete) => void ends.push(complete))).getReader();
    await reader.read();
    await reader.cancel();
    expect(ends).toEqual([false]);
    expect(csv.rows).toBeLessThan(COUNT);
  });
});

describe('a streamed CSV whose query fails', () => {
  const broken = new Error('relation "items" does not exist');
  async function* pages(failAt: number) {
    for (let i = 0; ; i++) {
      if (i === failAt) throw broken;
      yield [{ id: i }];
    }
  }
  const csv = (failAt: number) => csvDocument(['id'], pages(failAt), (row) => [row.id]).chunks;

  it('fails before the stream exists when the first page cannot be read, so the answer is still an error', async () => {
    await expect(byteStream(csv(0), async () => undefined)).rejects.toBe(broken);
  });

  it('is cut off when a later page fails, with an error that says nothing of the database', async () => {
    const ends: Array<[boolean, unknown]> = [];
    const reader = (await byteStream(csv(3), async (complete, error) => void ends.push([complete, error]))).getReader();
    let received = '';
    const failure = await (async () => {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return null;
        received += new TextDecoder('utf-8', { ignoreBOM: true }).decode(value);
      }
    })().catch((error: unknown) => error);
    expect(received).toBe(`${CSV_BOM}id\r\n0\r\n1\r\n2\r\n`);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toBe(STREAM_FAILED);
    expect(ends).toEqual([[false, broken]]);
  });
});

describe('csvLines', () => {
  const cellOf = (text: string) => Papa.parse<string[]>(csvLines([[text]]), { delimiter: ',', newline: '\r\n' }).data[0]?.[0];
  const anyText = fc.string({ unit: fc.oneof(fc.constantFrom('\n', '\r', '\r\n', '"', ',', '\t', '='), fc.string({ unit: 'grapheme', maxLength: 2 })), maxLength: 40 });

  it('puts an apostrophe before every cell a spreadsheet would run as a formula, line breaks or not', () => {
    fc.assert(
      fc.property(fc.constantFrom('=', '+', '-', '@', '\t', '\r'), anyText, (start, rest) => {
        expect(cellOf(start + rest)).toBe(`'${start}${rest}`);
      }),
    );
  });

  it('leaves every other cell as it is, and numbers alone', () => {
    fc.assert(
      fc.property(anyText.filter((text) => !/^[=+\-@\t\r]/.test(text)), (text) => {
        expect(cellOf(text)).toBe(text);
      }),
    );
    expect(csvLines([[-5, '-5']])).toBe(`-5,"'-5"\r\n`);
  });
});

describe('export file names', () => {
  it('names a view’s export after the view, with an ASCII name and an RFC 5987 UTF-8 one', () => {
    const disposition = exportDisposition('items', { filter: EMPTY_FILTER, viewName: 'Corredor Norteño (Sinaloa)', date: '2026-01-22' });
    expect(disposition).toBe(
      `attachment; filename="atalaya-items-corredor-norteno-sinaloa-2026-01-22.csv"; filename*=UTF-8''atalaya-items-corredor-norte%C3%B1o-sinaloa-2026-01-22.csv`,
    );
  });

  it('names other exports after the filter’s states, topics and dates', () => {
    const filter: Filter = { ...EMPTY_FILTER, states: ['MX-MEX', 'MX-NLE'], topics: ['drug-seizures'], from: '2025-01-01', to: '2025-03-31' };
    expect(exportDisposition('briefing', { filter, date: '2026-01-22' })).toContain(
      'filename="atalaya-briefing-estado-de-mexico-nuevo-leon-drug-seizures-2025-01-01-to-2025-03-31-2026-01-22.pdf"',
    );
    expect(exportDisposition('observations', { filter: EMPTY_FILTER, date: '2026-01-22' })).toContain('filename="atalaya-observations-all-2026-01-22.csv"');
  });
});

describe('briefing text', () => {
  it('keeps Spanish accents and typographic quotes, and maps what the PDF fonts cannot draw to something safe', () => {
    expect(pdfSafe('Culiacán, Nuevo León: “señal” — ¿qué? €5…')).toBe('Culiacán, Nuevo León: “señal” — ¿qué? €5…');
    expect(pdfSafe('Alerta 🚨 en 中文')).toBe('Alerta ? en ??');
    expect(pdfSafe('Łódź ő x² → y ≥ 3')).toBe('Lódz o x² -> y >= 3');
    expect(pdfSafe('a\u200Bb\u00A0c\u202Fd 👍🏽')).toBe('ab\u00A0c d ?');
  });

  it('prints Markdown commentary as plain paragraphs', () => {
    expect(markdownParagraphs('## Heading\n\nSome **bold** and _italic_ text with a [link](https://x.example).\n\n- one\n- two')).toEqual([
      'Heading',
      'Some bold and italic text with a link.',
      '• one\n• two',
    ]);
  });

  it('describes a filter in words, in English and Spanish', () => {
    const filter: Filter = { ...EMPTY_FILTER, states: ['MX-SIN'], topics: ['drug-seizures'], from: '2025-01-01', to: '2025-03-31', q: 'fentanilo' };
    expect(describeFilter(filter, 'en')).toBe('1 Jan 2025 – 31 Mar 2025 · States: Sinaloa · Topics: Drug seizures · Search: “fentanilo”');
    expect(describeFilter(EMPTY_FILTER, 'es', 'Corredor norte')).toBe('Vista: Corredor norte · Todas las fechas · todo lo publicado');
  });
});

describe('briefing PDF', () => {
  let api: Awaited<ReturnType<typeof demoApi>>;
  beforeAll(async () => {
    api = await demoApi('pglite');
  });
  afterAll(() => api.handle.close());

  it('gathers what the dashboard shows for the filter and renders it as a PDF', async () => {
    const filter: Filter = { ...EMPTY_FILTER, states: ['MX-SIN', 'MX-SON'] };
    const data = await briefingData(api.db, filter, { lang: 'es', itemCap: 5 });
    const board = await api.caller.dashboard.get({ filter });
    expect(data.totalItems).toBe(board.kpis.items.value);
    expect(data.items.map((i) => i.id)).toEqual(board.items.items.slice(0, 5).map((i) => i.id));
    expect(data.dashboard.counts.byState).toEqual(board.counts.byState);
    expect(data.charts.map((c) => c.key)).toEqual(['homicide_case_files_sesnsp', 'prisoner_transfers', 'drug_seizures_cabinet_kg']);
    expect(data.charts[0]?.lines.map((l) => l.key)).toEqual(['MX', 'MX-SIN', 'MX-SON']);
    const pdf = Buffer.from(await renderBriefingPdf(data));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.subarray(-6).toString()).toMatch(/%%EOF/);
  });
});
