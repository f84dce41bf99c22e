import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { SessionUser } from '@atalaya/api';
import { useMessages } from '../../i18n/index.tsx';
import { messages } from './messages.ts';
import { useSession } from './use-session.ts';

/** Sends anonymous visitors to /login and tells signed-in users without the role that they lack access. */
export function RequireRole({ roles, children }: { roles: Array<SessionUser['role']>; children: ReactNode }) {
  const t = useMessages(messages);
  const { user, loading } = useSession();
  const location = useLocation();
  if (loading) {
    return (
      <p className="loading" role="status">
        {t('checkingSession')}
      </p>
    );
  }
  if (!user) {
    // The bare home page is nobody's particular destination: sign-in then lands each role on its own home.
    const here = location.pathname + location.search;
    return <Navigate to={here === '/' ? '/login' : `/login?next=${encodeURIComponent(here)}`} replace />;
  }
  if (user.role !== 'admin' && !roles.includes(user.role)) {
    return (
      <section className="panel" role="alert">
        <h1>{t('noAccess')}</h1>
        <p>{t('noAccessDetail', { email: user.email })}</p>
      </section>
    );
  }
  return <>{children}</>;
}
