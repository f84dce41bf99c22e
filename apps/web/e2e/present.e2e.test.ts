import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, SCREENSHOTS, serverAndBrowser, signedInPage, signIn, trpcQuery as query } from './browser.ts';

const PROJECTOR = { width: 1920, height: 1080 };

describe.runIf(browserAvailable())('briefing mode in Chromium', () => {
  const running = serverAndBrowser();

  const slideParam = (page: Page) => new URL(page.url()).searchParams.get('slide');
  const currentSlide = (page: Page): Locator => page.getByRole('region', { name: /^Slide \d+ of \d+: / });
  /** Presses a key and waits until the URL names slide `n`. */
  async function press(page: Page, key: string, n: number): Promise<Locator> {
    await page.keyboard.press(key);
    await expect.poll(() => slideParam(page)).toBe(String(n));
    const slide = currentSlide(page);
    await expect.poll(() => slide.getAttribute('data-slide')).toBe(String(n));
    return slide;
  }
  /** Saves a screenshot of the slide, after checking that it fits the screen: nothing to scroll to during a briefing. */
  async function shot(page: Page, name: string): Promise<void> {
    const stage = page.locator('.present-stage');
    expect(await stage.evaluate((el) => el.scrollHeight - el.clientHeight), `${name} slide overflows`).toBeLessThanOrEqual(1);
    await page.screenshot({ path: path.join(SCREENSHOTS, `present-${name}.png`) });
  }

  it('a partner presents the dashboard’s filter from the keyboard, reloads on a slide, and leaves with Esc', async () => {
    const { page, errors, close } = await signedInPage(running.browser, running.server.url);
    await page.setViewportSize(PROJECTOR);
    await page.goto(`${running.server.url}/?states=MX-SIN`);
    await page.locator('.kpis:not([aria-busy]) .kpi-value').first().waitFor();

    await page.getByRole('link', { name: 'Present' }).click();
    await page.waitForURL((url) => url.pathname === '/present');
    expect(new URL(page.url()).search).toBe('?states=MX-SIN&slide=1');
    // Full screen: no top bar, only the slide and its controls.
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);

    // The title slide: the latest commentary, with its author and date.
    const commentary = await query<{ author: string; publishedOn: string }>(page, running.server.url, 'editions.latestCommentary');
    const published = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${commentary.publishedOn}T00:00:00Z`));
    let slide = currentSlide(page);
    await slide.getByRole('heading', { level: 2, name: 'Security briefing' }).waitFor();
    expect(await slide.textContent()).toContain(`${commentary.author} · ${published}`);
    const counter = (await page.locator('.deck-counter [aria-hidden="true"]').textContent()) ?? '';
    expect(counter).toMatch(/^1 \/ \d+$/);
    const total = Number(counter.split(' / ')[1]);
    // Title, map, key figures, 4 charts, 5 items, risk levels, Sinaloa.
    expect(total).toBe(14);
    expect(await slide.getAttribute('aria-label')).toBe(`Slide 1 of ${total}: Security briefing`);
    await shot(page, 'title');

    // Body text is projector-sized at 1920×1080.
    const bodySize = await slide.locator('.slide-commentary blockquote p').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(bodySize).toBeGreaterThanOrEqual(28);

    slide = await press(page, 'ArrowRight', 2);
    await slide.getByRole('heading', { level: 2, name: 'Map by state' }).waitFor();
    await slide.locator('.map-frame[data-map-status="ready"], .map-unavailable').first().waitFor({ timeout: 60_000 });
    await shot(page, 'map');

    slide = await press(page, 'Space', 3);
    const items = slide.getByRole('article', { name: 'Items' }).locator('.kpi-value data');
    await items.waitFor();
    expect(Number(await items.getAttribute('value'))).toBeGreaterThan(0);
    expect(await slide.getByRole('article', { name: 'National homicide rate' }).locator('.kpi-value').textContent()).toMatch(/\d/);
    await shot(page, 'kpis');

    slide = await press(page, 'ArrowLeft', 2);
    await slide.getByRole('heading', { level: 2, name: 'Map by state' }).waitFor();

    slide = await press(page, 'End', total);
    await slide.getByRole('heading', { level: 2, name: 'Sinaloa' }).waitFor();
    await slide.getByRole('heading', { level: 3, name: 'Latest items' }).waitFor();
    expect(await slide.textContent()).toMatch(/\d+ items in this briefing/);
    await slide.locator('.slide-list li').first().waitFor();
    await shot(page, 'state');

    slide = await press(page, 'Home', 1);
    await slide.getByRole('heading', { level: 2, name: 'Security briefing' }).waitFor();

    // Through the charts to the first item.
    for (let n = 2; n <= 7; n++) slide = await press(page, 'ArrowRight', n);
    await slide.locator('svg.recharts-surface').first().waitFor();
    await shot(page, 'trend');
    slide = await press(page, 'PageDown', 8);
    await slide.getByText('Item 1 of 5').waitFor();
    const headline = (await slide.getByRole('heading', { level: 2 }).textContent()) ?? '';
    expect(headline.length).toBeGreaterThan(10);
    const citation = (await slide.locator('.slide-citation').textContent()) ?? '';
    expect(citation).toMatch(/^Source: .+ · \w{3} \d{1,2}, \d{4}/);
    expect(await slide.getByRole('list', { name: 'States, topics and organisations' }).textContent()).toContain('Sinaloa');
    const summarySize = await slide.locator('.slide-body p').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(summarySize).toBeGreaterThanOrEqual(28);
    await shot(page, 'item');

    // Reload: the same slide.
    await page.reload();
    expect(slideParam(page)).toBe('8');
    await currentSlide(page).getByRole('heading', { level: 2, name: headline }).waitFor();

    // The Next button works too.
    await page.getByRole('button', { name: 'Next slide' }).click();
    await expect.poll(() => slideParam(page)).toBe('9');

    // F fills the screen and back; while it is full, Esc is the browser's (it leaves full screen, not the deck).
    const isFullscreen = () => page.evaluate(() => document.fullscreenElement !== null);
    await page.keyboard.press('f');
    await expect.poll(isFullscreen).toBe(true);
    await page.getByRole('button', { name: 'Exit full screen' }).waitFor();
    await page.keyboard.press('Escape');
    expect(new URL(page.url()).pathname).toBe('/present');
    await page.keyboard.press('f');
    await expect.poll(isFullscreen).toBe(false);
    await page.getByRole('button', { name: 'Full screen' }).waitFor();

    await page.keyboard.press('Escape');
    await page.waitForURL((url) => url.pathname === '/');
    expect(new URL(page.url()).search).toBe('?states=MX-SIN');
    await page.getByRole('button', { name: 'Remove Sinaloa', exact: true }).waitFor();

    expect(errors).toEqual([]);
    await close();
  });

  it('keeps the presenter-notes window and the slides in step, whichever one moves', async () => {
    const { page, errors, close } = await signedInPage(running.browser, running.server.url);
    await page.goto(`${running.server.url}/present?states=MX-SIN&slide=2`);
    await currentSlide(page).getByRole('heading', { level: 2, name: 'Map by state' }).waitFor();

    const [notes] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('n')]);
    notes.on('pageerror', (e) => errors.push(`notes: ${e.message}`));
    expect(new URL(notes.url()).pathname).toBe('/present/notes');
    await notes.getByRole('heading', { level: 2, name: /^Slide 2 of 14: Map by state$/ }).waitFor();
    expect(await notes.getByText('Next: Key figures').count()).toBe(1);
    expect(await notes.locator('.notes-clock time').textContent()).toMatch(/\d{1,2}:\d{2}/);
    expect(await notes.textContent('.notes-body')).toMatch(/^Items per state, most first: Sinaloa \d+/);

    // Moving the slides moves the notes.
    await press(page, 'ArrowRight', 3);
    await notes.getByRole('heading', { level: 2, name: /^Slide 3 of 14: Key figures$/ }).waitFor();
    await expect.poll(() => slideParam(notes)).toBe('3');

    // Moving in the notes moves the slides.
    await notes.keyboard.press('End');
    await expect.poll(() => slideParam(page)).toBe('14');
    await currentSlide(page).getByRole('heading', { level: 2, name: 'Sinaloa' }).waitFor();
    await notes.getByText('This is the last slide.').waitFor();
    await expect.poll(() => notes.textContent('.notes-body')).toMatch(/^Sinaloa: \d+ of \d+ items nationally\./);

    // The risk levels: the rated states to read out, and how many are not rated.
    await notes.getByRole('button', { name: 'Previous slide' }).click();
    await expect.poll(() => slideParam(page)).toBe('13');
    await notes.getByRole('heading', { level: 2, name: /^Slide 13 of 14: Risk levels$/ }).waitFor();
    await expect.poll(() => notes.textContent('.notes-body')).toMatch(/^(Rated on|No state was rated on) /);

    // An item: its summary and citation in the notes.
    await notes.getByRole('button', { name: 'Previous slide' }).click();
    await expect.poll(() => slideParam(page)).toBe('12');
    await notes.getByRole('heading', { level: 2, name: /^Slide 12 of 14: / }).waitFor();
    expect(await notes.locator('.notes-body .slide-citation').textContent()).toMatch(/^Source: /);
    await notes.screenshot({ path: path.join(SCREENSHOTS, 'present-notes.png') });

    expect(errors).toEqual([]);
    await notes.close();
    await close();
  });

  it('presents a share link within its frozen filter, without signing in', async () => {
    const managerContext = await running.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const manager = await managerContext.newPage();
    await signIn(manager, running.server.url, 'manager@atalaya.demo');
    const views = await query<Array<{ id: number; name: string }>>(manager, running.server.url, 'views.list', {});
    const view = views.find((v) => v.name === 'Northern corridor');
    if (!view) throw new Error(`No demo view "Northern corridor" among ${views.map((v) => v.name).join(', ')}`);
    const shared = await manager.request.post(`${running.server.url}/trpc/views.share`, { data: { json: { viewId: view.id, note: 'briefing e2e' } }, headers: { origin: running.server.url } });
    expect(shared.ok(), await shared.text()).toBe(true);
    const { path: sharePath } = ((await shared.json()) as { result: { data: { json: { path: string } } } }).result.data.json;
    await managerContext.close();

    const context = await running.browser.newContext({ viewport: PROJECTOR, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    // The shared dashboard offers the briefing and the exports of the link, not of a filter.
    await page.goto(`${running.server.url}${sharePath}`);
    await page.getByRole('note', { name: 'Shared view' }).waitFor();
    expect(await page.getByRole('link', { name: 'Present' }).getAttribute('href')).toBe(`${sharePath}/present?slide=1`);
    expect(await page.getByRole('group', { name: 'Export' }).getByRole('link', { name: 'Items (CSV)' }).getAttribute('href')).toBe(`${sharePath}/export/items.csv`);

    // A filter in the address is ignored: the link's view is what is shown.
    const opened = await page.goto(`${running.server.url}${sharePath}/present?states=MX-CHP&slide=1`);
    expect(opened?.status()).toBe(200);
    expect(opened?.headers()['referrer-policy']).toBe('no-referrer');
    let slide = currentSlide(page);
    await slide.getByRole('heading', { level: 2, name: 'Northern corridor' }).waitFor({ timeout: 60_000 });
    expect(await slide.textContent()).toContain('Nuevo León, Sinaloa, Sonora');
    const total = Number(((await page.locator('.deck-counter [aria-hidden="true"]').textContent()) ?? '').split(' / ')[1]);
    // Title, map, key figures, 4 charts, 5 items, risk levels, then the view's four states.
    expect(total).toBe(17);
    await shot(page, 'share-title');

    slide = await press(page, 'PageDown', 2);
    await slide.getByRole('heading', { level: 2, name: 'Map by state' }).waitFor();
    slide = await press(page, 'End', total);
    await slide.getByRole('heading', { level: 2, name: 'Tamaulipas' }).waitFor();
    const walk: string[] = [];
    for (let n = total; n > total - 4; n--) {
      if (n < total) slide = await press(page, 'ArrowLeft', n);
      walk.unshift((await slide.getByRole('heading', { level: 2 }).textContent()) ?? '');
    }
    expect(walk).toEqual(['Nuevo León', 'Sinaloa', 'Sonora', 'Tamaulipas']);
    // Before the walk-through, the firm's levels, which a share link may read.
    slide = await press(page, 'ArrowLeft', total - 4);
    await slide.getByRole('heading', { level: 2, name: 'Risk level (Atalaya)' }).waitFor();
    await slide.getByRole('table', { name: 'Risk level (Atalaya), by state' }).waitFor();
    slide = await press(page, 'ArrowLeft', total - 5);
    expect(await slide.getByText(/^Item \d of 5$/).count()).toBe(1);
    const chips = (await slide.getByRole('list', { name: 'States, topics and organisations' }).textContent()) ?? '';
    expect(chips).toMatch(/Nuevo León|Sinaloa|Sonora|Tamaulipas/);
    await shot(page, 'share-item');

    // Presenter notes under the link.
    const [notes] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('n')]);
    expect(new URL(notes.url()).pathname).toBe(`${sharePath}/present/notes`);
    await notes.getByRole('heading', { level: 2, name: new RegExp(`^Slide ${total - 5} of ${total}: `) }).waitFor();

    await page.keyboard.press('Escape');
    await page.waitForURL((url) => url.pathname === sharePath);
    await page.getByRole('note', { name: 'Shared view' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('offers the exports and every PNG download on the dashboard, from the keyboard', async () => {
    const { page, errors, close } = await signedInPage(running.browser, running.server.url);
    await page.goto(`${running.server.url}/?states=MX-SIN,MX-SON`);
    const exports = page.getByRole('group', { name: 'Export' });
    await exports.getByRole('link').first().waitFor();
    const hrefs = await exports.getByRole('link').evaluateAll((links) => links.map((a) => [a.textContent, a.getAttribute('href'), a.hasAttribute('download')]));
    expect(hrefs).toEqual([
      ['Items (CSV)', '/api/export/items.csv?states=MX-SIN,MX-SON', true],
      ['Observations (CSV)', '/api/export/observations.csv?states=MX-SIN,MX-SON', true],
      ['Briefing pack (PDF)', '/api/export/briefing.pdf?states=MX-SIN,MX-SON', true],
    ]);
    // The server's export routes answer each link with its file.
    for (const [, href] of hrefs) {
      const response = await page.request.get(`${running.server.url}${href}`);
      expect(response.status(), `${href}: ${await response.text()}`).toBe(200);
      expect(response.headers()['content-disposition']).toMatch(/^attachment/);
    }
    const [download] = await Promise.all([page.waitForEvent('download'), exports.getByRole('link', { name: 'Items (CSV)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);

    // The map and each chart have a visible PNG button that the keyboard reaches.
    await page.locator('.map-frame[data-map-status="ready"], .map-unavailable').first().waitFor({ timeout: 60_000 });
    await page.locator('.trend-card svg.recharts-surface').first().waitFor();
    const map = page.getByRole('region', { name: 'Map by state' }).getByRole('button', { name: 'Download PNG' });
    const charts = page.getByRole('region', { name: 'Trends' }).getByRole('button', { name: /^Download PNG: / });
    expect(await charts.count()).toBe(4);
    for (const button of [map, ...(await charts.all())]) {
      expect(await button.isVisible()).toBe(true);
      expect(await button.evaluate((el) => (el as HTMLButtonElement).tabIndex)).toBe(0);
    }
    // One of them, from the keyboard alone.
    const chart = charts.first();
    await expect.poll(() => chart.isEnabled()).toBe(true);
    await chart.focus();
    const [png] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(png.suggestedFilename()).toMatch(/^atalaya-.+\.png$/);

    expect(errors).toEqual([]);
    await close();
  });
});
