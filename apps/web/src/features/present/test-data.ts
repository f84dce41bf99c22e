import type { Dashboard, StateProfile } from '@atalaya/api';
import { seriesByKey } from '@atalaya/domain';
import { summary } from '../items/fixtures.ts';
import { COUNTS } from '../map/test-data.ts';

// Invented figures for the briefing's tests (not taken from any newsletter).

export const COMMENTARY: NonNullable<Dashboard['commentary']> = {
  editionId: 7,
  title: 'Test Chatter – March 12, 2025',
  publishedOn: '2025-03-12',
  author: 'Pat Partner',
  commentary: 'A first paragraph of test commentary about the week.\n\nA second paragraph with the outlook for clients.',
  demo: false,
};

/** A dashboard answer with `itemCount` items (newest first) placed as in the map's test counts. */
export function dashboardData(itemCount = 7, overrides: Partial<Dashboard> = {}): Dashboard {
  const items = Array.from({ length: itemCount }, (_, i) => summary(i + 1, `2025-03-${String(20 - i).padStart(2, '0')}`));
  return {
    items: { items, nextCursor: null },
    counts: { byState: itemCount > 0 ? COUNTS : [], byTopic: [], byWeek: [] },
    kpis: {
      items: { value: itemCount === 0 ? 0 : 68, previous: null, unit: 'items', source: 'Published newsletter items' },
      prisonerTransfers: { value: 92, previous: null, unit: 'people', source: 'Gabinete de Seguridad; US Department of Justice (via press)' },
      seizures: [{ drug: 'fentanyl', value: 640, previous: null, unit: 'kg', source: 'Figures reported in the items' }],
      homicideRate: { value: 25.8, previous: 24.9, year: 2024, dataStatus: 'definitive', unit: 'per 100k', source: 'INEGI', sourceUrl: null },
    },
    commentary: COMMENTARY,
    ...overrides,
  };
}

/** A state profile answer: counts, two topics, two latest items. */
export function profileData(code: string): StateProfile {
  return {
    code,
    itemCount: 40,
    nationalItemCount: 68,
    homicideRate: { series: seriesByKey('homicide_rate_inegi')!, points: [] },
    caseFiles: { series: seriesByKey('homicide_case_files_sesnsp')!, points: [] },
    items: { items: [summary(101, '2025-03-18', { headline: `Latest from ${code}` }), summary(102, '2025-03-11')], nextCursor: null },
    topOrganizations: [],
    topTopics: [
      { slug: 'drug-seizures', label: { en: 'Drug seizures', es: 'Aseguramientos de droga' }, count: 12 },
      { slug: 'homicides-violence', label: { en: 'Homicides & violence', es: 'Homicidios y violencia' }, count: 9 },
    ],
  };
}
