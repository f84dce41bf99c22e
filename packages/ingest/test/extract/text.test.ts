import { describe, expect, it } from 'vitest';
import { analyze, splitSentences } from '../../src/extract/text.ts';

describe('analyze', () => {
  it('folds accents, case and curly quotes but keeps offsets into the original text', () => {
    const text = 'En Culiacán, “El Güero” huyó.';
    const doc = analyze(text);
    expect(doc.tokens.map((t) => t.norm)).toEqual(['en', 'culiacan', 'el', 'guero', 'huyo']);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()).toBe(t.norm);
    expect(doc.tokens[2]?.gap).toBe(', "');
  });

  it('keeps offsets when the input uses combining accents', () => {
    const text = 'Tapachula y Quere\u0301taro';
    const doc = analyze(text);
    const last = doc.tokens[2];
    expect(last?.norm).toBe('queretaro');
    expect(text.slice(last?.start, last?.end)).toBe('Quere\u0301taro');
  });
});

describe('splitSentences', () => {
  it('splits on sentence ends and line breaks, not on abbreviations or decimals', () => {
    const text = 'The U.S. Navy sailed 2.5 miles. Then it stopped.\nA headline without a stop\nGen. Soto spoke.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'The U.S. Navy sailed 2.5 miles.',
      'Then it stopped.',
      'A headline without a stop',
      'Gen. Soto spoke.',
    ]);
  });
});
