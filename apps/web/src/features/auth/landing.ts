import type { SessionUser } from '@atalaya/api';

/** Where a user lands after signing in with no page to return to: a client on its exposure page, everyone else on the dashboard. */
export function homeFor(role: SessionUser['role']): string {
  return role === 'client' ? '/exposure' : '/';
}
