import { NATIONAL } from '@atalaya/domain';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceArea, Tooltip, XAxis, YAxis } from 'recharts';
import { useTRPC } from '../../lib/trpc.ts';
import { ChartBox, ChartCard, type LegendEntry } from './ChartCard.tsx';
import {
  axisOf,
  defaultMeasure,
  lineEnds,
  monthlyPlaces,
  placeLines,
  shapeMonthly,
  type Measure,
  type MonthlyChartData,
  type MonthRow,
} from './case-files.ts';
import { AXIS_INK, chartMetrics, GRID_GREY, HIGHLIGHT_FILL, MAX_STATE_LINES, type ChartSize } from './palette.ts';
import { localToday, MIN_TREND_MONTHS, monthlyTrendRange, monthStart, WIDENED_MONTHS } from './periods.ts';
import { dataStatuses, sourceLinks } from './points.ts';
import { useTrendFormat } from './use-trend-format.ts';

export interface CaseFilesChartProps {
  data: MonthlyChartData;
  measure: Measure;
  /** A stretch of months to shade: the selected period when the chart shows more. */
  highlight?: { from: string; to: string } | null;
  size?: ChartSize;
  /** Fixed width in pixels; by default the chart fills its container. */
  width?: number;
}

/** Monthly homicide case files, one line per place (national black); data in, chart out. */
export function CaseFilesChart({ data, measure, highlight, size = 'default', width }: CaseFilesChartProps) {
  const f = useTrendFormat();
  const m = chartMetrics(size);
  const styles = placeLines(data.places);
  const value = measure === 'per100k' ? f.rate : f.count;
  const twoAxes = data.places.some((p) => axisOf(p, data.places, measure) === 'right');
  const shaded = highlight ? shadedMonths(data.rows, highlight) : null;
  const tick = { fontSize: m.font, fill: AXIS_INK };
  return (
    <ChartBox width={width} height={m.height}>
      <LineChart data={data.rows} margin={{ top: 10, right: twoAxes ? 8 : 24, bottom: 4, left: 4 }} accessibilityLayer={false}>
        <CartesianGrid stroke={GRID_GREY} vertical={false} />
        <XAxis dataKey="month" tickFormatter={f.fmt.month} tick={tick} minTickGap={16} stroke={AXIS_INK} />
        <YAxis yAxisId="left" tickFormatter={measure === 'per100k' ? f.fmt.number : f.fmt.compact} tick={tick} width={m.font * 4} stroke={AXIS_INK} />
        {twoAxes ? <YAxis yAxisId="right" orientation="right" tickFormatter={f.fmt.compact} tick={tick} width={m.font * 4} stroke={AXIS_INK} /> : null}
        {shaded ? <ReferenceArea yAxisId="left" x1={shaded.from} x2={shaded.to} fill={HIGHLIGHT_FILL} fillOpacity={0.5} /> : null}
        <Tooltip
          labelFormatter={(month) => f.fmt.month(String(month))}
          formatter={(v, name) => [typeof v === 'number' ? value(v) : String(v), f.place(String(name))]}
        />
        {data.places.map((place) => {
          const style = styles.get(place)!;
          return (
            <Line
              key={place}
              yAxisId={axisOf(place, data.places, measure)}
              dataKey={place}
              name={place}
              type="linear"
              stroke={style.color}
              strokeDasharray={style.dash}
              strokeWidth={place === NATIONAL ? m.stroke + 1 : m.stroke}
              connectNulls={false}
              isAnimationActive={false}
              dot={(props: { cx?: number; cy?: number; index?: number; payload?: MonthRow }) => {
                const key = `${place}-${props.index ?? 0}`;
                if (props.cx === undefined || props.cy === undefined || !props.payload || typeof props.payload[place] !== 'number') return <g key={key} />;
                const low = data.lowConfidence.has(`${place}|${props.payload.month}`);
                return <circle key={key} cx={props.cx} cy={props.cy} r={m.dot} stroke={style.color} strokeWidth={1.5} fill={low ? '#ffffff' : style.color} />;
              }}
            />
          );
        })}
      </LineChart>
    </ChartBox>
  );
}

/** The chart's first and last months that fall in the highlighted range, if any do. */
function shadedMonths(rows: readonly MonthRow[], range: { from: string; to: string }): { from: string; to: string } | null {
  const inside = rows.filter((r) => r.month >= monthStart(range.from) && r.month <= range.to).map((r) => r.month);
  const from = inside[0];
  const to = inside[inside.length - 1];
  return from && to ? { from, to } : null;
}

export interface CaseFilesCardProps {
  filter: { from?: string | undefined; to?: string | undefined; states: readonly string[] };
  size?: ChartSize;
}

/** The monthly case-file chart for a filter: national plus the selected states, counts or per 100k. */
export function CaseFilesCard({ filter, size = 'default' }: CaseFilesCardProps) {
  const f = useTrendFormat();
  const trpc = useTRPC();
  const { places, left } = monthlyPlaces(filter.states);
  const range = monthlyTrendRange(filter, localToday());
  const [chosen, setMeasure] = useState<Measure | null>(null);
  const measure = chosen ?? defaultMeasure(places);
  const query = useQuery(
    trpc.metrics.series.queryOptions(
      { series: 'homicide_case_files_sesnsp', places, from: range.from, to: range.to },
      { placeholderData: (previous) => previous },
    ),
  );
  const points = query.data?.points ?? [];
  const data = shapeMonthly(points, places, measure);
  const series = query.data?.series;
  const styles = placeLines(data.places);
  const twoAxes = data.places.some((p) => axisOf(p, data.places, measure) === 'right');
  const legend: LegendEntry[] = data.places.map((place) => ({
    key: place,
    label: twoAxes && place === NATIONAL ? f.t('nationalRightAxis') : f.place(place),
    color: styles.get(place)!.color,
    dash: styles.get(place)!.dash,
    shape: 'line',
  }));
  const value = measure === 'per100k' ? f.rate : f.count;
  const first = data.rows[0]?.month;
  const last = data.rows[data.rows.length - 1]?.month;
  const summary =
    first && last
      ? f.t('caseFilesSummary', {
          measure: measure === 'per100k' ? f.t('unitPer100k') : f.t('unitCaseFiles'),
          from: f.fmt.month(first),
          to: f.fmt.month(last),
          lines: data.places
            .map((place) => {
              const ends = lineEnds(data.rows, place);
              return ends
                ? f.t('summaryLine', {
                    place: f.place(place),
                    first: value(ends.first.value),
                    firstMonth: f.fmt.month(ends.first.month),
                    last: value(ends.last.value),
                    lastMonth: f.fmt.month(ends.last.month),
                  })
                : '';
            })
            .join(' '),
        })
      : '';
  const remarks = [
    range.widenedFrom ? f.t('widened', { min: MIN_TREND_MONTHS, months: WIDENED_MONTHS, to: f.fmt.date(range.widenedFrom.to) }) : null,
    left > 0 ? f.t('tooManyStates', { n: left, max: MAX_STATE_LINES }) : null,
    measure === 'per100k' ? f.t('per100kNote') : twoAxes ? f.t('rightAxisNote') : null,
    data.lowConfidence.size > 0 ? f.t('hollowDots') : null,
  ].filter((r): r is string => r !== null);
  const statuses = dataStatuses(points);

  return (
    <ChartCard
      chart="homicide-case-files"
      title={f.t('caseFilesTitle')}
      subtitle={f.t('caseFilesSubtitle')}
      size={size}
      controls={
        places.length > 1 || chosen !== null ? (
          <fieldset className="trend-toggle">
            <legend>{f.t('measure')}</legend>
            {(['per100k', 'count'] as const).map((option) => (
              <button key={option} type="button" aria-pressed={measure === option} onClick={() => setMeasure(option)}>
                {option === 'per100k' ? f.t('measurePer100k') : f.t('measureCount')}
              </button>
            ))}
          </fieldset>
        ) : null
      }
      status={query.isPending ? 'loading' : query.isError ? 'error' : data.rows.length === 0 ? 'empty' : 'ready'}
      error={query.error?.message}
      onRetry={() => void query.refetch()}
      summary={summary}
      legend={legend}
      remarks={remarks}
      source={
        series
          ? {
              name: series.source,
              links: sourceLinks(points),
              notes: [series.sourceKind === 'third_party' ? f.t('thirdPartyNote') : null, statuses.preliminary ? f.t('preliminaryNote') : null].filter(
                (n): n is string => n !== null,
              ),
            }
          : null
      }
      table={{
        head: [f.t('colMonth'), ...data.places.map((p) => `${f.place(p)} (${measure === 'per100k' ? f.t('unitPer100k') : f.t('unitCaseFiles')})`)],
        rows: data.rows.map((row) => ({
          key: row.month,
          cells: [
            f.fmt.month(row.month),
            ...data.places.map((place) => {
              const v = row[place];
              if (typeof v !== 'number') return '—';
              return data.lowConfidence.has(`${place}|${row.month}`) ? `${value(v)}*` : value(v);
            }),
          ],
        })),
        footnote: data.lowConfidence.size > 0 ? f.t('lowConfidenceMark') : undefined,
      }}
    >
      <CaseFilesChart data={data} measure={measure} highlight={range.widenedFrom ?? null} size={size} />
    </ChartCard>
  );
}
