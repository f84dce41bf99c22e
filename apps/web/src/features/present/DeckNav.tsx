import { useMessages } from '../../i18n/index.tsx';
import { messages } from './messages.ts';
import type { Deck } from './use-deck.ts';

/** "3 / 14" and a bar filling up as the briefing goes on. */
export function DeckProgress({ slide, total }: { slide: number; total: number }) {
  const t = useMessages(messages);
  return (
    <div className="deck-progress">
      <p className="deck-counter">
        <span aria-hidden="true">{t('counter', { n: slide, total })}</span>
        <span className="visually-hidden">{t('counterLabel', { n: slide, total })}</span>
      </p>
      <div className="deck-progress-track" aria-hidden="true">
        <span className="deck-progress-fill" style={{ width: `${total > 0 ? (slide / total) * 100 : 0}%` }} />
      </div>
    </div>
  );
}

/** Previous and Next as real buttons (the keys do the same), around the slide counter. */
export function DeckNav({ deck }: { deck: Pick<Deck, 'slide' | 'total' | 'move'> }) {
  const t = useMessages(messages);
  return (
    <>
      <button type="button" className="deck-button" onClick={() => deck.move('previous')} aria-label={t('previousLabel')} aria-keyshortcuts="ArrowLeft PageUp">
        <span aria-hidden="true">← </span>
        {t('previous')}
      </button>
      <DeckProgress slide={deck.slide} total={deck.total} />
      <button type="button" className="deck-button" onClick={() => deck.move('next')} aria-label={t('nextLabel')} aria-keyshortcuts="ArrowRight Space PageDown">
        {t('next')}
        <span aria-hidden="true"> →</span>
      </button>
    </>
  );
}
