import path from 'node:path';
import { spawnServer, type SpawnedServer } from '@atalaya/server/testing';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, SCREENSHOTS } from './browser.ts';

describe.runIf(browserAvailable())('home page in Chromium', () => {
  let server: SpawnedServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([spawnServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('shows the latest commentary and the newest items, and pages to older ones', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url);

    const commentary = page.getByRole('region', { name: 'Latest commentary' });
    await expect.poll(() => commentary.locator('article p').count()).toBeGreaterThan(1);
    expect(await commentary.textContent()).toMatch(/2026/);

    const items = page.getByRole('region', { name: 'Latest items' }).locator('ol.item-list > li');
    await expect.poll(() => items.count()).toBe(20);
    const firstHeadline = await items.first().locator('h3').textContent();
    expect(firstHeadline?.length).toBeGreaterThan(10);

    await page.getByRole('button', { name: 'Show older items' }).click();
    await expect.poll(() => items.count()).toBeGreaterThan(20);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'home.png'), fullPage: false });
    expect(errors).toEqual([]);
    await page.close();
  });
});
