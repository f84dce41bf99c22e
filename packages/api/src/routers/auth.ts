import { zUserText } from '@atalaya/domain';
import { z } from 'zod';
import { signIn, signOut } from '../services/sessions.ts';
import { publicProcedure, router } from '../trpc.ts';

export const authRouter = router({
  me: publicProcedure.query(({ ctx }) => ctx.user),
  signIn: publicProcedure
    .input(z.object({ email: zUserText().trim().min(1, 'Enter your email').max(320), password: z.string().min(1, 'Enter your password').max(200) }))
    .mutation(async ({ ctx, input }) => {
      // Any session the browser already had is dropped: a new id at every sign-in.
      const session = await signIn(
        ctx.db,
        { ...input, ip: ctx.ip, userAgent: ctx.userAgent, deviceToken: ctx.deviceToken },
        ctx.sessionPolicy,
        { requestId: ctx.requestId, replaces: ctx.sessionToken },
      );
      ctx.cookies.set(session.token, session.expiresAt);
      ctx.cookies.setDevice(session.deviceToken, session.deviceExpiresAt);
      return session.user;
    }),
  signOut: publicProcedure.mutation(async ({ ctx }) => {
    if (ctx.sessionToken) await signOut(ctx.db, ctx.sessionToken, ctx);
    ctx.cookies.clear();
    return { ok: true };
  }),
});
