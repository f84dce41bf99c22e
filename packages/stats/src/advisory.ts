import { stateByInegi, stateByIso, zIsoDate } from '@atalaya/domain';
import Papa from 'papaparse';
import type { FileProblem, ReadResult } from './errors';

/** One state's level in the US State Department's travel advisory for Mexico (1 normal precautions … 4 do not travel). */
export interface AdvisoryRow {
  state: string;
  level: 1 | 2 | 3 | 4;
  label: string;
  asOf: string;
  issuer: string;
  confidence: 'high' | 'medium' | 'low' | null;
  sourceUrls: string[];
  note: string | null;
}

export const ADVISORY_SCALE_MAX = 4;
const REQUIRED = ['iso', 'as_of', 'level', 'level_label'] as const;
const MAX_BYTES = 2 * 1024 * 1024;

/**
 * Reads the per-state travel advisory file (columns cve_ent, iso, entidad, as_of, level, level_label, issuer,
 * confidence, source_urls, note; one row per state and vintage). Either every row is good, or nothing is read.
 */
export function readTravelAdvisory(text: string): ReadResult<AdvisoryRow> {
  if (text.length > MAX_BYTES) return { ok: false, problems: [{ line: 1, column: null, message: 'The file is larger than 2 MB: not a travel advisory table' }] };
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy', transformHeader: (h) => h.trim().toLowerCase() });
  const problems: FileProblem[] = [];
  const headers = parsed.meta.fields ?? [];
  const missing = REQUIRED.filter((h) => !headers.includes(h));
  if (missing.length) return { ok: false, problems: [{ line: 1, column: null, message: `Missing column${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}` }] };
  for (const e of parsed.errors) problems.push({ line: (e.row ?? 0) + 2, column: null, message: e.message });
  const rows: AdvisoryRow[] = [];
  const seen = new Map<string, number>();
  parsed.data.forEach((raw, index) => {
    const line = index + 2;
    const cell = (name: string) => (raw[name] ?? '').trim();
    const problem = (column: string, message: string) => problems.push({ line, column, message });
    const iso = cell('iso').toUpperCase();
    const state = stateByIso(iso) ?? (cell('cve_ent') ? stateByInegi(cell('cve_ent')) : undefined);
    if (!stateByIso(iso)) problem('iso', `Unknown state "${cell('iso')}": use an ISO 3166-2 code such as MX-SIN`);
    else if (cell('cve_ent') && stateByInegi(cell('cve_ent'))?.iso !== state?.iso) problem('cve_ent', `INEGI code ${cell('cve_ent')} is not ${iso}`);
    const level = Number(cell('level'));
    if (!Number.isInteger(level) || level < 1 || level > ADVISORY_SCALE_MAX) problem('level', `The level must be 1 to ${ADVISORY_SCALE_MAX}, not "${cell('level')}"`);
    const asOf = cell('as_of');
    if (!zIsoDate.safeParse(asOf).success) problem('as_of', `"${asOf}" is not a date (YYYY-MM-DD)`);
    const label = cell('level_label');
    if (!label) problem('level_label', 'The level needs its label (e.g. "Do not travel")');
    const confidence = cell('confidence').toLowerCase();
    if (confidence && !['high', 'medium', 'low'].includes(confidence)) problem('confidence', `Confidence must be high, medium or low, not "${cell('confidence')}"`);
    const urls = cell('source_urls').split(/\s*;\s*/).filter(Boolean);
    for (const url of urls) if (!/^https?:\/\/\S+$/.test(url)) problem('source_urls', `"${url}" is not a web address`);
    const key = `${iso}|${asOf}`;
    if (seen.has(key)) problem('iso', `${iso} on ${asOf} is already on line ${seen.get(key)}`);
    seen.set(key, line);
    if (state) {
      rows.push({
        state: state.iso,
        level: level as AdvisoryRow['level'],
        label,
        asOf,
        issuer: cell('issuer') || 'US Department of State',
        confidence: (confidence || null) as AdvisoryRow['confidence'],
        sourceUrls: urls,
        note: cell('note') || null,
      });
    }
  });
  if (rows.length === 0 && problems.length === 0) problems.push({ line: 2, column: null, message: 'The file has no rows' });
  return problems.length ? { ok: false, problems } : { ok: true, rows };
}
