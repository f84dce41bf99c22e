import type { Filter } from '@atalaya/domain';
import { useQuery } from '@tanstack/react-query';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { useTRPC } from '../../lib/trpc.ts';
import { ChartBox, ChartCard, type LegendEntry } from './ChartCard.tsx';
import { AXIS_INK, categoryFill, chartMetrics, GRID_GREY, OTHER_GREY, type ChartSize } from './palette.ts';
import { OTHER_KEY, topTopics, type TopicChartData } from './topic-volume.ts';
import { useTrendFormat } from './use-trend-format.ts';

/** Fill of each stacked key: palette order for the top topics, grey for "other". */
export function topicFills(keys: readonly string[]): Map<string, string> {
  return new Map(keys.map((k, i) => [k, k === OTHER_KEY ? OTHER_GREY : categoryFill(i)]));
}

export interface TopicVolumeChartProps {
  data: TopicChartData;
  size?: ChartSize;
  width?: number;
}

/** Items per month, stacked by topic (top topics + other); data in, chart out. */
export function TopicVolumeChart({ data, size = 'default', width }: TopicVolumeChartProps) {
  const f = useTrendFormat();
  const m = chartMetrics(size);
  const fills = topicFills(data.keys);
  const tick = { fontSize: m.font, fill: AXIS_INK };
  return (
    <ChartBox width={width} height={m.height}>
      <BarChart data={data.rows} margin={{ top: 10, right: 12, bottom: 4, left: 4 }} accessibilityLayer={false}>
        <CartesianGrid stroke={GRID_GREY} vertical={false} />
        <XAxis dataKey="month" tickFormatter={f.fmt.month} tick={tick} minTickGap={12} stroke={AXIS_INK} />
        <YAxis allowDecimals={false} tickFormatter={f.count} tick={tick} width={m.font * 3.5} stroke={AXIS_INK} />
        <Tooltip labelFormatter={(month) => f.fmt.month(String(month))} formatter={(v, name) => [typeof v === 'number' ? f.count(v) : String(v), f.topic(String(name))]} />
        {data.keys.map((key) => (
          <Bar key={key} dataKey={key} name={key} stackId="topics" fill={fills.get(key)} stroke="#ffffff" strokeWidth={0.75} isAnimationActive={false} />
        ))}
      </BarChart>
    </ChartBox>
  );
}

export interface TopicVolumeCardProps {
  filter: Filter;
  size?: ChartSize;
}

/** Item volume by topic for the whole filter (dates, states, topics, organizations, text). */
export function TopicVolumeCard({ filter, size = 'default' }: TopicVolumeCardProps) {
  const f = useTrendFormat();
  const trpc = useTRPC();
  const query = useQuery(trpc.dashboard.topicVolume.queryOptions({ filter }, { placeholderData: (previous) => previous }));
  const data = topTopics(query.data ?? []);
  const fills = topicFills(data.keys);
  const legend: LegendEntry[] = data.keys.map((key) => ({ key, label: f.topic(key), color: fills.get(key)!, shape: 'box' }));
  const first = data.rows[0]?.month;
  const last = data.rows[data.rows.length - 1]?.month;
  return (
    <ChartCard
      chart="topic-volume"
      title={f.t('topicsTitle')}
      subtitle={f.t('topicsSubtitle')}
      size={size}
      status={query.isPending ? 'loading' : query.isError ? 'error' : data.rows.length === 0 ? 'empty' : 'ready'}
      error={query.error?.message}
      onRetry={() => void query.refetch()}
      summary={
        first && last
          ? f.t('topicsSummary', {
              from: f.fmt.month(first),
              to: f.fmt.month(last),
              top: data.keys
                .filter((k) => k !== OTHER_KEY)
                .slice(0, 3)
                .map((k) => f.t('topicCount', { topic: f.topic(k), count: f.count(data.totals[k] ?? 0) }))
                .join(', '),
            })
          : ''
      }
      legend={legend}
      source={{ name: f.t('topicsSource'), links: [], notes: [] }}
      table={{
        head: [f.t('colMonth'), ...data.keys.map((k) => f.topic(k))],
        rows: data.rows.map((row) => ({ key: row.month, cells: [f.fmt.month(row.month), ...data.keys.map((k) => f.count(Number(row[k] ?? 0)))] })),
      }}
    >
      <TopicVolumeChart data={data} size={size} />
    </ChartCard>
  );
}
