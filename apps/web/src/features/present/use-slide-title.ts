import { useCallback } from 'react';
import { useMessages } from '../../i18n/index.tsx';
import { messages as kpiMessages } from '../kpis/messages.ts';
import { messages as mapMessages } from '../map/messages.ts';
import { messages as trendMessages } from '../trends/messages.ts';
import { messages } from './messages.ts';
import type { Slide, TrendChart } from './slides.ts';
import { stateNames } from './StateSlide.tsx';

// Each chart's own title, as its card prints it.
const TREND_TITLES = {
  'case-files': 'caseFilesTitle',
  transfers: 'transfersTitle',
  seizures: 'seizuresTitle',
  'topic-volume': 'topicsTitle',
} as const satisfies Record<TrendChart, keyof (typeof trendMessages)['en']>;

/** A slide's title in words: the announcement of each move, and "Next: …" in the presenter notes. */
export function useSlideTitle(): (slide: Slide) => string {
  const t = useMessages(messages);
  const kpis = useMessages(kpiMessages);
  const map = useMessages(mapMessages);
  const trends = useMessages(trendMessages);
  return useCallback(
    (slide: Slide) => {
      switch (slide.kind) {
        case 'title':
          return t('titleSlide');
        case 'map':
          return map('title');
        case 'levels':
          return t('levelsSlide');
        case 'kpis':
          return kpis('heading');
        case 'trend':
          return trends(TREND_TITLES[slide.chart]);
        case 'item':
          return slide.item.headline;
        case 'state':
          return stateNames(slide.code).name;
      }
    },
    [t, kpis, map, trends],
  );
}
