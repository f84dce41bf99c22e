import type { AppRouter } from '@atalaya/api';
import type { inferOutput, TRPCOptionsProxy } from '@trpc/tanstack-react-query';

// Read off the router, so the types follow the API (superjson dates included) without a copy.
type Levels = TRPCOptionsProxy<AppRouter>['levels'];

/** `levels.states`: the 32 states, each with the rating in force on the date asked for (null: never rated by then). */
export type StateLevels = inferOutput<Levels['states']>;
export type StateLevel = StateLevels[number];
/** One published rating of `levels.history`, with its rationale and evidence. */
export type RatingEntry = inferOutput<Levels['history']>[number];
/** `levels.advisory`: each state's US travel advisory in force on a date (null: none yet). */
export type AdvisoryStates = inferOutput<Levels['advisory']>;
export type Advisory = NonNullable<AdvisoryStates[number]['advisory']>;
