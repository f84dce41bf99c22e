import { describe, expect, it } from 'vitest';
import { GAZETTEER, STATE_ISO_CODES, foldAccents, isStateIso, type StateIso } from '../src';

const find = (name: string) => GAZETTEER.filter((l) => l.name === name || l.aliases?.includes(name));

describe('GAZETTEER', () => {
  it('is large enough for press text', () => {
    expect(GAZETTEER.length).toBeGreaterThanOrEqual(250);
  });

  it('points every locality at a valid state', () => {
    for (const l of GAZETTEER) expect(isStateIso(l.state), `${l.name} → ${l.state}`).toBe(true);
  });

  it('covers every state', () => {
    const covered = new Set<StateIso>(GAZETTEER.map((l) => l.state));
    expect([...STATE_ISO_CODES].filter((iso) => !covered.has(iso))).toEqual([]);
  });

  it('has no duplicate (name, state) pair, even after folding accents', () => {
    const keys = GAZETTEER.map((l) => `${foldAccents(l.name)}|${l.state}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('does not give one state the same alias for two localities', () => {
    const keys = GAZETTEER.flatMap((l) => [l.name, ...(l.aliases ?? [])].map((n) => `${foldAccents(n)}|${l.state}`));
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it.each([
    ['Culiacán', 'MX-SIN'],
    ['Badiraguato', 'MX-SIN'],
    ['Tapachula', 'MX-CHP'],
    ['Playa del Carmen', 'MX-ROO'],
    ['Tijuana', 'MX-BCN'],
    ['Port of Veracruz', 'MX-VER'],
    ['Puerto de Veracruz', 'MX-VER'],
    ['Ciudad Juárez', 'MX-CHH'],
    ['Juárez', 'MX-CHH'],
    ['Nuevo Laredo', 'MX-TAM'],
    ['Ciudad Obregón', 'MX-SON'],
    ['Iztapalapa', 'MX-CMX'],
    ['Tepito', 'MX-CMX'],
    ['Rosarito', 'MX-BCN'],
    ['Victoria', 'MX-TAM'],
    ['Chihuahua', 'MX-CHH'],
  ])('resolves %s to %s', (name, state) => {
    const hits = find(name);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.map((l) => l.state)).toContain(state);
  });

  it('marks the Port of Veracruz as a port', () => {
    expect(find('Port of Veracruz')[0]?.kind).toBe('port');
  });
});
