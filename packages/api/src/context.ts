import type { DbKind, Database, Kysely, Role } from '@atalaya/db';

export interface SessionUser {
  id: number;
  email: string;
  name: string;
  role: Role;
  orgId: number;
}

// A type alias, not an interface: tRPC adapters want a Record-compatible context.
export type Context = {
  db: Kysely<Database>;
  dbKind: DbKind;
  requestId: string;
  user: SessionUser | null;
};
