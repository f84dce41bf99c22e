import TurndownService from 'turndown';
import { assertDepth, isStackOverflow, overLimit, type ReadLimits } from './limits.ts';

/** The part of a DOM element the filters below look at. */
interface HtmlNode {
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<HtmlNode>;
  getAttribute?(name: string): string | null;
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

/** {@link htmlToMarkdown} for HTML from a file: refused when nested past the limit, which parsers recurse into. */
export function readHtml(html: string, limits: ReadLimits, filename?: string): string {
  assertDepth(html, 'html', limits, filename);
  try {
    return htmlToMarkdown(html);
  } catch (error) {
    if (isStackOverflow(error)) throw overLimit('depth', filename, limits.maxDepth);
    throw error;
  }
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

/** Text and comment nodes have no attributes. */
function attribute(node: HtmlNode, name: string): string {
  return node.getAttribute?.(name) ?? '';
}

function styleOf(node: HtmlNode): string {
  return attribute(node, 'style').toLowerCase().replace(/\s+/g, '');
}

/** Preheaders and other text the reader of the e-mail never sees. */
function isHidden(node: HtmlNode): boolean {
  const style = styleOf(node);
  if (/display:none|visibility:hidden|mso-hide:all|max-height:0(?:px)?(?:;|!|$)|font-size:0(?:px)?(?:;|!|$)/.test(style)) return true;
  if (node.getAttribute?.('hidden') != null || attribute(node, 'aria-hidden') === 'true') return true;
  return /\bpreheader\b|\bpreview-?text\b/i.test(attribute(node, 'class'));
}

/** A block whose own text (not that of blocks inside it) holds an unsubscribe / view-in-browser link. */
function isChromeBlock(node: HtmlNode): boolean {
  return BLOCKS.has(node.nodeName) && ownLinks(node).some((a) => CHROME_LINK.test(`${a.textContent ?? ''} ${attribute(a, 'href')}`));
}

/** Links in the node, not descending into nested blocks (each block is asked on its own). */
function ownLinks(node: HtmlNode): HtmlNode[] {
  const links: HtmlNode[] = [];
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeName === 'A') links.push(child);
    else if (!BLOCKS.has(child.nodeName)) links.push(...ownLinks(child));
  }
  return links;
}

/** Image-only links (logos, social icons) would leave an empty `[](url)`. */
function isEmptyLink(node: HtmlNode): boolean {
  return node.nodeName === 'A' && (node.textContent ?? '').trim() === '';
}

function isBoldStyle(node: HtmlNode): boolean {
  return /font-weight:(?:bold|bolder|[6-9]00)/.test(styleOf(node));
}
