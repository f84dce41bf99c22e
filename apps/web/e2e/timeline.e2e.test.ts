import path from 'node:path';
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, SCREENSHOTS, serverAndBrowser, signedInPage, signIn } from './browser.ts';

/** The dates of the item rows the timeline has in the DOM, top to bottom. */
async function renderedDates(page: Page): Promise<string[]> {
  return page.locator('.tl-scroll article time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
}

const sortedDesc = (dates: string[]) => dates.every((d, i) => i === 0 || (dates[i - 1] as string) >= d);

/**
 * Answers every items.list call of a tRPC batch with synthetic pages of a list of `total` items (the
 * rest of the batch goes to the real running.server), to see the timeline cope with far more than the demo.
 */
async function fakeItemList(route: Route, total: number) {
  const url = new URL(route.request().url());
  const procedures = url.pathname.replace(/^\/trpc\//, '').split(',');
  if (!procedures.includes('items.list')) return route.continue();
  const response = await route.fetch();
  const body = (await response.json()) as Array<unknown>;
  const inputs = JSON.parse(url.searchParams.get('input') ?? '{}') as Record<string, { json: { cursor?: string | null; limit: number } }>;
  procedures.forEach((name, i) => {
    if (name !== 'items.list') return;
    const input = inputs[String(i)]?.json;
    const start = Number(input?.cursor ?? 0);
    const end = Math.min(total, start + (input?.limit ?? 100));
    const items = [];
    for (let n = start; n < end; n++) {
      const date = new Date(Date.parse('2026-01-31T00:00:00Z') - Math.floor(n / 4) * 86_400_000).toISOString().slice(0, 10);
      items.push({
        id: 1_000_000 + n,
        editionId: 1,
        kind: 'summary',
        headline: `Synthetic item ${n}${n % 7 === 0 ? ' with a longer headline that wraps onto a second line on most screens, to vary the heights' : ''}`,
        summary: '',
        date,
        outlet: 'Synthetic Wire',
        articleAuthor: null,
        originalTitle: null,
        url: null,
        language: 'en',
        places: n % 3 === 0 ? ['MX-SIN', 'MX-SON'] : ['MX'],
        topics: [],
        organizations: [],
        people: [],
      });
    }
    body[i] = { result: { data: { json: { items, nextCursor: end < total ? String(end) : null } } } };
  });
  // Not `{ response }`: its Content-Length is the real body's, not this one's.
  return route.fulfill({ status: response.status(), contentType: 'application/json', body: JSON.stringify(body) });
}

describe.runIf(browserAvailable())('timeline and item page in Chromium', () => {
  const running = serverAndBrowser();

  const newPage = () => signedInPage(running.browser, running.server.url);

  it('shows week headings and items newest first; brushing the strip sets the dates; an item opens and Back returns', async () => {
    const { page, errors, close } = await newPage();
    await page.goto(running.server.url);
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await timeline.getByRole('heading', { level: 3, name: /^Week of / }).first().waitFor();
    await expect.poll(() => timeline.locator('.tl-total').textContent()).toMatch(/^\d[\d,]* items$/);
    const allDates = await renderedDates(page);
    expect(allDates.length).toBeGreaterThan(3);
    expect(sortedDesc(allDates)).toBe(true);
    // Every week heading is the Monday on or before the items under it.
    const firstWeek = await timeline.getByRole('heading', { level: 3 }).first().textContent();
    expect(firstWeek).toMatch(/^Week of [A-Z][a-z]{2} \d{1,2}, \d{4}/);

    // Drag across the older half of the density strip.
    const strip = timeline.getByRole('slider', { name: 'Items per week' });
    const weeks = Number(await strip.getAttribute('data-weeks'));
    expect(weeks).toBeGreaterThan(20);
    await strip.scrollIntoViewIfNeeded();
    // The map and charts above it load on their own and may still move the strip: drag only once it stays put.
    let box = await strip.boundingBox();
    for (let tries = 0; tries < 50; tries++) {
      await page.waitForTimeout(100);
      await strip.scrollIntoViewIfNeeded();
      const again = await strip.boundingBox();
      if (box && again && again.x === box.x && again.y === box.y && again.width === box.width) break;
      box = again;
    }
    if (!box) throw new Error('The density strip has no box');
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width * 0.05, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.3, y, { steps: 5 });
    await page.mouse.move(box.x + box.width * 0.55, y, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => {
      const url = new URL(page.url());
      return url.searchParams.has('from') && url.searchParams.has('to');
    }).toBe(true);
    const brushed = new URL(page.url());
    const from = brushed.searchParams.get('from') as string;
    const to = brushed.searchParams.get('to') as string;
    expect(from < to).toBe(true);
    expect(new Date(`${from}T00:00:00Z`).getUTCDay()).toBe(1); // a Monday
    expect(new Date(`${to}T00:00:00Z`).getUTCDay()).toBe(0); // a Sunday
    await expect.poll(async () => {
      const dates = await renderedDates(page);
      return dates.length > 0 && dates.every((d) => d >= from && d <= to);
    }).toBe(true);
    expect(sortedDesc(await renderedDates(page))).toBe(true);
    // The strip still shows every week, with the brushed ones selected.
    expect(Number(await strip.getAttribute('data-weeks'))).toBe(weeks);
    expect(await strip.locator('rect.tl-bar.is-selected').count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'timeline.png'), fullPage: false });

    // Open the first item of the brushed list: its page shows the citation.
    const firstLink = timeline.locator('.tl-scroll article h4 a').first();
    await firstLink.scrollIntoViewIfNeeded();
    const scrollBefore = await page.evaluate(() => window.scrollY);
    const headline = (await firstLink.textContent()) ?? '';
    await firstLink.click();
    await page.waitForURL(/\/items\/\d+$/);
    await page.getByRole('heading', { level: 1, name: headline }).waitFor();
    const source = page.getByRole('region', { name: 'Source' });
    expect(await source.getByText('Outlet').count()).toBe(1);
    const original = source.getByRole('link', { name: /Read the original/ });
    if (await original.count()) expect(await original.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await source.locator('cite[lang]').count()).toBeLessThanOrEqual(1);
    expect(await page.getByRole('link', { name: /^Security Chatter/ }).count()).toBe(1);

    // Back returns to the same filtered view.
    await page.getByRole('link', { name: /Back to the dashboard/ }).click();
    await page.waitForURL((url) => url.pathname === '/' && url.search === brushed.search);
    await expect.poll(() => timeline.locator('.tl-scroll article h4 a').first().textContent()).toBe(headline);
    // …where the user was on the page.
    await expect.poll(async () => Math.abs((await page.evaluate(() => window.scrollY)) - scrollBefore)).toBeLessThan(50);

    // Clear dates brings every week back into the list.
    await timeline.getByRole('button', { name: 'Clear dates' }).click();
    await page.waitForURL((url) => !url.searchParams.has('from') && !url.searchParams.has('to'));
    await expect.poll(async () => (await renderedDates(page))[0]).toBe(allDates[0]);
    expect(errors).toEqual([]);
    await close();
  });

  it('shows an item’s figures with their sentences, and its link to the original', async () => {
    const { page, errors, close } = await newPage();
    // Find a demo item with figures and a link through the API, as the page would (with its session).
    const call = async <T,>(procedure: string, input: unknown): Promise<T> => {
      const res = await page.request.get(`${running.server.url}/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`);
      if (!res.ok()) throw new Error(`${procedure} answered ${res.status()}: ${await res.text()}`);
      return ((await res.json()) as { result: { data: { json: T } } }).result.data.json;
    };
    const list = await call<{ items: Array<{ id: number; url: string | null }> }>('items.list', { filter: { states: [], topics: [], orgs: [] }, limit: 200 });
    let chosen: { id: number; headline: string; observations: Array<{ text: string | null }> } | undefined;
    for (const item of list.items.filter((i) => i.url)) {
      const detail = await call<{ id: number; headline: string; observations: Array<{ text: string | null }> }>('items.byId', { id: item.id });
      if (detail.observations.length >= 2) {
        chosen = detail;
        break;
      }
    }
    if (!chosen) throw new Error('No demo item has two figures and a link');

    await page.goto(`${running.server.url}/items/${chosen.id}`);
    await page.getByRole('heading', { level: 1, name: chosen.headline }).waitFor();
    const original = page.getByRole('region', { name: 'Source' }).getByRole('link', { name: /Read the original/ });
    expect(await original.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await original.getAttribute('target')).toBe('_blank');
    const figures = page.getByRole('region', { name: 'Figures in this item' });
    expect(await figures.locator('tbody tr').count()).toBe(chosen.observations.length);
    const sentence = chosen.observations.find((o) => o.text)?.text;
    if (sentence) expect(await figures.textContent()).toContain(sentence);
    // Opened directly, Back is a link to the dashboard.
    expect(await page.getByRole('link', { name: /Dashboard/ }).first().getAttribute('href')).toBe('/');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'item.png'), fullPage: true });

    // In Spanish, the series labels and units are Spanish too.
    await page.getByRole('button', { name: 'ES' }).click();
    await page.getByRole('region', { name: 'Cifras de esta nota' }).waitFor();
    expect(await page.getByRole('region', { name: 'Fuente' }).getByRole('link', { name: /Leer la nota original/ }).count()).toBe(1);
    expect(errors).toEqual([]);
    await close();
  });

  it('brushes with the keyboard', async () => {
    const { page, errors, close } = await newPage();
    await page.goto(running.server.url);
    const strip = page.getByRole('slider', { name: 'Items per week' });
    await strip.waitFor();
    await strip.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('Shift+ArrowLeft');
    expect(await strip.getAttribute('aria-valuetext')).toMatch(/Selection .* – .*Press Enter to apply/);
    await page.keyboard.press('Enter');
    await expect.poll(() => {
      const url = new URL(page.url());
      return url.searchParams.has('from') && url.searchParams.has('to');
    }).toBe(true);
    const url = new URL(page.url());
    const days = (Date.parse(url.searchParams.get('to') as string) - Date.parse(url.searchParams.get('from') as string)) / 86_400_000;
    expect(days).toBe(20); // three weeks, Monday to Sunday
    expect(errors).toEqual([]);
    await close();
  });

  it('offers to clear a filter that matches nothing', async () => {
    const { page, errors, close } = await newPage();
    await page.goto(`${running.server.url}/?q=zzxqvnothingmatches`);
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await timeline.getByText('No items match this filter').waitFor();
    await timeline.getByRole('button', { name: 'Clear the filter' }).click();
    await page.waitForURL((url) => url.search === '');
    await timeline.getByRole('heading', { level: 3 }).first().waitFor();
    expect(errors).toEqual([]);
    await close();
  });

  it('keeps only a window of rows in the DOM while scrolling through 10,000 items', async () => {
    const { page, errors, close } = await newPage();
    await page.route('**/trpc/**', (route) => fakeItemList(route, 10_000));
    await page.goto(running.server.url);
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await timeline.getByRole('link', { name: /^Synthetic item 0\b/ }).waitFor();
    // Scroll to the end again and again: every step loads the next page of 100.
    const result = await page.locator('.tl-scroll').evaluate(async (el) => {
      let maxRows = 0;
      const started = performance.now();
      while (performance.now() - started < 60_000) {
        el.scrollTop = el.scrollHeight;
        await new Promise((resolve) => setTimeout(resolve, 30));
        maxRows = Math.max(maxRows, el.querySelectorAll('[data-index]').length);
        if (el.textContent?.includes('End of the list')) break;
      }
      return { maxRows, ended: el.textContent?.includes('End of the list') ?? false, text: el.textContent ?? '' };
    });
    expect(result.ended).toBe(true);
    expect(result.text).toContain('Synthetic item 9999');
    expect(result.maxRows).toBeLessThan(200);
    expect(await page.locator('.tl-scroll article').count()).toBeLessThan(200);

    // Half-way down, the week heading of the rows in view is pinned to the top of the box.
    const pinned = await page.locator('.tl-scroll').evaluate(async (el) => {
      el.scrollIntoView({ block: 'center' });
      el.scrollTop = el.scrollHeight / 2;
      await new Promise((resolve) => setTimeout(resolve, 200));
      const box = el.getBoundingClientRect();
      const atTop = document.elementFromPoint(box.left + 20, box.top + 8);
      return atTop?.closest('h3')?.textContent ?? null;
    });
    expect(pinned).toMatch(/^Week of /);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'timeline-10k.png'), fullPage: false });
    expect(errors).toEqual([]);
    await close();
  });

  it('fits a phone screen', async () => {
    const context = await running.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await signIn(page, running.server.url);
    await page.goto(running.server.url);
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await timeline.getByRole('heading', { level: 3 }).first().waitFor();
    await timeline.scrollIntoViewIfNeeded();
    expect(await timeline.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'timeline-phone.png'), fullPage: false });
    await context.close();
  });

  it('shows not found for an unknown or malformed item id', async () => {
    const { page, errors, close } = await newPage();
    for (const id of ['999999', 'abc']) {
      await page.goto(`${running.server.url}/items/${id}`);
      await page.getByText('This item does not exist or is not published.').waitFor();
      expect(await page.getByRole('link', { name: /Dashboard/ }).count()).toBeGreaterThan(0);
    }
    expect(errors).toEqual([]);
    await close();
  });
});
