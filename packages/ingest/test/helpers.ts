import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { IngestError, type IngestErrorCode, type SegmentedEdition, type Span } from '../src/index.ts';

const here = dirname(fileURLToPath(import.meta.url));

/** The real newsletters, kept outside the repository (../shared/seeds from the checkout). */
export const SEEDS_DIR = resolve(here, '../../../../shared/seeds');
export const hasSeeds = existsSync(SEEDS_DIR);

export function seed(name: string): Uint8Array {
  return readFileSync(resolve(SEEDS_DIR, name));
}

export function fixture(name: string): Uint8Array {
  return readFileSync(resolve(here, 'fixtures', name));
}

export function slice(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

/** Plain words of a source excerpt: no Markdown marks, one space between words. */
export function words(markdown: string): string {
  return markdown
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/\*\*|__|\*/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * What a review screen relies on: each span slices back to its headline and
 * summary, items are in order and do not overlap, and no boilerplate leaked
 * into an item or the commentary.
 */
export function expectWellFormed(edition: SegmentedEdition): void {
  let previousEnd = 0;
  for (const item of edition.items) {
    const headline = item.headline.replace(/…$/, '');
    expect(words(slice(edition.text, item.headlineSpan))).toBe(headline);
    expect(item.span.start).toBeLessThanOrEqual(item.headlineSpan.start);
    expect(item.span.end).toBeGreaterThanOrEqual(item.summarySpan.end);
    expect(item.span.start).toBeGreaterThanOrEqual(previousEnd);
    previousEnd = item.span.end;
    const firstWords = item.summary.split(' ').slice(0, 6).join(' ');
    expect(words(slice(edition.text, item.summarySpan)).startsWith(firstWords)).toBe(true);
    expectNoBoilerplate(`${item.headline}\n${item.summary}`);
  }
  if (edition.commentary) expectNoBoilerplate(edition.commentary);
}

export function expectNoBoilerplate(text: string): void {
  expect(text).not.toMatch(/download pdf|descargar pdf|subscribe|suscr[ií]b|unsubscribe|more information|m[aá]s informaci[oó]n|if you would like|@|discover more/i);
}

async function refusal(promise: Promise<unknown>): Promise<IngestError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error('expected an IngestError');
}

/** The promise is refused with an IngestError of this code (and a message like this one). */
export async function expectRefused(promise: Promise<unknown>, code: IngestErrorCode, message?: RegExp): Promise<void> {
  const error = await refusal(promise);
  expect(error.code).toBe(code);
  if (message) expect(error.message).toMatch(message);
}
