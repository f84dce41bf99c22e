import type { AppRouter } from '@atalaya/api';
import type { RiskCategory, RiskLevel } from '@atalaya/domain';
import type { inferInput, inferOutput, TRPCOptionsProxy } from '@trpc/tanstack-react-query';

// Read off the router, so the types follow the API (superjson dates included) without a copy.
type Levels = TRPCOptionsProxy<AppRouter>['levels'];

export type LevelsGrid = inferOutput<Levels['grid']>;
export type GridRow = LevelsGrid['states'][number];
export type HistoryRating = inferOutput<Levels['drafts']>[number];
export type Evidence = HistoryRating['evidence'][number];
export type ImpactPreview = inferOutput<Levels['preview']>;
/** `levels.preview`'s question (the router's own input type leaves `level` unknown: its schema is a cast). */
export type PreviewInput = Omit<inferInput<Levels['preview']>, 'level' | 'category'> & { level: RiskLevel; category: RiskCategory };
export type NewRating = inferInput<Levels['create']>;
export type Signals = inferOutput<Levels['signals']>;
export type SignalStatus = Signals['states'][number]['status'];
