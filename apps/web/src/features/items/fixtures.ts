import type { EditionDetail, ItemDetail, ItemSummary } from '@atalaya/api';

/** Invented items for component tests (not taken from any newsletter). */
export function summary(id: number, date: string, overrides: Partial<ItemSummary> = {}): ItemSummary {
  return {
    id,
    editionId: 1,
    kind: 'summary',
    headline: `Test headline ${id}`,
    summary: `First paragraph of item ${id}.\n\nSecond paragraph of item ${id}.`,
    date,
    outlet: 'Diario de Prueba',
    articleAuthor: 'Ana Reportera',
    originalTitle: `Título original ${id}`,
    url: `https://example.org/nota-${id}`,
    language: 'es',
    demo: false,
    places: ['MX-SIN', 'MX', 'US'],
    topics: [{ slug: 'drug-seizures', label: { en: 'Drug seizures', es: 'Aseguramientos de droga' } }],
    organizations: [{ slug: 'test-cartel', label: { en: 'Test Cartel', es: 'Cártel de Prueba' } }],
    people: [],
    ...overrides,
  };
}

export const ITEM: ItemDetail = {
  ...summary(42, '2025-03-10'),
  edition: { id: 7, title: 'Test Chatter – March 12, 2025', publishedOn: '2025-03-12', author: 'Pat Partner' },
  observations: [
    {
      id: 1,
      series: 'drug_seizure_kg',
      place: 'MX-SIN',
      periodStart: '2025-03-08',
      periodEnd: '2025-03-08',
      value: 1250.5,
      unit: 'kg',
      dimension: 'methamphetamine',
      text: 'Soldiers seized 1,250.5 kg of meth in a test sentence.',
      confidence: 'high',
    },
    {
      id: 2,
      series: 'homicide_rate',
      place: 'MX',
      periodStart: '2024-01-01',
      periodEnd: '2024-12-31',
      value: 24.9,
      unit: 'per 100k',
      dimension: null,
      text: null,
      confidence: 'medium',
    },
  ],
};

export const EDITION: EditionDetail = {
  id: 7,
  title: 'Test Chatter – March 12, 2025',
  publishedOn: '2025-03-12',
  author: 'Pat Partner',
  commentary: 'A first paragraph of commentary.\n\nA second paragraph of commentary.',
  demo: false,
  items: [summary(11, '2025-03-10', { headline: 'First in the edition' }), summary(12, '2025-03-11', { headline: 'Second in the edition', url: 'javascript:alert(1)' })],
};
