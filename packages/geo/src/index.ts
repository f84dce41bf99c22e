import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import topologyJson from './mexico-states.topo.json' with { type: 'json' };

export interface StateFeatureProperties {
  /** ISO 3166-2 code, e.g. `MX-SIN`. */
  iso: string;
  /** INEGI state code, `'01'`…`'32'`. */
  inegi: string;
  name: string;
}

export type StateGeometry = Polygon | MultiPolygon;

type StatesTopology = TopoJSON.Topology<{
  states: TopoJSON.GeometryCollection<StateFeatureProperties>;
}>;

const topology = topologyJson as unknown as StatesTopology;

/** Lon/lat [south-west, north-east] of all 32 states, islands included. */
export const MEXICO_BOUNDS: [[number, number], [number, number]] = boundsOf(topology);

function boundsOf(topo: StatesTopology): [[number, number], [number, number]] {
  const [west, south, east, north] = topo.bbox ?? [];
  if (west === undefined || south === undefined || east === undefined || north === undefined) {
    throw new Error('mexico-states.topo.json has no bbox; regenerate it with `pnpm build:geometry`');
  }
  return [
    [west, south],
    [east, north],
  ];
}

let states: FeatureCollection<StateGeometry, StateFeatureProperties> | undefined;

/**
 * The 32 states as GeoJSON, in INEGI order, with `id` = INEGI code as a number
 * (for maplibre feature-state). Memoized: the same object on every call, so
 * treat it as read-only.
 */
export function mexicoStates(): FeatureCollection<StateGeometry, StateFeatureProperties> {
  if (!states) {
    const collection = feature(topology, topology.objects.states);
    const features = collection.features.map((f) => {
      const { type } = f.geometry;
      if (type !== 'Polygon' && type !== 'MultiPolygon') {
        throw new Error(`${f.properties.iso}: unexpected geometry ${type}`);
      }
      return {
        type: 'Feature' as const,
        id: Number(f.properties.inegi),
        properties: f.properties,
        geometry: f.geometry as StateGeometry,
      };
    });
    features.sort((a, b) => a.id - b.id);
    states = { type: 'FeatureCollection', features };
  }
  return states;
}

// ---------------------------------------------------------------------------
// Point queries

type Rings = Position[][];

interface StateShape {
  iso: string;
  /** [west, south, east, north] */
  bbox: [number, number, number, number];
  polygons: Rings[];
}

let shapes: StateShape[] | undefined;

function stateShapes(): StateShape[] {
  shapes ??= mexicoStates().features.map((f) => {
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const bbox: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const polygon of polygons) {
      for (const [x = NaN, y = NaN] of polygon[0] ?? []) {
        if (x < bbox[0]) bbox[0] = x;
        if (y < bbox[1]) bbox[1] = y;
        if (x > bbox[2]) bbox[2] = x;
        if (y > bbox[3]) bbox[3] = y;
      }
    }
    return { iso: f.properties.iso, bbox, polygons };
  });
  return shapes;
}

/** Even-odd ray casting over all rings, so holes count as outside. */
function insideRings(x: number, y: number, rings: Rings): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi = 0, yi = 0] = ring[i] ?? [];
      const [xj = 0, yj = 0] = ring[j] ?? [];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

function insideShape(x: number, y: number, shape: StateShape): boolean {
  const [west, south, east, north] = shape.bbox;
  if (x < west || x > east || y < south || y > north) return false;
  return shape.polygons.some((rings) => insideRings(x, y, rings));
}

/**
 * Default snapping distance (km) for stateAtPoint: simplification moves coasts
 * and the Rio Grande border by up to about a kilometre, enough to put a port
 * (Acapulco, Puerto Chiapas) in the sea.
 */
const SNAP_KM = 2;
const KM_PER_DEGREE = 111.32;

/** Squared distance in km² from a point to segment a–b, on a local equirectangular plane. */
function segmentDistanceSq(x: number, y: number, a: Position, b: Position, kx: number): number {
  const ax = ((a[0] ?? 0) - x) * kx;
  const ay = ((a[1] ?? 0) - y) * KM_PER_DEGREE;
  const bx = ((b[0] ?? 0) - x) * kx;
  const by = ((b[1] ?? 0) - y) * KM_PER_DEGREE;
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSq = dx * dx + dy * dy;
  const t = lengthSq === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSq));
  const px = ax + t * dx;
  const py = ay + t * dy;
  return px * px + py * py;
}

export interface StateAtPointOptions {
  /** A point outside every state but this close (km) to one belongs to it; 0 = strict. Default 2. */
  snapKm?: number;
}

/**
 * ISO code of the state that contains the point, or `null` (sea, another
 * country). Points just outside the simplified outline snap to the nearest
 * state, which also means a US point within ~2 km of the border (downtown El
 * Paso) answers a Mexican state: at this resolution the border is only good to
 * about a kilometre anyway.
 */
export function stateAtPoint(lon: number, lat: number, options: StateAtPointOptions = {}): string | null {
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) return null;
  const all = stateShapes();
  const hit = all.find((shape) => insideShape(lon, lat, shape));
  if (hit) return hit.iso;

  const snapKm = options.snapKm ?? SNAP_KM;
  if (!(snapKm > 0)) return null;

  const kx = KM_PER_DEGREE * Math.cos((lat * Math.PI) / 180);
  const marginLon = snapKm / kx;
  const marginLat = snapKm / KM_PER_DEGREE;
  let best: string | null = null;
  let bestSq = snapKm * snapKm;
  for (const shape of all) {
    const [west, south, east, north] = shape.bbox;
    if (lon < west - marginLon || lon > east + marginLon || lat < south - marginLat || lat > north + marginLat) {
      continue;
    }
    for (const rings of shape.polygons) {
      for (const ring of rings) {
        for (let i = 1; i < ring.length; i++) {
          const a = ring[i - 1];
          const b = ring[i];
          if (!a || !b) continue;
          const d = segmentDistanceSq(lon, lat, a, b, kx);
          if (d <= bestSq) {
            bestSq = d;
            best = shape.iso;
          }
        }
      }
    }
  }
  return best;
}

/**
 * How far (km) a point lies from a state: 0 inside it, else the distance to its nearest outline. Undefined
 * for an unknown state code. Used to accept a site a little outside the simplified outline of its state.
 */
export function distanceToStateKm(iso: string, lon: number, lat: number): number | undefined {
  const shape = stateShapes().find((s) => s.iso === iso);
  if (!shape || !Number.isFinite(lon) || !Number.isFinite(lat)) return undefined;
  if (insideShape(lon, lat, shape)) return 0;
  const kx = KM_PER_DEGREE * Math.cos((lat * Math.PI) / 180);
  let bestSq = Infinity;
  for (const rings of shape.polygons) {
    for (const ring of rings) {
      for (let i = 1; i < ring.length; i++) {
        const a = ring[i - 1];
        const b = ring[i];
        if (a && b) bestSq = Math.min(bestSq, segmentDistanceSq(lon, lat, a, b, kx));
      }
    }
  }
  return Math.sqrt(bestSq);
}

// ---------------------------------------------------------------------------
// Label points

let centroids: Record<string, [number, number]> | undefined;

/**
 * A label point per state, keyed by ISO code: the pole of inaccessibility of
 * the state's largest polygon, so it always lies inside the state (unlike the
 * centroid of a crescent-shaped state or of a mainland plus islands).
 */
export function stateCentroids(): Record<string, [number, number]> {
  if (!centroids) {
    const result: Record<string, [number, number]> = {};
    for (const shape of stateShapes()) {
      const largest = shape.polygons.reduce<Rings | undefined>(
        (best, rings) => (best && ringArea(best[0]) >= ringArea(rings[0]) ? best : rings),
        undefined,
      );
      if (!largest) throw new Error(`${shape.iso}: no polygon`);
      const [x, y] = poleOfInaccessibility(largest);
      result[shape.iso] = [round(x, 4), round(y, 4)];
    }
    centroids = result;
  }
  return centroids;
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

function ringArea(ring: Position[] | undefined): number {
  if (!ring) return 0;
  let sum = 0;
  for (let i = 1; i < ring.length; i++) {
    const [x0 = 0, y0 = 0] = ring[i - 1] ?? [];
    const [x1 = 0, y1 = 0] = ring[i] ?? [];
    sum += x0 * y1 - x1 * y0;
  }
  return Math.abs(sum / 2);
}

interface Cell {
  x: number;
  y: number;
  /** half the cell size */
  h: number;
  /** signed distance from the cell centre to the outline (positive inside) */
  d: number;
  /** best distance any point in the cell could reach */
  max: number;
}

/**
 * Polylabel (Mapbox's algorithm): the interior point farthest from the
 * outline, found by quad-tree search to `precision` (in scaled degrees);
 * the area centroid wins when it is nearly as far from the outline.
 * Longitudes are scaled by cos(latitude) so "farthest" means on the ground.
 */
/** Share of the pole's clearance the area centroid needs to be used instead. */
const CENTROID_MIN_CLEARANCE = 0.5;

function poleOfInaccessibility(polygon: Rings, precision = 0.005): [number, number] {
  const outer = polygon[0] ?? [];
  let minY = Infinity;
  let maxY = -Infinity;
  for (const [, y = 0] of outer) {
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  const k = Math.cos((((minY + maxY) / 2) * Math.PI) / 180);
  const rings = polygon.map((ring) => ring.map(([x = 0, y = 0]) => [x * k, y] as [number, number]));

  let minX = Infinity;
  let maxX = -Infinity;
  for (const [x] of rings[0] ?? []) {
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
  }
  const width = maxX - minX;
  const height = maxY - minY;
  const cellSize = Math.min(width, height);
  if (cellSize === 0) return [minX / k, minY];

  const signedDistance = (x: number, y: number): number => {
    let minSq = Infinity;
    for (const ring of rings) {
      for (let i = 1; i < ring.length; i++) {
        const a = ring[i - 1];
        const b = ring[i];
        if (!a || !b) continue;
        const dx = b[0] - a[0];
        const dy = b[1] - a[1];
        const lengthSq = dx * dx + dy * dy;
        const t = lengthSq === 0 ? 0 : Math.max(0, Math.min(1, ((x - a[0]) * dx + (y - a[1]) * dy) / lengthSq));
        const px = a[0] + t * dx - x;
        const py = a[1] + t * dy - y;
        minSq = Math.min(minSq, px * px + py * py);
      }
    }
    return (insideRings(x, y, rings) ? 1 : -1) * Math.sqrt(minSq);
  };
  const makeCell = (x: number, y: number, h: number): Cell => {
    const d = signedDistance(x, y);
    return { x, y, h, d, max: d + h * Math.SQRT2 };
  };

  const queue = new MaxHeap<Cell>((a, b) => a.max - b.max);
  for (let x = minX; x < maxX; x += cellSize) {
    for (let y = minY; y < maxY; y += cellSize) {
      queue.push(makeCell(x + cellSize / 2, y + cellSize / 2, cellSize / 2));
    }
  }

  let best = makeCell(minX + width / 2, minY + height / 2, 0);
  const centroid = areaCentroidCell(rings[0] ?? [], makeCell);
  if (centroid && centroid.d > best.d) best = centroid;

  for (let cell = queue.pop(); cell; cell = queue.pop()) {
    if (cell.d > best.d) best = cell;
    if (cell.max - best.d <= precision) continue;
    const h = cell.h / 2;
    queue.push(makeCell(cell.x - h, cell.y - h, h));
    queue.push(makeCell(cell.x + h, cell.y - h, h));
    queue.push(makeCell(cell.x - h, cell.y + h, h));
    queue.push(makeCell(cell.x + h, cell.y + h, h));
  }
  // The area centroid reads better as a label (the pole of a long state sits in
  // its widest bulge, e.g. Veracruz's isthmus) when it is comfortably inside.
  if (centroid && centroid.d >= best.d * CENTROID_MIN_CLEARANCE) best = centroid;
  return [best.x / k, best.y];
}

function areaCentroidCell(
  ring: [number, number][],
  makeCell: (x: number, y: number, h: number) => Cell,
): Cell | undefined {
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 1; i < ring.length; i++) {
    const a = ring[i - 1];
    const b = ring[i];
    if (!a || !b) continue;
    const f = a[0] * b[1] - b[0] * a[1];
    cx += (a[0] + b[0]) * f;
    cy += (a[1] + b[1]) * f;
    area += f * 3;
  }
  return area === 0 ? undefined : makeCell(cx / area, cy / area, 0);
}

class MaxHeap<T> {
  private readonly items: T[] = [];
  constructor(private readonly compare: (a: T, b: T) => number) {}

  push(item: T): void {
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = items[parent] as T;
      if (this.compare(item, p) <= 0) break;
      items[i] = p;
      i = parent;
    }
    items[i] = item;
  }

  pop(): T | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return top;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let largest = i;
      let largestItem = last;
      const l = items[left];
      if (left < items.length && l !== undefined && this.compare(l, largestItem) > 0) {
        largest = left;
        largestItem = l;
      }
      const r = items[right];
      if (right < items.length && r !== undefined && this.compare(r, largestItem) > 0) {
        largest = right;
        largestItem = r;
      }
      if (largest === i) break;
      items[i] = largestItem;
      i = largest;
    }
    items[i] = last;
    return top;
  }
}
