import { describe, expect, it } from 'vitest';
import { ORGANIZATION_CHOICES, placeLabel, resolveChoice, resolveOrNew, resolvePlace, slugify, TOPIC_CHOICES } from './choices.ts';

const value = (r: ReturnType<typeof resolveChoice>) => (r.kind === 'found' ? r.choice.value : r.kind);

describe('placeLabel', () => {
  it('names states in Spanish, countries in English, and the national and border scopes', () => {
    expect(placeLabel('MX-SIN')).toBe('Sinaloa');
    expect(placeLabel('MX-MEX')).toBe('México');
    expect(placeLabel('US')).toBe('United States');
    expect(placeLabel('MX')).toBe('National');
    expect(placeLabel('US-MX-BORDER')).toBe('US–Mexico border');
    expect(placeLabel('ZZ')).toBe('ZZ');
  });
});

describe('resolvePlace', () => {
  it('finds states by official, English and informal names, ignoring accents and case', () => {
    expect(value(resolvePlace('Sinaloa'))).toBe('MX-SIN');
    expect(value(resolvePlace('cdmx'))).toBe('MX-CMX');
    expect(value(resolvePlace('Michoacan'))).toBe('MX-MIC');
    expect(value(resolvePlace('State of Mexico'))).toBe('MX-MEX');
    expect(value(resolvePlace('Mexico'))).toBe('MX-MEX');
  });

  it('finds countries, national scope and the border region', () => {
    expect(value(resolvePlace('Estados Unidos'))).toBe('US');
    expect(value(resolvePlace('canada'))).toBe('CA');
    expect(value(resolvePlace('national'))).toBe('MX');
    expect(value(resolvePlace('border'))).toBe('US-MX-BORDER');
  });

  it('takes a partial name when only one place fits, and reports ambiguity otherwise', () => {
    expect(value(resolvePlace('tamaul'))).toBe('MX-TAM');
    expect(value(resolvePlace('baja'))).toBe('ambiguous');
    expect(value(resolvePlace('Atlantis'))).toBe('none');
    expect(value(resolvePlace('   '))).toBe('none');
  });
});

describe('topics and organizations', () => {
  it('finds topics by English or Spanish label', () => {
    const tariffs = TOPIC_CHOICES.find((t) => /tariff/i.test(t.label));
    expect(tariffs).toBeDefined();
    expect(value(resolveChoice(TOPIC_CHOICES, tariffs?.hint ?? ''))).toBe(tariffs?.value);
  });

  it('merges organization aliases', () => {
    expect(value(resolveChoice(ORGANIZATION_CHOICES, 'Cártel Jalisco Nueva Generación'))).toBe(value(resolveChoice(ORGANIZATION_CHOICES, 'CJNG')));
  });

  it('turns an unknown organization into a new entry with a valid slug', () => {
    const r = resolveOrNew(ORGANIZATION_CHOICES, '  Los Ñetas  del Norte ');
    expect(r).toEqual({ kind: 'found', choice: { value: 'los-netas-del-norte', label: 'Los Ñetas del Norte', names: ['Los Ñetas del Norte'] } });
    expect(resolveOrNew(ORGANIZATION_CHOICES, '¡¡')).toEqual({ kind: 'none' });
  });
});

describe('slugify', () => {
  it('produces lower-case words joined by single dashes, at most 80 characters', () => {
    expect(slugify('Omar García Harfuch')).toBe('omar-garcia-harfuch');
    expect(slugify('--A  &  B--')).toBe('a-b');
    expect(slugify('x'.repeat(79) + ' yy').length).toBeLessThanOrEqual(80);
    expect(slugify('x'.repeat(79) + ' yy')).not.toMatch(/-$/);
  });
});
