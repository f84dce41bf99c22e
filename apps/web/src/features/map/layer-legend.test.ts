import { describe, expect, it } from 'vitest';
import { classify } from './classes.ts';
import { formatRange } from './format.ts';
import { layerLegend } from './layer-legend.ts';
import { stateData } from './layers.ts';
import { ADVISORY, COUNTS, HOMICIDE_2024, LEVELS } from './test-data.ts';

const time = { year: 2024, levelsOn: '2025-07-01' };
const inputs = { counts: COUNTS, homicide: HOMICIDE_2024, levels: LEVELS, advisory: ADVISORY };
const labels = (legend: ReturnType<typeof layerLegend>, lang: 'en' | 'es' = 'en') => legend.entries.map((e) => `${formatRange(e, lang)} (${e.count})`);

describe('layerLegend', () => {
  it('Risk level: the day in the title, the five levels and not rated, a note that says not rated is not level 1 and tags demo ratings', () => {
    const legend = layerLegend('risk_level', stateData('risk_level', inputs), null, time, 'en');
    expect(legend.title).toBe('Overall risk level on Jul 1, 2025, rated by Atalaya’s analysts');
    expect(labels(legend)).toEqual(['1 · Low (1)', '2 · Moderate (0)', '3 · Elevated (0)', '4 · High (1)', '5 · Extreme (1)', 'Not rated (29)']);
    expect(legend.note).toMatch(/^The firm’s own judgement in force on Jul 1, 2025, .* not rated is not level 1\. Ratings tagged “Demo data” are demo content/);
    expect(legend.source).toBeNull();
    expect(layerLegend('risk_level', stateData('risk_level', inputs), null, { ...time, levelsToday: true }, 'en').note).toMatch(/^The firm’s own judgement in force today, Jul 1, 2025\./);
    const es = layerLegend('risk_level', stateData('risk_level', inputs), null, time, 'es');
    expect(es.title).toBe('Nivel de riesgo general al 1 jul 2025, según los analistas de Atalaya');
    expect(labels(es, 'es').at(-1)).toBe('Sin calificar (29)');
  });

  it('US advisory: its vintage in the title, its own four steps, its issuer and the pages that reported it', () => {
    const legend = layerLegend('us_advisory', stateData('us_advisory', inputs), null, time, 'en');
    expect(legend.title).toBe('US travel advisory of Dec 6, 2024, on its own four-step scale');
    expect(labels(legend)).toEqual(['1 · Exercise normal precautions (1)', '2 · Exercise increased caution (0)', '3 · Reconsider travel (1)', '4 · Do not travel (1)', 'No advisory (29)']);
    expect(legend.source).toEqual({
      text: 'Source: US Department of State, as reported by',
      links: [
        { label: 'example-daily.test', url: 'https://www.example-daily.test/2024/12/06/advisory' },
        { label: 'walking.example.test', url: 'https://walking.example.test/advisory-update' },
      ],
    });
    expect(legend.note).toMatch(/^An outside reference .* never blended with them\. .* Levels as the press reported them\.$/);
    const es = layerLegend('us_advisory', stateData('us_advisory', inputs), null, time, 'es');
    expect(es.title).toBe('Aviso de viaje de EE. UU. del 6 dic 2024, en su propia escala de cuatro niveles');
    expect(labels(es, 'es')).toEqual(['1 · Tome las precauciones normales (1)', '2 · Tome mayores precauciones (0)', '3 · Reconsidere su viaje (1)', '4 · No viaje (1)', 'Sin aviso (29)']);
  });

  it('the figures’ layers keep their classes; the homicide rate says its year and gaps', () => {
    const data = stateData('homicide_rate', inputs)!;
    const classes = classify(data.flatMap((d) => (d.value === null ? [] : [d.value])));
    const legend = layerLegend('homicide_rate', data, classes, time, 'en');
    expect(legend.title).toBe('Homicides per 100,000 inhabitants, INEGI 2024');
    expect(legend.entries.at(-1)).toMatchObject({ kind: 'noData', count: 26 });
    expect(legend.note).toMatch(/26 states have no 2024 figure/);
    expect(layerLegend('items', null, null, time, 'en')).toEqual({ title: 'Items mentioning the state', entries: [], note: null, source: null });
  });
});
