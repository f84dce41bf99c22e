import type { Database, Kysely, Role } from '@atalaya/db';
import { zUserText } from '@atalaya/domain';
import { hash, verify } from '@node-rs/argon2';
import { z } from 'zod';
import { badRequest, conflict } from '../errors.ts';

export const ROLES = ['admin', 'analyst', 'account_manager', 'client'] as const satisfies readonly Role[];

// OWASP's argon2id recommendation: 19 MiB, 2 iterations, 1 lane. @node-rs/argon2 ships prebuilt binaries for every
// platform (no compiler at install) and verifies the PHC strings the `argon2` package wrote before it.
// `Algorithm` is a const enum, which isolated modules cannot read: 2 is its Argon2id.
const ARGON2ID = 2;
const ARGON2_OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const zNewUser = z.object({
  email: zUserText().trim().toLowerCase().pipe(z.email({ message: 'Enter a valid email address' })),
  name: zUserText().trim().min(1).max(120).optional(),
  password: z.string().min(10, 'The password must have at least 10 characters').max(200),
  role: z.enum(ROLES, { message: `The role must be one of ${ROLES.join(', ')}` }),
  org: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'The organisation must be a slug such as "acme-mining"')
    .optional(),
});
export type NewUserInput = z.input<typeof zNewUser>;

export const hashPassword = (password: string) => hash(password, ARGON2_OPTIONS);
export const verifyPassword = (passwordHash: string, password: string) => verify(passwordHash, password);

const CONSULTANCY_SLUG = 'consultancy';

/** Finds an organisation by slug, creating it when absent (staff roles land in the consultancy). */
async function ensureOrg(db: Kysely<Database>, slug: string | undefined, role: Role): Promise<number> {
  const orgSlug = slug ?? CONSULTANCY_SLUG;
  const existing = await db.selectFrom('orgs').select('id').where('slug', '=', orgSlug).executeTakeFirst();
  if (existing) return existing.id;
  const kind = role === 'client' ? 'client' : 'consultancy';
  const name = orgSlug === CONSULTANCY_SLUG ? 'Consultancy' : orgSlug.split('-').map((w) => w[0]?.toUpperCase() + w.slice(1)).join(' ');
  const created = await db.insertInto('orgs').values({ slug: orgSlug, name, kind }).returning('id').executeTakeFirstOrThrow();
  return created.id;
}

/** Adds a user with an argon2id-hashed password. */
export async function addUser(db: Kysely<Database>, input: NewUserInput): Promise<{ id: number; email: string; role: Role; orgId: number }> {
  const parsed = zNewUser.safeParse(input);
  if (!parsed.success) throw badRequest(parsed.error.issues.map((i) => i.message).join('; '));
  const { email, password, role, org } = parsed.data;
  // Hashed first, so that a caller's transaction is not held open for the hash's tens of milliseconds.
  const passwordHash = await hashPassword(password);
  const taken = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
  if (taken) throw conflict(`A user with the email ${email} already exists`);
  const orgId = await ensureOrg(db, org, role);
  const user = await db
    .insertInto('users')
    .values({ email, name: parsed.data.name ?? email.split('@')[0] ?? email, role, org_id: orgId, password_hash: passwordHash })
    .returning(['id', 'email', 'role', 'org_id'])
    .executeTakeFirstOrThrow();
  return { id: user.id, email: user.email, role: user.role, orgId: user.org_id };
}
