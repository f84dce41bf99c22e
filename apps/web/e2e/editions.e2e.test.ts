import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, SCREENSHOTS, serverAndBrowser, signedInPage } from './browser.ts';

interface Edition {
  id: number;
  title: string;
  publishedOn: string;
  commentary: string | null;
  items: Array<{ id: number; headline: string }>;
}

describe.runIf(browserAvailable())('edition archive in Chromium', () => {
  const running = serverAndBrowser();

  /** A tRPC query with the page's session (its context's cookies). */
  async function api<T>(page: Page, procedure: string, input?: unknown): Promise<T> {
    const query = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
    const res = await page.request.get(`${running.server.url}/trpc/${procedure}${query}`);
    if (!res.ok()) throw new Error(`${procedure} answered ${res.status()}: ${await res.text()}`);
    return ((await res.json()) as { result: { data: { json: T } } }).result.data.json;
  }

  const newPage = () => signedInPage(running.browser, running.server.url);

  it('lists the seven demo editions, newest first, and shows one as published: commentary, then its items in order', async () => {
    const { page, errors, close } = await newPage();
    await page.goto(`${running.server.url}/editions`);
    await page.getByRole('heading', { level: 1, name: 'Newsletter archive' }).waitFor();
    const rows = page.locator('table.editions-archive tbody tr');
    await expect.poll(() => rows.count()).toBe(7);
    const dates = await rows.locator('time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
    expect(dates).toEqual([...dates].sort().reverse());
    for (let i = 0; i < 7; i++) expect(Number(await rows.nth(i).locator('td').last().textContent())).toBeGreaterThan(0);
    // Demo content says so, row by row.
    expect(await rows.getByText('Demo data', { exact: true }).count()).toBe(7);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'editions.png'), fullPage: false });

    // Open the third edition from the top.
    const link = rows.nth(2).getByRole('link');
    const title = (await link.textContent()) ?? '';
    await link.click();
    await page.waitForURL(/\/editions\/\d+$/);
    const id = Number(new URL(page.url()).pathname.split('/').pop());
    const edition = await api<Edition>(page, 'editions.byId', { id });
    expect(edition.title).toBe(title);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();

    const commentary = page.getByRole('region', { name: 'Commentary' });
    const firstParagraph = (edition.commentary ?? '').split(/\n\s*\n/)[0]?.trim() ?? '';
    expect(firstParagraph.length).toBeGreaterThan(20);
    expect(await commentary.locator('p').first().textContent()).toBe(firstParagraph);

    const headlines = page.getByRole('region', { name: 'Items in this edition' }).getByRole('heading', { level: 3 });
    expect(await headlines.allTextContents()).toEqual(edition.items.map((i) => i.headline));
    const citations = page.locator('.edition-item cite[lang]');
    expect(await citations.count()).toBeGreaterThan(0);
    expect(await page.locator('header').getByText('Demo data', { exact: true }).isVisible()).toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'edition.png'), fullPage: false });

    // Each headline opens its item page, whose Back returns to the edition.
    const first = edition.items[0];
    if (!first) throw new Error('The edition has no items');
    await headlines.first().getByRole('link').click();
    await page.waitForURL(`${running.server.url}/items/${first.id}`);
    await page.getByRole('heading', { level: 1, name: first.headline }).waitFor();
    expect(await page.getByText('Written for the demonstration: this is not the firm’s reporting.').isVisible()).toBe(true);
    await page.getByRole('link', { name: /Back to the edition/ }).click();
    await page.waitForURL(`${running.server.url}/editions/${id}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(errors).toEqual([]);
    await close();
  });

  it('reads in Spanish', async () => {
    const { page, errors, close } = await newPage();
    await page.goto(`${running.server.url}/editions`);
    await page.getByRole('button', { name: 'ES' }).click();
    await page.getByRole('heading', { level: 1, name: 'Archivo del boletín' }).waitFor();
    // The heading comes before the archive's data: wait for the table itself.
    await page.getByRole('columnheader', { name: 'Notas' }).waitFor();
    expect(await page.getByRole('columnheader', { name: 'Notas' }).count()).toBe(1);
    // es-MX dates: '12 mar 2025'.
    const firstDate = await page.locator('table.editions-archive tbody tr time').first().textContent();
    expect(firstDate).toMatch(/^\d{1,2} [a-z]{3}\.? \d{4}$/);
    expect(await page.locator('table.editions-archive tbody tr').first().getByText('Datos de demostración').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it('links the dashboard’s latest commentary to its edition', async () => {
    const { page, errors, close } = await newPage();
    await page.goto(running.server.url);
    const latest = await api<{ editionId: number; title: string }>(page, 'editions.latestCommentary');
    const panel = page.getByRole('region', { name: 'Latest commentary' });
    await panel.getByText('Demo data', { exact: true }).waitFor();
    await panel.getByRole('link', { name: latest.title }).click();
    await page.waitForURL(`${running.server.url}/editions/${latest.editionId}`);
    await page.getByRole('region', { name: 'Commentary' }).waitFor();
    expect(errors).toEqual([]);
    await close();
  });

  it('shows not found for an unknown or malformed edition id', async () => {
    const { page, errors, close } = await newPage();
    for (const id of ['999999', 'abc', '0']) {
      await page.goto(`${running.server.url}/editions/${id}`);
      await page.getByText('This edition does not exist or is not published.').waitFor();
      expect(await page.getByRole('link', { name: /All editions/ }).getAttribute('href')).toBe('/editions');
    }
    expect(errors).toEqual([]);
    await close();
  });
});
