import { FilterError, type Filter } from '@atalaya/domain';
import { isDatabaseUnavailable, type Role } from '@atalaya/db';
import { initTRPC, TRPCError } from '@trpc/server';
import { transformer } from './transformer.ts';
import { z } from 'zod';
import type { Context } from './context.ts';
import { DomainError, TooManyRequests, UNAVAILABLE_MESSAGE } from './errors.ts';

const t = initTRPC.context<Context>().create({
  transformer,
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    const zodError = cause instanceof z.ZodError ? z.flattenError(cause) : null;
    return {
      ...shape,
      // Never leak a stack or SQL: internal errors carry a generic message.
      message: error.code === 'INTERNAL_SERVER_ERROR' ? 'Something went wrong on the server.' : shape.message,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        zodError,
        /** TOO_MANY_REQUESTS: seconds until the client may try again. */
        retryAfterSeconds: cause instanceof TooManyRequests ? cause.retryAfterSeconds : null,
      },
    };
  },
});

/** Readable one-line message for zod input errors, naming the field and the bad value. */
function describeZodError(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

/**
 * A database that cannot be reached (restarting, failing over) makes the service briefly unavailable (503), which
 * is not a bug of the server (500): the HTTP layer then tells the client when to try again. Null for other errors.
 */
export function unavailableError(cause: unknown): TRPCError | null {
  return isDatabaseUnavailable(cause) ? new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: UNAVAILABLE_MESSAGE, cause }) : null;
}

const mapErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (result.ok) return result;
  const error = result.error;
  const cause = error.cause;
  const unavailable = unavailableError(cause);
  if (unavailable) throw unavailable;
  if (cause instanceof DomainError) {
    throw new TRPCError({ code: cause.code, message: cause.message, cause });
  }
  if (cause instanceof FilterError) {
    throw new TRPCError({ code: 'BAD_REQUEST', message: cause.message, cause });
  }
  if (error.code === 'BAD_REQUEST' && cause instanceof z.ZodError) {
    throw new TRPCError({ code: 'BAD_REQUEST', message: describeZodError(cause), cause });
  }
  return result;
});

/**
 * Queries read from the replica; mutations keep the primary. Query procedures must therefore never write
 * (sessions, audit entries and share-link opens are written by the HTTP layer or by mutations, on the primary).
 */
const routeReads = t.middleware(({ ctx, type, next }) =>
  type === 'query' && ctx.readDb ? next({ ctx: { ...ctx, db: ctx.readDb } }) : next(),
);

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(mapErrors).use(routeReads);

/** Signed-in users, or a request made from a valid share link (which then reads only its own filter). */
export const readerProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user && !ctx.share) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Please sign in.' });
  return next();
});

/** Readers who are signed in: pages a share link does not open. */
export const memberProcedure = readerProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: 'FORBIDDEN', message: 'This is not part of the shared view.' });
  return next();
});

/** The filter a reader gets: a share link's frozen filter, whatever the request asked for. */
export function scopeFilter(ctx: Pick<Context, 'share'>, filter: Filter): Filter {
  return ctx.share ? ctx.share.filter : filter;
}

export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Please sign in.' });
  return next({ ctx: { ...ctx, user: ctx.user } });
});

/** A procedure only the given roles may call (admins may call everything). */
export const roleProcedure = (...roles: Role[]) =>
  authedProcedure.use(({ ctx, next }) => {
    if (ctx.user.role !== 'admin' && !roles.includes(ctx.user.role)) {
      throw new TRPCError({ code: 'FORBIDDEN', message: 'You do not have access to this.' });
    }
    return next();
  });
