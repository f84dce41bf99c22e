import type { ItemSummary } from '@atalaya/api';
import { memo } from 'react';
import { Link } from 'react-router';
import { DemoTag } from '../../app/DemoTag.tsx';
import { useFormat, useLang, useMessages } from '../../i18n/index.tsx';
import { isStateCode, placeLabel } from '../../lib/places.ts';
import { TopicChips } from '../items/TopicChips.tsx';
import { messages } from './messages.ts';

/** Where "Back" on the item page returns to; set by every link that opens an item. */
export interface FromState {
  from: string;
}

/** The path of a state's profile, keeping the filter's dates so the profile covers the same period. */
export function statePath(code: string, dates: { from?: string | undefined; to?: string | undefined } = {}): string {
  const params = new URLSearchParams();
  if (dates.from) params.set('from', dates.from);
  if (dates.to) params.set('to', dates.to);
  const query = params.toString();
  return `/states/${code}${query ? `?${query}` : ''}`;
}

interface Props {
  item: ItemSummary;
  /** The current location, for the item page's back link. */
  backTo: string;
  /** The filter's dates, carried to state profiles. */
  from?: string | undefined;
  to?: string | undefined;
}

/** One item of the timeline: headline (to its page), outlet and date, places (states to their profile) and topics. */
export const ItemRow = memo(function ItemRow({ item, backTo, from, to }: Props) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const { lang } = useLang();
  const headlineId = `tl-item-${item.id}`;
  return (
    <article className="tl-item" aria-labelledby={headlineId}>
      <h4 id={headlineId} className="tl-headline">
        <Link to={`/items/${item.id}`} state={{ from: backTo } satisfies FromState}>
          {item.headline}
        </Link>
      </h4>
      <p className="meta">
        {item.outlet ?? t('unknownOutlet')} · <time dateTime={item.date}>{fmt.date(item.date)}</time>
        {item.demo ? (
          <>
            {' · '}
            <DemoTag />
          </>
        ) : null}
      </p>
      {item.places.length + item.topics.length > 0 ? (
        <ul className="chips" aria-label={t('chips')}>
          {item.places.map((code) =>
            isStateCode(code) ? (
              <li key={code} className="chip chip-place">
                <Link to={statePath(code, { from, to })} aria-label={t('stateProfile', { state: placeLabel(code, lang) })}>
                  {placeLabel(code, lang)}
                </Link>
              </li>
            ) : (
              <li key={code} className="chip chip-place">
                {placeLabel(code, lang)}
              </li>
            ),
          )}
          <TopicChips topics={item.topics} />
        </ul>
      ) : null}
    </article>
  );
});
