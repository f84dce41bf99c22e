import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

export type Lang = 'en' | 'es';
export const LANGS: readonly Lang[] = ['en', 'es'];
const STORAGE_KEY = 'atalaya.lang';

/**
 * A feature's strings in both languages. The Spanish table must have exactly the English keys,
 * so a missing translation is a type error, not a blank on screen.
 */
export function defineMessages<const M extends Record<string, string>>(messages: { en: M; es: { [K in keyof M]: string } }) {
  return messages;
}

export type Messages<M extends Record<string, string>> = { en: M; es: { [K in keyof M]: string } };

interface I18nValue {
  lang: Lang;
  locale: 'en-US' | 'es-MX';
  setLang(lang: Lang): void;
}

const I18nContext = createContext<I18nValue | null>(null);

function initialLang(): Lang {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (stored === 'en' || stored === 'es') return stored;
  } catch {
    // Storage can be blocked (private mode); fall back to the browser's language.
  }
  return globalThis.navigator?.language?.toLowerCase().startsWith('es') ? 'es' : 'en';
}

export function I18nProvider({ children, lang: fixed }: { children: ReactNode; lang?: Lang }) {
  const [lang, setLangState] = useState<Lang>(() => fixed ?? initialLang());
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, next);
    } catch {
      // The choice still holds for this page view.
    }
  }, []);
  useEffect(() => {
    // Screen readers and the browser's own hyphenation follow <html lang>.
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo<I18nValue>(() => ({ lang, locale: lang === 'es' ? 'es-MX' : 'en-US', setLang }), [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useLang(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useLang needs an <I18nProvider>');
  return value;
}

type Vars = Record<string, string | number>;

/** `t('key', { n: 3 })` for one feature's messages: `{n}` placeholders are filled in. */
export function useMessages<M extends Record<string, string>>(messages: Messages<M>) {
  const { lang } = useLang();
  return useCallback(
    (key: keyof M & string, vars?: Vars): string => {
      const template = (messages[lang] as Record<string, string>)[key] ?? key;
      return vars ? template.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`)) : template;
    },
    [lang, messages],
  );
}

/** Locale-aware formatting of calendar dates ('YYYY-MM-DD'), numbers and changes. */
export function useFormat() {
  const { locale } = useLang();
  return useMemo(() => {
    const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const month = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
    const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    const compact = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' });
    const asDate = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);
    return {
      locale,
      date: (iso: string) => day.format(asDate(iso)),
      month: (iso: string) => month.format(asDate(iso)),
      number: (n: number) => number.format(n),
      compact: (n: number) => compact.format(n),
      /** Relative change as a signed percentage, or null when there is nothing to compare with. */
      change: (value: number, previous: number | null) => (previous === null || previous === 0 ? null : percent.format((value - previous) / previous)),
    };
  }, [locale]);
}
