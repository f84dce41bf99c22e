import { useQuery } from '@tanstack/react-query';
import { CartesianGrid, LabelList, Line, LineChart, ReferenceArea, XAxis, YAxis } from 'recharts';
import { useTRPC } from '../../lib/trpc.ts';
import { ChartBox, ChartCard } from './ChartCard.tsx';
import { AXIS_INK, chartMetrics, GRID_GREY, HIGHLIGHT_FILL, OKABE_ITO, type ChartSize } from './palette.ts';
import { dayMs } from './periods.ts';
import { dataStatuses, sourceLinks } from './points.ts';
import { cumulativeTransfers, transferDomain, type TransferStep } from './transfers.ts';
import { useTrendFormat } from './use-trend-format.ts';

export interface TransfersChartProps {
  steps: readonly TransferStep[];
  /** The filter's range, shaded on the time axis. */
  range?: { from?: string | undefined; to?: string | undefined };
  size?: ChartSize;
  width?: number;
}

const LINE = OKABE_ITO.blue;

/** Running total of people sent, as a step line; each step labelled "total (+count)"; data in, chart out. */
export function TransfersChart({ steps, range = {}, size = 'default', width }: TransfersChartProps) {
  const f = useTrendFormat();
  const m = chartMetrics(size);
  const domain = transferDomain(steps, range);
  if (!domain) return null;
  // The line starts from zero at the left edge, so the first transfer is a step up like the others.
  const data = [{ t: domain[0], total: 0, count: 0, date: '' }, ...steps];
  const shadeFrom = range.from ? Math.max(dayMs(range.from), domain[0]) : domain[0];
  const shadeTo = range.to ? Math.min(dayMs(range.to), domain[1]) : domain[1];
  const shade = (range.from || range.to) && shadeFrom < shadeTo;
  const tick = { fontSize: m.font, fill: AXIS_INK };
  return (
    <ChartBox width={width} height={m.height}>
      <LineChart data={data} margin={{ top: m.font * 3, right: m.font * 3, bottom: 4, left: 4 }} accessibilityLayer={false}>
        <CartesianGrid stroke={GRID_GREY} vertical={false} />
        {shade ? <ReferenceArea x1={shadeFrom} x2={shadeTo} fill={HIGHLIGHT_FILL} fillOpacity={0.5} /> : null}
        <XAxis
          dataKey="t"
          type="number"
          scale="time"
          domain={domain}
          ticks={steps.map((s) => s.t)}
          tickFormatter={(t: number) => f.fmt.date(new Date(t).toISOString())}
          tick={tick}
          stroke={AXIS_INK}
        />
        <YAxis tickFormatter={f.count} tick={tick} width={m.font * 3.5} allowDecimals={false} stroke={AXIS_INK} />
        <Line
          dataKey="total"
          type="stepAfter"
          stroke={LINE}
          strokeWidth={m.stroke + 1}
          isAnimationActive={false}
          dot={(props: { cx?: number; cy?: number; index?: number }) =>
            props.index === 0 || props.cx === undefined || props.cy === undefined ? (
              <g key={`dot-${props.index ?? 0}`} />
            ) : (
              <circle key={`dot-${props.index}`} cx={props.cx} cy={props.cy} r={m.dot + 1} fill={LINE} stroke="#ffffff" strokeWidth={1.5} />
            )
          }
        >
          <LabelList
            dataKey="total"
            content={(props) => {
              const index = Number(props.index);
              const step = steps[index - 1];
              if (!step || typeof props.x !== 'number' || typeof props.y !== 'number') return null;
              return (
                <text x={props.x} y={props.y - m.font * 0.9} textAnchor="middle" fontSize={m.font + 2} fill="#14212b">
                  <tspan fontWeight={700}>{f.count(step.total)}</tspan>
                  <tspan fontSize={m.font} fill={AXIS_INK}>{` (+${f.count(step.count)})`}</tspan>
                </text>
              );
            }}
          />
        </Line>
      </LineChart>
    </ChartBox>
  );
}

export interface TransfersCardProps {
  filter: { from?: string | undefined; to?: string | undefined };
  size?: ChartSize;
}

/**
 * Every mass transfer to date, whatever the filter's dates: a running total is only meaningful from
 * the first transfer, and "how many so far" is the question it answers. The filter's range is shaded.
 */
export function TransfersCard({ filter, size = 'default' }: TransfersCardProps) {
  const f = useTrendFormat();
  const trpc = useTRPC();
  const query = useQuery(trpc.metrics.series.queryOptions({ series: 'prisoner_transfers', places: ['MX'] }));
  const points = query.data?.points ?? [];
  const steps = cumulativeTransfers(points);
  const series = query.data?.series;
  const last = steps[steps.length - 1];
  const range = { from: filter.from, to: filter.to };
  return (
    <ChartCard
      chart="prisoner-transfers"
      title={f.t('transfersTitle')}
      subtitle={f.t('transfersSubtitle')}
      size={size}
      status={query.isPending ? 'loading' : query.isError ? 'error' : steps.length === 0 ? 'empty' : 'ready'}
      error={query.error?.message}
      onRetry={() => void query.refetch()}
      summary={
        last
          ? f.t('transfersSummary', {
              steps: steps.map((s) => f.t('transferStep', { count: f.count(s.count), date: f.fmt.date(s.date), total: f.count(s.total) })).join('; '),
              total: f.count(last.total),
            })
          : ''
      }
      legend={[{ key: 'total', label: f.t('transfersLegend'), color: LINE, shape: 'line' }]}
      remarks={filter.from || filter.to ? [f.t('transfersRange')] : []}
      source={
        series
          ? {
              name: series.source,
              links: sourceLinks(points),
              notes: dataStatuses(points).preliminary ? [f.t('preliminaryNote')] : [],
            }
          : null
      }
      table={{
        head: [f.t('colDate'), f.t('colSent'), f.t('colTotal'), f.t('colSource')],
        rows: steps.map((s) => {
          const point = points.find((p) => p.periodStart === s.date);
          return {
            key: s.date,
            cells: [
              f.fmt.date(s.date),
              f.count(s.count),
              f.count(s.total),
              point?.sourceUrl ? (
                <a href={point.sourceUrl} target="_blank" rel="noreferrer">
                  {point.sourceLabel ?? point.sourceUrl}
                </a>
              ) : (
                (point?.sourceLabel ?? '—')
              ),
            ],
          };
        }),
      }}
    >
      <TransfersChart steps={steps} range={range} size={size} />
    </ChartCard>
  );
}
