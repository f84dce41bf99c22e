import type { AdvisoryInput, LatestFigures, StateLevelsInput } from './layers.ts';

/** Homicide rates shaped like `metrics.latestByState` answers (a few states, both statuses, some missing). */
export const HOMICIDE_2024: LatestFigures = {
  period: { start: '2024-01-01', end: '2024-12-31' },
  values: [
    { place: 'MX-BCN', value: 65, dataStatus: 'preliminary', sourceLabel: 'INEGI via puntomedio.mx', sourceUrl: 'http://puntomedio.mx/?p=1' },
    { place: 'MX-CHH', value: 60, dataStatus: 'preliminary', sourceLabel: 'INEGI via puntomedio.mx', sourceUrl: 'http://puntomedio.mx/?p=1' },
    { place: 'MX-COL', value: 123.8, dataStatus: 'definitive', sourceLabel: 'INEGI via localnewswave.com', sourceUrl: 'https://localnewswave.com/a' },
    { place: 'MX-GRO', value: 47.7, dataStatus: 'definitive', sourceLabel: 'INEGI via alcontacto.com.mx', sourceUrl: 'https://alcontacto.com.mx/a' },
    { place: 'MX-MEX', value: 18.6, dataStatus: 'definitive', sourceLabel: 'INEGI via alcontacto.com.mx', sourceUrl: 'https://alcontacto.com.mx/a' },
    { place: 'MX-YUC', value: 3, dataStatus: 'preliminary', sourceLabel: 'INEGI via puntomedio.mx', sourceUrl: 'http://puntomedio.mx/?p=1' },
  ],
};

/** Items per state for a filter: most states have none. */
export const COUNTS = [
  { key: 'MX-SIN', count: 40 },
  { key: 'MX-CHH', count: 12 },
  { key: 'MX-SON', count: 7 },
  { key: 'MX-CMX', count: 5 },
  { key: 'MX-TAM', count: 3 },
  { key: 'MX-JAL', count: 2 },
  { key: 'MX-COL', count: 1 },
];

/** `levels.states` on a day: Sinaloa extreme (a demo rating), Chihuahua high, Sonora low; the other 29 never rated. */
export const LEVELS: StateLevelsInput = [
  { state: 'MX-SIN', rating: { level: 5, effectiveOn: '2025-06-03', demo: true } },
  { state: 'MX-CHH', rating: { level: 4, effectiveOn: '2025-02-10', demo: false } },
  { state: 'MX-SON', rating: { level: 1, effectiveOn: '2025-01-15', demo: false } },
  { state: 'MX-AGU', rating: null },
];

const REPORTED = ['https://www.example-daily.test/2024/12/06/advisory', 'https://walking.example.test/advisory-update'];

/** `levels.advisory` on a day: Sinaloa "do not travel", Yucatán "normal precautions", Sonora "reconsider"; Campeche without one. */
export const ADVISORY: AdvisoryInput = [
  { state: 'MX-SIN', advisory: { level: 4, asOf: '2024-12-06', issuer: 'US Department of State', sourceUrls: REPORTED, note: 'Levels as the press reported them.' } },
  { state: 'MX-YUC', advisory: { level: 1, asOf: '2024-12-06', issuer: 'US Department of State', sourceUrls: REPORTED, note: 'Levels as the press reported them.' } },
  { state: 'MX-SON', advisory: { level: 3, asOf: '2024-12-06', issuer: 'US Department of State', sourceUrls: REPORTED, note: 'Levels as the press reported them.' } },
  { state: 'MX-CAM', advisory: null },
];
