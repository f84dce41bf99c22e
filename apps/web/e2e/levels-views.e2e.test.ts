import path from 'node:path';
import { RISK_SCALE } from '@atalaya/domain';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { audit } from './axe.ts';
import { browserAvailable, dashboardReady, SCREENSHOTS, serverAndBrowser, signedInPage, trpcMutation, trpcQuery } from './browser.ts';

// The ratings this suite publishes take effect after anything the demo rates (its editions end in early
// 2026), so they are the levels in force today and, for a range ending between them, the older one.
const HIGH_FROM = '2026-09-01';
const EXTREME_FROM = '2026-11-02';
const PAST = 'from=2026-01-01&to=2026-10-01';
const RATIONALE_EXTREME = 'Armed attacks on highways and businesses around Culiacán; cargo theft on the coastal road.';
const RATIONALE_HIGH = 'Faction war in the state capital, with daily clashes.';

describe.runIf(browserAvailable())('the firm’s risk levels wherever a state appears, in Chromium', () => {
  const running = serverAndBrowser();
  let evidence: { id: number; headline: string };

  // Registered after serverAndBrowser's, so it runs once the server is up: every test below sees these ratings.
  beforeAll(async () => {
    const analyst = await signedInPage(running.browser, running.server.url);
    evidence = await rateSinaloa(analyst.page);
    await analyst.close();
  });

  /** Publishes Sinaloa high (with a Spanish rationale), then extreme (English only, citing an item); returns that item. */
  async function rateSinaloa(page: Page): Promise<{ id: number; headline: string }> {
    const url = running.server.url;
    const items = await trpcQuery<{ items: Array<{ id: number; headline: string }> }>(page, url, 'items.list', { filter: { states: ['MX-SIN'] }, limit: 1 });
    const evidence = items.items[0];
    if (!evidence) throw new Error('The demo has no item about Sinaloa to cite');
    const rate = (input: Record<string, unknown>) => trpcMutation(page, url, 'levels.create', { scope: 'MX-SIN', category: 'overall', publish: true, ...input });
    await rate({ level: 4, effectiveOn: HIGH_FROM, rationaleEn: RATIONALE_HIGH, rationaleEs: 'Guerra entre facciones en la capital del estado, con enfrentamientos diarios.' });
    await rate({ level: 5, effectiveOn: EXTREME_FROM, rationaleEn: RATIONALE_EXTREME, evidence: [evidence.id] });
    return evidence;
  }

  // The map's accessible table, in either language.
  const sinaloaRow = (page: Page) => page.getByRole('table', { name: /(by|por) estado$|by state$/ }).locator('tr[data-state="MX-SIN"]');
  const levelCell = (page: Page) => sinaloaRow(page).getByRole('cell').first();

  it('shows a published rating on the map’s Risk level layer, the old level for a past range, and on the state profile with its rationale', async () => {
    const { page, errors, close } = await signedInPage(running.browser, running.server.url);

    // Dashboard, Risk level layer, open-ended period: today's level.
    await page.goto(`${running.server.url}/`);
    await dashboardReady(page);
    await page.getByRole('radio', { name: 'Risk level (Atalaya)' }).click();
    await page.waitForURL((u) => u.searchParams.get('layer') === 'risk_level');
    await page.getByRole('table', { name: 'Risk level (Atalaya), by state' }).waitFor();
    await expect.poll(() => levelCell(page).textContent()).toBe('5 · Extreme');
    const legend = page.getByRole('group', { name: 'Legend' });
    expect(await legend.getByRole('listitem').allTextContents()).toEqual([
      expect.stringMatching(/^1 · Low \(\d+ states?\)$/),
      expect.stringMatching(/^2 · Moderate /),
      expect.stringMatching(/^3 · Elevated /),
      expect.stringMatching(/^4 · High /),
      expect.stringMatching(/^5 · Extreme \([1-9]\d* states?\)$/),
      expect.stringMatching(/^Not rated \(\d+ states?\)$/),
    ]);
    // The map paints the state with the scale's colour (feature state, not pixels).
    await page.locator('.map-frame[data-map-status="ready"]').waitFor({ timeout: 60_000 });
    const paint = () => page.evaluate(() => window.__atalayaMap?.getFeatureState({ source: 'states', id: 25 }) as { color?: string; noData?: boolean } | undefined);
    await expect.poll(async () => (await paint())?.color).toBe(RISK_SCALE[4]?.color);
    await page.locator('.map-panel').screenshot({ path: path.join(SCREENSHOTS, 'levels-map.png') });

    // A range that ends before the raise shows the level of that time.
    await page.goto(`${running.server.url}/?${PAST}&layer=risk_level`);
    await expect.poll(() => levelCell(page).textContent()).toBe('4 · High');
    expect(await legend.locator('.map-legend-title').textContent()).toContain('Oct 1, 2026');
    await expect.poll(async () => (await paint())?.color, { timeout: 60_000 }).toBe(RISK_SCALE[3]?.color);

    // Every layer's table has the level beside its figures.
    await page.goto(`${running.server.url}/?${PAST}`);
    await expect.poll(() => sinaloaRow(page).getByRole('cell').nth(1).textContent()).toBe('4 · High');

    // The state profile: the current level, its rationale and evidence, and the US advisory beside it.
    await page.goto(`${running.server.url}/states/MX-SIN`);
    const levels = page.getByRole('region', { name: 'Risk level' });
    const overall = levels.getByRole('article', { name: 'Overall' });
    await overall.getByText('Level 5 · Extreme').waitFor();
    await overall.getByText(RATIONALE_EXTREME).waitFor();
    expect(await overall.getByRole('link', { name: evidence.headline }).getAttribute('href')).toBe(`/items/${evidence.id}`);
    expect(await overall.textContent()).toMatch(/Since Nov 2, 2026 · by /);
    const advisory = levels.getByRole('article', { name: 'US travel advisory (outside reference)' });
    await advisory.getByText(/^Level [1-4] of 4 · /).waitFor();
    await levels.locator('.risk-chart svg.recharts-surface').first().waitFor();
    await page.locator('.kpi-value data').first().waitFor();
    await audit(page, 'state-profile-levels');
    await levels.screenshot({ path: path.join(SCREENSHOTS, 'levels-state-profile.png') });

    // A past range on the profile: the older level and its rationale.
    await page.goto(`${running.server.url}/states/MX-SIN?${PAST}`);
    await overall.getByText('Level 4 · High').waitFor();
    await overall.getByText(RATIONALE_HIGH).waitFor();

    // In Spanish: the newest rationale has no Spanish yet, and the page says so.
    await page.goto(`${running.server.url}/states/MX-SIN`);
    await overall.getByText('Level 5 · Extreme').waitFor();
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'ES' }).click();
    const nivel = page.getByRole('region', { name: 'Nivel de riesgo' }).getByRole('article', { name: 'General' });
    await nivel.getByText('Nivel 5 · Extremo').waitFor();
    await nivel.getByText(/La justificación en español aún no se ha redactado/).waitFor();
    expect(await nivel.getByText(RATIONALE_EXTREME).getAttribute('lang')).toBe('en');
    await page.locator('.risk-chart svg.recharts-surface').first().waitFor();
    await audit(page, 'state-profile-levels-es');
    await page.getByRole('region', { name: 'Nivel de riesgo' }).screenshot({ path: path.join(SCREENSHOTS, 'levels-state-profile-es.png') });

    // The map's Risk level layer in Spanish.
    await page.goto(`${running.server.url}/?layer=risk_level`);
    await expect.poll(() => levelCell(page).textContent()).toBe('5 · Extremo');
    await page.locator('.map-frame[data-map-status="ready"]').waitFor({ timeout: 60_000 });
    await page.locator('.map-panel').screenshot({ path: path.join(SCREENSHOTS, 'levels-map-es.png') });

    expect(errors).toEqual([]);
    await close();
  });

  it('shows the US travel advisory as its own map layer, with its vintage and source', async () => {
    const { page, errors, close } = await signedInPage(running.browser, running.server.url);
    await page.goto(`${running.server.url}/?layer=us_advisory`);
    await page.getByRole('table', { name: 'US travel advisory, by state' }).waitFor();
    await expect.poll(() => levelCell(page).textContent()).toMatch(/^[1-4] · /);
    const legend = page.getByRole('group', { name: 'Legend' });
    expect(await legend.locator('.map-legend-title').textContent()).toMatch(/^US travel advisory of \w{3} \d{1,2}, \d{4}, on its own four-step scale$/);
    expect(await legend.textContent()).toContain('Source: US Department of State, as reported by');
    expect(await legend.getByRole('link').count()).toBeGreaterThan(0);
    await page.locator('.map-frame[data-map-status="ready"]').waitFor({ timeout: 60_000 });
    await audit(page, 'map-us-advisory');
    expect(errors).toEqual([]);
    await close();
  });

  it('briefs the levels: a Risk levels slide, and the level with its rationale on the state’s slide', async () => {
    const { page, errors, close } = await signedInPage(running.browser, running.server.url);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`${running.server.url}/present?states=MX-SIN&slide=13`);
    const slide = page.getByRole('region', { name: /^Slide \d+ of \d+: / });
    await page.getByRole('region', { name: 'Slide 13 of 14: Risk levels' }).waitFor();
    await expect.poll(() => levelCell(page).textContent()).toBe('5 · Extreme');
    await slide.locator('.map-frame[data-map-status="ready"], .map-unavailable').first().waitFor({ timeout: 60_000 });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'present-levels.png') });
    await page.keyboard.press('ArrowRight');
    const state = page.getByRole('region', { name: 'Slide 14 of 14: Sinaloa' });
    await state.getByRole('region', { name: 'Risk level' }).getByText('Level 5 · Extreme').waitFor();
    await state.getByText(RATIONALE_EXTREME).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'present-state-level.png') });
    expect(errors).toEqual([]);
    await close();
  });
});
