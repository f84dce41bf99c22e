import { existsSync, readFileSync } from 'node:fs';
import { hit, recordShareOpen, resolveShareToken, type ShareGrant } from '@atalaya/api';
import type { Db } from '@atalaya/db';
import type { Context as HonoContext } from 'hono';

export const SHARE_HEADER = 'x-atalaya-share';
// Guessing tokens is pointless at 256 bits, but failed lookups are still limited per IP.
const GUESS_LIMIT = { limit: 30, windowSeconds: 10 * 60 };

const GONE_PAGE = `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="referrer" content="no-referrer">
<title>Link no longer valid · Atalaya</title>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#14212b">
<h1>This link is no longer valid</h1>
<p>It may have expired or been revoked. Ask the person who sent it for a new one.</p>
<p lang="es">Este enlace ya no es válido: puede haber caducado o haber sido revocado. Pida uno nuevo a quien se lo envió.</p>
</body></html>`;

const BUSY_PAGE = (minutes: number) => `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="referrer" content="no-referrer">
<title>Try again later · Atalaya</title>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#14212b">
<h1>This link has been opened too often</h1>
<p>Try again in ${minutes === 1 ? '1 minute' : `${minutes} minutes`}.</p>
<p lang="es">Este enlace se ha abierto demasiadas veces. Inténtelo de nuevo en ${minutes === 1 ? '1 minuto' : `${minutes} minutos`}.</p>
</body></html>`;

export type ShareLookup = { kind: 'granted'; grant: ShareGrant } | { kind: 'gone' } | { kind: 'limited'; retryAfterSeconds: number };

/** Looks up a share token, counting misses against the caller's IP; `gone` when the link is unknown, expired or revoked. */
export async function shareGrant(db: Db, token: string, ip: string): Promise<ShareLookup> {
  const grant = await resolveShareToken(db.db, token);
  if (grant) return { kind: 'granted', grant };
  const verdict = await hit(db.db, `share-miss:${ip}`, GUESS_LIMIT);
  return verdict.allowed ? { kind: 'gone' } : { kind: 'limited', retryAfterSeconds: verdict.retryAfterSeconds };
}

/** GET /s/:token (and its briefing mode, /present and /present/notes) — the read-only dashboard of one frozen filter, or 410 with no data. */
export async function sharePage(c: HonoContext, db: Db, indexPath: string, ip: string) {
  c.header('Referrer-Policy', 'no-referrer');
  c.header('Cache-Control', 'no-store');
  const found = await shareGrant(db, c.req.param('token') ?? '', ip);
  if (found.kind === 'limited') {
    c.header('Retry-After', String(found.retryAfterSeconds));
    return c.html(GONE_PAGE, 429);
  }
  if (found.kind === 'gone') return c.html(GONE_PAGE, 410);
  const opened = await recordShareOpen(db.db, found.grant.linkId, ip, c.req.header('user-agent') ?? null);
  if (!opened.allowed) {
    c.header('Retry-After', String(opened.retryAfterSeconds));
    return c.html(BUSY_PAGE(Math.ceil(opened.retryAfterSeconds / 60)), 429);
  }
  if (!existsSync(indexPath)) return c.text('The web app has not been built.', 503);
  return c.html(readFileSync(indexPath, 'utf8'));
}
