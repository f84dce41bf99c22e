import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { audit } from './axe.ts';
import { browserAvailable, dashboardReady, PHONE, serverAndBrowser, signIn } from './browser.ts';

// The seeds live beside the repository (../shared from its root) and are read in place, never copied in.
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const SEED = path.resolve(REPO_ROOT, '../shared/seeds/security-chatter-2025-03-12.txt');

describe.runIf(browserAvailable())('accessibility (axe-core) of every screen in Chromium', () => {
  const running = serverAndBrowser();
  const contexts: BrowserContext[] = [];
  const errors: string[] = [];

  // Registered after serverAndBrowser's, so it runs before the browser closes.
  afterAll(async () => {
    for (const context of contexts) await context.close();
  });

  /** A fresh context (its own cookies and storage), signed in as `email` unless null. */
  async function newPage(email: string | null, viewport = { width: 1280, height: 900 }): Promise<Page> {
    const context = await running.browser.newContext({ viewport, reducedMotion: 'reduce' });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
    if (email) await signIn(page, running.server.url, email);
    return page;
  }

  /** One signed-in page per demo user, made on first use (so any one test can run alone with -t). */
  const signedIn = new Map<string, Promise<Page>>();
  const pageOf = (email: string): Promise<Page> => {
    let page = signedIn.get(email);
    if (!page) signedIn.set(email, (page = newPage(email)));
    return page;
  };

  it('sign-in page', async () => {
    const page = await newPage(null);
    await page.goto(`${running.server.url}/login`);
    await page.getByRole('heading', { name: 'Sign in to Atalaya' }).waitFor();
    await audit(page, 'login');
  });

  it('dashboard', async () => {
    const analyst = await pageOf('analyst@atalaya.demo');
    await analyst.goto(running.server.url);
    await dashboardReady(analyst);
    await analyst.getByRole('region', { name: 'Timeline' }).getByRole('heading', { level: 3, name: /^Week of / }).first().waitFor();
    await audit(analyst, 'dashboard');
  });

  it('dashboard filtered to Sinaloa', async () => {
    const analyst = await pageOf('analyst@atalaya.demo');
    await analyst.goto(`${running.server.url}/?states=MX-SIN`);
    await dashboardReady(analyst);
    await analyst.getByRole('button', { name: 'Remove Sinaloa', exact: true }).waitFor();
    await audit(analyst, 'dashboard-sinaloa');
  });

  it('briefing mode: the title, map and an item slide, and the presenter notes', async () => {
    const analyst = await pageOf('analyst@atalaya.demo');
    await analyst.goto(`${running.server.url}/present?states=MX-SIN&slide=1`);
    const slide = analyst.getByRole('region', { name: /^Slide \d+ of \d+: / });
    await slide.getByRole('heading', { level: 2, name: 'Security briefing' }).waitFor();
    await audit(analyst, 'present-title');
    await analyst.keyboard.press('ArrowRight');
    await slide.locator('.map-frame[data-map-status="ready"], .map-unavailable').first().waitFor({ timeout: 60_000 });
    await audit(analyst, 'present-map');
    await analyst.goto(`${running.server.url}/present?states=MX-SIN&slide=8`);
    await slide.getByText(/^Item 1 of \d$/).waitFor();
    await audit(analyst, 'present-item');
    await analyst.goto(`${running.server.url}/present/notes?states=MX-SIN&slide=8`);
    await analyst.getByRole('heading', { level: 2, name: /^Slide 8 of \d+: / }).waitFor();
    await audit(analyst, 'present-notes');
  });

  it('state profile', async () => {
    const analyst = await pageOf('analyst@atalaya.demo');
    await analyst.goto(`${running.server.url}/states/MX-SIN`);
    await analyst.getByRole('heading', { level: 1 }).waitFor();
    await analyst.locator('.kpi-value data').first().waitFor();
    await analyst.locator('.profile-chart svg.recharts-surface').first().waitFor();
    await audit(analyst, 'state-profile');
  });

  it('edition archive, an edition and an item', async () => {
    const analyst = await pageOf('analyst@atalaya.demo');
    await analyst.goto(`${running.server.url}/editions`);
    await analyst.getByRole('heading', { level: 1, name: 'Newsletter archive' }).waitFor();
    const first = analyst.locator('table.editions-archive tbody tr').first().getByRole('link');
    await first.waitFor();
    await audit(analyst, 'editions');

    const edition = await first.getAttribute('href');
    expect(edition).toMatch(/^\/editions\/\d+$/);
    await analyst.goto(`${running.server.url}${edition}`);
    const headline = analyst.getByRole('region', { name: 'Items in this edition' }).getByRole('heading', { level: 3 }).first().getByRole('link');
    await headline.waitFor();
    await audit(analyst, 'edition');

    const item = await headline.getAttribute('href');
    expect(item).toMatch(/^\/items\/\d+$/);
    await analyst.goto(`${running.server.url}${item}`);
    await analyst.getByRole('heading', { level: 1 }).waitFor();
    await audit(analyst, 'item');
  });

  it('newsletter import and the review of an imported draft', async () => {
    const analyst = await pageOf('analyst@atalaya.demo');
    const uploaded = await analyst.request.post(`${running.server.url}/api/ingest`, {
      multipart: { file: { name: path.basename(SEED), mimeType: 'text/plain', buffer: readFileSync(SEED) } },
      headers: { origin: running.server.url },
    });
    expect(uploaded.ok(), await uploaded.text()).toBe(true);
    const { editionId } = (await uploaded.json()) as { editionId: number };

    await analyst.goto(`${running.server.url}/admin/ingest`);
    await analyst.getByRole('heading', { name: 'Import and review newsletters' }).waitFor();
    await analyst.getByRole('region', { name: 'Imported editions' }).locator('tbody tr').first().waitFor();
    await audit(analyst, 'ingest');

    await analyst.goto(`${running.server.url}/admin/ingest/${editionId}`);
    await expect.poll(() => analyst.locator('article.review-item').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await analyst.locator('.source-text mark').first().waitFor();
    await audit(analyst, 'review');
  });

  it('saved views, with a view’s share links open', async () => {
    const manager = await pageOf('manager@atalaya.demo');
    await manager.goto(`${running.server.url}/views`);
    const card = manager.getByRole('listitem').filter({ has: manager.getByRole('heading', { name: 'Northern corridor' }) });
    await card.getByRole('button', { name: 'Share links' }).click();
    await card.getByRole('region', { name: 'Share links of “Northern corridor”' }).getByText('This view has no share links yet.').waitFor();
    await audit(manager, 'views');
  });

  it('a share link opened by someone without an account', async () => {
    const manager = await pageOf('manager@atalaya.demo');
    const views = await manager.request.get(`${running.server.url}/trpc/views.list?input=${encodeURIComponent(JSON.stringify({ json: {} }))}`);
    expect(views.ok(), await views.text()).toBe(true);
    const list = ((await views.json()) as { result: { data: { json: Array<{ id: number; name: string }> } } }).result.data.json;
    const view = list.find((v) => v.name === 'Northern corridor');
    if (!view) throw new Error(`No demo view "Northern corridor" among ${list.map((v) => v.name).join(', ')}`);
    const shared = await manager.request.post(`${running.server.url}/trpc/views.share`, {
      data: { json: { viewId: view.id, note: 'axe-core audit' } },
      headers: { origin: running.server.url },
    });
    expect(shared.ok(), await shared.text()).toBe(true);
    const { path: sharePath } = ((await shared.json()) as { result: { data: { json: { path: string } } } }).result.data.json;

    const recipient = await newPage(null);
    await recipient.goto(`${running.server.url}${sharePath}`);
    await recipient.getByRole('note', { name: 'Shared view' }).waitFor({ timeout: 60_000 });
    await dashboardReady(recipient);
    await audit(recipient, 'share');
  });

  it('administration: users', async () => {
    const admin = await pageOf('admin@atalaya.demo');
    await admin.goto(`${running.server.url}/admin/users`);
    await admin.getByRole('heading', { level: 1 }).waitFor();
    await admin.locator('table tbody tr').first().waitFor();
    await audit(admin, 'admin-users');
  });

  it('administration: organisations, with a client open', async () => {
    const admin = await pageOf('admin@atalaya.demo');
    await admin.goto(`${running.server.url}/admin/orgs`);
    await admin.getByRole('heading', { level: 1 }).waitFor();
    // With a client organisation open: its watchlist and sites editor are part of the screen.
    await admin.getByRole('button', { name: /^Manage / }).first().click();
    await admin.locator('.org-detail').waitFor();
    await audit(admin, 'admin-orgs');
  });

  it('administration: audit log', async () => {
    const admin = await pageOf('admin@atalaya.demo');
    await admin.goto(`${running.server.url}/admin/audit`);
    await admin.getByRole('heading', { level: 1 }).waitFor();
    await admin.locator('table tbody tr').first().waitFor();
    await audit(admin, 'admin-audit');
  });

  it('client exposure page, in English and Spanish', async () => {
    // Signing in without a page to return to lands a client on its exposure page.
    const client = await pageOf('client@atalaya.demo');
    await client.getByRole('heading', { level: 1, name: /^Exposure: / }).waitFor();
    await client.getByRole('table', { name: /^Sites of / }).waitFor();
    await client.locator('.map-frame[data-map-status="ready"], .map-unavailable').first().waitFor({ timeout: 60_000 });
    await audit(client, 'exposure');
    await client.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'ES' }).click();
    await client.getByRole('heading', { level: 1, name: /^Exposición: / }).waitFor();
    await client.locator('.map-frame[data-map-status="ready"], .map-unavailable').first().waitFor({ timeout: 60_000 });
    await audit(client, 'exposure-es');
    await client.getByRole('group', { name: 'Idioma' }).getByRole('button', { name: 'EN' }).click();
  });

  it('portfolio', async () => {
    const manager = await pageOf('manager@atalaya.demo');
    await manager.goto(`${running.server.url}/portfolio`);
    await manager.getByRole('table', { name: /^Client organisations/ }).locator('tbody tr').first().waitFor();
    await audit(manager, 'portfolio');
  });

  it('dashboard in Spanish', async () => {
    const page = await newPage('analyst@atalaya.demo');
    await page.goto(running.server.url);
    await dashboardReady(page);
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'ES' }).click();
    await page.getByRole('combobox', { name: 'Estados' }).waitFor();
    await page.getByRole('region', { name: 'Cronología' }).getByRole('heading', { level: 3, name: /^Semana del / }).first().waitFor();
    // The map is redrawn in the new language (its controls are labelled in it too).
    await dashboardReady(page);
    // Screen readers pick their voice from the document's language.
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    await audit(page, 'dashboard-es');
  });

  // The same screens reflow on a phone: a wide table or the top bar's links must not push past the screen.
  it('on a 390 px phone: dashboard and users', async () => {
    const analyst = await newPage('analyst@atalaya.demo', PHONE);
    await analyst.goto(running.server.url);
    await dashboardReady(analyst);
    await audit(analyst, 'phone-dashboard');

    const admin = await newPage('admin@atalaya.demo', PHONE);
    await admin.goto(`${running.server.url}/admin/users`);
    await admin.locator('table tbody tr').first().waitFor();
    await audit(admin, 'phone-admin-users');
  });

  it('raised no page errors', () => {
    expect(errors).toEqual([]);
  });
});
