import { drugLabel, isDrug } from '@atalaya/domain';
import { useId, useState } from 'react';
import { useFormat, useLang, useMessages } from '../../i18n/index.tsx';
import { formatPeriod, seriesLabel } from './figure-format.ts';
import { placeLabel } from '../../lib/places.ts';
import { messages } from './messages.ts';
import type { ObservationStatus, ReviewObservation } from './types.ts';

export interface ObservationPatch {
  status?: ObservationStatus;
  value?: number;
}

interface Props {
  observations: readonly ReviewObservation[];
  /** Resolves to whether the save succeeded (the value field keeps a failed edit). */
  onReview: (id: number, patch: ObservationPatch) => Promise<boolean>;
  /** The id of the item's heading: each item's figures region is then named apart ("Figures, Item 2 …"). */
  itemHeadingId?: string;
}

/** The figures the extractor proposed from one item, each to accept, reject or correct. */
export function FiguresTable({ observations, onReview, itemHeadingId }: Props) {
  const t = useMessages(messages);
  const id = useId();
  if (observations.length === 0) {
    return (
      <div className="figures">
        <h4>{t('figures')}</h4>
        <p className="empty">{t('noFiguresInItem')}</p>
      </div>
    );
  }
  return (
    <div className="figures">
      <h4 id={`${id}-title`}>{t('figures')}</h4>
      {/* Focusable so the table can be scrolled sideways with the keyboard on narrow screens. */}
      <div className="table-scroll" role="region" aria-labelledby={itemHeadingId ? `${id}-title ${itemHeadingId}` : `${id}-title`} tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('colFigure')}</th>
              <th scope="col">{t('colSentence')}</th>
              <th scope="col">{t('colValue')}</th>
              <th scope="col">{t('colPlace')}</th>
              <th scope="col">{t('colPeriod')}</th>
              <th scope="col">{t('colReview')}</th>
            </tr>
          </thead>
          <tbody>
            {observations.map((o) => (
              <FigureRow key={o.id} observation={o} onReview={onReview} />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** A figure's series label in the reader's language, drugs named too; other dimensions are shown as they come. */
function useSeriesLabel(observation: Pick<ReviewObservation, 'series' | 'dimension'>): string {
  const { lang } = useLang();
  return seriesLabel(observation, lang, (dimension) => (isDrug(dimension) ? drugLabel(dimension, lang).toLocaleLowerCase(lang) : dimension.replace(/_/g, ' ')));
}

function FigureRow({ observation: o, onReview }: { observation: ReviewObservation; onReview: Props['onReview'] }) {
  const t = useMessages(messages);
  const format = useFormat();
  const { lang } = useLang();
  const id = useId();
  const label = useSeriesLabel(o);
  // Pressing the state a figure is already in takes it back to "awaiting review", like Undo.
  const toggle = (status: ObservationStatus) => void onReview(o.id, { status: o.status === status ? 'proposed' : status });
  return (
    <tr className={`figure figure-${o.status}`}>
      <th scope="row" id={`${id}-label`}>
        {label}
        <span className="confidence" title={t('confidenceTitle')}>
          {' '}
          · {t(`confidence_${o.confidence}`)}
        </span>
      </th>
      <td className="figure-text">{o.text ? `“${o.text}”` : '—'}</td>
      <td>
        <ValueEditor observation={o} label={label} onSave={(value) => onReview(o.id, { value })} />
      </td>
      <td>{placeLabel(o.place, lang)}</td>
      <td className="nowrap">{formatPeriod(o.periodStart, o.periodEnd, format.date)}</td>
      <td className="figure-actions">
        <span className={`status status-${o.status}`}>{t(`status_${o.status}`)}</span>
        <button type="button" aria-pressed={o.status === 'confirmed'} aria-describedby={`${id}-label`} className="accept" onClick={() => toggle('confirmed')}>
          {t('accept')}
        </button>
        <button type="button" aria-pressed={o.status === 'rejected'} aria-describedby={`${id}-label`} className="reject" onClick={() => toggle('rejected')}>
          {t('reject')}
        </button>
        {o.status !== 'proposed' ? (
          <button type="button" aria-describedby={`${id}-label`} onClick={() => void onReview(o.id, { status: 'proposed' })}>
            {t('undo')}
          </button>
        ) : null}
      </td>
    </tr>
  );
}

/** The value, correctable in place; saved when the field loses focus or on Enter. */
function ValueEditor({ observation, label, onSave }: { observation: ReviewObservation; label: string; onSave: (value: number) => Promise<boolean> }) {
  const t = useMessages(messages);
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? String(observation.value);
  const parsed = Number(text);
  const invalid = draft !== null && (text.trim() === '' || !Number.isFinite(parsed));

  const commit = async () => {
    if (draft === null || invalid) return;
    if (parsed === observation.value) return setDraft(null);
    // Keep the typed value on failure: the card shows why it was not saved.
    if (await onSave(parsed)) setDraft(null);
  };

  return (
    <span className="figure-value">
      <input
        type="number"
        step="any"
        inputMode="decimal"
        aria-label={t('valueOf', { label })}
        aria-invalid={invalid || undefined}
        value={text}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => void commit()}
        onKeyDown={(e) => {
          if (e.key === 'Enter') void commit();
          if (e.key === 'Escape') setDraft(null);
        }}
      />{' '}
      {observation.unit}
      {invalid ? (
        <span className="error" role="alert">
          {' '}
          {t('enterNumber')}
        </span>
      ) : null}
    </span>
  );
}
