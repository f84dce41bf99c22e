import { drugLabel, isDrug, seriesByKey } from '@atalaya/domain';
import type { Lang } from '../../i18n/index.tsx';

type Labels = Record<string, { en: string; es: string }>;

// The catalog's units are English keys; these are how readers see them (drugs: DRUG_LABELS in @atalaya/domain).
const UNITS: Labels = {
  'per 100k': { en: 'per 100,000 inhabitants', es: 'por cada 100 mil habitantes' },
  people: { en: 'people', es: 'personas' },
  victims: { en: 'victims', es: 'víctimas' },
  'victims/day': { en: 'victims a day', es: 'víctimas al día' },
  deaths: { en: 'deaths', es: 'defunciones' },
  'case files': { en: 'case files', es: 'carpetas de investigación' },
  encounters: { en: 'encounters', es: 'encuentros' },
  pills: { en: 'pills', es: 'pastillas' },
  kg: { en: 'kg', es: 'kg' },
  lb: { en: 'lb', es: 'lb' },
};

/** 'drug_seizure_kg' + 'methamphetamine' → 'Drug seizures (as reported): methamphetamine', in the language. */
export function figureLabel(series: string, dimension: string | null, lang: Lang): string {
  const label = seriesByKey(series)?.label[lang] ?? series.replace(/_/g, ' ');
  if (!dimension) return label;
  return `${label}: ${isDrug(dimension) ? drugLabel(dimension, lang).toLocaleLowerCase(lang) : dimension.replace(/_/g, ' ')}`;
}

/** A value with its unit as readers see it: '1,200 kg', '25.3 por cada 100 mil habitantes'. */
export function formatValue(value: number, unit: string, lang: Lang, number: (n: number) => string): string {
  const words = UNITS[unit]?.[lang] ?? unit;
  return `${number(value)} ${words}`;
}

const lastDayOfMonth = (iso: string) => {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
};

/**
 * A figure's period as briefly as it can be said: a day, a month ('Mar 2025'), a year ('2024') or a
 * range of days.
 */
export function formatPeriod(start: string, end: string, fmt: { date(iso: string): string; month(iso: string): string }): string {
  if (start === end) return fmt.date(start);
  const sameYear = start.slice(0, 4) === end.slice(0, 4);
  if (sameYear && start.slice(5) === '01-01' && end.slice(5) === '12-31') return start.slice(0, 4);
  if (start.slice(0, 7) === end.slice(0, 7) && start.endsWith('-01') && Number(end.slice(8)) === lastDayOfMonth(end)) return fmt.month(start);
  return `${fmt.date(start)} – ${fmt.date(end)}`;
}

/** An item's route parameter as an id, or null when it cannot be one (the API is then not asked). */
export function parseId(param: string | undefined): number | null {
  if (!param || !/^[1-9]\d{0,9}$/.test(param)) return null;
  const id = Number(param);
  return id <= 2_147_483_647 ? id : null;
}

/** Only web links are shown as links: an imported citation could carry any scheme. */
export function safeUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A summary's paragraphs (blank lines separate them). */
export function paragraphs(text: string | null): string[] {
  return (text ?? '')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}
