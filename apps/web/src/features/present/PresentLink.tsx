import { Link, useLocation } from 'react-router';
import { useMessages } from '../../i18n/index.tsx';
import { messages } from './messages.ts';
import { deckEntry } from './paths.ts';

/** The dashboard's way into briefing mode: the same filter (and map layer), from the first slide; within a share link under one. */
export function PresentLink() {
  const t = useMessages(messages);
  const { pathname, search } = useLocation();
  return (
    <Link className="button-link present-link" to={deckEntry(pathname, search)}>
      <span aria-hidden="true">▶ </span>
      {t('present')}
    </Link>
  );
}
