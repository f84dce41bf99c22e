import { useId, useState } from 'react';
import { formatPeriod, seriesLabel, STATUS_TEXT } from './figure-format.ts';
import { placeLabel } from './choices.ts';
import type { ObservationStatus, ReviewObservation } from './types.ts';

export interface ObservationPatch {
  status?: ObservationStatus;
  value?: number;
}

interface Props {
  observations: readonly ReviewObservation[];
  /** Resolves to whether the save succeeded (the value field keeps a failed edit). */
  onReview: (id: number, patch: ObservationPatch) => Promise<boolean>;
}

/** The figures the extractor proposed from one item, each to accept, reject or correct. */
export function FiguresTable({ observations, onReview }: Props) {
  const id = useId();
  if (observations.length === 0) {
    return (
      <div className="figures">
        <h4>Figures</h4>
        <p className="empty">No figures were found in this item.</p>
      </div>
    );
  }
  return (
    <div className="figures">
      <h4 id={`${id}-title`}>Figures</h4>
      {/* Focusable so the table can be scrolled sideways with the keyboard on narrow screens. */}
      <div className="table-scroll" role="region" aria-labelledby={`${id}-title`} tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">Figure</th>
              <th scope="col">Sentence</th>
              <th scope="col">Value</th>
              <th scope="col">Place</th>
              <th scope="col">Period</th>
              <th scope="col">Review</th>
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

function FigureRow({ observation: o, onReview }: { observation: ReviewObservation; onReview: Props['onReview'] }) {
  const id = useId();
  const label = seriesLabel(o);
  // Pressing the state a figure is already in takes it back to "awaiting review", like Undo.
  const toggle = (status: ObservationStatus) => void onReview(o.id, { status: o.status === status ? 'proposed' : status });
  return (
    <tr className={`figure figure-${o.status}`}>
      <th scope="row" id={`${id}-label`}>
        {label}
        <span className="confidence" title="How sure the extractor was">
          {' '}
          · {o.confidence} confidence
        </span>
      </th>
      <td className="figure-text">{o.text ? `“${o.text}”` : '—'}</td>
      <td>
        <ValueEditor observation={o} label={label} onSave={(value) => onReview(o.id, { value })} />
      </td>
      <td>{placeLabel(o.place)}</td>
      <td className="nowrap">{formatPeriod(o.periodStart, o.periodEnd)}</td>
      <td className="figure-actions">
        <span className={`status status-${o.status}`}>{STATUS_TEXT[o.status]}</span>
        <button type="button" aria-pressed={o.status === 'confirmed'} aria-describedby={`${id}-label`} className="accept" onClick={() => toggle('confirmed')}>
          Accept
        </button>
        <button type="button" aria-pressed={o.status === 'rejected'} aria-describedby={`${id}-label`} className="reject" onClick={() => toggle('rejected')}>
          Reject
        </button>
        {o.status !== 'proposed' ? (
          <button type="button" aria-describedby={`${id}-label`} onClick={() => void onReview(o.id, { status: 'proposed' })}>
            Undo
          </button>
        ) : null}
      </td>
    </tr>
  );
}

/** The value, correctable in place; saved when the field loses focus or on Enter. */
function ValueEditor({ observation, label, onSave }: { observation: ReviewObservation; label: string; onSave: (value: number) => Promise<boolean> }) {
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
        aria-label={`Value of ${label}`}
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
          Enter a number.
        </span>
      ) : null}
    </span>
  );
}
