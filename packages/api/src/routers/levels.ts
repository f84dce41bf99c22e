import { zIsoDate, zRiskCategory, zRiskLevel, zRiskScope, zStateIso, scopeState } from '@atalaya/domain';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import {
  createAssessment,
  discardAssessment,
  levelsGrid,
  previewImpact,
  publishAssessment,
  ratingHistory,
  stateLevelsAsOf,
  zNewAssessment,
} from '../services/levels.ts';
import { advisoryAsOf } from '../services/advisory.ts';
import { stateSignals } from '../services/signals.ts';
import { readerProcedure, roleProcedure, router, scopeFilter } from '../trpc.ts';

const analyst = roleProcedure('analyst');
const zId = z.number().int().positive();

export const levelsRouter = router({
  /** The 32 states' levels in one category on a date: the map layer and the state table. */
  states: readerProcedure
    .input(z.object({ date: zIsoDate, category: zRiskCategory.default('overall') }))
    .query(({ ctx, input }) => stateLevelsAsOf(ctx.db, input.date, input.category)),
  /** A place's published ratings, newest first, with rationale and evidence (a state's include its localities). */
  history: readerProcedure.input(z.object({ scope: zRiskScope })).query(({ ctx, input }) => {
    const state = scopeState(input.scope);
    const shared = ctx.share ? scopeFilter(ctx, ctx.share.filter).states : [];
    // A share link limited to some states opens only their ratings, as it does their profiles.
    if (shared.length > 0 && !shared.includes(state as (typeof shared)[number])) {
      throw new TRPCError({ code: 'FORBIDDEN', message: 'This state is not part of the shared view.' });
    }
    return ratingHistory(ctx.db, input.scope, { includeLocalities: true });
  }),
  /** The US travel advisory per state as of a date: an outside reference, on its own 4-step scale. */
  advisory: readerProcedure.input(z.object({ date: zIsoDate })).query(({ ctx, input }) => advisoryAsOf(ctx.db, input.date)),
  /** Computed signals per state (case files, item volume) with their inputs and thresholds: never a level. */
  signals: readerProcedure
    .input(z.object({ date: zIsoDate, states: z.array(zStateIso).max(32).optional() }))
    .query(({ ctx, input }) => stateSignals(ctx.db, input)),
  grid: analyst.input(z.object({ date: zIsoDate })).query(({ ctx, input }) => levelsGrid(ctx.db, input.date)),
  /** Every rating of a place, drafts included, for the analysts' history panel. */
  drafts: analyst.input(z.object({ scope: zRiskScope })).query(({ ctx, input }) => ratingHistory(ctx.db, input.scope, { includeDrafts: true, includeLocalities: true })),
  preview: analyst
    .input(z.object({ scope: zRiskScope, category: zRiskCategory, level: zRiskLevel, effectiveOn: zIsoDate }))
    .query(({ ctx, input }) => previewImpact(ctx.db, input)),
  create: analyst.input(zNewAssessment).mutation(({ ctx, input }) => createAssessment(ctx, input)),
  publish: analyst.input(z.object({ id: zId })).mutation(({ ctx, input }) => publishAssessment(ctx, input.id)),
  discard: analyst.input(z.object({ id: zId })).mutation(({ ctx, input }) => discardAssessment(ctx, input.id)),
});
