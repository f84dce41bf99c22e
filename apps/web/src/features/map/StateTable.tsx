import type { StateIso } from '@atalaya/domain';
import { useId, useMemo, useState, type MouseEvent } from 'react';
import { Link } from 'react-router';
import { useLang, useMessages } from '../../i18n/index.tsx';
import { DemoTag } from '../../app/DemoTag.tsx';
import { formatCell, formatDay, riskCell } from './format.ts';
import type { MapLayer, StateDatum } from './layers.ts';
import { messages } from './messages.ts';
import { DEFAULT_SORT, nextSort, sortStates, type SortKey, type SortOrder } from './table-model.ts';

export interface StateTableProps {
  data: readonly StateDatum[];
  layer: MapLayer;
  caption: string;
  selected: readonly string[];
  /** additive: keep the other selected states (Shift+click, or the row's Add/Remove button). */
  onChoose(iso: StateIso, additive: boolean): void;
}

/** The map's figures as an accessible, sortable table; choosing a state here does what clicking it on the map does. */
export function StateTable({ data, layer, caption, selected, onChoose }: StateTableProps) {
  const t = useMessages(messages);
  const { lang } = useLang();
  const hintId = useId();
  const [order, setOrder] = useState<SortOrder>(DEFAULT_SORT);
  const rows = useMemo(() => sortStates(data, order), [data, order]);
  const showStatus = layer === 'homicide_rate';
  // Beside every figure, the firm's level; on the Risk level layer the figure is the level, so the day it took effect instead.
  const riskLayer = layer === 'risk_level';
  const advisoryLayer = layer === 'us_advisory';
  const demoTag = (demo: boolean | undefined) => (demo ? <DemoTag /> : null);

  const header = (key: SortKey, label: string, className?: string) => (
    <th scope="col" className={className} aria-sort={order.key === key ? order.direction : 'none'}>
      <button type="button" className="sort-button" onClick={() => setOrder((o) => nextSort(o, key))}>
        {label}
        <span aria-hidden="true" className="sort-arrow">
          {order.key === key ? (order.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
        </span>
      </button>
    </th>
  );

  return (
    <div className="table-scroll state-table">
      <p id={hintId} className="visually-hidden">
        {t('tableHint')}
      </p>
      <table aria-describedby={hintId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {header('name', t('colState'))}
            {header('value', t(`colValue_${layer}`), riskLayer || advisoryLayer ? undefined : 'num')}
            {showStatus ? <th scope="col">{t('colStatus')}</th> : null}
            {advisoryLayer ? <th scope="col">{t('colVintage')}</th> : null}
            {riskLayer ? <th scope="col">{t('colSince')}</th> : header('level', t('colRisk'))}
            <th scope="col">
              <span className="visually-hidden">{t('colActions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((d) => {
            const isSelected = selected.includes(d.iso);
            return (
              <tr key={d.iso} className={isSelected ? 'is-selected' : undefined} data-state={d.iso}>
                <th scope="row">
                  <button
                    type="button"
                    className="state-choose"
                    aria-pressed={isSelected}
                    lang="es"
                    onClick={(e: MouseEvent) => onChoose(d.iso, e.shiftKey || e.metaKey || e.ctrlKey)}
                  >
                    {d.name}
                  </button>
                  {lang === 'en' && d.nameEn !== d.name ? <span className="state-en"> {d.nameEn}</span> : null}
                </th>
                <td className={[riskLayer || advisoryLayer ? null : 'num', d.value === null ? 'no-data' : null].filter(Boolean).join(' ') || undefined}>{formatCell(d, layer, lang)}</td>
                {showStatus ? <td>{d.dataStatus ? t(`status_${d.dataStatus}`) : ''}</td> : null}
                {advisoryLayer ? <td>{d.advisory ? formatDay(d.advisory.asOf, lang) : ''}</td> : null}
                {riskLayer ? (
                  <td>
                    {d.risk?.effectiveOn ? formatDay(d.risk.effectiveOn, lang) : ''}
                    {demoTag(d.risk?.demo)}
                  </td>
                ) : (
                  <td className={d.risk?.level == null ? 'risk-cell no-data' : 'risk-cell'}>
                    {riskCell(d.risk, lang)}
                    {demoTag(d.risk?.demo)}
                  </td>
                )}
                <td className="row-actions">
                  <button
                    type="button"
                    className="state-add"
                    aria-label={t(isSelected ? 'removeLabel' : 'addLabel', { name: d.name })}
                    onClick={() => onChoose(d.iso, true)}
                  >
                    {t(isSelected ? 'remove' : 'add')}
                  </button>
                  <Link to={`/states/${d.iso}`} aria-label={t('profileLabel', { name: d.name })}>
                    {t('profile')}
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
