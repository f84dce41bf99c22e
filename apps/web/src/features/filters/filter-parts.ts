import { topicBySlug, type Filter } from '@atalaya/domain';
import { useLang, useMessages } from '../../i18n/index.tsx';
import { scopeName } from '../states/state-names.ts';
import { activePreset } from './date-presets.ts';
import { messages } from './messages.ts';

export interface FilterPartsOptions {
  /**
   * Today's date, for the short form of one line: dates that match a preset counted back from it are
   * named by it ('Last 30 days'), others given as a compact range ('Jan 1 – Dec 31, 2025').
   */
  today?: string;
  /** An organization's name for its slug; the slug itself without it. */
  orgLabel?: (slug: string) => string;
}

/** The active filter as [what, value] pairs in the reader's language, in the filter bar's order; [] for no filter. */
export function useFilterParts(filter: Filter, { today, orgLabel = (slug) => slug }: FilterPartsOptions = {}): Array<[string, string]> {
  const t = useMessages(messages);
  const { lang, locale } = useLang();
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const date = (iso: string) => day.format(utc(iso));
  const parts: Array<[string, string]> = [];
  const preset = today === undefined ? 'custom' : activePreset(filter, today);
  if (preset !== 'custom' && preset !== 'all') parts.push([t('dates'), t(`preset_${preset}`)]);
  else if (today !== undefined && filter.from && filter.to) parts.push([t('dates'), day.formatRange(utc(filter.from), utc(filter.to))]);
  else if (filter.from || filter.to) parts.push([t('dates'), `${filter.from ? date(filter.from) : '…'} – ${filter.to ? date(filter.to) : '…'}`]);
  if (filter.states.length) parts.push([t('states'), filter.states.map((c) => scopeName(c, lang)).join(', ')]);
  if (filter.topics.length) parts.push([t('topics'), filter.topics.map((s) => topicBySlug(s)?.[lang] ?? s).join(', ')]);
  if (filter.orgs.length) parts.push([t('organizations'), filter.orgs.map(orgLabel).join(', ')]);
  if (filter.q) parts.push([t('search'), `“${filter.q}”`]);
  return parts;
}
