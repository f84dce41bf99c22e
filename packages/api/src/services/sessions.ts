import { createHash, randomBytes } from 'node:crypto';
import type { Database, Kysely } from '@atalaya/db';
import { sql } from '@atalaya/db';
import type { Context, SessionUser } from '../context.ts';
import { DomainError } from '../errors.ts';
import { audit } from './audit.ts';
import { clear, hit, isLimited, type RateLimit } from './rate-limit.ts';
import { verifyPassword } from './users.ts';

export const SESSION_COOKIE = 'atalaya_session';
const ACCOUNT_LIMIT: RateLimit = { limit: 5, windowSeconds: 15 * 60 };
const IP_LIMIT: RateLimit = { limit: 30, windowSeconds: 15 * 60 };
// Refresh the sliding expiry at most once a minute, not on every request.
const TOUCH_INTERVAL_MS = 60_000;

/** Only a hash of the token is stored: a leaked sessions table signs nobody in. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
export const hashIp = (ip: string) => createHash('sha256').update(`atalaya-ip:${ip}`).digest('hex').slice(0, 32);

export interface SessionOptions {
  idleHours: number;
}

const WRONG_CREDENTIALS = 'The email or password is not correct.';

/**
 * Checks credentials and opens a new session (a fresh id every time, so a planted id is useless), ending the one
 * the browser had (`replaces`). Wrong email and wrong password get the same message; attempts are limited per
 * account and per IP, and those counts are kept even though the sign-in fails. The new session, the old one's end
 * and the audit entry are one transaction.
 */
export async function signIn(
  db: Kysely<Database>,
  input: { email: string; password: string; ip: string; userAgent: string | null },
  options: SessionOptions & { requestId: string; replaces?: string | null },
): Promise<{ token: string; user: SessionUser; expiresAt: Date }> {
  const email = input.email.trim().toLowerCase();
  const accountKey = `signin:account:${email}`;
  const ipKey = `signin:ip:${hashIp(input.ip)}`;
  const ipHit = await hit(db, ipKey, IP_LIMIT);
  if (!ipHit.allowed || (await isLimited(db, accountKey, ACCOUNT_LIMIT))) {
    throw new DomainError('TOO_MANY_REQUESTS', 'Too many sign-in attempts. Wait a few minutes and try again.');
  }
  const user = await db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'role', 'org_id', 'password_hash', 'disabled_at'])
    .where('email', '=', email)
    .executeTakeFirst();
  // Verify against a dummy hash for unknown emails so timing does not reveal which accounts exist.
  const hash = user?.password_hash ?? DUMMY_HASH;
  const valid = await verifyPassword(hash, input.password).catch(() => false);
  if (!user || !user.password_hash || user.disabled_at || !valid) {
    await hit(db, accountKey, ACCOUNT_LIMIT);
    throw new DomainError('UNAUTHORIZED', WRONG_CREDENTIALS);
  }
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + options.idleHours * 3_600_000);
  const signedIn: SessionUser = { id: user.id, email: user.email, name: user.name, role: user.role, orgId: user.org_id };
  await db.transaction().execute(async (trx) => {
    await clear(trx, accountKey);
    await trx
      .insertInto('sessions')
      .values({ id: hashToken(token), user_id: user.id, expires_at: expiresAt, ip_hash: hashIp(input.ip), user_agent: input.userAgent?.slice(0, 300) ?? null })
      .execute();
    if (options.replaces) await trx.deleteFrom('sessions').where('id', '=', hashToken(options.replaces)).execute();
    // Old expired sessions are swept here rather than by a timer, which replicas would run many times.
    await trx.deleteFrom('sessions').where('expires_at', '<', sql<Date>`now()`).execute();
    await audit(trx, { user: signedIn, requestId: options.requestId }, { action: 'auth.signIn', entity: 'user', entityId: user.id });
  });
  return { token, expiresAt, user: signedIn };
}

/** The signed-in user for a session token, sliding its idle expiry; null when unknown or expired. */
export async function sessionUser(db: Kysely<Database>, token: string, options: SessionOptions): Promise<SessionUser | null> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['sessions.id as session_id', 'sessions.last_seen_at', 'users.id', 'users.email', 'users.name', 'users.role', 'users.org_id'])
    .where('sessions.id', '=', hashToken(token))
    .where('sessions.expires_at', '>', sql<Date>`now()`)
    .where('users.disabled_at', 'is', null)
    .executeTakeFirst();
  if (!row) return null;
  if (Date.now() - new Date(row.last_seen_at).getTime() > TOUCH_INTERVAL_MS) {
    await db
      .updateTable('sessions')
      .set({ last_seen_at: sql`now()`, expires_at: new Date(Date.now() + options.idleHours * 3_600_000) })
      .where('id', '=', row.session_id)
      .execute();
  }
  return { id: row.id, email: row.email, name: row.name, role: row.role, orgId: row.org_id };
}

/** Ends a session; a signed-in user's sign-out is audited in the same transaction. */
export async function signOut(db: Kysely<Database>, token: string, who: Pick<Context, 'user' | 'requestId'>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('sessions').where('id', '=', hashToken(token)).execute();
    if (who.user) await audit(trx, who, { action: 'auth.signOut', entity: 'user', entityId: who.user.id });
  });
}

// argon2id hash of a random string nobody knows, with the same parameters as real hashes.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$7pQzvH7yq3w8zV4m7bKq0u5QO2vZ3C1Hc1Y3y8bD1mE';
