import { describe, expect, it } from 'vitest';
import { placeTooltip } from './tooltip-position.ts';

const area = { width: 600, height: 400 };
const tip = { width: 200, height: 80 };

describe('placeTooltip', () => {
  it('sits below and to the right of the cursor when it fits', () => {
    expect(placeTooltip({ x: 100, y: 100 }, tip, area)).toEqual({ left: 112, top: 112 });
  });
  it('flips to the left and above near the far edges', () => {
    expect(placeTooltip({ x: 500, y: 350 }, tip, area)).toEqual({ left: 288, top: 258 });
  });
  it('stays inside a map narrower than cursor plus tooltip', () => {
    const narrow = { width: 320, height: 200 };
    expect(placeTooltip({ x: 190, y: 50 }, { width: 250, height: 90 }, narrow)).toEqual({ left: 0, top: 62 });
    expect(placeTooltip({ x: 10, y: 50 }, { width: 400, height: 90 }, narrow).left).toBe(0);
  });
  it('hangs below a short map rather than above it', () => {
    expect(placeTooltip({ x: 50, y: 40 }, { width: 100, height: 120 }, { width: 320, height: 150 }).top).toBe(52);
  });
});
