import { zFilter } from '@atalaya/domain';
import { z } from 'zod';
import { topicVolume } from '../services/breakdowns.ts';
import { dashboard } from '../services/dashboard.ts';
import { publicProcedure, router } from '../trpc.ts';

export const dashboardRouter = router({
  get: publicProcedure.input(z.object({ filter: zFilter })).query(({ ctx, input }) => dashboard(ctx.db, input.filter)),
  topicVolume: publicProcedure.input(z.object({ filter: zFilter })).query(({ ctx, input }) => topicVolume(ctx.db, input.filter)),
});
