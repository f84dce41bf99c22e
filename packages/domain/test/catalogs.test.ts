import { describe, expect, it } from 'vitest';
import {
  COUNTRIES,
  DRUGS,
  ORGANIZATIONS,
  PEOPLE,
  SERIES,
  SERIES_KEYS,
  TOPICS,
  TOPIC_SLUGS,
  countryByCode,
  foldAccents,
  organizationBySlug,
  personBySlug,
  seriesByKey,
  topicBySlug,
  zSeriesKey,
  zTopicSlug,
} from '../src';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const unique = (xs: readonly string[]) => new Set(xs).size === xs.length;

describe('topics', () => {
  it('has one entry per slug, in slug order', () => {
    expect(TOPICS.map((t) => t.slug)).toEqual([...TOPIC_SLUGS]);
    expect(unique(TOPIC_SLUGS)).toBe(true);
  });

  it('labels every topic in English and Spanish, with 8–25 lower-case cues per language', () => {
    for (const t of TOPICS) {
      expect(t.en.length).toBeGreaterThan(0);
      expect(t.es.length).toBeGreaterThan(0);
      for (const cues of [t.cues.en, t.cues.es]) {
        expect(cues.length, t.slug).toBeGreaterThanOrEqual(8);
        expect(cues.length, t.slug).toBeLessThanOrEqual(25);
        expect(unique(cues), t.slug).toBe(true);
        for (const cue of cues) expect(cue).toBe(cue.toLowerCase().trim());
      }
    }
  });

  it('knows the cues of extraditions and seizures in both languages', () => {
    const ext = topicBySlug('extraditions-transfers');
    expect(ext?.cues.en).toContain('extradit');
    expect(ext?.cues.es).toContain('expulsión');
    expect(topicBySlug('drug-seizures')?.cues.es).toEqual(expect.arrayContaining(['decomis', 'aseguramiento']));
    expect(topicBySlug('nope')).toBeUndefined();
  });

  it('names the unknown topic in the error', () => {
    expect(zTopicSlug.safeParse('foo').error?.issues[0]?.message).toBe('Unknown topic "foo"');
    expect(zTopicSlug.parse('prisons')).toBe('prisons');
  });
});

describe('organizations', () => {
  it('has unique, well-formed slugs and valid kinds', () => {
    const slugs = ORGANIZATIONS.map((o) => o.slug);
    expect(unique(slugs)).toBe(true);
    for (const o of ORGANIZATIONS) {
      expect(o.slug).toMatch(SLUG);
      expect(['cartel', 'agency', 'international', 'government', 'company']).toContain(o.kind);
      expect(o.country).toMatch(/^([A-Z]{2}|INT)$/);
      expect(o.aliases).not.toContain(o.name);
    }
    expect(ORGANIZATIONS.length).toBeGreaterThanOrEqual(60);
  });

  it('merges the Spanish and English names of the CJNG', () => {
    const cjng = organizationBySlug('cjng');
    expect(cjng?.name).toBe('CJNG');
    expect(cjng?.fullName).toBe('Cártel Jalisco Nueva Generación');
    expect(cjng?.aliases).toEqual(
      expect.arrayContaining(['Cártel Jalisco Nueva Generación', 'Jalisco New Generation Cartel', 'Jalisco Cartel']),
    );
  });

  it('does not give two organizations the same surface form', () => {
    const forms = ORGANIZATIONS.flatMap((o) => [o.name, ...o.aliases].map((n) => foldAccents(n)));
    expect(forms.filter((f, i) => forms.indexOf(f) !== i)).toEqual([]);
  });

  it('knows the agencies the press names', () => {
    expect(organizationBySlug('sedena')?.aliases).toEqual(expect.arrayContaining(['Army', 'Defensa']));
    expect(organizationBySlug('fgr')?.aliases).toContain("Attorney General's Office");
    expect(organizationBySlug('juarez-cartel')?.aliases).toContain('La Línea');
    expect(organizationBySlug('unicri')?.kind).toBe('international');
  });
});

describe('people', () => {
  it('has unique slugs and no name repeated as an alias', () => {
    expect(unique(PEOPLE.map((p) => p.slug))).toBe(true);
    for (const p of PEOPLE) {
      expect(p.slug).toMatch(SLUG);
      expect(p.role.length).toBeGreaterThan(0);
      expect(p.aliases).not.toContain(p.name);
    }
    expect(PEOPLE.length).toBeGreaterThanOrEqual(50);
  });

  it('does not give two people the same surface form', () => {
    const forms = PEOPLE.flatMap((p) => [...new Set([p.name, ...p.aliases].map((n) => foldAccents(n)))]);
    expect(forms.filter((f, i) => forms.indexOf(f) !== i)).toEqual([]);
  });

  it('knows García Harfuch by his surnames', () => {
    expect(personBySlug('omar-garcia-harfuch')?.aliases).toEqual(
      expect.arrayContaining(['García Harfuch', 'Harfuch']),
    );
    expect(personBySlug('nobody')).toBeUndefined();
  });
});

describe('countries', () => {
  it('has unique ISO 3166-1 codes and both names', () => {
    expect(unique(COUNTRIES.map((c) => c.code))).toBe(true);
    for (const c of COUNTRIES) {
      expect(c.code).toMatch(/^[A-Z]{2}$/);
      expect(c.nameEn.length).toBeGreaterThan(0);
      expect(c.nameEs.length).toBeGreaterThan(0);
      expect(c.demonyms.length).toBeGreaterThan(0);
    }
    expect(COUNTRIES.length).toBeGreaterThanOrEqual(40);
    expect(countryByCode('MX')).toBeUndefined();
  });

  it('knows the United States by its English and Spanish abbreviations', () => {
    const us = countryByCode('us');
    expect(us?.nameEs).toBe('Estados Unidos');
    expect(us?.aliases).toEqual(expect.arrayContaining(['U.S.', 'USA', 'EE.UU.', 'EEUU']));
    expect(us?.demonyms).toEqual(expect.arrayContaining(['American', 'estadounidense']));
  });
});

describe('series', () => {
  it('has one entry per key, in key order', () => {
    expect(SERIES.map((s) => s.key)).toEqual([...SERIES_KEYS]);
    expect(unique(SERIES_KEYS)).toBe(true);
  });

  it('labels and describes every series in both languages', () => {
    for (const s of SERIES) {
      expect(s.label.en.length, s.key).toBeGreaterThan(0);
      expect(s.label.es.length, s.key).toBeGreaterThan(0);
      expect(s.description.en.length, s.key).toBeGreaterThan(0);
      expect(s.description.es.length, s.key).toBeGreaterThan(0);
      expect(s.unit.length, s.key).toBeGreaterThan(0);
      expect(s.source.length, s.key).toBeGreaterThan(0);
    }
  });

  it('keeps INEGI and SESNSP, army and cabinet figures in separate series', () => {
    expect(seriesByKey('homicide_rate_inegi')).toMatchObject({ aggregation: 'latest', sourceKind: 'official', source: 'INEGI' });
    expect(seriesByKey('homicide_case_files_sesnsp')).toMatchObject({ aggregation: 'sum', sourceKind: 'third_party' });
    expect(seriesByKey('homicide_victims_daily_sesnsp')?.aggregation).toBe('mean');
    expect(seriesByKey('drug_seizures_sedena_kg')).toMatchObject({ dimension: 'drug', unit: 'kg' });
    expect(seriesByKey('drug_seizures_cabinet_kg')).toMatchObject({ dimension: 'drug', unit: 'kg' });
    expect(seriesByKey('fentanyl_seizures_cbp_lb')?.unit).toBe('lb');
    expect(seriesByKey('prisoner_transfers')?.family).toBe('transfer');
  });

  it('puts the drug dimension only on drug-weight series', () => {
    const withDrug = SERIES.filter((s) => s.dimension === 'drug').map((s) => s.key);
    expect(withDrug.sort()).toEqual(['drug_seizure_kg', 'drug_seizures_cabinet_kg', 'drug_seizures_sedena_kg']);
    expect(DRUGS).toContain('fentanyl_pills');
  });

  it('names the unknown series in the error', () => {
    expect(zSeriesKey.safeParse('rainfall').error?.issues[0]?.message).toBe('Unknown series "rainfall"');
  });
});
