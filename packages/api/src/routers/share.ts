import { TRPCError } from '@trpc/server';
import { publicProcedure, router } from '../trpc.ts';

export const shareRouter = router({
  /** What a share link shows: its view's name and frozen filter. */
  info: publicProcedure.query(({ ctx }) => {
    if (!ctx.share) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'This page needs a valid share link.' });
    return { viewName: ctx.share.viewName, filter: ctx.share.filter, expiresAt: ctx.share.expiresAt };
  }),
});
