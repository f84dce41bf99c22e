import { RISK_CATEGORIES, RISK_SCALE, localitiesOf, isStateIso, type RiskCategory, type RiskLevel } from '@atalaya/domain';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { FormActions } from '../../app/FormActions.tsx';
import { useFormat, useLang, useMessages } from '../../i18n/index.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { stateOptions } from '../admin/forms.ts';
import { Field } from '../views/Field.tsx';
import { EvidencePicker } from './EvidencePicker.tsx';
import { ImpactPreview } from './ImpactPreview.tsx';
import { categoryName, levelColors, levelName, scopeName } from './labels.ts';
import { messages } from './messages.ts';
import { PublishDialog } from './PublishDialog.tsx';
import { StateSignals } from './StateSignals.tsx';
import { draftScope, emptyDraft, isIsoDate, previewInput, ratingInput, ratingProblems, type RatingDraft, type RatingProblem } from './rating-form.ts';

const STATE_OPTIONS = stateOptions();

interface Props {
  /** The state and category it opens on ('' for no state yet). */
  state: string;
  category: RiskCategory;
  /** The effective date it proposes. */
  today: string;
  /** The state chosen in the form, so the page can show its history beside it. */
  onStateChange: (state: string) => void;
  /** After a draft is saved or a rating published: what to announce. */
  onDone: (announcement: string) => void;
  onClose: () => void;
}

/** A new rating: place, category, level, date, rationale in both languages, evidence; its client impact previewed before it is published. */
export function RatingForm({ state, category, today, onStateChange, onDone, onClose }: Props) {
  const t = useMessages(messages);
  const { lang } = useLang();
  const fmt = useFormat();
  const trpc = useTRPC();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [draft, setDraft] = useState<RatingDraft>(() => emptyDraft(state, category, today));
  const [tried, setTried] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const create = useMutation(trpc.levels.create.mutationOptions());

  useEffect(() => {
    // Opened on purpose (a grid cell, "Rate a place"): bring it into view and start reading at its title.
    heading.current?.scrollIntoView?.({ block: 'start' });
    heading.current?.focus();
  }, []);

  const problems = tried ? ratingProblems(draft) : [];
  const problem = (p: RatingProblem) => (problems.includes(p) ? t(p) : null);
  const update = (patch: Partial<RatingDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const scope = draftScope(draft);
  const place = scope ? scopeName(scope) : null;

  const done = (key: 'draftSaved' | 'publishedDone') => {
    if (!scope || draft.level === null) return;
    onDone(t(key, { place: scopeName(scope), category: categoryName(draft.category, lang), level: levelName(draft.level, lang), date: fmt.date(draft.effectiveOn) }));
  };

  /** Checks the form; true when it may be sent. */
  const check = () => {
    setTried(true);
    return ratingProblems(draft).length === 0;
  };

  const saveDraft = (event: FormEvent) => {
    event.preventDefault();
    const input = check() ? ratingInput(draft, false) : null;
    if (input) create.mutate(input, { onSuccess: () => done('draftSaved') });
  };

  const publish = () => {
    const input = ratingInput(draft, true);
    if (input) create.mutate(input, { onSuccess: () => done('publishedDone') });
  };

  const failure = create.error ? t('failed', { reason: create.error.message }) : null;
  const rating = previewInput(draft);
  return (
    <section className="panel rating-form-panel" aria-labelledby={headingId}>
      <div className="view-head">
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          {place ? t('formFor', { place }) : t('formNew')}
        </h2>
        <button type="button" onClick={onClose}>
          {t('closeForm')}
        </button>
      </div>
      <form className="admin-form rating-form" onSubmit={saveDraft} noValidate>
        <fieldset className="wide place-choice">
          <legend>{t('place')}</legend>
          <Field label={t('state')} error={problem('stateRequired')}>
            {(props) => (
              <select
                {...props}
                value={draft.state}
                onChange={(e) => {
                  update({ state: e.target.value, locality: '' });
                  if (isStateIso(e.target.value)) onStateChange(e.target.value);
                }}
              >
                <option value="">{t('chooseState')}</option>
                {STATE_OPTIONS.map((s) => (
                  <option key={s.iso} value={s.iso}>
                    {s.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('locality')} hint={t('localityHint')}>
            {(props) => (
              <select {...props} value={draft.locality} disabled={!isStateIso(draft.state)} onChange={(e) => update({ locality: e.target.value })}>
                <option value="">{t('wholeState')}</option>
                {isStateIso(draft.state)
                  ? localitiesOf(draft.state).map((l) => (
                      <option key={l.key} value={l.key}>
                        {l.name}
                      </option>
                    ))
                  : null}
              </select>
            )}
          </Field>
        </fieldset>
        <Field label={t('category')}>
          {(props) => (
            <select {...props} value={draft.category} onChange={(e) => update({ category: e.target.value as RiskCategory })}>
              {RISK_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {categoryName(c, lang)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('effectiveOn')} hint={t('effectiveHint')} error={problem('dateInvalid')}>
          {(props) => <input {...props} type="date" value={draft.effectiveOn} onChange={(e) => update({ effectiveOn: e.target.value })} required />}
        </Field>
        <LevelChoice value={draft.level} error={problem('levelRequired')} onChange={(level) => update({ level })} />
        <Field className="wide" label={t('rationaleEn')} error={problem('rationaleRequired')}>
          {(props) => <textarea {...props} rows={4} maxLength={4000} value={draft.rationaleEn} onChange={(e) => update({ rationaleEn: e.target.value })} required />}
        </Field>
        <Field className="wide" label={t('rationaleEs')} hint={draft.rationaleEs.trim() ? null : t('rationaleEsMissing')}>
          {(props) => <textarea {...props} rows={4} maxLength={4000} lang="es" value={draft.rationaleEs} onChange={(e) => update({ rationaleEs: e.target.value })} />}
        </Field>
        <EvidencePicker state={isStateIso(draft.state) ? draft.state : null} chosen={draft.evidence} onChange={(evidence) => update({ evidence })} />
        <StateSignals state={isStateIso(draft.state) ? draft.state : null} date={isIsoDate(draft.effectiveOn) ? draft.effectiveOn : today} />
        <ImpactPreview input={rating} />
        <FormActions wide error={confirming ? null : failure} pending={create.isPending} label={t('saveDraft')} pendingLabel={t('savingDraft')}>
          <button
            type="button"
            className="primary"
            disabled={create.isPending}
            onClick={() => {
              create.reset();
              if (check()) setConfirming(true);
            }}
          >
            {t('publish')}
          </button>
        </FormActions>
      </form>
      {confirming && rating ? (
        <PublishDialog rating={rating} pending={create.isPending} error={failure} onConfirm={publish} onCancel={() => setConfirming(false)} />
      ) : null}
    </section>
  );
}

/** Levels 1–5 as a labelled radio group, each option in its colour with its name. */
function LevelChoice({ value, error, onChange }: { value: RiskLevel | null; error: string | null; onChange: (level: RiskLevel) => void }) {
  const t = useMessages(messages);
  const { lang } = useLang();
  const id = useId();
  return (
    <fieldset className="wide level-choice" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{t('level')}</legend>
      <div className="level-options">
        {RISK_SCALE.map((step) => (
          <label key={step.level} className="level-option">
            <input type="radio" name={`${id}-level`} value={step.level} checked={value === step.level} onChange={() => onChange(step.level)} />
            <span className="level-badge" style={levelColors(step.level)}>
              {t('levelOption', { n: step.level, label: step[lang] })}
            </span>
          </label>
        ))}
      </div>
      {error ? (
        <span id={`${id}-error`} className="field-error-text" role="alert">
          {error}
        </span>
      ) : null}
    </fieldset>
  );
}
