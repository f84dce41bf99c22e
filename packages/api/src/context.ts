import type { DbKind, Database, Kysely, Role } from '@atalaya/db';
import type { Filter } from '@atalaya/domain';

export interface SessionUser {
  id: number;
  email: string;
  name: string;
  role: Role;
  orgId: number;
}

/** How the HTTP layer lets procedures set and clear the session cookie. */
export interface SessionCookies {
  idleHours: number;
  set(token: string, expiresAt: Date): void;
  clear(): void;
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
  ip: string;
  userAgent: string | null;
  cookies: SessionCookies;
  /** A valid share link presented with the request: the caller may read exactly this filter. */
  share: { linkId: number; filter: Filter; viewName: string | null; expiresAt: Date } | null;
};
