import { GAZETTEER, organizationBySlug, stateByIso, type StateIso, type TopicSlug } from '@atalaya/domain';
import { zipf, type Rng } from './random.ts';
import {
  AUTHORS, CARTELS_BY_STATE, COMMENTARY_SENTENCES, CONTEXT_SENTENCES, DEFAULT_CARTELS, DRUGS, MONTHS_EN,
  MX_AGENCIES, NATIONAL_TOPICS, OUTLETS_EN, OUTLETS_ES, PARTNERS, RELATED_TOPICS, STATES_BY_COVERAGE, TOPIC_TEXT,
  TOPICS_BY_FREQUENCY, US_AGENCIES,
} from './vocabulary.ts';

/** The last synthetic edition's date (a Wednesday); older ones go back a week at a time. */
export const SYNTHETIC_END_DATE = '2026-11-18';

export interface SyntheticFigure {
  series: 'drug_seizure_kg' | 'fentanyl_pills_seized';
  dimension: string | null;
  value: number;
  unit: string;
  text: string;
}

export interface SyntheticItem {
  headline: string;
  summary: string;
  date: string;
  outlet: string;
  author: string | null;
  originalTitle: string | null;
  url: string | null;
  language: 'en' | 'es';
  places: string[];
  topics: TopicSlug[];
  organizations: string[];
  figure: SyntheticFigure | null;
}

export interface SyntheticEdition {
  title: string;
  publishedOn: string;
  author: string;
  commentary: string;
  items: SyntheticItem[];
}

const DAY_MS = 86_400_000;
export const addDays = (iso: string, days: number): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

const STATE_WEIGHTS = zipf(STATES_BY_COVERAGE, 1.1);
const TOPIC_WEIGHTS = zipf(TOPICS_BY_FREQUENCY, 0.9);
const CITIES = new Map<StateIso, string[]>();
for (const l of GAZETTEER) if (l.kind === 'city') CITIES.set(l.state, [...(CITIES.get(l.state) ?? []), l.name]);

const orgName = (slug: string) => organizationBySlug(slug)?.name ?? slug;

function fill(template: string, slots: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => slots[key] ?? key);
}

function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${MONTHS_EN[m - 1]} ${d}, ${y}`;
}

/** One item: a main topic and state drawn with Zipf-like skew, text filled from that topic's templates. */
function makeItem(rng: Rng, date: string, figureAllowed: boolean): SyntheticItem {
  const mainTopic = TOPIC_WEIGHTS.draw(rng);
  const topics = new Set<TopicSlug>([mainTopic]);
  const related = RELATED_TOPICS[mainTopic];
  if (related && rng.chance(0.55)) topics.add(rng.pick(related));
  if (rng.chance(0.15)) topics.add(TOPIC_WEIGHTS.draw(rng));

  const national = NATIONAL_TOPICS.has(mainTopic) && rng.chance(0.6);
  const state = STATE_WEIGHTS.draw(rng);
  const places = new Set<string>();
  if (national) {
    places.add('MX');
    if (rng.chance(0.5)) places.add('US');
    if (rng.chance(0.3)) places.add(state);
  } else {
    places.add(state);
    if (rng.chance(0.25)) places.add(STATE_WEIGHTS.draw(rng));
    if (rng.chance(0.1)) places.add('MX');
  }

  const cartel = rng.pick(CARTELS_BY_STATE[state] ?? DEFAULT_CARTELS);
  const agency = rng.pick(MX_AGENCIES);
  const drug = rng.pick(DRUGS);
  const qty = drug.key === 'fentanyl' || drug.key === 'heroin' ? rng.int(2, 180) : rng.int(40, 4_000);
  const [, month] = date.split('-').map(Number) as [number, number];
  const slots: Record<string, string> = {
    city: rng.pick(CITIES.get(state) ?? [stateByIso(state)?.name ?? state]),
    state: stateByIso(state)?.nameEn ?? state,
    estado: stateByIso(state)?.name ?? state,
    cartel: orgName(cartel),
    cartel_es: organizationBySlug(cartel)?.fullName ?? cartel,
    agency: orgName(agency),
    n: String(rng.int(3, 40)),
    qty: qty.toLocaleString('en-US'),
    drug: drug.en,
    droga: drug.es,
    month: MONTHS_EN[month - 1] as string,
  };
  const text = TOPIC_TEXT[mainTopic];
  const sentences = [rng.pick(text.sentences), rng.pick(text.sentences), rng.pick(CONTEXT_SENTENCES)];
  const summary = [...new Set(sentences)].map((s) => fill(s, slots)).join(' ');

  const organizations = new Set<string>();
  if (mainTopic !== 'tariffs-trade' && mainTopic !== 'geopolitics' && rng.chance(0.7)) organizations.add(cartel);
  if (rng.chance(0.5)) organizations.add(agency);
  if (places.has('US') || topics.has('us-mexico-cooperation')) organizations.add(rng.pick(US_AGENCIES));

  const spanish = rng.chance(0.55);
  const outlet = spanish ? rng.pick(OUTLETS_ES) : rng.pick(OUTLETS_EN);
  const headline = fill(rng.pick(text.headlines), slots);
  const originalTitle = spanish && rng.chance(0.7) ? fill(rng.pick(text.titles), slots) : null;

  let figure: SyntheticFigure | null = null;
  if (figureAllowed && topics.has('drug-seizures') && rng.chance(0.7)) {
    figure = rng.chance(0.15)
      ? { series: 'fentanyl_pills_seized', dimension: null, value: rng.int(2, 900) * 1_000, unit: 'pills', text: `Officials counted the fentanyl pills seized in ${slots['city']}.` }
      : { series: 'drug_seizure_kg', dimension: drug.key, value: qty, unit: 'kg', text: `Troops found ${slots['qty']} kilograms of ${drug.en}.` };
  }

  return {
    headline,
    summary,
    date,
    outlet,
    author: rng.chance(0.6) ? rng.pick(AUTHORS) : null,
    originalTitle,
    url: rng.chance(0.4) ? `https://news.example.org/${date.slice(0, 4)}/${slugify(headline)}` : null,
    language: spanish ? 'es' : 'en',
    places: [...places],
    topics: [...topics],
    organizations: [...organizations],
    figure,
  };
}

/** The longest archive the generator writes: ten years of weekly editions. */
export const SYNTHETIC_MAX_WEEKS = 520;

/**
 * Weekly editions, newest first, going back from SYNTHETIC_END_DATE, with `items` items in all (8–12 per
 * edition); items about drug seizures carry a confirmed figure while `figures` lasts. An archive too large
 * for ten years of such editions gets proportionally larger ones (a desk covering more sources), so that
 * a date filter such as "the last 12 months" holds a realistic share of it rather than a sliver.
 */
export function* syntheticEditions(rng: Rng, items: number, figures: number): Generator<SyntheticEdition> {
  let made = 0;
  let figuresLeft = figures;
  const scale = Math.max(1, Math.ceil(items / (SYNTHETIC_MAX_WEEKS * 10)));
  for (let week = 0; made < items; week++) {
    const publishedOn = addDays(SYNTHETIC_END_DATE, -7 * week);
    const size = Math.min(rng.int(8 * scale, 12 * scale), items - made);
    const editionItems: SyntheticItem[] = [];
    for (let i = 0; i < size; i++) {
      const item = makeItem(rng, addDays(publishedOn, -rng.int(0, 6)), figuresLeft > 0);
      if (item.figure) figuresLeft -= 1;
      editionItems.push(item);
    }
    made += size;
    const state = STATE_WEIGHTS.draw(rng);
    yield {
      title: `Weekly security brief – ${longDate(publishedOn)}`,
      publishedOn,
      author: rng.pick(PARTNERS),
      commentary: [rng.pick(COMMENTARY_SENTENCES), rng.pick(COMMENTARY_SENTENCES)]
        .map((s) => fill(s, { state: stateByIso(state)?.nameEn ?? state }))
        .join(' '),
      items: editionItems,
    };
  }
}
