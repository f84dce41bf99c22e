import { describe, expect, it } from 'vitest';
import { auditJson, isSlug, localityLabel, localityOptions, newUserProblems, parseSite, siteDraft, stateLabel, stateOptions } from './forms.ts';

describe('admin forms', () => {
  it('checks a new user’s email and a password of at least 10 characters', () => {
    expect(newUserProblems({ email: 'ana@example.com', password: '0123456789' })).toEqual([]);
    expect(newUserProblems({ email: 'ana', password: 'short' })).toEqual(['emailInvalid', 'passwordTooShort']);
    expect(newUserProblems({ email: 'ana@example', password: '012345678' })).toEqual(['emailInvalid', 'passwordTooShort']);
  });

  it('accepts slugs of lower-case words joined by dashes', () => {
    expect(isSlug('norte-logistics')).toBe(true);
    expect(isSlug('acme2')).toBe(true);
    for (const bad of ['', 'Norte', 'norte_logistics', '-norte', 'norte--x', 'a'.repeat(61)]) expect(isSlug(bad)).toBe(false);
  });

  it('lists the 32 states by their official Spanish names, in Spanish alphabetical order', () => {
    const options = stateOptions();
    expect(options).toHaveLength(32);
    expect(options[0]?.label).toBe('Aguascalientes');
    expect(options.map((o) => o.label)).toEqual(expect.arrayContaining(['Nuevo León', 'Estado de México', 'Ciudad de México', 'Michoacán']));
    expect(options.find((o) => o.iso === 'MX-MEX')?.label).toBe('Estado de México');
    expect(stateLabel('MX-SIN')).toBe('Sinaloa');
  });

  it('reads a site: optional coordinates come in pairs and within range; the type and locality are optional', () => {
    expect(parseSite({ name: ' Culiacán warehouse ', state: 'MX-SIN', locality: 'MX-SIN/culiacan', lat: '24.8', lon: '-107,39', type: 'warehouse' })).toEqual({
      values: { name: 'Culiacán warehouse', state: 'MX-SIN', locality: 'MX-SIN/culiacan', lat: 24.8, lon: -107.39, type: 'warehouse' },
    });
    expect(parseSite({ name: 'Office', state: 'MX-NLE', locality: '', lat: '', lon: '', type: '' })).toEqual({ values: { name: 'Office', state: 'MX-NLE', locality: null, lat: null, lon: null, type: null } });
    expect(parseSite({ name: '', state: '', locality: '', lat: '24', lon: '', type: '' })).toEqual({ problems: ['nameRequired', 'stateRequired', 'coordsPair'] });
    expect(parseSite({ name: 'x', state: 'MX-XXX', locality: '', lat: '91', lon: 'east', type: '' })).toEqual({ problems: ['stateRequired', 'latRange', 'lonRange'] });
    // A locality left over from another state is a problem, not silently kept.
    expect(parseSite({ name: 'x', state: 'MX-SON', locality: 'MX-SIN/culiacan', lat: '', lon: '', type: '' })).toEqual({ problems: ['localityState'] });
    expect(siteDraft({ name: 'x', state: 'MX-SIN', locality: null, lat: null, lon: null, type: null })).toEqual({ name: 'x', state: 'MX-SIN', locality: '', lat: '', lon: '', type: '' });
  });

  it('lists a state’s localities by name, and names a locality key', () => {
    expect(localityOptions('MX-SIN')).toEqual(expect.arrayContaining([{ key: 'MX-SIN/culiacan', label: 'Culiacán' }, { key: 'MX-SIN/mazatlan', label: 'Mazatlán' }]));
    expect(localityOptions('')).toEqual([]);
    expect(localityLabel('MX-SIN/culiacan')).toBe('Culiacán');
    expect(localityLabel(null)).toBeNull();
  });

  it('renders audit values as indented JSON text', () => {
    expect(auditJson({ name: '<b>x</b>' })).toBe('{\n  "name": "<b>x</b>"\n}');
    expect(auditJson(['MX-SIN'])).toBe('[\n  "MX-SIN"\n]');
    expect(auditJson(null)).toBeNull();
  });
});
