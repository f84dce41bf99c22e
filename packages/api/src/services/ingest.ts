import { createHash } from 'node:crypto';
import { analyzeDocument, IngestError, toIngestJson, type IngestJson, type ParsedEdition } from '@atalaya/ingest';
import { cleanText, seriesByKey } from '@atalaya/domain';
import type { Context } from '../context.ts';
import { DomainError } from '../errors.ts';
import { audit } from './audit.ts';
import { storeEdition, type EditionInput } from './store-edition.ts';

type Ctx = Pick<Context, 'db' | 'user' | 'requestId'>;

export interface DocumentUpload {
  bytes: Uint8Array;
  filename?: string | undefined;
  mediaType?: string | undefined;
}

export type ImportResult =
  | { kind: 'created'; editionId: number; items: number; proposedMetrics: number }
  | { kind: 'duplicate'; editionId: number };

const bucket = (confidence: number): 'high' | 'medium' | 'low' => (confidence >= 0.8 ? 'high' : confidence >= 0.5 ? 'medium' : 'low');

/** The parsed document as the rows to store: a draft whose places, tags and figures are the extractor's proposals. */
export function toEditionInput(parsed: ParsedEdition, fallbackDate: string, fallbackTitle: string): EditionInput {
  const editionDate = parsed.edition.publishedOn;
  return {
    title: parsed.edition.title ?? fallbackTitle,
    publishedOn: editionDate,
    author: parsed.edition.author,
    commentary: parsed.edition.commentary,
    items: parsed.items.map((item) => {
      const date = item.source.publishedOn ?? editionDate ?? fallbackDate;
      return {
        kind: item.kind,
        headline: item.headline,
        summary: item.summary,
        date,
        outlet: item.source.outlet,
        articleAuthor: item.source.author,
        originalTitle: item.source.title,
        url: item.source.url,
        language: item.language,
        sourceStart: item.span.start,
        sourceEnd: item.span.end,
        places: item.places.map((p) => ({ code: p.code, confidence: p.confidence })),
        topics: item.topics.map((t) => ({ slug: t.slug, confidence: t.confidence })),
        organizations: item.organizations.map((o) => ({ slug: o.slug, label: o.name, confidence: o.confidence })),
        people: item.people.map((p) => ({ slug: p.slug, label: p.name, confidence: p.confidence })),
        metrics: item.metrics
          .filter((m) => seriesByKey(m.series) !== undefined)
          .map((m) => ({
            series: m.series,
            value: m.value,
            unit: m.unit,
            place: m.place,
            periodStart: m.periodStart ?? m.date ?? date,
            periodEnd: m.periodEnd ?? m.date ?? date,
            dimension: m.dimension,
            text: m.text,
            confidence: bucket(m.confidence),
            status: 'proposed' as const,
          })),
      };
    }),
  };
}

/** Turns an upload into an edition. The server runs it off its main thread, within limits (see apps/server/src/parse). */
export type Analyzer = (upload: DocumentUpload) => Promise<ParsedEdition>;

/** In this thread, with the readers' default limits: for tests and scripts, whose documents are trusted. */
const analyzeInProcess: Analyzer = (upload) => analyzeDocument(upload.bytes, { filename: upload.filename, mediaType: upload.mediaType });

async function analyze(upload: DocumentUpload, analyzer: Analyzer = analyzeInProcess): Promise<ParsedEdition> {
  try {
    return await analyzer(upload);
  } catch (error) {
    if (error instanceof IngestError) throw new DomainError(error.code === 'TOO_LARGE' ? 'PAYLOAD_TOO_LARGE' : 'UNPROCESSABLE_CONTENT', error.message);
    throw error;
  }
}

/** Parses a document without writing anything (the CLI's --dry-run and the upload preview). */
export async function previewDocument(upload: DocumentUpload, options: { analyze?: Analyzer } = {}): Promise<IngestJson> {
  return toIngestJson(await analyze(upload, options.analyze));
}

export const contentHash = (text: string) => createHash('sha256').update(text.normalize('NFC').replace(/\s+/g, ' ').trim()).digest('hex');

/** Stores a document as a draft edition; the same document again (by content) changes nothing. */
export async function importDocument(ctx: Ctx, upload: DocumentUpload, options: { today?: string; analyze?: Analyzer } = {}): Promise<ImportResult> {
  return importParsed(ctx, upload, await analyze(upload, options.analyze), options);
}

/** Stores a document parsed beforehand (see {@link importDocument}). */
export async function importParsed(ctx: Ctx, upload: Pick<DocumentUpload, 'filename'>, parsed: ParsedEdition, options: { today?: string } = {}): Promise<ImportResult> {
  const hash = contentHash(parsed.text);
  const existing = await ctx.db.selectFrom('editions').select('id').where('content_hash', '=', hash).executeTakeFirst();
  if (existing) return { kind: 'duplicate', editionId: existing.id };
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  // A file's name is text its sender chose, stored and shown like the rest.
  const filename = upload.filename === undefined ? undefined : cleanText(upload.filename);
  const input = toEditionInput(parsed, today, filename ? `Imported from ${filename}` : 'Imported newsletter');
  // The edition and its audit entry commit together: an import cut short (a shutdown, a lost connection) leaves neither.
  const editionId = await ctx.db.transaction().execute(async (trx) => {
    const id = await storeEdition(trx, input, {
      status: 'draft',
      sourceFormat: parsed.format,
      sourceName: filename ?? null,
      originalText: parsed.text,
      contentHash: hash,
      createdBy: ctx.user?.id ?? null,
      origin: 'extracted',
    });
    await audit(trx, ctx, { action: 'edition.import', entity: 'edition', entityId: id, after: { title: input.title, items: input.items.length, source: filename ?? null } });
    return id;
  });
  return {
    kind: 'created',
    editionId,
    items: input.items.length,
    proposedMetrics: input.items.reduce((n, i) => n + i.metrics.length, 0),
  };
}
