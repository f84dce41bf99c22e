import { Link, NavLink } from 'react-router';
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

export function TopBar() {
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
        {user && (user.role === 'analyst' || user.role === 'admin') ? <NavLink to="/admin/ingest">{t('import')}</NavLink> : null}
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
