import { drugLabel, NATIONAL, stateByIso, topicBySlug } from '@atalaya/domain';
import { useMemo } from 'react';
import { useFormat, useLang, useMessages } from '../../i18n/index.tsx';
import { messages } from './messages.ts';
import { periodLabel } from './periods.ts';
import { OTHER_KEY } from './topic-volume.ts';


/** The trend charts' strings and locale-aware formatters in one place. */
export function useTrendFormat() {
  const t = useMessages(messages);
  const fmt = useFormat();
  const { lang, locale } = useLang();
  return useMemo(() => {
    const twoDecimals = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    return {
      t,
      fmt,
      lang,
      locale,
      /** A place as the charts name it: 'National', or the state's official Spanish name. */
      place: (code: string) => (code === NATIONAL ? t('national') : (stateByIso(code)?.name ?? code)),
      topic: (slug: string) => (slug === OTHER_KEY ? t('otherTopics') : (topicBySlug(slug)?.[lang] ?? slug)),
      drug: (drug: string) => drugLabel(drug, lang),
      period: (start: string, end: string) => periodLabel(start, end, locale),
      /** Per-100k monthly rates are small (≈1–10): two decimals keep neighbours apart. */
      rate: (n: number) => twoDecimals.format(n),
      count: (n: number) => whole.format(n),
      amount: (n: number) => fmt.number(n),
    };
  }, [t, fmt, lang, locale]);
}

export type TrendFormat = ReturnType<typeof useTrendFormat>;
