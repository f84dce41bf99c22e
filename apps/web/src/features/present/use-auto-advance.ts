import { useEffect, useEffectEvent } from 'react';

/**
 * Calls `advance` after `seconds` on each slide (the timer restarts whenever the slide changes, by
 * hand or by itself), unless paused or `seconds` is null.
 */
export function useAutoAdvance(seconds: number | null, paused: boolean, slide: number, advance: () => void): void {
  const tick = useEffectEvent(advance);
  useEffect(() => {
    if (seconds === null || paused) return;
    const timer = setTimeout(() => tick(), seconds * 1000);
    return () => clearTimeout(timer);
  }, [seconds, paused, slide]);
}
