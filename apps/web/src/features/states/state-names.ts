import { NATIONAL, stateByIso, type MexicanState } from '@atalaya/domain';
import type { Lang } from '../../i18n/index.tsx';

/**
 * A state's name as the product shows it: the official Spanish short name, except that
 * 'México' alone would read as the country, so the State of Mexico is 'Estado de México'.
 */
export function stateName(state: MexicanState): string {
  return state.iso === 'MX-MEX' ? state.officialName : state.name;
}

/** The English name when it differs from the Spanish one a reader sees ('Mexico City'), else null. */
export function stateEnglishName(state: MexicanState): string | null {
  const shown = stateName(state);
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return fold(state.nameEn) === fold(shown) ? null : state.nameEn;
}

/** A place scope ('MX' or 'MX-SIN') as a label: 'National' / 'Nacional', or the state's Spanish name. */
export function scopeName(code: string, lang: Lang): string {
  if (code === NATIONAL) return lang === 'es' ? 'Nacional' : 'National';
  const state = stateByIso(code);
  return state ? stateName(state) : code;
}
