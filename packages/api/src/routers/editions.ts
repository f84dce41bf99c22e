import { zId } from '@atalaya/domain';
import { z } from 'zod';
import { getEdition, latestCommentary, listEditions } from '../services/editions.ts';
import { memberProcedure, readerProcedure, router } from '../trpc.ts';

export const editionsRouter = router({
  list: memberProcedure
    .input(z.object({ limit: z.number().int().min(1).max(500).default(200) }).default({ limit: 200 }))
    .query(({ ctx, input }) => listEditions(ctx.db, input)),
  byId: memberProcedure.input(z.object({ id: zId })).query(({ ctx, input }) => getEdition(ctx.db, input.id)),
  latestCommentary: readerProcedure.query(({ ctx }) => latestCommentary(ctx.db)),
});
