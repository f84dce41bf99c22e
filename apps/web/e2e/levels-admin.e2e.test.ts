import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit } from './axe.ts';
import { browserAvailable, SCREENSHOTS, serverAndBrowser, signedInPage } from './browser.ts';

describe.runIf(browserAvailable())('analysts rate a state at /admin/levels in Chromium', () => {
  const running = serverAndBrowser();

  it('raises Sinaloa to extreme with a rationale and evidence, previews Norte Logistics’ site, publishes, and the grid shows it', async () => {
    const { page, errors, close } = await signedInPage(running.browser, running.server.url);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Risk levels' }).click();
    await page.waitForURL(`${running.server.url}/admin/levels`);
    await page.getByRole('heading', { level: 1, name: 'Risk levels' }).waitFor();

    await page.getByRole('button', { name: /^Rate Sinaloa, Overall: / }).click();
    const form = page.getByRole('region', { name: 'Rate Sinaloa' });
    // The state's computed signals sit in the form, labelled as computed.
    const signals = form.getByRole('region', { name: 'Computed signals' });
    await signals.getByText('Published items about Sinaloa').waitFor();
    await signals.getByText('Homicide case files (SESNSP, third-party compilation)').waitFor();
    await form.getByRole('radio', { name: '5 · Extreme' }).check();
    await form.getByLabel('Rationale in English').fill('Armed attacks on highways and businesses around Culiacán since the faction war began.');

    await form.getByRole('searchbox', { name: 'Search published items' }).fill('Culiacán');
    const results = form.getByRole('list', { name: 'Items found' });
    const firstResult = results.getByRole('listitem').first();
    await firstResult.waitFor();
    const headline = (await firstResult.locator('.evidence-headline').textContent()) ?? '';
    expect(headline).not.toBe('');
    await firstResult.getByRole('button', { name: `Add as evidence: ${headline}` }).click();
    await form.getByRole('list', { name: 'Chosen evidence' }).getByRole('link', { name: headline }).waitFor();

    // The preview names the demo client and its Sinaloa site, moving to Extreme.
    const preview = form.getByRole('region', { name: 'What changes for clients' });
    await preview.getByRole('heading', { name: /^Norte Logistics/ }).waitFor();
    const site = preview.getByRole('listitem').filter({ hasText: 'Culiacán distribution centre' });
    expect(await site.textContent()).toMatch(/to Extreme$/);
    expect(await preview.textContent()).toMatch(/Publishing this changes the level of \d+ sites? of \d+ client organisations?\./);
    // No other Norte Logistics site is in Sinaloa: Sonora's plant, say, is not touched.
    expect(await preview.getByText('Hermosillo assembly plant').count()).toBe(0);
    await audit(page, 'levels-admin-form');

    await form.getByRole('button', { name: 'Publish', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Publish Extreme for Sinaloa?' });
    await dialog.getByText(/^Norte Logistics.*: 1 site$/).waitFor();
    await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByRole('status').filter({ hasText: /^Published: Sinaloa, Overall is Extreme from / }).waitFor();

    await page.getByRole('button', { name: 'Rate Sinaloa, Overall: Extreme' }).waitFor();
    const history = page.getByRole('region', { name: 'History of Sinaloa' });
    const newest = history.getByRole('listitem').first();
    await newest.getByText('Armed attacks on highways and businesses around Culiacán since the faction war began.').waitFor();
    expect(await newest.textContent()).toContain('Published');
    expect(await newest.textContent()).toContain('Spanish rationale missing.');
    expect(await newest.getByRole('link', { name: headline }).getAttribute('href')).toMatch(/^\/items\/\d+$/);
    await audit(page, 'levels-admin');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(SCREENSHOTS, 'levels-admin.png'), fullPage: false });

    // The same screen in Spanish, with the rating form open on the published level.
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'ES' }).click();
    await page.getByRole('button', { name: 'Calificar Sinaloa, General: Extremo' }).click();
    const formEs = page.getByRole('region', { name: 'Calificar Sinaloa' });
    await formEs.getByRole('radio', { name: '5 · Extremo' }).waitFor();
    await formEs.getByText(/^Sin justificación en español/).waitFor();
    await audit(page, 'levels-admin-es');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'levels-admin-es.png'), fullPage: false });

    expect(errors).toEqual([]);
    await close();
  });
});
