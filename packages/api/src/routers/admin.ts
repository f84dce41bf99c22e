import { SITE_TYPES, zId, zLocalityKey, zStateIso, zUserText } from '@atalaya/domain';
import { z } from 'zod';
import {
  createOrg,
  createUser,
  deleteSite,
  listAudit,
  listOrgs,
  listSites,
  listUsers,
  myOrg,
  saveSite,
  setAssignments,
  setWatchlist,
  updateUser,
} from '../services/admin.ts';
import { importSites, MAX_IMPORT_BYTES, zSiteImport } from '../services/sites.ts';
import { ROLES, zNewUser } from '../services/users.ts';
import { authedProcedure, roleProcedure, router } from '../trpc.ts';

const admin = roleProcedure();
const manager = roleProcedure('account_manager');

const zSite = z
  .object({
    orgId: zId,
    name: zUserText().trim().min(1, 'Name the site').max(200),
    state: zStateIso,
    // A gazetteer locality of the state ('MX-SIN/culiacan'); the service checks it belongs to the state.
    locality: zLocalityKey.nullable().default(null),
    lat: z.number().min(-90).max(90).nullable().default(null),
    lon: z.number().min(-180).max(180).nullable().default(null),
    type: z.enum(SITE_TYPES).nullable().default(null),
  })
  .refine((s) => (s.lat === null) === (s.lon === null), 'Give both latitude and longitude, or neither');

/** Users and organisations (admins), client accounts (account managers), and the signed-in user's own organisation. */
export const adminRouter = router({
  users: admin.query(({ ctx }) => listUsers(ctx)),
  createUser: admin.input(zNewUser).mutation(({ ctx, input }) => createUser(ctx, input)),
  updateUser: admin
    .input(z.object({ id: zId, name: zUserText().trim().min(1).max(120).optional(), role: z.enum(ROLES).optional(), disabled: z.boolean().optional() }))
    .mutation(({ ctx, input: { id, ...patch } }) => updateUser(ctx, id, patch)),
  setAssignments: admin.input(z.object({ userId: zId, orgIds: z.array(zId).max(500) })).mutation(({ ctx, input }) => setAssignments(ctx, input.userId, input.orgIds)),
  orgs: manager.query(({ ctx }) => listOrgs(ctx)),
  createOrg: admin
    .input(z.object({ slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use lower-case letters, digits and dashes').max(60), name: zUserText().trim().min(1).max(200), kind: z.enum(['consultancy', 'client']) }))
    .mutation(({ ctx, input }) => createOrg(ctx, input)),
  setWatchlist: manager.input(z.object({ orgId: zId, states: z.array(zStateIso).max(32) })).mutation(({ ctx, input }) => setWatchlist(ctx, input.orgId, input.states)),
  sites: authedProcedure.input(z.object({ orgId: zId })).query(({ ctx, input }) => listSites(ctx, input.orgId)),
  saveSite: manager.input(z.intersection(zSite, z.object({ id: zId.optional() }))).mutation(({ ctx, input }) => saveSite(ctx, input)),
  deleteSite: manager.input(z.object({ id: zId })).mutation(({ ctx, input }) => deleteSite(ctx, input.id)),
  /** Checks a CSV of sites (dryRun: the preview) or imports it whole; one bad row imports nothing. */
  importSites: manager
    .input(
      z.object({
        orgId: zId,
        csv: zUserText().max(MAX_IMPORT_BYTES, `The file is larger than ${MAX_IMPORT_BYTES / 1_000_000} MB`),
        dryRun: z.boolean().default(true),
      }),
    )
    .output(zSiteImport)
    .mutation(({ ctx, input }) => importSites(ctx, input)),
  audit: admin
    .input(z.object({ before: zId.optional(), limit: z.number().int().min(1).max(500).default(100), action: zUserText().max(60).optional() }).default({ limit: 100 }))
    .query(({ ctx, input }) => listAudit(ctx, input)),
  myOrg: authedProcedure.query(({ ctx }) => myOrg(ctx)),
});
