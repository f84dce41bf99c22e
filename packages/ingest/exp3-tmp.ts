import { readFileSync } from 'node:fs';
import { toBlocks } from './src/segment/blocks.ts';
import { splitParagraphs } from './src/segment/paragraphs.ts';
const t = readFileSync('/work/shared/seeds/column-2026-01-prisoner-transfers.txt', 'utf8');
for (const b of toBlocks(splitParagraphs(t, 'text'), t)) console.log(b.kind, b.gapBefore, b.sectionBreak, JSON.stringify(b.plain.slice(0, 60)));
