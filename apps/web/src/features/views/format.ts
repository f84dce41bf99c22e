import { encodeFilter, organizationBySlug, topicBySlug, type Filter } from '@atalaya/domain';
import { useMemo } from 'react';
import { useLang, type Lang } from '../../i18n/index.tsx';
import { scopeName } from '../states/state-names.ts';

/** The dashboard URL of a filter: `/?states=…`, or `/` for the empty filter. */
export function viewHref(filter: Filter): string {
  const search = encodeFilter(filter);
  return search ? `/?${search}` : '/';
}

/** The absolute address of a share link's path, as the recipient will paste it. */
export function shareUrl(origin: string, path: string): string {
  return `${origin.replace(/\/+$/, '')}${path.startsWith('/') ? path : `/${path}`}`;
}

/** A hashed IP cut to a recognisable prefix: enough to tell opens apart, no more. */
export function shortHash(hash: string | null): string | null {
  if (!hash) return null;
  return hash.length > 8 ? `${hash.slice(0, 8)}…` : hash;
}

export interface FilterSummary {
  from: string | null;
  to: string | null;
  places: string[];
  topics: string[];
  orgs: string[];
  q: string | null;
}

/** A filter as the labels a reader recognises (state and topic names in the reader's language). */
export function summarizeFilter(filter: Filter, lang: Lang): FilterSummary {
  return {
    from: filter.from ?? null,
    to: filter.to ?? null,
    places: filter.states.map((code) => scopeName(code, lang)),
    topics: filter.topics.map((slug) => topicBySlug(slug)?.[lang] ?? slug),
    orgs: filter.orgs.map((slug) => organizationBySlug(slug)?.name ?? slug),
    q: filter.q ?? null,
  };
}

/** At most `max` labels, and how many more were left out. */
export function firstOf(labels: string[], max = 4): { shown: string[]; more: number } {
  return labels.length <= max ? { shown: labels, more: 0 } : { shown: labels.slice(0, max - 1), more: labels.length - (max - 1) };
}

const asDate = (value: Date | string) => (value instanceof Date ? value : new Date(value));

/** Locale-aware formatting of instants (link expiry, opens, audit entries) in the reader's time zone. */
export function useDateTime() {
  const { locale } = useLang();
  return useMemo(() => {
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    return {
      dateTime: (value: Date | string) => dateTime.format(asDate(value)),
      date: (value: Date | string) => day.format(asDate(value)),
      iso: (value: Date | string) => asDate(value).toISOString(),
    };
  }, [locale]);
}
