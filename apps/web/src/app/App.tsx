import { Route, Routes } from 'react-router';
import { LoginPage } from '../features/auth/LoginPage.tsx';
import { RequireRole } from '../features/auth/RequireRole.tsx';
import { DashboardPage } from '../features/dashboard/DashboardPage.tsx';
import { EditionPage } from '../features/editions/EditionPage.tsx';
import { EditionsPage } from '../features/editions/EditionsPage.tsx';
import { IngestPage } from '../features/ingest/IngestPage.tsx';
import { ReviewPage } from '../features/ingest/ReviewPage.tsx';
import { ItemPage } from '../features/items/ItemPage.tsx';
import { NotFoundPage, SkipLink, TopBar } from '../features/shell/TopBar.tsx';
import { StateProfilePage } from '../features/states/StateProfilePage.tsx';

export function App() {
  return (
    <>
      <SkipLink />
      <TopBar />
      <Routes>
        <Route path="/" element={<DashboardPage />} />
        <Route path="/states/:code" element={<StateProfilePage />} />
        <Route path="/editions" element={<EditionsPage />} />
        <Route path="/editions/:id" element={<EditionPage />} />
        <Route path="/items/:id" element={<ItemPage />} />
        <Route path="/login" element={<LoginPage />} />
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
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </>
  );
}
