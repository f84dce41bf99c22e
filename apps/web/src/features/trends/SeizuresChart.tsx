import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { useTRPC } from '../../lib/trpc.ts';
import { ChartBox, ChartCard, type LegendEntry } from './ChartCard.tsx';
import { AXIS_INK, chartMetrics, drugFill, GRID_GREY, type ChartSize } from './palette.ts';
import { dataStatuses, sourceLinks } from './points.ts';
import { SEIZURE_OPTIONS, seizureOption, shapeSeizures, TOTAL_KEY, type SeizureChartData, type SeizureOptionId } from './seizures.ts';
import { useTrendFormat, type TrendFormat } from './use-trend-format.ts';

export interface SeizuresChartProps {
  data: SeizureChartData;
  /** Legend label of the bar of a series without drugs (US CBP: fentanyl). */
  totalLabel: string;
  size?: ChartSize;
  width?: number;
}

type PeriodRow = { key: string } & Record<string, number | string>;

/** One series' seizures: a group of bars per period (labelled start–end), one bar per drug; data in, chart out. */
export function SeizuresChart({ data, totalLabel, size = 'default', width }: SeizuresChartProps) {
  const f = useTrendFormat();
  const m = chartMetrics(size);
  const rows: PeriodRow[] = data.periods.map((p) => ({ key: p.key, ...p.values }));
  const labels = new Map(data.periods.map((p) => [p.key, f.period(p.start, p.end)]));
  const label = (drug: string) => (drug === TOTAL_KEY ? totalLabel : f.drug(drug));
  return (
    <ChartBox width={width} height={m.height}>
      <BarChart data={rows} margin={{ top: m.font * 2, right: 12, bottom: 4, left: 4 }} barCategoryGap="20%" accessibilityLayer={false}>
        <CartesianGrid stroke={GRID_GREY} vertical={false} />
        <XAxis
          dataKey="key"
          interval={0}
          height={m.font * 3.2}
          stroke={AXIS_INK}
          tick={(props: { x?: number | string; y?: number | string; payload?: { value?: unknown } }) => (
            <PeriodTick x={Number(props.x)} y={Number(props.y)} label={labels.get(String(props.payload?.value)) ?? ''} font={m.font} />
          )}
        />
        <YAxis tickFormatter={f.fmt.compact} tick={{ fontSize: m.font, fill: AXIS_INK }} width={m.font * 4} stroke={AXIS_INK} />
        <Tooltip labelFormatter={(key) => labels.get(String(key)) ?? String(key)} formatter={(v, name) => [typeof v === 'number' ? f.amount(v) : String(v), label(String(name))]} />
        {data.drugs.map((drug) => (
          <Bar key={drug} dataKey={drug} name={drug} fill={drugFill(drug === TOTAL_KEY ? 'fentanyl' : drug)} isAnimationActive={false}>
            <LabelList dataKey={drug} position="top" fontSize={m.font} fill="#14212b" formatter={(v: unknown) => (typeof v === 'number' ? f.fmt.compact(v) : '')} />
          </Bar>
        ))}
      </BarChart>
    </ChartBox>
  );
}

/** A period under its bars, on two lines when it is a range ("Oct 2024 –" / "Jan 2025"). */
function PeriodTick({ x, y, label, font }: { x: number; y: number; label: string; font: number }) {
  const [start, end] = label.split(' – ');
  return (
    <text x={x} y={y + font} textAnchor="middle" fontSize={font} fill={AXIS_INK}>
      <tspan x={x}>{end ? `${start} –` : start}</tspan>
      {end ? (
        <tspan x={x} dy={font * 1.2}>
          {end}
        </tspan>
      ) : null}
    </text>
  );
}

function seriesLabel(f: TrendFormat, id: SeizureOptionId): string {
  return f.t(`seizures_${id}`);
}

export interface SeizuresCardProps {
  filter: { from?: string | undefined; to?: string | undefined };
  /** The series shown first; the user switches with the selector. */
  initial?: SeizureOptionId;
  size?: ChartSize;
}

/**
 * Seizures of the periods that overlap the filter's range, for one series at a time (Sedena-only,
 * whole cabinet or US CBP). When none overlap, the user can ask for every period on record.
 */
export function SeizuresCard({ filter, initial = 'sedena', size = 'default' }: SeizuresCardProps) {
  const f = useTrendFormat();
  const trpc = useTRPC();
  const selectId = useId();
  const [optionId, setOptionId] = useState<SeizureOptionId>(initial);
  // "Every period" holds for the range it was asked for: a new range or series goes back to bounded.
  const rangeKey = `${optionId}|${filter.from ?? ''}|${filter.to ?? ''}`;
  const [allPeriodsFor, setAllPeriodsFor] = useState<string | null>(null);
  const option = seizureOption(optionId);
  const bounded = allPeriodsFor !== rangeKey && (filter.from !== undefined || filter.to !== undefined);
  const query = useQuery(
    trpc.metrics.series.queryOptions(
      { series: option.series, places: [...option.places], ...(bounded ? { from: filter.from, to: filter.to } : {}) },
      // Keep the previous bars while the next range loads, but never another series' bars.
      { placeholderData: (previous) => (previous?.series.key === option.series ? previous : undefined) },
    ),
  );
  const points = query.data?.points ?? [];
  const data = shapeSeizures(points);
  const series = query.data?.series;
  const unit = data.unit ?? series?.unit ?? '';
  const totalLabel = f.drug('fentanyl');
  const legend: LegendEntry[] = data.drugs.map((drug) => ({
    key: drug,
    label: drug === TOTAL_KEY ? totalLabel : f.drug(drug),
    color: drugFill(drug === TOTAL_KEY ? 'fentanyl' : drug),
    shape: 'box',
  }));
  const drugName = (drug: string) => (drug === TOTAL_KEY ? totalLabel : f.drug(drug));

  return (
    <ChartCard
      chart={`seizures-${option.id}`}
      title={`${f.t('seizuresTitle')}: ${seriesLabel(f, option.id)}`}
      subtitle={series?.description[f.lang]}
      size={size}
      controls={
        <label className="trend-select" htmlFor={selectId}>
          {f.t('seizuresSeries')}
          <select
            id={selectId}
            value={option.id}
            onChange={(e) => {
              setOptionId(seizureOption(e.target.value).id);
            }}
          >
            {SEIZURE_OPTIONS.map((o) => (
              <option key={o.id} value={o.id}>
                {seriesLabel(f, o.id)}
              </option>
            ))}
          </select>
        </label>
      }
      status={query.isPending ? 'loading' : query.isError ? 'error' : data.periods.length === 0 ? 'empty' : 'ready'}
      error={query.error?.message}
      onRetry={() => void query.refetch()}
      emptyAction={
        bounded ? (
          <button type="button" onClick={() => setAllPeriodsFor(rangeKey)}>
            {f.t('showAllPeriods')}
          </button>
        ) : null
      }
      summary={f.t('seizuresSummary', {
        series: seriesLabel(f, option.id),
        unit,
        periods: data.periods
          .map((p) =>
            f.t('seizurePeriod', {
              period: f.period(p.start, p.end),
              values: data.drugs
                .filter((d) => p.values[d] !== undefined)
                .map((d) => `${drugName(d)} ${f.amount(p.values[d]!)}`)
                .join(', '),
            }),
          )
          .join('; '),
      })}
      legend={legend}
      remarks={[f.t('seizuresOneAtATime'), ...(data.overlapping ? [f.t('periodsOverlap')] : [])]}
      source={
        series
          ? {
              name: series.source,
              links: sourceLinks(points),
              notes: [series.sourceKind === 'third_party' ? f.t('thirdPartyNote') : null, dataStatuses(points).preliminary ? f.t('preliminaryNote') : null].filter(
                (n): n is string => n !== null,
              ),
            }
          : null
      }
      table={{
        head: [f.t('colPeriod'), f.t('colDrug'), f.t('colAmount', { unit }), f.t('colStatus'), f.t('colNote'), f.t('colSource')],
        rows: points.map((p, i) => ({
          key: `${p.periodStart}-${p.periodEnd}-${p.dimension ?? ''}-${i}`,
          cells: [
            f.period(p.periodStart, p.periodEnd),
            drugName(p.dimension ?? TOTAL_KEY),
            f.amount(p.value),
            p.dataStatus === 'preliminary' ? f.t('statusPreliminary') : p.dataStatus === 'definitive' ? f.t('statusDefinitive') : '—',
            p.note ?? '—',
            p.sourceUrl ? (
              <a href={p.sourceUrl} target="_blank" rel="noreferrer">
                {p.sourceLabel ?? p.sourceUrl}
              </a>
            ) : (
              (p.sourceLabel ?? '—')
            ),
          ],
        })),
      }}
    >
      <SeizuresChart data={data} totalLabel={totalLabel} size={size} />
    </ChartCard>
  );
}
