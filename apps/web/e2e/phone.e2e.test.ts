import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { audit } from './axe.ts';
import { browserAvailable, dashboardReady, PHONE, SCREENSHOTS, serverAndBrowser, signedInPage } from './browser.ts';

const CLOSED_YEAR = '/?from=2025-01-01&to=2025-12-31';

describe.runIf(browserAvailable())('the dashboard on a 390 px phone in Chromium', () => {
  const running = serverAndBrowser();

  /** A phone (390 × 844, touch) signed in as an analyst, who has no watchlist: an unfiltered URL shows everything. */
  const phonePage = () => signedInPage(running.browser, running.server.url, { viewport: PHONE, isMobile: true, hasTouch: true });

  const search = (page: Page) => decodeURIComponent(new URL(page.url()).search);
  const filterBar = (page: Page) => page.getByRole('region', { name: /^(Filters|Filtros)$/ });
  /** The one-line summary's text as a screen reader gets it (each part named), spaces made plain. */
  const summaryText = async (page: Page) => ((await filterBar(page).locator('.filter-summary-text').textContent()) ?? '').replace(/\s+/g, ' ');

  /** The items KPI as a number, once the cards show fresh data. */
  async function itemsKpi(page: Page): Promise<number> {
    await page.locator('.kpis:not([aria-busy])').waitFor();
    return Number(await page.getByRole('article', { name: /^(Items|Notas)$/ }).locator('.kpi-value data').getAttribute('value'));
  }

  /** The panel an "Edit filters" button shows and hides (its aria-controls). */
  async function panelOf(button: Locator): Promise<Locator> {
    const id = await button.getAttribute('aria-controls');
    expect(id).toBeTruthy();
    return button.page().locator(`[id="${id}"]`);
  }

  /** Every KPI card whose content is wider than the card (it would spill past its border), and the page's own overflow. */
  async function overflowing(page: Page): Promise<string[]> {
    const cards = await page.locator('.kpi-card').evaluateAll((els) =>
      els.filter((el) => el.scrollWidth > el.clientWidth).map((el) => `${el.querySelector('h3')?.textContent ?? '?'}: ${el.scrollWidth} > ${el.clientWidth}`),
    );
    const pageWidth = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth] as const);
    return pageWidth[0] > pageWidth[1] ? [...cards, `page: ${pageWidth[0]} > ${pageWidth[1]}`] : cards;
  }

  it('folds the filters into one line so the figures are on the first screen; "Edit filters" opens them from the keyboard and a state reaches the URL', async () => {
    const { page, errors, close } = await phonePage();
    await page.goto(`${running.server.url}${CLOSED_YEAR}`);
    await dashboardReady(page);
    const all = await itemsKpi(page);

    // Folded: what the filter is, and a collapsed disclosure button; none of the controls.
    expect(await summaryText(page)).toBe('Dates: Jan 1 – Dec 31, 2025');
    const edit = filterBar(page).getByRole('button', { name: 'Edit filters' });
    expect(await edit.getAttribute('aria-expanded')).toBe('false');
    const panel = await panelOf(edit);
    expect(await panel.isHidden()).toBe(true);
    expect(await page.getByRole('combobox', { name: 'States' }).isVisible()).toBe(false);

    // The first screen shows data: the first key figure whole, and no card wider than itself.
    const first = await page.getByRole('article', { name: 'Items' }).boundingBox();
    expect(first).not.toBeNull();
    expect((first?.y ?? Infinity) + (first?.height ?? 0)).toBeLessThanOrEqual(PHONE.height);
    expect(await overflowing(page)).toEqual([]);
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'phone-dashboard.png') });
    await audit(page, 'phone-filters-folded');

    // From the keyboard: Enter opens the bar below the button, and Tab goes on into it.
    await edit.focus();
    await page.keyboard.press('Enter');
    expect(await edit.getAttribute('aria-expanded')).toBe('true');
    await panel.waitFor({ state: 'visible' });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'phone-filters-open.png') });
    await audit(page, 'phone-filters-open');

    const states = page.getByRole('combobox', { name: 'States' });
    await states.pressSequentially('sinal');
    await page.getByRole('option', { name: /Sinaloa/ }).waitFor();
    await states.press('Enter');
    await expect.poll(() => search(page)).toBe('?from=2025-01-01&to=2025-12-31&states=MX-SIN');
    await expect.poll(() => summaryText(page)).toBe('Dates: Jan 1 – Dec 31, 2025 · States: Sinaloa');
    await expect.poll(() => itemsKpi(page)).toBeLessThan(all);

    // Space closes it again; the summary keeps the new filter.
    await edit.focus();
    await page.keyboard.press('Space');
    expect(await edit.getAttribute('aria-expanded')).toBe('false');
    await panel.waitFor({ state: 'hidden' });

    // The state table stays usable by touch, and the summary follows a filter changed there.
    await page.getByRole('button', { name: 'Add Sonora to the filter' }).tap();
    await expect.poll(() => search(page)).toBe('?from=2025-01-01&to=2025-12-31&states=MX-SIN,MX-SON');
    await expect.poll(() => summaryText(page)).toBe('Dates: Jan 1 – Dec 31, 2025 · States: Sinaloa, Sonora');
    await dashboardReady(page);
    expect(await overflowing(page)).toEqual([]);
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'phone-dashboard-full.png'), fullPage: true });
    expect(errors).toEqual([]);
    await close();
  });

  it('speaks Spanish: "Editar filtros", the summary and the cards, with no comparison to show', async () => {
    const { page, errors, close } = await phonePage();
    await page.goto(running.server.url);
    await dashboardReady(page);
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'ES' }).click();
    const edit = filterBar(page).getByRole('button', { name: 'Editar filtros' });
    await edit.waitFor();
    expect(await summaryText(page)).toBe('Todas las notas publicadas, todas las fechas.');
    // All time: every figure says it has nothing to compare with, within its card.
    await page.getByRole('article', { name: 'Aseguramientos de droga' }).getByText('Sin comparación', { exact: true }).waitFor();
    expect(await overflowing(page)).toEqual([]);

    await edit.focus();
    await page.keyboard.press('Enter');
    const states = page.getByRole('combobox', { name: 'Estados' });
    await states.pressSequentially('sonora');
    await page.getByRole('option', { name: /Sonora/ }).waitFor();
    await states.press('Enter');
    await expect.poll(() => search(page)).toBe('?states=MX-SON');
    await expect.poll(() => summaryText(page)).toBe('Estados: Sonora');
    await page.getByRole('button', { name: 'Quitar Sonora', exact: true }).waitFor();
    await edit.click();
    expect(await edit.getAttribute('aria-expanded')).toBe('false');

    await dashboardReady(page);
    const first = await page.getByRole('article', { name: 'Notas' }).boundingBox();
    expect((first?.y ?? Infinity) + (first?.height ?? 0)).toBeLessThanOrEqual(PHONE.height);
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'phone-dashboard-es.png') });
    await audit(page, 'phone-dashboard-es');
    // Leave the browser's choice as it was for the other tests.
    await page.evaluate(() => localStorage.removeItem('atalaya.lang'));
    expect(errors).toEqual([]);
    await close();
  });

  it('unfolds into the full bar on a wider screen, where the key figures stay within their cards too', async () => {
    const { page, errors, close } = await phonePage();
    await page.goto(running.server.url);
    await dashboardReady(page);
    await filterBar(page).getByRole('button', { name: 'Edit filters' }).waitFor();

    // 1440: the desktop layout; 1210: four cards across at their narrowest, with changes to show.
    for (const [width, url] of [
      [1440, '/'],
      [1210, CLOSED_YEAR],
    ] as const) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${running.server.url}${url}`);
      await dashboardReady(page);
      expect(await page.getByRole('button', { name: 'Edit filters' }).count()).toBe(0);
      expect(await page.getByRole('combobox', { name: 'States' }).isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: 'All time' }).isVisible()).toBe(true);
      expect(await overflowing(page), `at ${width} px`).toEqual([]);
    }
    // Turned or resized across the breakpoint without a reload, the bar folds again.
    await page.setViewportSize(PHONE);
    await filterBar(page).getByRole('button', { name: 'Edit filters' }).waitFor();
    expect(await page.getByRole('combobox', { name: 'States' }).isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await close();
  });
});
