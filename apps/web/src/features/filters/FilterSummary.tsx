import { useId } from 'react';
import { useMessages } from '../../i18n/index.tsx';
import { messages } from './messages.ts';

export interface FilterSummaryProps {
  /** The active filter as [what, value] pairs (useFilterParts); [] for no filter. */
  parts: ReadonlyArray<[string, string]>;
  expanded: boolean;
  /** The id of the panel the button shows and hides. */
  controls: string;
  onToggle(): void;
}

/**
 * The filter bar folded to one line on a phone, so the first screen shows data: what the filter is,
 * and a disclosure button that opens the full bar below it.
 */
export function FilterSummary({ parts, expanded, controls, onToggle }: FilterSummaryProps) {
  const t = useMessages(messages);
  const id = useId();
  return (
    <div className="filter-summary">
      <p id={id} className="filter-summary-text">
        {parts.length === 0
          ? t('everything')
          : parts.map(([label, value], i) => (
              <span key={label}>
                {i > 0 ? <span aria-hidden="true"> · </span> : null}
                <span className="visually-hidden">{label}: </span>
                {value}
              </span>
            ))}
      </p>
      <button type="button" className="filter-toggle" aria-expanded={expanded} aria-controls={controls} aria-describedby={id} onClick={onToggle}>
        {t('editFilters')}
        <span className="filter-toggle-arrow" aria-hidden="true" />
      </button>
    </div>
  );
}
