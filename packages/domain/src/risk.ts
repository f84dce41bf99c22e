import { z } from 'zod';
import { GAZETTEER, type Locality } from './gazetteer';
import { foldAccents } from './place-names';
import { NATIONAL, STATE_ISO_CODES, isStateIso, type StateIso } from './states';
import type { TopicSlug } from './topics';

/** The firm's five-step risk scale: 1 low … 5 extreme. */
export const RISK_LEVELS = [1, 2, 3, 4, 5] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export interface RiskLevelInfo {
  level: RiskLevel;
  en: string;
  es: string;
  /** Fill colour: ColorBrewer YlOrRd, a sequential palette that stays ordered for the common colour-vision deficiencies and in greyscale. */
  color: string;
  /** Text colour with at least 4.5:1 contrast on `color`. */
  ink: string;
}

export const RISK_SCALE: readonly RiskLevelInfo[] = Object.freeze([
  { level: 1, en: 'Low', es: 'Bajo', color: '#ffffb2', ink: '#1a1a1a' },
  { level: 2, en: 'Moderate', es: 'Moderado', color: '#fecc5c', ink: '#1a1a1a' },
  { level: 3, en: 'Elevated', es: 'Elevado', color: '#fd8d3c', ink: '#1a1a1a' },
  { level: 4, en: 'High', es: 'Alto', color: '#e31a1c', ink: '#ffffff' },
  { level: 5, en: 'Extreme', es: 'Extremo', color: '#800026', ink: '#ffffff' },
]);

/** How a place that was never rated is drawn: a neutral grey, never the colour of level 1. */
export const NOT_RATED = { en: 'Not rated', es: 'Sin calificar', color: '#d9d9d9', ink: '#1a1a1a' } as const;

export function riskLevelInfo(level: number): RiskLevelInfo | undefined {
  return RISK_SCALE[level - 1];
}

export const zRiskLevel = z
  .number({ error: 'The level must be a number from 1 (low) to 5 (extreme)' })
  .int('The level must be a whole number from 1 to 5')
  .min(1, 'The level must be from 1 (low) to 5 (extreme)')
  .max(5, 'The level must be from 1 (low) to 5 (extreme)') as unknown as z.ZodType<RiskLevel>;

export const RISK_CATEGORIES = ['overall', 'violence', 'kidnap-extortion', 'road-cargo', 'unrest-political'] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number];

export interface RiskCategoryInfo {
  slug: RiskCategory;
  en: string;
  es: string;
  /** The topics of the taxonomy whose items are evidence for this category (the overall level draws on all). */
  topics: readonly TopicSlug[];
}

export const RISK_CATEGORY_INFO: readonly RiskCategoryInfo[] = Object.freeze([
  { slug: 'overall', en: 'Overall', es: 'General', topics: [] },
  {
    slug: 'violence',
    en: 'Violence and organised crime',
    es: 'Violencia y crimen organizado',
    topics: ['homicides-violence', 'cartels-organized-crime', 'arms-trafficking', 'disappearances'],
  },
  {
    slug: 'kidnap-extortion',
    en: 'Kidnapping and extortion',
    es: 'Secuestro y extorsión',
    topics: ['cartels-organized-crime', 'disappearances', 'human-rights-child-recruitment'],
  },
  {
    slug: 'road-cargo',
    en: 'Road and cargo security',
    es: 'Seguridad carretera y de carga',
    topics: ['drug-seizures', 'arms-trafficking', 'migration-border', 'tariffs-trade'],
  },
  {
    slug: 'unrest-political',
    en: 'Unrest and political risk',
    es: 'Conflictividad y riesgo político',
    topics: ['security-policy-forces', 'corruption', 'prisons', 'geopolitics', 'terrorism-designations'],
  },
]);

export function riskCategoryInfo(slug: string): RiskCategoryInfo | undefined {
  return RISK_CATEGORY_INFO.find((c) => c.slug === slug);
}

export const zRiskCategory = z.enum(RISK_CATEGORIES, {
  error: `The category must be one of ${RISK_CATEGORIES.join(', ')}`,
});

// ---------------------------------------------------------------------------------------------------------------
// Scopes: the country ('MX'), a state ('MX-SIN') or a locality of the gazetteer ('MX-SIN/culiacan').

/** The stable key of a gazetteer locality: its state and its folded name, e.g. 'MX-SIN/culiacan'. */
export function localityKey(locality: Pick<Locality, 'state' | 'name'>): string {
  return `${locality.state}/${foldAccents(locality.name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
}

const LOCALITIES_BY_KEY: ReadonlyMap<string, Locality> = new Map(GAZETTEER.map((l) => [localityKey(l), l]));

export function localityByKey(key: string): Locality | undefined {
  return LOCALITIES_BY_KEY.get(key);
}

/** Localities of one state, by name, for pickers. */
export function localitiesOf(state: StateIso): Array<Locality & { key: string }> {
  return GAZETTEER.filter((l) => l.state === state)
    .map((l) => ({ ...l, key: localityKey(l) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'es'));
}

export type RiskScope = string;

/** The state a scope lies in ('MX' for the country). */
export function scopeState(scope: RiskScope): StateIso | typeof NATIONAL | undefined {
  if (scope === NATIONAL) return NATIONAL;
  if (isStateIso(scope)) return scope;
  return localityByKey(scope)?.state;
}

export const zRiskScope = z.string().refine((s) => scopeState(s) !== undefined, {
  error: (issue) => `Unknown place "${String(issue.input)}": use MX, a state code such as MX-SIN, or a locality such as MX-SIN/culiacan`,
});

export const zLocalityKey = z.string().refine((s) => localityByKey(s) !== undefined, {
  error: (issue) => `Unknown locality "${String(issue.input)}"`,
});

export const RISK_STATE_SCOPES: readonly string[] = STATE_ISO_CODES;

// ---------------------------------------------------------------------------------------------------------------
// The as-of rule.

/** The fields of an assessment the as-of rule needs. */
export interface RatingLike {
  id: number;
  scope: string;
  category: string;
  level: number;
  /** ISO date the rating takes effect. */
  effectiveOn: string;
  status: 'draft' | 'published';
}

/**
 * "The level of X on date D": the newest published assessment of that scope and category effective on or
 * before D. Among several effective the same day, the one written last (highest id) wins.
 */
export function ratingAsOf<T extends RatingLike>(history: readonly T[], scope: string, category: string, date: string): T | undefined {
  let best: T | undefined;
  for (const a of history) {
    if (a.status !== 'published' || a.scope !== scope || a.category !== category || a.effectiveOn > date) continue;
    if (!best || a.effectiveOn > best.effectiveOn || (a.effectiveOn === best.effectiveOn && a.id > best.id)) best = a;
  }
  return best;
}

/** A site's effective rating: its locality's when the locality is rated, else its state's. */
export function siteRatingAsOf<T extends RatingLike>(
  history: readonly T[],
  site: { state: string; locality: string | null },
  category: string,
  date: string,
): { rating: T; from: 'locality' | 'state' } | undefined {
  if (site.locality) {
    const local = ratingAsOf(history, site.locality, category, date);
    if (local) return { rating: local, from: 'locality' };
  }
  const state = ratingAsOf(history, site.state, category, date);
  return state ? { rating: state, from: 'state' } : undefined;
}

/** ISO date `days` before `date` (UTC calendar arithmetic). */
export function isoDaysBefore(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}
