import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEMO_PASSWORD, loadDemo, storeEdition, type ItemSummary } from '@atalaya/api';
import type { Db } from '@atalaya/db';
import { createTestDb } from '@atalaya/db/testing';
import { encodeFilter, EMPTY_FILTER, type Filter } from '@atalaya/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { csvRecords } from './support/csv.ts';
import { signInCookie } from './support/sign-in.ts';
import { spawnServer, type SpawnedServer } from './support/spawn-server.ts';

const ORIGIN = 'http://localhost';

/** The text of each page of a PDF, through pdf.js. */
async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: pdfjs.VerbosityLevel.ERRORS }).promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= document.numPages; n++) {
      const content = await (await document.getPage(n)).getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' '));
    }
    return pages;
  } finally {
    await document.destroy();
  }
}

const trpcResult = async <T>(res: Response): Promise<T> => {
  expect(res.status, await res.clone().text()).toBe(200);
  return ((await res.json()) as { result: { data: { json: T } } }).result.data.json;
};

describe('exports over HTTP', () => {
  let handle: Db;
  let app: ReturnType<typeof createApp>;
  const cookies: Record<string, string> = {};
  let northernView: { id: number; name: string; filter: Filter };
  let share: { id: number; token: string };

  const get = (url: string, cookie?: string) => app.request(url, { headers: cookie ? { cookie } : {} });
  const trpcGet = (procedure: string, input: unknown, cookie: string) =>
    get(`/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`, cookie);
  const trpcPost = (procedure: string, input: unknown, cookie: string) =>
    app.request(`/trpc/${procedure}`, { method: 'POST', headers: { cookie, origin: ORIGIN, 'content-type': 'application/json' }, body: JSON.stringify({ json: input }) });

  /** Every item of a filter, as the dashboard's list procedure pages through them. */
  async function listedIds(filter: Filter): Promise<number[]> {
    const ids: number[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: ItemSummary[]; nextCursor: string | null } = await trpcResult(await trpcGet('items.list', { filter, cursor, limit: 20 }, cookies['client'] as string));
      ids.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    return ids;
  }

  const exportAudit = () =>
    handle.db.selectFrom('audit_log').select(['action', 'entity', 'entity_id', 'actor_label', 'after']).where('action', 'like', 'export.%').orderBy('id').execute();

  beforeAll(async () => {
    handle = await createTestDb('pglite');
    await loadDemo(handle.db);
    // 250 items in 2030, so a briefing of that year has more than it may list.
    await storeEdition(
      handle.db,
      {
        title: 'Volume test',
        publishedOn: '2030-02-01',
        author: null,
        commentary: null,
        items: Array.from({ length: 250 }, (_, i) => ({
          headline: `Operativo número ${i + 1} en Culiacán`,
          summary: 'Fuerzas federales aseguraron armas y droga.',
          date: `2030-01-${String(1 + (i % 28)).padStart(2, '0')}`,
          outlet: 'El Debate',
          articleAuthor: null,
          originalTitle: null,
          url: null,
          language: 'es' as const,
          places: ['MX-SIN'],
          topics: ['drug-seizures'],
          organizations: [],
          people: [],
          metrics: [],
        })),
      },
      { status: 'published', sourceFormat: 'text', origin: 'editor' },
    );
    app = createApp({ db: handle, webDir: '/nonexistent' });
    const signIn = (email: string) => signInCookie((p, init) => app.request(p, init), ORIGIN, email, DEMO_PASSWORD);
    cookies['client'] = await signIn('client@atalaya.demo');
    cookies['manager'] = await signIn('manager@atalaya.demo');
    cookies['analyst'] = await signIn('analyst@atalaya.demo');
    const views = await trpcResult<Array<{ id: number; name: string; filter: Filter }>>(await trpcGet('views.list', {}, cookies['client']));
    northernView = views.find((v) => v.name === 'Northern corridor') as typeof northernView;
    share = await trpcResult(await trpcPost('views.share', { viewId: northernView.id }, cookies['manager']));
  });
  afterAll(() => handle.close());

  it('refuses anonymous requests with 401', async () => {
    for (const file of ['items.csv', 'observations.csv', 'briefing.pdf']) {
      const res = await get(`/api/export/${file}?states=MX-SIN`);
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ error: { message: 'Please sign in.' } });
    }
  });

  it('exports the items the dashboard lists for the filter in the URL, as an attachment that is not cached', async () => {
    const filter: Filter = { ...EMPTY_FILTER, states: ['MX-SIN', 'MX-SON'], from: '2025-01-01', to: '2026-01-31' };
    const res = await get(`/api/export/items.csv?${encodeFilter(filter)}`, cookies['client']);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const today = new Date().toISOString().slice(0, 10);
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="atalaya-items-sinaloa-sonora-2025-01-01-to-2026-01-31-${today}.csv"; filename*=UTF-8''atalaya-items-sinaloa-sonora-2025-01-01-to-2026-01-31-${today}.csv`,
    );
    const rows = await csvRecords(res);
    expect(rows.map((r) => Number(r['id']))).toEqual(await listedIds(filter));
    for (const row of rows) expect(row['places']).toMatch(/MX-SIN|MX-SON/);
  });

  it('answers a bad filter with 400 and says what is wrong', async () => {
    for (const query of ['states=MX-XXX', 'from=2025-13-01', 'colour=red', 'lang=fr']) {
      const res = await get(`/api/export/items.csv?${query}`, cookies['client']);
      expect(res.status, query).toBe(400);
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/MX-XXX|2025-13-01|colour|fr/);
    }
    for (const file of ['everything.zip', 'constructor']) expect((await get(`/api/export/${file}`, cookies['client'])).status).toBe(404);
  });

  it('exports a saved view the user can see by its id, named after it; other views are not found', async () => {
    const res = await get(`/api/export/observations.csv?view=${northernView.id}`, cookies['client']);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="atalaya-observations-northern-corridor-\d{4}-\d{2}-\d{2}\.csv"/);
    const rows = await csvRecords(res);
    expect(rows.length).toBeGreaterThan(0);
    // Dataset figures are national or of the view's states; item figures come from the view's items.
    const places = new Set(rows.filter((r) => r['item_id'] === '').map((r) => r['place']));
    expect([...places].every((p) => ['MX', ...northernView.filter.states].includes(p as string))).toBe(true);

    const admin = await handle.db.selectFrom('users').select(['id', 'org_id']).where('email', '=', 'admin@atalaya.demo').executeTakeFirstOrThrow();
    const hidden = await handle.db
      .insertInto('saved_views')
      .values({ name: 'Internal', filter: JSON.stringify(EMPTY_FILTER), owner_id: admin.id, org_id: admin.org_id })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect((await get(`/api/export/items.csv?view=${hidden.id}`, cookies['client'])).status).toBe(404);
    // …while colleagues of the organisation that owns it may export it.
    expect((await get(`/api/export/items.csv?view=${hidden.id}`, cookies['manager'])).status).toBe(200);
    expect((await get(`/api/export/items.csv?view=abc`, cookies['client'])).status).toBe(400);
    expect((await get(`/api/export/items.csv?view=${northernView.id}&states=MX-SIN`, cookies['client'])).status).toBe(400);
  });

  it('exports exactly a share link’s frozen filter, with or without that filter in the URL, and nothing else', async () => {
    const base = `/s/${share.token}/export`;
    const res = await get(`${base}/items.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('content-disposition')).toContain('filename="atalaya-items-northern-corridor-');
    expect((await csvRecords(res)).map((r) => Number(r['id']))).toEqual(await listedIds(northernView.filter));

    const same = await get(`${base}/items.csv?${encodeFilter(northernView.filter)}&lang=es`);
    expect(same.status).toBe(200);
    expect((await csvRecords(same)).some((r) => r['place_names']?.includes('Nacional'))).toBe(true);
    const other = await get(`${base}/items.csv?states=MX-CHH`);
    expect(other.status).toBe(403);
    expect(((await other.json()) as { error: { message: string } }).error.message).toMatch(/only the view it was made for/);
    expect((await get(`${base}/items.csv?view=${northernView.id}`)).status).toBe(403);
    const observations = await get(`${base}/observations.csv`);
    expect(observations.status).toBe(200);
    expect((await csvRecords(observations)).length).toBeGreaterThan(0);
  });

  it('answers an unknown or revoked share link with 410', async () => {
    expect((await get('/s/not-a-real-token-but-long-enough/export/items.csv')).status).toBe(410);
    const link = await trpcResult<{ id: number; token: string }>(await trpcPost('views.share', { viewId: northernView.id }, cookies['manager'] as string));
    expect((await get(`/s/${link.token}/export/briefing.pdf`)).status).toBe(200);
    await trpcResult(await trpcPost('views.revokeShare', { id: link.id }, cookies['manager'] as string));
    const gone = await get(`/s/${link.token}/export/briefing.pdf`);
    expect(gone.status).toBe(410);
    expect(gone.headers.get('content-type')).toMatch(/json/);
  });

  it('lists at most 200 items in a briefing, says so, and prints the filter and the time on every page', async () => {
    const res = await get(`/api/export/briefing.pdf?from=2030-01-01`, cookies['client']);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const pages = await pdfPages(new Uint8Array(await res.arrayBuffer()));
    const all = pages.join(' ');
    expect(all).toContain('Showing the 200 most recent of 250 items');
    expect(all).toContain('Operativo número 250 en Culiacán');
    pages.forEach((text, i) => {
      expect(text).toContain('Since 1 Jan 2030');
      expect(text).toMatch(/Generated \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);
      expect(text).toContain(`Page ${i + 1} of ${pages.length}`);
    });
  });

  it('writes every export to the audit log, with its filter and size, on the view or link it went through', async () => {
    const entries = await exportAudit();
    const actions = new Set(entries.map((e) => e.action));
    expect(actions).toEqual(new Set(['export.items_csv', 'export.observations_csv', 'export.briefing_pdf']));
    const viaLink = entries.filter((e) => e.entity === 'share_link' && e.entity_id === String(share.id));
    expect(viaLink.length).toBeGreaterThanOrEqual(3);
    for (const e of viaLink) expect(e.actor_label).toBeNull();
    const viaView = entries.find((e) => e.entity === 'saved_view' && e.entity_id === String(northernView.id));
    expect(viaView).toMatchObject({ action: 'export.observations_csv', actor_label: 'client@atalaya.demo' });
    const briefing = entries.find((e) => e.action === 'export.briefing_pdf' && e.entity === 'export');
    expect(briefing?.after).toMatchObject({ filter: { from: '2030-01-01' }, rows: 200 });
    const items = entries.find((e) => e.action === 'export.items_csv' && e.entity === 'export');
    expect((items?.after as { rows: number }).rows).toBeGreaterThan(0);
    // Refused requests export nothing and leave no entry.
    const before = entries.length;
    await get('/api/export/items.csv?states=MX-XXX', cookies['client']);
    await get(`/s/${share.token}/export/items.csv?states=MX-CHH`);
    expect((await exportAudit()).length).toBe(before);
  });

  it('puts the firm’s risk levels at the end of the period in the briefing and beside the states in the CSVs', async () => {
    // Dated in 2030, after anything the demo rates, so these are the levels in force in the period.
    for (const [level, effectiveOn, rationaleEs] of [
      [4, '2030-01-01', 'Guerra entre facciones en la capital.'],
      [5, '2030-01-05', null],
    ] as const) {
      await trpcResult(
        await trpcPost(
          'levels.create',
          { scope: 'MX-SIN', category: 'overall', level, effectiveOn, rationaleEn: `Sinaloa rated ${level}: attacks on highways and businesses.`, rationaleEs, publish: true },
          cookies['analyst'] as string,
        ),
      );
    }
    const query = 'states=MX-SIN&from=2030-01-01&to=2030-01-31';
    const english = await pdfPages(new Uint8Array(await (await get(`/api/export/briefing.pdf?${query}`, cookies['client'])).arrayBuffer()));
    const levelsPage = english.find((text) => text.includes('Risk levels on 31 Jan 2030')) ?? '';
    expect(levelsPage).toContain('Sinaloa · Level 5 · Extreme');
    expect(levelsPage).toContain('Sinaloa rated 5: attacks on highways and businesses.');
    expect(levelsPage).toContain('since 5 Jan 2030 · by ');
    // The standard PDF fonts have no arrow: pdfSafe writes it as ->.
    expect(levelsPage).toContain('5 Jan 2030 · Sinaloa: Level 4 · High -> Level 5 · Extreme');
    expect(levelsPage).toMatch(/Not rated \(\d+\): /);
    // Before the trends: key figures, then levels.
    expect(english.indexOf(levelsPage)).toBe(2);

    const spanish = await pdfPages(new Uint8Array(await (await get(`/api/export/briefing.pdf?${query}&lang=es`, cookies['client'])).arrayBuffer()));
    const nivel = spanish.find((text) => text.includes('Niveles de riesgo al 31 ene 2030')) ?? '';
    expect(nivel).toContain('Sinaloa · Nivel 5 · Extremo');
    expect(nivel).toContain('La justificación en español aún no se ha redactado');

    const items = await csvRecords(await get(`/api/export/items.csv?${query}`, cookies['client']));
    expect(items.length).toBeGreaterThan(0);
    for (const row of items) expect(row).toMatchObject({ inegi_codes: '25', risk_levels: '5', risk_levels_on: '2030-01-31' });
  });
});

// The built server (pdfkit outside the bundle, loading its font files) renders a briefing a person can read.
describe('briefing PDF from the built server', () => {
  let server: SpawnedServer;
  let workDir: string;
  beforeAll(async () => {
    server = await spawnServer();
    workDir = mkdtempSync(path.join(tmpdir(), 'atalaya-pdf-'));
  });
  afterAll(async () => {
    await server?.dispose();
    rmSync(workDir, { recursive: true, force: true });
  });

  it('downloads a multi-page PDF whose first pages are not blank', async () => {
    const cookie = await signInCookie((p, init) => fetch(`${server.url}${p}`, init), server.url, 'client@atalaya.demo', DEMO_PASSWORD);
    const res = await fetch(`${server.url}/api/export/briefing.pdf?states=MX-SIN,MX-SON&lang=es`, { headers: { cookie } });
    expect(res.status).toBe(200);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    const pages = await pdfPages(bytes);
    expect(pages.length).toBeGreaterThanOrEqual(4);
    expect(pages[0]).toContain('Informe Atalaya');
    expect(pages[1]).toContain('Notas por estado');
    expect(pages.join(' ')).toContain('Culiacán');

    const pdftoppm = spawnSync('pdftoppm', ['-v']);
    if (pdftoppm.error) {
      if (process.env['CI']) throw new Error('pdftoppm (poppler-utils) is required under CI to check the rendered pages');
      console.warn('pdftoppm is not installed: the check that the rendered pages are not blank was skipped');
      return;
    }
    const file = path.join(workDir, 'briefing.pdf');
    writeFileSync(file, bytes);
    const render = spawnSync('pdftoppm', ['-r', '30', '-gray', '-f', '1', '-l', '3', file, path.join(workDir, 'page')]);
    expect(render.status, render.stderr.toString()).toBe(0);
    const images = readdirSync(workDir).filter((f) => f.endsWith('.pgm')).sort();
    expect(images).toHaveLength(3);
    for (const image of images) {
      const pgm = readFileSync(path.join(workDir, image));
      const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 40).toString('latin1'));
      expect(header, image).not.toBeNull();
      const pixels = pgm.subarray(pgm.length - Number(header?.[1]) * Number(header?.[2]));
      const inked = pixels.filter((v) => v < 200).length / pixels.length;
      expect(inked, `${image}: share of dark pixels`).toBeGreaterThan(0.01);
    }
  });
});

describe('a client organisation’s exposure files over HTTP', () => {
  let handle: Db;
  let app: ReturnType<typeof createApp>;
  const cookies: Record<string, string> = {};
  let norte: number;
  let other: number;
  const get = (url: string, cookie?: string) => app.request(url, { headers: cookie ? { cookie } : {} });

  beforeAll(async () => {
    handle = await createTestDb('pglite');
    await loadDemo(handle.db);
    norte = (await handle.db.selectFrom('orgs').select('id').where('slug', '=', 'norte-logistics').executeTakeFirstOrThrow()).id;
    other = (await handle.db.insertInto('orgs').values({ slug: 'acme', name: 'Acme', kind: 'client' }).returning('id').executeTakeFirstOrThrow()).id;
    // A name a spreadsheet would run as a formula.
    await handle.db.insertInto('sites').values({ org_id: norte, name: '=HYPERLINK("http://x")', state: 'MX-SON' }).execute();
    // A state the demo never rates.
    await handle.db.insertInto('sites').values({ org_id: norte, name: 'Mérida depot', state: 'MX-YUC' }).execute();
    const analyst = await handle.db.selectFrom('users').select('id').where('email', '=', 'analyst@atalaya.demo').executeTakeFirstOrThrow();
    await handle.db
      .insertInto('assessments')
      .values({ scope: 'MX-SIN', state: 'MX-SIN', category: 'overall', level: 5, effective_on: '2025-06-03', rationale_en: 'Faction war.', status: 'published', published_at: '2025-06-03T12:00:00Z', demo: true, author_id: analyst.id })
      .execute();
    app = createApp({ db: handle, webDir: '/nonexistent' });
    const signIn = (email: string) => signInCookie((p, init) => app.request(p, init), ORIGIN, email, DEMO_PASSWORD);
    for (const who of ['client', 'manager', 'analyst']) cookies[who] = await signIn(`${who}@atalaya.demo`);
  });
  afterAll(() => handle.close());

  it('exports the sites with their levels as CSV, formulas neutralised, and logs it on the organisation', async () => {
    const res = await get(`/api/export/sites.csv?org=${norte}&date=2025-06-20&lang=es`, cookies['client']);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="atalaya-sites-norte-logistics-demo-client-2025-06-20\.csv"/);
    const rows = await csvRecords(res);
    const culiacan = rows.find((r) => r['site'] === 'Culiacán distribution centre');
    expect(culiacan).toMatchObject({ state: 'MX-SIN', state_name: 'Sinaloa', level: '5', level_label: 'Extremo', level_from: 'state', level_effective_on: '2025-06-03', type: 'Almacén', demo_rating: 'yes' });
    expect(rows.find((r) => r['site'] === 'Mérida depot')).toMatchObject({ level: '', level_label: 'Sin calificar', level_from: '' });
    expect(rows.map((r) => r['site'])).toContain('\'=HYPERLINK("http://x")');
    const logged = await handle.db.selectFrom('audit_log').select(['action', 'entity', 'entity_id', 'actor_label']).where('action', '=', 'export.sites_csv').executeTakeFirstOrThrow();
    expect(logged).toEqual({ action: 'export.sites_csv', entity: 'org', entity_id: String(norte), actor_label: 'client@atalaya.demo' });
  });

  it('exports the exposure page as a one-page PDF in the reader’s language', async () => {
    const res = await get(`/api/export/exposure.pdf?org=${norte}&date=2025-06-20`, cookies['manager']);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const pages = await pdfPages(new Uint8Array(await res.arrayBuffer()));
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('Exposure: Norte Logistics (demo client)');
    // Over the demo's own ratings (Sinaloa high since February), this one raises Sinaloa.
    expect(pages[0]).toMatch(/6 sites: 1 extreme, [^;]*1 not rated; Sinaloa raised to extreme on 3 June/);
    expect(pages[0]).toContain('Culiacán distribution centre');
    expect(pages[0]).toContain('Demo data');
    const es = await pdfPages(new Uint8Array(await (await get(`/api/export/exposure.pdf?org=${norte}&date=2025-06-20&lang=es`, cookies['client'])).arrayBuffer()));
    expect(es[0]).toMatch(/6 instalaciones: 1 extrema, [^;]*1 sin calificar; Sinaloa subió a extremo el 3 de junio/);
  });

  it('gives another organisation’s files to no one who cannot open its page, and none through a share link', async () => {
    for (const file of ['exposure.pdf', 'sites.csv']) {
      expect((await get(`/api/export/${file}?org=${norte}`)).status).toBe(401);
      expect((await get(`/api/export/${file}?org=${other}`, cookies['client'])).status).toBe(404);
      expect((await get(`/api/export/${file}?org=${other}`, cookies['manager'])).status).toBe(404);
      expect((await get(`/api/export/${file}?org=${norte}`, cookies['analyst'])).status).toBe(404);
      expect((await get(`/api/export/${file}?org=abc`, cookies['client'])).status).toBe(400);
      expect((await get(`/api/export/${file}?org=${norte}&states=MX-SIN`, cookies['client'])).status).toBe(400);
      expect((await get(`/s/not-a-real-token/export/${file}`)).status).toBe(404);
    }
  });
});
