import { cleanText } from '@atalaya/domain';

// Characters that look like spaces but break matching: no-break, narrow
// no-break, figure and thin spaces. They become plain spaces.
const SPACE_LIKE = /[\u00a0\u2007\u202f\u2009]/g;

/**
 * The text every reader hands to the segmenter: NFC, LF line ends, none of
 * the invisible or direction-changing characters users may not type either
 * (see cleanText: they would hide inside words and dates, or make a headline
 * display what it does not say), blank lines truly empty. Curly quotes and
 * dashes are kept: they are part of headlines and citations.
 */
export function normalizeText(raw: string): string {
  return cleanText(raw.normalize('NFC'))
    .replace(SPACE_LIKE, ' ')
    .replace(/^[ \t\f\v]+$/gm, '');
}

/** True when the text has nothing but whitespace. */
export function isBlank(text: string): boolean {
  return text.trim() === '';
}
