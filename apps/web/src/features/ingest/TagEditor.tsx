import { foldAccents } from '@atalaya/domain';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useLang, useMessages } from '../../i18n/index.tsx';
import type { Choice, Resolution } from './choices.ts';
import { messages, type IngestText } from './messages.ts';
import type { Origin } from './types.ts';

export interface Chip {
  value: string;
  label: string;
  origin: Origin;
  confidence: number;
}

/** What a tag list holds; it picks the list's title and messages. */
export type TagKind = 'place' | 'topic' | 'organization' | 'person';

interface Props {
  kind: TagKind;
  chips: readonly Chip[];
  choices: readonly Choice[];
  resolve: (input: string) => Resolution;
  /** A save of this list is in flight: further changes wait, because each save replaces the whole list. */
  busy: boolean;
  onAdd: (choice: Choice) => void;
  onRemove: (value: string) => void;
}

/** Why typed text names no single entry; ambiguous candidates are named as the list shows them. */
function missText(kind: TagKind, resolution: Exclude<Resolution, { kind: 'found' }>, input: string, choices: readonly Choice[], t: IngestText): string {
  const typed = input.trim();
  if (resolution.kind === 'none') return t(`tagNoMatch_${kind}`, { input: typed });
  const shown = new Map(choices.map((c) => [c.value, c.label]));
  const names = resolution.choices.slice(0, 5).map((c) => shown.get(c.value) ?? c.label);
  const more = resolution.choices.length > 5 ? ', …' : '';
  return t('tagAmbiguous', { input: typed, names: names.join(', ') + more });
}

/** Chips with remove buttons and a type-ahead to add one; every change is saved at once by the parent. */
export function TagEditor({ kind, chips, choices, resolve, busy, onAdd, onRemove }: Props) {
  const t = useMessages(messages);
  const { locale } = useLang();
  const percent = useMemo(() => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }), [locale]);
  const id = useId();
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  const originText = (chip: Chip) => (chip.origin === 'extracted' ? t('originExtracted', { confidence: percent.format(chip.confidence) }) : t('originEditor'));

  const add = (event: FormEvent) => {
    event.preventDefault();
    // An entry picked from the list is taken as shown, even where the list speaks another language than the resolver.
    const typed = foldAccents(input.trim());
    const picked = choices.find((c) => foldAccents(c.label) === typed);
    const resolution: Resolution = picked ? { kind: 'found', choice: picked } : resolve(input);
    if (resolution.kind !== 'found') {
      setError(input.trim() === '' ? t(`tagType_${kind}`) : missText(kind, resolution, input, choices, t));
      return;
    }
    setError(null);
    setInput('');
    if (!chips.some((c) => c.value === resolution.choice.value)) onAdd(resolution.choice);
  };

  return (
    <div className="tag-editor" role="group" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t(`tags_${kind}`)}</h4>
      {chips.length ? (
        <ul className="chips">
          {chips.map((chip) => (
            <li key={chip.value} className={`chip chip-${chip.origin}`} title={`${chip.label}: ${originText(chip)}`}>
              {chip.label}
              <span className="visually-hidden"> ({originText(chip)})</span>
              <button type="button" className="chip-remove" aria-label={t('tagRemove', { label: chip.label })} disabled={busy} onClick={() => onRemove(chip.value)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty">{t(`tagsEmpty_${kind}`)}</p>
      )}
      <form className="tag-add" onSubmit={add}>
        <label htmlFor={`${id}-input`} className="visually-hidden">
          {t(`tagAdd_${kind}`)}
        </label>
        <input
          id={`${id}-input`}
          list={`${id}-list`}
          value={input}
          placeholder={`${t(`tagAdd_${kind}`)}…`}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => {
            setInput(e.target.value);
            setError(null);
          }}
        />
        <datalist id={`${id}-list`}>
          {choices.map((choice) => (
            <option key={choice.value} value={choice.label} label={choice.hint || undefined} />
          ))}
        </datalist>
        <button type="submit" disabled={busy} aria-label={t(`tagAdd_${kind}`)}>
          {t('tagAdd')}
        </button>
      </form>
      {error ? (
        <p id={`${id}-error`} className="error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
