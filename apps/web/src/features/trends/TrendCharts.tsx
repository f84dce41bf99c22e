/** Placeholder: trend charts. */
export function TrendCharts() {
  return null;
}
