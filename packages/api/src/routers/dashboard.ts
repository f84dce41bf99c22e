import { encodeFilter, zFilter } from '@atalaya/domain';
import { z } from 'zod';
import { topicVolume } from '../services/breakdowns.ts';
import { dashboard, type Dashboard } from '../services/dashboard.ts';
import { cachePerDatabase } from '../services/snapshot-cache.ts';
import { serializeOnce } from '../transformer.ts';
import { readerProcedure, router, scopeFilter } from '../trpc.ts';

// The dashboard is the most requested screen and the same for everyone who sees the same filter:
// remembered per database snapshot, so it is recomputed only after a write (see SnapshotCache).
const dashboardCache = cachePerDatabase<Dashboard>(100);

export const dashboardRouter = router({
  get: readerProcedure.input(z.object({ filter: zFilter })).query(({ ctx, input }) => {
    const filter = scopeFilter(ctx, input.filter);
    const today = new Date().toISOString().slice(0, 10);
    return dashboardCache(ctx.db).get(ctx.db, `${today}?${encodeFilter(filter)}`, async () => serializeOnce(await dashboard(ctx.db, filter, { today })));
  }),
  topicVolume: readerProcedure.input(z.object({ filter: zFilter })).query(({ ctx, input }) => topicVolume(ctx.db, scopeFilter(ctx, input.filter))),
});
