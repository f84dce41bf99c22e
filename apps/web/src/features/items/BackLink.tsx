import type { MouseEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useMessages } from '../../i18n/index.tsx';
import { messages } from './messages.ts';

/** Where a page was opened from, when a link of the app opened it (`<Link state={{ from }}>`). */
export function fromState(state: unknown): string | null {
  const from = (state as { from?: unknown } | null)?.from;
  // Only paths of this app: never a full URL that the state could have been given.
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : null;
}

type BackKey = 'backDashboard' | 'backEdition' | 'backEditions' | 'backState' | 'back';

export function backLabel(from: string): BackKey {
  const path = from.split(/[?#]/)[0] ?? '';
  if (path === '/') return 'backDashboard';
  if (path === '/editions') return 'backEditions';
  if (path.startsWith('/editions/')) return 'backEdition';
  if (path.startsWith('/states/')) return 'backState';
  return 'back';
}

/**
 * Back to where the user came from, filter and scroll position included: a history step when a link
 * of the app opened this page, otherwise a link to `fallback`.
 */
export function BackLink({ fallback, fallbackLabel }: { fallback: string; fallbackLabel: string }) {
  const t = useMessages(messages);
  const location = useLocation();
  const navigate = useNavigate();
  const from = fromState(location.state);
  if (!from) {
    return (
      <Link to={fallback} className="back-link">
        ← {fallbackLabel}
      </Link>
    );
  }
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    // A plain click goes back in history (the page before is `from`); modified clicks open the link.
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    void navigate(-1);
  };
  return (
    <Link to={from} className="back-link" onClick={onClick}>
      ← {t(backLabel(from))}
    </Link>
  );
}
