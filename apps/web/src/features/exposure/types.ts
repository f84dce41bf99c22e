import type { AppRouter } from '@atalaya/api';
import type { inferOutput, TRPCOptionsProxy } from '@trpc/tanstack-react-query';

// Read off the router, so the types follow the API (superjson dates included) without a copy.
type Exposure = TRPCOptionsProxy<AppRouter>['exposure'];

export type ExposureData = inferOutput<Exposure['get']>;
export type ExposureSite = ExposureData['sites'][number];
export type ExposureRating = ExposureData['ratings'][number];
export type ExposureState = ExposureData['states'][number];
export type SinceLastVisit = inferOutput<Exposure['sinceLastVisit']>;
export type Portfolio = inferOutput<TRPCOptionsProxy<AppRouter>['portfolio']['get']>;
export type PortfolioOrg = Portfolio['orgs'][number];
