import type { Lang } from '../../i18n/index.tsx';
import { sourceHosts } from '../risk/advisory.ts';
import { legendEntries, type Classification, type LegendEntry } from './classes.ts';
import { formatDay, translator, type LayerTime, type Translate } from './format.ts';
import { statusSummary, type MapLayer, type StateDatum } from './layers.ts';
import { advisoryLegendEntries, advisorySources, advisoryVintages, riskLegendEntries } from './risk-layer.ts';

/** Where a layer's figures come from, as the legend cites it: words, then the pages to follow. */
export interface LegendSource {
  text: string;
  links: Array<{ label: string; url: string }>;
}

export interface LayerLegend {
  title: string;
  entries: LegendEntry[];
  /** A line under the legend: what the layer is, and what its gaps mean. */
  note: string | null;
  source: LegendSource | null;
}

/** A layer's legend in the reader's language: its title, its entries with their counts, its note and source. Data in, words out. */
export function layerLegend(layer: MapLayer, data: readonly StateDatum[] | null, classes: Classification | null, time: LayerTime, lang: Lang): LayerLegend {
  const t = translator(lang);
  const values = data?.map((d) => d.value) ?? [];
  switch (layer) {
    case 'homicide_rate':
      return {
        title: time.year ? t('legendTitle_homicide_rate', { year: time.year }) : t('layer_homicide_rate'),
        entries: data ? legendEntries(classes, values) : [],
        note: homicideNote(data, time.year, t),
        source: null,
      };
    case 'risk_level': {
      const date = formatDay(time.levelsOn, lang);
      const demo = data?.some((d) => d.risk?.demo) ? ` ${t('riskDemoNote')}` : '';
      return {
        title: t('legendTitle_risk_level', { date }),
        entries: data ? riskLegendEntries(data) : [],
        note: data ? `${t(time.levelsToday ? 'riskNoteToday' : 'riskNote', { date })}${demo}` : null,
        source: null,
      };
    }
    case 'us_advisory': {
      const vintages = data ? advisoryVintages(data) : [];
      const sources = data ? advisorySources(data) : { issuers: [], urls: [], notes: [] };
      return {
        title: vintages.length ? t('legendTitle_us_advisory', { vintage: vintages.map((v) => formatDay(v, lang)).join(', ') }) : t('legendTitle_us_advisory_none'),
        entries: data ? advisoryLegendEntries(data) : [],
        note: data ? [t('advisoryNote'), ...sources.notes].join(' ') : null,
        source: sources.issuers.length
          ? { text: t('advisorySource', { issuer: sources.issuers.join(', ') }), links: sources.urls.map((url) => ({ url, label: sourceHosts([url])[0] ?? url })) }
          : null,
      };
    }
    default:
      return { title: t(`legendTitle_${layer}`), entries: data ? legendEntries(classes, values) : [], note: null, source: null };
  }
}

function homicideNote(data: readonly StateDatum[] | null, year: number | null, t: Translate): string | null {
  if (!data) return null;
  if (!year) return t('homicideEmpty');
  return t('homicideNote', { year, ...statusSummary(data) });
}
