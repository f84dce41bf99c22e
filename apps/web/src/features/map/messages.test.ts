import { describe, expect, it } from 'vitest';
import { messages } from './messages.ts';

const en = messages.en as Record<string, string>;
const es = messages.es as Record<string, string>;
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('map messages', () => {
  it('are complete in both languages, with the same placeholders', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    expect([...Object.values(en), ...Object.values(es)].filter((v) => v.trim() === '')).toEqual([]);
    expect(Object.keys(en).filter((k) => placeholders(en[k] ?? '').join() !== placeholders(es[k] ?? '').join())).toEqual([]);
  });

  it('are translated, not copied', () => {
    const same = Object.keys(en).filter((k) => en[k] === es[k] && !/^(pngTitle|source_homicide)$/.test(k));
    expect(same).toEqual([]);
  });
});
