import type { Filter } from '@atalaya/domain';
import { organizationName, placeName, topicName, type ExportLang } from './labels.ts';
import { formatter, translator } from './messages.ts';

/** A filter in words, as the briefing's footer shows it: view · dates · states · topics · organisations · search text. */
export function describeFilter(filter: Filter, lang: ExportLang, viewName?: string | null): string {
  const t = translator(lang);
  const f = formatter(lang);
  const dates =
    filter.from && filter.to
      ? t('range', { from: f.day(filter.from), to: f.day(filter.to) })
      : filter.from
        ? t('since', { date: f.day(filter.from) })
        : filter.to
          ? t('until', { date: f.day(filter.to) })
          : t('allDates');
  const criteria = [
    filter.states.length ? t('states', { list: filter.states.map((code) => placeName(code, lang)).join(', ') }) : null,
    filter.topics.length ? t('topics', { list: filter.topics.map((slug) => topicName(slug, lang)).join(', ') }) : null,
    filter.orgs.length ? t('orgs', { list: filter.orgs.map(organizationName).join(', ') }) : null,
    filter.q ? t('search', { q: filter.q }) : null,
  ].filter((part): part is string => part !== null);
  if (criteria.length === 0 && !filter.from && !filter.to) criteria.push(t('everything'));
  return [viewName ? t('view', { name: viewName }) : null, dates, ...criteria].filter((part): part is string => part !== null).join(' · ');
}
