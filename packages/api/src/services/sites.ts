import { findLocality, foldAccents, isStateIso, SITE_TYPES, siteTypeFrom, STATE_ISO_CODES, stateLabel, STATES, type SiteType, type StateIso } from '@atalaya/domain';
import { distanceToStateKm, stateAtPoint } from '@atalaya/geo';
import Papa from 'papaparse';
import { z } from 'zod';
import type { Context, SessionUser } from '../context.ts';
import { badRequest, notFound } from '../errors.ts';
import { canManageOrg, forbidden } from './access.ts';
import { audit } from './audit.ts';

type Ctx = Pick<Context, 'db' | 'requestId'> & { user: SessionUser };

/**
 * How far (km) outside its state's outline a site may lie: the outlines are simplified to about a kilometre,
 * so a plant on a state line or a port on the coast can fall just outside.
 */
export const SITE_BORDER_TOLERANCE_KM = 3;

/** A site as it is written: its state, and optionally a gazetteer locality of that state and a point. */
export interface SiteFields {
  name: string;
  state: StateIso;
  locality: string | null;
  lat: number | null;
  lon: number | null;
  type: SiteType | null;
}

/** The columns of a site, as the CSV import names them. */
export const SITE_COLUMNS = ['name', 'type', 'state', 'locality', 'lat', 'lon'] as const;
export type SiteColumn = (typeof SITE_COLUMNS)[number];

export interface SiteProblem {
  column: SiteColumn;
  message: string;
}

const coordinates = (lat: number, lon: number) => `${Number(lat.toFixed(5))}, ${Number(lon.toFixed(5))}`;

/**
 * Where a point falls against the state given for it: nothing when it lies in (or within the tolerance of)
 * that state; else a message naming both the state given and the state the point is in, or "outside Mexico".
 */
export function pointProblem(state: StateIso, lat: number, lon: number): string | null {
  const distance = distanceToStateKm(state, lon, lat);
  if (distance !== undefined && distance <= SITE_BORDER_TOLERANCE_KM) return null;
  const actual = stateAtPoint(lon, lat);
  const where = actual ? `in ${stateLabel(actual)}` : 'outside Mexico';
  return `The point ${coordinates(lat, lon)} lies ${where}, not in ${stateLabel(state)}: check the coordinates (latitude first) or the state`;
}

/** What is wrong with a site's locality and point for its state (the name and state are checked by their schemas). */
export function siteProblems(site: Pick<SiteFields, 'state' | 'locality' | 'lat' | 'lon'>): SiteProblem[] {
  const problems: SiteProblem[] = [];
  if (site.locality !== null && findLocality(site.state, site.locality)?.key !== site.locality) {
    problems.push({ column: 'locality', message: `Unknown locality "${site.locality.slice(0, 80)}" in ${stateLabel(site.state)}` });
  }
  if (site.lat !== null && site.lon !== null) {
    const problem = pointProblem(site.state, site.lat, site.lon);
    if (problem) problems.push({ column: 'lat', message: problem });
  }
  return problems;
}

/** Refuses a site whose locality is not of its state, or whose point lies outside its state. */
export function checkSite(site: Pick<SiteFields, 'state' | 'locality' | 'lat' | 'lon'>): void {
  const problems = siteProblems(site);
  if (problems.length) throw badRequest(problems.map((p) => p.message).join('; '));
}

// ---------------------------------------------------------------------------------------------------------------
// CSV import: every row is checked before anything is written, and one bad row imports nothing.

/** Limits of one import: a client's whole footprint, not a data dump. */
export const MAX_IMPORT_ROWS = 2000;
export const MAX_IMPORT_BYTES = 1_000_000;
/** A bad file lists at most this many problems (the first ones). */
const MAX_PROBLEMS = 50;

/** Column headings the file may use, English or Spanish, folded (case and accents ignored). */
const HEADINGS: Record<string, SiteColumn> = {
  name: 'name',
  site: 'name',
  nombre: 'name',
  sitio: 'name',
  type: 'type',
  tipo: 'type',
  state: 'state',
  estado: 'state',
  locality: 'locality',
  city: 'locality',
  localidad: 'locality',
  ciudad: 'locality',
  municipio: 'locality',
  lat: 'lat',
  latitude: 'lat',
  latitud: 'lat',
  lon: 'lon',
  lng: 'lon',
  long: 'lon',
  longitude: 'lon',
  longitud: 'lon',
};

const zColumn = z.enum(SITE_COLUMNS);

export const zSiteImport = z.object({
  /** The sites the file holds, in file order; nothing is written while there are problems. */
  rows: z.array(
    z.object({
      line: z.number(),
      name: z.string(),
      state: z.enum(STATE_ISO_CODES),
      locality: z.string().nullable(),
      lat: z.number().nullable(),
      lon: z.number().nullable(),
      type: z.enum(SITE_TYPES).nullable(),
    }),
  ),
  /** Each problem with its line (the heading is line 1; 0 for the file as a whole) and column. */
  problems: z.array(z.object({ line: z.number(), column: zColumn.nullable(), message: z.string() })),
  /** True when the sites were written (a confirmed import without problems). */
  imported: z.boolean(),
});
export type SiteImport = z.infer<typeof zSiteImport>;
export type ImportRow = SiteImport['rows'][number];
export type ImportProblem = SiteImport['problems'][number];

const STATE_NAMES = new Map<string, StateIso>(
  STATES.flatMap((s) => [s.name, s.officialName, s.nameEn, ...s.aliases].map((name) => [foldAccents(name).replace(/\.$/, ''), s.iso] as const)),
);

/** A state from its ISO code (any case) or a name the catalog knows ('Sinaloa', 'Nuevo Leon', 'CDMX'). */
function stateFrom(text: string): StateIso | undefined {
  const upper = text.trim().toUpperCase();
  if (isStateIso(upper)) return upper;
  return STATE_NAMES.get(foldAccents(text.trim()).replace(/\.$/, ''));
}

function numberFrom(text: string, limit: number): number | null | 'bad' {
  const t = text.trim();
  if (!t) return null;
  if (!/^[-+]?\d{1,3}(\.\d+)?$/.test(t)) return 'bad';
  const value = Number(t);
  return Math.abs(value) <= limit ? value : 'bad';
}

interface RawRow {
  line: number;
  cells: string[];
}

/** The file's rows with the line each starts on (a quoted cell may span lines); blank lines are skipped. */
function readRows(text: string): { rows: RawRow[]; problems: ImportProblem[] } {
  const rows: RawRow[] = [];
  const problems: ImportProblem[] = [];
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimitersToGuess: [',', ';', '\t'],
    step: (result) => {
      const end = result.meta.cursor;
      const cells = result.data.map((c) => String(c ?? ''));
      const quoteError = result.errors.find((e) => e.type === 'Quotes');
      if (quoteError) problems.push({ line, column: null, message: `A quoted value is not closed or is followed by stray text (${quoteError.message.toLowerCase()})` });
      else if (cells.some((c) => c.trim() !== '')) rows.push({ line, cells });
      for (let i = start; i < end; i++) if (text.charCodeAt(i) === 10) line++;
      start = end;
    },
  });
  return { rows, problems };
}

/**
 * Reads a CSV of sites (heading row: name, type, state, locality, lat, lon, in any order; only name and state
 * required) and checks every row: each problem names its line and column.
 */
export function parseSitesCsv(csv: string): { rows: ImportRow[]; problems: ImportProblem[] } {
  const text = csv.replace(/^\uFEFF/, '');
  const { rows: raw, problems } = readRows(text);
  const [heading, ...body] = raw;
  if (!heading) return { rows: [], problems: [...problems, { line: 0, column: null, message: 'The file is empty: it needs a heading row (name, type, state, locality, lat, lon) and one row per site' }] };
  const columns = heading.cells.map((cell) => HEADINGS[foldAccents(cell.trim())]);
  heading.cells.forEach((cell, i) => {
    if (!columns[i]) problems.push({ line: heading.line, column: null, message: `Unknown column "${cell.trim().slice(0, 40)}": use ${SITE_COLUMNS.join(', ')}` });
  });
  for (const column of SITE_COLUMNS) {
    const count = columns.filter((c) => c === column).length;
    if (count > 1) problems.push({ line: heading.line, column, message: `The column "${column}" appears ${count} times` });
  }
  for (const required of ['name', 'state'] as const) {
    if (!columns.includes(required)) problems.push({ line: heading.line, column: required, message: `The heading row has no "${required}" column` });
  }
  if (problems.length) return { rows: [], problems };
  if (body.length === 0) return { rows: [], problems: [{ line: 0, column: null, message: 'The file has a heading row but no sites' }] };
  if (body.length > MAX_IMPORT_ROWS) return { rows: [], problems: [{ line: 0, column: null, message: `The file has ${body.length} sites; import at most ${MAX_IMPORT_ROWS} at a time` }] };

  const rows: ImportRow[] = [];
  const names = new Map<string, number>();
  for (const { line, cells } of body) {
    const add = (column: SiteColumn | null, message: string) => problems.push({ line, column, message });
    if (cells.length !== heading.cells.length) {
      add(null, `Expected ${heading.cells.length} values, found ${cells.length}`);
      continue;
    }
    const cell = (column: SiteColumn) => {
      const i = columns.indexOf(column);
      return i < 0 ? '' : (cells[i] ?? '').trim();
    };
    const name = cell('name');
    if (!name) add('name', 'The site has no name');
    else if (name.length > 200) add('name', 'The name is longer than 200 characters');
    const key = foldAccents(name);
    if (name && names.has(key)) add('name', `"${name.slice(0, 80)}" is also on line ${names.get(key)}`);
    else names.set(key, line);
    const state = stateFrom(cell('state'));
    if (!cell('state')) add('state', 'The state is missing');
    else if (!state) add('state', `Unknown state "${cell('state').slice(0, 40)}": use a code such as MX-SIN or a name such as Sinaloa`);
    const typeText = cell('type');
    const type = typeText ? (siteTypeFrom(typeText) ?? null) : null;
    if (typeText && !type) add('type', `Unknown type "${typeText.slice(0, 40)}": use plant, office, warehouse or route`);
    const lat = numberFrom(cell('lat'), 90);
    const lon = numberFrom(cell('lon'), 180);
    if (lat === 'bad') add('lat', `The latitude "${cell('lat').slice(0, 20)}" is not a number from -90 to 90 (use a point for decimals)`);
    if (lon === 'bad') add('lon', `The longitude "${cell('lon').slice(0, 20)}" is not a number from -180 to 180 (use a point for decimals)`);
    if (lat !== 'bad' && lon !== 'bad' && (lat === null) !== (lon === null)) add(lat === null ? 'lat' : 'lon', 'Give both latitude and longitude, or neither');
    if (!state) continue;
    const localityText = cell('locality');
    const locality = localityText ? (findLocality(state, localityText)?.key ?? null) : null;
    if (localityText && !locality) add('locality', `Unknown locality "${localityText.slice(0, 60)}" in ${stateLabel(state)}`);
    if (lat === 'bad' || lon === 'bad' || !name || (localityText && !locality)) continue;
    for (const p of siteProblems({ state, locality, lat, lon })) add(p.column, p.message);
    rows.push({ line, name, state, locality, lat, lon, type });
  }
  return { rows: problems.length ? [] : rows, problems: problems.slice(0, MAX_PROBLEMS) };
}

/** "Line 4, column state: Unknown state …" */
export function describeImportProblem(p: ImportProblem): string {
  const where = p.line === 0 ? '' : p.column ? `Line ${p.line}, column ${p.column}: ` : `Line ${p.line}: `;
  return `${where}${p.message}`;
}

/**
 * Checks a CSV of sites for an organisation the user manages and, unless `dryRun`, adds them all in one
 * transaction; a file with any problem (or a name the organisation already uses) writes nothing.
 */
export async function importSites(ctx: Ctx, input: { orgId: number; csv: string; dryRun: boolean }): Promise<SiteImport> {
  const org = await ctx.db.selectFrom('orgs').select(['id', 'kind']).where('id', '=', input.orgId).executeTakeFirst();
  if (!org) throw notFound(`Organisation ${input.orgId}`);
  if (!(await canManageOrg(ctx.db, ctx.user, org.id))) throw forbidden('You do not manage this organisation.');
  if (org.kind !== 'client') throw badRequest('Sites belong to client organisations');
  const parsed = parseSitesCsv(input.csv);
  const fail = (problems: ImportProblem[]): never => {
    throw badRequest(`Nothing was imported. ${problems.slice(0, 5).map(describeImportProblem).join('; ')}${problems.length > 5 ? ` (and ${problems.length - 5} more)` : ''}`);
  };
  return ctx.db.transaction().execute(async (trx) => {
    // Locked, so two imports of the same file cannot both pass the duplicate check.
    await trx.selectFrom('orgs').select('id').where('id', '=', org.id).forUpdate().execute();
    const existing = await trx.selectFrom('sites').select('name').where('org_id', '=', org.id).execute();
    const taken = new Set(existing.map((s) => foldAccents(s.name)));
    const problems = [
      ...parsed.problems,
      ...parsed.rows.filter((r) => taken.has(foldAccents(r.name))).map((r) => ({ line: r.line, column: 'name' as const, message: `The organisation already has a site named "${r.name.slice(0, 80)}"` })),
    ];
    if (problems.length) {
      if (!input.dryRun) fail(problems);
      return { rows: [], problems, imported: false };
    }
    if (input.dryRun) return { rows: parsed.rows, problems: [], imported: false };
    const values = parsed.rows.map((r) => ({ org_id: org.id, name: r.name, state: r.state, locality: r.locality, lat: r.lat, lon: r.lon, type: r.type, created_by: ctx.user.id }));
    await trx.insertInto('sites').values(values).execute();
    await audit(trx, ctx, { action: 'site.import', entity: 'org', entityId: org.id, after: { sites: parsed.rows.length, names: parsed.rows.map((r) => r.name).slice(0, 100) } });
    return { rows: parsed.rows, problems: [], imported: true };
  });
}
