/**
 * Topics from the English and Spanish cues of the taxonomy. A cue matches at
 * the start of a word of folded text, so a stem ('extradit', 'decomis') covers
 * its inflections.
 *
 * Confidence: every occurrence of a cue adds evidence w, combined as
 * 1 − Π(1 − w). The first occurrence of a distinct cue is worth 0.6 in the
 * headline, 0.45 in the lead sentence and 0.4 elsewhere; each repetition
 * adds 0.15 (three at most per cue). So one passing mention (0.4) is not
 * enough, two different cues (0.64) or one cue in the headline (0.6) are.
 * Topics under 0.5 are dropped and at most five are returned.
 *
 * 'us-mexico-cooperation' also needs the United States to be named: its cues
 * ('bilateral', 'security agreement') fit Mexico's dealings with any country.
 */
import { TOPICS } from '@atalaya/domain';
import { findPlaceMentions } from './places.ts';
import { analyze, fold, PhraseIndex, splitSentences, type Doc, type PhraseMatch } from './text.ts';
import type { TopicHit } from './types.ts';

interface Cue {
  slug: string;
  cue: string;
}

const INDEX = new PhraseIndex<Cue>(
  TOPICS.flatMap((t) =>
    [...new Set([...t.cues.en, ...t.cues.es])].map((c) => ({ phrase: c, value: { slug: t.slug, cue: fold(c) }, prefix: true, caseless: true })),
  ),
);

const THRESHOLD = 0.5;
const MAX_TOPICS = 5;
const W_HEADLINE = 0.6;
const W_LEAD = 0.45;
const W_BODY = 0.4;
const W_REPEAT = 0.15;
const MAX_REPEATS = 3;
const NEEDS_US = new Set(['us-mexico-cooperation']);

interface Occurrence extends PhraseMatch<Cue> {
  weight: number;
  /** Set for headline occurrences outside `text`. */
  cueText?: string;
}

function occurrences(doc: Doc, weightAt: (start: number) => number | null): Occurrence[] {
  const out: Occurrence[] = [];
  for (const m of INDEX.find(doc)) {
    const weight = weightAt(m.start);
    if (weight !== null) out.push({ ...m, weight });
  }
  return out;
}

/**
 * Topics of an item. Pass the headline separately to weigh its cues higher;
 * when `text` contains the headline too, that part is not counted twice. When
 * a topic's only evidence is in a headline that `text` does not contain, its
 * `start` and `end` are -1 and `text` is the cue as the headline writes it.
 */
export function extractTopics(text: string, options: { headline?: string } = {}): TopicHit[] {
  const headline = options.headline?.trim() ?? '';
  const at = headline ? text.indexOf(headline) : -1;
  const inHeadline = (start: number) => at >= 0 && start >= at && start < at + headline.length;
  const found: Occurrence[] = [];
  if (headline) {
    // Offsets move into `text` when it contains the headline, else they stay headline offsets, marked by `first: -1`.
    for (const o of occurrences(analyze(headline), () => W_HEADLINE)) {
      found.push(at >= 0 ? { ...o, start: o.start + at, end: o.end + at } : { ...o, first: -1, cueText: headline.slice(o.start, o.end) });
    }
  }
  const doc = analyze(text);
  const lead = splitSentences(text).find((s) => !inHeadline(s.start));
  found.push(...occurrences(doc, (start) => (inHeadline(start) ? null : lead && start >= lead.start && start < lead.end ? W_LEAD : W_BODY)));

  const usNamed = findPlaceMentions(doc).some((m) => m.code === 'US');
  const hits: TopicHit[] = [];
  for (const [slug, occ] of bySlug(found)) {
    if (NEEDS_US.has(slug) && !usNamed) continue;
    const confidence = score(slug, occ);
    if (confidence < THRESHOLD) continue;
    const inText = occ.filter((o) => o.first >= 0).sort((a, b) => a.start - b.start)[0];
    if (inText) hits.push({ slug, confidence, start: inText.start, end: inText.end, text: text.slice(inText.start, inText.end) });
    else hits.push({ slug, confidence, start: -1, end: -1, text: occ[0]?.cueText ?? '' });
  }
  return hits.sort((a, b) => b.confidence - a.confidence || a.start - b.start).slice(0, MAX_TOPICS);
}

function bySlug(found: readonly Occurrence[]): Map<string, Occurrence[]> {
  const map = new Map<string, Occurrence[]>();
  for (const o of found) {
    for (const slug of new Set(o.values.map((v) => v.slug))) {
      const list = map.get(slug);
      if (list) list.push(o);
      else map.set(slug, [o]);
    }
  }
  return map;
}

function score(slug: string, occ: readonly Occurrence[]): number {
  // Strongest occurrence of each cue first, then its repetitions.
  const byCue = new Map<string, number[]>();
  for (const o of occ) {
    const key = o.values.find((v) => v.slug === slug)?.cue ?? '';
    const list = byCue.get(key);
    if (list) list.push(o.weight);
    else byCue.set(key, [o.weight]);
  }
  let miss = 1;
  for (const weights of byCue.values()) {
    const sorted = [...weights].sort((a, b) => b - a);
    miss *= 1 - (sorted[0] ?? 0);
    for (let k = 1; k < Math.min(sorted.length, MAX_REPEATS + 1); k++) miss *= 1 - W_REPEAT;
  }
  return Math.round((1 - miss) * 100) / 100;
}
