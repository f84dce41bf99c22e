import { authRouter } from './routers/auth.ts';
import { dashboardRouter } from './routers/dashboard.ts';
import { editionsRouter } from './routers/editions.ts';
import { itemsRouter } from './routers/items.ts';
import { metricsRouter } from './routers/metrics.ts';
import { reviewRouter } from './routers/review.ts';
import { createCallerFactory, router } from './trpc.ts';

export const appRouter = router({
  auth: authRouter,
  dashboard: dashboardRouter,
  editions: editionsRouter,
  items: itemsRouter,
  metrics: metricsRouter,
  review: reviewRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
