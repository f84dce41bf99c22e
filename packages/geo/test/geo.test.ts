import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { distanceToStateKm, MEXICO_BOUNDS, mexicoStates, stateAtPoint, stateCentroids } from '../src/index.ts';

const INEGI_TO_ISO = [
  'MX-AGU', 'MX-BCN', 'MX-BCS', 'MX-CAM', 'MX-COA', 'MX-COL', 'MX-CHP', 'MX-CHH',
  'MX-CMX', 'MX-DUR', 'MX-GUA', 'MX-GRO', 'MX-HID', 'MX-JAL', 'MX-MEX', 'MX-MIC',
  'MX-MOR', 'MX-NAY', 'MX-NLE', 'MX-OAX', 'MX-PUE', 'MX-QUE', 'MX-ROO', 'MX-SLP',
  'MX-SIN', 'MX-SON', 'MX-TAB', 'MX-TAM', 'MX-TLA', 'MX-VER', 'MX-YUC', 'MX-ZAC',
];

function polygonsOf(iso: string): Position[][][] {
  const f = mexicoStates().features.find((s) => s.properties.iso === iso);
  if (!f) throw new Error(`no feature ${iso}`);
  return f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
}

describe('mexicoStates', () => {
  const { features } = mexicoStates();

  it('has the 32 states once each, in INEGI order, with numeric ids', () => {
    expect(features).toHaveLength(32);
    expect(new Set(features.map((f) => f.properties.iso)).size).toBe(32);
    expect(new Set(features.map((f) => f.properties.inegi)).size).toBe(32);
    features.forEach((f, i) => {
      const inegi = String(i + 1).padStart(2, '0');
      expect(f.properties.inegi).toBe(inegi);
      expect(f.properties.iso).toBe(INEGI_TO_ISO[i]);
      expect(f.id).toBe(i + 1);
      expect(f.properties.name).not.toBe('');
    });
  });

  it('gives every state a non-empty geometry made of closed rings', () => {
    for (const f of features) {
      const polygons = polygonsOf(f.properties.iso);
      expect(polygons.length, f.properties.iso).toBeGreaterThan(0);
      for (const rings of polygons) {
        expect(rings.length).toBeGreaterThan(0);
        for (const ring of rings) {
          expect(ring.length, f.properties.iso).toBeGreaterThanOrEqual(4);
          expect(ring[0]).toEqual(ring[ring.length - 1]);
          // at least three distinct vertices, i.e. not a collapsed ring
          expect(new Set(ring.map((p) => p.join(','))).size).toBeGreaterThanOrEqual(3);
          for (const [lon, lat] of ring) {
            expect(Number.isFinite(lon) && Number.isFinite(lat)).toBe(true);
          }
        }
      }
    }
  });

  it('is memoized', () => {
    expect(mexicoStates()).toBe(mexicoStates());
  });
});

describe('MEXICO_BOUNDS', () => {
  it('frames Mexico', () => {
    const [[west, south], [east, north]] = MEXICO_BOUNDS;
    expect(west).toBeGreaterThanOrEqual(-118.5);
    expect(east).toBeLessThanOrEqual(-86.5);
    expect(south).toBeGreaterThanOrEqual(14.3);
    expect(north).toBeLessThanOrEqual(32.8);
    // and is not a sliver of it: Tijuana to Cancún, Tapachula to Ciudad Juárez
    expect(west).toBeLessThan(-117);
    expect(east).toBeGreaterThan(-87);
    expect(south).toBeLessThan(14.9);
    expect(north).toBeGreaterThan(31.7);
  });
});

describe('stateAtPoint', () => {
  it.each([
    { city: 'Culiacán', lon: -107.39, lat: 24.8, iso: 'MX-SIN' },
    { city: 'Monterrey', lon: -100.31, lat: 25.67, iso: 'MX-NLE' },
    { city: 'Mérida', lon: -89.62, lat: 20.97, iso: 'MX-YUC' },
    { city: 'Mexico City', lon: -99.13, lat: 19.43, iso: 'MX-CMX' },
    { city: 'Tapachula', lon: -92.26, lat: 14.9, iso: 'MX-CHP' },
    { city: 'Tijuana', lon: -117.03, lat: 32.51, iso: 'MX-BCN' },
    { city: 'Guadalajara', lon: -103.35, lat: 20.67, iso: 'MX-JAL' },
    { city: 'Toluca', lon: -99.66, lat: 19.29, iso: 'MX-MEX' },
    { city: 'Tlaxcala', lon: -98.24, lat: 19.32, iso: 'MX-TLA' },
    // on or near the simplified coast / US border
    { city: 'Cancún', lon: -86.85, lat: 21.16, iso: 'MX-ROO' },
    { city: 'Veracruz', lon: -96.13, lat: 19.19, iso: 'MX-VER' },
    { city: 'Acapulco', lon: -99.88, lat: 16.85, iso: 'MX-GRO' },
    { city: 'Mazatlán', lon: -106.42, lat: 23.23, iso: 'MX-SIN' },
    { city: 'Ciudad del Carmen', lon: -91.83, lat: 18.65, iso: 'MX-CAM' },
    { city: 'Cozumel', lon: -86.95, lat: 20.51, iso: 'MX-ROO' },
    { city: 'Ciudad Juárez', lon: -106.45, lat: 31.69, iso: 'MX-CHH' },
    { city: 'Nuevo Laredo', lon: -99.51, lat: 27.48, iso: 'MX-TAM' },
    { city: 'Matamoros', lon: -97.5, lat: 25.87, iso: 'MX-TAM' },
  ])('$city is in $iso', ({ lon, lat, iso }) => {
    expect(stateAtPoint(lon, lat)).toBe(iso);
  });

  it.each([
    ['the Gulf of Mexico', -94, 24],
    ['the Pacific', -105, 15],
    ['Texas', -98.5, 29.4],
    ['Guatemala', -90.5, 14.6],
  ])('finds no state in %s', (_place, lon, lat) => {
    expect(stateAtPoint(lon, lat)).toBeNull();
  });

  it('snaps a coastal city the simplified coast leaves offshore, unless told not to', () => {
    expect(stateAtPoint(-99.88, 16.85)).toBe('MX-GRO');
    expect(stateAtPoint(-99.88, 16.85, { snapKm: 0 })).toBeNull();
  });

  it('rejects non-numbers', () => {
    expect(stateAtPoint(Number.NaN, 20)).toBeNull();
  });
});

describe('distanceToStateKm', () => {
  it('is 0 inside the state and grows with the distance outside it', () => {
    expect(distanceToStateKm('MX-SIN', -107.39, 24.8)).toBe(0);
    // Acapulco sits just off the simplified coast of Guerrero.
    expect(distanceToStateKm('MX-GRO', -99.88, 16.85)).toBeGreaterThan(0);
    expect(distanceToStateKm('MX-GRO', -99.88, 16.85)).toBeLessThan(2);
    // Monterrey is some 100 km from the nearest point of Tamaulipas, and far from Sinaloa.
    const tamaulipas = distanceToStateKm('MX-TAM', -100.31, 25.67) ?? 0;
    expect(tamaulipas).toBeGreaterThan(20);
    expect(tamaulipas).toBeLessThan(200);
    expect(distanceToStateKm('MX-SIN', -100.31, 25.67)).toBeGreaterThan(tamaulipas);
  });

  it('answers nothing for an unknown state or a non-number', () => {
    expect(distanceToStateKm('MX-XXX', -107.39, 24.8)).toBeUndefined();
    expect(distanceToStateKm('MX-SIN', Number.NaN, 24.8)).toBeUndefined();
  });
});

describe('stateCentroids', () => {
  const centroids = stateCentroids();

  it('has a label point for every state, inside that state', () => {
    expect(Object.keys(centroids).sort()).toEqual([...INEGI_TO_ISO].sort());
    for (const iso of INEGI_TO_ISO) {
      const point = centroids[iso];
      expect(point, iso).toBeDefined();
      if (!point) continue;
      expect(stateAtPoint(point[0], point[1]), iso).toBe(iso);
      expect(strictlyInside(point, polygonsOf(iso)), iso).toBe(true);
    }
  });

  it('labels a state with islands on its mainland', () => {
    // Colima owns the Revillagigedo islands, 500+ km out in the Pacific.
    const [lon] = centroids['MX-COL'] ?? [0, 0];
    expect(lon).toBeGreaterThan(-104.7);
  });
});

describe('mexico-states.topo.json', () => {
  it('stays small enough to ship to the browser', () => {
    const file = fileURLToPath(new URL('../src/mexico-states.topo.json', import.meta.url));
    expect(statSync(file).size).toBeLessThan(200 * 1024);
  });
});

/** Even-odd test without the snapping tolerance of stateAtPoint. */
function strictlyInside([x, y]: [number, number], polygons: Position[][][]): boolean {
  return polygons.some((rings) => {
    let inside = false;
    for (const ring of rings) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi = 0, yi = 0] = ring[i] ?? [];
        const [xj = 0, yj = 0] = ring[j] ?? [];
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
    return inside;
  });
}
