import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { pageBombPdf } from '@atalaya/ingest/testing';
import { CLI } from './support/spawn-server.ts';

const dataDir = mkdtempSync(path.join(tmpdir(), 'atalaya-cli-'));
const SEEDS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../shared/seeds');
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function atalaya(...args: string[]) {
  return atalayaWith({}, ...args);
}

function atalayaWith(settings: Record<string, string>, ...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, ...settings };
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

describe('atalaya ingest', () => {
  const chatter = path.join(SEEDS, 'security-chatter-2025-03-12.txt');
  const markdown = path.join(SEEDS, 'security-chatter-2024-12-04.md');

  it('prints exactly one JSON document with --dry-run --json, and an array for several files', () => {
    const one = atalaya('ingest', chatter, '--dry-run', '--json');
    expect(one.code).toBe(0);
    const doc = JSON.parse(one.out) as { edition: { publishedOn: string; author: string }; items: Array<{ source: { outlet: string } }> };
    expect(doc.edition).toMatchObject({ publishedOn: '2025-03-12', author: 'Fausto Carbajal Glass' });
    expect(doc.items).toHaveLength(6);
    expect(doc.items[0]?.source.outlet).toBe('El Universal');
    const two = atalaya('ingest', chatter, markdown, '--dry-run', '--json');
    const docs = JSON.parse(two.out) as Array<{ edition: { publishedOn: string } }>;
    expect(docs.map((d) => d.edition.publishedOn)).toEqual(['2025-03-12', '2024-12-04']);
  });

  it('reads a PDF with the built CLI (pdfjs stays outside the bundle, where its Node polyfills load)', () => {
    const pdf = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../packages/ingest/test/fixtures/edition.pdf');
    const result = atalaya('ingest', pdf, '--dry-run', '--json');
    expect(result.err).not.toContain('DOMMatrix');
    expect(result.code).toBe(0);
    const doc = JSON.parse(result.out) as { items: unknown[] };
    expect(doc.items.length).toBeGreaterThan(0);
  });

  it('refuses a bad file with a message naming it, writing nothing even for the good files beside it', () => {
    const junk = path.join(dataDir, 'junk.bin');
    writeFileSync(junk, Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256)));
    const bad = atalaya('ingest', chatter, junk);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('junk.bin');
    expect(atalaya('ingest', path.join(dataDir, 'missing.txt'))).toMatchObject({ code: 1, err: expect.stringContaining('no such file') });
    const after = atalaya('ingest', chatter);
    expect(after).toMatchObject({ code: 0, out: expect.stringContaining('stored as draft edition') });
  });

  it('stores a draft once: the same document again changes nothing', () => {
    const again = atalaya('ingest', chatter, '--json');
    expect(again.code).toBe(0);
    expect(JSON.parse(again.out)).toMatchObject({ kind: 'duplicate' });
  });
});

describe('atalaya ingest within the parse limits', () => {
  const docx = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../packages/ingest/test/fixtures/edition.docx');

  it('refuses a PDF of 30,000 pages like the server does, storing nothing, not even the good file beside it', () => {
    const bomb = path.join(dataDir, 'bomb.pdf');
    writeFileSync(bomb, pageBombPdf(30_000));
    const refused = atalaya('ingest', docx, bomb);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('bomb.pdf has 30,000 pages; the limit is 500 pages');
    const stored = atalaya('ingest', docx, '--json');
    expect(stored.code).toBe(0);
    expect(JSON.parse(stored.out)).toMatchObject({ kind: 'created' });
  });

  it('takes its limits from the environment', () => {
    const three = path.join(dataDir, 'three-pages.pdf');
    writeFileSync(three, pageBombPdf(3));
    expect(atalayaWith({ PARSE_MAX_PAGES: '2' }, 'ingest', three, '--dry-run')).toMatchObject({
      code: 1,
      err: expect.stringContaining('three-pages.pdf has 3 pages; the limit is 2 pages'),
    });
    expect(atalayaWith({ PARSE_MAX_PAGES: 'many' }, 'ingest', three, '--dry-run')).toMatchObject({ code: 1, err: expect.stringContaining('PARSE_MAX_PAGES') });
  });
});

describe('atalaya output through a pipe', () => {
  const email = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../packages/ingest/test/fixtures/email.html');

  /**
   * Runs the CLI with stdout on a pipe whose reader stops after the first chunk, as a busy program at the
   * other end does, and reads on only once the CLI has exited or has waited a while for the reader. A CLI
   * that exits without waiting for its output to drain leaves all but the first 64 KB or so behind.
   */
  async function throughSlowPipe(...args: string[]): Promise<{ code: number | null; out: Buffer }> {
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
    delete env['DATABASE_URL'];
    const child = spawn(process.execPath, [CLI, ...args], { env, stdio: ['ignore', 'pipe', 'ignore'] });
    const chunks: Buffer[] = [];
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const closed = new Promise<void>((resolve) => child.stdout.once('close', () => resolve()));
    const firstChunk = new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    await Promise.race([firstChunk, exited]);
    child.stdout.pause();
    // Not a timing assertion: how long the reader dawdles only decides how surely a CLI that drops its output is caught.
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 2000))]);
    child.stdout.resume();
    const [code] = await Promise.all([exited, closed]);
    return { code, out: Buffer.concat(chunks) };
  }

  it('delivers an ingest --json answer far larger than a pipe holds, whole, to a slow reader', async () => {
    // Each file is read in a worker process of its own: 60 of them still make several times what a pipe holds.
    const files = Array.from({ length: 60 }, () => email);
    const { code, out } = await throughSlowPipe('ingest', ...files, '--dry-run', '--json');
    expect(code).toBe(0);
    expect(out.length).toBeGreaterThan(96 * 1024);
    const previews = JSON.parse(out.toString('utf8')) as Array<{ items: unknown[] }>;
    expect(previews).toHaveLength(60);
    for (const preview of previews) expect(preview.items.length).toBeGreaterThan(0);
  });
});
