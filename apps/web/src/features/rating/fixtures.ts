import { RISK_CATEGORIES, STATE_ISO_CODES } from '@atalaya/domain';
import { CASE_FILE_THRESHOLDS, ITEM_VOLUME_MIN_RECENT, ITEM_VOLUME_THRESHOLDS } from '@atalaya/domain';
import type { HistoryRating, ImpactPreview, LevelsGrid, Signals } from './types.ts';

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

/** Sinaloa's case files up sharply on their trailing mean (red), items steady (green). */
export function signalsFixture(date: string, state = 'MX-SIN'): Signals {
  return {
    date,
    method: {
      caseFiles: { series: 'homicide_case_files_sesnsp', source: 'SESNSP (third-party compilation)', sourceKind: 'third_party', thresholds: CASE_FILE_THRESHOLDS },
      items: { windowWeeks: { recent: 4, previous: 12 }, thresholds: ITEM_VOLUME_THRESHOLDS, minRecent: ITEM_VOLUME_MIN_RECENT },
    },
    states: [
      {
        state,
        status: 'red',
        caseFiles: { status: 'red', month: '2026-05-01', value: 180, trailingMean: 120, trailingMonths: 12, yearAgo: null, vsMean: 'red', vsYearAgo: 'no-data' },
        items: { status: 'green', recent: 4, previous: 12, recentWeeklyMean: 1, previousWeeklyMean: 1 },
      },
    ],
  };
}
