import { COUNTRIES, foldAccents, matchStates, ORGANIZATIONS, PEOPLE, STATES, TOPICS } from '@atalaya/domain';
import { BORDER_REGION, placeLabel as localizedPlaceLabel } from '../../lib/places.ts';

/** One entry of a picker: the value the API stores, the label people read, and every name that finds it. */
export interface Choice {
  value: string;
  label: string;
  /** A second line for the type-ahead (English name, full name, aliases). */
  hint?: string;
  names: readonly string[];
}

export type Resolution =
  | { kind: 'found'; choice: Choice }
  | { kind: 'ambiguous'; choices: Choice[] }
  | { kind: 'none' };

/** A place code as the review screen (English only) shows it. */
export function placeLabel(code: string): string {
  return localizedPlaceLabel(code, 'en');
}

export const PLACE_CHOICES: readonly Choice[] = [
  ...STATES.map((s) => ({
    value: s.iso,
    label: s.name,
    hint: [s.nameEn !== s.name ? s.nameEn : null, ...s.aliases.slice(0, 2)].filter(Boolean).join(' · '),
    names: [s.name, s.officialName, s.nameEn, s.iso, ...s.aliases],
  })),
  // Their hints are worded by the review screen, in the reader's language.
  { value: 'MX', label: placeLabel('MX'), names: ['national', 'nacional', 'MX'] },
  { value: BORDER_REGION, label: placeLabel(BORDER_REGION), names: ['border', 'frontera', BORDER_REGION] },
  ...COUNTRIES.map((c) => ({
    value: c.code,
    label: c.nameEn,
    hint: c.nameEs !== c.nameEn ? c.nameEs : '',
    names: [c.nameEn, c.nameEs, c.code, ...c.aliases],
  })),
];

export const TOPIC_CHOICES: readonly Choice[] = TOPICS.map((t) => ({ value: t.slug, label: t.en, hint: t.es, names: [t.en, t.es, t.slug] }));

export const ORGANIZATION_CHOICES: readonly Choice[] = ORGANIZATIONS.map((o) => ({
  value: o.slug,
  label: o.name,
  hint: o.fullName !== o.name ? o.fullName : '',
  names: [o.name, o.slug, ...o.aliases],
}));

export const PERSON_CHOICES: readonly Choice[] = PEOPLE.map((p) => ({ value: p.slug, label: p.name, hint: p.role, names: [p.name, p.slug, ...p.aliases] }));

const key = (s: string) => foldAccents(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * What the analyst meant by what they typed: an exact name, alias or code first (so "CDMX" or
 * "Mexico" pick one entry), otherwise the entries whose names contain it.
 */
export function resolveChoice(choices: readonly Choice[], input: string): Resolution {
  const q = key(input);
  if (q === '') return { kind: 'none' };
  const exact = choices.find((c) => key(c.label) === q || c.names.some((n) => key(n) === q));
  if (exact) return { kind: 'found', choice: exact };
  const partial = choices.filter((c) => key(c.label).includes(q) || c.names.some((n) => key(n).includes(q)));
  if (partial.length === 1 && partial[0]) return { kind: 'found', choice: partial[0] };
  return partial.length ? { kind: 'ambiguous', choices: partial } : { kind: 'none' };
}

/** Places use the domain's state matcher for partial input, which ranks states the way the dashboard filter does. */
export function resolvePlace(input: string): Resolution {
  const direct = resolveChoice(PLACE_CHOICES, input);
  if (direct.kind !== 'ambiguous') return direct;
  const states = matchStates(input);
  const first = states[0];
  if (states.length === 1 && first) {
    const choice = PLACE_CHOICES.find((c) => c.value === first.iso);
    if (choice) return { kind: 'found', choice };
  }
  return direct;
}

/** A slug the API accepts (lower-case words joined by dashes) for an organization or person not in the catalog. */
export function slugify(label: string): string {
  return foldAccents(label)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/** Like resolveChoice, but unknown names become new entries (the API creates the tag). */
export function resolveOrNew(choices: readonly Choice[], input: string): Resolution {
  const found = resolveChoice(choices, input);
  if (found.kind !== 'none') return found;
  const label = input.trim().replace(/\s+/g, ' ');
  const value = slugify(label);
  return value ? { kind: 'found', choice: { value, label, names: [label] } } : { kind: 'none' };
}
