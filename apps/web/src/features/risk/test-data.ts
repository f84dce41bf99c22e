import type { AdvisoryStates, RatingEntry } from './types.ts';

let nextId = 1;

/** A published rating as `levels.history` returns it. */
export function rating(r: Partial<RatingEntry> & Pick<RatingEntry, 'scope' | 'level' | 'effectiveOn'>): RatingEntry {
  const id = r.id ?? nextId++;
  return {
    id,
    state: r.scope.slice(0, 6),
    category: 'overall',
    rationaleEn: `Rationale ${id}`,
    rationaleEs: null,
    status: 'published',
    demo: false,
    author: 'Ana Analyst',
    createdAt: new Date('2025-01-01T00:00:00Z'),
    publishedAt: new Date('2025-01-01T00:00:00Z'),
    evidence: [],
    ...r,
  };
}

/** Sinaloa's history, newest first: high from May, extreme from 3 June 2025 (demo, no Spanish), violence rated once, Culiacán on its own. */
export const SINALOA_HISTORY: RatingEntry[] = [
  rating({
    id: 14,
    scope: 'MX-SIN/culiacan',
    level: 5,
    effectiveOn: '2025-06-05',
    rationaleEn: 'The capital is the centre of the fighting.',
  }),
  rating({
    id: 13,
    scope: 'MX-SIN',
    level: 5,
    effectiveOn: '2025-06-03',
    demo: true,
    rationaleEn: 'Attacks on highways and businesses spread beyond the capital.',
    evidence: [{ id: 70, headline: 'Highway blockades near Culiacán', date: '2025-06-01', outlet: 'Ríodoce' }],
  }),
  rating({
    id: 12,
    scope: 'MX-SIN',
    category: 'violence',
    level: 5,
    effectiveOn: '2025-05-20',
    rationaleEn: 'Daily clashes between factions.',
    rationaleEs: 'Enfrentamientos diarios entre facciones.',
  }),
  rating({
    id: 11,
    scope: 'MX-SIN',
    level: 4,
    effectiveOn: '2025-05-01',
    rationaleEn: 'A faction war in the capital.',
    rationaleEs: 'Una guerra entre facciones en la capital.',
  }),
];

/** `levels.advisory` for one day: Sinaloa "do not travel" (vintage of 6 Dec 2024), Sonora none yet. */
export const ADVISORY: AdvisoryStates = [
  {
    state: 'MX-SIN',
    advisory: {
      state: 'MX-SIN',
      level: 4,
      scaleMax: 4,
      label: 'Do not travel',
      asOf: '2024-12-06',
      issuer: 'US Department of State',
      confidence: 'medium',
      sourceUrls: ['https://www.example-daily.test/2024/12/06/advisory'],
      note: null,
    },
  },
  { state: 'MX-SON', advisory: null },
];
