import type { ReactNode } from 'react';
import { I18nProvider, type Lang } from '../../i18n/index.tsx';

/** A Testing Library `wrapper` that fixes the language, so component tests never depend on the machine's. */
export function inLanguage(lang: Lang = 'en') {
  return function WithLanguage({ children }: { children: ReactNode }) {
    return <I18nProvider lang={lang}>{children}</I18nProvider>;
  };
}
