import { countryByCode, NATIONAL, stateByIso } from '@atalaya/domain';
import type { Lang } from '../i18n/index.tsx';

/** The named cross-border region items can be placed in, besides states, 'MX' and countries. */
export const BORDER_REGION = 'US-MX-BORDER';

const NATIONAL_LABEL: Record<Lang, string> = { en: 'National', es: 'Nacional' };
const BORDER_LABEL: Record<Lang, string> = { en: 'US–Mexico border', es: 'Frontera México–EU' };

/**
 * A place code as people read it in the UI language. States keep their official Spanish name in both
 * languages (as clients and the press write them); countries are named in the language.
 */
export function placeLabel(code: string, lang: Lang): string {
  if (code === NATIONAL) return NATIONAL_LABEL[lang];
  if (code === BORDER_REGION) return BORDER_LABEL[lang];
  const state = stateByIso(code);
  if (state) return state.name;
  const country = countryByCode(code);
  if (country) return lang === 'es' ? country.nameEs : country.nameEn;
  return code;
}

/** Whether a place code is one of the 32 states, which have a profile page. */
export function isStateCode(code: string): boolean {
  return stateByIso(code) !== undefined;
}
