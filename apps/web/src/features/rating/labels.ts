import { NOT_RATED, localityByKey, riskCategoryInfo, riskLevelInfo, stateByIso } from '@atalaya/domain';
import type { Lang } from '../../i18n/index.tsx';
import { stateName } from '../states/state-names.ts';

/** A level's name in the reader's language; a place never rated is "Not rated", never level 1. */
export function levelName(level: number | null | undefined, lang: Lang): string {
  const info = level == null ? undefined : riskLevelInfo(level);
  return info ? info[lang] : NOT_RATED[lang];
}

/** Fill and text colours of a level (grey for not rated): the text always keeps 4.5:1 contrast on the fill. */
export function levelColors(level: number | null | undefined): { background: string; color: string } {
  const info = level == null ? undefined : riskLevelInfo(level);
  return info ? { background: info.color, color: info.ink } : { background: NOT_RATED.color, color: NOT_RATED.ink };
}

export function categoryName(slug: string, lang: Lang): string {
  return riskCategoryInfo(slug)?.[lang] ?? slug;
}

/** A state's name ('Sinaloa'), or a locality with its state ('Culiacán (Sinaloa)'); gazetteer names are Spanish in both languages. */
export function scopeName(scope: string): string {
  const state = stateByIso(scope);
  if (state) return stateName(state);
  const locality = localityByKey(scope);
  if (!locality) return scope;
  const of = stateByIso(locality.state);
  return of ? `${locality.name} (${stateName(of)})` : locality.name;
}
