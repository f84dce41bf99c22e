// The little Markdown the readers produce (headings, emphasis, links, escapes),
// removed so headlines and summaries are plain text.

// Every repetition is bounded: an unclosed "[" or "*" in a long pasted line
// must not make each match attempt scan to the end of the text.
const LINK = /!?\[([^\]\n]{0,500})\]\(\s*<?([^)\s>]{0,2000})>?(?:\s+"[^"\n]{0,500}")?\s*\)/g;
const AUTOLINK = /<((?:https?|mailto):[^>\s]+)>/g;
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!>~|])/g;

/** Plain text of a Markdown fragment: no heading marks, emphasis, link syntax or escapes. */
export function stripMarkdown(text: string): string {
  return text
    .replace(/^[ \t]*#{1,6}[ \t]+/gm, '')
    .replace(/[ \t]+#+[ \t]*$/gm, '')
    .replace(/^[ \t]*>[ \t]?/gm, '')
    .replace(LINK, (whole, label: string) => (whole.startsWith('!') ? '' : label))
    .replace(AUTOLINK, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]{0,1000}?\S)\1/g, '$2')
    .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*\n]{0,1000}?\S)\*(?![\p{L}\p{N}*])/gu, '$1$2')
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_\n]{0,1000}?\S)_(?![\p{L}\p{N}_])/gu, '$1$2')
    .replace(/`([^`\n]{1,1000})`/g, '$1')
    .replace(ESCAPE, '$1');
}

/** The first link target that points somewhere ('#' placeholders and mail links do not). */
export function firstUrl(text: string): string | null {
  for (const match of text.matchAll(LINK)) {
    const url = match[2] ?? '';
    if (/^https?:\/\//i.test(url)) return url;
  }
  return /\bhttps?:\/\/[^\s<>)\]]+/i.exec(text)?.[0].replace(/[.,;:]+$/, '') ?? null;
}

/** Collapses runs of whitespace (line breaks of a wrapped paragraph included). */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
