import { useId, useState, type FormEvent } from 'react';
import { describeMiss, type Choice, type Resolution } from './choices.ts';
import type { Origin } from './types.ts';

export interface Chip {
  value: string;
  label: string;
  origin: Origin;
  confidence: number;
}

interface Props {
  /** Plural title: "Places". */
  title: string;
  /** Singular noun for the add field and messages: "place". */
  noun: string;
  chips: readonly Chip[];
  choices: readonly Choice[];
  resolve: (input: string) => Resolution;
  /** A save of this list is in flight: further changes wait, because each save replaces the whole list. */
  busy: boolean;
  onAdd: (choice: Choice) => void;
  onRemove: (value: string) => void;
}

function originText(chip: Chip): string {
  return chip.origin === 'extracted' ? `extracted automatically, confidence ${Math.round(chip.confidence * 100)}%` : 'added by an editor';
}

/** Chips with remove buttons and a type-ahead to add one; every change is saved at once by the parent. */
export function TagEditor({ title, noun, chips, choices, resolve, busy, onAdd, onRemove }: Props) {
  const id = useId();
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);

  const add = (event: FormEvent) => {
    event.preventDefault();
    const resolution = resolve(input);
    if (resolution.kind !== 'found') {
      setError(input.trim() === '' ? `Type a ${noun} to add.` : describeMiss(resolution, input, noun));
      return;
    }
    setError(null);
    setInput('');
    if (!chips.some((c) => c.value === resolution.choice.value)) onAdd(resolution.choice);
  };

  return (
    <div className="tag-editor" role="group" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{title}</h4>
      {chips.length ? (
        <ul className="chips">
          {chips.map((chip) => (
            <li key={chip.value} className={`chip chip-${chip.origin}`} title={`${chip.label}: ${originText(chip)}`}>
              {chip.label}
              <span className="visually-hidden"> ({originText(chip)})</span>
              <button type="button" className="chip-remove" aria-label={`Remove ${chip.label}`} disabled={busy} onClick={() => onRemove(chip.value)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty">No {title.toLowerCase()}.</p>
      )}
      <form className="tag-add" onSubmit={add}>
        <label htmlFor={`${id}-input`} className="visually-hidden">
          Add {noun}
        </label>
        <input
          id={`${id}-input`}
          list={`${id}-list`}
          value={input}
          placeholder={`Add ${noun}…`}
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
        <button type="submit" disabled={busy} aria-label={`Add ${noun}`}>
          Add
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
