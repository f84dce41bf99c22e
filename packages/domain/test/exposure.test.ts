import { describe, expect, it } from 'vitest';
import { changeText, exposureHeadline, findLocality, scopeLabel, siteTypeFrom, type ExposureSummary } from '../src/index.ts';

const summary = (over: Partial<ExposureSummary> = {}): ExposureSummary => ({
  sites: 4,
  byLevel: { 5: 1, 4: 2, 2: 1 },
  notRated: 0,
  latestChange: { scope: 'MX-SIN', from: 4, to: 5, effectiveOn: '2025-06-03' },
  otherChanges: 0,
  windowDays: 30,
  asOf: '2025-06-20',
  ...over,
});

describe('exposure headline', () => {
  it('says the sites by level, highest first, and the latest change, in English and Spanish', () => {
    expect(exposureHeadline(summary(), 'en')).toBe('4 sites: 1 extreme, 2 high, 1 moderate; Sinaloa raised to extreme on 3 June');
    expect(exposureHeadline(summary(), 'es')).toBe('4 instalaciones: 1 extrema, 2 altas, 1 moderada; Sinaloa subió a extremo el 3 de junio');
  });

  it('counts places never rated apart, says when nothing changed, and names a locality with its state', () => {
    const quiet = summary({ sites: 1, byLevel: {}, notRated: 1, latestChange: null });
    expect(exposureHeadline(quiet, 'en')).toBe('1 site: 1 not rated; no level changes in the last 30 days');
    expect(exposureHeadline(quiet, 'es')).toBe('1 instalación: 1 sin calificar; sin cambios de nivel en los últimos 30 días');
    const local = summary({ latestChange: { scope: 'MX-SIN/culiacan', from: 5, to: 3, effectiveOn: '2024-12-30' }, otherChanges: 2 });
    expect(exposureHeadline(local, 'en')).toMatch(/; Culiacán \(Sinaloa\) lowered to elevated on 30 December 2024 \(and 2 other changes\)$/);
    expect(exposureHeadline(local, 'es')).toMatch(/; Culiacán \(Sinaloa\) bajó a elevado el 30 de diciembre de 2024 \(y otros 2 cambios\)$/);
    expect(exposureHeadline(summary({ sites: 0, byLevel: {} }), 'en')).toBe('No sites recorded yet');
  });

  it('words a first rating as such, never as a rise from level 1', () => {
    const first = { scope: 'MX-SON', from: null, to: 2, effectiveOn: '2025-06-01' };
    expect(changeText(first, 'en', '2025-06-20')).toBe('Sonora first rated moderate on 1 June');
    expect(changeText(first, 'es', '2025-06-20')).toBe('Sonora calificado como moderado el 1 de junio');
  });
});

describe('site fields', () => {
  it('finds a locality of the state by key, name or alias, ignoring case and accents, and only in that state', () => {
    expect(findLocality('MX-SIN', 'culiacan')?.key).toBe('MX-SIN/culiacan');
    expect(findLocality('MX-SIN', ' Culiacán ')?.key).toBe('MX-SIN/culiacan');
    expect(findLocality('MX-SIN', 'MX-SIN/mazatlan')?.name).toBe('Mazatlán');
    expect(findLocality('MX-SON', 'Culiacán')).toBeUndefined();
    expect(findLocality('MX-SON', 'MX-SIN/culiacan')).toBeUndefined();
    expect(findLocality('MX-SIN', 'Atlantis')).toBeUndefined();
  });

  it('reads a site type in English or Spanish', () => {
    expect(siteTypeFrom('Warehouse')).toBe('warehouse');
    expect(siteTypeFrom('almacén')).toBe('warehouse');
    expect(siteTypeFrom('PLANTA')).toBe('plant');
    expect(siteTypeFrom('factory')).toBeUndefined();
  });

  it('labels scopes as readers know them', () => {
    expect(scopeLabel('MX-MEX')).toBe('Estado de México');
    expect(scopeLabel('MX-SIN/culiacan')).toBe('Culiacán (Sinaloa)');
  });
});
