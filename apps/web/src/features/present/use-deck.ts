import type { Dashboard } from '@atalaya/api';
import type { Filter } from '@atalaya/domain';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useCallback, useEffect, useEffectEvent, useMemo, useRef } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { useTRPC } from '../../lib/trpc.ts';
import { useFilter } from '../filters/use-filter.ts';
import { deckPaths, withParams, type DeckPaths } from './paths.ts';
import { buildSlides, clampSlide, nextSlide, type Slide } from './slides.ts';
import { deckChannelName, openDeckChannel, type DeckChannel, type DeckMessage } from './sync.ts';

export type Move = 'next' | 'previous' | 'first' | 'last';

export interface Deck {
  dashboard: UseQueryResult<Dashboard, { message: string }>;
  filter: Filter;
  paths: DeckPaths;
  /** null until the dashboard's data is in. */
  slides: Slide[] | null;
  /** The current slide, 1-based, always within the deck. */
  slide: number;
  total: number;
  current: Slide | null;
  following: Slide | null;
  /** Goes to slide `n` (clamped) and tells the other window. */
  go(n: number): void;
  move(move: Move, options?: { loop?: boolean }): void;
}

/**
 * The briefing for the filter in the URL, on the slide the URL names (`slide=3`, 1-based, written back
 * clamped, with `replace` so Back leaves the deck rather than stepping through it). `role` says which
 * window this is: the slides window answers a notes window that asks where the deck is.
 */
export function useDeck(role: 'slides' | 'notes'): Deck {
  const trpc = useTRPC();
  const { filter, search: filterSearch } = useFilter();
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const paths = deckPaths(location.pathname);
  // The dashboard's own query: opened from the dashboard, the deck starts from its cache.
  const dashboard = useQuery(trpc.dashboard.get.queryOptions({ filter }));
  const slides = useMemo(() => (dashboard.data ? buildSlides(dashboard.data, filter) : null), [dashboard.data, filter]);
  const total = slides?.length ?? 0;
  const raw = params.get('slide');
  const slide = slides ? clampSlide(raw, total) : Math.max(1, Number.parseInt(raw ?? '1', 10) || 1);

  const show = useCallback(
    (n: number) => void navigate({ search: withParams(location.search, { slide: String(n) }) }, { replace: true, preventScrollReset: true }),
    [navigate, location.search],
  );

  // A missing, unreadable or out-of-range number is replaced by the slide actually shown.
  useEffect(() => {
    if (slides && raw !== String(slide)) show(slide);
  }, [slides, raw, slide, show]);

  const channel = useRef<DeckChannel | null>(null);
  const receive = useEffectEvent((message: DeckMessage) => {
    if (message.type === 'hello') {
      if (role === 'slides' && slides) channel.current?.post({ type: 'goto', slide });
    } else if (slides && message.slide !== slide) {
      show(clampSlide(String(message.slide), total));
    }
  });
  const channelName = deckChannelName(paths.deck, filterSearch);
  useEffect(() => {
    const opened = openDeckChannel(channelName, receive);
    channel.current = opened;
    if (role === 'notes') opened?.post({ type: 'hello' });
    return () => {
      opened?.close();
      if (channel.current === opened) channel.current = null;
    };
  }, [channelName, role]);

  const go = useCallback(
    (n: number) => {
      if (!slides) return;
      const target = clampSlide(String(n), total);
      if (target === slide) return;
      show(target);
      // Only moves made here are announced: a move that came from the other window is not echoed back.
      channel.current?.post({ type: 'goto', slide: target });
    },
    [slides, total, slide, show],
  );

  const move = useCallback(
    (where: Move, options: { loop?: boolean } = {}) => {
      if (where === 'next') go(nextSlide(slide, total, options.loop));
      else if (where === 'previous') go(slide - 1);
      else if (where === 'first') go(1);
      else go(total);
    },
    [go, slide, total],
  );

  return {
    dashboard,
    filter,
    paths,
    slides,
    slide,
    total,
    current: slides?.[slide - 1] ?? null,
    following: slides?.[slide] ?? null,
    go,
    move,
  };
}
