import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserAvailable, SCREENSHOTS, serverAndBrowser, signIn } from './browser.ts';

const GONE = 'This link is no longer valid';

describe.runIf(browserAvailable())('share links in Chromium', () => {
  const running = serverAndBrowser();

  it('an account manager shares a view; a fresh browser opens it read-only until the link is revoked', async () => {
    // The account manager, signed in.
    const managerContext = await running.browser.newContext({ viewport: { width: 1400, height: 900 }, reducedMotion: 'reduce' });
    const manager = await managerContext.newPage();
    const errors: string[] = [];
    manager.on('pageerror', (e) => errors.push(e.message));
    await signIn(manager, running.server.url, 'manager@atalaya.demo', 'atalaya-demo', '/views');
    expect(manager.url()).toBe(`${running.server.url}/views`);

    const card = manager.getByRole('listitem').filter({ has: manager.getByRole('heading', { name: 'Northern corridor' }) });
    await card.getByRole('button', { name: 'Share links' }).click();
    const panel = card.getByRole('region', { name: 'Share links of “Northern corridor”' });
    await panel.getByText('This view has no share links yet.').waitFor();
    await panel.getByRole('button', { name: 'Create share link' }).click();
    const dialog = manager.getByRole('dialog', { name: 'New share link for “Northern corridor”' });
    expect(await dialog.getByLabel('Expires after (days)').inputValue()).toBe('14');
    await dialog.getByLabel('Note (optional)').fill('Carlos, Norte Logistics security');
    await dialog.getByRole('button', { name: 'Create link' }).click();
    const urlField = manager.getByRole('dialog').getByLabel('Share link', { exact: true });
    await urlField.waitFor();
    const url = await urlField.inputValue();
    expect(url).toMatch(new RegExp(`^${running.server.url}/s/[\\w-]{43}$`));
    expect(await manager.getByRole('dialog').textContent()).toContain('it will not be shown again');
    await manager.getByRole('dialog').getByRole('button', { name: 'Done' }).click();
    const linkRow = panel.getByRole('row').filter({ hasText: 'Carlos, Norte Logistics security' });
    await linkRow.waitFor();
    expect(await linkRow.textContent()).toContain('active');
    expect(await manager.content()).not.toContain(url.split('/s/')[1] as string);

    // The recipient: a fresh browser context, no cookies, no session.
    const recipientContext = await running.browser.newContext({ viewport: { width: 1400, height: 1000 }, reducedMotion: 'reduce' });
    const recipient = await recipientContext.newPage();
    recipient.on('pageerror', (e) => errors.push(e.message));
    const apiResponse = recipient.waitForResponse((r) => r.url().includes('/trpc/') && r.url().includes('share.info'));
    const opened = await recipient.goto(url);
    expect(opened?.status()).toBe(200);
    expect(opened?.headers()['referrer-policy']).toBe('no-referrer');
    expect((await apiResponse).headers()['referrer-policy']).toBe('no-referrer');
    expect(await recipientContext.cookies()).toEqual([]);

    const banner = recipient.getByRole('note', { name: 'Shared view' });
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(/^Shared view: Northern corridor · read-only · expires \w{3} \d{1,2}, \d{4}$/);
    // The dashboard's data, served under the link.
    const kpi = recipient.locator('.kpi-value').first();
    await kpi.waitFor();
    expect((await kpi.textContent())?.trim()).toMatch(/\d/);
    expect(await recipient.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
    await recipient.screenshot({ path: path.join(SCREENSHOTS, 'share.png'), fullPage: false });

    // An unknown token: 410, the plain page, no data.
    const stranger = await recipientContext.newPage();
    const unknown = await stranger.goto(`${running.server.url}/s/${'A'.repeat(43)}`);
    expect(unknown?.status()).toBe(410);
    expect(unknown?.headers()['referrer-policy']).toBe('no-referrer');
    expect(await stranger.getByRole('heading', { level: 1 }).textContent()).toBe(GONE);
    expect(await stranger.locator('#root').count()).toBe(0);
    await stranger.close();

    // The manager revokes the link; it shows as revoked, with the recipient's open on record.
    await linkRow.getByRole('button', { name: /^Revoke/ }).click();
    const confirm = manager.getByRole('dialog', { name: 'Revoke this link?' });
    await confirm.getByRole('button', { name: 'Revoke' }).click();
    await expect.poll(() => linkRow.textContent()).toContain('revoked');
    expect(await linkRow.textContent()).toContain('1 open');
    expect(await linkRow.getByRole('button', { name: /^Revoke/ }).count()).toBe(0);
    await linkRow.getByText('1 open').click();
    await linkRow.getByText('HeadlessChrome', { exact: false }).waitFor();
    await linkRow.scrollIntoViewIfNeeded();
    await manager.screenshot({ path: path.join(SCREENSHOTS, 'views.png'), fullPage: false });

    // The same recipient context, reloading: gone.
    const reloaded = await recipient.reload();
    expect(reloaded?.status()).toBe(410);
    expect(await recipient.getByRole('heading', { level: 1 }).textContent()).toBe(GONE);
    expect(await recipient.getByRole('note', { name: 'Shared view' }).count()).toBe(0);

    expect(errors).toEqual([]);
    await recipientContext.close();
    await managerContext.close();
  });
});
