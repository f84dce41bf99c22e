import { zId, zIsoDate } from '@atalaya/domain';
import { z } from 'zod';
import { exposureOrgs, exposurePage, zExposureOrg, zExposurePage } from '../services/exposure.ts';
import { markVisit, sinceLastVisit, zSinceLastVisit } from '../services/exposure-visits.ts';
import { portfolio, zPortfolio } from '../services/portfolio.ts';
import { roleProcedure, router } from '../trpc.ts';

// Clients read their own organisation's exposure, account managers their clients', admins every client's.
// Share links read none of it: these procedures need a signed-in user.
const exposureReader = roleProcedure('client', 'account_manager');
const zOrg = z.object({ orgId: zId });

export const exposureRouter = router({
  /** The organisations whose exposure the user may open (the page's organisation picker). */
  orgs: exposureReader.output(z.array(zExposureOrg)).query(({ ctx }) => exposureOrgs(ctx)),
  get: exposureReader
    .input(z.object({ orgId: zId, date: zIsoDate.optional() }))
    .output(zExposurePage)
    .query(({ ctx, input }) => exposurePage(ctx, input)),
  /** What was published since the user's previous visit to this organisation's page. */
  sinceLastVisit: exposureReader
    .input(zOrg)
    .output(zSinceLastVisit)
    .query(({ ctx, input }) => sinceLastVisit(ctx, input.orgId)),
  /** Records an opening of the page (a query never writes: see routeReads). */
  markVisit: exposureReader
    .input(zOrg)
    .output(z.object({ previousVisit: z.date().nullable() }))
    .mutation(({ ctx, input }) => markVisit(ctx, input.orgId)),
});

export const portfolioRouter = router({
  /** Every client organisation the user looks after, the most affected by this week's changes first. */
  get: roleProcedure('account_manager')
    .input(z.object({ date: zIsoDate.optional() }).default({}))
    .output(zPortfolio)
    .query(({ ctx, input }) => portfolio(ctx, input)),
});
