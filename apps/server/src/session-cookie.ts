import { DEVICE_COOKIE, resumeSession, SESSION_COOKIE, type SessionPolicy, type SessionUser } from '@atalaya/api';
import type { Db } from '@atalaya/db';
import type { Context as HonoContext } from 'hono';
import { generateCookie, getCookie } from 'hono/cookie';

export function isHttps(c: HonoContext): boolean {
  return new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
}

/** The session cookie with this expiry; an empty value and no expiry clears it. */
export function sessionCookie(c: HonoContext, value: string, expiresAt: Date | null): string {
  const lifetime = expiresAt ? { expires: expiresAt } : { maxAge: 0 };
  return generateCookie(SESSION_COOKIE, value, { httpOnly: true, sameSite: 'Lax', secure: isHttps(c), path: '/', ...lifetime });
}

/** The browser's device token: only sign-in reads it, and never from another site. */
export function deviceCookie(c: HonoContext, value: string, expiresAt: Date): string {
  return generateCookie(DEVICE_COOKIE, value, { httpOnly: true, sameSite: 'Strict', secure: isHttps(c), path: '/', expires: expiresAt });
}

/**
 * The user of the request's session cookie, or null. When the session's expiry moved forward, the cookie
 * is sent again with it (through `setCookie`, Hono's response headers by default), so the browser keeps it
 * as long as the server does.
 */
export async function requestUser(
  c: HonoContext,
  db: Db,
  policy: SessionPolicy,
  setCookie: (cookie: string) => void = (cookie) => c.header('Set-Cookie', cookie, { append: true }),
): Promise<{ user: SessionUser | null; token: string | null }> {
  const token = getCookie(c, SESSION_COOKIE) ?? null;
  const session = token ? await resumeSession(db.db, token, policy) : null;
  if (token && session?.renewedUntil) setCookie(sessionCookie(c, token, session.renewedUntil));
  return { user: session?.user ?? null, token };
}
