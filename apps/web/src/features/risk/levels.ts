import { localityByKey, RISK_CATEGORIES, ratingAsOf, type RiskCategory } from '@atalaya/domain';
import type { Lang } from '../../i18n/index.tsx';
import type { RatingEntry } from './types.ts';

/**
 * The day whose levels a screen shows: the end of the filter's period, or today when the period is
 * open-ended, so a past range shows the levels of that time.
 */
export function levelsDate(filter: { to?: string | undefined }, today: string): string {
  return filter.to ?? today;
}

export interface Rationale {
  text: string;
  /** The language the text is in: the reader's, or English when the Spanish one is still to be written. */
  lang: Lang;
  /** A Spanish reader is shown the English rationale: the screen says so. */
  spanishMissing: boolean;
}

/** A rating's rationale in the reader's language, falling back to English (always written) when Spanish is missing. */
export function rationaleFor(rating: Pick<RatingEntry, 'rationaleEn' | 'rationaleEs'>, lang: Lang): Rationale {
  if (lang === 'es' && rating.rationaleEs) return { text: rating.rationaleEs, lang: 'es', spanishMissing: false };
  return { text: rating.rationaleEn, lang: 'en', spanishMissing: lang === 'es' };
}

export interface CategoryLevel {
  category: RiskCategory;
  /** The rating in force on the date, or null: not rated in this category by then. */
  rating: RatingEntry | null;
}

/** For each category, the place's rating in force on `date` (the as-of rule of @atalaya/domain). */
export function currentLevels(history: readonly RatingEntry[], scope: string, date: string): CategoryLevel[] {
  return RISK_CATEGORIES.map((category) => ({ category, rating: ratingAsOf(history, scope, category, date) ?? null }));
}

export interface LocalityLevel {
  scope: string;
  name: string;
  category: RiskCategory;
  rating: RatingEntry;
}

/** The ratings in force on `date` of the state's localities that the firm rates separately, by name then category. */
export function localityLevels(history: readonly RatingEntry[], state: string, date: string): LocalityLevel[] {
  const pairs = new Set(history.filter((r) => r.scope !== state).map((r) => `${r.scope}|${r.category}`));
  const out: LocalityLevel[] = [];
  for (const pair of pairs) {
    const [scope = '', category = 'overall'] = pair.split('|');
    const rating = ratingAsOf(history, scope, category, date);
    if (rating) out.push({ scope, name: localityByKey(scope)?.name ?? scope, category: rating.category, rating });
  }
  const order = (c: RiskCategory) => RISK_CATEGORIES.indexOf(c);
  return out.sort((a, b) => a.name.localeCompare(b.name, 'es') || order(a.category) - order(b.category));
}

export interface HistoryRow {
  rating: RatingEntry;
  /** The level in force just before this rating took effect (null: the first rating of its place and category). */
  previous: number | null;
}

/** Every published rating, newest first, each with the level it replaced. */
export function historyRows(history: readonly RatingEntry[]): HistoryRow[] {
  const oldestFirst = [...history].sort((a, b) => (a.effectiveOn === b.effectiveOn ? a.id - b.id : a.effectiveOn < b.effectiveOn ? -1 : 1));
  const current = new Map<string, number>();
  const rows: HistoryRow[] = [];
  for (const rating of oldestFirst) {
    const key = `${rating.scope}|${rating.category}`;
    rows.push({ rating, previous: current.get(key) ?? null });
    current.set(key, rating.level);
  }
  return rows.reverse();
}

/** One point of the step chart: a day, and the level in force that day per category (absent: not rated yet). */
export type StepRow = { date: string; time: number } & Partial<Record<RiskCategory, number>>;

export interface LevelSteps {
  rows: StepRow[];
  /** The categories that have a rating, in the catalogue's order. */
  categories: RiskCategory[];
}

/**
 * The level of each category of one place over time, for a step chart: a row on each day a rating took
 * effect, and a last row on `until` (when later) so the level in force today is drawn as a step, not a dot.
 */
export function levelSteps(history: readonly RatingEntry[], scope: string, until: string): LevelSteps {
  const own = history.filter((r) => r.scope === scope && r.status === 'published');
  const categories = RISK_CATEGORIES.filter((c) => own.some((r) => r.category === c));
  const days = [...new Set(own.map((r) => r.effectiveOn))].sort();
  const last = days.at(-1);
  if (last !== undefined && until > last) days.push(until);
  const rows = days.map((date) => {
    const row: StepRow = { date, time: Date.parse(`${date}T00:00:00Z`) };
    for (const category of categories) {
      const rating = ratingAsOf(own, scope, category, date);
      if (rating) row[category] = rating.level;
    }
    return row;
  });
  return { rows, categories };
}
