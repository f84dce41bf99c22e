import type { Lang } from '../../i18n/index.tsx';
import type { LegendEntry } from './classes.ts';
import type { MapLayer, StateDatum } from './layers.ts';
import { messages, type MapMessageKey } from './messages.ts';

export type Translate = (key: MapMessageKey, vars?: Record<string, string | number>) => string;

/** The map's messages for a language, outside React (pure functions and the PNG export). */
export function translator(lang: Lang): Translate {
  const table = messages[lang] as Record<string, string>;
  return (key, vars) => {
    const template = table[key] ?? key;
    return vars ? template.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`)) : template;
  };
}

export const localeOf = (lang: Lang) => (lang === 'es' ? 'es-MX' : 'en-US');

const formatters = new Map<string, Intl.NumberFormat>();
function formatter(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f;
}

/**
 * A figure for the locale: one decimal at most, but two significant digits below 1 so a small
 * rate (0.034 items per 100k) never prints as a misleading "0".
 */
export function formatNumber(value: number, locale: string): string {
  const abs = Math.abs(value);
  return formatter(locale, abs > 0 && abs < 1 ? { maximumSignificantDigits: 2 } : { maximumFractionDigits: 1 }).format(value);
}

/** A legend range: "0", "3–5", "10–25". */
export function formatRange(entry: LegendEntry, lang: Lang): string {
  if (entry.kind === 'noData') return translator(lang)('noData');
  const locale = localeOf(lang);
  return entry.single ? formatNumber(entry.from, locale) : `${formatNumber(entry.from, locale)}–${formatNumber(entry.to, locale)}`;
}

/** The value cell of the table: the bare number, or "No data" as text (never 0). */
export function formatCell(datum: StateDatum, lang: Lang): string {
  return datum.value === null ? translator(lang)('noData') : formatNumber(datum.value, localeOf(lang));
}

/** The value with its unit, as the tooltip reads it. */
export function formatValueWithUnit(datum: StateDatum, layer: MapLayer, lang: Lang): string {
  const t = translator(lang);
  if (datum.value === null) return t('noData');
  const value = formatNumber(datum.value, localeOf(lang));
  if (layer === 'items') return t(datum.value === 1 ? 'items_one' : 'items_other', { n: value });
  if (layer === 'items_per_100k') return t('per100k', { value });
  return t('homicidesPer100k', { value });
}

/**
 * Where a figure comes from, e.g. "INEGI 2024 (preliminary), via puntomedio.mx".
 * Source labels read "INEGI via puntomedio.mx": the agency, then the outlet that published it.
 */
export function sourceText(datum: StateDatum | null, layer: MapLayer, year: number | null, lang: Lang): string {
  const t = translator(lang);
  if (layer === 'items') return t('source_items');
  if (layer === 'items_per_100k') return t('source_items_per_100k');
  const label = datum?.sourceLabel ?? 'INEGI';
  const [agency = label, site] = label.split(/\s+via\s+/i);
  const vars = {
    agency,
    year: year ?? '',
    status: datum?.dataStatus ? t(`status_${datum.dataStatus}`) : '',
    site: site ?? '',
  };
  const text = t(site ? 'source_homicide_via' : 'source_homicide', vars);
  // Without a status (a state with no figure) the empty parentheses go.
  return text.replace(/\s*\(\)/, '').replace(/\s+,/, ',').replace(/\s{2,}/g, ' ').trim();
}

export interface TooltipContent {
  name: string;
  /** The English name when it differs and the interface is in English ("State of Mexico"). */
  nameEn: string | null;
  value: string;
  source: string;
}

export function tooltipContent(datum: StateDatum, layer: MapLayer, year: number | null, lang: Lang): TooltipContent {
  return {
    name: datum.name,
    nameEn: lang === 'en' && datum.nameEn !== datum.name ? datum.nameEn : null,
    value: formatValueWithUnit(datum, layer, lang),
    source: sourceText(datum, layer, year, lang),
  };
}

/** The local calendar date as 'YYYY-MM-DD'. */
export function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** `atalaya-map-<layer>-<YYYY-MM-DD>.png`, with the local calendar date. */
export function pngFileName(layer: MapLayer, now: Date): string {
  return `atalaya-map-${layer}-${localIsoDate(now)}.png`;
}
