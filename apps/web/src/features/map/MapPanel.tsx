import type { Count } from '@atalaya/api';
import type { StateIso } from '@atalaya/domain';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useId, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { LoadError } from '../../app/QueryState.tsx';
import { useFormat, useLang, useMessages } from '../../i18n/index.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { useFilter } from '../filters/use-filter.ts';
import { classify, legendEntries, type LegendEntry } from './classes.ts';
import { formatRange, localIsoDate, pngFileName, sourceText, tooltipContent, type Translate } from './format.ts';
import { DEFAULT_LAYER, MAP_LAYERS, parseLayer, periodYear, stateData, statusSummary, type MapLayer, type StateDatum } from './layers.ts';
import { MapCanvas, type MapHandle } from './MapCanvas.tsx';
import { featureLooks } from './map-style.ts';
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
 * `size` 'large' is briefing mode: bigger type and the projector palette.
 */
export default function MapPanel({ counts, size = 'default' }: { counts: Count[] | null; size?: 'default' | 'large' }) {
  const org = useMyOrg();
  const t = useMessages(messages);
  const format = useFormat();
  const { lang } = useLang();
  const titleId = useId();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const layer = parseLayer(params.get('layer'));
  const { filter, setFilter, search } = useFilter();
  const trpc = useTRPC();
  const homicide = useQuery({
    ...trpc.metrics.latestByState.queryOptions({ series: 'homicide_rate_inegi', to: filter.to }),
    enabled: layer === 'homicide_rate',
  });
  const [handle, setHandle] = useState<MapHandle | null>(null);
  const [unavailable, setUnavailable] = useState<string | null>(() => (canDrawMaps() ? null : 'WebGL 2 is not available'));
  const [downloadError, setDownloadError] = useState<string | null>(null);

  const data = useMemo(() => stateData(layer, { counts, homicide: homicide.data ?? null }), [layer, counts, homicide.data]);
  const year = layer === 'homicide_rate' ? periodYear(homicide.data?.period) : null;
  const classes = useMemo(
    () =>
      data
        ? classify(
            data.flatMap((d) => (d.value === null ? [] : [d.value])),
            { integer: layer === 'items', palette: size === 'large' ? 'projector' : 'default' },
          )
        : null,
    [data, layer, size],
  );
  const legend = useMemo(() => (data ? legendEntries(classes, data.map((d) => d.value)) : []), [classes, data]);
  const looks = useMemo(() => featureLooks(data, classes, filter.states), [data, classes, filter.states]);
  const byIso = useMemo(() => new Map<string, StateDatum>(data?.map((d) => [d.iso, d]) ?? []), [data]);
  const tooltip = useCallback(
    (iso: StateIso) => {
      const d = byIso.get(iso);
      return d ? tooltipContent(d, layer, year, lang) : null;
    },
    [byIso, layer, year, lang],
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
  const legendTitle = layer === 'homicide_rate' ? (year ? t('legendTitle_homicide_rate', { year }) : t('layer_homicide_rate')) : t(`legendTitle_${layer}`);
  const note = homicideNote(layer, data, year, t);
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
      const sources =
        layer === 'homicide_rate'
          ? t('pngSources', { list: [...new Set(data.flatMap((d) => (d.sourceLabel ? [d.sourceLabel] : [])))].join('; ') })
          : sourceText(null, layer, null, lang);
      const made = format.date(localIsoDate(now));
      const image = composeMapImage(handle.snapshot(), {
        title: t('pngTitle', { layer: layerName }),
        legendTitle,
        items: legend.map((e) => ({ color: e.color, hatch: e.kind === 'noData', label: `${formatRange(e, lang)} (${statesText(e.count)})` })),
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
        <h2 id={titleId}>{t('title')}</h2>
        <fieldset className="layer-picker">
          <legend>{t('layerPicker')}</legend>
          {MAP_LAYERS.map((l) => (
            <label key={l} className={l === layer ? 'is-active' : undefined}>
              <input type="radio" name={`${titleId}-layer`} value={l} checked={l === layer} onChange={() => chooseLayer(l)} />
              {t(`layer_${l}`)}
            </label>
          ))}
        </fieldset>
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
      {layer === 'homicide_rate' && homicide.isError ? (
        <LoadError className="error map-error" onRetry={() => void homicide.refetch()}>
          {t('loadError', { reason: homicide.error.message })}
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
          <Legend title={legendTitle} entries={legend} loading={!data} statesText={statesText} />
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
          ) : homicide.isError ? null : (
            <p className="loading" role="status">
              {t('loading')}
            </p>
          )}
        </div>
      </div>
    </section>
  );

}

function Legend({ title, entries, loading, statesText }: { title: string; entries: LegendEntry[]; loading: boolean; statesText: (n: number) => string }) {
  const t = useMessages(messages);
  const { lang } = useLang();
  return (
    <div className="map-legend" role="group" aria-label={t('legend')} aria-busy={loading}>
      <p className="map-legend-title">{title}</p>
      <ul>
        {entries.map((e) => (
          <li key={e.kind === 'noData' ? 'no-data' : `${e.from}-${e.to}`} className={e.kind === 'noData' ? 'legend-no-data' : undefined}>
            <span
              className={e.kind === 'noData' ? 'swatch swatch-no-data' : 'swatch'}
              style={e.kind === 'class' ? { background: e.color } : undefined}
              aria-hidden="true"
            />
            <span className="legend-range">{formatRange(e, lang)}</span> <span className="legend-count">({statesText(e.count)})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function homicideNote(layer: MapLayer, data: readonly StateDatum[] | null, year: number | null, t: Translate): string | null {
  if (layer !== 'homicide_rate' || !data) return null;
  if (!year) return t('homicideEmpty');
  return t('homicideNote', { year, ...statusSummary(data) });
}
