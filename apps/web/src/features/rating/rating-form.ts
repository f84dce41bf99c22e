import { isStateIso, localityByKey, zIsoDate, type RiskCategory, type RiskLevel } from '@atalaya/domain';
import type { Evidence, NewRating, PreviewInput } from './types.ts';

/** What the rating form holds while the analyst writes it. */
export interface RatingDraft {
  state: string;
  /** A gazetteer locality key of that state ('MX-SIN/culiacan'), or '' for the whole state. */
  locality: string;
  category: RiskCategory;
  level: RiskLevel | null;
  effectiveOn: string;
  rationaleEn: string;
  rationaleEs: string;
  evidence: Evidence[];
}

export type RatingProblem = 'stateRequired' | 'levelRequired' | 'dateInvalid' | 'rationaleRequired';

export const emptyDraft = (state: string, category: RiskCategory, effectiveOn: string): RatingDraft => ({
  state,
  locality: '',
  category,
  level: null,
  effectiveOn,
  rationaleEn: '',
  rationaleEs: '',
  evidence: [],
});

/** The scope the draft rates: its locality when one is chosen (and lies in the state), else the state; null without a state. */
export function draftScope(draft: Pick<RatingDraft, 'state' | 'locality'>): string | null {
  if (!isStateIso(draft.state)) return null;
  return draft.locality && localityByKey(draft.locality)?.state === draft.state ? draft.locality : draft.state;
}

export const isIsoDate = (value: string) => zIsoDate.safeParse(value).success;

/** What the form would be refused for (the server checks the same rules and more). */
export function ratingProblems(draft: RatingDraft): RatingProblem[] {
  const problems: RatingProblem[] = [];
  if (!draftScope(draft)) problems.push('stateRequired');
  if (draft.level === null) problems.push('levelRequired');
  if (!isIsoDate(draft.effectiveOn)) problems.push('dateInvalid');
  if (!draft.rationaleEn.trim()) problems.push('rationaleRequired');
  return problems;
}

/** The preview's question (which client sites this would move), once the draft says enough to ask it. */
export function previewInput(draft: RatingDraft): PreviewInput | null {
  const scope = draftScope(draft);
  if (!scope || draft.level === null || !isIsoDate(draft.effectiveOn)) return null;
  return { scope, category: draft.category, level: draft.level, effectiveOn: draft.effectiveOn };
}

/** The `levels.create` input for a valid draft; an empty Spanish rationale is sent as missing, not as blank text. */
export function ratingInput(draft: RatingDraft, publish: boolean): NewRating | null {
  const scope = draftScope(draft);
  if (!scope || draft.level === null || ratingProblems(draft).length > 0) return null;
  const rationaleEs = draft.rationaleEs.trim();
  return {
    scope,
    category: draft.category,
    level: draft.level,
    effectiveOn: draft.effectiveOn,
    rationaleEn: draft.rationaleEn.trim(),
    ...(rationaleEs ? { rationaleEs } : {}),
    evidence: draft.evidence.map((e) => e.id),
    publish,
  };
}
