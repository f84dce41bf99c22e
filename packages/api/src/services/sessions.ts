import { createHash, randomBytes } from 'node:crypto';
import type { Database, Kysely } from '@atalaya/db';
import type { Context, SessionUser } from '../context.ts';
import { DomainError } from '../errors.ts';
import { audit } from './audit.ts';
import { admitSignIn, signInSucceeded } from './sign-in-limits.ts';
import { verifyPassword } from './users.ts';

export const SESSION_COOKIE = 'atalaya_session';
/** Marks a browser an account has signed in from; see sign-in-limits.ts. */
export const DEVICE_COOKIE = 'atalaya_device';

/** Only a hash of the token is stored: a leaked sessions table signs nobody in. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
export const hashIp = (ip: string) => createHash('sha256').update(`atalaya-ip:${ip}`).digest('hex').slice(0, 32);

/** How long sessions last, and the clock they are measured with (tests move it). */
export interface SessionPolicy {
  /** A session ends after this many hours without a request. */
  idleHours: number;
  /** A session ends this many days after sign-in, however active it is. */
  absoluteDays: number;
  now: () => Date;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleHours: 12, absoluteDays: 30, now: () => new Date() };

// A session's expiry is pushed forward once a tenth of the idle window has passed since it last was, not
// on every request: a session then ends between 90 % and 100 % of the idle window after its last request.
const RENEW_AFTER_FRACTION = 0.1;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** The idle expiry from `now`, never past the session's absolute end. */
function expiryFrom(now: Date, createdAt: Date, policy: SessionPolicy): Date {
  return new Date(Math.min(now.getTime() + policy.idleHours * HOUR_MS, new Date(createdAt).getTime() + policy.absoluteDays * DAY_MS));
}

const WRONG_CREDENTIALS = 'The email or password is not correct.';

export interface SignedIn {
  token: string;
  user: SessionUser;
  expiresAt: Date;
  /** The browser's device token (for its cookie) and when its trust lapses. */
  deviceToken: string;
  deviceExpiresAt: Date;
}

/**
/**
 * Checks credentials and opens a new session (a fresh id every time, so a planted id is useless), ending the one
 * the browser had (`replaces`). Wrong email and wrong password get the same message; attempts are limited as
 * sign-in-limits.ts says, and counted even though the sign-in fails. The new session, the old one's end, the
 * device trust and the audit entry are one transaction.
 */
export async function signIn(
  db: Kysely<Database>,
  input: { email: string; password: string; ip: string; userAgent: string | null; deviceToken: string | null },
  policy: SessionPolicy,
  options: { requestId: string; replaces?: string | null },
): Promise<SignedIn> {
  const email = input.email.trim().toLowerCase();
  const now = policy.now();
  const scope = await admitSignIn(db, { email, ipHash: hashIp(input.ip), deviceToken: input.deviceToken }, now);
  const user = await db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'role', 'org_id', 'password_hash', 'disabled_at'])
    .where('email', '=', email)
    .executeTakeFirst();
  // Verify against a dummy hash for unknown emails so timing does not reveal which accounts exist.
  const hash = user?.password_hash ?? DUMMY_HASH;
  const valid = await verifyPassword(hash, input.password).catch(() => false);
  if (!user || !user.password_hash || user.disabled_at || !valid) throw new DomainError('UNAUTHORIZED', WRONG_CREDENTIALS);
  const token = randomBytes(32).toString('base64url');
  const expiresAt = expiryFrom(now, now, policy);
  const signedIn: SessionUser = { id: user.id, email: user.email, name: user.name, role: user.role, orgId: user.org_id };
  const device = await db.transaction().execute(async (trx) => {
    const trusted = await signInSucceeded(trx, scope, user.id, input.deviceToken, now);
    await trx
      .insertInto('sessions')
      .values({
        id: hashToken(token),
        user_id: user.id,
        created_at: now,
        last_seen_at: now,
        expires_at: expiresAt,
        ip_hash: hashIp(input.ip),
        user_agent: input.userAgent?.slice(0, 300) ?? null,
      })
      .execute();
    if (options.replaces) await trx.deleteFrom('sessions').where('id', '=', hashToken(options.replaces)).execute();
    // Old expired sessions are swept here rather than by a timer, which replicas would run many times.
    await trx.deleteFrom('sessions').where('expires_at', '<', now).execute();
    await audit(trx, { user: signedIn, requestId: options.requestId }, { action: 'auth.signIn', entity: 'user', entityId: user.id });
    return trusted;
  });
  return { token, expiresAt, user: signedIn, ...device };
}

export interface ResumedSession {
  user: SessionUser;
  /** Set when the session's expiry moved forward: the cookie is to be sent again with it. */
  renewedUntil: Date | null;
}

/**
 * The signed-in user for a session token; null when unknown, idle too long or past its absolute lifetime.
 * Pushes the idle expiry forward now and then (see RENEW_AFTER_FRACTION), never past the absolute end.
 */
export async function resumeSession(db: Kysely<Database>, token: string, policy: SessionPolicy): Promise<ResumedSession | null> {
  const now = policy.now();
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['sessions.id as session_id', 'sessions.created_at', 'sessions.last_seen_at', 'sessions.expires_at', 'users.id', 'users.email', 'users.name', 'users.role', 'users.org_id'])
    .where('sessions.id', '=', hashToken(token))
    .where('sessions.expires_at', '>', now)
    // A lifetime shortened in the configuration applies to sessions already open.
    .where('sessions.created_at', '>', new Date(now.getTime() - policy.absoluteDays * DAY_MS))
    .where('users.disabled_at', 'is', null)
    .executeTakeFirst();
  if (!row) return null;
  const user: SessionUser = { id: row.id, email: row.email, name: row.name, role: row.role, orgId: row.org_id };
  if (now.getTime() - new Date(row.last_seen_at).getTime() < policy.idleHours * HOUR_MS * RENEW_AFTER_FRACTION) return { user, renewedUntil: null };
  const expiresAt = expiryFrom(now, row.created_at, policy);
  if (expiresAt.getTime() <= new Date(row.expires_at).getTime()) return { user, renewedUntil: null };
  await db.updateTable('sessions').set({ last_seen_at: now, expires_at: expiresAt }).where('id', '=', row.session_id).execute();
  return { user, renewedUntil: expiresAt };
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
