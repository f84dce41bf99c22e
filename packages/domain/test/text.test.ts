import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { cleanText, MAX_ID, NUL_MESSAGE, zId, zUserText } from '../src';

// What cleanText removes, one of each kind; tab and line feed are kept.
const INVISIBLES = ['\u0001', '\u0008', '\u000B', '\u000C', '\u001F', '\u007F', '\u0085', '\u009F', '\u00AD', '\u061C', '\u180E', '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2060', '\u2064', '\u2066', '\u2067', '\u2068', '\u2069', '\uFEFF', '\uFFF9', '\u{E0041}'];
const invisible = fc.constantFrom(...INVISIBLES);
const visible = fc.string({ unit: 'grapheme', maxLength: 30 }).map((s) => cleanText(s));

describe('cleanText', () => {
  it('shows a file name as it is: no override can make "fdp.exe" read "exe.pdf"', () => {
    expect(cleanText('Invoice fdp\u202E.exe')).toBe('Invoice fdp.exe');
    expect(cleanText('\u2067evil\u2069 \u200Bhidden\uFEFF')).toBe('evil hidden');
  });

  it('keeps tabs and line feeds, turns CR and CRLF into LF, and replaces unpaired surrogates', () => {
    expect(cleanText('a\tb\r\nc\rd\ne\u2028f')).toBe('a\tb\nc\nd\ne\nf');
    expect(cleanText('x\uD800y\uDC00z 😀')).toBe('x\uFFFDy\uFFFDz 😀');
  });

  it('removes exactly the invisible characters slipped between visible text, wherever they are', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(visible, fc.array(invisible, { maxLength: 3 }))), (parts) => {
        const dirty = parts.map(([text, hidden]) => text + hidden.join('')).join('');
        expect(cleanText(dirty)).toBe(parts.map(([text]) => text).join(''));
      }),
    );
  });

  it('is idempotent and leaves nothing it would remove, for any UTF-16 text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 60 }), (s) => {
        const clean = cleanText(s);
        expect(cleanText(clean)).toBe(clean);
        for (const ch of INVISIBLES) expect(clean).not.toContain(ch);
        expect(clean).not.toMatch(/\r|\0/);
        expect(clean).not.toMatch(/[\uD800-\uDFFF]/u);
      }),
    );
  });
});

describe('zUserText', () => {
  const zName = zUserText().trim().min(1, 'Give it a name').max(10);

  it('cleans before it trims and measures', () => {
    expect(zName.parse(' \u200BNorth\u202E ')).toBe('North');
    expect(zName.safeParse('\u200B\u2066').error?.issues[0]?.message).toBe('Give it a name');
    expect(zName.parse(`abcdefghij${'\u200B'.repeat(20)}`)).toBe('abcdefghij');
  });

  it('refuses a NUL character with one message, whatever else is wrong', () => {
    for (const s of ['a\0b', '\0', `${'x'.repeat(50)}\0`]) {
      expect(zName.safeParse(s).error?.issues.map((i) => i.message)).toEqual([NUL_MESSAGE]);
    }
    expect(z.object({ name: zName }).safeParse({ name: 'a\0' }).error?.issues[0]?.path).toEqual(['name']);
  });
});

describe('zId', () => {
  it('takes the ids a PostgreSQL integer column holds, and nothing else', () => {
    expect(zId.parse(1)).toBe(1);
    expect(zId.parse(MAX_ID)).toBe(MAX_ID);
    for (const bad of [0, -1, 1.5, MAX_ID + 1, 2 ** 53, Number.NaN]) expect(zId.safeParse(bad).success).toBe(false);
  });
});
