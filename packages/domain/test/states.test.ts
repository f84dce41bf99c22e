import { describe, expect, it } from 'vitest';
import {
  NATIONAL,
  STATE_ISO_CODES,
  STATES,
  isStateIso,
  stateByInegi,
  stateByIso,
  zPlaceScope,
  zStateIso,
} from '../src';

describe('STATES', () => {
  it('has the 32 federal entities with unique INEGI and ISO codes', () => {
    expect(STATES).toHaveLength(32);
    expect(new Set(STATES.map((s) => s.inegi)).size).toBe(32);
    expect(new Set(STATES.map((s) => s.iso)).size).toBe(32);
  });

  it('is in INEGI order 01..32 and agrees with STATE_ISO_CODES', () => {
    expect(STATES.map((s) => s.inegi)).toEqual(
      Array.from({ length: 32 }, (_, i) => String(i + 1).padStart(2, '0')),
    );
    expect(STATES.map((s) => s.iso)).toEqual([...STATE_ISO_CODES]);
  });

  it('uses ISO 3166-2:MX codes', () => {
    for (const s of STATES) expect(s.iso).toMatch(/^MX-[A-Z]{3}$/);
    expect(stateByInegi('09')?.iso).toBe('MX-CMX');
    expect(stateByInegi('15')?.iso).toBe('MX-MEX');
    expect(stateByInegi('25')?.iso).toBe('MX-SIN');
    expect(stateByInegi('32')?.iso).toBe('MX-ZAC');
  });

  it('carries 2024 populations that add up to about 130 million', () => {
    for (const s of STATES) expect(s.population2024).toBeGreaterThan(0);
    const total = STATES.reduce((sum, s) => sum + s.population2024, 0);
    expect(Math.abs(total - 130_000_000) / 130_000_000).toBeLessThan(0.02);
  });

  it('names states as INEGI and the English press do', () => {
    expect(stateByIso('MX-SIN')).toMatchObject({ name: 'Sinaloa', nameEn: 'Sinaloa', inegi: '25' });
    expect(stateByIso('MX-CMX')).toMatchObject({ name: 'Ciudad de México', nameEn: 'Mexico City' });
    expect(stateByIso('MX-CMX')?.aliases).toEqual(expect.arrayContaining(['CDMX', 'Distrito Federal']));
    expect(stateByIso('MX-MEX')).toMatchObject({
      name: 'México',
      officialName: 'Estado de México',
      nameEn: 'State of Mexico',
    });
    expect(stateByIso('MX-MEX')?.aliases).toContain('Edomex');
    expect(stateByIso('MX-COA')?.officialName).toBe('Coahuila de Zaragoza');
    expect(stateByIso('MX-VER')?.officialName).toBe('Veracruz de Ignacio de la Llave');
    expect(stateByIso('MX-NLE')?.demonyms).toContain('regiomontano');
  });

  it('gives every state English and Spanish names and at least one demonym', () => {
    for (const s of STATES) {
      expect(s.name.length).toBeGreaterThan(0);
      expect(s.officialName.length).toBeGreaterThan(0);
      expect(s.nameEn.length).toBeGreaterThan(0);
      expect(s.demonyms.length).toBeGreaterThan(0);
    }
  });
});

describe('lookups', () => {
  it('finds a state by INEGI code with or without the leading zero', () => {
    expect(stateByInegi('1')?.iso).toBe('MX-AGU');
    expect(stateByInegi('01')?.iso).toBe('MX-AGU');
    expect(stateByInegi(1)?.iso).toBe('MX-AGU');
    expect(stateByInegi(25)?.name).toBe('Sinaloa');
  });

  it('returns undefined for codes that are not states', () => {
    for (const code of ['0', '00', 33, '33', '', 'ab', '1.5', 1.5, -1, '001']) {
      expect(stateByInegi(code)).toBeUndefined();
    }
    expect(stateByIso('MX-XXX')).toBeUndefined();
    expect(stateByIso('mx-sin')).toBeUndefined();
  });

  it('tells state codes from other strings', () => {
    expect(isStateIso('MX-SON')).toBe(true);
    expect(isStateIso(NATIONAL)).toBe(false);
    expect(isStateIso('MX-XX')).toBe(false);
  });
});

describe('schemas', () => {
  it('names the unknown state in the error', () => {
    const result = zStateIso.safeParse('MX-XXX');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Unknown state "MX-XXX"');
  });

  it('accepts a state or the national scope as a place', () => {
    expect(zPlaceScope.parse('MX')).toBe('MX');
    expect(zPlaceScope.parse('MX-SIN')).toBe('MX-SIN');
    expect(zStateIso.safeParse('MX').success).toBe(false);
    expect(zPlaceScope.safeParse('MX-XX').error?.issues[0]?.message).toBe('Unknown state "MX-XX"');
  });
});
