import { adminRouter } from './routers/admin.ts';
import { authRouter } from './routers/auth.ts';
import { dashboardRouter } from './routers/dashboard.ts';
import { editionsRouter } from './routers/editions.ts';
import { exposureRouter, portfolioRouter } from './routers/exposure.ts';
import { itemsRouter } from './routers/items.ts';
import { levelsRouter } from './routers/levels.ts';
import { metricsRouter } from './routers/metrics.ts';
import { reviewRouter } from './routers/review.ts';
import { shareRouter } from './routers/share.ts';
import { statesRouter } from './routers/states.ts';
import { tagsRouter } from './routers/tags.ts';
import { viewsRouter } from './routers/views.ts';
import { timelineRouter } from './routers/timeline.ts';
import { createCallerFactory, router } from './trpc.ts';

export const appRouter = router({
  admin: adminRouter,
  auth: authRouter,
  dashboard: dashboardRouter,
  editions: editionsRouter,
  exposure: exposureRouter,
  items: itemsRouter,
  levels: levelsRouter,
  metrics: metricsRouter,
  portfolio: portfolioRouter,
  review: reviewRouter,
  share: shareRouter,
  states: statesRouter,
  tags: tagsRouter,
  views: viewsRouter,
  timeline: timelineRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
