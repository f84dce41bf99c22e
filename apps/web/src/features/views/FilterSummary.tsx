import type { Filter } from '@atalaya/domain';
import { useFormat, useLang, useMessages } from '../../i18n/index.tsx';
import { firstOf, summarizeFilter } from './format.ts';
import { messages } from './messages.ts';

/** One line naming what a filter covers: dates · states · topics · organisations · text. */
export function FilterSummary({ filter }: { filter: Filter }) {
  const t = useMessages(messages);
  const { lang } = useLang();
  const fmt = useFormat();
  const s = summarizeFilter(filter, lang);
  const list = (labels: string[]) => {
    const { shown, more } = firstOf(labels);
    return more ? `${shown.join(', ')} ${t('more', { n: more })}` : shown.join(', ');
  };
  const parts: string[] = [];
  if (s.from && s.to) parts.push(t('dateRange', { from: fmt.date(s.from), to: fmt.date(s.to) }));
  else if (s.from) parts.push(t('since', { date: fmt.date(s.from) }));
  else if (s.to) parts.push(t('until', { date: fmt.date(s.to) }));
  if (s.places.length) parts.push(list(s.places));
  if (s.topics.length) parts.push(list(s.topics));
  if (s.orgs.length) parts.push(list(s.orgs));
  if (s.q) parts.push(t('search', { q: s.q }));
  if (!parts.length) return <>{t('allData')}</>;
  if (!s.from && !s.to) parts.unshift(t('allDates'));
  return <>{parts.join(' · ')}</>;
}
