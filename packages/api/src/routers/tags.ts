import { zFilter } from '@atalaya/domain';
import { z } from 'zod';
import { tagCounts } from '../services/breakdowns.ts';
import { readerProcedure, router } from '../trpc.ts';

export const tagsRouter = router({
  /** Tags of a kind with their published item counts (all time unless a filter is given). */
  counts: readerProcedure
    .input(z.object({ kind: z.enum(['topic', 'organization', 'person']), filter: zFilter.nullish(), limit: z.number().int().min(1).max(1000).default(500) }))
    .query(({ ctx, input }) => tagCounts(ctx.db, input.kind, ctx.share ? ctx.share.filter : (input.filter ?? null), input.limit)),
});
