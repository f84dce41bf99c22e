import type { AppRouter } from '@atalaya/api';
import type { inferOutput, TRPCOptionsProxy } from '@trpc/tanstack-react-query';

// The review service's types are not exported by @atalaya/api, so they are read off the router:
// they then follow the API (superjson dates included) without a copy that could drift.
type ReviewProcedures = TRPCOptionsProxy<AppRouter>['review'];

export type ReviewEdition = inferOutput<ReviewProcedures['get']>;
export type ReviewItem = ReviewEdition['items'][number];
export type ReviewTag = ReviewItem['topics'][number];
export type ReviewObservation = ReviewItem['observations'][number];
export type DraftSummary = inferOutput<ReviewProcedures['list']>[number];
export type ObservationStatus = ReviewObservation['status'];
export type Origin = ReviewTag['origin'];
