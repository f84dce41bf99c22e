import type { Count } from '@atalaya/api';

/** Placeholder: the state map. */
export default function MapPanel(_props: { counts: Count[] | null }) {
  return null;
}
