export { appRouter, createCaller, type AppRouter } from './root.ts';
export type { Context, SessionCookies, SessionUser } from './context.ts';
export { DEFAULT_SESSION_POLICY, DEVICE_COOKIE, SESSION_COOKIE, resumeSession, type ResumedSession, type SessionPolicy } from './services/sessions.ts';
export { DomainError, TooManyRequests, UNAVAILABLE_MESSAGE } from './errors.ts';
export { unavailableError } from './trpc.ts';
export { loadDemo, DEMO_USERS, DEMO_PASSWORD, type DemoLoadResult } from './demo/load.ts';
export { syncCatalog } from './services/catalog.ts';
export { addUser, ROLES, type NewUserInput } from './services/users.ts';
export { storeEdition, type EditionInput, type ItemInput, type MetricInput, type StoreOptions } from './services/store-edition.ts';
export { dashboard, type Dashboard, type Kpi, type HomicideRateKpi, type Count } from './services/dashboard.ts';
export type { ItemSummary, ItemDetail, ItemPage } from './services/items.ts';
export type { EditionSummary, EditionDetail, Commentary } from './services/editions.ts';
export type { SeriesData, SeriesPoint } from './services/metrics.ts';
export { importDocument, importParsed, previewDocument, type Analyzer, type DocumentUpload, type ImportResult } from './services/ingest.ts';
export type { TopicMonth, LatestByState, TagCount } from './services/breakdowns.ts';
export type { StateProfile } from './services/state-profile.ts';
export type { ReviewEdition, ReviewItem, ReviewObservation, DraftSummary } from './services/review.ts';
export { resolveShareToken, recordShareOpen, type ShareGrant } from './services/shares.ts';
export { hit } from './services/rate-limit.ts';
export { isStaff } from './services/access.ts';
export { audit } from './services/audit.ts';
export { importAdvisory, storeAdvisory, StatsFileError, type AdvisoryImport } from './services/advisory.ts';
export { createUser } from './services/admin.ts';
export { memberExportScope, sharedExportScope, type ExportScope } from './services/exports/scope.ts';
export { itemsCsv } from './services/exports/items-csv.ts';
export { observationsCsv } from './services/exports/observations-csv.ts';
export { byteStream } from './services/exports/stream.ts';
export { briefingData } from './services/exports/briefing.ts';
export { renderBriefingPdf } from './services/exports/pdf.ts';
export { orgExport, type OrgExport, type OrgExportKind } from './services/exports/exposure-files.ts';
export { exportDisposition, type ExportKind } from './services/exports/filename.ts';
export { recordExport } from './services/exports/audit.ts';
export {
  seedSynthetic,
  seedSyntheticPortfolio,
  measureExposure,
  measureQueries,
  SYNTHETIC_DATASET,
  type SyntheticOptions,
  type SyntheticPortfolioOptions,
  type SyntheticResult,
  type Timing,
} from './services/synthetic/index.ts';
