import { extractAll } from './extract/index.ts';
import type { MetricHit, OrgHit, PersonHit, PlaceHit, TopicHit } from './extract/types.ts';
import { parseDocument, type ParsedDocument } from './parse.ts';
import type { DocumentFormat, ReadOptions } from './read/index.ts';
import type { SegmentedItem } from './segment/types.ts';

export interface ParsedItem extends SegmentedItem {
  /** Language of the original article (its title when there is one, else the summary). */
  language: 'en' | 'es';
  places: PlaceHit[];
  topics: TopicHit[];
  organizations: OrgHit[];
  people: PersonHit[];
  metrics: MetricHit[];
}

export interface ParsedEdition {
  format: DocumentFormat;
  /** The normalized document text that item spans point into. */
  text: string;
  edition: { title: string | null; publishedOn: string | null; author: string | null; commentary: string | null };
  items: ParsedItem[];
}

const SPANISH = new Set(['el', 'la', 'los', 'las', 'de', 'del', 'que', 'y', 'en', 'por', 'con', 'para', 'una', 'un', 'se', 'su', 'al', 'es', 'más', 'como']);
const ENGLISH = new Set(['the', 'of', 'and', 'to', 'in', 'is', 'for', 'with', 'that', 'on', 'as', 'by', 'at', 'from', 'its', 'are', 'was', 'be', 'an', 'has']);

/** English or Spanish, by counting each language's commonest words (enough for press text). */
export function detectLanguage(text: string): 'en' | 'es' {
  let es = 0;
  let en = 0;
  for (const word of text.toLowerCase().match(/[a-záéíóúñü]+/g) ?? []) {
    if (SPANISH.has(word)) es++;
    if (ENGLISH.has(word)) en++;
  }
  if (/[ñ¿¡]|ción\b/i.test(text)) es += 2;
  return es > en ? 'es' : 'en';
}

/** Runs the extractors over each segmented item: the headline, summary and original title together. */
export function analyzeSegmented(doc: ParsedDocument): ParsedEdition {
  return {
    format: doc.format,
    text: doc.text,
    edition: { title: doc.title, publishedOn: doc.publishedOn, author: doc.author, commentary: doc.commentary },
    items: doc.items.map((item) => {
      const body = [item.headline, item.summary, item.source.title ?? ''].filter(Boolean).join('\n\n');
      const found = extractAll(body, { date: item.source.publishedOn ?? doc.publishedOn, headline: item.headline });
      return { ...item, language: detectLanguage(item.source.title ?? item.summary), ...found };
    }),
  };
}

/** Bytes in, edition with items and proposed tags and figures out. */
export async function analyzeDocument(bytes: Uint8Array, options: ReadOptions = {}): Promise<ParsedEdition> {
  return analyzeSegmented(await parseDocument(bytes, options));
}

/** The CLI's `--json` shape (see the ingestion issue): dates YYYY-MM-DD, unknowns null. */
export interface IngestJson {
  edition: { title: string | null; publishedOn: string | null; author: string | null; commentary: string | null };
  items: Array<{
    kind: 'summary' | 'article';
    headline: string;
    summary: string;
    source: { outlet: string | null; publishedOn: string | null; author: string | null; title: string | null; url: string | null };
    places: string[];
    topics: string[];
    organizations: string[];
    people: string[];
    metrics: Array<{ series: string; value: number; unit: string; place: string; date: string | null; text: string }>;
  }>;
}

export function toIngestJson(parsed: ParsedEdition): IngestJson {
  return {
    edition: parsed.edition,
    items: parsed.items.map((item) => ({
      kind: item.kind,
      headline: item.headline,
      summary: item.summary,
      source: item.source,
      places: item.places.map((p) => p.code),
      topics: item.topics.map((t) => t.slug),
      organizations: item.organizations.map((o) => o.name),
      people: item.people.map((p) => p.name),
      metrics: item.metrics.map((m) => ({ series: m.series, value: m.value, unit: m.unit, place: m.place, date: m.date, text: m.text })),
    })),
  };
}
