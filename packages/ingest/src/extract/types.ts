/** Where a result came from: offsets into the string passed to the extractor. */
export interface Evidence {
  text: string;
  start: number;
  end: number;
}

export interface PlaceHit extends Evidence {
  /** 'MX-SIN' for a state, 'MX' for national scope, ISO 3166-1 alpha-2 ('US') for a foreign country. */
  code: string;
  confidence: number;
  via: 'state' | 'alias' | 'demonym' | 'locality' | 'country' | 'national';
}

/** Evidence is the first cue in the text; -1 offsets when the only cue is in a headline the text does not contain. */
export interface TopicHit extends Evidence {
  slug: string;
  confidence: number;
}

export interface OrgHit extends Evidence {
  slug: string;
  name: string;
  confidence: number;
}

export interface PersonHit extends Evidence {
  slug: string;
  name: string;
  confidence: number;
}

/** A proposed observation of a catalog series; `text`/`start`/`end` are the whole sentence. */
export interface MetricHit extends Evidence {
  series: string;
  value: number;
  unit: string;
  /** 'MX' unless the sentence (or, failing that, the item) names one Mexican state. */
  place: string;
  periodStart: string | null;
  periodEnd: string | null;
  /** YYYY-MM-DD: the point date or the period end. */
  date: string | null;
  /** Drug, for drug_seizure_kg. */
  dimension: string | null;
  /** 'over', 'nearly', 'about', 'más de', 'casi', a range's lower bound… */
  approximate: boolean;
  /** A running total ('a total of 92 … handed over'), not the count of one event or period. */
  cumulative: boolean;
  /** What a reviewer should know: a unit conversion, a range kept as its lower bound. */
  note: string | null;
  /** The number and its unit within the sentence. */
  quantity: Evidence;
  confidence: number;
}

export interface Extraction {
  places: PlaceHit[];
  topics: TopicHit[];
  organizations: OrgHit[];
  people: PersonHit[];
  metrics: MetricHit[];
}

export interface ExtractContext {
  /** Item or article date, YYYY-MM-DD: anchors "in October", "in just 39 days" and point observations. */
  date: string | null;
  /** The item's headline: its topic cues weigh more. */
  headline?: string;
}
