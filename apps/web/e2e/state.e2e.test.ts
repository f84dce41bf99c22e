import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserAvailable, SCREENSHOTS, serverAndBrowser, signIn } from './browser.ts';

describe.runIf(browserAvailable())('state profile in Chromium', () => {
  const running = serverAndBrowser();

  it('profiles Sinaloa: homicide rate against national with its source, case files, items', async () => {
    const page = await running.browser.newPage({ viewport: { width: 1440, height: 1000 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, running.server.url);
    await page.goto(`${running.server.url}/states/MX-SIN`);

    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Sinaloa');
    const rate = page.getByRole('article', { name: 'Homicide rate (INEGI)' });
    await rate.locator('.kpi-value data').waitFor();
    expect(Number(await rate.locator('.kpi-value data').getAttribute('value'))).toBeGreaterThan(0);
    const rateText = await rate.textContent();
    expect(rateText).toMatch(/20\d\d, (preliminary|definitive)/);
    expect(rateText).toMatch(/National 20\d\d/);
    const source = rate.locator('.kpi-source a').first();
    expect(await source.textContent()).toMatch(/^INEGI/);
    expect(await source.getAttribute('href')).toMatch(/^https?:\/\//);

    const files = page.getByRole('article', { name: 'Homicide case files (SESNSP)' });
    expect(await files.textContent()).toMatch(/per 100,000 inhabitants vs/);
    expect(await files.locator('.kpi-source').textContent()).toMatch(/SESNSP/);
    await page.locator('.profile-chart svg.recharts-surface').first().waitFor();

    const items = page.getByRole('article', { name: 'Items about Sinaloa' });
    expect(Number(await items.locator('.kpi-value data').getAttribute('value'))).toBeGreaterThan(0);
    const firstItem = page.locator('.profile-items a').first();
    expect(await firstItem.getAttribute('href')).toMatch(/^\/items\/\d+$/);
    expect(await page.getByRole('link', { name: /Dashboard filtered to Sinaloa/ }).getAttribute('href')).toBe('/?states=MX-SIN');

    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'state.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows "Unknown state" for a code that is not a state', async () => {
    const page = await running.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, running.server.url);
    await page.goto(`${running.server.url}/states/MX-XXX`);
    const heading = page.getByRole('heading', { level: 1 });
    await heading.waitFor();
    expect(await heading.textContent()).toBe('Unknown state');
    expect(await page.getByRole('link', { name: 'Sinaloa' }).getAttribute('href')).toBe('/states/MX-SIN');
    expect(errors).toEqual([]);
    await page.close();
  });
});
