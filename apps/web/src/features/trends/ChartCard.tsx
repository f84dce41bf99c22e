import { cloneElement, useId, useRef, useState, type ReactElement, type ReactNode } from 'react';
import { ResponsiveContainer } from 'recharts';
import { LoadError } from '../../app/QueryState.tsx';
import { ScrollTable } from '../../app/ScrollTable.tsx';
import { useMessages } from '../../i18n/index.tsx';
import { messages } from './messages.ts';
import { chartMetrics, type ChartSize } from './palette.ts';
import { downloadChartPng, type PngLegendEntry } from './png.ts';
import { localToday } from './periods.ts';
import type { SourceLink } from './points.ts';

export type LegendEntry = PngLegendEntry & { key: string };

export interface ChartSource {
  /** Publisher of the series ('SESNSP (third-party compilation)'). */
  name: string;
  /** Where the figures were taken from, linked when there is a URL. */
  links: readonly SourceLink[];
  /** Caveats that travel with the source: third-party, preliminary, overlapping periods… */
  notes: readonly string[];
}

export interface DataTableSpec {
  head: readonly string[];
  /** The first cell of each row is its header. */
  rows: ReadonlyArray<{ key: string; cells: readonly ReactNode[] }>;
  footnote?: string | undefined;
}

export type ChartStatus = 'loading' | 'error' | 'empty' | 'ready';

export interface ChartCardProps {
  /** Short name: element ids and the PNG file name (`atalaya-<chart>-<date>.png`). */
  chart: string;
  title: string;
  subtitle?: string | undefined;
  /** Selectors and toggles shown beside the title. */
  controls?: ReactNode;
  status: ChartStatus;
  error?: string | undefined;
  onRetry?: (() => void) | undefined;
  /** Offered under the empty-state message (e.g. "show every period"). */
  emptyAction?: ReactNode;
  /** What the chart shows, in words: the accessible name of the figure. */
  summary: string;
  legend: readonly LegendEntry[];
  /** Chart-specific remarks above the source line (a widened range, a second axis…). */
  remarks?: readonly string[];
  source: ChartSource | null;
  table: DataTableSpec | null;
  size?: ChartSize;
  /** The recharts chart; drawn only when status is 'ready'. */
  children: ReactNode;
}

/** Plain-text source line, as printed under the chart and into its PNG. */
export function sourceText(source: ChartSource, label: string, via: string): string {
  const links = source.links.map((l) => l.label).join('; ');
  return [`${label}: ${source.name}.`, links ? `${via} ${links}.` : '', ...source.notes].filter(Boolean).join(' ');
}

/**
 * One trend chart with everything around it: title, controls, loading/error/empty states that keep
 * the chart's height (no layout shift), legend, source line, a "Show data" table and a PNG download.
 */
export function ChartCard(props: ChartCardProps) {
  const t = useMessages(messages);
  const metrics = chartMetrics(props.size ?? 'default');
  const id = useId();
  const plotRef = useRef<HTMLDivElement>(null);
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ready = props.status === 'ready';

  async function download() {
    const svg = plotRef.current?.querySelector<SVGSVGElement>('svg.recharts-surface');
    if (!svg) return;
    setBusy(true);
    setDownloadError(null);
    try {
      await downloadChartPng({
        svg,
        chart: props.chart,
        title: props.title,
        subtitle: props.subtitle,
        legend: props.legend,
        source: [...(props.remarks ?? []), props.source ? sourceText(props.source, t('source'), t('sourcesVia')) : ''].filter(Boolean).join(' '),
        date: localToday(),
      });
    } catch (e) {
      setDownloadError(t('downloadFailed', { reason: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className={`trend-card trend-card-${props.size ?? 'default'}`} aria-labelledby={`${id}-title`} data-chart={props.chart}>
      <header className="trend-card-head">
        <div>
          <h3 id={`${id}-title`}>{props.title}</h3>
          {props.subtitle ? <p className="trend-subtitle">{props.subtitle}</p> : null}
        </div>
        <div className="trend-controls">
          {props.controls}
          <button type="button" onClick={() => void download()} disabled={!ready || busy} aria-label={t('downloadPngOf', { chart: props.title })}>
            {t('downloadPng')}
          </button>
        </div>
      </header>
      {downloadError ? (
        <p className="error" role="alert">
          {downloadError}
        </p>
      ) : null}
      <div className="trend-plot" style={{ minHeight: metrics.height }} aria-busy={props.status === 'loading'}>
        {props.status === 'loading' ? (
          <p className="loading" role="status">
            {t('loading')}
          </p>
        ) : props.status === 'error' ? (
          <LoadError onRetry={props.onRetry}>{t('loadError', { reason: props.error ?? '' })}</LoadError>
        ) : props.status === 'empty' ? (
          <div className="empty">
            <p>{t('empty')}</p>
            {props.emptyAction}
          </div>
        ) : (
          <div ref={plotRef} role="img" aria-label={props.summary}>
            {props.children}
          </div>
        )}
      </div>
      {ready && props.legend.length > 0 ? (
        <ul className="trend-legend" aria-hidden="true">
          {props.legend.map((entry) => (
            <li key={entry.key}>
              <LegendSwatch entry={entry} />
              {entry.label}
            </li>
          ))}
        </ul>
      ) : null}
      {props.remarks?.map((remark) => (
        <p key={remark} className="trend-remark">
          {remark}
        </p>
      ))}
      {props.source ? <SourceLine source={props.source} /> : null}
      {ready && props.table ? <DataTable spec={props.table} title={props.title} /> : null}
    </section>
  );
}

function LegendSwatch({ entry }: { entry: PngLegendEntry }) {
  if (entry.shape === 'box') return <span className="trend-swatch" style={{ background: entry.color }} />;
  return (
    <svg className="trend-swatch-line" width="22" height="10" aria-hidden="true">
      <line x1="1" y1="5" x2="21" y2="5" stroke={entry.color} strokeWidth="3" strokeDasharray={entry.dash} />
    </svg>
  );
}

/** "Source: publisher. Figures from: label; label. Notes." with the labels linked. */
export function SourceLine({ source }: { source: ChartSource }) {
  const t = useMessages(messages);
  return (
    <p className="trend-source">
      <strong>{t('source')}:</strong> {source.name}.
      {source.links.length > 0 ? (
        <>
          {' '}
          {t('sourcesVia')}{' '}
          {source.links.map((link, i) => (
            <span key={`${link.label}-${link.url ?? ''}`}>
              {i > 0 ? '; ' : null}
              {link.url ? (
                <a href={link.url} target="_blank" rel="noreferrer">
                  {link.label}
                </a>
              ) : (
                link.label
              )}
            </span>
          ))}
          .
        </>
      ) : null}
      {source.notes.map((note) => ` ${note}`).join('')}
    </p>
  );
}

function DataTable({ spec, title }: { spec: DataTableSpec; title: string }) {
  const t = useMessages(messages);
  return (
    <details className="trend-data">
      <summary>{t('showData')}</summary>
      <ScrollTable caption={<caption className="visually-hidden">{title}</caption>} columns={spec.head}>
        {spec.rows.map((row) => (
          <tr key={row.key}>
            {row.cells.map((cell, i) =>
              i === 0 ? (
                <th key={i} scope="row">
                  {cell}
                </th>
              ) : (
                <td key={i}>{cell}</td>
              ),
            )}
          </tr>
        ))}
      </ScrollTable>
      {spec.footnote ? <p className="hint">{spec.footnote}</p> : null}
    </details>
  );
}

/**
 * Sizes a recharts chart: a fixed width when given (tests, exports), otherwise the container's
 * width. Height always comes from the chart size, so the card does not jump when data arrives.
 */
export function ChartBox({ width, height, children }: { width?: number | undefined; height: number; children: ReactElement<{ width?: number; height?: number }> }) {
  if (width !== undefined) return cloneElement(children, { width, height });
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 600, height }}>
      {children}
    </ResponsiveContainer>
  );
}
