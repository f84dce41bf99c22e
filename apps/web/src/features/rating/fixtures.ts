import { RISK_CATEGORIES, STATE_ISO_CODES } from '@atalaya/domain';
import type { HistoryRating, ImpactPreview, LevelsGrid } from './types.ts';

// Test data for the rating screen, shaped as the levels router returns it.

export const rating = (over: Partial<HistoryRating> = {}): HistoryRating => ({
  id: 1,
  scope: 'MX-SIN',
  state: 'MX-SIN',
  category: 'overall',
  level: 4,
  effectiveOn: '2026-05-01',
  rationaleEn: 'Armed clashes between factions in the state capital.',
  rationaleEs: null,
  status: 'published',
  demo: false,
  author: 'Luis Analyst',
  createdAt: new Date('2026-05-01T10:00:00Z'),
  publishedAt: new Date('2026-05-01T10:00:00Z'),
  evidence: [],
  ...over,
});

/** Sinaloa high overall (demo), Sonora moderate in road and cargo with a draft waiting; every other cell not rated. */
export function gridFixture(date = '2026-06-15'): LevelsGrid {
  return {
    date,
    categories: RISK_CATEGORIES,
    states: STATE_ISO_CODES.map((state) => ({
      state,
      ratings:
        state === 'MX-SIN'
          ? { overall: rating({ demo: true }) }
          : state === 'MX-SON'
            ? { 'road-cargo': rating({ id: 2, scope: 'MX-SON', state: 'MX-SON', category: 'road-cargo', level: 2 }) }
            : {},
      drafts: state === 'MX-SON' ? 2 : 0,
    })),
  };
}

export const EVIDENCE_ITEM = { id: 41, headline: 'Highway blockades around Culiacán', date: '2026-06-01', outlet: 'Ríodoce' };

/** Norte Logistics' Culiacán site moves from high to extreme. */
export const PREVIEW: ImpactPreview = {
  current: 4,
  siteCount: 1,
  orgs: [{ orgId: 2, orgName: 'Norte Logistics', sites: [{ id: 7, name: 'Culiacán distribution centre', locality: null, from: 4, to: 5 }] }],
};
