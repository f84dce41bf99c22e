import type { StateIso } from '@atalaya/domain';
import { keepPreviousData, skipToken, useQuery } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useFormat, useMessages } from '../../i18n/index.tsx';
import { useDebounced } from '../../lib/use-debounced.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { scopeName } from './labels.ts';
import { messages } from './messages.ts';
import type { Evidence } from './types.ts';

const SEARCH_MS = 300;
const MIN_QUERY = 2;
const RESULTS = 8;

/**
 * Evidence for a rating: published items found by text search (optionally only those placed in the
 * rating's state), each added or removed with a toggle button; the chosen ones as chips linking to the item.
 */
export function EvidencePicker({ state, chosen, onChange }: { state: StateIso | null; chosen: readonly Evidence[]; onChange: (next: Evidence[]) => void }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const trpc = useTRPC();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [onlyState, setOnlyState] = useState(true);
  const q = useDebounced(text.trim(), SEARCH_MS);
  const states = onlyState && state ? [state] : [];
  const search = useQuery(
    trpc.items.list.queryOptions(q.length >= MIN_QUERY ? { filter: { q, states }, limit: RESULTS } : skipToken, { placeholderData: keepPreviousData }),
  );
  const isChosen = (itemId: number) => chosen.some((e) => e.id === itemId);
  const toggle = (item: Evidence) => onChange(isChosen(item.id) ? chosen.filter((e) => e.id !== item.id) : [...chosen, item]);
  const meta = (item: Evidence) => `${fmt.date(item.date)} · ${item.outlet ?? t('noOutlet')}`;

  let status: string;
  if (text.trim().length < MIN_QUERY) status = t('typeMore');
  else if (search.isFetching || q !== text.trim()) status = t('searching');
  else if (search.isError) status = t('failed', { reason: search.error.message });
  else {
    const n = search.data?.items.length ?? 0;
    status = n === 0 ? t('noResults', { q }) : search.data?.nextCursor ? t('resultsFirst', { n }) : n === 1 ? t('resultsOne') : t('resultsMany', { n });
  }
  const results = q.length >= MIN_QUERY ? (search.data?.items ?? []) : [];

  return (
    <fieldset className="evidence-picker wide">
      <legend>{t('evidence')}</legend>
      <p className="hint">{t('evidenceHint')}</p>
      {chosen.length ? (
        <ul className="chips" aria-label={t('chosenEvidence')}>
          {chosen.map((item) => (
            <li key={item.id} className="chip chip-evidence">
              <Link to={`/items/${item.id}`} target="_blank" rel="noopener">
                {item.headline}
              </Link>
              <span className="hint">{meta(item)}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={t('removeEvidence', { headline: item.headline })}
                onClick={() => {
                  onChange(chosen.filter((e) => e.id !== item.id));
                  // The button is gone with its chip: typing a new search is the natural next step.
                  input.current?.focus();
                }}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty">{t('noEvidence')}</p>
      )}
      <div className="evidence-search">
        <label htmlFor={`${id}-q`}>{t('searchItems')}</label>
        <input
          ref={input}
          id={`${id}-q`}
          type="search"
          value={text}
          maxLength={200}
          autoComplete="off"
          aria-describedby={`${id}-status`}
          onChange={(e) => setText(e.target.value)}
          // Enter in a search box must not submit the rating form.
          onKeyDown={(e) => {
            if (e.key === 'Enter') e.preventDefault();
          }}
        />
        {state ? (
          <label className="check">
            <input type="checkbox" checked={onlyState} onChange={(e) => setOnlyState(e.target.checked)} />
            {t('onlyState', { state: scopeName(state) })}
          </label>
        ) : null}
      </div>
      <p id={`${id}-status`} className="hint" role="status">
        {status}
      </p>
      {results.length ? (
        <ul className="evidence-results" aria-label={t('searchResults')}>
          {results.map((item) => {
            const on = isChosen(item.id);
            const evidence: Evidence = { id: item.id, headline: item.headline, date: item.date, outlet: item.outlet };
            return (
              <li key={item.id}>
                <span className="evidence-headline">{item.headline}</span>
                <span className="hint">{meta(evidence)}</span>
                <button type="button" aria-pressed={on} aria-label={t('addEvidenceLabel', { headline: item.headline })} onClick={() => toggle(evidence)}>
                  {/* The name stays the same while pressed (a toggle); a tick shows it is chosen. */}
                  {on ? <span aria-hidden="true">✓ </span> : null}
                  {t('addEvidence')}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </fieldset>
  );
}
