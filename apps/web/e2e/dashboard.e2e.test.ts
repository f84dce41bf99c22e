import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, SCREENSHOTS, serverAndBrowser, signIn } from './browser.ts';

describe.runIf(browserAvailable())('dashboard filters in Chromium', () => {
  const running = serverAndBrowser();

  /** A fresh page, signed in as an analyst (no watchlist: an unfiltered URL shows everything). */
  async function openPage(): Promise<{ page: Page; errors: string[] }> {
    const page = await running.browser.newPage({ viewport: { width: 1440, height: 1000 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, running.server.url);
    return { page, errors };
  }

  /** The items KPI as a number, once the cards show fresh data. */
  async function itemsKpi(page: Page): Promise<number> {
    const value = page.getByRole('article', { name: /^(Items|Notas)$/ }).locator('.kpi-value data');
    await value.waitFor();
    await page.locator('.kpis:not([aria-busy])').waitFor();
    return Number(await value.getAttribute('value'));
  }

  const search = (page: Page) => new URL(page.url()).search;

  it('filters by state, topic and period through the URL; reload and Back give the same view', async () => {
    const { page, errors } = await openPage();
    await page.goto(running.server.url);
    const all = await itemsKpi(page);
    expect(all).toBeGreaterThan(20);

    const states = page.getByRole('combobox', { name: 'States' });
    await states.pressSequentially('sinal');
    await page.getByRole('option', { name: /Sinaloa/ }).waitFor();
    await states.press('Enter');
    await expect.poll(() => search(page)).toBe('?states=MX-SIN');
    await expect.poll(() => itemsKpi(page)).toBeLessThan(all);
    const sinaloa = await itemsKpi(page);

    const topics = page.getByRole('combobox', { name: 'Topics' });
    await topics.pressSequentially('cartel');
    await topics.press('Enter');
    await expect.poll(() => search(page)).toBe('?states=MX-SIN&topics=cartels-organized-crime');
    await expect.poll(() => itemsKpi(page)).toBeLessThan(sinaloa);
    const withTopic = await itemsKpi(page);

    await page.getByRole('button', { name: 'Last 12 months' }).click();
    await expect.poll(() => search(page)).toMatch(/^\?from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}&states=MX-SIN&topics=cartels-organized-crime$/);
    await expect.poll(() => itemsKpi(page)).not.toBe(withTopic);
    const lastYear = await itemsKpi(page);
    // A closed range has a previous period to compare with.
    await expect.poll(() => page.getByRole('article', { name: 'Items' }).locator('.kpi-change').getAttribute('class')).not.toContain('is-none');

    // Reload: the same view from the URL alone.
    const url = page.url();
    await page.reload();
    expect(page.url()).toBe(url);
    expect(await itemsKpi(page)).toBe(lastYear);
    await page.getByRole('button', { name: 'Remove Sinaloa', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Remove Cartels & organized crime' }).waitFor();
    expect(await page.getByRole('button', { name: 'Last 12 months' }).getAttribute('aria-pressed')).toBe('true');

    // Back: the view before the period was chosen.
    await page.goBack();
    await expect.poll(() => search(page)).toBe('?states=MX-SIN&topics=cartels-organized-crime');
    await expect.poll(() => itemsKpi(page)).toBe(withTopic);
    expect(await page.getByRole('button', { name: 'All time' }).getAttribute('aria-pressed')).toBe('true');

    // A view worth a screenshot: two states over a closed year.
    await page.goto(`${running.server.url}/?from=2025-01-01&to=2025-12-31&states=MX-SIN,MX-SON`);
    await itemsKpi(page);
    await expect.poll(() => page.getByRole('heading', { name: /Key figures/ }).textContent()).toMatch(/Jan 1, 2025 – Dec 31, 2025/);
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'dashboard.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a pasted link with the chips and dates it names', async () => {
    const { page, errors } = await openPage();
    const crashed = new Promise<never>((_, reject) => page.once('pageerror', (e) => reject(new Error(`The page failed: ${e.stack ?? e.message}`))));
    await page.goto(`${running.server.url}/?states=MX-SIN,MX-SON&from=2025-01-01`);
    await Promise.race([page.getByRole('button', { name: 'Remove Sinaloa', exact: true }).waitFor(), crashed]);
    await page.getByRole('button', { name: 'Remove Sonora', exact: true }).waitFor();
    expect(await page.getByLabel('From', { exact: true }).inputValue()).toBe('2025-01-01');
    expect(await itemsKpi(page)).toBeGreaterThan(0);
    await expect.poll(() => page.getByRole('heading', { name: /Key figures/ }).textContent()).toMatch(/Jan 1, 2025 –/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('explains a link with an unknown state instead of failing', async () => {
    const { page, errors } = await openPage();
    await page.goto(`${running.server.url}/?states=MX-XXX`);
    const notice = page.getByRole('alert').filter({ hasText: 'cannot read' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('unknown state “MX-XXX”');
    // The rest of the screen still works, showing everything.
    expect(await itemsKpi(page)).toBeGreaterThan(20);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('switches to Spanish, with es-MX dates, and remembers it after a reload', async () => {
    const { page, errors } = await openPage();
    await page.goto(`${running.server.url}/?from=2025-01-01&to=2025-12-31&states=MX-SIN,MX-SON`);
    await itemsKpi(page);
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'ES' }).click();
    await page.getByRole('combobox', { name: 'Estados' }).waitFor();
    await page.getByRole('button', { name: 'Últimos 30 días' }).waitFor();
    await page.getByRole('button', { name: 'Quitar Sinaloa', exact: true }).waitFor();
    const heading = page.getByRole('heading', { name: /Cifras clave/ });
    expect(await heading.textContent()).toMatch(/1 ene 2025 – 31 dic 2025/);

    await page.reload();
    await page.getByRole('combobox', { name: 'Estados' }).waitFor();
    expect(await page.getByRole('heading', { name: /Cifras clave/ }).textContent()).toMatch(/1 ene 2025 – 31 dic 2025/);
    expect(await page.getByRole('article', { name: 'Notas' }).textContent()).toContain('Fuente:');
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'dashboard-es.png'), fullPage: true });
    // Leave the browser's choice as it was for the other tests.
    await page.evaluate(() => localStorage.removeItem('atalaya.lang'));
    expect(errors).toEqual([]);
    await page.close();
  });
});
