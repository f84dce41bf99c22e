import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI } from './support/spawn-server.ts';

const dataDir = mkdtempSync(path.join(tmpdir(), 'atalaya-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function atalaya(...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
  delete env['DATABASE_URL'];
  const r = spawnSync(process.execPath, [CLI, ...args], { env, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('the atalaya CLI', () => {
  it('explains itself and exits non-zero on bad arguments', () => {
    expect(atalaya()).toMatchObject({ code: 2, out: expect.stringContaining('Usage: atalaya') });
    expect(atalaya('frobnicate')).toMatchObject({ code: 2, err: expect.stringContaining('Unknown command "frobnicate"') });
    expect(atalaya('seed')).toMatchObject({ code: 2, err: expect.stringContaining('seed needs --demo') });
    expect(atalaya('migrate', '--fast')).toMatchObject({ code: 2, err: expect.stringContaining("'--fast'") });
    expect(atalaya('user', 'add', '--email', 'a@b.co')).toMatchObject({ code: 2, err: expect.stringContaining('--password, --role') });
    expect(atalaya('ingest')).toMatchObject({ code: 2, err: expect.stringContaining('FILE') });
  });

  it('migrates, seeds the demo once, and adds users', () => {
    expect(atalaya('migrate')).toMatchObject({ code: 0, out: expect.stringContaining('Applied') });
    expect(atalaya('migrate')).toMatchObject({ code: 0, out: expect.stringContaining('up to date') });
    expect(atalaya('seed', '--demo')).toMatchObject({ code: 0, out: expect.stringMatching(/Loaded demo data: \d+ editions/) });
    expect(atalaya('seed', '--demo')).toMatchObject({ code: 0, out: expect.stringContaining('already has editions') });
    expect(atalaya('user', 'add', '--email', 'Ops@Example.com', '--password', 'a long password', '--role', 'analyst')).toMatchObject({
      code: 0,
      out: expect.stringContaining('Added ops@example.com (analyst)'),
    });
    expect(atalaya('user', 'add', '--email', 'ops@example.com', '--password', 'a long password', '--role', 'analyst')).toMatchObject({
      code: 1,
      err: expect.stringContaining('already exists'),
    });
    expect(atalaya('user', 'add', '--email', 'x@example.com', '--password', 'a long password', '--role', 'superuser')).toMatchObject({
      code: 1,
      err: expect.stringContaining('role must be one of'),
    });
  });
});
