import { zFilter, zId } from '@atalaya/domain';
import { z } from 'zod';
import { getItem, listItems, zItemCursor } from '../services/items.ts';
import { readerProcedure, router, scopeFilter } from '../trpc.ts';

export const itemsRouter = router({
  list: readerProcedure
    .input(z.object({ filter: zFilter, cursor: zItemCursor.nullish(), limit: z.number().int().min(1).max(200).default(50) }))
    .query(({ ctx, input }) => listItems(ctx.db, { ...input, filter: scopeFilter(ctx, input.filter) })),
  // Under a share link, an item outside the frozen filter does not exist.
  byId: readerProcedure.input(z.object({ id: zId })).query(({ ctx, input }) => getItem(ctx.db, input.id, { within: ctx.share?.filter })),
});
