import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeProblem, readTravelAdvisory } from '../src/index.ts';

const DATA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../shared/data');
const HEADER = 'cve_ent,iso,entidad,as_of,level,level_label,issuer,confidence,source_urls,note';

describe('US travel advisory reader', () => {
  it('reads the published file: 32 states in each of its two vintages', () => {
    const result = readTravelAdvisory(readFileSync(path.join(DATA, 'us_travel_advisory_mexico_states.csv'), 'utf8'));
    if (!result.ok) throw new Error(result.problems.map(describeProblem).join('\n'));
    const vintages = [...new Set(result.rows.map((r) => r.asOf))].sort();
    expect(vintages).toHaveLength(2);
    for (const v of vintages) expect(result.rows.filter((r) => r.asOf === v)).toHaveLength(32);
    const sinaloa = result.rows.filter((r) => r.state === 'MX-SIN');
    expect(sinaloa.every((r) => r.level === 4)).toBe(true);
    expect(sinaloa[0]?.sourceUrls.length).toBeGreaterThan(0);
    expect(result.rows.every((r) => r.level >= 1 && r.level <= 4 && r.label.length > 0)).toBe(true);
  });

  it('names the line and column of every bad cell, and reads nothing then', () => {
    const text = [
      HEADER,
      '25,MX-SIN,Sinaloa,2024-12-01,4,Do not travel,US Department of State,high,https://example.org/a,',
      '26,MX-XXX,Sonora,2024-12-01,3,Reconsider travel,US Department of State,high,,',
      '08,MX-CHH,Chihuahua,2024-02-30,5,Reconsider travel,US Department of State,certain,ftp://x,',
      '25,MX-SIN,Sinaloa,2024-12-01,4,,US Department of State,high,,',
    ].join('\n');
    const result = readTravelAdvisory(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(describeProblem)).toEqual([
      'line 3, column iso: Unknown state "MX-XXX": use an ISO 3166-2 code such as MX-SIN',
      'line 4, column level: The level must be 1 to 4, not "5"',
      'line 4, column as_of: "2024-02-30" is not a date (YYYY-MM-DD)',
      'line 4, column confidence: Confidence must be high, medium or low, not "certain"',
      'line 4, column source_urls: "ftp://x" is not a web address',
      'line 5, column level_label: The level needs its label (e.g. "Do not travel")',
      'line 5, column iso: MX-SIN on 2024-12-01 is already on line 2',
    ]);
  });

  it('refuses a file without the needed columns, or without rows', () => {
    expect(readTravelAdvisory('state,level\nSinaloa,4\n')).toMatchObject({ ok: false, problems: [{ line: 1, message: 'Missing columns: iso, as_of, level_label' }] });
    expect(readTravelAdvisory(`${HEADER}\n`)).toMatchObject({ ok: false, problems: [{ message: 'The file has no rows' }] });
  });
});
