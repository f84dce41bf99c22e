import { describe, expect, it } from 'vitest';
import { dashboardExit, deckEntry, deckPaths, isPresentPath, withParams } from './paths.ts';

const TOKEN = 'Zx8_Yw7-Vu6Ts5Rq4Po3Nm2Lk1Ji0HgFeDcBa98765';

describe('briefing-mode paths', () => {
  it('live at /present when signed in and inside the share link otherwise', () => {
    expect(deckPaths('/')).toEqual({ deck: '/present', notes: '/present/notes', dashboard: '/' });
    expect(deckPaths('/present/notes')).toEqual({ deck: '/present', notes: '/present/notes', dashboard: '/' });
    expect(deckPaths(`/s/${TOKEN}`)).toEqual({ deck: `/s/${TOKEN}/present`, notes: `/s/${TOKEN}/present/notes`, dashboard: `/s/${TOKEN}` });
    expect(deckPaths(`/s/${TOKEN}/present`).dashboard).toBe(`/s/${TOKEN}`);
  });

  it('recognise the deck and its notes, nothing else', () => {
    expect(isPresentPath('/present')).toBe(true);
    expect(isPresentPath('/present/notes')).toBe(true);
    expect(isPresentPath(`/s/${TOKEN}/present`)).toBe(true);
    expect(isPresentPath(`/s/${TOKEN}/present/notes`)).toBe(true);
    expect(isPresentPath('/')).toBe(false);
    expect(isPresentPath(`/s/${TOKEN}`)).toBe(false);
    expect(isPresentPath('/presentation')).toBe(false);
    expect(isPresentPath('/states/present')).toBe(false);
  });

  it('open the deck on its first slide with the dashboard’s filter and map layer', () => {
    expect(deckEntry('/', '?states=MX-SIN,MX-SON&layer=homicide_rate')).toBe('/present?states=MX-SIN,MX-SON&layer=homicide_rate&slide=1');
    expect(deckEntry('/', '')).toBe('/present?slide=1');
    expect(deckEntry('/', '?states=MX-SIN&slide=4&auto=30')).toBe('/present?states=MX-SIN&slide=1');
    expect(deckEntry(`/s/${TOKEN}`, '')).toBe(`/s/${TOKEN}/present?slide=1`);
  });

  it('leave the deck for the dashboard with the same filter', () => {
    expect(dashboardExit('/present', '?states=MX-SIN&topics=drug-seizures&slide=7&auto=30')).toBe('/?states=MX-SIN&topics=drug-seizures');
    expect(dashboardExit('/present', '?slide=2')).toBe('/');
    expect(dashboardExit(`/s/${TOKEN}/present`, '?slide=3')).toBe(`/s/${TOKEN}`);
  });

  it('change one parameter and keep the rest readable', () => {
    expect(withParams('?from=2025-01-01&states=MX-SIN,MX-SON', { slide: '3' })).toBe('?from=2025-01-01&states=MX-SIN,MX-SON&slide=3');
    expect(withParams('?slide=3', { slide: null })).toBe('');
  });
});
