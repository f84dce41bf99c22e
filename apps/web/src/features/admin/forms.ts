import { findLocality, localitiesOf, localityByKey, STATES, stateByIso, type StateIso } from '@atalaya/domain';
import { stateName } from '../states/state-names.ts';
import type { SiteType } from './types.ts';
import { SITE_TYPES } from './types.ts';

export const MIN_PASSWORD = 10;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export type NewUserProblem = 'emailInvalid' | 'passwordTooShort';

/** What the new-user form would be refused for (the server checks the same rules). */
export function newUserProblems(input: { email: string; password: string }): NewUserProblem[] {
  const problems: NewUserProblem[] = [];
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.email.trim())) problems.push('emailInvalid');
  if (input.password.length < MIN_PASSWORD) problems.push('passwordTooShort');
  return problems;
}

export const isSlug = (value: string) => value.length <= 60 && SLUG.test(value);

/** The 32 states as a picker lists them: official Spanish names, alphabetical in Spanish. */
export function stateOptions(): Array<{ iso: StateIso; label: string }> {
  const collator = new Intl.Collator('es');
  return STATES.map((s) => ({ iso: s.iso, label: stateName(s) })).sort((a, b) => collator.compare(a.label, b.label));
}

export const stateLabel = (iso: string) => {
  const state = stateByIso(iso);
  return state ? stateName(state) : iso;
};

export interface SiteDraft {
  name: string;
  state: string;
  /** A gazetteer locality key of the state, or '' for none. */
  locality: string;
  lat: string;
  lon: string;
  type: string;
}

export interface SiteValues {
  name: string;
  state: StateIso;
  locality: string | null;
  lat: number | null;
  lon: number | null;
  type: SiteType | null;
}

export type SiteProblem = 'nameRequired' | 'stateRequired' | 'localityState' | 'latRange' | 'lonRange' | 'coordsPair';

function parseCoordinate(raw: string, limit: number): number | null | 'bad' {
  const text = raw.trim().replace(',', '.');
  if (!text) return null;
  if (!/^-?\d+(\.\d+)?$/.test(text)) return 'bad';
  const value = Number(text);
  return Math.abs(value) <= limit ? value : 'bad';
}

/** Reads the site form: the values to save, or the problems to show (same rules as the server). */
export function parseSite(draft: SiteDraft): { values: SiteValues } | { problems: SiteProblem[] } {
  const problems: SiteProblem[] = [];
  const name = draft.name.trim();
  if (!name) problems.push('nameRequired');
  const state = stateByIso(draft.state);
  if (!state) problems.push('stateRequired');
  const locality = draft.locality && state ? (findLocality(state.iso, draft.locality)?.key ?? null) : null;
  if (draft.locality && state && !locality) problems.push('localityState');
  const lat = parseCoordinate(draft.lat, 90);
  const lon = parseCoordinate(draft.lon, 180);
  if (lat === 'bad') problems.push('latRange');
  if (lon === 'bad') problems.push('lonRange');
  if (lat !== 'bad' && lon !== 'bad' && (lat === null) !== (lon === null)) problems.push('coordsPair');
  const type = (SITE_TYPES as readonly string[]).includes(draft.type) ? (draft.type as SiteType) : null;
  if (problems.length || !state || lat === 'bad' || lon === 'bad') return { problems };
  return { values: { name, state: state.iso, locality, lat, lon, type } };
}

export const emptySite = (): SiteDraft => ({ name: '', state: '', locality: '', lat: '', lon: '', type: '' });

export const siteDraft = (site: { name: string; state: string; locality: string | null; lat: number | null; lon: number | null; type: string | null }): SiteDraft => ({
  name: site.name,
  state: site.state,
  locality: site.locality ?? '',
  lat: site.lat === null ? '' : String(site.lat),
  lon: site.lon === null ? '' : String(site.lon),
  type: site.type ?? '',
});

/** A state's localities as the site form lists them (empty for no state). */
export function localityOptions(state: string): Array<{ key: string; label: string }> {
  const iso = stateByIso(state)?.iso;
  return iso ? localitiesOf(iso).map((l) => ({ key: l.key, label: l.name })) : [];
}

/** A locality key as its name ('MX-SIN/culiacan' → 'Culiacán'); null stays null. */
export const localityLabel = (key: string | null): string | null => (key ? (localityByKey(key)?.name ?? key) : null);

/** Audit before/after values as indented JSON text (rendered as text, never as markup). */
export function auditJson(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  try {
    return JSON.stringify(value, null, 2);
  } catch {
    return String(value);
  }
}
