import type { RatingWithEvidence, StateLevel } from '@atalaya/api';

/** `levels.states`: the 32 states, each with the rating in force on the date asked for (null: never rated by then). */
export type StateLevels = StateLevel[];
export type { StateLevel };
/** One published rating of `levels.history`, with its rationale and evidence. */
export type RatingEntry = RatingWithEvidence;
