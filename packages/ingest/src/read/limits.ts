import { IngestError, describeFile, formatMegabytes } from '../errors.ts';

/**
 * How much work one document may ask of a reader. Real newsletters stay far below each: a few pages, a
 * .docx of a few MB unzipped, HTML nested a few dozen levels deep.
 */
export interface ReadLimits {
  /** Pages of a PDF (reading time grows faster than the page count). */
  maxPages: number;
  /** Total size of a .docx's parts once unzipped: a small archive can inflate to gigabytes. */
  maxUnzippedBytes: number;
  /** Elements nested in one another in HTML or in a .docx's XML (parsers recurse, and slow down, with depth). */
  maxDepth: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxPages: 500,
  maxUnzippedBytes: 50 * 1024 * 1024,
  maxDepth: 1000,
};

/** Every limit a document can hit: the readers' own, and the time and memory the parse runs within. */
export type LimitKind = 'pages' | 'unzipped-size' | 'depth' | 'time' | 'memory';

const count = (n: number) => n.toLocaleString('en-US');

/** The refusal for a document past a limit: which limit, its value, and what the analyst can do. */
export function overLimit(kind: LimitKind, filename: string | undefined, limit: number, found?: number): IngestError {
  const file = describeFile(filename);
  const messages: Record<LimitKind, () => string> = {
    pages: () =>
      `${file} has ${count(found ?? limit + 1)} pages; the limit is ${count(limit)} pages. Upload the newsletter on its own, or paste its text.`,
    'unzipped-size': () =>
      `${file} unzips to more than ${formatMegabytes(limit)}; the limit for a Word document's unzipped size is ${formatMegabytes(limit)}. Save it again without embedded media, or export a PDF.`,
    depth: () =>
      `${file} nests its elements more than ${count(limit)} levels deep; the nesting limit is ${count(limit)} levels. Save it as a simpler document, or paste its text.`,
    time: () =>
      `${file} took longer than ${count(limit / 1000)} s to read; the time limit is ${count(limit / 1000)} s. Upload a simpler version, or paste its text.`,
    memory: () =>
      `${file} needed more than ${count(limit)} MB of memory to read; the memory limit is ${count(limit)} MB. Upload a simpler version, or paste its text.`,
  };
  return new IngestError('OVER_LIMIT', messages[kind]());
}

/** Refuses markup nested deeper than the limit, before a recursive parser sees it. */
export function assertDepth(markup: string, syntax: 'html' | 'xml', limits: ReadLimits, filename?: string): void {
  if (markupDepth(markup, { syntax, stopAbove: limits.maxDepth }) > limits.maxDepth) throw overLimit('depth', filename, limits.maxDepth);
}

/** A parser that recursed past its stack on a document: the nesting limit, whatever the estimate said. */
export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

// Elements that never have children, so their start tag opens nothing.
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
// Elements whose content is text up to their end tag: tags inside them are not elements.
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);
// The start of these closes an open <p> (HTML's "close a p element").
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'dd', 'dt', 'listing', 'main', 'menu', 'nav',
  'ol', 'p', 'pre', 'section', 'summary', 'table', 'ul',
]);
// Scopes in which an open element is looked for (HTML's "has an element in … scope").
const DEFAULT_SCOPE = ['applet', 'caption', 'html', 'table', 'td', 'th', 'marquee', 'object', 'template'];
const TABLE_SCOPE = ['html', 'table', 'template'];
const SCOPES = {
  default: DEFAULT_SCOPE,
  button: [...DEFAULT_SCOPE, 'button'],
  list: [...DEFAULT_SCOPE, 'ol', 'ul'],
  table: TABLE_SCOPE,
};
// A start tag that ends the open element(s) of the same kind, and the scope they are looked for in.
const ENDS_SIBLING = new Map<string, { names: string[]; scope: keyof typeof SCOPES }>([
  ['li', { names: ['li'], scope: 'list' }],
  ['dd', { names: ['dd', 'dt'], scope: 'list' }],
  ['dt', { names: ['dd', 'dt'], scope: 'list' }],
  ['td', { names: ['td', 'th'], scope: 'table' }],
  ['th', { names: ['td', 'th'], scope: 'table' }],
  ['tr', { names: ['tr'], scope: 'table' }],
  ['tbody', { names: ['tbody', 'thead', 'tfoot'], scope: 'table' }],
  ['thead', { names: ['tbody', 'thead', 'tfoot'], scope: 'table' }],
  ['tfoot', { names: ['tbody', 'thead', 'tfoot'], scope: 'table' }],
  ['option', { names: ['option'], scope: 'default' }],
  ['a', { names: ['a'], scope: 'default' }],
  ['button', { names: ['button'], scope: 'default' }],
]);
const TAG_NAME = /<(\/?)([A-Za-z][^\s/>]*)/y;
const RAW_TEXT_END = new Map([...RAW_TEXT].map((name) => [name, new RegExp(`</${name}[\\s/>]`, 'ig')]));

/**
 * How deeply the elements of HTML or XML nest, estimated in one pass without building a tree: HTML's
 * void elements, raw-text elements, and the end tags a browser implies (an open <p>, <li>, <td>, <tr>…
 * closed by the next one) are taken into account. Counting stops once the depth passes `stopAbove`.
 * Linear in the length of the markup, whatever it holds.
 */
export function markupDepth(markup: string, { syntax, stopAbove = Infinity }: { syntax: 'html' | 'xml'; stopAbove?: number }): number {
  const html = syntax === 'html';
  const stack = new OpenElements();
  let deepest = 0;
  let nextGt = -1;
  let at = 0;
  while ((at = markup.indexOf('<', at)) !== -1) {
    const next = markup[at + 1];
    const skipTo = next === '!' || next === '?' ? skippedUntil(markup, at) : null;
    if (skipTo !== null) {
      if (skipTo === -1) break;
      at = skipTo;
      continue;
    }
    TAG_NAME.lastIndex = at;
    const tag = TAG_NAME.exec(markup);
    if (!tag) {
      at += 1;
      continue;
    }
    if (nextGt < at) nextGt = markup.indexOf('>', at);
    if (nextGt === -1) break;
    const end = nextGt;
    at = end + 1;
    const closing = tag[1] === '/';
    const name = html ? (tag[2] ?? '').toLowerCase() : (tag[2] ?? '');
    if (closing) {
      stack.closeThrough(name, html ? (name === 'li' ? SCOPES.list : SCOPES.default) : []);
      continue;
    }
    if (!html) {
      if (markup[end - 1] !== '/') stack.push(name);
    } else {
      if (VOID.has(name)) continue;
      if (name === 'plaintext') {
        stack.push(name);
        deepest = Math.max(deepest, stack.depth);
        break;
      }
      if (CLOSES_P.has(name)) stack.closeThrough('p', SCOPES.button);
      const sibling = ENDS_SIBLING.get(name);
      if (sibling) for (const open of sibling.names) stack.closeThrough(open, SCOPES[sibling.scope]);
      stack.push(name);
      const closeTag = RAW_TEXT_END.get(name);
      if (closeTag) {
        closeTag.lastIndex = at;
        const found = closeTag.exec(markup);
        if (!found) {
          deepest = Math.max(deepest, stack.depth);
          break;
        }
        at = found.index;
      }
    }
    deepest = Math.max(deepest, stack.depth);
    if (deepest > stopAbove) break;
  }
  return deepest;
}

/** Where scanning resumes after a comment, CDATA section, declaration or processing instruction at `at`; -1 when it never ends; null for anything else. */
function skippedUntil(markup: string, at: number): number | null {
  const pairs: Array<[string, string]> = [['<!--', '-->'], ['<![CDATA[', ']]>'], ['<!', '>'], ['<?', '>']];
  for (const [open, close] of pairs) {
    if (markup.startsWith(open, at)) {
      const end = markup.indexOf(close, at + open.length);
      return end === -1 ? -1 : end + close.length;
    }
  }
  return null;
}

/** The stack of open elements, with where each name was last opened, so every lookup is constant time. */
class OpenElements {
  private readonly names: string[] = [];
  private readonly positions = new Map<string, number[]>();

  get depth(): number {
    return this.names.length;
  }

  push(name: string): void {
    this.names.push(name);
    const list = this.positions.get(name);
    if (list) list.push(this.names.length - 1);
    else this.positions.set(name, [this.names.length - 1]);
  }

  /** Pops up to and including the innermost open `name`, unless an element bounding the scope is nearer. */
  closeThrough(name: string, scope: readonly string[]): void {
    const position = this.last(name);
    if (position === -1) return;
    if (scope.some((boundary) => boundary !== name && this.last(boundary) > position)) return;
    while (this.names.length > position) {
      const popped = this.names.pop() as string;
      this.positions.get(popped)?.pop();
    }
  }

  private last(name: string): number {
    return this.positions.get(name)?.at(-1) ?? -1;
  }
}
