import { describe, expect, it } from 'vitest';
import { deckChannelName, isDeckMessage, openDeckChannel, type DeckMessage } from './sync.ts';

describe('deck channel', () => {
  it('accepts only well-formed moves', () => {
    expect(isDeckMessage({ type: 'goto', slide: 3 })).toBe(true);
    expect(isDeckMessage({ type: 'hello' })).toBe(true);
    expect(isDeckMessage({ type: 'goto', slide: 0 })).toBe(false);
    expect(isDeckMessage({ type: 'goto', slide: 2.5 })).toBe(false);
    expect(isDeckMessage({ type: 'goto', slide: '3' })).toBe(false);
    expect(isDeckMessage('goto')).toBe(false);
    expect(isDeckMessage(null)).toBe(false);
  });

  it('is one channel per deck and filter', () => {
    expect(deckChannelName('/present', 'states=MX-SIN')).not.toBe(deckChannelName('/present', 'states=MX-SON'));
  });

  it('carries moves between two windows of the same deck', async () => {
    const name = deckChannelName('/present', 'states=MX-SIN');
    const received: DeckMessage[] = [];
    const a = openDeckChannel(name, () => undefined)!;
    const b = openDeckChannel(name, (m) => received.push(m))!;
    try {
      a.post({ type: 'goto', slide: 4 });
      await expect.poll(() => received).toEqual([{ type: 'goto', slide: 4 }]);
    } finally {
      a.close();
      b.close();
    }
  });
});
