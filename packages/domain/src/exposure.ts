import type { Filter } from './filter';
import type { Locality } from './gazetteer';
import { foldAccents } from './place-names';
import { localitiesOf, localityByKey, riskLevelInfo, type RiskLevel } from './risk';
import { stateByIso, type StateIso } from './states';

export type ExposureLang = 'en' | 'es';

/** What a client site is, in both languages (the CSV import reads either). */
export const SITE_TYPES = ['plant', 'office', 'warehouse', 'route'] as const;
export type SiteType = (typeof SITE_TYPES)[number];

export const SITE_TYPE_LABELS: Readonly<Record<SiteType, { en: string; es: string }>> = Object.freeze({
  plant: { en: 'Plant', es: 'Planta' },
  office: { en: 'Office', es: 'Oficina' },
  warehouse: { en: 'Warehouse', es: 'Almacén' },
  route: { en: 'Route', es: 'Ruta' },
});

/** A site type from its code or its English or Spanish name, ignoring case and accents. */
export function siteTypeFrom(text: string): SiteType | undefined {
  const key = foldAccents(text.trim());
  return SITE_TYPES.find((type) => type === key || foldAccents(SITE_TYPE_LABELS[type].en) === key || foldAccents(SITE_TYPE_LABELS[type].es) === key);
}

/**
 * A locality of the gazetteer within one state, from its key ('MX-SIN/culiacan'), its name or one of its
 * aliases, ignoring case and accents ('culiacan', 'Culiacán').
 */
export function findLocality(state: StateIso, text: string): (Locality & { key: string }) | undefined {
  const trimmed = text.trim();
  const byKey = localityByKey(trimmed);
  if (byKey) return byKey.state === state ? { ...byKey, key: trimmed } : undefined;
  const folded = foldAccents(trimmed).replace(/\s+/g, ' ');
  return localitiesOf(state).find((l) => [l.name, ...(l.aliases ?? [])].some((name) => foldAccents(name) === folded));
}

/** A state's name as the product shows it ('Estado de México' rather than a bare 'México'). */
export function stateLabel(iso: string): string {
  const state = stateByIso(iso);
  if (!state) return iso;
  return state.iso === 'MX-MEX' ? state.officialName : state.name;
}

/** A rating scope as a reader knows it: 'Sinaloa', or 'Culiacán (Sinaloa)' for a locality. */
export function scopeLabel(scope: string): string {
  const locality = localityByKey(scope);
  if (locality) return `${locality.name} (${stateLabel(locality.state)})`;
  return stateLabel(scope);
}

/**
 * The dashboard filter behind an exposure page's item counts for a place: its state, and for a locality its
 * names (and aliases) as a phrase search, over the window's dates.
 */
export function placeFilter(place: { state: string; locality: string | null }, window: { from: string; to: string }): Filter {
  const locality = place.locality ? localityByKey(place.locality) : undefined;
  const q = locality ? [locality.name, ...(locality.aliases ?? [])].map((n) => `"${n}"`).join(' or ') : undefined;
  return { from: window.from, to: window.to, states: [place.state as StateIso], topics: [], orgs: [], ...(q ? { q } : {}) };
}

// ---------------------------------------------------------------------------------------------------------------
// The exposure page's one-line summary.

export interface ExposureChange {
  scope: string;
  /** Null: the place had no rating before. */
  from: number | null;
  to: number;
  effectiveOn: string;
}

export interface ExposureSummary {
  sites: number;
  /** Sites per effective level ('1'…'5'); sites whose place was never rated are `notRated`. */
  byLevel: Partial<Record<RiskLevel, number>>;
  notRated: number;
  /** The latest change of a level that reaches the sites within the last `windowDays`, and how many others there were. */
  latestChange: ExposureChange | null;
  otherChanges: number;
  windowDays: number;
  /** The day the summary is as of ('YYYY-MM-DD'): a change in the same year is written without its year. */
  asOf: string;
}

// Counting sites, Spanish level adjectives agree with "instalación(es)" (as the product calls sites in Spanish);
// English ones do not change.
const SITES_ES: Record<RiskLevel, [one: string, many: string]> = {
  1: ['baja', 'bajas'],
  2: ['moderada', 'moderadas'],
  3: ['elevada', 'elevadas'],
  4: ['alta', 'altas'],
  5: ['extrema', 'extremas'],
};

/** A level as a word: of a place ('extremo'), or of `count` sites ('2 altas'). */
function levelWord(level: number, lang: ExposureLang, count?: number): string {
  const info = riskLevelInfo(level);
  if (!info) return String(level);
  if (lang === 'en') return info.en.toLowerCase();
  if (count === undefined) return info.es.toLowerCase();
  return SITES_ES[info.level][count === 1 ? 0 : 1];
}

function dayText(iso: string, lang: ExposureLang, asOf: string): string {
  const sameYear = iso.slice(0, 4) === asOf.slice(0, 4);
  const format = new Intl.DateTimeFormat(lang === 'es' ? 'es-MX' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    ...(sameYear ? {} : { year: 'numeric' }),
    timeZone: 'UTC',
  });
  return format.format(new Date(`${iso}T00:00:00Z`));
}

/** "Sinaloa raised to extreme on 3 June" / "Sinaloa subió a extremo el 3 de junio". */
export function changeText(change: ExposureChange, lang: ExposureLang, asOf: string): string {
  const place = scopeLabel(change.scope);
  const level = levelWord(change.to, lang);
  const day = dayText(change.effectiveOn, lang, asOf);
  if (lang === 'es') {
    if (change.from === null) return `${place} calificado como ${level} el ${day}`;
    return `${place} ${change.to > change.from ? 'subió' : 'bajó'} a ${level} el ${day}`;
  }
  if (change.from === null) return `${place} first rated ${level} on ${day}`;
  return `${place} ${change.to > change.from ? 'raised' : 'lowered'} to ${level} on ${day}`;
}

/** "4 sites: 1 extreme, 2 high, 1 moderate" (levels from the highest down, places never rated last). */
export function sitesByLevel(counts: Pick<ExposureSummary, 'sites' | 'byLevel' | 'notRated'>, lang: ExposureLang): string {
  const es = lang === 'es';
  if (counts.sites === 0) return es ? 'Aún no hay instalaciones registradas' : 'No sites recorded yet';
  const parts: string[] = [];
  for (const level of [5, 4, 3, 2, 1] as const) {
    const n = counts.byLevel[level] ?? 0;
    if (n > 0) parts.push(`${n} ${levelWord(level, lang, n)}`);
  }
  if (counts.notRated > 0) parts.push(`${counts.notRated} ${es ? 'sin calificar' : 'not rated'}`);
  const one = counts.sites === 1;
  const sites = es ? `${counts.sites} ${one ? 'instalación' : 'instalaciones'}` : `${counts.sites} ${one ? 'site' : 'sites'}`;
  return `${sites}: ${parts.join(', ')}`;
}

/**
 * The exposure page's header in one line: "4 sites: 1 extreme, 2 high, 1 moderate; Sinaloa raised to
 * extreme on 3 June".
 */
export function exposureHeadline(summary: ExposureSummary, lang: ExposureLang): string {
  const es = lang === 'es';
  if (summary.sites === 0) return sitesByLevel(summary, lang);
  let change: string;
  if (summary.latestChange) {
    change = changeText(summary.latestChange, lang, summary.asOf);
    if (summary.otherChanges > 0) {
      const n = summary.otherChanges;
      change += es ? ` (y ${n === 1 ? 'otro cambio' : `otros ${n} cambios`})` : ` (and ${n === 1 ? '1 other change' : `${n} other changes`})`;
    }
  } else {
    change = es ? `sin cambios de nivel en los últimos ${summary.windowDays} días` : `no level changes in the last ${summary.windowDays} days`;
  }
  return `${sitesByLevel(summary, lang)}; ${change}`;
}
