import type { Database, Kysely } from '@atalaya/db';
import { stateByIso, type Filter } from '@atalaya/domain';
import { badRequest } from '../errors.ts';
import { tagCounts, type TagCount } from './breakdowns.ts';
import { itemCounts } from './item-counts.ts';
import { listItems, type ItemPage } from './items.ts';
import { seriesData, type SeriesData } from './metrics.ts';

export interface StateProfile {
  code: string;
  /** Items about this state in the period, and about the whole country for comparison. */
  itemCount: number;
  nationalItemCount: number;
  homicideRate: SeriesData;
  caseFiles: SeriesData;
  items: ItemPage;
  topOrganizations: TagCount[];
  topTopics: TagCount[];
}

/** Exposure summary for one state within a filter's period, topics and text. */
export async function stateProfile(db: Kysely<Database>, code: string, filter: Filter): Promise<StateProfile> {
  if (!stateByIso(code)) throw badRequest(`Unknown state "${code}"`);
  const scoped: Filter = { ...filter, states: [code as Filter['states'][number]] };
  const national: Filter = { ...filter, states: [] };
  const [itemCount, nationalItemCount, homicideRate, caseFiles, items, topOrganizations, topTopics] = await Promise.all([
    itemCounts(db, scoped, { parts: [] }).then((c) => c.total),
    itemCounts(db, national, { parts: [] }).then((c) => c.total),
    seriesData(db, { series: 'homicide_rate_inegi', places: ['MX', code as Filter['states'][number]] }),
    seriesData(db, { series: 'homicide_case_files_sesnsp', places: ['MX', code as Filter['states'][number]], from: filter.from, to: filter.to }),
    listItems(db, { filter: scoped, limit: 20 }),
    tagCounts(db, 'organization', scoped, 8),
    tagCounts(db, 'topic', scoped, 8),
  ]);
  return { code, itemCount, nationalItemCount, homicideRate, caseFiles, items, topOrganizations, topTopics };
}
