import { zFilter } from '@atalaya/domain';
import { z } from 'zod';
import { timelineDensity } from '../services/timeline.ts';
import { publicProcedure, router } from '../trpc.ts';

export const timelineRouter = router({
  density: publicProcedure.input(z.object({ filter: zFilter })).query(({ ctx, input }) => timelineDensity(ctx.db, input.filter)),
});
