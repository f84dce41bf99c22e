import { LatestCommentary } from '../features/commentary/LatestCommentary.tsx';
import { ItemList } from '../features/timeline/ItemList.tsx';

export function App() {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <span className="brand">Atalaya</span>
        <span className="tagline">Security risk in Mexico, week by week</span>
      </header>
      <main id="main" className="layout">
        <LatestCommentary />
        <ItemList />
      </main>
    </>
  );
}
