import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../lib/trpc.ts';
import { useSession } from '../auth/use-session.ts';
import { useShare } from '../share/share-context.tsx';

/** The signed-in user's organisation (watchlist and sites); null on share links and before sign-in. */
export function useMyOrg() {
  const trpc = useTRPC();
  const { user } = useSession();
  const share = useShare();
  const query = useQuery(trpc.admin.myOrg.queryOptions(undefined, { enabled: user !== null && share === null, staleTime: 5 * 60_000 }));
  return user && !share ? (query.data ?? null) : null;
}
