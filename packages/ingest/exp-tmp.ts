import { readFileSync } from 'node:fs';
import { parseDocument, readDocument } from './src/index.ts';
const dir = 'test/fixtures';
for (const f of process.argv.slice(2)) {
  const bytes = readFileSync(`${dir}/${f}`);
  const r = await readDocument(bytes, { filename: f });
  if (process.env.SHOW) console.log(r.text);
  const e = await parseDocument(bytes, { filename: f });
  console.log('=====', f, e.format, JSON.stringify({ title: e.title, publishedOn: e.publishedOn, author: e.author, commentary: e.commentary?.slice(0, 80) }));
  for (const it of e.items) {
    console.log('-', it.kind, JSON.stringify(it.headline), '|', JSON.stringify(e.text.slice(it.headlineSpan.start, it.headlineSpan.end)));
    console.log('   ', JSON.stringify(it.source), it.summary.split('\n\n').length, 'paras', JSON.stringify(it.summary.slice(0, 60)), '…', JSON.stringify(it.summary.slice(-40)));
  }
}
