import { zFilter } from '@atalaya/domain';
import { z } from 'zod';
import { timelineDensity } from '../services/timeline.ts';
import { readerProcedure, router, scopeFilter } from '../trpc.ts';

export const timelineRouter = router({
  density: readerProcedure.input(z.object({ filter: zFilter })).query(({ ctx, input }) => timelineDensity(ctx.db, scopeFilter(ctx, input.filter))),
});
