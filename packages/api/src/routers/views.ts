import { zFilter, zId, zUserText } from '@atalaya/domain';
import { z } from 'zod';
import { createShareLink, listShareLinks, listShareOpens, MAX_SHARE_DAYS, SHARE_OPENS_PAGE, revokeShareLink } from '../services/shares.ts';
import { createView, deleteView, listViews, renameView } from '../services/views.ts';
import { authedProcedure, roleProcedure, router } from '../trpc.ts';

const zName = zUserText().trim().min(1, 'Give the view a name').max(120, 'Keep the name under 120 characters');
const staff = roleProcedure('account_manager');
const zShareOpenPage = z.object({
  opens: z.array(z.object({ id: z.number(), at: z.date(), ipHash: z.string().nullable(), userAgent: z.string().nullable() })),
  nextCursor: z.number().nullable(),
});

export const viewsRouter = router({
  list: authedProcedure.input(z.object({ orgId: zId.optional() }).default({})).query(({ ctx, input }) => listViews(ctx, input)),
  create: authedProcedure.input(z.object({ name: zName, filter: zFilter, orgId: zId.optional() })).mutation(({ ctx, input }) => createView(ctx, input)),
  rename: authedProcedure.input(z.object({ id: zId, name: zName })).mutation(({ ctx, input }) => renameView(ctx, input.id, input.name)),
  delete: authedProcedure.input(z.object({ id: zId })).mutation(({ ctx, input }) => deleteView(ctx, input.id)),
  shareLinks: staff.input(z.object({ viewId: zId })).query(({ ctx, input }) => listShareLinks(ctx, input.viewId)),
  /** A link's recorded opens, newest first, one page at a time. */
  shareOpens: staff
    .input(z.object({ linkId: zId, cursor: zId.nullish(), limit: z.number().int().min(1).max(200).default(SHARE_OPENS_PAGE) }))
    .output(zShareOpenPage)
    .query(({ ctx, input }) => listShareOpens(ctx, input)),
  share: staff
    .input(
      z.object({
        viewId: zId,
        expiresInDays: z.number().int().min(1).max(MAX_SHARE_DAYS, `A link can last at most ${MAX_SHARE_DAYS} days`).default(14),
        note: zUserText().trim().max(200).nullish(),
      }),
    )
    .mutation(({ ctx, input }) => createShareLink(ctx, input)),
  revokeShare: staff.input(z.object({ id: zId })).mutation(({ ctx, input }) => revokeShareLink(ctx, input.id)),
});
