import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, SCREENSHOTS, serverAndBrowser, signIn } from './browser.ts';

// The seeds live beside the repository (../shared from its root) and are read in place, never copied in.
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const SEED = path.resolve(REPO_ROOT, '../shared/seeds/security-chatter-2025-03-12.txt');
const EDITED_HEADLINE = 'Noem: Mexico and Canada know how to avoid new tariffs (reviewed)';

/** Bytes that are no document: deterministic, with NULs and high bytes, so the test never flakes. */
function noise(length: number): Buffer {
  const bytes = Buffer.alloc(length);
  let x = 2463534242;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

describe.runIf(browserAvailable())('newsletter import and review in Chromium', () => {
  const running = serverAndBrowser();

  async function analystPage(): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
    // Reduced motion makes scrolling instant, so the screenshot never catches a scroll half-way.
    const context = await running.browser.newContext({ viewport: { width: 1400, height: 900 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, running.server.url, 'analyst@atalaya.demo', 'atalaya-demo', '/admin/ingest');
    expect(page.url()).toBe(`${running.server.url}/admin/ingest`);
    // If the session does not stick, RequireRole sends the analyst back to /login: say so instead of timing out.
    const where = async () =>
      (await page.getByRole('heading', { name: 'Import and review newsletters' }).count())
        ? 'import page'
        : (await page.getByRole('heading', { name: 'Sign in to Atalaya' }).count())
          ? 'sent back to /login: the session cookie from sign-in was not kept'
          : 'loading';
    await expect.poll(where, { timeout: 30_000 }).toBe('import page');
    return { page, errors, close: () => context.close() };
  }

  const importedRows = (page: Page) => page.getByRole('region', { name: 'Imported editions' }).locator('tbody tr');

  it('takes a newsletter from upload to published', async () => {
    const { page, errors, close } = await analystPage();
    await page.getByLabel('Newsletter file').setInputFiles(SEED);
    await page.getByRole('button', { name: 'Import' }).click();
    await page.waitForURL(/\/admin\/ingest\/\d+$/, { timeout: 60_000 });
    const reviewUrl = page.url();

    const cards = page.locator('article.review-item');
    await expect.poll(() => cards.count()).toBe(6);
    expect(await page.getByRole('heading', { name: 'Items (6)' }).count()).toBe(1);
    const first = cards.first();
    expect(await first.getByLabel('Headline').inputValue()).toMatch(/tariff/i);
    expect(await page.locator('.source-text mark').count()).toBeGreaterThanOrEqual(6);

    // Edit a headline and save it; it must survive a reload (drafts live on the running.server).
    await first.getByLabel('Headline').fill(EDITED_HEADLINE);
    await first.getByRole('button', { name: 'Save item' }).click();
    await expect.poll(() => first.locator('.save-status').textContent()).toContain('All changes saved');
    await page.reload();
    await expect.poll(() => page.locator('article.review-item').first().getByLabel('Headline').inputValue()).toBe(EDITED_HEADLINE);

    // Remove one extracted place.
    const removePlace = page.getByRole('group', { name: 'Places' }).getByRole('button', { name: /^Remove / }).first();
    const removeName = await removePlace.getAttribute('aria-label');
    expect(removeName).toBeTruthy();
    // Pin the card by id: once the place is gone, a locator "the card with this button" would match nothing.
    const cardId = await page.locator('article.review-item', { has: page.getByRole('button', { name: removeName ?? '' }) }).first().getAttribute('id');
    const card = page.locator(`[id="${cardId}"]`);
    const before = await card.getByRole('group', { name: 'Places' }).getByRole('button', { name: /^Remove / }).count();
    await card.getByRole('button', { name: removeName ?? '' }).click();
    await expect.poll(() => card.getByRole('group', { name: 'Places' }).getByRole('button', { name: /^Remove / }).count()).toBe(before - 1);

    // Accept one figure and reject another.
    const accept = page.getByRole('button', { name: 'Accept', exact: true });
    const reject = page.getByRole('button', { name: 'Reject', exact: true });
    expect(await accept.count()).toBeGreaterThanOrEqual(2);
    await accept.nth(0).click();
    await expect.poll(() => accept.nth(0).getAttribute('aria-pressed')).toBe('true');
    await reject.nth(1).click();
    await expect.poll(() => reject.nth(1).getAttribute('aria-pressed')).toBe('true');
    expect(await accept.nth(1).getAttribute('aria-pressed')).toBe('false');

    // Clicking a highlight in the source selects its item.
    await page.locator('.source-text mark').first().click();
    await expect.poll(() => page.locator('article.review-item.is-selected').count()).toBe(1);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'review.png'), fullPage: false });

    const publishPanel = page.getByRole('region', { name: 'Publish' });
    expect(await publishPanel.textContent()).toMatch(/still await review|have been reviewed/);
    await page.getByRole('button', { name: 'Publish edition' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'This edition is published' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Open the dashboard' }).count()).toBe(1);

    // The published item reaches the dashboard's timeline: search for it by its edited headline.
    await page.goto(`${running.server.url}/?q=${encodeURIComponent(EDITED_HEADLINE)}`);
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await expect.poll(() => timeline.getByRole('link', { name: EDITED_HEADLINE }).count(), { timeout: 20_000 }).toBe(1);

    // The edition is now listed as published.
    await page.goto(`${running.server.url}/admin/ingest`);
    const row = importedRows(page).filter({ has: page.locator(`a[href="${new URL(reviewUrl).pathname}"]`) });
    await expect.poll(() => row.textContent()).toContain('Published');
    expect(errors).toEqual([]);
    await close();
  });

  it('refuses a file of random bytes with a readable message and creates nothing', async () => {
    const { page, errors, close } = await analystPage();
    const list = page.getByRole('region', { name: 'Imported editions' });
    await expect.poll(async () => (await list.locator('table').count()) + (await list.getByText('No newsletters have been imported yet.').count())).toBe(1);
    const before = await importedRows(page).count();

    await page.getByLabel('Newsletter file').setInputFiles({ name: 'random.bin', mimeType: 'application/octet-stream', buffer: noise(8192) });
    await page.getByRole('button', { name: 'Import' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const message = (await alert.textContent()) ?? '';
    expect(message.length).toBeGreaterThan(15);
    expect(message).not.toMatch(/[<{]|stack|undefined|something went wrong/i);
    expect(new URL(page.url()).pathname).toBe('/admin/ingest');

    await page.reload();
    await expect.poll(async () => (await list.locator('table').count()) + (await list.getByText('No newsletters have been imported yet.').count())).toBe(1);
    expect(await importedRows(page).count()).toBe(before);
    expect(errors).toEqual([]);
    await close();
  });

  it('sends a signed-out visitor to the sign-in page', async () => {
    const context = await running.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${running.server.url}/admin/ingest`);
    await page.waitForURL((url) => url.pathname === '/login');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/admin/ingest');
    expect(await page.getByRole('heading', { name: 'Sign in to Atalaya' }).count()).toBe(1);
    await context.close();
  });
});
