import { NOT_RATED, riskLevelInfo } from '@atalaya/domain';
import type { Lang } from '../../i18n/index.tsx';
import { advisoryStep, advisoryText, NO_ADVISORY, sourceHosts } from '../risk/advisory.ts';
import type { LegendEntry } from './classes.ts';
import type { MapLayer, StateDatum, StateRisk } from './layers.ts';
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

const days = new Map<Lang, Intl.DateTimeFormat>();
/** A calendar day ('YYYY-MM-DD') as the reader writes it: "Jun 3, 2025", "3 jun 2025". */
export function formatDay(iso: string, lang: Lang): string {
  let f = days.get(lang);
  if (!f) days.set(lang, (f = new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'medium', timeZone: 'UTC' })));
  return f.format(new Date(`${iso}T00:00:00Z`));
}

/** A level in short ("5 · Extreme"), or "Not rated" for null: never rated is never level 1. */
export function levelText(level: number | null, lang: Lang): string {
  const info = level === null ? undefined : riskLevelInfo(level);
  return info ? `${info.level} · ${info[lang]}` : NOT_RATED[lang];
}

/** The risk-level cell beside a state's figure: the level, "Not rated", or an ellipsis while the levels load. */
export function riskCell(risk: StateRisk | null, lang: Lang): string {
  return risk ? levelText(risk.level, lang) : '…';
}

/** A legend range: "0", "3–5", "10–25"; a step of the risk scale, "4 · High". */
export function formatRange(entry: LegendEntry, lang: Lang): string {
  if (entry.kind === 'noData') return translator(lang)('noData');
  if (entry.kind === 'level') return entry.scale === 'advisory' ? advisoryText(entry.level, lang) : levelText(entry.level, lang);
  if (entry.kind === 'notRated') return entry.scale === 'advisory' ? NO_ADVISORY[lang] : NOT_RATED[lang];
  const locale = localeOf(lang);
  return entry.single ? formatNumber(entry.from, locale) : `${formatNumber(entry.from, locale)}–${formatNumber(entry.to, locale)}`;
}

/** The value cell of the table: the bare number, or "No data" as text (never 0); on the Risk level layer, the level or "Not rated". */
export function formatCell(datum: StateDatum, layer: MapLayer, lang: Lang): string {
  if (layer === 'risk_level') return levelText(datum.value, lang);
  if (layer === 'us_advisory') return advisoryText(datum.value, lang);
  return datum.value === null ? translator(lang)('noData') : formatNumber(datum.value, localeOf(lang));
}

/** The value with its unit, as the tooltip reads it. */
export function formatValueWithUnit(datum: StateDatum, layer: MapLayer, lang: Lang): string {
  const t = translator(lang);
  if (layer === 'risk_level') {
    const info = datum.value === null ? undefined : riskLevelInfo(datum.value);
    if (!info || !datum.risk?.effectiveOn) return NOT_RATED[lang];
    return t('levelSince', { n: info.level, label: info[lang], date: formatDay(datum.risk.effectiveOn, lang) });
  }
  if (layer === 'us_advisory') {
    const step = datum.value === null ? undefined : advisoryStep(datum.value);
    return step ? t('advisoryLevel', { n: step.level, label: step[lang] }) : NO_ADVISORY[lang];
  }
  if (datum.value === null) return t('noData');
  const value = formatNumber(datum.value, localeOf(lang));
  if (layer === 'items') return t(datum.value === 1 ? 'items_one' : 'items_other', { n: value });
  if (layer === 'items_per_100k') return t('per100k', { value });
  return t('homicidesPer100k', { value });
}

/** What a layer's figures are "as of": the homicide rate's year, the risk levels' day. */
export interface LayerTime {
  year: number | null;
  /** 'YYYY-MM-DD': the day whose risk levels are shown. */
  levelsOn: string;
  /** The period is open-ended, so `levelsOn` is today rather than the end of the filter's period. */
  levelsToday?: boolean;
}

/**
 * Where a figure comes from, e.g. "INEGI 2024 (preliminary), via puntomedio.mx".
 * Source labels read "INEGI via puntomedio.mx": the agency, then the outlet that published it.
 */
export function sourceText(datum: StateDatum | null, layer: MapLayer, time: LayerTime, lang: Lang): string {
  const t = translator(lang);
  const { year } = time;
  if (layer === 'risk_level') {
    const source = t('source_risk_level', { date: formatDay(time.levelsOn, lang) });
    return datum?.risk?.demo ? `${source} · ${t('demo')}` : source;
  }
  if (layer === 'us_advisory') {
    const advisory = datum?.advisory;
    if (!advisory) return t('layer_us_advisory');
    const source = t('source_us_advisory', { issuer: advisory.issuer, date: formatDay(advisory.asOf, lang) });
    const hosts = sourceHosts(advisory.sourceUrls);
    return hosts.length ? `${source}, ${t('via', { site: hosts.join(', ') })}` : source;
  }
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

export function tooltipContent(datum: StateDatum, layer: MapLayer, time: LayerTime, lang: Lang): TooltipContent {
  return {
    name: datum.name,
    nameEn: lang === 'en' && datum.nameEn !== datum.name ? datum.nameEn : null,
    value: formatValueWithUnit(datum, layer, lang),
    source: sourceText(datum, layer, time, lang),
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
