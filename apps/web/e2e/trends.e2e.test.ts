import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserAvailable, SCREENSHOTS, serverAndBrowser, signIn } from './browser.ts';

// Charts arrive after the dashboard: the trends chunk and its queries load once the page is up.
const poll = <T>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 30_000, interval: 200 });

describe.runIf(browserAvailable())('trend charts in Chromium', () => {
  const running = serverAndBrowser();

  it('draws case files for national and Sinaloa, the transfers to 92, and one seizure series at a time', async () => {
    const page = await running.browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, running.server.url);
    await page.goto(`${running.server.url}/?states=MX-SIN&from=2024-01-01&to=2025-12-31`);

    const trends = page.getByRole('region', { name: 'Trends' });
    const caseFiles = trends.getByRole('region', { name: 'Homicide case files per month' });
    await poll(() => caseFiles.locator('.recharts-line').count()).toBe(2);
    await poll(() => caseFiles.locator('.trend-legend li').allTextContents()).toEqual(['National', 'Sinaloa']);
    // Drawn, not just mounted: each line has a path with points across 19 months.
    const paths = await caseFiles.locator('path.recharts-line-curve').evaluateAll((els) => els.map((e) => (e.getAttribute('d') ?? '').length));
    expect(paths.every((n) => n > 100)).toBe(true);
    expect(await caseFiles.getByRole('img', { name: /^Line chart/ }).getAttribute('aria-label')).toMatch(/National: .*Sinaloa: /);
    const caseSource = (await caseFiles.locator('.trend-source').textContent()) ?? '';
    expect(caseSource).toMatch(/SESNSP/);
    expect(caseSource).toMatch(/third-party/i);

    const transfers = trends.getByRole('region', { name: /Prisoners sent from Mexico to the US/ });
    await poll(() => transfers.locator('.recharts-label-list text').allTextContents()).toEqual(['29 (+29)', '55 (+26)', '92 (+37)']);

    const seizures = trends.getByRole('region', { name: /Drug seizures/ });
    const seizureSource = () => seizures.locator('.trend-source').textContent();
    await poll(seizureSource).toMatch(/Source: Sedena/);
    await poll(() => seizures.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
    await seizures.getByRole('combobox', { name: 'Series' }).selectOption({ label: 'US CBP, fentanyl in pounds' });
    await poll(seizureSource).toMatch(/Source: US CBP/);
    expect(await seizureSource()).not.toMatch(/Sedena/);
    await poll(() => seizures.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);

    const topics = trends.getByRole('region', { name: 'Items by topic per month' });
    await poll(() => topics.locator('.trend-legend li').count()).toBeGreaterThan(1);

    // The PNG carries the chart with its title and source: a real image, named for the chart and the day.
    const [download] = await Promise.all([page.waitForEvent('download'), caseFiles.getByRole('button', { name: /Download PNG/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^atalaya-homicide-case-files-\d{4}-\d{2}-\d{2}\.png$/);
    const saved = path.join(SCREENSHOTS, 'trends-case-files-download.png');
    await download.saveAs(saved);
    const png = readFileSync(saved);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeGreaterThan(20_000);

    // No tooltip left over from the click in the picture.
    await page.mouse.move(0, 0);
    await trends.scrollIntoViewIfNeeded();
    await trends.screenshot({ path: path.join(SCREENSHOTS, 'trends.png') });
    expect(errors).toEqual([]);
    await page.close();
  });
});
