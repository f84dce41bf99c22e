import type { Count } from '@atalaya/api';
import { ItemList } from './ItemList.tsx';

/** Placeholder: the timeline; for now the plain item list. */
export function Timeline(_props: { weeks: Count[] | null; total: number | null }) {
  return <ItemList />;
}
