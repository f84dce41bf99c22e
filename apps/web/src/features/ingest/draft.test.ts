import { describe, expect, it } from 'vitest';
import { changedFields } from './draft.ts';

describe('changedFields', () => {
  const saved = { headline: 'Tariffs paused', outlet: '', summary: 'Text' };

  it('keeps only fields that differ from the saved values', () => {
    expect(changedFields(saved, { headline: 'Tariffs paused again', outlet: '' })).toEqual({ headline: 'Tariffs paused again' });
  });

  it('ignores whitespace the server would trim anyway', () => {
    expect(changedFields(saved, { headline: 'Tariffs paused  ', summary: '\nText' })).toEqual({});
  });

  it('reports a field cleared by the analyst', () => {
    expect(changedFields(saved, { summary: '' })).toEqual({ summary: '' });
  });
});
