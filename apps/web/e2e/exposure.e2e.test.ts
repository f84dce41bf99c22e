import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, SCREENSHOTS, serverAndBrowser, signIn, submitSignIn } from './browser.ts';

const NORTE = 'Norte Logistics (demo client)';
const DAY_MS = 86_400_000;
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY_MS).toISOString().slice(0, 10);

describe.runIf(browserAvailable())('client exposure and portfolio in Chromium', () => {
  const running = serverAndBrowser();

  async function newPage(viewport = { width: 1400, height: 900 }) {
    const context = await running.browser.newContext({ viewport, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    return { page, errors, close: () => context.close() };
  }

  /** A tRPC call from a signed-in page, through the same endpoint and session cookie the app uses. */
  async function call<T>(page: Page, procedure: string, input: unknown, kind: 'query' | 'mutation' = 'mutation'): Promise<T> {
    const url = `${running.server.url}/trpc/${procedure}`;
    const res =
      kind === 'query'
        ? await page.request.get(`${url}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`)
        : await page.request.post(url, { data: { json: input }, headers: { origin: running.server.url } });
    expect(res.ok(), `${procedure}: ${await res.text()}`).toBe(true);
    return ((await res.json()) as { result: { data: { json: T } } }).result.data.json;
  }

  const portfolioOrder = async (page: Page) => {
    const table = page.getByRole('table', { name: /^Client organisations/ });
    await table.locator('tbody tr').first().waitFor();
    return (await table.getByRole('rowheader').allTextContents()).map((s) => s.trim());
  };

  it('shows the client its sites at the level just published, and the account manager its clients most affected first', async () => {
    // Setup through the API: a second client of the same account manager, with more sites where the demo rates the
    // risk high than Norte Logistics has, so that it comes first until something changes this week.
    const admin = await newPage();
    await signIn(admin.page, running.server.url, 'admin@atalaya.demo');
    const bajio = await call<{ id: number }>(admin.page, 'admin.createOrg', { slug: 'bajio-foods', name: 'Bajío Foods', kind: 'client' });
    for (const site of [
      { name: 'León plant', state: 'MX-GUA', locality: 'MX-GUA/leon', lat: 21.1221, lon: -101.6822, type: 'plant' },
      { name: 'Juárez warehouse', state: 'MX-CHH', lat: 31.69, lon: -106.45, type: 'warehouse' },
      { name: 'Tijuana office', state: 'MX-BCN', lat: 32.51, lon: -117.03, type: 'office' },
    ]) {
      await call(admin.page, 'admin.saveSite', { orgId: bajio.id, ...site });
    }
    const orgs = await call<Array<{ id: number; name: string }>>(admin.page, 'admin.orgs', undefined, 'query');
    const users = await call<Array<{ id: number; email: string }>>(admin.page, 'admin.users', undefined, 'query');
    const norte = orgs.find((o) => o.name === NORTE)?.id;
    const manager = users.find((u) => u.email === 'manager@atalaya.demo')?.id;
    await call(admin.page, 'admin.setAssignments', { userId: manager, orgIds: [norte, bajio.id] });
    await admin.close();

    // Before any rating moves this week, the organisation with more sites at high or extreme comes first.
    const am = await newPage();
    await signIn(am.page, running.server.url, 'manager@atalaya.demo', undefined, '/portfolio');
    expect(await portfolioOrder(am.page)).toEqual(['Bajío Foods', NORTE]);

    // An analyst rates Sinaloa high two months ago (as the demo has it), then raises it to extreme today.
    const analyst = await newPage();
    await signIn(analyst.page, running.server.url, 'analyst@atalaya.demo');
    const rate = (level: number, effectiveOn: string, rationaleEn: string, rationaleEs: string) =>
      call(analyst.page, 'levels.create', { scope: 'MX-SIN', category: 'overall', level, effectiveOn, rationaleEn, rationaleEs, publish: true });
    await rate(4, isoDay(-60), 'Faction fighting around the state capital.', 'Enfrentamientos entre facciones en la capital.');
    await rate(5, isoDay(0), 'Attacks on highways and businesses spread across the state.', 'Los ataques a carreteras y comercios se extienden por el estado.');
    await analyst.close();

    // The client signs in with no page to return to, and lands on its exposure page.
    const client = await newPage();
    await client.page.goto(`${running.server.url}/login`);
    await submitSignIn(client.page, 'client@atalaya.demo');
    await client.page.waitForURL(`${running.server.url}/exposure`);
    await client.page.getByRole('heading', { level: 1, name: `Exposure: ${NORTE}` }).waitFor();
    expect(await client.page.getByText(/^\d+ sites: 1 extreme, .*; Sinaloa raised to extreme on /).count()).toBe(1);
    const culiacan = client.page.getByRole('row').filter({ has: client.page.getByRole('rowheader', { name: /Culiacán distribution centre/ }) });
    expect(await culiacan.textContent()).toContain('Extreme');
    expect(await culiacan.textContent()).toContain('Raised from High');
    expect(await client.page.getByRole('link', { name: 'Open the dashboard' }).getAttribute('href')).toBe('/');
    const since = client.page.getByRole('region', { name: 'Since your last visit' });
    await since.getByText(/Sinaloa \(Overall\): High → Extreme/).waitFor();
    await client.page.locator('.map-frame[data-map-status="ready"], .map-unavailable').first().waitFor({ timeout: 60_000 });
    await client.page.screenshot({ path: path.join(SCREENSHOTS, 'exposure-en.png'), fullPage: true });
    await client.page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'ES' }).click();
    await client.page.getByText(/^\d+ instalaciones: 1 extrema, .*; Sinaloa subió a extremo el /).waitFor();
    await client.page.getByText('Los ataques a carreteras y comercios se extienden por el estado.').waitFor();
    await client.page.locator('.map-frame[data-map-status="ready"], .map-unavailable').first().waitFor({ timeout: 60_000 });
    await client.page.screenshot({ path: path.join(SCREENSHOTS, 'exposure-es.png'), fullPage: true });
    // The PDF of the page is one sheet.
    const pdf = await client.page.request.get(`${running.server.url}/api/export/exposure.pdf?org=${norte}&lang=es`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect(client.errors).toEqual([]);
    await client.close();

    // The account manager's portfolio now puts Norte Logistics first: one of its sites was raised this week.
    await am.page.reload();
    expect(await portfolioOrder(am.page)).toEqual([NORTE, 'Bajío Foods']);
    const row = am.page.getByRole('row').filter({ has: am.page.getByRole('rowheader', { name: NORTE }) });
    expect(await row.textContent()).toContain('Raised: 1, lowered: 0');
    expect(await row.textContent()).toContain('Sinaloa: High → Extreme');
    await am.page.screenshot({ path: path.join(SCREENSHOTS, 'portfolio-en.png'), fullPage: true });
    await am.page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'ES' }).click();
    await am.page.getByRole('heading', { level: 1, name: 'Cartera' }).waitFor();
    await am.page.screenshot({ path: path.join(SCREENSHOTS, 'portfolio-es.png'), fullPage: true });
    // From the portfolio to a client's exposure page.
    await am.page.getByRole('link', { name: `Abrir la página de exposición de ${NORTE}` }).click();
    await am.page.getByRole('heading', { level: 1, name: `Exposición: ${NORTE}` }).waitFor();
    expect(await am.page.getByRole('combobox', { name: 'Organización' }).inputValue()).toBe(String(norte));
    expect(am.errors).toEqual([]);
    await am.close();
  });
});
