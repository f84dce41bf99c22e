import { SERIES, zIsoDate, zPlaceScope, zSeriesKey } from '@atalaya/domain';
import { z } from 'zod';
import { latestByState } from '../services/breakdowns.ts';
import { seriesData } from '../services/metrics.ts';
import { readerProcedure, router } from '../trpc.ts';

export const metricsRouter = router({
  catalog: readerProcedure.query(() => SERIES),
  series: readerProcedure
    .input(
      z.object({
        series: zSeriesKey,
        places: z.array(z.union([zPlaceScope, z.literal('US')])).max(34).default(['MX']),
        from: zIsoDate.optional(),
        to: zIsoDate.optional(),
      }),
    )
    .query(({ ctx, input }) => seriesData(ctx.db, input)),
  /** Each state's latest figure of a series (the map layer); states without one are absent. */
  latestByState: readerProcedure
    .input(z.object({ series: zSeriesKey, to: zIsoDate.optional() }))
    .query(({ ctx, input }) => latestByState(ctx.db, input.series, { to: input.to })),
});
