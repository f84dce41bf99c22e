import { type ItemSource, parseCitation, withoutClosingPeriod } from './citation.ts';
import { type NumericOrder, dateFromDigits, findDate } from './dates.ts';
import { squeeze, stripMarkdown } from './markdown.ts';
import type { Paragraph } from './paragraphs.ts';
import { sentenceBreaks } from './sentences.ts';

export type BlockKind = 'boilerplate' | 'rule' | 'heading' | 'citation' | 'byline' | 'dateline' | 'text';

/** A paragraph and what it is in a newsletter. */
export interface Block extends Paragraph {
  kind: BlockKind;
  /** The paragraph as it reads: lines joined, Markdown kept. */
  markdown: string;
  /** The paragraph as plain text. */
  plain: string;
  /** A gap wider than usual or a rule sets it apart from what comes before. */
  sectionBreak: boolean;
  citation?: ItemSource;
  author?: string;
  date?: string;
  /** The publication named by a "Discover more from …" footer. */
  publisher?: string;
}

// Lines a newsletter repeats every week around its content: contact lines,
// links to more information or the PDF, subscription prompts, footers.
const BOILERPLATE = [
  /^if you (?:would like|wish|want) to (?:talk|speak|chat|discuss|learn|know|contact)\b/i,
  /^si (?:deseas|desea|quieres|quiere) (?:conversar|hablar|platicar|contactar|saber|conocer)\b/i,
  /^(?:for )?more information\b.*(?:https?:\/\/|www\.|\bat:|\bvisit\b)/i,
  /^(?:para )?m[aá]s informaci[oó]n\b.*(?:https?:\/\/|www\.|\ben:|\bvisita\b)/i,
  /^(?:discover|descubre|descubra) m(?:ore|[aá]s) (?:from|de)\b/i,
  /\b(?:unsubscribe|darte de baja|darse de baja|manage (?:your )?(?:subscription|preferences)|update (?:your )?preferences)\b/i,
  /\b(?:you(?:'re| are) receiving this|you received this|recibes este (?:correo|mensaje))\b/i,
  /\b(?:all rights reserved|todos los derechos reservados)\b/i,
];
// Prompts that could also open a sentence of news, so only short lines count.
const SHORT_BOILERPLATE = [
  /^(?:download|descarga|descargar)\b.*\bpdf\b/i,
  /^(?:subscribe|suscr[ií]b[ea]te|suscribirse)\b/i,
  /^(?:view|read) (?:this (?:e-?mail|message|newsletter) )?(?:in|on) (?:your |a |the )?(?:browser|web)\b/i,
  /^ver (?:este correo |este mensaje )?en (?:el |tu |su )?navegador\b/i,
  /^(?:©|\(c\)|copyright\b)/i,
  /^(?:forward(?:ed)? (?:this|to a friend)|reenv[ií]a(?:r)? (?:este|a un amigo))\b/i,
  /^(?:share (?:this|on)|comparte (?:este|en)|follow us|s[ií]guenos)\b/i,
  /^(?:continue reading|read more|leer m[aá]s|seguir leyendo|type your email)\b/i,
  /^(?:page|p[aá]gina)\s+\d+(?:\s+(?:of|de)\s+\d+)?$/i,
  /^\d{1,3}$/,
  /^(?:https?:\/\/|www\.)\S+$/i,
];
// A short paragraph with an e-mail address is a contact line, not news.
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const MAX_BOILERPLATE_CHARS = 400;
const MAX_SHORT_BOILERPLATE_CHARS = 100;

const RULE = /^(?:-{3,}|\*{3,}|_{3,}|(?:\* ?){3,}|(?:- ?){3,}|[•·~=]{3,})$/;
const MARKDOWN_HEADING = /^(#{1,6})[ \t]+\S/;
const BOLD_LINE = /^(\*\*|__)(?!\s)[^\n]+?\1[.:]?$/;

const BYLINE = /^(?:by|por|written by|escrito por|autor(?:a)?:)\s+(.+)$/i;
// "Laura Gómez Vela", "Ana de la Rosa", "J. R. Smith and Ana Ruiz".
const PERSON_NAME =
  /^\p{Lu}[\p{L}.'’-]*(?:\s+(?:de|del|la|las|los|y|e|and|van|von|da|di|le|\p{Lu}[\p{L}.'’-]*))*\s+\p{Lu}[\p{L}.'’-]*$/u;
const MAX_NAME_WORDS = 8;

const WEEKDAY =
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)\b/gi;

// A headline is one sentence of a reasonable length.
const MAX_HEADLINE_CHARS = 200;

/** Classifies every paragraph of the text. */
export function toBlocks(paragraphs: Paragraph[], text: string): Block[] {
  const usualGap = mostCommon(paragraphs.slice(1).map((p) => p.gapBefore)) ?? 1;
  const numericOrder = numericDateOrder(text);
  let afterRule = false;
  return paragraphs.map((paragraph, i) => {
    const block = classify(paragraph, text, numericOrder);
    block.sectionBreak = i > 0 && (afterRule || paragraph.gapBefore > usualGap);
    afterRule = block.kind === 'rule' || (afterRule && block.kind === 'boilerplate');
    return block;
  });
}

function classify(paragraph: Paragraph, text: string, numericOrder: NumericOrder): Block {
  const markdown = paragraph.lines.join(' ');
  const plain = squeeze(stripMarkdown(markdown));
  const block: Block = { ...paragraph, kind: 'text', markdown, plain, sectionBreak: false };
  if (plain === '' || RULE.test(markdown)) return { ...block, kind: 'rule' };
  if (isBoilerplate(plain)) return { ...block, kind: 'boilerplate', ...boilerplateFacts(plain) };
  const citation = parseCitation(text.slice(paragraph.start, paragraph.end));
  if (citation) return { ...block, kind: 'citation', citation };
  // Bylines and dates are often set in bold or as a heading; they are still bylines and dates.
  const author = bylineAuthor(plain);
  if (author) return { ...block, kind: 'byline', author, ...dateFact(plain) };
  const date = datelineDate(plain, numericOrder);
  if (date) return { ...block, kind: 'dateline', date };
  if (MARKDOWN_HEADING.test(markdown) || BOLD_LINE.test(markdown)) return { ...block, kind: 'heading' };
  return block;
}

function isBoilerplate(plain: string): boolean {
  if (plain.length > MAX_BOILERPLATE_CHARS) return false;
  if (EMAIL.test(plain) || BOILERPLATE.some((pattern) => pattern.test(plain))) return true;
  return plain.length <= MAX_SHORT_BOILERPLATE_CHARS && SHORT_BOILERPLATE.some((pattern) => pattern.test(plain));
}

/** What a boilerplate line still tells: the edition date in a PDF name, the publisher. */
function boilerplateFacts(plain: string): Pick<Block, 'date' | 'publisher'> {
  const digits = /\bpdf\b.*?(\d{6,8})\b/i.exec(plain)?.[1];
  const date = digits ? dateFromDigits(digits) : null;
  const publisher = /^(?:discover|descubre|descubra) m(?:ore|[aá]s) (?:from|de)\s+(.+?)[.:]?$/i.exec(plain)?.[1];
  return { ...(date ? { date } : {}), ...(publisher ? { publisher } : {}) };
}

/** The author of a byline such as "By Laura Gómez Vela, Partner, Example Risk | April 2, 2025". */
function bylineAuthor(plain: string): string | null {
  if (plain.length > 200) return null;
  const rest = BYLINE.exec(plain)?.[1];
  if (!rest) return null;
  const name = rest.split(/\s*(?:,|\||·|–|—|\s-\s|\()\s*/)[0]?.trim() ?? '';
  if (name.split(/\s+/).length > MAX_NAME_WORDS) return null;
  return PERSON_NAME.test(name) ? name : null;
}

function dateFact(plain: string): Pick<Block, 'date'> {
  const date = findDate(plain)?.date;
  return date ? { date } : {};
}

/** The date of a paragraph that states nothing but a date ("Wednesday, December 4, 2024"). */
function datelineDate(plain: string, numericOrder: NumericOrder): string | null {
  if (plain.length > 60) return null;
  const found = findDate(plain, numericOrder);
  if (!found) return null;
  const rest = (plain.slice(0, found.index) + plain.slice(found.index + found.length)).replace(WEEKDAY, '');
  return /^[\s,.;:|–—-]*$/.test(rest) ? found.date : null;
}

/** One sentence, short, not a fragment ending in a comma or colon: it can be a headline. */
export function isHeadlineLike(block: Block): boolean {
  if (block.kind === 'heading') return true;
  if (block.kind !== 'text') return false;
  const { plain } = block;
  if (plain.length > MAX_HEADLINE_CHARS || plain.split(' ').length < 2) return false;
  if (/[,;:–—-]$/.test(plain) || /^\p{Ll}/u.test(plain)) return false;
  return sentenceBreaks(plain).length === 0;
}

/**
 * How much a paragraph looks like a headline: negative when it cannot be one;
 * higher without a closing period, when short, and in Title Case.
 */
export function headlineScore(block: Block): number {
  if (!isHeadlineLike(block)) return -2;
  if (block.kind === 'heading') return 4;
  const words = block.plain.split(' ');
  const long = words.filter((word) => word.length >= 4);
  const capitalised = long.filter((word) => /^\p{Lu}/u.test(word)).length;
  let score = 0;
  if (!/[.!]$/.test(block.plain)) score += 2;
  if (words.length <= 15) score += 1;
  if (long.length > 0 && capitalised / long.length > 0.6) score += 1;
  return score;
}

/** Prose: a sentence of some length that ends like one. */
export function isProse(block: Block): boolean {
  return block.plain.split(' ').length >= 12 && /[.!?…"”’)]$/.test(block.plain);
}

/** The headline text of a block: plain, without the period that closes it. */
export function headlineText(block: Block): string {
  return withoutClosingPeriod(block.plain.replace(/:$/, ''));
}

/**
 * How a numeric date line such as "12/03/2025" reads: day first in a
 * Spanish-language edition, month first in an English one. (Citation lines
 * are month first whatever the language: that is the newsletter's convention.)
 */
function numericDateOrder(text: string): NumericOrder {
  const sample = text.slice(0, 5000).toLowerCase();
  const count = (pattern: RegExp) => sample.match(pattern)?.length ?? 0;
  const spanish = count(/\b(?:el|la|los|las|del|que|con|por|para|una|según)\b/g);
  const english = count(/\b(?:the|and|of|with|for|that|from|was|were|has)\b/g);
  return spanish > english ? 'dmy' : 'mdy';
}

function mostCommon(values: number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: number | undefined;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== undefined && value < best)) [best, bestCount] = [value, count];
  }
  return best;
}
