import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI } from './support/spawn-server.ts';

const dataDir = mkdtempSync(path.join(tmpdir(), 'atalaya-advisory-'));
const ADVISORY = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../shared/data/us_travel_advisory_mexico_states.csv');
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function atalaya(...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
  delete env['DATABASE_URL'];
  const r = spawnSync(process.execPath, [CLI, ...args], { env, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('atalaya import-advisory', () => {
  it('loads the advisory vintages once, and refuses a bad file naming its line and column', () => {
    expect(atalaya('import-advisory')).toMatchObject({ code: 2, err: expect.stringContaining('import-advisory needs one FILE') });
    expect(atalaya('import-advisory', ADVISORY, '--dry-run')).toMatchObject({ code: 0, out: expect.stringContaining('64 state level(s) in vintage(s) 2018-01-10, 2024-12-06 (dry run') });
    expect(atalaya('import-advisory', ADVISORY)).toMatchObject({ code: 0, out: expect.stringContaining('64 new, 0 revised, 0 unchanged') });
    expect(atalaya('import-advisory', ADVISORY)).toMatchObject({ code: 0, out: expect.stringContaining('0 new, 0 revised, 64 unchanged') });
    const bad = path.join(dataDir, 'bad.csv');
    writeFileSync(bad, 'cve_ent,iso,entidad,as_of,level,level_label\n25,MX-SIN,Sinaloa,2025-01-01,7,Do not travel\n');
    expect(atalaya('import-advisory', bad)).toMatchObject({ code: 1, err: expect.stringContaining('line 2, column level: The level must be 1 to 4, not "7"') });
  });
});
