import type { Dashboard, HomicideRateKpi, Kpi } from '@atalaya/api';
import { drugLabel } from '@atalaya/domain';
import { useId, useMemo, type ReactNode } from 'react';
import { useFormat, useLang, useMessages } from '../../i18n/index.tsx';
import { byDrugOrder, compareValues } from './change.ts';
import { messages } from './messages.ts';

// These components take their data as props (no queries), so the dashboard and the
// briefing mode show the same cards at different sizes.

export type KpiSize = 'normal' | 'large';

type T = ReturnType<typeof useMessages<(typeof messages)['en']>>;

/** Numbers as a reader scans them: millions compact (3.9 M), the rest in full with separators. */
export function useKpiNumber() {
  const format = useFormat();
  return useMemo(() => (n: number) => (Math.abs(n) >= 1_000_000 ? format.compact(n) : format.number(n)), [format]);
}

/** 'the previous 30 days' for a filter of 30 days; null without a closed range. */
export function useComparisonWords(periodDays: number | null): string {
  const t = useMessages(messages);
  if (periodDays === null) return t('whenPeriodGeneric');
  return periodDays === 1 ? t('whenPeriodOne') : t('whenPeriod', { days: periodDays });
}

const UNIT_KEYS: Record<string, keyof (typeof messages)['en']> = {
  items: 'unit_items',
  people: 'unit_people',
  kg: 'unit_kg',
  pills: 'unit_pills',
  'per 100k': 'unit_per100k',
};

export function unitLabel(t: T, unit: string): string {
  const key = UNIT_KEYS[unit];
  return key ? t(key) : unit;
}

// The API names its own sources in English; publishers' names stay as they are.
const SOURCE_KEYS: Record<string, keyof (typeof messages)['en']> = {
  'Published newsletter items': 'src_items',
  'Figures reported in the items': 'src_figures',
  'Gabinete de Seguridad; US Department of Justice (via press)': 'src_transfers',
};

export interface SourceRef {
  label: string;
  url?: string | null | undefined;
}

/** "Source: …" under a figure, linking to the publication when there is one. */
export function SourceLine({ sources }: { sources: readonly SourceRef[] }) {
  const t = useMessages(messages);
  const unique = sources.filter((s, i) => sources.findIndex((o) => o.label === s.label) === i);
  if (unique.length === 0) return null;
  return (
    <p className="kpi-source">
      {unique.length > 1 ? t('sources') : t('source')}{' '}
      {unique.map((s, i) => {
        const key = SOURCE_KEYS[s.label];
        const label = key ? t(key) : s.label;
        return (
          <span key={s.label}>
            {i > 0 ? '; ' : ''}
            {s.url ? (
              <a href={s.url} target="_blank" rel="noopener noreferrer">
                {label}
              </a>
            ) : (
              label
            )}
          </span>
        );
      })}
    </p>
  );
}

/**
 * ▲/▼ and the percentage against the previous period, with the previous value spelled out for
 * screen readers. `compact` leaves the visible "vs …" out (it stays in the tooltip), for rows.
 */
export function ChangeIndicator({ value, previous, when, compact = false }: { value: number | null; previous: number | null; when: string; compact?: boolean }) {
  const t = useMessages(messages);
  const { locale } = useLang();
  const num = useKpiNumber();
  const change = compareValues(value, previous);
  if (change.kind === 'none' || previous === null) {
    // In a row, a dash: the words would repeat down the column and push the card wider than its place.
    return (
      <p className="kpi-change is-none" title={t('noComparisonLong')}>
        <span aria-hidden="true">{compact ? '–' : t('noComparison')}</span>
        <span className="visually-hidden">{t('noComparisonLong')}</span>
      </p>
    );
  }
  const prev = num(previous);
  if (change.kind === 'flat') {
    return (
      <p className="kpi-change is-flat" title={compact ? t('vsPrevious', { previous: prev }) : undefined}>
        <span aria-hidden="true">
          <span className="kpi-arrow">=</span> {t('unchanged')}
          {compact ? null : <span className="kpi-prev"> {t('vsPrevious', { previous: prev })}</span>}
        </span>
        <span className="visually-hidden">{t('srUnchanged', { previous: prev, when })}</span>
      </p>
    );
  }
  const arrow = change.kind === 'up' ? '▲' : '▼';
  const pct =
    change.ratio === null
      ? null
      : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: Math.abs(change.ratio) < 0.1 ? 1 : 0 }).format(Math.abs(change.ratio));
  const spoken = pct === null ? t('srFromZero', { when }) : t(change.kind === 'up' ? 'srUp' : 'srDown', { pct, previous: prev, when });
  return (
    <p className={`kpi-change is-${change.kind}`} title={compact ? t('vsPrevious', { previous: prev }) : undefined}>
      <span aria-hidden="true">
        <span className="kpi-arrow">{arrow}</span> {pct ?? t('newValue')}
        {compact ? null : <span className="kpi-prev"> {t('vsPrevious', { previous: prev })}</span>}
      </span>
      <span className="visually-hidden">{spoken}</span>
    </p>
  );
}

interface CardFrameProps {
  title: string;
  size?: KpiSize | undefined;
  className?: string | undefined;
  children: ReactNode;
}

function CardFrame({ title, size = 'normal', className, children }: CardFrameProps) {
  const id = useId();
  return (
    <article className={`kpi-card kpi-${size} ${className ?? ''}`} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="kpi-title">
        {title}
      </h3>
      {children}
    </article>
  );
}

/** One figure: value and unit, change against the previous period, source. */
export function KpiCard({
  title,
  kpi,
  when,
  size,
}: {
  title: string;
  kpi: Pick<Kpi, 'value' | 'previous' | 'unit' | 'source'> & { sourceUrl?: string | null };
  when: string;
  size?: KpiSize;
}) {
  const t = useMessages(messages);
  const num = useKpiNumber();
  const format = useFormat();
  return (
    <CardFrame title={title} size={size}>
      <p className="kpi-value">
        {kpi.value === null ? (
          <span className="kpi-nodata">{t('noData')}</span>
        ) : (
          <>
            <data value={kpi.value} title={format.number(kpi.value)}>
              {num(kpi.value)}
            </data>{' '}
            <span className="kpi-unit">{unitLabel(t, kpi.unit)}</span>
          </>
        )}
      </p>
      <ChangeIndicator value={kpi.value} previous={kpi.previous} when={when} />
      <SourceLine sources={[{ label: kpi.source, url: kpi.sourceUrl }]} />
    </CardFrame>
  );
}

/**
 * Seizures by drug: one row per drug, each with its own change. When no row has anything to compare
 * with (no closed date range), the card says so once, under the rows, as the other cards do.
 */
export function SeizuresCard({ rows, when, size }: { rows: ReadonlyArray<Kpi & { drug: string }>; when: string; size?: KpiSize }) {
  const t = useMessages(messages);
  const num = useKpiNumber();
  const { lang } = useLang();
  const sorted = byDrugOrder(rows);
  const comparable = sorted.some((row) => compareValues(row.value, row.previous).kind !== 'none');
  return (
    <CardFrame title={t('seizures')} size={size} className="kpi-seizures">
      {sorted.length === 0 ? (
        <p className="kpi-empty">{t('seizuresNone')}</p>
      ) : (
        <table className="kpi-rows">
          <tbody>
            {sorted.map((row) => (
              <tr key={row.drug}>
                <th scope="row">{drugLabel(row.drug, lang)}</th>
                <td className="kpi-row-value">
                  {row.value === null ? t('noData') : num(row.value)} <span className="kpi-unit">{unitLabel(t, row.unit)}</span>
                </td>
                {comparable ? (
                  <td className="kpi-row-change">
                    <ChangeIndicator value={row.value} previous={row.previous} when={when} compact />
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {sorted.length > 0 && !comparable ? <ChangeIndicator value={null} previous={null} when={when} /> : null}
      <SourceLine sources={sorted.map((r) => ({ label: r.source }))} />
    </CardFrame>
  );
}

/** The latest national INEGI homicide rate, with its year and whether the figure is preliminary. */
export function HomicideRateCard({ kpi, size }: { kpi: HomicideRateKpi; size?: KpiSize }) {
  const t = useMessages(messages);
  const num = useKpiNumber();
  return (
    <CardFrame title={t('homicideRate')} size={size} className="kpi-homicide">
      {kpi.value === null ? (
        <p className="kpi-value">
          <span className="kpi-nodata">{t('noData')}</span>
        </p>
      ) : (
        <>
          <p className="kpi-value">
            <data value={kpi.value}>{num(kpi.value)}</data> <span className="kpi-unit">{unitLabel(t, kpi.unit)}</span>
          </p>
          {kpi.year !== null ? (
            <p className="kpi-year">
              <span className={`badge badge-${kpi.dataStatus ?? 'unknown'}`}>
                {kpi.dataStatus ? t('yearStatus', { year: kpi.year, status: t(`status_${kpi.dataStatus}`) }) : kpi.year}
              </span>
            </p>
          ) : null}
        </>
      )}
      {kpi.value === null ? <p className="kpi-empty">{t('homicideRateNone')}</p> : <ChangeIndicator value={kpi.value} previous={kpi.previous} when={t('whenYear')} />}
      <SourceLine sources={[{ label: kpi.source, url: kpi.sourceUrl }]} />
    </CardFrame>
  );
}

/** The four dashboard figures. `periodDays` is the filter's length, null without a closed range. */
export function KpiGrid({ kpis, periodDays, size }: { kpis: Dashboard['kpis']; periodDays: number | null; size?: KpiSize }) {
  const t = useMessages(messages);
  const when = useComparisonWords(periodDays);
  return (
    <div className={`kpi-grid kpi-grid-${size ?? 'normal'}`}>
      <KpiCard title={t('items')} kpi={kpis.items} when={when} size={size} />
      <KpiCard title={t('transfers')} kpi={kpis.prisonerTransfers} when={when} size={size} />
      <SeizuresCard rows={kpis.seizures} when={when} size={size} />
      <HomicideRateCard kpi={kpis.homicideRate} size={size} />
    </div>
  );
}
