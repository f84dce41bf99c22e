import { describe, expect, it } from 'vitest';
import { wrapWords } from './png-canvas.ts';

describe('wrapWords', () => {
  const measure = (s: string) => s.length * 10;
  it('breaks at words to fit the width', () => {
    expect(wrapWords('INEGI 2024: five definitive figures', 120, measure)).toEqual(['INEGI 2024:', 'five', 'definitive', 'figures']);
    expect(wrapWords('short', 500, measure)).toEqual(['short']);
  });
  it('keeps a word longer than the width on its own line', () => {
    expect(wrapWords('a verylongwordindeed b', 50, measure)).toEqual(['a', 'verylongwordindeed', 'b']);
  });
});
