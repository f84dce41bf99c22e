import { useMemo, useSyncExternalStore } from 'react';
import { useLang } from '../../i18n/index.tsx';

function subscribe(onTick: () => void): () => void {
  const timer = setInterval(onTick, 1000);
  return () => clearInterval(timer);
}

/** The time of day as the presenter's clock shows it (hours and minutes), kept current. */
export function useClock(): string {
  const { locale } = useLang();
  const format = useMemo(() => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }), [locale]);
  return useSyncExternalStore(subscribe, () => format.format(Date.now()));
}
