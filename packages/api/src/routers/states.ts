import { zFilter, zStateIso } from '@atalaya/domain';
import { z } from 'zod';
import { stateProfile } from '../services/state-profile.ts';
import { publicProcedure, router } from '../trpc.ts';

export const statesRouter = router({
  profile: publicProcedure.input(z.object({ code: zStateIso, filter: zFilter })).query(({ ctx, input }) => stateProfile(ctx.db, input.code, input.filter)),
});
