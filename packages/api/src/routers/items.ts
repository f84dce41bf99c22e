import { zFilter } from '@atalaya/domain';
import { z } from 'zod';
import { getItem, listItems } from '../services/items.ts';
import { publicProcedure, router } from '../trpc.ts';

export const zItemId = z.number().int().positive();

export const itemsRouter = router({
  list: publicProcedure
    .input(z.object({ filter: zFilter, cursor: z.string().max(40).nullish(), limit: z.number().int().min(1).max(200).default(50) }))
    .query(({ ctx, input }) => listItems(ctx.db, input)),
  byId: publicProcedure.input(z.object({ id: zItemId })).query(({ ctx, input }) => getItem(ctx.db, input.id)),
});
