import type { AppRouter } from '@atalaya/api';
import type { inferOutput, TRPCOptionsProxy } from '@trpc/tanstack-react-query';

// Read off the router, so the types follow the API (superjson dates included) without a copy.
type Views = TRPCOptionsProxy<AppRouter>['views'];

export type SavedView = inferOutput<Views['list']>[number];
export type ShareLink = inferOutput<Views['shareLinks']>[number];
export type CreatedShareLink = inferOutput<Views['share']>;
export type LinkState = ShareLink['state'];
