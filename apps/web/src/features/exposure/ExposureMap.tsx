import { NOT_RATED, RISK_SCALE, stateByIso, type StateIso } from '@atalaya/domain';
import { useCallback, useId, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useLang, useMessages } from '../../i18n/index.tsx';
import { MapCanvas } from '../map/MapCanvas.tsx';
import '../map/map.css';
import { stateEnglishName, stateName } from '../states/state-names.ts';
import { exposureLooks, exposurePoints } from './map-looks.ts';
import { messages } from './messages.ts';
import { levelName } from '../rating/labels.ts';
import type { ExposureData } from './types.ts';

/** maplibre 6 draws with WebGL 2 only; without it (or in jsdom) the page keeps its table. */
const canDrawMaps = () => typeof window !== 'undefined' && 'WebGL2RenderingContext' in window;

/** The organisation's sites on the map of Mexico, each in its level's colour; a state opens its profile. */
export default function ExposureMap({ data }: { data: ExposureData }) {
  const t = useMessages(messages);
  const { lang } = useLang();
  const navigate = useNavigate();
  const legendId = useId();
  const [unavailable, setUnavailable] = useState(() => !canDrawMaps());
  const looks = useMemo(() => exposureLooks(data), [data]);
  const points = useMemo(() => exposurePoints(data), [data]);
  const levels = useMemo(() => new Map(data.states.map((s) => [s.state, s.level])), [data]);
  const tooltip = useCallback(
    (iso: StateIso) => {
      const state = stateByIso(iso);
      if (!state) return null;
      const level = levels.get(iso);
      return {
        name: stateName(state),
        nameEn: lang === 'en' ? stateEnglishName(state) : null,
        value: level === undefined ? '' : t('tooltipLevel', { level: levelName(level, lang) }),
        source: t('tooltipSource'),
      };
    },
    [levels, lang, t],
  );
  const controlLocale = useMemo(() => ({ 'NavigationControl.ZoomIn': t('zoomIn'), 'NavigationControl.ZoomOut': t('zoomOut') }), [t]);
  const missing = data.sites.filter((s) => s.lat === null || s.lon === null).length;
  return (
    <figure className="map-figure exposure-map">
      {unavailable ? (
        <p className="notice map-unavailable" role="note">
          {t('noWebgl')}
        </p>
      ) : (
        <MapCanvas
          key={lang}
          looks={looks}
          tooltip={tooltip}
          onChoose={(iso) => void navigate(`/states/${iso}`)}
          onReady={() => undefined}
          onUnavailable={(reason) => {
            console.warn('map unavailable:', reason);
            setUnavailable(true);
          }}
          label={t('mapLabel', { org: data.org.name })}
          controlLocale={controlLocale}
          drawingText={t('drawing')}
          sites={points}
        />
      )}
      <div role="group" aria-labelledby={legendId}>
        <p id={legendId} className="map-legend-title">
          {t('legend')}
        </p>
        <ul className="exposure-map-legend">
          {[...RISK_SCALE].reverse().map((l) => (
            <li key={l.level}>
              <span className="swatch" style={{ background: l.color }} aria-hidden="true" />
              {l.level} · {l[lang]}
            </li>
          ))}
          <li>
            <span className="swatch" style={{ background: NOT_RATED.color }} aria-hidden="true" />
            {NOT_RATED[lang]}
          </li>
        </ul>
      </div>
      <figcaption>
        <span className="hint">{t('mapHint')}</span> {missing ? <span className="hint">{t('mapNoCoordinates', { n: missing })}</span> : null}{' '}
        <span className="map-attribution">{t('attribution')}</span>
      </figcaption>
    </figure>
  );
}
