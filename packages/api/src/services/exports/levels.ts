import type { Database, Kysely } from '@atalaya/db';
import { isoDaysBefore, isStateIso, NOT_RATED, type Filter } from '@atalaya/domain';
import { levelChanges, stateLevelsAsOf, type LevelChange, type Rating } from '../levels.ts';
import type { CsvCell } from './csv.ts';
import type { ExportLang } from './labels.ts';

/** The day whose risk levels an export shows: the end of the filter's period, or the day of the export when it is open-ended. */
export function exportLevelsDate(filter: Pick<Filter, 'to'>, today: string): string {
  return filter.to ?? today;
}

export const utcToday = (now = new Date()): string => now.toISOString().slice(0, 10);

/** Each state's overall rating in force on a day; a state absent was never rated by then. */
export type LevelLookup = ReadonlyMap<string, Rating>;

export async function levelLookup(db: Kysely<Database>, date: string): Promise<LevelLookup> {
  const states = await stateLevelsAsOf(db, date);
  return new Map(states.flatMap((s) => (s.rating ? [[s.state, s.rating] as const] : [])));
}

/**
 * A place's level as a CSV cell: the level (1–5) of a state, "not rated" for a state never rated
 * (never level 1), and empty for a place that is not a state (national, abroad).
 */
export function levelCell(place: string, levels: LevelLookup, lang: ExportLang): CsvCell {
  if (!isStateIso(place)) return null;
  return levels.get(place)?.level ?? NOT_RATED[lang].toLowerCase();
}

export interface BriefingLevels {
  /** The day the levels are in force. */
  date: string;
  /** The 32 states, each with its overall rating on `date` (null: not rated). */
  states: Array<{ state: string; rating: Rating | null }>;
  /** Overall levels that changed within the filter's period (none without a start date), oldest first. */
  changes: LevelChange[];
}

/** What the briefing's levels page shows: the states' overall levels at the period's end, and the changes within it. */
export async function briefingLevels(db: Kysely<Database>, filter: Filter, today: string): Promise<BriefingLevels> {
  const date = exportLevelsDate(filter, today);
  const states = filter.states.filter(isStateIso);
  const [levels, changes] = await Promise.all([
    stateLevelsAsOf(db, date),
    filter.from && filter.from <= date
      ? levelChanges(db, { from: isoDaysBefore(filter.from, 1), to: date, categories: ['overall'], ...(states.length ? { states } : {}) })
      : Promise.resolve([]),
  ]);
  return { date, states: levels, changes: changes.filter((c) => isStateIso(c.scope)) };
}
