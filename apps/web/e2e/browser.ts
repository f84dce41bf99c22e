import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnServer, type SpawnedServer } from '@atalaya/server/testing';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
/** The phone the layout is checked on (an iPhone 12–15's CSS viewport). */
export const PHONE = { width: 390, height: 844 };
export const SCREENSHOTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../test-results/screenshots');

/** Whether the end-to-end suite can run here; in CI a missing browser is an error, not a skip. */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env['CI']) throw new Error(`Chromium is not installed at ${CHROMIUM}; .ci/run installs Debian's chromium package`);
  console.warn(`Skipping browser tests: no Chromium at ${CHROMIUM} (apt-get install chromium)`);
  return false;
}

/** Debian's Chromium, headless, with no traffic beyond loopback. */
export async function launchBrowser(): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * The built server (fresh data, demo loaded) and Chromium, started before the suite's tests and stopped
 * after them; read `.server` and `.browser` inside tests and hooks.
 */
export function serverAndBrowser(): { readonly server: SpawnedServer; readonly browser: Browser } {
  const running = {} as { server: SpawnedServer; browser: Browser };
  beforeAll(async () => {
    [running.server, running.browser] = await Promise.all([spawnServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await running.browser?.close();
    await running.server?.dispose();
  });
  return running;
}

export const DEMO_PASSWORD = 'atalaya-demo';

/**
 * Fills the sign-in form the page is showing, submits it and waits until the app has left /login.
 * A refused sign-in fails at once with the form's message instead of timing out.
 */
export async function submitSignIn(page: Page, email: string, password: string = DEMO_PASSWORD): Promise<void> {
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  const refusal = page.locator('.login-form').getByRole('alert');
  await Promise.race([
    page.waitForURL((url) => url.pathname !== '/login'),
    refusal.waitFor().then(async () => {
      throw new Error(`Sign-in as ${email} was refused: ${(await refusal.textContent()) ?? ''}`);
    }),
  ]);
}

/**
 * Signs `page` (and so its whole browser context, which keeps the session cookie) in as a demo user:
 * opens `${baseUrl}/login` (with `?next=` when given), fills Email and Password, clicks Sign in and
 * waits until the URL is no longer /login. An analyst sees everything and has no watchlist.
 */
export async function signIn(
  page: Page,
  baseUrl: string,
  email = 'analyst@atalaya.demo',
  password: string = DEMO_PASSWORD,
  next?: string,
): Promise<void> {
  await page.goto(next === undefined ? `${baseUrl}/login` : `${baseUrl}/login?next=${encodeURIComponent(next)}`);
  await submitSignIn(page, email, password);
}

/** A fresh browser context signed in as an analyst, collecting the page's uncaught errors; `options` (a phone's viewport, touch…) override the desktop defaults. */
export async function signedInPage(browser: Browser, baseUrl: string, options: BrowserContextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce', ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await signIn(page, baseUrl);
  return { page, errors, close: () => context.close() };
}

/** Waits until the dashboard's map (or its no-WebGL fallback), KPI cards and timeline have data. */
export async function dashboardReady(page: Page): Promise<void> {
  await page.locator('.map-frame[data-map-status="ready"], .map-unavailable').first().waitFor({ timeout: 60_000 });
  await page.locator('.kpis:not([aria-busy]) .kpi-value').first().waitFor();
  await page.locator('section.timeline h3').first().waitFor();
}
