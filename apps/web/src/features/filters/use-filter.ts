import { decodeFilter, EMPTY_FILTER, encodeFilter, FilterError, type Filter } from '@atalaya/domain';
import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { useShare } from '../share/share-context.tsx';

/** URL parameters that travel beside the filter without being part of it. */
export const NON_FILTER_PARAMS = ['layer', 'slide', 'auto', 'lang'] as const;

export interface FilterState {
  filter: Filter;
  /** Why the URL's filter could not be read (the view then shows everything); null when fine. */
  error: string | null;
  /** The separate problems behind `error`, each naming the offending value; [] when fine. */
  issues: string[];
  /** Replaces the filter, keeping the other parameters; adds a history entry so Back undoes it. */
  setFilter(next: Filter | ((current: Filter) => Filter)): void;
  /** The canonical query string of the current filter, without '?'. */
  search: string;
}

/** The whole filter lives in the URL: reload, Back/Forward and a pasted link give the same view. */
export function useFilter(): FilterState {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();
  const share = useShare();
  const { filter, error, issues } = useMemo(() => {
    // A share link shows one frozen filter, whatever the address says.
    if (share) return { filter: share.filter, error: null, issues: [] };
    try {
      return { filter: decodeFilter(params, { ignore: NON_FILTER_PARAMS }), error: null, issues: [] };
    } catch (e) {
      const message = e instanceof FilterError ? e.message : String(e);
      return { filter: EMPTY_FILTER, error: message, issues: e instanceof FilterError ? e.issues : [message] };
    }
  }, [params, share]);
  const setFilter = useCallback(
    (next: Filter | ((current: Filter) => Filter)) => {
      if (share) return;
      const value = typeof next === 'function' ? next(filter) : next;
      const search = new URLSearchParams(encodeFilter(value));
      for (const key of NON_FILTER_PARAMS) {
        const kept = params.get(key);
        if (kept !== null) search.set(key, kept);
      }
      // encodeFilter's commas stay readable (?states=MX-SIN,MX-SON): setSearchParams would escape them again.
      void navigate({ pathname: location.pathname, search: `?${search.toString().replace(/%2C/gi, ',')}` }, { preventScrollReset: true });
    },
    [filter, params, share, navigate, location.pathname],
  );
  return { filter, error, issues, setFilter, search: encodeFilter(filter) };
}
