import type { SessionUser } from '@atalaya/api';
import { Link, NavLink, useMatch } from 'react-router';
import { LANGS, useLang, useMessages } from '../../i18n/index.tsx';
import { useSession } from '../auth/use-session.ts';
import { messages } from './messages.ts';

function LanguageSwitch() {
  const { lang, setLang } = useLang();
  const t = useMessages(messages);
  return (
    <div className="lang-switch" role="group" aria-label={t('language')}>
      {LANGS.map((l) => (
        <button key={l} type="button" aria-pressed={lang === l} onClick={() => setLang(l)} lang={l}>
          {l === 'en' ? 'EN' : 'ES'}
        </button>
      ))}
    </div>
  );
}

type Role = SessionUser['role'];
type NavKey = 'exposure' | 'portfolio' | 'views' | 'import' | 'levels' | 'orgs' | 'users' | 'audit';

/** The top bar's links for a signed-in role (the server enforces the same rules; this only hides dead ends). */
export const NAV_LINKS: ReadonlyArray<{ key: NavKey; to: string; roles: readonly Role[] }> = [
  { key: 'exposure', to: '/exposure', roles: ['admin', 'account_manager', 'client'] },
  { key: 'portfolio', to: '/portfolio', roles: ['admin', 'account_manager'] },
  { key: 'views', to: '/views', roles: ['admin', 'analyst', 'account_manager', 'client'] },
  { key: 'import', to: '/admin/ingest', roles: ['admin', 'analyst'] },
  { key: 'levels', to: '/admin/levels', roles: ['admin', 'analyst'] },
  { key: 'orgs', to: '/admin/orgs', roles: ['admin', 'account_manager'] },
  { key: 'users', to: '/admin/users', roles: ['admin'] },
  { key: 'audit', to: '/admin/audit', roles: ['admin'] },
];

export function navLinksFor(role: Role | null | undefined) {
  return role ? NAV_LINKS.filter((link) => link.roles.includes(role)) : [];
}

export function TopBar() {
  const share = useMatch('/s/:token');
  return share ? <SharedTopBar /> : <FullTopBar />;
}

/** A share link's recipient is not signed in and may not leave the shared view: brand and language only. */
function SharedTopBar() {
  const t = useMessages(messages);
  return (
    <header className="topbar">
      <span className="brand">Atalaya</span>
      <span className="tagline">{t('tagline')}</span>
      <span className="spacer" />
      <LanguageSwitch />
    </header>
  );
}

function FullTopBar() {
  const { user, signOut } = useSession();
  const t = useMessages(messages);
  return (
    <header className="topbar">
      <Link to="/" className="brand">
        Atalaya
      </Link>
      <span className="tagline">{t('tagline')}</span>
      <nav aria-label={t('mainNav')} className="topnav">
        <NavLink to="/" end>
          {t('dashboard')}
        </NavLink>
        <NavLink to="/editions">{t('editions')}</NavLink>
        {navLinksFor(user?.role).map((link) => (
          <NavLink key={link.key} to={link.to}>
            {t(link.key)}
          </NavLink>
        ))}
      </nav>
      <span className="spacer" />
      <LanguageSwitch />
      {user ? (
        <span className="account">
          {user.name} · {t(`role_${user.role}`)}{' '}
          <button type="button" className="link-button" onClick={signOut}>
            {t('signOut')}
          </button>
        </span>
      ) : (
        <Link to="/login" className="account">
          {t('signIn')}
        </Link>
      )}
    </header>
  );
}

export function NotFoundPage() {
  const t = useMessages(messages);
  return (
    <main id="main" className="layout">
      <section className="panel">
        <h1>{t('notFound')}</h1>
        <p>
          <Link to="/">{t('backHome')}</Link>
        </p>
      </section>
    </main>
  );
}

export function SkipLink() {
  const t = useMessages(messages);
  return (
    <a className="skip-link" href="#main">
      {t('skip')}
    </a>
  );
}
