import type { Count } from '@atalaya/api';
import type { StateIso } from '@atalaya/domain';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useId, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { LoadError } from '../../app/QueryState.tsx';
import { useFormat, useLang, useMessages } from '../../i18n/index.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { useFilter } from '../filters/use-filter.ts';
import { localToday } from '../filters/date-presets.ts';
import { levelsDate } from '../risk/levels.ts';
import { useStateLevels } from '../risk/queries.ts';
import { classify, isHatched, type LegendEntry } from './classes.ts';
import { formatRange, localIsoDate, pngFileName, sourceText, tooltipContent, type LayerTime } from './format.ts';
import { layerLegend, type LegendSource } from './layer-legend.ts';
import { DEFAULT_LAYER, MAP_LAYERS, parseLayer, periodYear, stateData, type MapLayer, type StateDatum } from './layers.ts';
import { MapCanvas, type MapHandle } from './MapCanvas.tsx';
import { featureLooks } from './map-style.ts';
import { layerPainter } from './risk-layer.ts';
import { messages } from './messages.ts';
import { useMyOrg } from '../org/use-my-org.ts';
import { composeMapImage, downloadCanvas } from './png.ts';
import { StateTable } from './StateTable.tsx';
import { nextStates } from './table-model.ts';
import './map.css';

/** maplibre 6 draws with WebGL 2 only; without it (or in jsdom) the panel shows the table alone. */
function canDrawMaps(): boolean {
  return typeof window !== 'undefined' && 'WebGL2RenderingContext' in window;
}

/**
 * §5 Map: a choropleth of the 32 states coloured by the chosen layer, its legend, and the same
 * figures as an accessible table. Choosing a state (map or table) puts it in the filter.
 * `size` 'large' is briefing mode: bigger type and the projector palette. `fixedLayer` shows one
 * layer without the picker (briefing mode's levels slide).
 */
export default function MapPanel({
  counts,
  size = 'default',
  fixedLayer,
  today = localToday(),
}: {
  counts: Count[] | null;
  size?: 'default' | 'large';
  fixedLayer?: MapLayer;
  /** The reader's day: the risk levels shown are those of the filter's end date, or of today when it is open-ended. */
  today?: string;
}) {
  const org = useMyOrg();
  const t = useMessages(messages);
  const format = useFormat();
  const { lang } = useLang();
  const titleId = useId();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const layer = fixedLayer ?? parseLayer(params.get('layer'));
  const { filter, setFilter, search } = useFilter();
  const trpc = useTRPC();
  const homicide = useQuery({
    ...trpc.metrics.latestByState.queryOptions({ series: 'homicide_rate_inegi', to: filter.to }),
    enabled: layer === 'homicide_rate',
  });
  // Every layer's table has a level column, so the levels are always asked for (one small query in the screen's batch).
  const levelsOn = levelsDate(filter, today);
  const levels = useStateLevels(levelsOn);
  // An outside reference on its own scale: asked for only when its layer is shown.
  const advisory = useQuery({ ...trpc.levels.advisory.queryOptions({ date: levelsOn }), enabled: layer === 'us_advisory' });
  const fixedScale = layer === 'risk_level' || layer === 'us_advisory';
  const [handle, setHandle] = useState<MapHandle | null>(null);
  const [unavailable, setUnavailable] = useState<string | null>(() => (canDrawMaps() ? null : 'WebGL 2 is not available'));
  const [downloadError, setDownloadError] = useState<string | null>(null);

  const data = useMemo(
    () => stateData(layer, { counts, homicide: homicide.data ?? null, levels: levels.data ?? null, advisory: advisory.data ?? null }),
    [layer, counts, homicide.data, levels.data, advisory.data],
  );
  const year = layer === 'homicide_rate' ? periodYear(homicide.data?.period) : null;
  const time: LayerTime = useMemo(() => ({ year, levelsOn, levelsToday: filter.to === undefined }), [year, levelsOn, filter.to]);
  const classes = useMemo(
    () =>
      data && !fixedScale
        ? classify(
            data.flatMap((d) => (d.value === null ? [] : [d.value])),
            { integer: layer === 'items', palette: size === 'large' ? 'projector' : 'default' },
          )
        : null,
    [data, layer, size, fixedScale],
  );
  const legendInfo = useMemo(() => layerLegend(layer, data, classes, time, lang), [layer, data, classes, time, lang]);
  const { entries: legend, title: legendTitle, note } = legendInfo;
  const looks = useMemo(() => featureLooks(data, layerPainter(layer, classes), filter.states), [data, layer, classes, filter.states]);
  const byIso = useMemo(() => new Map<string, StateDatum>(data?.map((d) => [d.iso, d]) ?? []), [data]);
  const tooltip = useCallback(
    (iso: StateIso) => {
      const d = byIso.get(iso);
      return d ? tooltipContent(d, layer, time, lang) : null;
    },
    [byIso, layer, time, lang],
  );

  const choose = useCallback(
    (iso: StateIso, additive: boolean) => setFilter((f) => ({ ...f, states: nextStates(f.states, iso, additive) })),
    [setFilter],
  );
  const chooseLayer = (next: MapLayer) => {
    const p = new URLSearchParams(params);
    if (next === DEFAULT_LAYER) p.delete('layer');
    else p.set('layer', next);
    // navigate() rather than setSearchParams(), which re-encodes the filter's readable commas
    // (states=MX-CHH,MX-SON) as %2C. A layer is a way of looking, not a new view: Back should
    // undo filters, not colour switches, hence replace.
    const query = p.toString().replace(/%2C/gi, ',');
    void navigate({ search: query ? `?${query}` : '' }, { replace: true, preventScrollReset: true });
  };

  const layerName = layer === 'homicide_rate' && year ? t('layer_homicide_rate_year', { year }) : t(`layer_${layer}`);
  const layerError = layer === 'homicide_rate' ? homicide : layer === 'risk_level' ? levels : layer === 'us_advisory' ? advisory : null;
  const errorKey = layer === 'us_advisory' ? 'advisoryError' : layer === 'risk_level' ? 'levelsError' : 'loadError';
  const controlLocale = useMemo(
    () => ({ 'NavigationControl.ZoomIn': t('zoomIn'), 'NavigationControl.ZoomOut': t('zoomOut'), 'CooperativeGesturesHandler.MobileHelpText': t('twoFingers') }),
    [t],
  );
  const statesText = (n: number) => t(n === 1 ? 'states_one' : 'states_other', { n });

  const download = async () => {
    if (!handle || !data) return;
    setDownloadError(null);
    try {
      const now = new Date();
      const cited = legendInfo.source;
      const sources =
        layer === 'homicide_rate'
          ? t('pngSources', { list: [...new Set(data.flatMap((d) => (d.sourceLabel ? [d.sourceLabel] : [])))].join('; ') })
          : cited
            ? `${cited.text} ${cited.links.map((l) => l.label).join(', ')}`
            : sourceText(null, layer, time, lang);
      const made = format.date(localIsoDate(now));
      const image = composeMapImage(handle.snapshot(), {
        title: t('pngTitle', { layer: layerName }),
        legendTitle,
        items: legend.map((e) => ({ color: e.color, hatch: isHatched(e), label: `${formatRange(e, lang)} (${statesText(e.count)})` })),
        notes: [...(note ? [note] : []), sources, search ? t('pngFilter', { filter: decodeURIComponent(search), date: made }) : t('pngNoFilter', { date: made }), t('attribution')],
      });
      await downloadCanvas(image, pngFileName(layer, now));
    } catch (e) {
      setDownloadError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <section className={`panel map-panel map-panel-${size}`} aria-labelledby={titleId}>
      <div className="map-header">
        <h2 id={titleId}>{fixedLayer ? layerName : t('title')}</h2>
        {fixedLayer ? null : (
          <fieldset className="layer-picker">
            <legend>{t('layerPicker')}</legend>
            {MAP_LAYERS.map((l) => (
              <label key={l} className={l === layer ? 'is-active' : undefined}>
                <input type="radio" name={`${titleId}-layer`} value={l} checked={l === layer} onChange={() => chooseLayer(l)} />
                {t(`layer_${l}`)}
              </label>
            ))}
          </fieldset>
        )}
        <div className="map-actions">
          {filter.states.length > 0 ? (
            <button type="button" onClick={() => setFilter((f) => ({ ...f, states: [] }))}>
              {t('clearStates')}
            </button>
          ) : null}
          <button type="button" onClick={() => void download()} disabled={!handle || !data}>
            {t('download')}
          </button>
        </div>
      </div>
      {downloadError ? (
        <p className="error" role="alert">
          {t('downloadError', { reason: downloadError })}
        </p>
      ) : null}
      {layerError?.isError ? (
        <LoadError className="error map-error" onRetry={() => void layerError.refetch()}>
          {t(errorKey, { reason: layerError.error.message })}
        </LoadError>
      ) : null}
      <div className="map-body">
        <figure className="map-figure">
          {unavailable ? (
            <p className="notice map-unavailable" role="note">
              {t('noWebgl')}
            </p>
          ) : (
            <MapCanvas
              key={lang}
              looks={looks}
              tooltip={tooltip}
              onChoose={choose}
              onReady={setHandle}
              onUnavailable={(reason) => {
                console.warn('map unavailable:', reason);
                setUnavailable(reason);
                setHandle(null);
              }}
              label={t('mapLabel', { layer: layerName })}
              controlLocale={controlLocale}
              drawingText={t('drawing')}
              sites={org?.sites}
            />
          )}
          <Legend title={legendTitle} entries={legend} source={legendInfo.source} loading={!data} statesText={statesText} />
          {note ? <p className="hint map-note">{note}</p> : null}
          {org && org.sites.some((site) => site.lat !== null) ? (
            <p className="hint map-sites-key">
              <span className="site-dot" aria-hidden="true" /> {t('sitesKey', { org: org.name, n: org.sites.length })}
            </p>
          ) : null}
          <figcaption>
            {unavailable ? null : <span className="hint">{t('mapHint')} </span>}
            <span className="map-attribution">{t('attribution')}</span>
          </figcaption>
        </figure>
        <div className="map-table">
          {data ? (
            <StateTable data={data} layer={layer} caption={t('tableCaption', { layer: layerName })} selected={filter.states} onChoose={choose} />
          ) : layerError?.isError ? null : (
            <p className="loading" role="status">
              {t('loading')}
            </p>
          )}
        </div>
      </div>
    </section>
  );

}

function Legend({
  title,
  entries,
  source,
  loading,
  statesText,
}: {
  title: string;
  entries: LegendEntry[];
  source: LegendSource | null;
  loading: boolean;
  statesText: (n: number) => string;
}) {
  const t = useMessages(messages);
  const { lang } = useLang();
  return (
    <div className="map-legend" role="group" aria-label={t('legend')} aria-busy={loading}>
      <p className="map-legend-title">{title}</p>
      <ul>
        {entries.map((e) => (
          <li key={legendKey(e)} className={isHatched(e) ? 'legend-no-data' : undefined}>
            <span className={isHatched(e) ? 'swatch swatch-no-data' : 'swatch'} style={isHatched(e) ? undefined : { background: e.color }} aria-hidden="true" />
            <span className="legend-range">{formatRange(e, lang)}</span> <span className="legend-count">({statesText(e.count)})</span>
          </li>
        ))}
      </ul>
      {source ? (
        <p className="map-legend-source">
          {source.text}{' '}
          {source.links.map((link, i) => (
            <span key={link.url}>
              {i > 0 ? ', ' : null}
              <a href={link.url} rel="noreferrer" target="_blank">
                {link.label}
              </a>
            </span>
          ))}
        </p>
      ) : null}
    </div>
  );
}

function legendKey(e: LegendEntry): string {
  switch (e.kind) {
    case 'class':
      return `${e.from}-${e.to}`;
    case 'level':
      return `level-${e.level}`;
    default:
      return e.kind;
  }
}
