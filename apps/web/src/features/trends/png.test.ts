import { describe, expect, it } from 'vitest';
import { wrapText } from '../../lib/png-canvas.ts';
import { legendRows, pngFileName } from './png.ts';

const measure = (s: string) => s.length * 10;

describe('png helpers', () => {
  it('names the file atalaya-<chart>-<date>.png with safe characters', () => {
    expect(pngFileName('homicide-case-files', '2026-11-22')).toBe('atalaya-homicide-case-files-2026-11-22.png');
    expect(pngFileName('Seizures: Sedena / kg', '2026-01-02')).toBe('atalaya-seizures-sedena-kg-2026-01-02.png');
    expect(pngFileName('', '2026-01-02')).toBe('atalaya-chart-2026-01-02.png');
  });

  it('wraps the source line into lines that fit the image', () => {
    const lines = wrapText('Source: SESNSP (third-party compilation) of monthly data', 200, measure);
    expect(lines.every((l) => measure(l) <= 200)).toBe(true);
    expect(lines.join(' ')).toBe('Source: SESNSP (third-party compilation) of monthly data');
    expect(wrapText('a\nb', 1000, measure)).toEqual(['a', 'b']);
  });

  it('flows legend entries onto new rows when they do not fit', () => {
    const entries = ['National', 'Sinaloa', 'Sonora'].map((label) => ({ label, color: '#000', shape: 'line' as const }));
    const placed = legendRows(entries, 200, measure, 14, 10);
    expect(placed.map((p) => [p.entry.label, p.row])).toEqual([
      ['National', 0],
      ['Sinaloa', 0],
      ['Sonora', 1],
    ]);
    expect(placed.map((p) => p.x)).toEqual([0, 110, 0]);
  });
});
