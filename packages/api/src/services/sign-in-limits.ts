import { createHash, randomBytes } from 'node:crypto';
import type { Database, Kysely } from '@atalaya/db';
import { TooManyRequests } from '../errors.ts';
import { claim, hit, release, sweepBackoff, sweepRateLimits, type Backoff, type RateLimit } from './rate-limit.ts';

/**
 * How sign-in attempts are limited (see infra/README.md, "Sign-in limits"):
 * - per account, with exponential back-off: 5 attempts, then a wait of 1 s, 2 s, 4 s … up to 15 minutes
 *   between attempts; a successful sign-in starts it over. Attempts are counted when they are admitted,
 *   before the password is checked, so a burst of parallel requests gets no more than 5 checks;
 * - attempts from a browser the account has signed in from before (it carries a device token) count in
 *   that browser's own back-off, so strangers who fill the account's back-off cannot keep its owner out
 *   of a browser they have used; such attempts skip the per-IP limit too;
 * - per client IP, all accounts together: 30 attempts per 15 minutes.
 */
export const SIGN_IN_BACKOFF: Backoff = { free: 5, firstDelaySeconds: 1, maxDelaySeconds: 15 * 60, forgetAfterSeconds: 24 * 3600 };
export const SIGN_IN_IP_LIMIT: RateLimit = { limit: 30, windowSeconds: 15 * 60 };
/** A browser stays trusted this long after its last sign-in. */
export const DEVICE_TRUST_DAYS = 180;

const DEVICE_TOKEN = /^[\w-]{43}$/;
const digest = (text: string) => createHash('sha256').update(text).digest('hex');

/** Whose attempts share one back-off: an account from unknown browsers, or one browser of that account. */
export interface SignInScope {
  key: string;
  trusted: boolean;
}

/** Says how long to wait, as a sentence in English (the web app words it from `retryAfterSeconds` itself). */
export function describeWait(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? '1 second' : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

const refuse = (retryAfterSeconds: number) =>
  new TooManyRequests(`Too many sign-in attempts. Try again in ${describeWait(retryAfterSeconds)}.`, retryAfterSeconds);

/** The scope of an attempt: the browser's own when its device token is trusted for this email, the account's otherwise. */
async function scopeOf(db: Kysely<Database>, email: string, deviceToken: string | null, now: Date): Promise<SignInScope> {
  if (deviceToken && DEVICE_TOKEN.test(deviceToken)) {
    const tokenHash = digest(deviceToken);
    const device = await db
      .selectFrom('sign_in_devices')
      .innerJoin('users', 'users.id', 'sign_in_devices.user_id')
      .select('users.id')
      .where('sign_in_devices.token_hash', '=', tokenHash)
      .where('users.email', '=', email)
      .where('sign_in_devices.last_sign_in_at', '>', new Date(now.getTime() - DEVICE_TRUST_DAYS * 86_400_000))
      .executeTakeFirst();
    if (device) return { key: `device:${tokenHash}:${device.id}`, trusted: true };
  }
  return { key: `account:${digest(email)}`, trusted: false };
}

/**
 * Admits one sign-in attempt or throws TooManyRequests with the wait. The attempt is counted now, whatever
 * its outcome; a successful sign-in then calls `signInSucceeded`.
 */
export async function admitSignIn(
  db: Kysely<Database>,
  attempt: { email: string; ipHash: string; deviceToken: string | null },
  now: Date,
): Promise<SignInScope> {
  const scope = await scopeOf(db, attempt.email, attempt.deviceToken, now);
  if (!scope.trusted) {
    const byIp = await hit(db, `signin:ip:${attempt.ipHash}`, SIGN_IN_IP_LIMIT, now);
    if (!byIp.allowed) throw refuse(byIp.retryAfterSeconds);
  }
  const verdict = await claim(db, scope.key, SIGN_IN_BACKOFF, now);
  if (!verdict.allowed) throw refuse(verdict.retryAfterSeconds);
  return scope;
}

/**
 * After a successful sign-in: the scope's back-off starts over, and the browser is trusted for this user:
 * it keeps its token when that was already trusted for them, and gets a new one otherwise (a token planted
 * in the browser by someone else is never adopted). Returns the device token for the cookie and its lapse.
 */
export async function signInSucceeded(
  db: Kysely<Database>,
  scope: SignInScope,
  userId: number,
  deviceToken: string | null,
  now: Date,
): Promise<{ deviceToken: string; deviceExpiresAt: Date }> {
  await release(db, scope.key);
  const token = scope.trusted && deviceToken ? deviceToken : randomBytes(32).toString('base64url');
  await db
    .insertInto('sign_in_devices')
    .values({ token_hash: digest(token), user_id: userId, last_sign_in_at: now })
    .onConflict((oc) => oc.columns(['token_hash', 'user_id']).doUpdateSet({ last_sign_in_at: now }))
    .execute();
  // Stale rows are swept here rather than by a timer, which replicas would run many times.
  const trustedSince = new Date(now.getTime() - DEVICE_TRUST_DAYS * 86_400_000);
  await db.deleteFrom('sign_in_devices').where('last_sign_in_at', '<=', trustedSince).execute();
  await sweepBackoff(db, SIGN_IN_BACKOFF, now);
  await sweepRateLimits(db, now);
  return { deviceToken: token, deviceExpiresAt: new Date(now.getTime() + DEVICE_TRUST_DAYS * 86_400_000) };
}
