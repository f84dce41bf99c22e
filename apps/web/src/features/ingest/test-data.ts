import type { ReviewItem, ReviewObservation } from './types.ts';

// Shapes of what review.get returns, for component tests that render with data props.

export function observation(overrides: Partial<ReviewObservation> = {}): ReviewObservation {
  return {
    id: 11,
    series: 'prisoner_transfers',
    value: 29,
    unit: 'prisoners',
    place: 'MX',
    periodStart: '2025-02-27',
    periodEnd: '2025-02-27',
    dimension: null,
    text: 'Mexico sent 29 prisoners to the United States.',
    confidence: 'high',
    status: 'proposed',
    ...overrides,
  };
}

export function reviewItem(overrides: Partial<ReviewItem> = {}): ReviewItem {
  return {
    id: 1,
    position: 0,
    kind: 'summary',
    headline: 'Canada and Mexico know what they can do to avoid tariffs',
    summary: 'Noem said Mexico and Canada “know what to do”.',
    date: '2025-03-09',
    outlet: 'El Universal',
    articleAuthor: null,
    originalTitle: 'Canadá y México saben qué pueden hacer',
    url: null,
    language: 'es',
    status: 'draft',
    span: { start: 0, end: 10 },
    places: [
      { code: 'MX-SIN', origin: 'extracted', confidence: 0.85 },
      { code: 'US', origin: 'editor', confidence: 1 },
    ],
    topics: [{ slug: 'tariffs-trade', label: 'Tariffs & trade', origin: 'extracted', confidence: 0.9 }],
    organizations: [],
    people: [],
    observations: [observation()],
    ...overrides,
  };
}
