import { describe, expect, it } from 'vitest';
import { DEFAULT_READ_LIMITS, overLimit, readDocument } from '../src/index.ts';
import { markupDepth } from '../src/read/limits.ts';
import { unzipWithin } from '../src/read/zip.ts';
import { docxWithBody, nestedHtml, pageBombPdf, zipBombDocx } from '../src/testing.ts';
import { expectRefused, fixture } from './helpers.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const html = (markup: string) => markupDepth(markup, { syntax: 'html' });
const MB = 1024 * 1024;

describe('markupDepth', () => {
  it('counts elements nested in one another, not void elements or self-closed XML ones', () => {
    expect(html('<div><p><b>x</b></p></div><p>after</p>')).toBe(3);
    expect(html('<div><br><img src="a.png"><hr><input></div>')).toBe(1);
    expect(markupDepth('<?xml version="1.0"?><w:body><w:p/><w:p><w:r/></w:p></w:body>', { syntax: 'xml' })).toBe(2);
  });

  it('closes what a browser closes implicitly: paragraphs, list items, table cells and rows', () => {
    expect(html('<p>one<p>two<p>three')).toBe(1);
    expect(html('<ul><li>a<li>b<li>c</ul>')).toBe(2);
    expect(html('<table><tr><td>a<td>b<tr><td>c</table>')).toBe(3);
    expect(html('<div><p>text<div>block</div></div>')).toBe(2);
  });

  it('skips comments and the text of raw-text elements', () => {
    expect(html('<!-- <div><div><div> --><script>if (a<b) "<div><div>"</script><p>x</p>')).toBe(1);
    expect(html('<textarea><div><div></textarea>')).toBe(1);
  });

  it('takes any tag name, even one an object has as a property', () => {
    expect(html('<constructor><hasOwnProperty><toString>x')).toBe(3);
  });

  it('does not let end tags a browser ignores hide nesting', () => {
    // </div> inside a table cell closes nothing outside the table.
    expect(html('<div><table><tr><td></div>'.repeat(50))).toBe(200);
    // Unclosed inline elements do nest.
    expect(html('<b>'.repeat(1500))).toBe(1500);
  });

  it('stops counting past the limit, and finishes on markup made to be slow to scan', () => {
    expect(markupDepth(nestedHtml(100_000), { syntax: 'html', stopAbove: 1000 })).toBe(1001);
    expect(html('<'.repeat(2_000_000))).toBe(0);
    expect(html('<a<a'.repeat(1_000_000))).toBe(0);
    expect(html(`${'<span>'.repeat(999)}${'</div>'.repeat(500_000)}`)).toBe(999);
    expect(html('<!x'.repeat(1_000_000))).toBe(0);
  });
});

describe('limits a real newsletter never reaches', () => {
  it('refuses a PDF with more pages than the limit, before reading any page', async () => {
    const limits = { ...DEFAULT_READ_LIMITS, maxPages: 2 };
    await expectRefused(readDocument(pageBombPdf(3), { filename: 'three.pdf', limits }), 'OVER_LIMIT', /^three\.pdf has 3 pages; the limit is 2 pages\./);
    expect((await readDocument(pageBombPdf(3), { filename: 'three.pdf' })).text).toContain('Line 3 of a page');
    await expectRefused(readDocument(pageBombPdf(30_000), { filename: 'bomb.pdf' }), 'OVER_LIMIT', /bomb\.pdf has 30,000 pages; the limit is 500 pages/);
  });

  it('refuses a .docx that unzips past the limit, whatever sizes the archive declares', async () => {
    await expectRefused(readDocument(zipBombDocx(300 * MB), { filename: 'bomb.docx' }), 'OVER_LIMIT', /bomb\.docx unzips to more than 50 MB/);
    const liar = zipBombDocx(80 * MB, { declaredBytes: 1000 });
    await expectRefused(readDocument(liar, { filename: 'liar.docx' }), 'OVER_LIMIT', /liar\.docx unzips to more than 50 MB/);
  });

  it('unzips within the limit: by declared sizes first, then by what inflating produces', () => {
    const parts = unzipWithin(fixture('edition.docx'), 50 * MB);
    expect(new TextDecoder().decode(parts?.get('word/document.xml'))).toContain('<w:body>');
    expect(unzipWithin(zipBombDocx(8 * MB), 4 * MB)).toBeNull();
    const liar = zipBombDocx(8 * MB, { declaredBytes: 100 });
    expect(unzipWithin(liar, 4 * MB)).toBeNull();
    expect(unzipWithin(liar, 16 * MB)?.get('word/document.xml')?.byteLength).toBeGreaterThan(8 * MB);
  });

  it('refuses HTML and Word XML nested past the limit, and reads them below it', async () => {
    await expectRefused(readDocument(utf8(nestedHtml(100_000)), { filename: 'deep.html' }), 'OVER_LIMIT', /^deep\.html nests its elements more than 1,000 levels deep/);
    expect((await readDocument(utf8(nestedHtml(900)), { filename: 'page.html' })).text).toBe('Deep inside.');
    const paragraph = '<w:p><w:r><w:t>Deep inside.</w:t></w:r></w:p>';
    const nested = (depth: number) => docxWithBody(`${'<w:sdt><w:sdtContent>'.repeat(depth)}${paragraph}${'</w:sdtContent></w:sdt>'.repeat(depth)}`);
    await expectRefused(readDocument(nested(600), { filename: 'deep.docx' }), 'OVER_LIMIT', /^deep\.docx nests its elements more than 1,000 levels deep/);
    expect((await readDocument(nested(10), { filename: 'fine.docx' })).text).toBe('Deep inside.');
  });

  it('says which limit a document hit, for the time and memory limits its parse runs within too', () => {
    expect(overLimit('time', 'slow.pdf', 30_000).message).toMatch(/^slow\.pdf took longer than 30 s to read; the time limit is 30 s\./);
    expect(overLimit('memory', undefined, 384).message).toMatch(/^The file needed more than 384 MB of memory to read; the memory limit is 384 MB\./);
    expect(overLimit('pages', 'a.pdf', 500).code).toBe('OVER_LIMIT');
  });
});
