import type { AppRouter } from '@atalaya/api';
import type { inferRouterOutputs } from '@trpc/client';

type Outputs = inferRouterOutputs<AppRouter>;

/** `levels.states`: the 32 states, each with the rating in force on the date asked for (null: never rated by then). */
export type StateLevels = Outputs['levels']['states'];
export type StateLevel = StateLevels[number];
/** One published rating of `levels.history`, with its rationale and evidence. */
export type RatingEntry = Outputs['levels']['history'][number];
