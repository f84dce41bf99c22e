import { readFileSync } from 'node:fs';
import path from 'node:path';
import { stateCentroids } from '@atalaya/geo';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, SCREENSHOTS, serverAndBrowser, signIn } from './browser.ts';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Where a state's label point is on the map canvas, in CSS pixels. */
async function pointOf(page: Page, iso: string): Promise<{ x: number; y: number }> {
  const lngLat = stateCentroids()[iso];
  if (!lngLat) throw new Error(`No centroid for ${iso}`);
  return page.evaluate(([lon, lat]) => {
    const map = window.__atalayaMap;
    if (!map) throw new Error('The map is not exposed on window');
    const p = map.project([lon, lat]);
    return { x: Math.round(p.x), y: Math.round(p.y) };
  }, lngLat);
}

/** The colour the map drew at a point (read back from the WebGL canvas through a 2D copy). */
async function colourAt(page: Page, point: { x: number; y: number }): Promise<[number, number, number]> {
  return page.evaluate(({ x, y }) => {
    const source = window.__atalayaMap?.getCanvas();
    if (!source) throw new Error('no map');
    const scale = source.width / source.clientWidth;
    const copy = document.createElement('canvas');
    copy.width = source.width;
    copy.height = source.height;
    const ctx = copy.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    ctx.drawImage(source, 0, 0);
    const [r = 0, g = 0, b = 0] = ctx.getImageData(Math.round(x * scale), Math.round(y * scale), 1, 1).data;
    return [r, g, b] as [number, number, number];
  }, point);
}

const hex = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
const near = (rgb: number[], target: string, tolerance = 24) => hex(target).every((v, i) => Math.abs(v - (rgb[i] ?? -999)) <= tolerance);

describe.runIf(browserAvailable())('state map in Chromium', () => {
  const running = serverAndBrowser();

  it('colours the states, shows gaps as no data, and selects states from the map canvas', async () => {
    const context = await running.browser.newContext({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, running.server.url);
    await page.goto(`${running.server.url}/?layer=homicide_rate`);

    const panel = page.getByRole('region', { name: 'Map by state' });
    const canvas = panel.locator('canvas.maplibregl-canvas');
    await panel.locator('.map-frame[data-map-status="ready"]').waitFor({ timeout: 60_000 });
    await canvas.waitFor();
    const legend = panel.getByRole('group', { name: 'Legend' });
    await expect.poll(() => legend.textContent(), { timeout: 30_000 }).toContain('No data');
    expect(await legend.textContent()).toContain('INEGI 2024');

    const table = panel.getByRole('table');
    const valueOf = (row: Locator) => row.getByRole('cell').first().textContent();
    const row = (name: string) => table.getByRole('row').filter({ has: page.getByRole('button', { name, exact: true }) });
    expect(await valueOf(row('Aguascalientes'))).toBe('No data');
    expect(await valueOf(row('Colima'))).toBe('123.8');
    expect(await row('Colima').textContent()).toContain('definitive');

    // The map really drew: Colima in the darkest class, Aguascalientes (no 2024 figure) hatched grey.
    await page.waitForFunction(() => window.__atalayaMap?.loaded() === true);
    await panel.scrollIntoViewIfNeeded();
    await expect.poll(async () => near(await colourAt(page, await pointOf(page, 'MX-COL')), '#bd0026'), { timeout: 15_000 }).toBe(true);
    // Hatch lines and fill blend at the pixel level: what matters is a neutral grey, no palette hue.
    const aguascalientes = await colourAt(page, await pointOf(page, 'MX-AGU'));
    expect(Math.max(...aguascalientes) - Math.min(...aguascalientes), `Aguascalientes drawn rgb(${aguascalientes.join()})`).toBeLessThanOrEqual(30);
    expect(Math.max(...aguascalientes)).toBeLessThan(245);
    await panel.screenshot({ path: path.join(SCREENSHOTS, 'map-homicide-rate.png') });

    // Items layer: the default, so the parameter goes away.
    await panel.getByRole('radio', { name: 'Items in the filter' }).click();
    await page.waitForURL((url) => !url.searchParams.has('layer'));
    await expect.poll(() => table.getByRole('columnheader', { name: /^Items/ }).count()).toBe(1);

    // Hovering names the state in Spanish, with its figure and source.
    await canvas.hover({ position: await pointOf(page, 'MX-MEX') });
    const tooltip = panel.locator('.map-tooltip');
    await expect.poll(() => tooltip.textContent()).toContain('México');
    expect(await tooltip.textContent()).toMatch(/\d+ items?.*Atalaya items in the current filter/);

    // Click selects a state; shift-click adds a second one.
    await canvas.click({ position: await pointOf(page, 'MX-CHH') });
    await page.waitForURL((url) => url.searchParams.get('states') === 'MX-CHH');
    await expect.poll(() => row('Chihuahua').getByRole('button', { name: 'Chihuahua', exact: true }).getAttribute('aria-pressed')).toBe('true');
    await page.waitForFunction(() => window.__atalayaMap?.loaded() === true);
    await canvas.click({ position: await pointOf(page, 'MX-SON'), modifiers: ['Shift'] });
    // In the filter's order (INEGI: Chihuahua 08 before Sonora 26), not the order of the clicks.
    await page.waitForURL((url) => url.searchParams.get('states') === 'MX-CHH,MX-SON');
    await page.waitForFunction(() => window.__atalayaMap?.loaded() === true);
    await page.mouse.move(0, 0);
    await panel.screenshot({ path: path.join(SCREENSHOTS, 'map.png') });

    // A row of the table does what the map does.
    await row('Sinaloa').getByRole('button', { name: 'Add Sinaloa to the filter' }).click();
    await page.waitForURL((url) => url.searchParams.get('states') === 'MX-CHH,MX-SIN,MX-SON');
    await row('Sinaloa').getByRole('button', { name: 'Sinaloa', exact: true }).press('Enter');
    await page.waitForURL((url) => url.searchParams.get('states') === 'MX-SIN');

    // The PNG carries the layer and the date in its name.
    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Download PNG' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^atalaya-map-items-\d{4}-\d{2}-\d{2}\.png$/);
    const file = readFileSync(await download.path());
    expect(file.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(file.length).toBeGreaterThan(20_000);

    expect(errors).toEqual([]);
    await context.close();
  });
});
