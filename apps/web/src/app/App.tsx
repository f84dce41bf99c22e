import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes, useLocation } from 'react-router';
import { LoginPage } from '../features/auth/LoginPage.tsx';
import { AuditPage } from '../features/admin/AuditPage.tsx';
import { OrgsPage } from '../features/admin/OrgsPage.tsx';
import { UsersPage } from '../features/admin/UsersPage.tsx';
import { RequireRole } from '../features/auth/RequireRole.tsx';
import { DashboardPage } from '../features/dashboard/DashboardPage.tsx';
import { EditionPage } from '../features/editions/EditionPage.tsx';
import { EditionsPage } from '../features/editions/EditionsPage.tsx';
import { ExposurePage } from '../features/exposure/ExposurePage.tsx';
import { IngestPage } from '../features/ingest/IngestPage.tsx';
import { ReviewPage } from '../features/ingest/ReviewPage.tsx';
import { ItemPage } from '../features/items/ItemPage.tsx';
import { PortfolioPage } from '../features/portfolio/PortfolioPage.tsx';
import { LevelsAdminPage } from '../features/rating/LevelsAdminPage.tsx';
import { isPresentPath } from '../features/present/paths.ts';
import { SharedPage } from '../features/share/SharedPage.tsx';
import { NotFoundPage, SkipLink, TopBar } from '../features/shell/TopBar.tsx';
import { StateProfilePage } from '../features/states/StateProfilePage.tsx';
import { ViewsPage } from '../features/views/ViewsPage.tsx';
import { useMessages } from '../i18n/index.tsx';
import { messages } from './messages.ts';

// Briefing mode is opened from the dashboard, not on the first screen: it loads on demand.
const PresentPage = lazy(() => import('../features/present/PresentPage.tsx').then((m) => ({ default: m.PresentPage })));
const NotesPage = lazy(() => import('../features/present/NotesPage.tsx').then((m) => ({ default: m.NotesPage })));
const SharedPresentPage = lazy(() => import('../features/present/SharedDeck.tsx').then((m) => ({ default: m.SharedPresentPage })));
const SharedNotesPage = lazy(() => import('../features/present/SharedDeck.tsx').then((m) => ({ default: m.SharedNotesPage })));

function OnDemand({ children }: { children: ReactNode }) {
  const t = useMessages(messages);
  return (
    <Suspense
      fallback={
        <p className="loading" role="status">
          {t('loadingPage')}
        </p>
      }
    >
      {children}
    </Suspense>
  );
}

// Everything but the sign-in page and share links needs a signed-in user.
const SIGNED_IN = ['admin', 'analyst', 'account_manager', 'client'] as const;
const signedIn = (page: ReactNode) => <RequireRole roles={[...SIGNED_IN]}>{page}</RequireRole>;

export function App() {
  // Briefing mode fills the screen: no top bar, and nothing to skip.
  const presenting = isPresentPath(useLocation().pathname);
  return (
    <>
      {presenting ? null : (
        <>
          <SkipLink />
          <TopBar />
        </>
      )}
      <Routes>
        <Route path="/" element={signedIn(<DashboardPage />)} />
        <Route path="/present" element={signedIn(<OnDemand><PresentPage /></OnDemand>)} />
        <Route path="/present/notes" element={signedIn(<OnDemand><NotesPage /></OnDemand>)} />
        <Route path="/states/:code" element={signedIn(<StateProfilePage />)} />
        <Route path="/editions" element={signedIn(<EditionsPage />)} />
        <Route path="/editions/:id" element={signedIn(<EditionPage />)} />
        <Route path="/items/:id" element={signedIn(<ItemPage />)} />
        <Route path="/login" element={<LoginPage />} />
        <Route
          path="/exposure"
          element={
            <RequireRole roles={['client', 'account_manager']}>
              <ExposurePage />
            </RequireRole>
          }
        />
        <Route
          path="/portfolio"
          element={
            <RequireRole roles={['account_manager']}>
              <PortfolioPage />
            </RequireRole>
          }
        />
        <Route
          path="/admin/ingest"
          element={
            <RequireRole roles={['analyst']}>
              <IngestPage />
            </RequireRole>
          }
        />
        <Route
          path="/admin/ingest/:id"
          element={
            <RequireRole roles={['analyst']}>
              <ReviewPage />
            </RequireRole>
          }
        />
        <Route
          path="/admin/levels"
          element={
            <RequireRole roles={['analyst']}>
              <LevelsAdminPage />
            </RequireRole>
          }
        />
        <Route path="/s/:token" element={<SharedPage />} />
        <Route path="/s/:token/present" element={<OnDemand><SharedPresentPage /></OnDemand>} />
        <Route path="/s/:token/present/notes" element={<OnDemand><SharedNotesPage /></OnDemand>} />
        <Route
          path="/views"
          element={
            <RequireRole roles={['analyst', 'account_manager', 'client']}>
              <ViewsPage />
            </RequireRole>
          }
        />
        <Route
          path="/admin/users"
          element={
            <RequireRole roles={['admin']}>
              <UsersPage />
            </RequireRole>
          }
        />
        <Route
          path="/admin/orgs"
          element={
            <RequireRole roles={['account_manager']}>
              <OrgsPage />
            </RequireRole>
          }
        />
        <Route
          path="/admin/audit"
          element={
            <RequireRole roles={['admin']}>
              <AuditPage />
            </RequireRole>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </>
  );
}
