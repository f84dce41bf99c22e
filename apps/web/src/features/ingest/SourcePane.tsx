import { useMemo, type Ref } from 'react';
import { useMessages } from '../../i18n/index.tsx';
import { messages } from './messages.ts';
import { markSegments } from './segments.ts';

export interface SourceItem {
  id: number;
  position: number;
  headline: string;
  span: { start: number; end: number } | null;
}

interface Props {
  text: string | null;
  items: readonly SourceItem[];
  selectedId: number | null;
  onSelect: (itemId: number) => void;
  ref?: Ref<HTMLPreElement>;
}

/**
 * The document as it was read, each item's span highlighted. Clicking a highlight selects the item;
 * keyboard users select items from their cards instead ("Show in source"), so marks stay out of the tab order.
 */
export function SourcePane({ text, items, selectedId, onSelect, ref }: Props) {
  const t = useMessages(messages);
  const segments = useMemo(
    () => markSegments(text ?? '', items.flatMap((item) => (item.span ? [{ itemId: item.id, ...item.span }] : []))),
    [text, items],
  );
  const byId = useMemo(() => new Map(items.map((item) => [item.id, item])), [items]);

  return (
    <section className="panel source-pane" aria-labelledby="source-heading">
      <h2 id="source-heading">{t('sourceHeading')}</h2>
      {text ? (
        // Focusable so that keyboard users can scroll it; a named region (a bare <pre> may not carry
        // aria-label), so screen readers say what it is when it takes focus.
        <pre className="source-text" ref={ref} tabIndex={0} role="region" aria-label={t('sourceLabel')}>
          {segments.map((segment) => {
            const first = segment.itemIds[0];
            if (first === undefined) return <span key={segment.start}>{segment.text}</span>;
            const item = byId.get(first);
            const classes = ['source-mark', segment.itemIds.includes(selectedId ?? -1) ? 'is-selected' : '', segment.itemIds.length > 1 ? 'is-overlap' : '']
              .filter(Boolean)
              .join(' ');
            return (
              <mark
                key={segment.start}
                className={classes}
                data-items={segment.itemIds.join(' ')}
                title={item ? t('markTitle', { n: item.position + 1, headline: item.headline }) : undefined}
                onClick={() => onSelect(first)}
              >
                {segment.text}
              </mark>
            );
          })}
        </pre>
      ) : (
        <p className="empty">{t('noSource')}</p>
      )}
    </section>
  );
}

/** Scrolls the pane (and only the pane, so the page does not jump) to the start of an item's span. */
export function scrollSpanIntoView(pane: HTMLElement | null, itemId: number): void {
  const mark = pane?.querySelector<HTMLElement>(`mark[data-items~="${itemId}"]`);
  if (!pane || !mark) return;
  // The pane is position: relative, so offsetTop is measured from its top.
  const top = mark.offsetTop;
  const visible = top >= pane.scrollTop && top + mark.offsetHeight <= pane.scrollTop + pane.clientHeight;
  if (!visible) pane.scrollTo?.({ top: Math.max(0, top - pane.clientHeight / 4), behavior: scrollBehavior() });
}

/** Smooth scrolling, unless the visitor asked the system for less motion. */
export function scrollBehavior(): ScrollBehavior {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
}
