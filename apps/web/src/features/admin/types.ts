import type { AppRouter } from '@atalaya/api';
import type { inferOutput, TRPCOptionsProxy } from '@trpc/tanstack-react-query';

// Read off the router, so the types follow the API (superjson dates included) without a copy.
type Admin = TRPCOptionsProxy<AppRouter>['admin'];

export type UserRow = inferOutput<Admin['users']>[number];
export type Role = UserRow['role'];
export type OrgRow = inferOutput<Admin['orgs']>[number];
export type SiteRow = inferOutput<Admin['sites']>[number];
export type SiteType = NonNullable<SiteRow['type']>;
export type AuditPage = inferOutput<Admin['audit']>;
export type AuditEntry = AuditPage['entries'][number];

export const ROLES = ['admin', 'analyst', 'account_manager', 'client'] as const satisfies readonly Role[];
export const SITE_TYPES = ['plant', 'office', 'warehouse', 'route'] as const satisfies readonly SiteType[];
