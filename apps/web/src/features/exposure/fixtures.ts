import type { ExposureData, Portfolio, SinceLastVisit } from './types.ts';

const rating = (id: number, scope: string, level: number, effectiveOn: string, extra: Partial<ExposureData['ratings'][number]> = {}): ExposureData['ratings'][number] => ({
  id,
  scope,
  state: scope.split('/')[0] as string,
  category: 'overall',
  level,
  effectiveOn,
  rationaleEn: `Why ${scope} is at ${level}.`,
  rationaleEs: null,
  status: 'published',
  demo: false,
  author: 'Ana',
  createdAt: new Date('2025-06-03T12:00:00Z'),
  publishedAt: new Date('2025-06-03T12:00:00Z'),
  evidence: [],
  ...extra,
});

const NO_SIGNALS = { status: 'no-data', caseFiles: 'no-data', items: 'no-data' } as const;

/** Norte Logistics on 20 June 2025: Sinaloa raised to extreme on 3 June, Mazatlán rated on its own, Monterrey never rated. */
export const EXPOSURE: ExposureData = {
  org: { id: 2, name: 'Norte Logistics', watchlist: ['MX-SIN', 'MX-CHH'] },
  date: '2025-06-20',
  summary: { sites: 3, byLevel: { 5: 1, 2: 1 }, notRated: 1, latestChange: { scope: 'MX-SIN', from: 4, to: 5, effectiveOn: '2025-06-03' }, otherChanges: 0, windowDays: 30, asOf: '2025-06-20' },
  sites: [
    {
      id: 11,
      name: 'Culiacán plant',
      type: 'plant',
      state: 'MX-SIN',
      locality: 'MX-SIN/culiacan',
      lat: 24.8,
      lon: -107.39,
      level: { level: 5, from: 'state', ratingId: 1 },
      before: { days30: 4, days90: 4 },
      categories: [{ category: 'violence', level: 5, from: 'state', demo: false }],
      items: { state: { days7: 1, days30: 2 }, locality: { days7: 1, days30: 1 } },
    },
    {
      id: 12,
      name: 'Mazatlán warehouse',
      type: 'warehouse',
      state: 'MX-SIN',
      locality: 'MX-SIN/mazatlan',
      lat: null,
      lon: null,
      level: { level: 2, from: 'locality', ratingId: 2 },
      before: { days30: 2, days90: 3 },
      categories: [],
      items: { state: { days7: 1, days30: 2 }, locality: { days7: 0, days30: 1 } },
    },
    {
      id: 13,
      name: 'Monterrey office',
      type: 'office',
      state: 'MX-NLE',
      locality: null,
      lat: 25.68,
      lon: -100.31,
      level: null,
      before: { days30: null, days90: null },
      categories: [],
      items: { state: { days7: 1, days30: 1 }, locality: null },
    },
  ],
  ratings: [
    rating(1, 'MX-SIN', 5, '2025-06-03', { demo: true, rationaleEs: 'Guerra de facciones en la capital.', evidence: [{ id: 70, headline: 'Clashes in Culiacán close the highway', date: '2025-06-02', outlet: 'El Debate' }] }),
    rating(2, 'MX-SIN/mazatlan', 2, '2025-05-01'),
  ],
  states: [
    { state: 'MX-CHH', ratingId: null, level: null, sites: 0, watchlist: true, items: { days7: 0, days30: 3 }, advisory: null, signals: NO_SIGNALS },
    { state: 'MX-NLE', ratingId: null, level: null, sites: 1, watchlist: false, items: { days7: 1, days30: 1 }, advisory: null, signals: NO_SIGNALS },
    {
      state: 'MX-SIN',
      ratingId: 1,
      level: 5,
      sites: 2,
      watchlist: true,
      items: { days7: 1, days30: 2 },
      advisory: { level: 4, scaleMax: 4, label: 'Do not travel', asOf: '2025-01-01', issuer: 'US Department of State', sourceUrls: [], confidence: null, note: null },
      signals: { status: 'red', caseFiles: 'red', items: 'amber' },
    },
  ],
  windows: { days7: { from: '2025-06-14', to: '2025-06-20' }, days30: { from: '2025-05-22', to: '2025-06-20' } },
};

export const SINCE: SinceLastVisit = {
  previousVisit: new Date('2025-06-10T09:30:00Z'),
  since: new Date('2025-06-10T09:30:00Z'),
  states: ['MX-CHH', 'MX-NLE', 'MX-SIN'],
  editions: [{ id: 5, title: 'Week of 20 June', publishedOn: '2025-06-20', publishedAt: new Date('2025-06-20T12:00:00Z'), demo: true, items: 2 }],
  levelChanges: [{ id: 1, scope: 'MX-SIN', category: 'overall', from: 4, to: 5, effectiveOn: '2025-06-03', publishedAt: new Date('2025-06-12T12:00:00Z'), demo: true, sites: ['Culiacán plant', 'Mazatlán warehouse'] }],
  levelChangesTotal: 1,
  items: [{ id: 70, headline: 'Clashes in Culiacán close the highway', date: '2025-06-18', places: ['MX-SIN'], editionId: 5 }],
  itemsTotal: 1,
};

export const FIRST_VISIT: SinceLastVisit = { ...SINCE, previousVisit: null, editions: [], levelChanges: [], levelChangesTotal: 0, items: [], itemsTotal: 0 };

export const PORTFOLIO: Portfolio = {
  date: '2025-06-05',
  week: { from: '2025-05-30', to: '2025-06-05' },
  orgs: [
    { id: 2, name: 'Norte Logistics', sites: 4, byLevel: { 1: 0, 2: 1, 3: 0, 4: 1, 5: 1 }, notRated: 1, raisedSites: 1, loweredSites: 0, changes: [{ scope: 'MX-SIN', from: 4, to: 5, effectiveOn: '2025-06-03', demo: false }], newItems: 3, states: ['MX-NLE', 'MX-SIN', 'MX-SON'] },
    { id: 3, name: 'Bajío Foods', sites: 1, byLevel: { 1: 0, 2: 0, 3: 1, 4: 0, 5: 0 }, notRated: 0, raisedSites: 0, loweredSites: 1, changes: [{ scope: 'MX-GUA', from: 4, to: 3, effectiveOn: '2025-06-02', demo: false }], newItems: 0, states: ['MX-GUA'] },
    { id: 4, name: 'Acme', sites: 0, byLevel: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 }, notRated: 0, raisedSites: 0, loweredSites: 0, changes: [], newItems: 0, states: [] },
  ],
};
