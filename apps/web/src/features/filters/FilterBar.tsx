/** Placeholder: the filter bar (dates, states, topics, organizations, text). */
export function FilterBar() {
  return null;
}
