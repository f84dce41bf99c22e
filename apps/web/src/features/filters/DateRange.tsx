import { isIsoDate, MAX_DATE, MIN_DATE } from '@atalaya/domain';
import { useId, useState, type FormEvent } from 'react';
import { useMessages } from '../../i18n/index.tsx';
import { activePreset, PRESETS, presetRange, type Preset } from './date-presets.ts';
import { messages } from './messages.ts';

export interface DateRangeValue {
  from?: string | undefined;
  to?: string | undefined;
}

/** Period presets (relative to `today`) and a from/to pair checked before it is applied. */
export function DateRange({ value, today, onChange }: { value: DateRangeValue; today: string; onChange(range: DateRangeValue): void }) {
  const t = useMessages(messages);
  const current = activePreset(value, today);
  return (
    <div className="date-range">
      <div role="group" aria-label={t('period')} className="presets">
        <span className="group-label" aria-hidden="true">
          {t('period')}
        </span>
        {PRESETS.map((preset: Preset) => (
          <button
            key={preset}
            type="button"
            className="preset"
            aria-pressed={current === preset}
            aria-label={t(`preset_${preset}`)}
            title={t(`preset_${preset}`)}
            onClick={() => onChange(presetRange(preset, today))}
          >
            {t(`presetShort_${preset}`)}
          </button>
        ))}
      </div>
      {/* Keyed by the applied dates, so Back/Forward and presets reset what is typed here. */}
      <CustomDates key={`${value.from ?? ''}|${value.to ?? ''}`} value={value} onChange={onChange} />
    </div>
  );
}

function CustomDates({ value, onChange }: { value: DateRangeValue; onChange(range: DateRangeValue): void }) {
  const t = useMessages(messages);
  const id = useId();
  const [from, setFrom] = useState(value.from ?? '');
  const [to, setTo] = useState(value.to ?? '');
  const [error, setError] = useState<string | null>(null);
  const errorId = `${id}-error`;

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    // A half-typed date reads as '' with validity.badInput; say so instead of dropping it silently.
    const incomplete = [...form.querySelectorAll<HTMLInputElement>('input[type="date"]')].some((input) => input.validity.badInput);
    if (incomplete) return setError(t('dateInvalid'));
    // A year such as 0202 or 20250 is a complete date to the input, but none the server takes.
    if ([from, to].some((date) => date !== '' && !isIsoDate(date))) return setError(t('dateRange', { min: MIN_DATE, max: MAX_DATE }));
    if (from && to && from > to) return setError(t('datesOrder'));
    setError(null);
    onChange({ from: from || undefined, to: to || undefined });
  };

  const errorRef = error !== null ? errorId : null;
  return (
    <form className="custom-dates" onSubmit={submit} noValidate aria-label={t('customDates')}>
      <DateInput label={t('from')} value={from} onChange={setFrom} errorId={errorRef} />
      <DateInput label={t('to')} value={to} onChange={setTo} errorId={errorRef} />
      <button type="submit">{t('applyDates')}</button>
      {error ? (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}

/** One labelled date input; `errorId` names the form's error when there is one. */
function DateInput({ label, value, onChange, errorId }: { label: string; value: string; onChange(value: string): void; errorId: string | null }) {
  return (
    <label className="inline-field">
      <span>{label}</span>
      <input type="date" min={MIN_DATE} max={MAX_DATE} value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={errorId !== null || undefined} aria-describedby={errorId ?? undefined} />
    </label>
  );
}
