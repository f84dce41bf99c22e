import type { StateIso } from '@atalaya/domain';
import type { GeoJSONSource, Map as MaplibreMap, MapLayerMouseEvent } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useEffectEvent, useLayoutEffect, useRef, useState } from 'react';
import { hatchPixels } from './classes.ts';
import type { TooltipContent } from './format.ts';
import { placeTooltip } from './tooltip-position.ts';
import { FILL_LAYER, HATCH_IMAGE, hatchLayer, mapStyle, SOURCE_ID, type FeatureLook } from './map-style.ts';

declare global {
  interface Window {
    /** The live map, for end-to-end tests and debugging (e.g. `__atalayaMap.project([lon, lat])`). */
    __atalayaMap?: MaplibreMap;
  }
}

/** What the panel can do with a drawn map. */
export interface MapHandle {
  /**
   * The WebGL canvas, freshly drawn without the hover outline (its drawing buffer is
   * preserved, so it can be read back).
   */
  snapshot(): HTMLCanvasElement;
}

export interface MapCanvasProps {
  looks: ReadonlyMap<number, FeatureLook>;
  tooltip(iso: StateIso): TooltipContent | null;
  onChoose(iso: StateIso, additive: boolean): void;
  onReady(handle: MapHandle | null): void;
  /** The map could not be created (no WebGL, a failed worker): the panel falls back to the table. */
  onUnavailable(reason: string): void;
  /** Accessible name of the map canvas. */
  label: string;
  /** maplibre's own control strings (zoom buttons). */
  controlLocale: Record<string, string>;
  drawingText: string;
  /** The organisation's sites with coordinates, drawn as points above the states (in `color` when given). */
  sites?: ReadonlyArray<{ name: string; lat: number | null; lon: number | null; color?: string | undefined }>;
}

interface Hover {
  iso: StateIso;
  x: number;
  y: number;
}

const PADDING = 12;
const NO_SITES: NonNullable<MapCanvasProps['sites']> = [];
const SITES_SOURCE = 'sites';
const SITE_COLOR = '#1d3557';
const SITE_RING = '#14212b';

/**
 * The maplibre-gl choropleth. maplibre, its worker and the state geometry are imported when this
 * mounts, so they travel in their own chunks and never block the rest of the dashboard.
 */
export function MapCanvas({ looks, tooltip, onChoose, onReady, onUnavailable, label, controlLocale, drawingText, sites = NO_SITES }: MapCanvasProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MaplibreMap | null>(null);
  const [hover, setHover] = useState<Hover | null>(null);
  const tipRef = useRef<HTMLDivElement>(null);
  const choose = useEffectEvent(onChoose);
  const ready = useEffectEvent(onReady);
  const unavailable = useEffectEvent(onUnavailable);
  const initial = useEffectEvent(() => ({ label, controlLocale }));

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let cancelled = false;
    let instance: MaplibreMap | null = null;
    void (async () => {
      try {
        const [maplibre, worker, geo] = await Promise.all([
          import('maplibre-gl'),
          import('maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url'),
          import('./geometry.ts'),
        ]);
        if (cancelled) return;
        // maplibre 6 cannot find its worker inside a bundle: point it at the one Vite emitted.
        maplibre.setWorkerUrl(worker.default);
        const { label: canvasLabel, controlLocale: locale } = initial();
        const m = new maplibre.Map({
          container,
          style: mapStyle(geo.mexicoStates()),
          bounds: geo.MEXICO_BOUNDS,
          fitBoundsOptions: { padding: PADDING },
          attributionControl: false,
          // Read back for the PNG download; without it the buffer is cleared after each frame.
          canvasContextAttributes: { preserveDrawingBuffer: true, antialias: true },
          // Scrolling the page must scroll the page (a finger dragged across the map on a phone too:
          // two fingers move it); shift is for multi-select, not box zoom.
          cooperativeGestures: true,
          scrollZoom: false,
          boxZoom: false,
          doubleClickZoom: false,
          dragRotate: false,
          pitchWithRotate: false,
          touchPitch: false,
          renderWorldCopies: false,
          locale,
        });
        instance = m;
        m.touchZoomRotate.disableRotation();
        m.keyboard.disableRotation();
        m.addControl(new maplibre.NavigationControl({ showCompass: false }), 'top-right');
        m.getCanvas().setAttribute('aria-label', canvasLabel);
        m.on('error', (e) => console.error('map:', e.error));
        m.on('resize', () => m.fitBounds(geo.MEXICO_BOUNDS, { padding: PADDING, animate: false }));

        let hovered: number | null = null;
        const setHovered = (id: number | null) => {
          if (hovered === id) return;
          if (hovered !== null) m.setFeatureState({ source: SOURCE_ID, id: hovered }, { hover: false });
          if (id !== null) m.setFeatureState({ source: SOURCE_ID, id }, { hover: true });
          hovered = id;
        };
        const stateOf = (e: MapLayerMouseEvent) => {
          const feature = e.features?.[0];
          const iso = feature?.properties?.['iso'];
          return typeof feature?.id === 'number' && typeof iso === 'string' ? { id: feature.id, iso: iso as StateIso } : null;
        };
        m.on('mousemove', FILL_LAYER, (e) => {
          const state = stateOf(e);
          setHovered(state?.id ?? null);
          m.getCanvas().style.cursor = state ? 'pointer' : '';
          setHover(state ? { iso: state.iso, x: e.point.x, y: e.point.y } : null);
        });
        m.on('mouseleave', FILL_LAYER, () => {
          setHovered(null);
          m.getCanvas().style.cursor = '';
          setHover(null);
        });
        m.on('click', FILL_LAYER, (e) => {
          const state = stateOf(e);
          if (state) choose(state.iso, e.originalEvent.shiftKey || e.originalEvent.metaKey || e.originalEvent.ctrlKey);
        });
        m.on('load', () => {
          if (cancelled) return;
          m.addImage(HATCH_IMAGE, { width: 8, height: 8, data: hatchPixels(8) });
          m.addLayer(hatchLayer, 'states-border');
          window.__atalayaMap = m;
          setMap(m);
          ready({
            snapshot: () => {
              setHovered(null);
              setHover(null);
              // Synchronous: the feature-state changes above are in the image read right after.
              m.redraw();
              return m.getCanvas();
            },
          });
        });
      } catch (e) {
        // No WebGL 2 (old browser, GPU blocklist) or a worker that failed to load: the table still works.
        if (!cancelled) unavailable(e instanceof Error ? e.message : String(e));
      }
    })();
    return () => {
      cancelled = true;
      if (instance && window.__atalayaMap === instance) delete window.__atalayaMap;
      instance?.remove();
      ready(null);
    };
  }, []);

  useEffect(() => {
    if (!map) return;
    for (const [id, look] of looks) map.setFeatureState({ source: SOURCE_ID, id }, { ...look });
  }, [map, looks]);

  useEffect(() => {
    map?.getCanvas().setAttribute('aria-label', label);
  }, [map, label]);

  useEffect(() => {
    if (!map) return;
    // A site in a colour of its own gets a dark ring: a pale level colour stays visible on a pale state.
    const data: GeoJSON.FeatureCollection<GeoJSON.Point, { name: string; color: string; stroke: string }> = {
      type: 'FeatureCollection',
      features: sites.flatMap((site) =>
        site.lat === null || site.lon === null
          ? []
          : [{ type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: [site.lon, site.lat] }, properties: { name: site.name, color: site.color ?? SITE_COLOR, stroke: site.color ? SITE_RING : '#ffffff' } }],
      ),
    };
    const source = map.getSource(SITES_SOURCE) as GeoJSONSource | undefined;
    if (source) {
      source.setData(data);
      return;
    }
    map.addSource(SITES_SOURCE, { type: 'geojson', data });
    map.addLayer({
      id: 'sites-points',
      type: 'circle',
      source: SITES_SOURCE,
      paint: { 'circle-radius': 5, 'circle-color': ['get', 'color'], 'circle-stroke-color': ['get', 'stroke'], 'circle-stroke-width': 2 },
    });
  }, [map, sites]);

  const content = hover ? tooltip(hover.iso) : null;
  // Placed after layout (it needs the tooltip's own size) and before paint, so it never jumps.
  useLayoutEffect(() => {
    const tip = tipRef.current;
    const frame = containerRef.current;
    if (!tip || !frame || !hover) return;
    const { left, top } = placeTooltip(hover, { width: tip.offsetWidth, height: tip.offsetHeight }, { width: frame.clientWidth, height: frame.clientHeight });
    tip.style.left = `${left}px`;
    tip.style.top = `${top}px`;
  }, [hover, content]);
  return (
    <div className="map-stage">
      <div className="map-frame" data-map-status={map ? 'ready' : 'loading'}>
        <div ref={containerRef} className="map-canvas" />
        {map ? null : (
          <p className="map-overlay" role="status">
            {drawingText}
          </p>
        )}
      </div>
      {/* Outside the clipped frame, so a tooltip near an edge can spill over instead of being cut. */}
      {hover && content ? (
        <div ref={tipRef} className="map-tooltip">
          <strong lang="es">{content.name}</strong>
          {content.nameEn ? <span className="map-tooltip-en"> ({content.nameEn})</span> : null}
          <span className="map-tooltip-value">{content.value}</span>
          <span className="map-tooltip-source">{content.source}</span>
        </div>
      ) : null}
    </div>
  );
}
