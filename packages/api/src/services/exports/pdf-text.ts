/**
 * Text for pdfkit's standard fonts (Helvetica…), which encode text as WinAnsi (Windows-1252):
 * Latin-1 and a few typographic marks. Anything else would come out as the wrong glyphs, so it is
 * mapped to something the font has: look-alikes, the base letter without its accent, or '?'.
 */

// The characters of Windows-1252's 0x80–0x9F block, which pdfkit maps from their Unicode code points.
const WIN_ANSI_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

const LOOK_ALIKES: Record<string, string> = {
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '–',
  '\u2015': '—',
  '\u2212': '-',
  '\u201B': '’',
  '\u201F': '”',
  '\u2032': "'",
  '\u2033': '"',
  '\u2190': '<-',
  '\u2192': '->',
  '\u2194': '<->',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2248': '~',
  '\u2260': '!=',
  '\u2027': '·',
  '\u2219': '·',
  '\u0141': 'L',
  '\u0142': 'l',
  '\u0110': 'D',
  '\u0111': 'd',
  '\u0131': 'i',
  '\t': ' ',
};

// Spaces of other widths become a plain space.
const SPACE = /[\u2000-\u200A\u202F\u205F\u3000]/u;
// Marks without width: joiners, variation selectors, emoji skin tones and tags, and CR (lines end in LF).
const INVISIBLE: ReadonlyArray<[number, number]> = [
  [0x0d, 0x0d],
  [0x200b, 0x200d],
  [0x2060, 0x2060],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0x1f3fb, 0x1f3ff],
  [0xe0020, 0xe007f],
];

const invisible = (code: number) => INVISIBLE.some(([lo, hi]) => code >= lo && code <= hi);

function showable(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return ch === '\n' || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRAS.has(ch);
}

function replacement(ch: string): string {
  const known = LOOK_ALIKES[ch];
  if (known !== undefined) return known;
  if (SPACE.test(ch)) return ' ';
  if (invisible(ch.codePointAt(0) ?? 0)) return '';
  // 'ő' → 'o', 'ﬁ' → 'fi', full-width 'Ａ' → 'A'; emoji and CJK have no such form and become '?'.
  const decomposed = [...ch.normalize('NFKD')].filter((c) => !/\p{M}/u.test(c));
  return decomposed.length > 0 && decomposed.every(showable) ? decomposed.join('') : '?';
}

/** The text with every character pdfkit's standard fonts cannot draw replaced (see above). */
export function pdfSafe(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) out += showable(ch) ? ch : replacement(ch);
  return out;
}

/**
 * Commentary is stored as Markdown; the briefing prints it as plain paragraphs: headings and
 * emphasis markers go, links keep their text, list items get a bullet.
 */
export function markdownParagraphs(markdown: string): string[] {
  return markdown
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) =>
      block
        .split('\n')
        .map((line) =>
          line
            .replace(/^\s{0,3}#{1,6}\s+/, '')
            .replace(/^\s*[-*+]\s+/, '• ')
            .replace(/^\s*>\s?/, '')
            .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
            .replace(/(\*\*|__)(.+?)\1/g, '$2')
            .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2')
            .replace(/`([^`]*)`/g, '$1')
            .trim(),
        )
        .filter((line) => line !== '')
        .join('\n'),
    )
    .filter((p) => p !== '');
}
