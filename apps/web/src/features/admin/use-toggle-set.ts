import { useState } from 'react';

/** A set of ticked checkboxes: `toggle` ticks or unticks one, `set` replaces them all. */
export function useToggleSet<T>(initial: Iterable<T>) {
  const [chosen, set] = useState<Set<T>>(() => new Set(initial));
  const toggle = (value: T) =>
    set((current) => {
      const next = new Set(current);
      if (next.has(value)) next.delete(value);
      else next.add(value);
      return next;
    });
  return { chosen, toggle, set };
}
