import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserAvailable, SCREENSHOTS, serverAndBrowser, signIn, submitSignIn } from './browser.ts';

describe.runIf(browserAvailable())('home page in Chromium', () => {
  const running = serverAndBrowser();

  it('shows the latest commentary and the timeline of the newest items', async () => {
    const page = await running.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, running.server.url);
    await page.goto(running.server.url);

    const commentary = page.getByRole('region', { name: 'Latest commentary' });
    await commentary.locator('article p').nth(1).waitFor();
    expect(await commentary.textContent()).toMatch(/2026/);
    expect(await commentary.getByRole('link', { name: /^Security Chatter/ }).getAttribute('href')).toMatch(/^\/editions\/\d+$/);

    const timeline = page.getByRole('region', { name: 'Timeline' });
    await timeline.getByRole('heading', { level: 3, name: /^Week of / }).first().waitFor();
    const headlines = timeline.locator('article h4 a');
    await expect.poll(() => headlines.count()).toBeGreaterThan(3);
    const firstHeadline = await headlines.first().textContent();
    expect(firstHeadline?.length).toBeGreaterThan(10);
    expect(await headlines.first().getAttribute('href')).toMatch(/^\/items\/\d+$/);
    // Demo content says so: on the commentary and on each card.
    expect(await commentary.getByText('Demo data', { exact: true }).count()).toBe(1);
    expect(await timeline.locator('article.tl-item').first().getByText('Demo data', { exact: true }).count()).toBe(1);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'home.png'), fullPage: false });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sends an anonymous visitor to sign in, then back to the dashboard; the API refuses anonymous reads', async () => {
    const context = await running.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(running.server.url);
    await page.waitForURL((url) => url.pathname === '/login');
    // The home page is no particular page to come back to: after signing in, each role lands on its own start
    // (a client on its exposure, staff on the dashboard).
    expect(new URL(page.url()).searchParams.get('next')).toBeNull();
    await page.getByRole('heading', { name: 'Sign in to Atalaya' }).waitFor();
    expect(await page.getByRole('region', { name: 'Timeline' }).count()).toBe(0);

    // The data itself is closed too, not just the screens.
    const status = await page.evaluate(async () => {
      const input = encodeURIComponent(JSON.stringify({ json: { filter: { states: [], topics: [], orgs: [] } } }));
      return (await fetch(`/trpc/dashboard.get?input=${input}`)).status;
    });
    expect(status).toBe(401);

    await submitSignIn(page, 'analyst@atalaya.demo');
    expect(page.url()).toBe(`${running.server.url}/`);
    const commentary = page.getByRole('region', { name: 'Latest commentary' });
    await commentary.locator('article p').nth(1).waitFor();
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await timeline.getByRole('heading', { level: 3, name: /^Week of / }).first().waitFor();
    await expect.poll(() => timeline.locator('article h4 a').count()).toBeGreaterThan(3);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('tells someone who keeps getting the password wrong when to try again, in English and Spanish', async () => {
    const context = await running.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${running.server.url}/login`);
    await page.getByLabel('Email', { exact: true }).fill('nobody@atalaya.demo');
    const alert = page.locator('.login-form').getByRole('alert');
    const refusals: string[] = [];
    // Five wrong passwords are checked; then each attempt must wait 1 s, 2 s, 4 s …, so one soon comes too early.
    for (let i = 0; i < 12 && !refusals.at(-1)?.startsWith('Too many'); i++) {
      await page.getByLabel('Password', { exact: true }).fill(`wrong ${i}`);
      const answered = page.waitForResponse((r) => r.url().includes('/trpc/auth.signIn'));
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await answered;
      await expect.poll(() => page.getByRole('button', { name: 'Sign in', exact: true }).isEnabled()).toBe(true);
      refusals.push((await alert.textContent()) ?? '');
    }
    expect(refusals.slice(0, 5)).toEqual(Array(5).fill('The email or password is not correct.'));
    expect(refusals.at(-1)).toMatch(/^Too many sign-in attempts\. You can try again in \d+ seconds?, at \d{1,2}:\d{2}\s?[AP]M\.$/);
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'ES' }).click();
    await expect.poll(() => alert.textContent()).toMatch(/^Demasiados intentos de inicio de sesión\. Podrá volver a intentarlo dentro de \d+ segundos?, a las \d{1,2}:\d{2}/);
    await context.close();
  });
});
