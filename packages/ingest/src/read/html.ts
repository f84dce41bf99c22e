import TurndownService from 'turndown';

/** The part of a DOM element the filters below look at. */
interface HtmlNode {
  nodeName: string;
  textContent: string | null;
  parentNode: HtmlNode | null;
  getAttribute(name: string): string | null;
  querySelectorAll?(selector: string): ArrayLike<HtmlNode>;
}

// Elements that never carry newsletter text. `head`, `title` and the like are
// also stripped from the source before parsing (see `bodyOf`), because the
// parser turndown uses lifts a stray <title> into the body as text.
const DROPPED_ELEMENTS = new Set([
  'script', 'style', 'noscript', 'template', 'img', 'picture', 'svg', 'iframe', 'object', 'video', 'audio', 'form', 'button', 'input', 'select', 'footer', 'nav',
]);

// E-mail chrome: the block around an unsubscribe, preferences or "view in
// browser" link is footer or header, never newsletter content.
const CHROME_LINK =
  /unsubscribe|opt[- ]?out|manage (?:your )?(?:subscription|preferences)|update (?:your )?preferences|darte de baja|darse de baja|cancelar (?:tu |la )?suscripci|view (?:this (?:e-?mail|message) )?in (?:your |a )?browser|ver (?:este correo )?en (?:el |tu )?navegador|forward to a friend/i;
const BLOCKS = new Set(['P', 'TD', 'TH', 'DIV', 'TABLE', 'SECTION', 'LI', 'BODY', 'CENTER']);

/**
 * Converts HTML (a web page, a newsletter e-mail, mammoth's output for a
 * .docx) to Markdown: headings, emphasis and links survive; hidden preheaders,
 * tracking pixels, layout tables and footers do not.
 */
export function htmlToMarkdown(html: string): string {
  return createConverter().turndown(bodyOf(html));
}

function createConverter(): TurndownService {
  const converter = new TurndownService({
    headingStyle: 'atx',
    strongDelimiter: '**',
    emDelimiter: '*',
    bulletListMarker: '-',
    hr: '---',
  });
  // A rule, not `remove()`: turndown consults removals only for elements no
  // rule claims, and images, links and paragraphs all have rules.
  converter.addRule('dropped', {
    filter: (node: HtmlNode) =>
      DROPPED_ELEMENTS.has(node.nodeName.toLowerCase()) || isHidden(node) || isChromeBlock(node) || isEmptyLink(node),
    replacement: () => '',
  });
  // E-mail builders separate paragraphs with <br><br> inside one cell; a
  // single <br> in newsletter HTML separates blocks too (address lines,
  // headline from body), so every break becomes a paragraph break.
  converter.addRule('break', { filter: 'br', replacement: () => '\n\n' });
  converter.addRule('styledBold', {
    filter: (node: HtmlNode) => (node.nodeName === 'SPAN' || node.nodeName === 'FONT') && isBoldStyle(node),
    replacement: (content: string) => (content.trim() ? `**${content.trim()}**` : content),
  });
  return converter;
}

/** The markup inside <body>, without head, comments and non-text blocks. */
function bodyOf(html: string): string {
  const body = /<body[^>]*>([\s\S]*?)(?:<\/body>|$)/i.exec(html)?.[1] ?? html;
  return body
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(head|title|style|script|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<(?:meta|link)\b[^>]*>/gi, '');
}

function styleOf(node: HtmlNode): string {
  return (node.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '');
}

/** Preheaders and other text the reader of the e-mail never sees. */
function isHidden(node: HtmlNode): boolean {
  const style = styleOf(node);
  if (/display:none|visibility:hidden|mso-hide:all|max-height:0(?:px)?(?:;|!|$)|font-size:0(?:px)?(?:;|!|$)/.test(style)) return true;
  if (node.getAttribute('hidden') !== null || node.getAttribute('aria-hidden') === 'true') return true;
  return /\bpreheader\b|\bpreview-?text\b/i.test(node.getAttribute('class') ?? '');
}

/** The innermost block holding an unsubscribe / view-in-browser link. */
function isChromeBlock(node: HtmlNode): boolean {
  if (!BLOCKS.has(node.nodeName)) return false;
  const links = Array.from(node.querySelectorAll?.('a') ?? []);
  return links.some((a) => CHROME_LINK.test(`${a.textContent ?? ''} ${a.getAttribute('href') ?? ''}`) && closestBlock(a) === node);
}

function closestBlock(node: HtmlNode): HtmlNode | null {
  let current = node.parentNode;
  while (current && !BLOCKS.has(current.nodeName)) current = current.parentNode;
  return current;
}

/** Image-only links (logos, social icons) would leave an empty `[](url)`. */
function isEmptyLink(node: HtmlNode): boolean {
  return node.nodeName === 'A' && (node.textContent ?? '').trim() === '';
}

function isBoldStyle(node: HtmlNode): boolean {
  return /font-weight:(?:bold|bolder|[6-9]00)/.test(styleOf(node));
}
