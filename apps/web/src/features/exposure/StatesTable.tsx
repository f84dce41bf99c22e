import { stateLabel, type StateIso } from '@atalaya/domain';
import { useState } from 'react';
import { Link } from 'react-router';
import { ScrollTable } from '../../app/ScrollTable.tsx';
import { useFormat, useMessages } from '../../i18n/index.tsx';
import { LevelBadge } from '../rating/LevelBadge.tsx';
import { StateSignals, StatusTag } from '../rating/StateSignals.tsx';
import { messages } from './messages.ts';
import { itemsHref } from './model.ts';
import type { ExposureData } from './types.ts';

/** The states of the sites and of the watchlist: the state's own level, its items, the US advisory beside it and its computed signals. */
export function StatesTable({ data }: { data: ExposureData }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  // One state's signals with their inputs, thresholds and series, opened from its row.
  const [open, setOpen] = useState<StateIso | null>(null);
  return (
    <>
      <ScrollTable
        className="states-table"
        caption={<caption>{t('statesCaption')}</caption>}
        columns={[t('colState'), t('colLevel'), t('colSites'), t('colItems'), t('colAdvisory'), t('colSignals')]}
      >
        {data.states.map((s) => {
          const name = stateLabel(s.state);
          const place = { state: s.state, locality: null };
          return (
            <tr key={s.state}>
              <th scope="row">
                <Link to={`/states/${s.state}`}>{name}</Link>
                {s.watchlist ? <span className="site-type">{t('onWatchlist')}</span> : null}
              </th>
              <td>
                <LevelBadge level={s.level} />
              </td>
              <td>{s.sites}</td>
              <td>
                <Link to={itemsHref(place, data.windows.days7)} aria-label={`${t('itemsOf', { place: name })}: ${t('itemsLink7', { n: s.items.days7 })}`}>
                  {t('itemsLink7', { n: s.items.days7 })}
                </Link>
                ,{' '}
                <Link to={itemsHref(place, data.windows.days30)} aria-label={`${t('itemsOf', { place: name })}: ${t('itemsLink30', { n: s.items.days30 })}`}>
                  {t('itemsLink30', { n: s.items.days30 })}
                </Link>
              </td>
              <td>
                {s.advisory ? (
                  <>
                    {t('advisoryValue', { level: s.advisory.level, max: s.advisory.scaleMax, label: s.advisory.label })}
                    <span className="level-from">{t('advisoryAsOf', { date: fmt.date(s.advisory.asOf) })}</span>
                  </>
                ) : (
                  <span className="hint">{t('advisoryNone')}</span>
                )}
              </td>
              <td>
                <ul className="signal-summary">
                  <li>
                    {t('signalCaseFiles')} <StatusTag status={s.signals.caseFiles} />
                  </li>
                  <li>
                    {t('signalItems')} <StatusTag status={s.signals.items} />
                  </li>
                </ul>
                <button type="button" className="link-like" aria-expanded={open === s.state} onClick={() => setOpen(open === s.state ? null : (s.state as StateIso))}>
                  {t(open === s.state ? 'signalsHide' : 'signalsShow', { state: name })}
                </button>
              </td>
            </tr>
          );
        })}
      </ScrollTable>
      <p className="hint">{t('advisoryNote')}</p>
      <p className="hint">{t('signalsNote')}</p>
      {open ? <StateSignals state={open} date={data.date} /> : null}
    </>
  );
}
