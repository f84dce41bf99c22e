import type { Database, Kysely } from '@atalaya/db';
import { sql } from '@atalaya/db';
import {
  CASE_FILE_THRESHOLDS,
  ITEM_VOLUME_MIN_RECENT,
  ITEM_VOLUME_THRESHOLDS,
  STATE_ISO_CODES,
  caseFileSignal,
  isoDaysBefore,
  itemVolumeSignal,
  seriesByKey,
  worstStatus,
  type CaseFileSignal,
  type ItemVolumeSignal,
  type SignalStatus,
} from '@atalaya/domain';

const CASE_FILE_SERIES = 'homicide_case_files_sesnsp';

export interface StateSignals {
  state: string;
  /** The worse of the two: what an alert on "signal turned red" watches. */
  status: SignalStatus;
  caseFiles: CaseFileSignal;
  items: ItemVolumeSignal;
}

export interface SignalsAnswer {
  date: string;
  /** Where the inputs come from and what the thresholds are, shown with every signal. */
  method: {
    caseFiles: { series: string; source: string; sourceKind: string; thresholds: typeof CASE_FILE_THRESHOLDS };
    items: { windowWeeks: { recent: 4; previous: 12 }; thresholds: typeof ITEM_VOLUME_THRESHOLDS; minRecent: typeof ITEM_VOLUME_MIN_RECENT };
  };
  states: StateSignals[];
}

/**
 * Computed signals per state on a date: (a) homicide case files of the last full month against the trailing
 * 12-month mean and the same month a year earlier; (b) published items about the state in the last 4 weeks
 * against the previous 12 weeks' weekly mean. Signals are computed, never a level, and never change one.
 */
export async function stateSignals(db: Kysely<Database>, args: { date: string; states?: readonly string[] | undefined }): Promise<SignalsAnswer> {
  const states = args.states?.length ? [...args.states] : [...STATE_ISO_CODES];
  const since = isoDaysBefore(args.date, 16 * 31);
  const recentFrom = isoDaysBefore(args.date, 28);
  const previousFrom = isoDaysBefore(args.date, 16 * 7);
  const [caseFiles, items] = await Promise.all([
    // One figure per state and month: the newest confirmed one from a dataset (never a press figure).
    db
      .selectFrom('observations')
      .select(['place', 'period_start', 'value'])
      .distinctOn(['place', 'period_start'])
      .where('series_key', '=', CASE_FILE_SERIES)
      .where('status', '=', 'confirmed')
      .where('dataset', 'is not', null)
      .where('place', 'in', states)
      .where('period_start', '>=', since)
      .where('period_start', '<=', args.date)
      .orderBy('place')
      .orderBy('period_start')
      .orderBy('id', 'desc')
      .execute(),
    sql<{ place: string; recent: string; previous: string }>`
      select place,
             count(*) filter (where f.item_date > ${recentFrom}) as recent,
             count(*) filter (where f.item_date <= ${recentFrom}) as previous
      from item_facets f, unnest(f.places) as place
      where f.published and f.item_date > ${previousFrom} and f.item_date <= ${args.date} and place = any(${states})
      group by place`.execute(db),
  ]);
  const monthly = new Map<string, Array<{ month: string; value: number }>>();
  for (const r of caseFiles) {
    const list = monthly.get(r.place) ?? [];
    list.push({ month: `${r.period_start.slice(0, 7)}-01`, value: r.value });
    monthly.set(r.place, list);
  }
  const counts = new Map(items.rows.map((r) => [r.place, { recent: Number(r.recent), previous: Number(r.previous) }]));
  const series = seriesByKey(CASE_FILE_SERIES);
  return {
    date: args.date,
    method: {
      caseFiles: { series: CASE_FILE_SERIES, source: series?.source ?? 'SESNSP (third-party compilation)', sourceKind: series?.sourceKind ?? 'third_party', thresholds: CASE_FILE_THRESHOLDS },
      items: { windowWeeks: { recent: 4, previous: 12 }, thresholds: ITEM_VOLUME_THRESHOLDS, minRecent: ITEM_VOLUME_MIN_RECENT },
    },
    states: states.map((state) => {
      const files = caseFileSignal(monthly.get(state) ?? [], args.date);
      const volume = itemVolumeSignal(counts.get(state)?.recent ?? 0, counts.get(state)?.previous ?? 0);
      return { state, status: worstStatus([files.status, volume.status]), caseFiles: files, items: volume };
    }),
  };
}
