export * from './errors.ts';
export * from './read/index.ts';
export * from './segment/index.ts';
export { parseDocument, type ParsedDocument } from './parse.ts';
export * from './extract/index.ts';
export { analyzeDocument, analyzeSegmented, detectLanguage, toIngestJson, type IngestJson, type ParsedEdition, type ParsedItem } from './analyze.ts';
