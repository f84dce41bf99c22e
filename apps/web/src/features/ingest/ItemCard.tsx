import { useMessages } from '../../i18n/index.tsx';
import { FiguresTable } from './FiguresTable.tsx';
import { ItemFields, type ItemForm } from './ItemFields.tsx';
import { ItemTags } from './ItemTags.tsx';
import { messages } from './messages.ts';
import { SaveStatus } from './SaveStatus.tsx';
import type { ReviewItem } from './types.ts';
import { useReviewMutations } from './use-review-mutations.ts';
import { useSaveTracker } from './use-save-tracker.ts';

interface Props {
  item: ReviewItem;
  selected: boolean;
  /** Drafts can lose items; a published edition keeps them. */
  removable: boolean;
  onSelect: () => void;
  onShowInSource: () => void;
}

export const itemCardId = (itemId: number) => `review-item-${itemId}`;

/** One extracted item: its fields, tags and figures, each saved to the server as the analyst works. */
export function ItemCard({ item, selected, removable, onSelect, onShowInSource }: Props) {
  const t = useMessages(messages);
  const m = useReviewMutations();
  const { state, track } = useSaveTracker();
  const headingId = `${itemCardId(item.id)}-heading`;

  const saveFields = (changes: Partial<ItemForm>) => {
    const { language, ...rest } = changes;
    return track(m.updateItem.mutateAsync({ id: item.id, ...rest, ...(language ? { language: language === 'es' ? 'es' : 'en' } : {}) }));
  };

  const remove = () => {
    if (window.confirm(t('confirmRemoveItem', { n: item.position + 1, headline: item.headline }))) {
      void track(m.deleteItem.mutateAsync({ id: item.id }));
    }
  };

  return (
    <article
      id={itemCardId(item.id)}
      className={`panel review-item${selected ? ' is-selected' : ''}`}
      aria-labelledby={headingId}
      tabIndex={-1}
      // Tabbing into a card selects it, so the source pane follows the keyboard as well as the mouse.
      onFocus={selected ? undefined : onSelect}
    >
      <header className="review-item-header">
        <h3 id={headingId}>
          <span className="item-number">{t('itemNumber', { n: item.position + 1 })}</span> {item.headline}
        </h3>
        <button type="button" onClick={onShowInSource} disabled={!item.span} aria-describedby={headingId}>
          {t('showInSource')}
        </button>
      </header>
      <SaveStatus state={state} />
      <ItemFields item={item} onSave={saveFields} />
      <ItemTags item={item} track={track} mutations={m} />
      <FiguresTable
        observations={item.observations}
        onReview={(id, patch) => track(m.reviewObservation.mutateAsync({ id, ...patch }))}
        itemHeadingId={headingId}
      />
      {removable ? (
        <div className="item-footer">
          <button type="button" className="danger" onClick={remove} disabled={m.deleteItem.isPending} aria-describedby={headingId}>
            {t('removeItem')}
          </button>
        </div>
      ) : null}
    </article>
  );
}
