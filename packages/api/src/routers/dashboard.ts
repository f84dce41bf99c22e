import { zFilter } from '@atalaya/domain';
import { z } from 'zod';
import { dashboard } from '../services/dashboard.ts';
import { publicProcedure, router } from '../trpc.ts';

export const dashboardRouter = router({
  get: publicProcedure.input(z.object({ filter: zFilter })).query(({ ctx, input }) => dashboard(ctx.db, input.filter)),
});
