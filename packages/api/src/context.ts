import type { DbKind, Database, Kysely, Role } from '@atalaya/db';
import type { Filter } from '@atalaya/domain';
import type { SessionPolicy } from './services/sessions.ts';

export interface SessionUser {
  id: number;
  email: string;
  name: string;
  role: Role;
  orgId: number;
}

/** How the HTTP layer lets procedures set and clear the session cookie, and mark a browser as one an account signs in from. */
export interface SessionCookies {
  set(token: string, expiresAt: Date): void;
  clear(): void;
  setDevice(token: string, expiresAt: Date): void;
}

// A type alias, not an interface: tRPC adapters want a Record-compatible context.
export type Context = {
  /** The primary database. Inside `query` procedures it is the read replica (see `routeReads` in trpc.ts). */
  db: Kysely<Database>;
  /** Where queries that only read may go: a read replica, or the primary when there is none (the default). */
  readDb?: Kysely<Database>;
  dbKind: DbKind;
  requestId: string;
  user: SessionUser | null;
  sessionToken: string | null;
  /** How long sessions last, and the clock. */
  sessionPolicy: SessionPolicy;
  /** The browser's device token cookie, if any (see services/sign-in-limits.ts). */
  deviceToken: string | null;
  ip: string;
  userAgent: string | null;
  cookies: SessionCookies;
  /** A valid share link presented with the request: the caller may read exactly this filter. */
  share: { linkId: number; filter: Filter; viewName: string | null; expiresAt: Date } | null;
};
