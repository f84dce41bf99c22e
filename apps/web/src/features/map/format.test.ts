import { describe, expect, it } from 'vitest';
import { classify, legendEntries } from './classes.ts';
import { formatCell, formatNumber, formatRange, formatValueWithUnit, pngFileName, sourceText, tooltipContent } from './format.ts';
import { stateData } from './layers.ts';
import { COUNTS, HOMICIDE_2024 } from './test-data.ts';

const homicide = stateData('homicide_rate', { counts: null, homicide: HOMICIDE_2024 })!;
const items = stateData('items', { counts: COUNTS, homicide: null })!;
const state = (data: typeof items, iso: string) => data.find((d) => d.iso === iso)!;

describe('numbers', () => {
  it('formats for the locale, keeping small rates from reading as zero', () => {
    expect(formatNumber(1234.56, 'en-US')).toBe('1,234.6');
    expect(formatNumber(123.8, 'es-MX')).toBe('123.8');
    expect(formatNumber(0.0342, 'en-US')).toBe('0.034');
    expect(formatNumber(0, 'en-US')).toBe('0');
  });

  it('prints no data as words, never as 0', () => {
    expect(formatCell(state(homicide, 'MX-AGU'), 'en')).toBe('No data');
    expect(formatCell(state(homicide, 'MX-AGU'), 'es')).toBe('Sin datos');
    expect(formatCell(state(items, 'MX-AGU'), 'en')).toBe('0');
  });

  it('prints legend ranges', () => {
    const values = [0, 0, 1, 2, 3, 5, 8, 40];
    const legend = legendEntries(classify(values), [...values, null]);
    expect(legend.map((e) => formatRange(e, 'en'))).toEqual(['0', '1–2', '3', '4–7', '8–40', 'No data']);
    expect(formatRange(legend.at(-1)!, 'es')).toBe('Sin datos');
  });
});

describe('tooltip', () => {
  it('names the state in Spanish, with the English name in English', () => {
    expect(tooltipContent(state(homicide, 'MX-MEX'), 'homicide_rate', 2024, 'en')).toEqual({
      name: 'México',
      nameEn: 'State of Mexico',
      value: '18.6 homicides per 100,000 inhabitants',
      source: 'INEGI 2024 (definitive), via alcontacto.com.mx',
    });
    expect(tooltipContent(state(homicide, 'MX-MEX'), 'homicide_rate', 2024, 'es').nameEn).toBeNull();
  });

  it('says where a figure comes from', () => {
    expect(sourceText(state(homicide, 'MX-CHH'), 'homicide_rate', 2024, 'en')).toBe('INEGI 2024 (preliminary), via puntomedio.mx');
    expect(sourceText(state(homicide, 'MX-CHH'), 'homicide_rate', 2024, 'es')).toBe('INEGI 2024 (preliminar), vía puntomedio.mx');
    expect(sourceText(state(homicide, 'MX-AGU'), 'homicide_rate', 2024, 'en')).toBe('INEGI 2024');
    expect(sourceText(state(items, 'MX-SIN'), 'items', null, 'en')).toBe('Atalaya items in the current filter');
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
