// Characters that look like spaces but break matching: no-break, narrow
// no-break, figure and thin spaces. They become plain spaces.
const SPACE_LIKE = /[\u00a0\u2007\u202f\u2009]/g;
// Invisible characters (zero-width space/joiners, word joiner, BOM, soft
// hyphen) carry no text and would hide inside words and dates.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/**
 * The text every reader hands to the segmenter: NFC, LF line ends, no
 * invisible characters, blank lines truly empty. Curly quotes and dashes are
 * kept: they are part of headlines and citations.
 */
export function normalizeText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLE, '')
    .replace(SPACE_LIKE, ' ')
    .replace(/^[ \t\f\v]+$/gm, '');
}

/** True when the text has nothing but whitespace. */
export function isBlank(text: string): boolean {
  return text.trim() === '';
}
