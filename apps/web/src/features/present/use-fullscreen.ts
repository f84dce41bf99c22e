import { useCallback, useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  document.addEventListener('fullscreenchange', onChange);
  return () => document.removeEventListener('fullscreenchange', onChange);
}

const isFullscreen = () => Boolean(document.fullscreenElement);

/** Whether the page fills the screen (the Fullscreen API), and a toggle for it. */
export function useFullscreen(): { active: boolean; toggle(): void } {
  const active = useSyncExternalStore(subscribe, isFullscreen, () => false);
  const toggle = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen();
    // Refused when not triggered by a key or a click, or where the API is missing: the deck still works in the window.
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  }, []);
  return { active, toggle };
}
