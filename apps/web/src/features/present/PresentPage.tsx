import { useEffect, useState } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { QueryState } from '../../app/QueryState.tsx';
import { useMessages } from '../../i18n/index.tsx';
import { DeckNav } from './DeckNav.tsx';
import { messages } from './messages.ts';
import { dashboardExit } from './paths.ts';
import { SlideView } from './SlideView.tsx';
import { parseAuto, slideKey } from './slides.ts';
import { useAutoAdvance } from './use-auto-advance.ts';
import { useDeck } from './use-deck.ts';
import { useDeckKeys } from './use-deck-keys.ts';
import { useDocumentTitle } from './use-document-title.ts';
import { useFullscreen } from './use-fullscreen.ts';
import { useSlideTitle } from './use-slide-title.ts';
import './present.css';

/** Projector sizing (present.css) applies to the whole page while the deck is open. */
function usePresentingRoot(): void {
  useEffect(() => {
    document.documentElement.classList.add('presenting');
    return () => document.documentElement.classList.remove('presenting');
  }, []);
}

/**
 * `/present` (and `/s/<token>/present`): the filter's briefing as full-screen slides, driven from the
 * keyboard (→ Space PageDown, ← PageUp, Home, End, F, N, P, Esc) or the buttons, with the slide in the URL.
 */
export function PresentPage() {
  const t = useMessages(messages);
  const deck = useDeck('slides');
  const title = useSlideTitle();
  const location = useLocation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const auto = parseAuto(params.get('auto'));
  const [paused, setPaused] = useState(false);
  const [notesBlocked, setNotesBlocked] = useState(false);
  const fullscreen = useFullscreen();
  const exitTo = dashboardExit(location.pathname, location.search);
  usePresentingRoot();
  useDocumentTitle(t('documentTitle', { n: deck.slide, total: deck.total || '…' }));

  const openNotes = () => {
    const opened = window.open(`${deck.paths.notes}${location.search}`, 'atalaya-presenter-notes', 'popup,width=1000,height=720');
    setNotesBlocked(opened === null);
  };
  useAutoAdvance(auto, paused, deck.slide, () => deck.move('next', { loop: true }));
  useDeckKeys((action) => {
    switch (action) {
      case 'exit':
        // In full screen the browser's Esc leaves full screen first; the next Esc leaves the deck.
        if (document.fullscreenElement) return false;
        void navigate(exitTo);
        return;
      case 'fullscreen':
        fullscreen.toggle();
        return;
      case 'notes':
        openNotes();
        return;
      case 'pause':
        if (auto === null) return false;
        setPaused((p) => !p);
        return;
      default:
        deck.move(action);
    }
  });

  return (
    <main id="main" className="present">
      <h1 className="visually-hidden">{t('deckTitle')}</h1>
      <div className="present-stage">
        <QueryState query={deck.dashboard} what={t('what')}>
          {(data) =>
            deck.current ? (
              <section
                key={slideKey(deck.current)}
                className={`slide slide-${deck.current.kind}`}
                aria-roledescription="slide"
                aria-label={t('announce', { n: deck.slide, total: deck.total, title: title(deck.current) })}
                data-slide={deck.slide}
              >
                <SlideView slide={deck.current} dashboard={deck.dashboard} data={data} filter={deck.filter} />
              </section>
            ) : null
          }
        </QueryState>
      </div>
      <footer className="deck-bar">
        <div className="deck-controls" role="group" aria-label={t('controls')}>
          <DeckNav deck={deck} />
          {auto !== null ? (
            <p className="deck-auto">
              <span className={paused ? 'deck-auto-state is-paused' : 'deck-auto-state'}>{t(paused ? 'autoPaused' : 'autoPlaying', { s: auto })}</span>{' '}
              <button type="button" className="deck-button" onClick={() => setPaused((p) => !p)} aria-keyshortcuts="P">
                {t(paused ? 'resume' : 'pause')}
              </button>
            </p>
          ) : null}
          <span className="deck-spacer" />
          <button type="button" className="deck-button" onClick={fullscreen.toggle} aria-keyshortcuts="F">
            {t(fullscreen.active ? 'exitFullscreen' : 'fullscreen')}
          </button>
          <button type="button" className="deck-button" onClick={openNotes} aria-label={t('notesLabel')} aria-keyshortcuts="N">
            {t('notes')}
          </button>
          <Link className="deck-button" to={exitTo} aria-label={t('exitLabel')} aria-keyshortcuts="Escape">
            {t('exit')}
          </Link>
        </div>
        {notesBlocked ? (
          <p className="deck-alert" role="alert">
            {t('notesBlocked')}
          </p>
        ) : null}
        <p className="visually-hidden" aria-live="polite">
          {deck.current ? t('announce', { n: deck.slide, total: deck.total, title: title(deck.current) }) : ''}
        </p>
      </footer>
    </main>
  );
}
