import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { COUNTRIES, STATE_ISO_CODES, TOPIC_SLUGS, ratingAsOf, scopeState } from '@atalaya/domain';
import { describe, expect, it } from 'vitest';
import { DEMO_EDITIONS, DEMO_ORGANIZATION_LABELS, DEMO_PEOPLE_LABELS } from '../src/demo/editions.ts';
import { DEMO_RATINGS } from '../src/demo/levels.ts';
import { DEMO_OBSERVATIONS } from '../src/demo/observations.ts';
import type { DemoObservation } from '../src/demo/types.ts';

// test/ → api/ → packages/ → main/ → the workspace root that holds shared/.
const SEEDS_DIR = fileURLToPath(new URL('../../../../shared/seeds/', import.meta.url));
const EDITIONS_DIR = fileURLToPath(new URL('../src/demo/editions/', import.meta.url));
const RATINGS_FILE = fileURLToPath(new URL('../src/demo/levels.ts', import.meta.url));

const items = DEMO_EDITIONS.flatMap((e) => e.items.map((item) => ({ edition: e, item })));
const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;
const words = (s: string): string[] => s.toLowerCase().match(/[a-z0-9áéíóúñü]+/g) ?? [];

const COUNTRY_CODES = new Set(COUNTRIES.map((c) => c.code));
const PLACES = new Set<string>(['MX', ...STATE_ISO_CODES]);
const TOPICS = new Set<string>(TOPIC_SLUGS);
const ITEM_SERIES: Record<string, string> = {
  prisoner_transfers: 'people',
  drug_seizure_kg: 'kg',
  fentanyl_pills_seized: 'pills',
  homicide_rate: 'per 100k',
  homicide_victims: 'victims',
  missing_persons: 'people',
  border_encounters: 'encounters',
};
const DRUG_DIMENSIONS = new Set(['methamphetamine', 'cocaine', 'fentanyl', 'marijuana', 'other']);

function isRealDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

describe('demo editions', () => {
  it('has at least 6 editions, oldest first, with 5–8 items each and 36+ items in all', () => {
    expect(DEMO_EDITIONS.length).toBeGreaterThanOrEqual(6);
    expect(items.length).toBeGreaterThanOrEqual(36);
    const dates = DEMO_EDITIONS.map((e) => e.publishedOn);
    expect(dates).toEqual([...dates].sort());
    expect(new Set(DEMO_EDITIONS.map((e) => e.slug)).size).toBe(DEMO_EDITIONS.length);
    for (const e of DEMO_EDITIONS) {
      expect(isRealDate(e.publishedOn), e.slug).toBe(true);
      expect(e.items.length, e.slug).toBeGreaterThanOrEqual(5);
      expect(e.items.length, e.slug).toBeLessThanOrEqual(8);
      expect(e.author).toBeTruthy();
      expect(wordCount(e.commentary), e.slug).toBeGreaterThanOrEqual(80);
      expect(wordCount(e.commentary), e.slug).toBeLessThanOrEqual(180);
    }
  });

  it('gives the latest edition a substantial commentary', () => {
    const latest = [...DEMO_EDITIONS].sort((a, b) => b.publishedOn.localeCompare(a.publishedOn))[0];
    expect(wordCount(latest?.commentary ?? '')).toBeGreaterThanOrEqual(150);
  });

  // The first edition also covers the week before it (a magazine piece of 27 November 2024).
  it('dates every item with a real date between late November 2024 and January 2026, not after its edition', () => {
    for (const { edition, item } of items) {
      expect(isRealDate(item.articleDate), item.headline).toBe(true);
      expect(item.articleDate >= '2024-11-20' && item.articleDate <= '2026-01-31', item.headline).toBe(true);
      expect(item.articleDate <= edition.publishedOn, item.headline).toBe(true);
    }
  });

  it('gives every item a citation, a 60–160-word summary, places and topics from the catalogs', () => {
    for (const { item } of items) {
      expect(item.headline.trim(), item.headline).not.toBe('');
      expect(item.outlet.trim(), item.headline).not.toBe('');
      const n = wordCount(item.summary);
      expect(n, item.headline).toBeGreaterThanOrEqual(60);
      expect(n, item.headline).toBeLessThanOrEqual(160);
      if (item.url !== null) expect(item.url, item.headline).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}\//);
      expect(item.places.length, item.headline).toBeGreaterThanOrEqual(1);
      for (const p of item.places) expect(PLACES.has(p) || COUNTRY_CODES.has(p), `${item.headline}: place ${p}`).toBe(true);
      expect(item.topics.length, item.headline).toBeGreaterThanOrEqual(1);
      for (const t of item.topics) expect(TOPICS.has(t), `${item.headline}: topic ${t}`).toBe(true);
    }
  });

  it('covers many states and every topic', () => {
    const states = new Set(items.flatMap(({ item }) => item.places.filter((p) => p.startsWith('MX-'))));
    expect(states.size).toBeGreaterThanOrEqual(18);
    const topics = new Set(items.flatMap(({ item }) => item.topics));
    expect([...topics].sort()).toEqual([...TOPIC_SLUGS].sort());
  });

  it('quotes every metric verbatim from its item and uses the item series and units', () => {
    for (const { item } of items) {
      for (const m of item.metrics) {
        const label = `${item.headline}: ${m.series} ${m.value}`;
        expect(item.summary.includes(m.text), label).toBe(true);
        expect(Number.isFinite(m.value), label).toBe(true);
        expect(ITEM_SERIES[m.series], label).toBe(m.unit);
        expect(isRealDate(m.periodStart) && isRealDate(m.periodEnd) && m.periodStart <= m.periodEnd, label).toBe(true);
        expect(PLACES.has(m.place) || COUNTRY_CODES.has(m.place), label).toBe(true);
        if (m.series === 'drug_seizure_kg') expect(DRUG_DIMENSIONS.has(m.dimension ?? ''), label).toBe(true);
        if (m.series === 'prisoner_transfers') expect([m.place, m.periodStart], label).toEqual(['MX', m.periodEnd]);
      }
    }
  });

  it('labels every organization and person slug it uses', () => {
    for (const { item } of items) {
      for (const slug of item.organizations) {
        expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(DEMO_ORGANIZATION_LABELS[slug]?.name, `organization ${slug}`).toBeTruthy();
      }
      for (const slug of item.people) {
        expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(DEMO_PEOPLE_LABELS[slug], `person ${slug}`).toBeTruthy();
      }
    }
  });

  // The sample newsletters are reference material only: the demo must say things in its own words.
  it.skipIf(!existsSync(SEEDS_DIR))('shares no run of 12 words with any seed file', () => {
    const RUN = 12;
    const seedRuns = new Map<string, string>();
    for (const file of readdirSync(SEEDS_DIR)) {
      const w = words(readFileSync(`${SEEDS_DIR}${file}`, 'utf8'));
      for (let i = 0; i + RUN <= w.length; i++) seedRuns.set(w.slice(i, i + RUN).join(' '), file);
    }
    expect(seedRuns.size).toBeGreaterThan(0);
    const files = readdirSync(EDITIONS_DIR).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBe(DEMO_EDITIONS.length);
    const copied: string[] = [];
    // The editions and the ratings' rationales.
    for (const file of [...files.map((f) => `${EDITIONS_DIR}${f}`), RATINGS_FILE]) {
      const w = words(readFileSync(file, 'utf8'));
      for (let i = 0; i + RUN <= w.length; i++) {
        const run = w.slice(i, i + RUN).join(' ');
        const seed = seedRuns.get(run);
        if (seed) copied.push(`${file} ⟷ ${seed}: "${run}"`);
      }
    }
    expect(copied).toEqual([]);
  });
});

// The fact check of the demo editions against press pages (../shared/demo-fact-check.md), pinned.
describe('demo editions after the fact check', () => {
  const find = (headline: RegExp) => {
    const found = items.filter(({ item }) => headline.test(item.headline));
    expect(found, String(headline)).toHaveLength(1);
    return found[0]!.item;
  };
  const allText = DEMO_EDITIONS.map((e) => [e.commentary, ...e.items.map((i) => `${i.headline}\n${i.summary}`)].join('\n')).join('\n');

  it('dates no item before the event it reports', () => {
    // Captured in Paraguay on 12–13 September 2025, landed in Tapachula on the 18th.
    expect(find(/Bermúdez|former security chief/).articleDate >= '2025-09-18').toBe(true);
    // The Navy Secretary first acknowledged marines' involvement on 16 September 2025.
    expect(find(/Navy officers/).articleDate >= '2025-09-16').toBe(true);
    expect(find(/military options/).articleDate).toBe('2024-11-27');
    expect(find(/Army meth seizures more than double/).articleDate).toBe('2025-11-15');
    expect(find(/Daily homicide average falls to 64\.9/).articleDate).toBe('2025-08-12');
  });

  it('puts the tanker at Tampico, with the raids in Altamira', () => {
    const summary = find(/Navy officers/).summary;
    expect(summary).toContain('Tampico');
    expect(summary).not.toMatch(/port of Altamira/);
  });

  it("counts about 1,540 killed in Sinaloa's war by 2 July 2025, not more than 1,700", () => {
    const june = find(/June was Sinaloa's deadliest month/);
    expect(june.summary).toContain('About 1,540 people');
    expect(june.summary).toContain('9 September 2024');
    expect(allText).not.toMatch(/more than 1,700/i);
  });

  it('dates the Veracruz meth seizure to its announcement on 1 December and the marijuana apart from it', () => {
    const veracruz = find(/Meth bound for Cameroon/);
    const meth = veracruz.metrics.find((m) => m.dimension === 'methamphetamine');
    const marijuana = veracruz.metrics.find((m) => m.dimension === 'marijuana');
    expect([meth?.value, meth?.periodStart, meth?.periodEnd]).toEqual([290, '2024-12-01', '2024-12-01']);
    expect(marijuana?.value).toBe(722.719);
    expect(marijuana && marijuana.periodEnd <= veracruz.articleDate).toBe(true);
    expect(veracruz.summary).not.toMatch(/days later/i);
  });

  it('does not have the FGR in control of the Teuchitlán ranch before 25 March 2025', () => {
    const ranch = find(/Teuchitlán/);
    expect(ranch.articleDate < '2025-03-25').toBe(true);
    expect(ranch.summary).not.toMatch(/FGR took (over|control)/);
  });

  it('drops the unverified names, figures and quotes', () => {
    for (const claim of ['Edwin Antonio', '28.9', '29.7', '70.5', '74%', '15,496', '1,356', '47 tonnes', 'Felipe Ángeles', 'twelve army', 'historic step', 'a disgrace', 'wherever it leads', 'knew nothing', 'high-impact criminals', 'credited the cooperation', 'shared rules']) {
      expect(allText, claim).not.toContain(claim);
    }
    expect(find(/terrorist listings help Mexico/).metrics).toEqual([]);
  });
});

describe('demo ratings', () => {
  it('rates known places in order, each citing demo items published by then, in both languages but for one or two', () => {
    const dateOf = new Map(items.map(({ item }) => [item.headline, item.articleDate]));
    const dates = DEMO_RATINGS.map((r) => r.effectiveOn);
    expect(dates).toEqual([...dates].sort());
    for (const r of DEMO_RATINGS) {
      const label = `${r.scope} ${r.category} ${r.effectiveOn}`;
      expect(scopeState(r.scope), label).toBeDefined();
      expect(isRealDate(r.effectiveOn) && r.effectiveOn >= '2024-12-01' && r.effectiveOn <= '2026-01-31', label).toBe(true);
      expect(r.evidence.length, label).toBeGreaterThan(0);
      for (const headline of r.evidence) expect(dateOf.get(headline)! <= r.effectiveOn, `${label}: ${headline}`).toBe(true);
      expect(r.en.trim(), label).not.toBe('');
      if (r.es !== null) expect(r.es.trim(), label).not.toBe('');
    }
    expect(DEMO_RATINGS.filter((r) => r.es === null).length).toBeGreaterThanOrEqual(1);
    expect(DEMO_RATINGS.filter((r) => r.es === null).length).toBeLessThanOrEqual(2);
  });

  // End-to-end tests raise Sinaloa to extreme from high: the demo must leave it at high.
  it('leaves Sinaloa high, and Culiacán extreme for violence only, so a raise of the state reaches the Culiacán site', () => {
    const history = DEMO_RATINGS.map((r, i) => ({ ...r, id: i + 1, status: 'published' as const }));
    expect(ratingAsOf(history, 'MX-SIN', 'overall', '2099-12-31')?.level).toBe(4);
    expect(ratingAsOf(history, 'MX-SIN', 'violence', '2099-12-31')?.level).toBe(4);
    expect(ratingAsOf(history, 'MX-SIN/culiacan', 'violence', '2099-12-31')?.level).toBe(5);
    expect(ratingAsOf(history, 'MX-SIN/culiacan', 'overall', '2099-12-31')).toBeUndefined();
  });
});

describe('demo observations', () => {
  const of = (series: string): DemoObservation[] => DEMO_OBSERVATIONS.filter((o) => o.series === series);

  it('has finite values, real periods and a source for every row', () => {
    expect(DEMO_OBSERVATIONS.length).toBeGreaterThan(0);
    for (const o of DEMO_OBSERVATIONS) {
      const label = `${o.series} ${o.place} ${o.periodStart}`;
      expect(Number.isFinite(o.value), label).toBe(true);
      expect(isRealDate(o.periodStart) && isRealDate(o.periodEnd) && o.periodStart <= o.periodEnd, label).toBe(true);
      expect(PLACES.has(o.place) || COUNTRY_CODES.has(o.place), label).toBe(true);
      expect(o.sourceUrl, label).toMatch(/^https?:\/\//);
      expect(o.sourceLabel, label).toBeTruthy();
    }
  });

  it('has a 2024 INEGI homicide rate for the 18 states found and the nation, and none for the rest', () => {
    const FOUND = ['MX-BCN', 'MX-CAM', 'MX-COA', 'MX-COL', 'MX-CHH', 'MX-CMX', 'MX-DUR', 'MX-GUA', 'MX-GRO', 'MX-JAL', 'MX-MEX', 'MX-MOR', 'MX-PUE', 'MX-ROO', 'MX-SIN', 'MX-TAB', 'MX-VER', 'MX-YUC'];
    const NOT_FOUND = ['MX-AGU', 'MX-BCS', 'MX-CHP', 'MX-HID', 'MX-MIC', 'MX-NAY', 'MX-NLE', 'MX-OAX', 'MX-QUE', 'MX-SLP', 'MX-SON', 'MX-TAM', 'MX-TLA', 'MX-ZAC'];
    expect(FOUND.length + NOT_FOUND.length).toBe(STATE_ISO_CODES.length);
    const rates2024 = of('homicide_rate_inegi').filter((o) => o.periodStart === '2024-01-01' && o.periodEnd === '2024-12-31');
    const places = new Set(rates2024.map((o) => o.place));
    for (const p of [...FOUND, 'MX']) expect(places.has(p), p).toBe(true);
    for (const p of NOT_FOUND) expect(places.has(p), p).toBe(false);
    const national = rates2024.filter((o) => o.place === 'MX');
    expect(national.find((o) => o.dataStatus === 'preliminary')?.value).toBe(25.6);
    expect(national.find((o) => o.dataStatus === 'definitive')?.value).toBe(25.8);
    expect(rates2024.find((o) => o.place === 'MX-COL' && o.dataStatus === 'preliminary')?.value).toBe(123);
  });

  it('records the three prisoner transfers, 92 people in all', () => {
    const transfers = of('prisoner_transfers');
    expect(transfers.map((o) => [o.periodStart, o.value])).toEqual([
      ['2025-02-27', 29],
      ['2025-08-12', 26],
      ['2026-01-20', 37],
    ]);
    expect(transfers.reduce((n, o) => n + o.value, 0)).toBe(92);
  });

  it('has case files for 32 states × 19 months plus the national sum of each month', () => {
    const rows = of('homicide_case_files_sesnsp');
    const months = [...new Set(rows.map((o) => o.periodStart.slice(0, 7)))].sort();
    expect(months).toHaveLength(19);
    expect(months[0]).toBe('2024-01');
    expect(months.at(-1)).toBe('2025-07');
    for (const month of months) {
      const inMonth = rows.filter((o) => o.periodStart.startsWith(month));
      const states = new Set(inMonth.filter((o) => o.place !== 'MX').map((o) => o.place));
      expect(states.size, month).toBe(32);
      const national = inMonth.filter((o) => o.place === 'MX');
      expect(national, month).toHaveLength(1);
      const sum = inMonth.filter((o) => o.place !== 'MX').reduce((n, o) => n + o.value, 0);
      expect(national[0]?.value, month).toBe(sum);
    }
    expect(rows).toHaveLength(32 * 19 + 19);
  });

  it('keeps the INEGI and SESNSP series and the army and cabinet seizure series apart', () => {
    for (const o of of('homicide_rate_inegi')) expect(o.sourceLabel).toMatch(/^INEGI/);
    for (const o of of('homicide_victims_sesnsp')) expect(o.sourceLabel).toMatch(/^SESNSP/);
    for (const o of of('drug_seizures_sedena_kg')) expect(o.note).toMatch(/Sedena/);
    for (const o of of('drug_seizures_cabinet_kg')) expect(o.note).toMatch(/cabinet/);
  });
});
