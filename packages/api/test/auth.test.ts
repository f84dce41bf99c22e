import { createTestDb, testBackends } from '@atalaya/db/testing';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@atalaya/db';
import type { Context } from '../src/context.ts';
import { createCaller } from '../src/root.ts';
import { backoffDelaySeconds } from '../src/services/rate-limit.ts';
import { DEFAULT_SESSION_POLICY, hashToken, resumeSession, type SessionPolicy } from '../src/services/sessions.ts';
import { SIGN_IN_BACKOFF, SIGN_IN_IP_LIMIT } from '../src/services/sign-in-limits.ts';
import { addUser } from '../src/services/users.ts';
import { testContext } from './helpers.ts';

const PASSWORD = 'correct horse battery';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A browser: the cookies it keeps, and the address it signs in from. */
interface Browser {
  ip: string;
  session: string | null;
  device: string | null;
}

const browser = (ip: string): Browser => ({ ip, session: null, device: null });

/** Signs in through the router as the HTTP layer would, keeping the cookies the browser was given. */
async function signInAs(handle: Db, policy: SessionPolicy, from: Browser, email: string, password: string) {
  const ctx: Context & { cookieLog: string[] } = { ...testContext(handle, null, from.session), ip: from.ip, deviceToken: from.device, sessionPolicy: policy };
  const user = await createCaller(ctx).auth.signIn({ email, password });
  for (const entry of ctx.cookieLog) {
    if (entry.startsWith('set:')) from.session = entry.slice('set:'.length);
    if (entry.startsWith('device:')) from.device = entry.slice('device:'.length);
  }
  return user;
}

/** The outcome of a sign-in as a user would see it: in, wrong password, or told to wait so long. */
async function outcome(attempt: Promise<unknown>): Promise<'in' | 'wrong' | { waitSeconds: number }> {
  try {
    await attempt;
    return 'in';
  } catch (error) {
    const e = error as { code?: string; cause?: { retryAfterSeconds?: number } };
    if (e.code === 'UNAUTHORIZED') return 'wrong';
    if (e.code === 'TOO_MANY_REQUESTS') return { waitSeconds: e.cause?.retryAfterSeconds ?? Number.NaN };
    throw error;
  }
}

describe.each(testBackends())('sign-in and sessions on %s', (kind) => {
  let handle: Db;
  beforeAll(async () => {
    handle = await createTestDb(kind);
    await addUser(handle.db, { email: 'ana@example.com', password: PASSWORD, role: 'analyst' });
    await addUser(handle.db, { email: 'bo@example.com', password: PASSWORD, role: 'client', org: 'acme' });
  });
  afterAll(() => handle.close());

  const signIn = async (email: string, password: string, sessionToken: string | null = null) => {
    const from = { ...browser('127.0.0.1'), session: sessionToken };
    const user = await signInAs(handle, DEFAULT_SESSION_POLICY, from, email, password);
    return { user, token: from.session as string };
  };
  const resume = (token: string) => resumeSession(handle.db, token, DEFAULT_SESSION_POLICY);

  it('signs in with the right password, sets a session cookie and stores only its hash', async () => {
    const { user, token } = await signIn('ANA@example.com ', PASSWORD);
    expect(user).toMatchObject({ email: 'ana@example.com', role: 'analyst' });
    expect(token.length).toBeGreaterThanOrEqual(43); // 256 bits, base64url
    const stored = await handle.db.selectFrom('sessions').select('id').execute();
    expect(stored.map((s) => s.id)).toContain(hashToken(token));
    expect(stored.map((s) => s.id)).not.toContain(token);
    expect((await resume(token))?.user).toMatchObject({ email: 'ana@example.com' });
    const entry = await handle.db.selectFrom('audit_log').select(['action', 'actor_label']).where('action', '=', 'auth.signIn').executeTakeFirst();
    expect(entry).toEqual({ action: 'auth.signIn', actor_label: 'ana@example.com' });
  });

  it('gives the same message for a wrong email and a wrong password', async () => {
    // Settled together, so neither rejection is left without a handler while the other runs.
    const [a, b] = await Promise.allSettled([signIn('bo@example.com', 'not the password'), signIn('nobody@example.com', 'not the password')]);
    expect(a).toMatchObject({ status: 'rejected', reason: { code: 'UNAUTHORIZED' } });
    expect(b).toMatchObject({ status: 'rejected', reason: { code: 'UNAUTHORIZED' } });
    expect((a as PromiseRejectedResult).reason.message).toBe((b as PromiseRejectedResult).reason.message);
  });

  it('issues a new session id at every sign-in and drops the one the browser had', async () => {
    const first = await signIn('ana@example.com', PASSWORD);
    const second = await signIn('ana@example.com', PASSWORD, first.token);
    expect(second.token).not.toBe(first.token);
    expect(await resume(first.token)).toBeNull();
    expect(await resume(second.token)).not.toBeNull();
  });

  it('signs out by deleting the session on the server', async () => {
    const { token } = await signIn('ana@example.com', PASSWORD);
    const ctx = testContext(handle, null, token);
    await createCaller(ctx).auth.signOut();
    expect(ctx.cookieLog).toEqual(['clear']);
    expect(await resume(token)).toBeNull();
  });
});

describe.each(testBackends())('sign-in limits and session lifetime on %s', (kind) => {
  let handle: Db;
  // The clock every service reads in these tests; each test moves it forward.
  let now: number;
  const policy: SessionPolicy = { idleHours: 12, absoluteDays: 30, now: () => new Date(now) };
  const advance = (ms: number) => (now += ms);
  let ips = 0;
  /** A browser at an address no other attempt in the test has used. */
  const freshBrowser = () => browser(`198.51.100.${++ips % 250}`);
  const attempt = (from: Browser, email: string, password: string) => outcome(signInAs(handle, policy, from, email, password));

  beforeEach(async () => {
    handle = await createTestDb(kind);
    await addUser(handle.db, { email: 'client@example.com', password: PASSWORD, role: 'client', org: 'acme' });
    await addUser(handle.db, { email: 'stranger@example.com', password: 'the stranger’s own', role: 'client', org: 'other' });
    now = Date.now();
    ips = 0;
  });
  afterEach(() => handle.close());

  it('keeps sessions going while they are used, renewing the expiry now and then rather than on every request', async () => {
    const from = freshBrowser();
    await signInAs(handle, policy, from, 'client@example.com', PASSWORD);
    const token = from.session as string;
    const signedInAt = now;
    // Within the first tenth of the idle window: still signed in, nothing to renew.
    advance(HOUR);
    expect(await resumeSession(handle.db, token, policy)).toMatchObject({ user: { email: 'client@example.com' }, renewedUntil: null });
    // Later, the expiry moves 12 hours on from this request, and the cookie is to be sent again with it.
    advance(10 * HOUR);
    const renewed = await resumeSession(handle.db, token, policy);
    expect(renewed?.renewedUntil?.getTime()).toBe(now + 12 * HOUR);
    // So 22 hours after signing in (12 would have ended it without renewal) the user is still signed in...
    advance(11 * HOUR);
    expect(now - signedInAt).toBe(22 * HOUR);
    expect((await resumeSession(handle.db, token, policy))?.user.email).toBe('client@example.com');
    // ...and 12 idle hours after the last request, signed out.
    advance(12 * HOUR + 1000);
    expect(await resumeSession(handle.db, token, policy)).toBeNull();
  });

  it('ends a session at its absolute lifetime however active it is', async () => {
    const from = freshBrowser();
    await signInAs(handle, policy, from, 'client@example.com', PASSWORD);
    const token = from.session as string;
    const end = now + 30 * DAY;
    // A request every 6 hours for 30 days: always signed in, and the expiry never goes past the 30th day.
    while (now + 6 * HOUR < end) {
      advance(6 * HOUR);
      const session = await resumeSession(handle.db, token, policy);
      expect(session?.user.email).toBe('client@example.com');
      if (session?.renewedUntil) expect(session.renewedUntil.getTime()).toBeLessThanOrEqual(end);
    }
    advance(end - now - 1000);
    expect(await resumeSession(handle.db, token, policy)).not.toBeNull();
    advance(2000);
    expect(await resumeSession(handle.db, token, policy)).toBeNull();
    // Signing in again starts a new lifetime.
    await signInAs(handle, policy, from, 'client@example.com', PASSWORD);
    expect(await resumeSession(handle.db, from.session as string, policy)).not.toBeNull();
  });

  it('backs off exponentially after five wrong passwords, from any address, and starts over after a success', async () => {
    for (let i = 0; i < 5; i++) expect(await attempt(freshBrowser(), 'client@example.com', `wrong ${i}`)).toBe('wrong');
    // The next attempt waits 1 s, then 2, 4, 8 …: the right password is refused too until the wait is over.
    expect(await attempt(freshBrowser(), 'client@example.com', PASSWORD)).toEqual({ waitSeconds: 1 });
    const waits: number[] = [];
    for (let n = 5; n < 18; n++) {
      const refused = await attempt(freshBrowser(), 'client@example.com', 'wrong again');
      expect(refused).toEqual({ waitSeconds: backoffDelaySeconds(n, SIGN_IN_BACKOFF) });
      const wait = (refused as { waitSeconds: number }).waitSeconds;
      waits.push(wait);
      advance(wait * 1000 - 1);
      expect(await attempt(freshBrowser(), 'client@example.com', PASSWORD)).toMatchObject({ waitSeconds: 1 });
      advance(1);
      expect(await attempt(freshBrowser(), 'client@example.com', 'wrong again')).toBe('wrong');
    }
    expect(waits.slice(0, 6)).toEqual([1, 2, 4, 8, 16, 32]);
    // Capped at 15 minutes.
    expect(Math.max(...waits)).toBe(15 * 60);
    const refused = await attempt(freshBrowser(), 'client@example.com', PASSWORD);
    expect(refused).toEqual({ waitSeconds: 15 * 60 });
    advance(15 * 60 * 1000);
    expect(await attempt(freshBrowser(), 'client@example.com', PASSWORD)).toBe('in');
    // A success starts the back-off over: five attempts before any wait again.
    for (let i = 0; i < 5; i++) expect(await attempt(freshBrowser(), 'client@example.com', `typo ${i}`)).toBe('wrong');
    expect(await attempt(freshBrowser(), 'client@example.com', PASSWORD)).toEqual({ waitSeconds: 1 });
  });

  it('keeps a stranger hammering a client’s email from many addresses from locking the client out', async () => {
    // The client has signed in from this browser before.
    const own = freshBrowser();
    await signInAs(handle, policy, own, 'client@example.com', PASSWORD);
    expect(own.device).toMatch(/^[\w-]{43}$/);
    // The stranger signs in to their own account (so holds a device token of their own), then tries the
    // client's email from 40 addresses, as fast as they are let in, for an hour.
    const stranger = freshBrowser();
    await signInAs(handle, policy, stranger, 'stranger@example.com', 'the stranger’s own');
    const started = now;
    let tries = 0;
    while (now - started < HOUR) {
      const from = { ...freshBrowser(), device: stranger.device };
      const result = await attempt(from, 'client@example.com', `guess ${tries}`);
      if (result === 'wrong') tries++;
      else advance((result as { waitSeconds: number }).waitSeconds * 1000);
    }
    // Five free guesses, then the back-off: about a dozen in an hour.
    expect(tries).toBeLessThan(20);

    // Meanwhile the client, in their own browser, is let in at once, even from the stranger's address...
    const ownAtStrangerIp = { ...own, ip: stranger.ip };
    for (let i = 0; i < SIGN_IN_IP_LIMIT.limit + 1; i++) await attempt({ ...freshBrowser(), ip: stranger.ip }, 'nobody@example.com', 'x');
    expect(await attempt({ ...freshBrowser(), ip: stranger.ip }, 'someone@example.com', 'x')).toMatchObject({ waitSeconds: expect.any(Number) });
    expect(await attempt(ownAtStrangerIp, 'client@example.com', PASSWORD)).toBe('in');
    // ...and a mistyped password there does not count against them more than their own browser's five.
    for (let i = 0; i < 5; i++) expect(await attempt(own, 'client@example.com', `typo ${i}`)).toBe('wrong');
    expect(await attempt(own, 'client@example.com', PASSWORD)).toEqual({ waitSeconds: 1 });
    advance(1000);
    expect(await attempt(own, 'client@example.com', PASSWORD)).toBe('in');

    // From a new browser the client shares the account's back-off with the stranger, who guesses again as
    // soon as let in: the client is told when to try again (never more than 15 minutes), and let in then
    // if no guess came first.
    for (;;) {
      const result = await attempt({ ...freshBrowser(), device: stranger.device }, 'client@example.com', 'one more guess');
      if (result === 'wrong') break;
      advance((result as { waitSeconds: number }).waitSeconds * 1000);
    }
    const laptop = freshBrowser();
    const told = await attempt(laptop, 'client@example.com', PASSWORD);
    expect(told).toMatchObject({ waitSeconds: expect.any(Number) });
    const wait = (told as { waitSeconds: number }).waitSeconds;
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(15 * 60);
    advance(wait * 1000);
    expect(await attempt(laptop, 'client@example.com', PASSWORD)).toBe('in');
  });

  it('limits attempts per address across accounts, counted before the password is checked', async () => {
    const from = freshBrowser();
    for (let i = 0; i < SIGN_IN_IP_LIMIT.limit; i++) expect(await attempt(from, `nobody${i}@example.com`, 'x')).toBe('wrong');
    const refused = await attempt(from, 'client@example.com', PASSWORD);
    expect(refused).toMatchObject({ waitSeconds: SIGN_IN_IP_LIMIT.windowSeconds });
    // Other addresses are not affected; this one may try again once the window has passed.
    expect(await attempt(freshBrowser(), 'client@example.com', PASSWORD)).toBe('in');
    advance(SIGN_IN_IP_LIMIT.windowSeconds * 1000);
    expect(await attempt(from, 'client@example.com', PASSWORD)).toBe('in');
  });
});
