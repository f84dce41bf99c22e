import { zFilter } from '@atalaya/domain';
import { z } from 'zod';
import { topicVolume } from '../services/breakdowns.ts';
import { dashboard } from '../services/dashboard.ts';
import { readerProcedure, router, scopeFilter } from '../trpc.ts';

export const dashboardRouter = router({
  get: readerProcedure.input(z.object({ filter: zFilter })).query(({ ctx, input }) => dashboard(ctx.db, scopeFilter(ctx, input.filter))),
  topicVolume: readerProcedure.input(z.object({ filter: zFilter })).query(({ ctx, input }) => topicVolume(ctx.db, scopeFilter(ctx, input.filter))),
});
