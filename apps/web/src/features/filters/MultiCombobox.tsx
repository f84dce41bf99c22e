import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useMessages } from '../../i18n/index.tsx';
import { messages } from './messages.ts';

export interface ComboOption {
  value: string;
  label: string;
  /** Shown after the label in a quieter style: an English name, a count. */
  hint?: string | undefined;
  /** Language of the label when it differs from the page's (Spanish state names on the English page). */
  lang?: string | undefined;
}

export interface MultiComboboxProps {
  label: string;
  placeholder: string;
  /** Matching options for what was typed, best first; every option for ''. */
  search(query: string): ComboOption[];
  selected: readonly string[];
  /** Chip label of a selected value. */
  labelOf(value: string): string;
  onChange(values: string[]): void;
  /** Shown instead of the list when options are not available (loading, error). */
  status?: string | undefined;
  className?: string;
}

/**
 * Multi-select with type-ahead, after the WAI-ARIA combobox pattern: a text input with
 * role=combobox owning a listbox; Down/Up move through the matches, Enter toggles the
 * highlighted one, Escape closes the list (a second Escape clears the text). Chosen values
 * show as chips, each with a "Remove …" button.
 */
export function MultiCombobox({ label, placeholder, search, selected, labelOf, onChange, status, className }: MultiComboboxProps) {
  const t = useMessages(messages);
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-opt-${i}`;
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  const matches = open ? search(query) : [];
  const activeIndex = active < matches.length ? active : matches.length - 1;
  const chosen = new Set(selected);

  useEffect(() => {
    if (!open || activeIndex < 0) return;
    const el = listRef.current?.querySelector<HTMLElement>(`[data-index="${activeIndex}"]`);
    el?.scrollIntoView?.({ block: 'nearest' });
  }, [open, activeIndex]);

  const toggle = (value: string) => {
    onChange(chosen.has(value) ? selected.filter((v) => v !== value) : [...selected, value]);
  };

  const pick = (option: ComboOption) => {
    toggle(option.value);
    setQuery('');
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    switch (e.key) {
      case 'ArrowDown': {
        e.preventDefault();
        if (!open) {
          setOpen(true);
          setActive(e.altKey ? -1 : 0);
        } else {
          setActive(Math.min(activeIndex + 1, matches.length - 1));
        }
        break;
      }
      case 'ArrowUp': {
        e.preventDefault();
        if (!open) {
          setOpen(true);
          setActive(search(query).length - 1);
        } else {
          setActive(Math.max(activeIndex - 1, 0));
        }
        break;
      }
      case 'Enter': {
        const option = open && activeIndex >= 0 ? matches[activeIndex] : undefined;
        if (option) {
          e.preventDefault();
          pick(option);
        }
        break;
      }
      case 'Escape': {
        if (open) {
          e.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (query !== '') {
          e.preventDefault();
          setQuery('');
        }
        break;
      }
      default:
        break;
    }
  };

  const remove = (value: string) => {
    onChange(selected.filter((v) => v !== value));
    inputRef.current?.focus();
  };

  return (
    <div className={`combo ${className ?? ''}`}>
      <label htmlFor={inputId} className="combo-label">
        {label}
      </label>
      <div className="combo-field">
        <input
          ref={inputRef}
          id={inputId}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open && activeIndex >= 0 ? optionId(activeIndex) : undefined}
          placeholder={placeholder}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
            setActive(e.target.value.trim() === '' ? -1 : 0);
          }}
          onKeyDown={onKeyDown}
          onClick={() => setOpen(true)}
          onBlur={() => {
            setOpen(false);
            setActive(-1);
          }}
        />
        <ul ref={listRef} id={listId} role="listbox" aria-label={label} aria-multiselectable="true" className="combo-list" hidden={!open}>
          {open && status ? (
            <li className="combo-status" role="presentation">
              {status}
            </li>
          ) : null}
          {open && !status && matches.length === 0 ? (
            <li className="combo-status" role="presentation">
              {t('noMatches', { q: query })}
            </li>
          ) : null}
          {!status
            ? matches.map((option, i) => (
                <li
                  key={option.value}
                  id={optionId(i)}
                  data-index={i}
                  role="option"
                  aria-selected={chosen.has(option.value)}
                  className={`combo-option${i === activeIndex ? ' is-active' : ''}`}
                  // Keeps focus in the input, so the list does not close before the click lands.
                  onMouseDown={(e) => e.preventDefault()}
                  onMouseMove={() => {
                    if (i !== activeIndex) setActive(i);
                  }}
                  onClick={() => pick(option)}
                >
                  <span className="combo-check" aria-hidden="true">
                    {chosen.has(option.value) ? '✓' : ''}
                  </span>
                  <span className="combo-option-label" lang={option.lang}>
                    {option.label}
                  </span>
                  {option.hint ? <span className="combo-hint">{option.hint}</span> : null}
                </li>
              ))
            : null}
        </ul>
        <span className="visually-hidden" aria-live="polite">
          {open && !status && query.trim() !== '' ? t('optionsAvailable', { n: matches.length }) : ''}
        </span>
      </div>
      {selected.length > 0 ? (
        <ul className="filter-chips" aria-label={t('selectedList', { what: label.toLocaleLowerCase() })}>
          {selected.map((value) => {
            const name = labelOf(value);
            return (
              <li key={value} className="chip filter-chip">
                <span>{name}</span>
                <button type="button" className="chip-remove" aria-label={t('remove', { name })} title={t('remove', { name })} onClick={() => remove(value)}>
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
