import { useSyncExternalStore } from 'react';

/** The phone breakpoint of app.css (`@media (max-width: 600px)`); keep the two in step. */
export const PHONE_QUERY = '(max-width: 600px)';

function subscribe(onChange: () => void): () => void {
  const list = window.matchMedia?.(PHONE_QUERY);
  list?.addEventListener('change', onChange);
  return () => list?.removeEventListener('change', onChange);
}

// No matchMedia (jsdom, very old browsers): the desktop layout, which shows every control.
const isPhone = () => window.matchMedia?.(PHONE_QUERY).matches ?? false;

/** Whether the screen is phone-sized now; re-renders when it turns or is resized across the breakpoint. */
export function usePhoneLayout(): boolean {
  return useSyncExternalStore(subscribe, isPhone, () => false);
}
