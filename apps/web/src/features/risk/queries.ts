import type { RiskCategory, StateIso } from '@atalaya/domain';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../lib/trpc.ts';

/** A place's published ratings with their evidence, newest first (a state's include its localities). */
export function useRatingHistory(code: StateIso) {
  const trpc = useTRPC();
  return useQuery(trpc.levels.history.queryOptions({ scope: code }));
}

/** The 32 states' ratings in force on `date` (null: never rated by then). */
export function useStateLevels(date: string, category: RiskCategory = 'overall') {
  const trpc = useTRPC();
  return useQuery(trpc.levels.states.queryOptions({ date, category }));
}

/** Each state's US travel advisory in force on `date`: an outside reference, on its own scale. */
export function useAdvisory(date: string) {
  const trpc = useTRPC();
  return useQuery(trpc.levels.advisory.queryOptions({ date }));
}
