import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { SessionUser } from '@atalaya/api';
import { useSession } from './use-session.ts';

/** Sends anonymous visitors to /login and tells signed-in users without the role that they lack access. */
export function RequireRole({ roles, children }: { roles: Array<SessionUser['role']>; children: ReactNode }) {
  const { user, loading } = useSession();
  const location = useLocation();
  if (loading) {
    return (
      <p className="loading" role="status">
        Checking your session…
      </p>
    );
  }
  if (!user) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (user.role !== 'admin' && !roles.includes(user.role)) {
    return (
      <section className="panel" role="alert">
        <h1>No access</h1>
        <p>Your account ({user.email}) cannot open this page.</p>
      </section>
    );
  }
  return <>{children}</>;
}
