import { isStateIso, type RiskCategory } from '@atalaya/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { QueryState } from '../../app/QueryState.tsx';
import { useMessages } from '../../i18n/index.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { AdminPage } from '../admin/AdminPage.tsx';
import { localToday } from '../filters/date-presets.ts';
import { ScaleLegend } from './LevelBadge.tsx';
import { LevelsGrid } from './LevelsGrid.tsx';
import { messages } from './messages.ts';
import { RatingForm } from './RatingForm.tsx';
import { RatingHistory } from './RatingHistory.tsx';
import { isIsoDate } from './rating-form.ts';
import './rating.css';

/** The form's opening: a state (or none) and a category; `key` makes each opening a fresh form. */
interface Opening {
  key: number;
  state: string;
  category: RiskCategory;
}

/**
 * `/admin/levels` (analysts, admins): the 32 states × categories as of a date (`?date=`, default today),
 * the rating form, and the history of one state (`?state=`).
 */
export function LevelsAdminPage() {
  const t = useMessages(messages);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const dateId = useId();
  const today = localToday();
  const [params, setParams] = useSearchParams();
  const asked = params.get('date');
  const date = asked && isIsoDate(asked) ? asked : today;
  const selected = params.get('state');
  const state = selected && isStateIso(selected) ? selected : null;
  const [typedDate, setTypedDate] = useState(date);
  const [opening, setOpening] = useState<Opening | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const grid = useQuery(trpc.levels.grid.queryOptions({ date }));

  const setParam = (name: 'date' | 'state', value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === null) next.delete(name);
        else next.set(name, value);
        return next;
      },
      { replace: true },
    );
  const opener = useRef<HTMLElement | null>(null);
  const open = (at: string, category: RiskCategory) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOpening((o) => ({ key: (o?.key ?? 0) + 1, state: at, category }));
    if (at) setParam('state', at);
  };
  const close = () => {
    setOpening(null);
    // Back to the cell or button the form was opened from, so the keyboard does not restart at the top.
    if (opener.current?.isConnected) opener.current.focus();
  };

  return (
    <AdminPage className="levels-admin" title={t('title')} intro={t('intro')} announcement={announcement}>
      <div className="levels-toolbar">
        <div className="field">
          <label htmlFor={dateId}>{t('asOf')}</label>
          <input
            id={dateId}
            type="date"
            value={typedDate}
            aria-describedby={`${dateId}-hint`}
            aria-invalid={isIsoDate(typedDate) ? undefined : true}
            onChange={(e) => {
              setTypedDate(e.target.value);
              // A half-typed date keeps the grid where it was; a whole one moves it.
              if (isIsoDate(e.target.value)) setParam('date', e.target.value === today ? null : e.target.value);
            }}
          />
          <span id={`${dateId}-hint`} className={isIsoDate(typedDate) ? 'hint' : 'field-error-text'}>
            {isIsoDate(typedDate) ? t('asOfHint') : t('asOfInvalid')}
          </span>
        </div>
        <button type="button" className="primary" onClick={() => open(state ?? '', 'overall')}>
          {t('rateAPlace')}
        </button>
        <ScaleLegend />
      </div>
      <div className="levels-layout">
        <section className="panel levels-grid-panel" aria-labelledby="levels-grid-heading">
          <h2 id="levels-grid-heading">{t('gridTitle')}</h2>
          <QueryState query={grid} what={t('grid')}>
            {(data) => <LevelsGrid grid={data} selectedState={state} onRate={open} onHistory={(s) => setParam('state', s === state ? null : s)} />}
          </QueryState>
        </section>
        <div className="levels-side">
          {opening ? (
            <RatingForm
              key={opening.key}
              state={opening.state}
              category={opening.category}
              today={today}
              onStateChange={(s) => setParam('state', s)}
              onDone={(message) => {
                close();
                setAnnouncement(message);
                void queryClient.invalidateQueries({ queryKey: trpc.levels.pathKey() });
              }}
              onClose={close}
            />
          ) : null}
          {state ? (
            <RatingHistory state={state} onAnnounce={setAnnouncement} />
          ) : (
            <p className="panel hint">{t('historyChoose')}</p>
          )}
        </div>
      </div>
    </AdminPage>
  );
}
