import {
  briefingData,
  byteStream,
  DomainError,
  exportDisposition,
  itemsCsv,
  memberExportScope,
  observationsCsv,
  orgExport,
  recordExport,
  renderBriefingPdf,
  sharedExportScope,
  type ExportKind,
  type ExportScope,
  type OrgExportKind,
  type SessionPolicy,
  type SessionUser,
} from '@atalaya/api';
import type { Db } from '@atalaya/db';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { Hono, type Context as HonoContext } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Logger } from './log.ts';
import { requestUser } from './session-cookie.ts';
import { shareGrant } from './share-route.ts';

/** The files an export URL may name. */
const FILES = new Map<string, ExportKind>([
  ['items.csv', 'items'],
  ['observations.csv', 'observations'],
  ['briefing.pdf', 'briefing'],
]);
const CONTENT_TYPE: Record<ExportKind, string> = {
  items: 'text/csv; charset=utf-8',
  observations: 'text/csv; charset=utf-8',
  briefing: 'application/pdf',
  exposure: 'application/pdf',
  sites: 'text/csv; charset=utf-8',
};
/** One client organisation's files (its exposure page): signed-in users only, never through a share link. */
const ORG_FILES = new Map<string, OrgExportKind>([
  ['exposure.pdf', 'exposure'],
  ['sites.csv', 'sites'],
]);

type Requester = { user: SessionUser | null; requestId: string };

const problem = (c: HonoContext, status: ContentfulStatusCode, message: string) => c.json({ error: { message } }, status);

/**
 * Writes the file of one export and logs it; CSV streams a page at a time and is logged when it has been sent.
 * A CSV that fails half-way (its status already sent) is cut off, and the failure logged here.
 */
async function sendExport(c: HonoContext, db: Db, logger: Logger, kind: ExportKind, scope: ExportScope, who: Requester): Promise<Response> {
  const now = new Date();
  const headers = {
    'Content-Type': CONTENT_TYPE[kind],
    'Content-Disposition': exportDisposition(kind, { filter: scope.filter, viewName: scope.viewName, date: now.toISOString().slice(0, 10) }),
    'Cache-Control': 'no-store',
  };
  if (kind === 'briefing') {
    const data = await briefingData(db.db, scope.filter, { lang: scope.lang, viewName: scope.viewName, generatedAt: now });
    const pdf = await renderBriefingPdf(data);
    await recordExport(db.db, who, { kind, scope, rows: data.items.length, complete: true });
    return c.body(pdf, 200, headers);
  }
  // Risk levels are those at the filter's end date, or of the export's day when it is open-ended.
  const options = { lang: scope.lang, today: now.toISOString().slice(0, 10) };
  const csv = kind === 'items' ? itemsCsv(db.db, scope.filter, options) : observationsCsv(db.db, scope.filter, options);
  const body = await byteStream(csv.chunks, async (complete, error) => {
    if (error) logger.error({ requestId: who.requestId, err: error, export: kind, rows: csv.rows }, 'export failed after it started');
    await recordExport(db.db, who, { kind, scope, rows: csv.rows, complete });
  });
  return c.body(body, 200, headers);
}

/** Runs an export, answering a refused one (bad filter, forbidden, unknown view) with its status and message. */
async function guarded(c: HonoContext, run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof DomainError) {
      return problem(c, getHTTPStatusCodeFromError(new TRPCError({ code: error.code })) as ContentfulStatusCode, error.message);
    }
    throw error;
  }
}

const queryOf = (c: HonoContext) => new URL(c.req.url).searchParams;

/**
 * GET /api/export/{items.csv,observations.csv,briefing.pdf}?<filter> — signed-in users export the
 * filter in the query string (the dashboard's encoding, plus `lang=en|es`), or `?view=<id>` to
 * export a saved view they can see. GET /api/export/{exposure.pdf,sites.csv}?org=<id> — a client
 * organisation's exposure page and its sites with their levels, for those who may open that page.
 */
export function exportRoutes(db: Db, policy: SessionPolicy, logger: Logger) {
  const app = new Hono<{ Variables: { requestId: string; user: SessionUser | null } }>();
  app.get('/:file', async (c) => {
    const file = c.req.param('file');
    const kind = FILES.get(file);
    const orgKind = ORG_FILES.get(file);
    if (!kind && !orgKind) return problem(c, 404, 'Not found');
    const { user } = await requestUser(c, db, policy);
    if (!user) return problem(c, 401, 'Please sign in.');
    c.set('user', user);
    const who = { user, requestId: c.get('requestId') };
    if (orgKind) {
      return guarded(c, async () => {
        const file = await orgExport({ db: db.db, ...who }, orgKind, queryOf(c));
        return c.body(file.body, 200, { 'Content-Type': file.contentType, 'Content-Disposition': file.disposition, 'Cache-Control': 'no-store' });
      });
    }
    return guarded(c, async () => sendExport(c, db, logger, kind as ExportKind, await memberExportScope({ db: db.db, ...who }, queryOf(c)), who));
  });
  return app;
}

/**
 * GET /s/:token/export/{items.csv,observations.csv,briefing.pdf} — the share link's frozen filter,
 * without sign-in; a query string asking for another filter is refused (403), a link that is
 * unknown, expired or revoked answers 410.
 */
export async function sharedExport(c: HonoContext, db: Db, ip: string, logger: Logger): Promise<Response> {
  c.header('Cache-Control', 'no-store');
  const kind = FILES.get(c.req.param('file') ?? '');
  if (!kind) return problem(c, 404, 'Not found');
  const found = await shareGrant(db, c.req.param('token') ?? '', ip);
  if (found.kind === 'limited') {
    c.header('Retry-After', String(found.retryAfterSeconds));
    return problem(c, 429, 'Too many attempts.');
  }
  if (found.kind === 'gone') return problem(c, 410, 'This link is no longer valid.');
  const grant = found.grant;
  const who = { user: null, requestId: c.get('requestId') as string };
  return guarded(c, async () => sendExport(c, db, logger, kind, sharedExportScope(grant, queryOf(c)), who));
}
