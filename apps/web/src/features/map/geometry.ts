// The state outlines, imported lazily by MapCanvas so they travel in a chunk of their own
// (named after this file) next to maplibre, never in the dashboard's first load.
export { mexicoStates, MEXICO_BOUNDS } from '@atalaya/geo';
