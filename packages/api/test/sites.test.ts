import type { Db } from '@atalaya/db';
import { createTestDb, testBackends } from '@atalaya/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../src/context.ts';
import { createCaller } from '../src/root.ts';
import { parseSitesCsv } from '../src/services/sites.ts';
import { addUser } from '../src/services/users.ts';
import { testContext } from './helpers.ts';

describe('sites CSV', () => {
  it('reads English or Spanish headings in any order, names and codes of states, localities and types', () => {
    const csv = '\uFEFFEstado;Nombre;Localidad;Tipo;Latitud;Longitud\r\nSinaloa;"Culiacán plant; north yard";Culiacán;planta;24.8091;-107.394\r\n\r\nmx-son;Hermosillo office;;Office;;\r\n';
    const { rows, problems } = parseSitesCsv(csv);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { line: 2, name: 'Culiacán plant; north yard', state: 'MX-SIN', locality: 'MX-SIN/culiacan', lat: 24.8091, lon: -107.394, type: 'plant' },
      { line: 4, name: 'Hermosillo office', state: 'MX-SON', locality: null, lat: null, lon: null, type: 'office' },
    ]);
  });

  it('names the line and column of every bad value, counting lines a quoted value spans', () => {
    const csv = [
      'name,type,state,locality,lat,lon',
      '"Two-line',
      'name",plant,MX-SIN,,,',
      'Bad state,plant,Sinoloa,,,',
      'Monterrey in Sinaloa,office,MX-SIN,,25.6866,-100.3161',
      'Houston,office,MX-TAM,,29.7604,-95.3698',
      'Wrong city,office,MX-SON,Culiacán,,',
      'Half a point,,MX-SIN,,24.8,',
      'Factory,factory,MX-SIN,,,',
      'Comma decimals,,MX-SIN,,"24,8","-107,3"',
      'Two-line name,plant,MX-SIN,,,',
    ].join('\n');
    const { rows, problems } = parseSitesCsv(csv);
    expect(rows).toEqual([]);
    expect(problems.map((p) => [p.line, p.column])).toEqual([
      [4, 'state'],
      [5, 'lat'],
      [6, 'lat'],
      [7, 'locality'],
      [8, 'lon'],
      [9, 'type'],
      [10, 'lat'],
      [10, 'lon'],
    ]);
    expect(problems[0]?.message).toBe('Unknown state "Sinoloa": use a code such as MX-SIN or a name such as Sinaloa');
    expect(problems[1]?.message).toMatch(/^The point 25.6866, -100.3161 lies in Nuevo León, not in Sinaloa/);
    expect(problems[2]?.message).toMatch(/^The point 29.7604, -95.3698 lies outside Mexico, not in Tamaulipas/);
    expect(problems[3]?.message).toBe('Unknown locality "Culiacán" in Sonora');
  });

  it('refuses a file without the required columns, an unknown column, rows of the wrong length and a repeated name', () => {
    expect(parseSitesCsv('').problems[0]?.message).toMatch(/empty/);
    expect(parseSitesCsv('name,city,colour\nx,Culiacán,red\n').problems.map((p) => p.message)).toEqual([
      'Unknown column "colour": use name, type, state, locality, lat, lon',
      'The heading row has no "state" column',
    ]);
    expect(parseSitesCsv('name,state\nA,MX-SIN,extra\n').problems).toEqual([{ line: 2, column: null, message: 'Expected 2 values, found 3' }]);
    expect(parseSitesCsv('name,state\nDepot,MX-SIN\ndepot,MX-SON\n').problems).toEqual([{ line: 3, column: 'name', message: '"depot" is also on line 2' }]);
  });
});

describe.each(testBackends())('writing sites on %s', (kind) => {
  let handle: Db;
  let manager: SessionUser;
  let orgId: number;
  const api = () => createCaller(testContext(handle, manager));
  const sites = async () => (await api().admin.sites({ orgId })).map((s) => [s.name, s.state, s.locality]);
  const auditCount = async () => (await handle.db.selectFrom('audit_log').select('id').execute()).length;

  beforeAll(async () => {
    handle = await createTestDb(kind);
    const m = await addUser(handle.db, { email: 'marta@example.com', password: 'correct horse battery', role: 'account_manager' });
    manager = { id: m.id, email: m.email, name: 'Marta', role: 'account_manager', orgId: m.orgId };
    orgId = (await addUser(handle.db, { email: 'c@example.com', password: 'correct horse battery', role: 'client', org: 'norte' })).orgId;
    await handle.db.insertInto('account_assignments').values({ user_id: m.id, org_id: orgId }).execute();
  });
  afterAll(() => handle.close());

  it('saves a site with a locality of its state and a point inside it', async () => {
    const { id } = await api().admin.saveSite({ orgId, name: 'Culiacán plant', state: 'MX-SIN', locality: 'MX-SIN/culiacan', lat: 24.8091, lon: -107.394, type: 'plant' });
    // A port the simplified coastline leaves just offshore is still in its state.
    await api().admin.saveSite({ orgId, name: 'Acapulco office', state: 'MX-GRO', lat: 16.85, lon: -99.88 });
    await api().admin.saveSite({ orgId, id, name: 'Culiacán plant', state: 'MX-SIN', locality: null, lat: null, lon: null, type: 'plant' });
    expect(await sites()).toEqual([
      ['Acapulco office', 'MX-GRO', null],
      ['Culiacán plant', 'MX-SIN', null],
    ]);
  });

  it('refuses an unknown state or locality, a locality of another state and a point outside the state, writing nothing', async () => {
    const before = [await sites(), await auditCount()];
    const base = { orgId, name: 'Depot', state: 'MX-SIN' as const };
    await expect(api().admin.saveSite({ ...base, state: 'MX-XXX' as 'MX-SIN' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('MX-XXX') });
    await expect(api().admin.saveSite({ ...base, locality: 'MX-SIN/atlantis' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('Unknown locality') });
    await expect(api().admin.saveSite({ ...base, state: 'MX-SON', locality: 'MX-SIN/culiacan' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: 'Unknown locality "MX-SIN/culiacan" in Sonora' });
    await expect(api().admin.saveSite({ ...base, lat: 25.6866, lon: -100.3161 })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringMatching(/^The point 25\.6866, -100\.3161 lies in Nuevo León, not in Sinaloa/),
    });
    await expect(api().admin.saveSite({ ...base, lat: 40.7128, lon: -74.006 })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('lies outside Mexico, not in Sinaloa') });
    expect([await sites(), await auditCount()]).toEqual(before);
  });

  it('previews a CSV, imports it whole on confirmation, and refuses a file with a bad row or a name already used, importing nothing', async () => {
    const good = 'name,type,state,locality,lat,lon\nMazatlán yard,warehouse,Sinaloa,Mazatlán,23.2494,-106.4111\nMonterrey office,office,Nuevo León,Monterrey,25.6866,-100.3161\n';
    const preview = await api().admin.importSites({ orgId, csv: good, dryRun: true });
    expect(preview).toMatchObject({ imported: false, problems: [], rows: [{ line: 2, name: 'Mazatlán yard', locality: 'MX-SIN/mazatlan' }, { line: 3, name: 'Monterrey office', state: 'MX-NLE' }] });
    expect(await sites()).toHaveLength(2);

    const before = [await sites(), await auditCount()];
    const bad = `${good}Tijuana depot,warehouse,MX-BCN,,32.5149,-117.0382\nLost,office,MX-SIN,,25.6866,-100.3161\n`;
    const checked = await api().admin.importSites({ orgId, csv: bad, dryRun: true });
    expect(checked).toMatchObject({ imported: false, rows: [], problems: [{ line: 5, column: 'lat', message: expect.stringContaining('lies in Nuevo León, not in Sinaloa') }] });
    await expect(api().admin.importSites({ orgId, csv: bad, dryRun: false })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringMatching(/^Nothing was imported\. Line 5, column lat: The point/) });
    expect([await sites(), await auditCount()]).toEqual(before);

    const done = await api().admin.importSites({ orgId, csv: good, dryRun: false });
    expect(done).toMatchObject({ imported: true, problems: [] });
    expect(await sites()).toEqual([
      ['Acapulco office', 'MX-GRO', null],
      ['Monterrey office', 'MX-NLE', 'MX-NLE/monterrey'],
      ['Culiacán plant', 'MX-SIN', null],
      ['Mazatlán yard', 'MX-SIN', 'MX-SIN/mazatlan'],
    ]);
    const logged = await handle.db.selectFrom('audit_log').select(['action', 'entity_id']).orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(logged).toEqual({ action: 'site.import', entity_id: String(orgId) });

    // The same file again would duplicate every site: refused, naming the lines.
    await expect(api().admin.importSites({ orgId, csv: good, dryRun: false })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('Line 2, column name: The organisation already has a site named "Mazatlán yard"') });
    expect(await sites()).toHaveLength(4);
  });
});
