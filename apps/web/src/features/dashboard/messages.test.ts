import { describe, expect, it } from 'vitest';
import { messages as filters } from '../filters/messages.ts';
import { messages as kpis } from '../kpis/messages.ts';
import { messages as states } from '../states/messages.ts';
import { messages as dashboard } from './messages.ts';

const TABLES = { dashboard, filters, kpis, states };
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each(Object.entries(TABLES))('%s messages', (_name, table) => {
  const en = table.en as Record<string, string>;
  const es = table.es as Record<string, string>;

  it('have the same keys in English and Spanish', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
  });

  it('have no empty message', () => {
    const empty = [...Object.entries(en), ...Object.entries(es)].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it('use the same {placeholders} in both languages', () => {
    const differing = Object.keys(en).filter((k) => placeholders(en[k] ?? '').join() !== placeholders(es[k] ?? '').join());
    expect(differing).toEqual([]);
  });
});
