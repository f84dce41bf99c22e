import { describe, expect, it } from 'vitest';
import { classify, legendEntries } from './classes.ts';
import { formatCell, formatNumber, formatRange, formatValueWithUnit, levelText, pngFileName, riskCell, sourceText, tooltipContent, type LayerTime } from './format.ts';
import { stateData } from './layers.ts';
import { riskLegendEntries } from './risk-layer.ts';
import { ADVISORY, COUNTS, HOMICIDE_2024, LEVELS } from './test-data.ts';

const homicide = stateData('homicide_rate', { counts: null, homicide: HOMICIDE_2024 })!;
const items = stateData('items', { counts: COUNTS, homicide: null })!;
const risk = stateData('risk_level', { counts: null, homicide: null, levels: LEVELS })!;
const state = (data: typeof items, iso: string) => data.find((d) => d.iso === iso)!;
const in2024: LayerTime = { year: 2024, levelsOn: '2025-07-01' };
const noYear: LayerTime = { year: null, levelsOn: '2025-07-01' };

describe('numbers', () => {
  it('formats for the locale, keeping small rates from reading as zero', () => {
    expect(formatNumber(1234.56, 'en-US')).toBe('1,234.6');
    expect(formatNumber(123.8, 'es-MX')).toBe('123.8');
    expect(formatNumber(0.0342, 'en-US')).toBe('0.034');
    expect(formatNumber(0, 'en-US')).toBe('0');
  });

  it('prints no data as words, never as 0', () => {
    expect(formatCell(state(homicide, 'MX-AGU'), 'homicide_rate', 'en')).toBe('No data');
    expect(formatCell(state(homicide, 'MX-AGU'), 'homicide_rate', 'es')).toBe('Sin datos');
    expect(formatCell(state(items, 'MX-AGU'), 'items', 'en')).toBe('0');
  });

  it('prints legend ranges', () => {
    const values = [0, 0, 1, 2, 3, 5, 8, 40];
    const legend = legendEntries(classify(values), [...values, null]);
    expect(legend.map((e) => formatRange(e, 'en'))).toEqual(['0', '1–2', '3', '4–7', '8–40', 'No data']);
    expect(formatRange(legend.at(-1)!, 'es')).toBe('Sin datos');
  });
});

describe('risk levels', () => {
  it('print a level with its name, and a state never rated as "Not rated", never level 1', () => {
    expect(formatCell(state(risk, 'MX-SIN'), 'risk_level', 'en')).toBe('5 · Extreme');
    expect(formatCell(state(risk, 'MX-SON'), 'risk_level', 'es')).toBe('1 · Bajo');
    expect(formatCell(state(risk, 'MX-AGU'), 'risk_level', 'en')).toBe('Not rated');
    expect(formatCell(state(risk, 'MX-JAL'), 'risk_level', 'es')).toBe('Sin calificar');
    expect(levelText(null, 'en')).toBe('Not rated');
  });

  it('fill the level column beside another layer’s figures, with an ellipsis while the levels load', () => {
    const withLevels = stateData('items', { counts: COUNTS, homicide: null, levels: LEVELS })!;
    expect(riskCell(state(withLevels, 'MX-CHH').risk, 'en')).toBe('4 · High');
    expect(riskCell(state(withLevels, 'MX-JAL').risk, 'en')).toBe('Not rated');
    expect(riskCell(state(items, 'MX-CHH').risk, 'en')).toBe('…');
  });

  it('label the legend in the reader’s language: five levels, then not rated', () => {
    const legend = riskLegendEntries(risk);
    expect(legend.map((e) => formatRange(e, 'en'))).toEqual(['1 · Low', '2 · Moderate', '3 · Elevated', '4 · High', '5 · Extreme', 'Not rated']);
    expect(legend.map((e) => formatRange(e, 'es'))).toEqual(['1 · Bajo', '2 · Moderado', '3 · Elevado', '4 · Alto', '5 · Extremo', 'Sin calificar']);
  });

  it('say in the tooltip since when, and whose rating on which day, tagging demo ratings', () => {
    expect(tooltipContent(state(risk, 'MX-SIN'), 'risk_level', noYear, 'en')).toMatchObject({
      value: 'Level 5 · Extreme, since Jun 3, 2025',
      source: 'Atalaya analysts’ rating in force on Jul 1, 2025 · Demo data',
    });
    expect(tooltipContent(state(risk, 'MX-CHH'), 'risk_level', noYear, 'es')).toMatchObject({
      value: 'Nivel 4 · Alto, desde el 10 feb 2025',
      source: 'Calificación de los analistas de Atalaya vigente el 1 jul 2025',
    });
    expect(formatValueWithUnit(state(risk, 'MX-AGU'), 'risk_level', 'en')).toBe('Not rated');
  });
});

describe('the US advisory', () => {
  const advisory = stateData('us_advisory', { counts: null, homicide: null, levels: LEVELS, advisory: ADVISORY })!;

  it('prints its own steps in the State Department’s wording, in the reader’s language', () => {
    expect(formatCell(state(advisory, 'MX-SIN'), 'us_advisory', 'en')).toBe('4 · Do not travel');
    expect(formatCell(state(advisory, 'MX-SIN'), 'us_advisory', 'es')).toBe('4 · No viaje');
    expect(formatCell(state(advisory, 'MX-CAM'), 'us_advisory', 'en')).toBe('No advisory');
  });

  it('says in the tooltip whose advisory, of which day, reported where', () => {
    expect(tooltipContent(state(advisory, 'MX-SON'), 'us_advisory', noYear, 'en')).toMatchObject({
      value: 'Level 3 · Reconsider travel',
      source: 'US Department of State travel advisory of Dec 6, 2024, via example-daily.test, walking.example.test',
    });
    expect(tooltipContent(state(advisory, 'MX-CAM'), 'us_advisory', noYear, 'es')).toMatchObject({ value: 'Sin aviso', source: 'Aviso de viaje de EE. UU.' });
  });
});

describe('tooltip', () => {
  it('names the state in Spanish, with the English name in English', () => {
    expect(tooltipContent(state(homicide, 'MX-MEX'), 'homicide_rate', in2024, 'en')).toEqual({
      name: 'México',
      nameEn: 'State of Mexico',
      value: '18.6 homicides per 100,000 inhabitants',
      source: 'INEGI 2024 (definitive), via alcontacto.com.mx',
    });
    expect(tooltipContent(state(homicide, 'MX-MEX'), 'homicide_rate', in2024, 'es').nameEn).toBeNull();
  });

  it('says where a figure comes from', () => {
    expect(sourceText(state(homicide, 'MX-CHH'), 'homicide_rate', in2024, 'en')).toBe('INEGI 2024 (preliminary), via puntomedio.mx');
    expect(sourceText(state(homicide, 'MX-CHH'), 'homicide_rate', in2024, 'es')).toBe('INEGI 2024 (preliminar), vía puntomedio.mx');
    expect(sourceText(state(homicide, 'MX-AGU'), 'homicide_rate', in2024, 'en')).toBe('INEGI 2024');
    expect(sourceText(state(items, 'MX-SIN'), 'items', noYear, 'en')).toBe('Atalaya items in the current filter');
  });

  it('gives values their unit and plural', () => {
    expect(formatValueWithUnit(state(items, 'MX-COL'), 'items', 'en')).toBe('1 item');
    expect(formatValueWithUnit(state(items, 'MX-SIN'), 'items', 'es')).toBe('40 notas');
    expect(formatValueWithUnit(state(homicide, 'MX-AGU'), 'homicide_rate', 'en')).toBe('No data');
  });
});

describe('pngFileName', () => {
  it('names the layer and the local date', () => {
    expect(pngFileName('items_per_100k', new Date(2026, 0, 5, 23, 59))).toBe('atalaya-map-items_per_100k-2026-01-05.png');
  });
});
