import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from '@atalaya/db';
import { createTestDb, testBackends } from '@atalaya/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaller } from '../src/root.ts';
import { importAdvisory } from '../src/services/advisory.ts';
import { storeEdition } from '../src/services/store-edition.ts';
import { syncCatalog } from '../src/services/catalog.ts';
import { tableCounts, testContext } from './helpers.ts';

const DATA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../shared/data');
const ADVISORY = readFileSync(path.join(DATA, 'us_travel_advisory_mexico_states.csv'), 'utf8');
const ctx = { user: null, requestId: 'test' };
const reader = { id: 1, email: 'r@example.com', name: 'R', role: 'client' as const, orgId: 1 };

describe.each(testBackends())('US travel advisory and computed signals on %s', (kind) => {
  let handle: Db;
  beforeAll(async () => {
    handle = await createTestDb(kind);
    await syncCatalog(handle.db);
  });
  afterAll(() => handle.close());

  it('imports both vintages, keeps them apart, and changes nothing when the same file comes again', async () => {
    expect(await importAdvisory(handle.db, ctx, { name: 'advisory.csv', text: ADVISORY })).toEqual({ vintages: ['2018-01-10', '2024-12-06'], inserted: 64, revised: 0, unchanged: 0 });
    expect(await importAdvisory(handle.db, ctx, { name: 'advisory.csv', text: ADVISORY })).toMatchObject({ inserted: 0, revised: 0, unchanged: 64 });
    const api = createCaller(testContext(handle, reader));
    const now = await api.levels.advisory({ date: '2025-06-30' });
    expect(now).toHaveLength(32);
    // Zacatecas went from 3 (2018) to 4 (Dec 2024); a 2019 date shows the 2018 vintage.
    expect(now.find((s) => s.state === 'MX-ZAC')?.advisory).toMatchObject({ level: 4, scaleMax: 4, label: 'Do not travel', asOf: '2024-12-06' });
    expect((await api.levels.advisory({ date: '2019-06-30' })).find((s) => s.state === 'MX-ZAC')?.advisory).toMatchObject({ level: 3, asOf: '2018-01-10' });
    expect((await api.levels.advisory({ date: '2017-06-30' })).every((s) => s.advisory === null)).toBe(true);
    // The firm's own levels stay untouched: an outside rating is never a level.
    expect((await api.levels.states({ date: '2025-06-30' })).every((s) => s.rating === null)).toBe(true);
  });

  it('records a corrected level of a vintage as a revision, and refuses a bad file whole', async () => {
    const corrected = ADVISORY.replace(/^(32,MX-ZAC,Zacatecas,2024-12-06),4,Do not travel/m, '$1,3,Reconsider travel');
    expect(corrected).not.toBe(ADVISORY);
    expect(await importAdvisory(handle.db, ctx, { name: 'corrected.csv', text: corrected })).toMatchObject({ inserted: 0, revised: 1, unchanged: 63 });
    const before = await tableCounts(handle.db);
    const eol = ADVISORY.includes('\r\n') ? '\r\n' : '\n';
    const bad = `${ADVISORY.trim()}${eol}33,MX-XXX,Nowhere,2025-01-01,2,Exercise increased caution,US Department of State,high,,${eol}`;
    await expect(importAdvisory(handle.db, ctx, { name: 'bad.csv', text: bad })).rejects.toMatchObject({ message: expect.stringContaining('line 66, column iso: Unknown state "MX-XXX"') });
    expect(await tableCounts(handle.db)).toEqual(before);
  });

  it('computes item-volume signals from published items, with their inputs', async () => {
    const item = (date: string, i: number) => ({ headline: `Clash ${date} ${i}`, summary: 'Gunmen attacked a convoy.', date, outlet: null, articleAuthor: null, originalTitle: null, url: null, language: 'en' as const, places: ['MX-SIN'], topics: ['homicides-violence'], organizations: [], people: [], metrics: [] });
    // 6 items in the four weeks to 30 June, 3 in the twelve weeks before: 1.5 a week against 0.25.
    const recent = ['2025-06-05', '2025-06-10', '2025-06-12', '2025-06-20', '2025-06-25', '2025-06-29'];
    const older = ['2025-04-01', '2025-04-20', '2025-05-15'];
    await storeEdition(handle.db, { title: 'Signals test', publishedOn: '2025-06-30', author: 'A', commentary: '', items: [...recent, ...older].map(item) }, { status: 'published', sourceFormat: 'text', sourceName: 'signals', origin: 'editor' });
    const api = createCaller(testContext(handle, reader));
    const answer = await api.levels.signals({ date: '2025-06-30', states: ['MX-SIN', 'MX-SON'] });
    const sinaloa = answer.states.find((s) => s.state === 'MX-SIN');
    expect(sinaloa?.items).toMatchObject({ recent: 6, previous: 3, status: 'red' });
    expect(sinaloa?.caseFiles.status).toBe('no-data');
    expect(sinaloa?.status).toBe('red');
    expect(answer.states.find((s) => s.state === 'MX-SON')).toMatchObject({ status: 'green', items: { recent: 0, previous: 0 } });
    expect(answer.method.caseFiles).toMatchObject({ series: 'homicide_case_files_sesnsp', sourceKind: 'third_party' });
  });

  it('computes case-file signals from the dataset series only', async () => {
    const month = (m: string, value: number, extra: Record<string, unknown> = {}) => ({
      series_key: 'homicide_case_files_sesnsp', place: 'MX-SON', period_start: `${m}-01`, period_end: `${m}-28`, value, unit: 'case files', confidence: 'medium' as const, status: 'confirmed' as const, dataset: 'test', ...extra,
    });
    const months = ['2024-05', '2024-06', '2024-07', '2024-08', '2024-09', '2024-10', '2024-11', '2024-12', '2025-01', '2025-02', '2025-03', '2025-04'];
    await handle.db.insertInto('observations').values([...months.map((m) => month(m, 100)), month('2025-05', 140)]).execute();
    // A press figure for the same month never enters the signal.
    const anItem = await handle.db.selectFrom('items').select('id').limit(1).executeTakeFirstOrThrow();
    await handle.db.insertInto('observations').values(month('2025-05', 5, { dataset: null, item_id: anItem.id })).execute();
    const api = createCaller(testContext(handle, reader));
    const sonora = (await api.levels.signals({ date: '2025-06-10', states: ['MX-SON'] })).states[0];
    expect(sonora?.caseFiles).toMatchObject({ month: '2025-05-01', value: 140, trailingMean: 100, yearAgo: 100, vsMean: 'red', status: 'red' });
  });
});
