import { zFilter, zStateIso } from '@atalaya/domain';
import { z } from 'zod';
import { stateProfile } from '../services/state-profile.ts';
import { TRPCError } from '@trpc/server';
import { readerProcedure, router, scopeFilter } from '../trpc.ts';

export const statesRouter = router({
  profile: readerProcedure.input(z.object({ code: zStateIso, filter: zFilter })).query(({ ctx, input }) => {
    const filter = scopeFilter(ctx, input.filter);
    // A share link limited to some states opens only their profiles.
    if (ctx.share && filter.states.length > 0 && !filter.states.includes(input.code)) {
      throw new TRPCError({ code: 'FORBIDDEN', message: 'This state is not part of the shared view.' });
    }
    return stateProfile(ctx.db, input.code, filter);
  }),
});
