import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as Axe from 'axe-core';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { SCREENSHOTS } from './browser.ts';

// Evaluated through the DevTools protocol rather than added as a <script> tag: the app's CSP
// (script-src 'self') rightly refuses inline scripts, and the page should be audited under its real CSP.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Third-party markup axe may not judge. maplibre's canvas and its controls are drawn by maplibre;
 * everything of ours around them (the labelled map region, the state table, the legend) is audited.
 * Empty for now: add a selector here only with the reason maplibre's options cannot fix it.
 */
const THIRD_PARTY: string[] = [];

/** A violation as a line a developer can act on: rule, impact, help, and the offending elements. */
function describeViolations(violations: Axe.Result[]): string {
  return violations
    .map((v) => {
      const targets = v.nodes.map((n) => `    ${n.target.map(String).join(' ')}${n.failureSummary ? `\n      ${n.failureSummary.replace(/\n\s*/g, ' | ')}` : ''}`);
      return `${v.id} [${v.impact ?? 'no impact'}] ${v.help} (${v.helpUrl})\n${targets.join('\n')}`;
    })
    .join('\n');
}

/** Runs axe-core on the page, saves a full-page screenshot, and fails on serious or critical violations. */
export async function audit(page: Page, name: string): Promise<void> {
  // Settle: fonts, lazy chunks and queries in flight, so axe sees the screen a user sees.
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.screenshot({ path: path.join(SCREENSHOTS, `a11y-${name}.png`), fullPage: true });
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    (exclude) => {
      const axe = (window as unknown as { axe: typeof Axe }).axe;
      return axe.run(exclude.length > 0 ? { include: [document.documentElement], exclude: exclude.map((s) => [s]) } : document, {
        resultTypes: ['violations'],
      });
    },
    THIRD_PARTY,
  );
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const minor = results.violations.filter((v) => !blocking.includes(v));
  if (minor.length > 0) console.warn(`axe on ${name} (${page.url()}), minor or moderate:\n${describeViolations(minor)}`);
  expect(
    blocking.map((v) => `${v.id} (${v.impact})`),
    `axe on ${name} (${page.url()}):\n${describeViolations(blocking)}`,
  ).toEqual([]);
}
