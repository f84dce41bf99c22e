import { describe, expect, it } from 'vitest';
import { wrapText } from './png.ts';

describe('wrapText', () => {
  const measure = (s: string) => s.length * 10;
  it('breaks at words to fit the width', () => {
    expect(wrapText('INEGI 2024: five definitive figures', 120, measure)).toEqual(['INEGI 2024:', 'five', 'definitive', 'figures']);
    expect(wrapText('short', 500, measure)).toEqual(['short']);
  });
  it('keeps a word longer than the width on its own line', () => {
    expect(wrapText('a verylongwordindeed b', 50, measure)).toEqual(['a', 'verylongwordindeed', 'b']);
  });
});
