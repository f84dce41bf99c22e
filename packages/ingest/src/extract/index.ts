/**
 * Extraction of places, topics, organizations, people and metrics from the
 * text of one news item. Pure functions: no I/O, catalogs from @atalaya/domain,
 * matchers compiled once at module load.
 */
import { extractMetrics } from './metrics.ts';
import { extractOrganizations, extractPeople } from './organizations.ts';
import { extractPlaces } from './places.ts';
import { extractTopics } from './topics.ts';
import type { ExtractContext, Extraction } from './types.ts';

export type { Evidence, ExtractContext, Extraction, MetricHit, OrgHit, PersonHit, PlaceHit, TopicHit } from './types.ts';
export { extractMetrics } from './metrics.ts';
export { parseNumber } from './numbers.ts';
export { extractOrganizations, extractPeople } from './organizations.ts';
export { extractPlaces } from './places.ts';
export { extractTopics } from './topics.ts';

/** Everything at once; the text is folded and tokenized once for all extractors. */
export function extractAll(text: string, context: ExtractContext): Extraction {
  return {
    places: extractPlaces(text),
    topics: extractTopics(text, { headline: context.headline }),
    organizations: extractOrganizations(text),
    people: extractPeople(text),
    metrics: extractMetrics(text, context),
  };
}
