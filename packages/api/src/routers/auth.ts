import { z } from 'zod';
import { audit } from '../services/audit.ts';
import { signIn, signOut } from '../services/sessions.ts';
import { publicProcedure, router } from '../trpc.ts';

export const authRouter = router({
  me: publicProcedure.query(({ ctx }) => ctx.user),
  signIn: publicProcedure
    .input(z.object({ email: z.string().trim().min(1, 'Enter your email').max(320), password: z.string().min(1, 'Enter your password').max(200) }))
    .mutation(async ({ ctx, input }) => {
      const session = await signIn(ctx.db, { ...input, ip: ctx.ip, userAgent: ctx.userAgent, deviceToken: ctx.deviceToken }, ctx.sessionPolicy);
      // Any session the browser already had is dropped: a new id at every sign-in.
      if (ctx.sessionToken) await signOut(ctx.db, ctx.sessionToken);
      ctx.cookies.set(session.token, session.expiresAt);
      ctx.cookies.setDevice(session.deviceToken, session.deviceExpiresAt);
      await audit(ctx.db, { ...ctx, user: session.user }, { action: 'auth.signIn', entity: 'user', entityId: session.user.id });
      return session.user;
    }),
  signOut: publicProcedure.mutation(async ({ ctx }) => {
    if (ctx.sessionToken) await signOut(ctx.db, ctx.sessionToken);
    if (ctx.user) await audit(ctx.db, ctx, { action: 'auth.signOut', entity: 'user', entityId: ctx.user.id });
    ctx.cookies.clear();
    return { ok: true };
  }),
});
