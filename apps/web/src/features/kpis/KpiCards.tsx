import type { Dashboard } from '@atalaya/api';
import type { UseQueryResult } from '@tanstack/react-query';

/** Placeholder: KPI cards. */
export function KpiCards(_props: { query: UseQueryResult<Dashboard, { message: string }> }) {
  return null;
}
