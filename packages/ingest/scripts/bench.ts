// Editions per second for the whole pipeline (read + segment + extract) on a 10-item edition, on one core.
//   pnpm bench:ingest   (from the repository root)
// The edition is rebuilt from the items of the test fixtures, in the three
// text layouts (plain text with citation lines, Markdown, e-mail HTML); the
// .docx and PDF fixtures are timed as they are, for comparison.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type SegmentedItem, analyzeDocument, parseDocument } from '../src/index.ts';

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../test/fixtures');
const RUN_MS = Number(process.env['BENCH_RUN_MS'] ?? 3000);
const results: Array<{ name: string; items: number; editionsPerSecond: number; msPerEdition: number }> = [];

interface Case {
  name: string;
  bytes: Uint8Array;
  filename: string;
}

const fixture = (name: string) => new Uint8Array(readFileSync(resolve(FIXTURES, name)));

async function tenItems(): Promise<SegmentedItem[]> {
  const items: SegmentedItem[] = [];
  for (const name of ['edition-es.txt', 'no-title.txt', 'latin1.txt', 'multi-paragraph.md']) {
    items.push(...(await parseDocument(fixture(name), { filename: name })).items);
  }
  return items.slice(0, 10);
}

function citationLine(item: SegmentedItem): string {
  const { outlet, publishedOn, author, title } = item.source;
  const [year, month, day] = (publishedOn ?? '2025-04-01').split('-');
  return `${outlet ?? 'Reforma'}, ${Number(month)}/${day}/${year?.slice(2)}, ${author ?? 'Redacción'}: ${title ?? item.headline}.`;
}

function asText(items: SegmentedItem[]): string {
  return [
    'MI’s Security Chatter – Apr. 9, 2025',
    'By Fausto Carbajal Glass, Partner, Miranda Delphi Solutions',
    'A week of border inspections, prisoner transfers and new numbers on violence; the items below are what clients asked about most.',
    ...items.flatMap((item) => [item.headline, item.summary, citationLine(item)]),
    'Questions about this edition? Write to briefings@example.com',
    'Download PDF: MI-SecurityChatter-040925',
  ].join('\n\n');
}

function asMarkdown(items: SegmentedItem[]): string {
  return [
    '## Security Chatter',
    'April 9, 2025',
    '*By Fausto Carbajal, Partner, Miranda Delphi Solutions*',
    ...items.flatMap((item) => [`### **${item.headline}**`, item.summary, `Source: [${item.source.outlet ?? 'Reforma'}](#)`]),
  ].join('\n\n');
}

function asHtml(items: SegmentedItem[]): string {
  const cell = (inner: string) => `<tr><td style="padding:0 24px 24px 24px;"><table role="presentation" width="100%"><tr><td>${inner}</td></tr></table></td></tr>`;
  const item = (i: SegmentedItem) =>
    cell(
      `<h3><strong>${i.headline}</strong></h3>${i.summary
        .split('\n\n')
        .map((p) => `<p style="margin:0 0 8px 0;">${p}</p>`)
        .join('')}<p style="font-size:12px;"><strong>Source:</strong> <a href="https://example.com/a">${i.source.outlet ?? 'Reforma'}</a></p>`,
    );
  return `<!DOCTYPE html><html><head><title>Chatter</title><style>td{color:#111}</style></head><body>
<div class="preheader" style="display:none">This week in brief</div>
<table role="presentation" width="100%"><tr><td align="center"><table width="600">
${cell('<h1>MI’s Security Chatter – April 9, 2025</h1><p><em>By Fausto Carbajal Glass, Partner, Miranda Delphi Solutions</em></p>')}
${items.map(item).join('\n')}
<tr><td style="font-size:11px">You received this email because you subscribed. <a href="https://example.com/unsubscribe">Unsubscribe</a></td></tr>
</table></td></tr></table><img src="https://example.com/open.gif" width="1" height="1" alt=""></body></html>`;
}

async function measure({ name, bytes, filename }: Case): Promise<void> {
  const once = async () => (await analyzeDocument(bytes, { filename })).items.length;
  const items = await once();
  for (let i = 0; i < 20; i++) await once();
  // CPU time, not wall time: "per second on one core" should not depend on what else the machine runs.
  let runs = 0;
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  while (performance.now() - wallStart < RUN_MS) {
    await once();
    runs++;
  }
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const perSecond = (runs * 1000) / cpuMs;
  results.push({ name, items, editionsPerSecond: Math.round(perSecond), msPerEdition: Number((cpuMs / runs).toFixed(2)) });
  console.log(`${name.padEnd(28)} ${String(items).padStart(2)} items  ${perSecond.toFixed(0).padStart(6)} editions/s  ${(cpuMs / runs).toFixed(2).padStart(7)} ms/edition (CPU)`);
}

const items = await tenItems();
const encode = (text: string) => new TextEncoder().encode(text);
const cases: Case[] = [
  { name: '10-item edition, text', bytes: encode(asText(items)), filename: 'edition.txt' },
  { name: '10-item edition, Markdown', bytes: encode(asMarkdown(items)), filename: 'edition.md' },
  { name: '10-item edition, e-mail HTML', bytes: encode(asHtml(items)), filename: 'edition.html' },
  { name: 'edition.docx fixture', bytes: fixture('edition.docx'), filename: 'edition.docx' },
  { name: 'edition.pdf fixture', bytes: fixture('edition.pdf'), filename: 'edition.pdf' },
];
console.log(`read + segment + extract, one core, Node ${process.version}`);
for (const benchCase of cases) await measure(benchCase);

const out = resolve(dirname(fileURLToPath(import.meta.url)), '../../../bench/out');
mkdirSync(out, { recursive: true });
writeFileSync(resolve(out, 'ingest.json'), JSON.stringify({ node: process.version, measuredAt: new Date().toISOString(), results }, null, 2));
