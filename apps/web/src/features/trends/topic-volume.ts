import { TOPIC_SLUGS } from '@atalaya/domain';
import { monthStart, monthsBetween } from './periods.ts';

export const OTHER_KEY = 'other';
/** Beyond six stacked colours the eye stops telling them apart. */
export const TOP_TOPICS = 6;

export interface TopicMonthLike {
  month: string;
  topic: string;
  count: number;
}

export type TopicRow = { month: string } & Record<string, number | string>;

export interface TopicChartData {
  /** Top topics by total, most frequent first, then OTHER_KEY when some were folded into it. */
  keys: string[];
  /** Every month from the first to the last (empty months as zeros), one count per key. */
  rows: TopicRow[];
  totals: Record<string, number>;
}

const TOPIC_ORDER = new Map<string, number>(TOPIC_SLUGS.map((s, i) => [s, i]));

/** Items per month and topic → the top `n` topics over the whole range, the rest summed as "other". */
export function topTopics(counts: readonly TopicMonthLike[], n = TOP_TOPICS): TopicChartData {
  const totals: Record<string, number> = {};
  for (const c of counts) totals[c.topic] = (totals[c.topic] ?? 0) + c.count;
  const at = (t: string) => TOPIC_ORDER.get(t) ?? TOPIC_ORDER.size;
  const ranked = Object.keys(totals).sort((a, b) => totals[b]! - totals[a]! || at(a) - at(b) || (a < b ? -1 : 1));
  const top = ranked.slice(0, n);
  const folded = ranked.slice(n);
  const keys = folded.length > 0 ? [...top, OTHER_KEY] : top;
  const keyTotals: Record<string, number> = {};
  for (const k of top) keyTotals[k] = totals[k]!;
  if (folded.length > 0) keyTotals[OTHER_KEY] = folded.reduce((s, t) => s + totals[t]!, 0);

  const months = counts.map((c) => monthStart(c.month)).sort();
  const first = months[0];
  const last = months[months.length - 1];
  if (first === undefined || last === undefined) return { keys: [], rows: [], totals: {} };
  const topSet = new Set(top);
  const byMonth = new Map<string, TopicRow>(
    monthsBetween(first, last).map((month) => [month, Object.fromEntries([['month', month], ...keys.map((k) => [k, 0])]) as TopicRow]),
  );
  for (const c of counts) {
    const row = byMonth.get(monthStart(c.month))!;
    const key = topSet.has(c.topic) ? c.topic : OTHER_KEY;
    row[key] = (row[key] as number) + c.count;
  }
  return { keys, rows: [...byMonth.values()], totals: keyTotals };
}
