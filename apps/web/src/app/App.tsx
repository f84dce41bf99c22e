import { Link, NavLink, Route, Routes } from 'react-router';
import { LoginPage } from '../features/auth/LoginPage.tsx';
import { RequireRole } from '../features/auth/RequireRole.tsx';
import { useSession } from '../features/auth/use-session.ts';
import { LatestCommentary } from '../features/commentary/LatestCommentary.tsx';
import { IngestPage } from '../features/ingest/IngestPage.tsx';
import { ReviewPage } from '../features/ingest/ReviewPage.tsx';
import { ItemList } from '../features/timeline/ItemList.tsx';

function TopBar() {
  const { user, signOut } = useSession();
  return (
    <header className="topbar">
      <Link to="/" className="brand">
        Atalaya
      </Link>
      <span className="tagline">Security risk in Mexico, week by week</span>
      <span className="spacer" />
      {user && (user.role === 'analyst' || user.role === 'admin') ? (
        <nav aria-label="Analyst tools" className="topnav">
          <NavLink to="/admin/ingest">Import</NavLink>
        </nav>
      ) : null}
      {user ? (
        <span className="account">
          {user.name} · {user.role.replace('_', ' ')}{' '}
          <button type="button" className="link-button" onClick={signOut}>
            Sign out
          </button>
        </span>
      ) : (
        <Link to="/login" className="account">
          Sign in
        </Link>
      )}
    </header>
  );
}

function HomePage() {
  return (
    <main id="main" className="layout">
      <LatestCommentary />
      <ItemList />
    </main>
  );
}

function NotFoundPage() {
  return (
    <main id="main" className="layout">
      <section className="panel">
        <h1>Page not found</h1>
        <p>
          <Link to="/">Back to the dashboard</Link>
        </p>
      </section>
    </main>
  );
}

export function App() {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <TopBar />
      <Routes>
        <Route path="/" element={<HomePage />} />
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
