import { mexicoStates } from '@atalaya/geo';
import { describe, expect, it } from 'vitest';
import { RISK_SCALE } from '@atalaya/domain';
import { ADVISORY_SCALE } from '../risk/advisory.ts';
import { classify, NO_DATA_FILL } from './classes.ts';
import { stateData } from './layers.ts';
import { featureLooks, hatchLayer, HATCH_IMAGE, LOADING_FILL, mapStyle } from './map-style.ts';
import { layerPainter } from './risk-layer.ts';
import { ADVISORY, HOMICIDE_2024, LEVELS } from './test-data.ts';

describe('mapStyle', () => {
  const style = mapStyle(mexicoStates());

  it('needs no network: no tiles, sprite or glyphs, and no text layers', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(Object.values(style.sources).map((s) => s.type)).toEqual(['geojson']);
    expect([...style.layers, hatchLayer].some((l) => l.type === 'symbol')).toBe(false);
    expect(JSON.stringify({ ...style, sources: {} })).not.toMatch(/https?:/);
  });

  it('draws the 32 states with numeric ids for feature state', () => {
    const source = style.sources['states'];
    const data = source?.type === 'geojson' ? source.data : null;
    expect(typeof data === 'object' && data && 'features' in data ? data.features.length : 0).toBe(32);
    expect(mexicoStates().features.every((f) => typeof f.id === 'number')).toBe(true);
    expect(new Set(style.layers.map((l) => l.id)).size).toBe(style.layers.length);
    expect(hatchLayer.type === 'fill' && hatchLayer.paint?.['fill-pattern']).toBe(HATCH_IMAGE);
  });
});

describe('featureLooks', () => {
  const data = stateData('homicide_rate', { counts: null, homicide: HOMICIDE_2024 })!;
  const classes = classify(data.flatMap((d) => (d.value === null ? [] : [d.value])));

  it('colours states with data, hatches the rest, and marks the selection', () => {
    const looks = featureLooks(data, layerPainter('homicide_rate', classes), ['MX-CHH', 'MX-AGU']);
    expect(looks.size).toBe(32);
    expect(looks.get(1)).toEqual({ color: NO_DATA_FILL, noData: true, selected: true });
    expect(looks.get(6)).toMatchObject({ noData: false, selected: false, color: classes?.colors.at(-1) });
    expect(looks.get(8)?.selected).toBe(true);
  });

  it('shows a flat neutral while loading, keeping the selection', () => {
    const looks = featureLooks(null, layerPainter('risk_level', null), ['MX-SIN']);
    expect(looks.size).toBe(32);
    expect(looks.get(25)).toEqual({ color: LOADING_FILL, noData: false, selected: true });
    expect(looks.get(1)?.noData).toBe(false);
  });
});

describe('featureLooks on the Risk level layer', () => {
  const data = stateData('risk_level', { counts: null, homicide: null, levels: LEVELS })!;
  const looks = featureLooks(data, layerPainter('risk_level', null), ['MX-SIN']);

  it('colours each rated state with its level’s colour of the fixed scale, whatever the other states', () => {
    expect(looks.get(25)).toEqual({ color: RISK_SCALE[4]?.color, noData: false, selected: true });
    expect(looks.get(8)).toEqual({ color: RISK_SCALE[3]?.color, noData: false, selected: false });
    expect(looks.get(26)?.color).toBe(RISK_SCALE[0]?.color);
  });

  it('hatches states never rated, never in level 1’s colour', () => {
    expect(looks.get(1)).toEqual({ color: NO_DATA_FILL, noData: true, selected: false });
    expect(looks.get(14)).toMatchObject({ noData: true });
    expect([...looks.values()].filter((l) => l.noData)).toHaveLength(29);
    expect([...looks.values()].filter((l) => l.color === RISK_SCALE[0]?.color)).toHaveLength(1);
  });
});

describe('featureLooks on the US advisory layer', () => {
  const data = stateData('us_advisory', { counts: null, homicide: null, levels: LEVELS, advisory: ADVISORY })!;
  const looks = featureLooks(data, layerPainter('us_advisory', null), []);

  it('colours states with the advisory’s own blues, never a colour of the firm’s scale', () => {
    expect(looks.get(25)?.color).toBe(ADVISORY_SCALE[3]?.color);
    expect(looks.get(31)?.color).toBe(ADVISORY_SCALE[0]?.color);
    const firm = new Set(RISK_SCALE.map((s) => s.color));
    expect([...looks.values()].some((l) => firm.has(l.color))).toBe(false);
  });

  it('hatches states without an advisory on the date', () => {
    expect(looks.get(4)).toEqual({ color: NO_DATA_FILL, noData: true, selected: false });
  });
});
