import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, SCREENSHOTS, serverAndBrowser, signIn } from './browser.ts';

// Markup that would run script if any page put user text into the DOM as HTML, or into an href.
const IMG = '<img src=x onerror="window.__xss=1;alert(1)">';
const SCRIPT = '<script>window.__xss=1;alert(2)</script>';
const SVG = '"><svg onload=window.__xss=1>';
const JS_LINK = '[read this](javascript:window.__xss=1)';

// A newsletter written for this test: the commentary, a headline, a summary and a citation's original title carry payloads.
const TOKEN = 'quetzalbrief';
const NEWSLETTER = [
  'Quetzal Risk Brief – February 4, 2026',
  'By Laura Gómez, Partner, Example Risk',
  `A quieter week in Sinaloa, with a warning for readers ${SCRIPT} and ${IMG} and ${JS_LINK} too ${SVG} end of note.`,
  `Quetzalbrief convoy checkpoint ${IMG} opens on the Culiacán highway`,
  `The state police opened a ${TOKEN} checkpoint ${SCRIPT} after cargo thefts ${SVG} on the toll road, officials said.`,
  `Ríodoce, 2/02/26, Redacción: Abren retén ${SVG} en la carretera ${IMG}.`,
].join('\n\n');

// What the analyst then saves on the item and the edition, exactly.
const HEADLINE = `Quetzalbrief convoy checkpoint ${IMG} opens`;
const SUMMARY = `Police opened a ${TOKEN} checkpoint ${SCRIPT} after thefts ${SVG} on the toll road. See ${JS_LINK}.`;
const ORIGINAL_TITLE = `Abren retén ${SVG} ${IMG}`;
const OUTLET = `<b>Ríodoce</b>${SCRIPT}`;
const COMMENTARY = `Partner note ${SCRIPT} and ${IMG}.\n\nSecond paragraph ${SVG} with ${JS_LINK}.`;
const EDITION_TITLE = `Quetzal Risk Brief ${IMG}`;
const VIEW_NAME = `Corridor ${IMG}${SVG}`;
const SITE_NAME = `Yard ${SCRIPT}${SVG}`;
const ORG_NAME = `Acme ${IMG} S.A.`;

const CLIENT_ORG = 'Norte Logistics (demo client)';

interface Session {
  context: BrowserContext;
  page: Page;
  errors: string[];
  dialogs: string[];
}

describe.runIf(browserAvailable())('security in Chromium', () => {
  const running = serverAndBrowser();

  /** A fresh browser context that records page errors, dialogs and CSP violations; signed in unless `email` is null. */
  async function open(email: string | null, next?: string): Promise<Session> {
    const context = await running.browser.newContext({ viewport: { width: 1400, height: 900 }, reducedMotion: 'reduce' });
    await context.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample} at ${e.sourceFile}:${e.lineNumber}`));
    });
    const page = await context.newPage();
    const errors: string[] = [];
    const dialogs: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => {
      dialogs.push(`${d.type()}: ${d.message()}`);
      void d.dismiss();
    });
    if (email !== null) await signIn(page, running.server.url, email, 'atalaya-demo', next);
    return { context, page, errors, dialogs };
  }

  /** A tRPC call from the signed-in page (same cookies, the page's own origin): a mutation unless `query`. */
  async function trpc<T>(page: Page, procedure: string, input?: unknown, kind: 'mutation' | 'query' = 'mutation'): Promise<T> {
    const url = `${running.server.url}/trpc/${procedure}`;
    const response =
      kind === 'mutation'
        ? await page.request.post(url, { data: { json: input ?? null }, headers: { origin: running.server.url } })
        : await page.request.get(input === undefined ? url : `${url}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`);
    const body = (await response.json()) as { result?: { data: { json: T } } };
    if (!response.ok() || !body.result) throw new Error(`${procedure} answered ${response.status()}: ${JSON.stringify(body)}`);
    return body.result.data.json;
  }

  /** Nothing injected ran or even exists: no flag, no dialog, no element built from the payloads, no script link, no blocked script. */
  async function expectInert(session: Session, where: string): Promise<void> {
    // An <img src=x> would have failed to load by now, and its handler run.
    await session.page.waitForTimeout(400);
    const state = await session.page.evaluate(() => {
      const w = window as unknown as { __xss?: unknown; __csp?: string[] };
      return {
        flag: w.__xss ?? null,
        injected: document.querySelectorAll('img[src="x"], svg[onload], [onerror], [onload], b, iframe, object, embed').length,
        inlineScripts: [...document.scripts].filter((s) => !s.src).length,
        scriptLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
        cspViolations: (w.__csp ?? []).filter((v) => v.startsWith('script-src')),
      };
    });
    expect(state, where).toEqual({ flag: null, injected: 0, inlineScripts: 0, scriptLinks: 0, cspViolations: [] });
    expect(session.dialogs, where).toEqual([]);
  }

  /** Waits until `text` is on the page as text (the payloads contain quotes and angle brackets, so a substring match on text content). */
  async function expectText(page: Page, text: string, scope = 'main, [role="main"], body'): Promise<void> {
    await expect.poll(async () => (await page.locator(scope).first().textContent()) ?? '', { timeout: 20_000 }).toContain(text);
  }

  it('keeps markup in item text, edition commentary, view, site and organisation names inert', async () => {
    // The analyst imports the newsletter, sets exact payloads on the item and the edition, reviews and publishes it.
    const analyst = await open('analyst@atalaya.demo');
    const imported = await analyst.page.request.post(`${running.server.url}/api/ingest`, { multipart: { text: NEWSLETTER }, headers: { origin: running.server.url } });
    expect(imported.status(), await imported.text()).toBe(201);
    const { editionId } = (await imported.json()) as { editionId: number };
    const draft = await trpc<{ items: Array<{ id: number; headline: string }> }>(analyst.page, 'review.get', { id: editionId }, 'query');
    expect(draft.items).toHaveLength(1);
    const itemId = (draft.items[0] as { id: number }).id;
    await trpc(analyst.page, 'review.updateItem', { id: itemId, headline: HEADLINE, summary: SUMMARY, originalTitle: ORIGINAL_TITLE, outlet: OUTLET });
    await trpc(analyst.page, 'review.updateEdition', { id: editionId, title: EDITION_TITLE, commentary: COMMENTARY });
    // A javascript: link is refused as the item's link, so it can only ever be text.
    const refused = await analyst.page.request.post(`${running.server.url}/trpc/review.updateItem`, {
      data: { json: { id: itemId, url: 'javascript:window.__xss=1' } },
      headers: { origin: running.server.url },
    });
    expect(refused.status()).toBe(400);

    await analyst.page.goto(`${running.server.url}/admin/ingest/${editionId}`);
    await expectText(analyst.page, SCRIPT, '.source-text');
    expect(await analyst.page.locator('.source-text').textContent()).toContain(IMG);
    await expect.poll(() => analyst.page.locator('article.review-item').first().getByLabel('Headline').inputValue()).toBe(HEADLINE);
    await expectInert(analyst, 'review page');

    await trpc(analyst.page, 'review.publish', { id: editionId });

    await analyst.page.goto(`${running.server.url}/?q=${TOKEN}`);
    const timeline = analyst.page.getByRole('region', { name: 'Timeline' });
    await expect.poll(() => timeline.getByRole('link', { name: HEADLINE }).count(), { timeout: 20_000 }).toBe(1);
    // The latest commentary on the dashboard is this edition's.
    await expectText(analyst.page, 'Partner note <script>');
    await expectText(analyst.page, `Second paragraph ${SVG} with ${JS_LINK}.`);
    await expectInert(analyst, 'dashboard');
    await analyst.page.screenshot({ path: path.join(SCREENSHOTS, 'security-dashboard.png'), fullPage: false });

    await analyst.page.goto(`${running.server.url}/items/${itemId}`);
    await expect.poll(() => analyst.page.locator('#item-headline').textContent(), { timeout: 20_000 }).toBe(HEADLINE);
    await expectText(analyst.page, SUMMARY);
    await expectText(analyst.page, ORIGINAL_TITLE);
    await expectText(analyst.page, OUTLET);
    await expectInert(analyst, 'item page');

    await analyst.page.goto(`${running.server.url}/editions/${editionId}`);
    await expect.poll(() => analyst.page.locator('#edition-title').textContent(), { timeout: 20_000 }).toBe(EDITION_TITLE);
    await expectText(analyst.page, `Partner note ${SCRIPT} and ${IMG}.`);
    await expectText(analyst.page, HEADLINE);
    await expectText(analyst.page, ORIGINAL_TITLE);
    await expectInert(analyst, 'edition page');
    expect(analyst.errors).toEqual([]);
    await analyst.context.close();

    // The account manager saves a view and a site for the client organisation, and shares the view.
    const manager = await open('manager@atalaya.demo');
    const orgs = await trpc<Array<{ id: number; name: string }>>(manager.page, 'admin.orgs', undefined, 'query');
    const clientOrg = orgs.find((o) => o.name === CLIENT_ORG);
    expect(clientOrg).toBeDefined();
    const orgId = (clientOrg as { id: number }).id;
    const view = await trpc<{ id: number }>(manager.page, 'views.create', { name: VIEW_NAME, orgId, filter: { states: ['MX-SIN'], topics: [], orgs: [], q: `${TOKEN} ${SCRIPT}` } });
    await trpc(manager.page, 'admin.saveSite', { orgId, name: SITE_NAME, state: 'MX-SIN', lat: 24.8, lon: -107.39, type: 'warehouse' });
    const link = await trpc<{ token: string }>(manager.page, 'views.share', { viewId: view.id, expiresInDays: 1, note: `For ${IMG}` });

    await manager.page.goto(`${running.server.url}/views`);
    const viewLink = manager.page.getByRole('link', { name: VIEW_NAME, exact: true });
    await viewLink.waitFor();
    await expectInert(manager, '/views as manager');
    await manager.page.getByRole('listitem').filter({ has: viewLink }).getByRole('button', { name: 'Share links' }).click();
    await expectText(manager.page, `For ${IMG}`);
    await expectInert(manager, 'share links panel');

    await manager.page.goto(`${running.server.url}/admin/orgs`);
    await manager.page.getByRole('button', { name: `Manage ${CLIENT_ORG}` }).click();
    await manager.page.getByRole('rowheader', { name: SITE_NAME }).waitFor();
    await expectInert(manager, '/admin/orgs as manager');
    expect(manager.errors).toEqual([]);
    await manager.context.close();

    // The share link's recipient sees the name in the banner, as text.
    const recipient = await open(null);
    await recipient.page.goto(`${running.server.url}/s/${link.token}`);
    const banner = recipient.page.getByRole('note', { name: 'Shared view' });
    await banner.waitFor();
    expect(await banner.textContent()).toContain(VIEW_NAME);
    await expectInert(recipient, 'shared view');
    expect(recipient.errors).toEqual([]);
    await recipient.context.close();

    // The admin adds an organisation with markup in its name and reads all of it in the audit log.
    const admin = await open('admin@atalaya.demo');
    await trpc(admin.page, 'admin.createOrg', { slug: 'acme-xss', name: ORG_NAME, kind: 'client' });
    await admin.page.goto(`${running.server.url}/admin/orgs`);
    await admin.page.getByRole('rowheader', { name: ORG_NAME }).waitFor();
    await expectInert(admin, '/admin/orgs as admin');
    await admin.page.goto(`${running.server.url}/admin/audit`);
    const audit = admin.page.locator('.audit-table');
    await audit.waitFor();
    // The before/after JSON shows the payloads as text (JSON-escaped quotes and all).
    for (const text of ['org.create', 'Acme <img src=x onerror=', 'site.create', '<script>window.__xss=1;alert(2)</script>', 'view.create', 'item.update']) {
      await expect.poll(async () => (await audit.textContent()) ?? '').toContain(text);
    }
    for (const details of await audit.locator('details').all()) await details.locator('summary').click();
    await expectInert(admin, '/admin/audit');
    await admin.page.screenshot({ path: path.join(SCREENSHOTS, 'security-audit.png'), fullPage: false });
    expect(admin.errors).toEqual([]);
    await admin.context.close();

    // The client sees its own view, its site on the map and in the state profile, all as text.
    const client = await open('client@atalaya.demo', '/views');
    await client.page.getByRole('link', { name: VIEW_NAME, exact: true }).waitFor();
    await expectInert(client, '/views as client');
    await client.page.goto(`${running.server.url}/states/MX-SIN`);
    await expectText(client.page, SITE_NAME);
    await expectInert(client, 'state profile');
    await client.page.goto(`${running.server.url}/`);
    await client.page.locator('main.dashboard').waitFor();
    await expect.poll(() => client.page.locator('.map-sites-key').count(), { timeout: 30_000 }).toBe(1);
    await expectInert(client, 'client dashboard with sites on the map');
    expect(client.errors).toEqual([]);
    await client.context.close();
  });

  // The top bar's links each role should see, and the pages each role may open (admins open everything).
  const ROLES = [
    { email: 'client@atalaya.demo', nav: ['Dashboard', 'Editions', 'Exposure', 'Views'], pages: ['/views', '/exposure'], admin: false },
    { email: 'analyst@atalaya.demo', nav: ['Dashboard', 'Editions', 'Views', 'Import', 'Risk levels'], pages: ['/views', '/admin/ingest', '/admin/levels'], admin: false },
    { email: 'manager@atalaya.demo', nav: ['Dashboard', 'Editions', 'Exposure', 'Portfolio', 'Views', 'Organisations'], pages: ['/views', '/admin/orgs', '/exposure', '/portfolio'], admin: false },
    {
      email: 'admin@atalaya.demo',
      nav: ['Dashboard', 'Editions', 'Exposure', 'Portfolio', 'Views', 'Import', 'Risk levels', 'Organisations', 'Users', 'Audit'],
      pages: ['/views', '/admin/ingest', '/admin/levels', '/admin/orgs', '/admin/users', '/admin/audit', '/exposure', '/portfolio'],
      admin: true,
    },
  ];
  const GUARDED = ['/views', '/admin/ingest', '/admin/levels', '/admin/orgs', '/admin/users', '/admin/audit', '/exposure', '/portfolio'];

  it('shows every role exactly its own navigation and pages, and the API agrees', async () => {
    for (const role of ROLES) {
      const session = await open(role.email);
      const { page } = session;
      const nav = page.getByRole('navigation', { name: 'Main' });
      await nav.getByRole('link', { name: 'Views', exact: true }).waitFor();
      const links = (await nav.getByRole('link').allTextContents()).map((s) => s.trim());
      expect(links, role.email).toEqual(role.nav);

      for (const pathname of GUARDED) {
        await page.goto(`${running.server.url}${pathname}`);
        const noAccess = page.getByRole('heading', { name: 'No access', level: 1 });
        // While the session loads there is no heading; then either the page's or the refusal's.
        await page.locator('h1').first().waitFor({ timeout: 20_000 });
        if (role.pages.includes(pathname)) {
          expect(await noAccess.count(), `${role.email} should open ${pathname}`).toBe(0);
        } else {
          await noAccess.waitFor();
          expect(await page.getByText(`Your account (${role.email}) cannot open this page.`).count(), `${role.email} at ${pathname}`).toBe(1);
        }
      }

      // The server decides, not the page: a forbidden call from the signed-in page is 403.
      const users = await page.request.get(`${running.server.url}/trpc/admin.users`);
      expect(users.status(), `${role.email} admin.users`).toBe(role.admin ? 200 : 403);
      const audit = await page.request.get(`${running.server.url}/trpc/admin.audit`);
      expect(audit.status(), `${role.email} admin.audit`).toBe(role.admin ? 200 : 403);
      const review = await page.request.get(`${running.server.url}/trpc/review.list`);
      expect(review.status(), `${role.email} review.list`).toBe(role.nav.includes('Import') ? 200 : 403);
      if (!role.nav.includes('Import')) {
        const ingest = await page.request.post(`${running.server.url}/api/ingest`, { multipart: { text: NEWSLETTER }, headers: { origin: running.server.url } });
        expect(ingest.status(), `${role.email} /api/ingest`).toBe(403);
      }
      expect(session.errors, role.email).toEqual([]);
      await session.context.close();
    }

    // Signed out: 401 from the API, and the pages send the visitor to /login.
    const anonymous = await open(null);
    expect((await anonymous.page.request.get(`${running.server.url}/trpc/admin.users`)).status()).toBe(401);
    expect((await anonymous.page.request.get(`${running.server.url}/trpc/items.list?input=${encodeURIComponent(JSON.stringify({ json: { filter: {} } }))}`)).status()).toBe(401);
    expect((await anonymous.page.request.post(`${running.server.url}/api/ingest`, { multipart: { text: 'x' }, headers: { origin: running.server.url } })).status()).toBe(401);
    for (const pathname of ['/', ...GUARDED]) {
      await anonymous.page.goto(`${running.server.url}${pathname}`);
      await anonymous.page.waitForURL((url) => url.pathname === '/login');
    }
    await anonymous.context.close();
  });

  /** The Content-Security-Policy header as directive → sources. */
  function csp(header: string | null): Map<string, string[]> {
    const directives = new Map<string, string[]>();
    for (const part of (header ?? '').split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (name) directives.set(name.toLowerCase(), sources);
    }
    return directives;
  }

  it('sends the hardening headers on every kind of response and refuses oversized API bodies', async () => {
    const urls = [
      '/',
      '/login',
      '/admin/audit',
      '/trpc/auth.me',
      '/trpc/admin.users',
      `/trpc/items.list?input=${encodeURIComponent(JSON.stringify({ json: { filter: {} } }))}`,
      '/trpc/no.such.procedure',
      `/s/${'A'.repeat(43)}`,
      '/s/bad',
      '/api/nothing',
      '/healthz',
    ];
    for (const url of urls) {
      const response = await fetch(`${running.server.url}${url}`);
      const policy = csp(response.headers.get('content-security-policy'));
      const scriptSrc = policy.get('script-src') ?? policy.get('default-src') ?? [];
      expect(scriptSrc, `${url} script-src`).toContain("'self'");
      expect(scriptSrc, `${url} script-src`).not.toContain("'unsafe-inline'");
      expect(scriptSrc, `${url} script-src`).not.toContain("'unsafe-eval'");
      expect(policy.get('frame-ancestors'), `${url} frame-ancestors`).toEqual(["'none'"]);
      expect(response.headers.get('x-content-type-options'), url).toBe('nosniff');
      await response.arrayBuffer();
    }

    // The built page itself has no inline script that the policy would have to allow.
    const html = await (await fetch(`${running.server.url}/`)).text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);

    // A normal-sized request gets through to the API (401: nobody signed in)...
    const small = await fetch(`${running.server.url}/trpc/views.create`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: running.server.url },
      body: JSON.stringify({ json: { name: 'x', filter: {} } }),
    });
    expect(small.status).toBe(401);
    await small.arrayBuffer();
    // ...but more than 1 MB is refused with 413 before it is parsed, with a declared length or streamed without one.
    const big = JSON.stringify({ json: { name: 'x'.repeat(1024 * 1024 + 10), filter: {} } });
    const declared = await fetch(`${running.server.url}/trpc/views.create`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: running.server.url },
      body: big,
    });
    expect(declared.status).toBe(413);
    const bytes = new TextEncoder().encode(big);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 64 * 1024) controller.enqueue(bytes.subarray(i, i + 64 * 1024));
        controller.close();
      },
    });
    const streamed = await fetch(`${running.server.url}/trpc/views.create`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: running.server.url },
      body: stream,
      duplex: 'half',
    } as RequestInit & { duplex: 'half' });
    expect(streamed.status).toBe(413);
  });
});
