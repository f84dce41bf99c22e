import type { Filter } from '@atalaya/domain';
import { createContext, useContext, useMemo, type ReactNode } from 'react';

/** What a share link opens: one frozen filter, named after its view. */
export interface SharedView {
  filter: Filter;
  viewName: string | null;
  expiresAt: Date;
}

const ShareContext = createContext<SharedView | null>(null);

/** Marks everything inside as a read-only shared view of `filter`. */
export function ShareProvider({ filter, viewName, expiresAt, children }: SharedView & { children: ReactNode }) {
  const value = useMemo<SharedView>(() => ({ filter, viewName, expiresAt }), [filter, viewName, expiresAt]);
  return <ShareContext.Provider value={value}>{children}</ShareContext.Provider>;
}

/** The shared view when rendering under a share link (`/s/<token>`); null everywhere else. */
export function useShare(): SharedView | null {
  return useContext(ShareContext);
}
