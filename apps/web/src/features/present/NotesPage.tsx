import { QueryState } from '../../app/QueryState.tsx';
import { useMessages } from '../../i18n/index.tsx';
import { DeckNav } from './DeckNav.tsx';
import { messages } from './messages.ts';
import { SlideNotes } from './SlideNotes.tsx';
import { useClock } from './use-clock.ts';
import { useDeck } from './use-deck.ts';
import { useDeckKeys } from './use-deck-keys.ts';
import { useDocumentTitle } from './use-document-title.ts';
import { useSlideTitle } from './use-slide-title.ts';
import './present.css';

/**
 * `/present/notes` (and `/s/<token>/present/notes`), opened by the slides window in a window of its
 * own: the current slide's notes, the next slide's title and a clock. Moving here moves the slides,
 * and the other way round (sync.ts).
 */
export function NotesPage() {
  const t = useMessages(messages);
  const deck = useDeck('notes');
  const title = useSlideTitle();
  const clock = useClock();
  useDocumentTitle(t('notesDocumentTitle', { n: deck.slide, total: deck.total || '…' }));
  useDeckKeys((action) => {
    // Full screen, notes and leaving belong to the slides window.
    if (action === 'next' || action === 'previous' || action === 'first' || action === 'last') deck.move(action);
    else return false;
  });

  return (
    <main id="main" className="present-notes">
      <header className="notes-head">
        <h1>{t('notesTitle')}</h1>
        <p className="notes-clock">
          <span className="notes-clock-label">{t('clock')}</span> <time>{clock}</time>
        </p>
      </header>
      <QueryState query={deck.dashboard} what={t('what')}>
        {(data) =>
          deck.current ? (
            <section className="notes-slide" aria-labelledby="notes-current" data-slide={deck.slide}>
              <h2 id="notes-current">{t('notesCurrent', { n: deck.slide, total: deck.total, title: title(deck.current) })}</h2>
              <SlideNotes slide={deck.current} data={data} filter={deck.filter} />
              <p className="notes-next">{deck.following ? t('notesNext', { title: title(deck.following) }) : t('notesLast')}</p>
            </section>
          ) : (
            <p className="loading" role="status">
              {t('notesWaiting')}
            </p>
          )
        }
      </QueryState>
      <footer className="deck-bar">
        <div className="deck-controls" role="group" aria-label={t('controls')}>
          <DeckNav deck={deck} />
        </div>
      </footer>
    </main>
  );
}
