import type { PlaceScope, StateIso } from '@atalaya/domain';
import type { StateDatum } from './layers.ts';

export type SortKey = 'name' | 'value' | 'level';
export type SortDirection = 'ascending' | 'descending';
export interface SortOrder {
  key: SortKey;
  direction: SortDirection;
}

/** Highest first: the question is usually "where is it worst?". */
export const DEFAULT_SORT: SortOrder = { key: 'value', direction: 'descending' };

const collator = new Intl.Collator('es', { sensitivity: 'base' });

const sortValue = (d: StateDatum, key: 'value' | 'level') => (key === 'value' ? d.value : (d.risk?.level ?? null));

/**
 * Rows in the chosen order. States without data (or never rated, sorting by level) always go last,
 * whichever the direction: they are not smaller than the smallest figure, they are unknown. Ties
 * fall back to the name.
 */
export function sortStates(data: readonly StateDatum[], order: SortOrder): StateDatum[] {
  const sign = order.direction === 'ascending' ? 1 : -1;
  return [...data].sort((a, b) => {
    if (order.key !== 'name') {
      const x = sortValue(a, order.key);
      const y = sortValue(b, order.key);
      if (x === null || y === null) {
        if (x !== y) return x === null ? 1 : -1;
      } else if (x !== y) {
        return sign * (x - y);
      }
      return collator.compare(a.name, b.name);
    }
    return sign * collator.compare(a.name, b.name);
  });
}

/** Clicking a column header: the same column flips direction; a new one starts in its natural order. */
export function nextSort(current: SortOrder, key: SortKey): SortOrder {
  if (current.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: key === 'name' ? 'ascending' : 'descending' };
}

/**
 * The filter's states after choosing one on the map or in the table.
 * A plain choice replaces the selection (choosing the only selected state again clears it);
 * an additive one (Shift+click, "Add") toggles the state and keeps the others.
 */
export function nextStates(current: readonly PlaceScope[], iso: StateIso, additive: boolean): PlaceScope[] {
  if (additive) return current.includes(iso) ? current.filter((s) => s !== iso) : [...current, iso];
  return current.length === 1 && current[0] === iso ? [] : [iso];
}
