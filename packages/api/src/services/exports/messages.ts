import type { ExportLang } from './labels.ts';

const en = {
  title: 'Atalaya briefing',
  generated: 'Generated {time} UTC',
  page: 'Page {n} of {total}',
  commentary: 'Latest commentary',
  noCommentary: 'No edition with a commentary has been published yet.',
  keyFigures: 'Key figures',
  previous: 'Previous period: {value}',
  noComparison: 'No comparison: the filter has no closed date range.',
  source: 'Source: {source}',
  sources: 'Sources: {sources}',
  items: 'Items',
  transfers: 'Prisoner transfers to the US',
  seizures: 'Seizures: {drug}',
  seizuresLabel: 'Drug seizures',
  seizuresNone: 'No seizures reported in the items of this period.',
  homicideRate: 'National homicide rate {year}',
  homicideRateNone: 'No INEGI figure up to the end of this period.',
  noData: 'No data',
  mapTitle: 'Items by state',
  mapNote: 'Published items that name each state. An item can name several states.',
  noItems: 'No items',
  topStates: 'Most items',
  trends: 'Trends',
  trendNone: 'No figures for this period.',
  perHundredK: 'per 100,000 inhabitants',
  caseFilesNote: 'Monthly figures; with states selected, per 100,000 inhabitants so that states and the country compare.',
  transfersNote: 'People sent to date (every transfer, whatever the filter’s dates).',
  seizuresNote: 'One group of bars per reported period, one bar per drug.',
  itemsHeading: 'Items ({count})',
  itemsCapped: 'Showing the {shown} most recent of {total} items. The items CSV export has all of them.',
  itemsNone: 'No published item matches this filter.',
  allDates: 'All dates',
  everything: 'everything published',
  since: 'Since {date}',
  until: 'Until {date}',
  range: '{from} – {to}',
  states: 'States: {list}',
  topics: 'Topics: {list}',
  orgs: 'Organisations: {list}',
  search: 'Search: “{q}”',
  view: 'View: {name}',
  status_preliminary: 'preliminary',
  status_definitive: 'definitive',
  drug_total: 'Total',
  unit_people: 'people',
  unit_pills: 'pills',
  unit_case_files: 'case files',
  src_items: 'Published newsletter items',
  src_figures: 'Figures reported in the items',
  src_transfers: 'Gabinete de Seguridad; US Department of Justice (via press)',
  levelsTitle: 'Risk levels on {date}',
  levelsNote: 'The overall level in force on {date}, the end of the period, as rated by Atalaya’s analysts: the firm’s own judgement, not an official figure. States never rated are grey: not rated is not level 1.',
  levelsNoteToday: 'The overall level in force on {date}, the day of this briefing (its period is open-ended), as rated by Atalaya’s analysts: the firm’s own judgement, not an official figure. States never rated are grey: not rated is not level 1.',
  levelName: 'Level {n} · {label}',
  levelSince: 'since {date}',
  levelBy: 'by {author}',
  demo: 'demo data',
  spanishMissing: 'The Spanish rationale has not been written yet.',
  levelsRated: 'Rated states, highest level first',
  levelsSelected: 'The filter’s states',
  levelsNone: 'No state had been rated by {date}.',
  notRatedList: 'Not rated ({n}): {list}',
  levelChanges: 'Level changes in the period',
  levelChangesNone: 'No overall level changed in the period.',
  levelChange: '{date} · {state}: {from} → {to}',
};

type Messages = Record<keyof typeof en, string>;

const es: Messages = {
  title: 'Informe Atalaya',
  generated: 'Generado el {time} UTC',
  page: 'Página {n} de {total}',
  commentary: 'Comentario más reciente',
  noCommentary: 'Aún no se ha publicado ninguna edición con comentario.',
  keyFigures: 'Cifras clave',
  previous: 'Periodo anterior: {value}',
  noComparison: 'Sin comparación: el filtro no tiene un rango de fechas cerrado.',
  source: 'Fuente: {source}',
  sources: 'Fuentes: {sources}',
  items: 'Notas',
  transfers: 'Traslados de reos a EE. UU.',
  seizures: 'Aseguramientos: {drug}',
  seizuresLabel: 'Aseguramientos de droga',
  seizuresNone: 'Las notas de este periodo no reportan aseguramientos.',
  homicideRate: 'Tasa nacional de homicidios {year}',
  homicideRateNone: 'No hay cifra del INEGI hasta el final de este periodo.',
  noData: 'Sin datos',
  mapTitle: 'Notas por estado',
  mapNote: 'Notas publicadas que mencionan cada estado. Una nota puede mencionar varios.',
  noItems: 'Sin notas',
  topStates: 'Más notas',
  trends: 'Tendencias',
  trendNone: 'No hay cifras para este periodo.',
  perHundredK: 'por cada 100 mil habitantes',
  caseFilesNote: 'Cifras mensuales; con estados seleccionados, por cada 100 mil habitantes para comparar estados y país.',
  transfersNote: 'Personas enviadas hasta la fecha (todos los traslados, sean cuales sean las fechas del filtro).',
  seizuresNote: 'Un grupo de barras por periodo reportado, una barra por droga.',
  itemsHeading: 'Notas ({count})',
  itemsCapped: 'Se muestran las {shown} notas más recientes de {total}. La exportación CSV de notas las incluye todas.',
  itemsNone: 'Ninguna nota publicada coincide con este filtro.',
  allDates: 'Todas las fechas',
  everything: 'todo lo publicado',
  since: 'Desde el {date}',
  until: 'Hasta el {date}',
  range: '{from} – {to}',
  states: 'Estados: {list}',
  topics: 'Temas: {list}',
  orgs: 'Organizaciones: {list}',
  search: 'Búsqueda: «{q}»',
  view: 'Vista: {name}',
  status_preliminary: 'preliminar',
  status_definitive: 'definitiva',
  drug_total: 'Total',
  unit_people: 'personas',
  unit_pills: 'pastillas',
  unit_case_files: 'carpetas',
  src_items: 'Notas publicadas en el boletín',
  src_figures: 'Cifras reportadas en las notas',
  src_transfers: 'Gabinete de Seguridad; Departamento de Justicia de EE. UU. (vía prensa)',
  levelsTitle: 'Niveles de riesgo al {date}',
  levelsNote: 'Nivel general vigente el {date}, fin del periodo, según la calificación de los analistas de Atalaya: es el juicio propio de la firma, no una cifra oficial. Los estados nunca calificados aparecen en gris: sin calificar no es nivel 1.',
  levelsNoteToday: 'Nivel general vigente el {date}, día de este informe (su periodo está abierto), según la calificación de los analistas de Atalaya: es el juicio propio de la firma, no una cifra oficial. Los estados nunca calificados aparecen en gris: sin calificar no es nivel 1.',
  levelName: 'Nivel {n} · {label}',
  levelSince: 'desde el {date}',
  levelBy: 'por {author}',
  demo: 'datos de demostración',
  spanishMissing: 'La justificación en español aún no se ha redactado; se muestra la versión en inglés.',
  levelsRated: 'Estados calificados, del nivel más alto al más bajo',
  levelsSelected: 'Los estados del filtro',
  levelsNone: 'Ningún estado estaba calificado al {date}.',
  notRatedList: 'Sin calificar ({n}): {list}',
  levelChanges: 'Cambios de nivel en el periodo',
  levelChangesNone: 'Ningún nivel general cambió en el periodo.',
  levelChange: '{date} · {state}: {from} → {to}',
};

const MESSAGES: Record<ExportLang, Messages> = { en, es };

export type MessageKey = keyof Messages;

/** Messages of one table with `{name}` placeholders filled in (a placeholder without a value stays as it is). */
export function tableTranslator<K extends string>(table: Record<K, string>) {
  return (key: K, vars: Record<string, string | number> = {}) => table[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** The briefing's wording in one language, with `{name}` placeholders filled in. */
export function translator(lang: ExportLang) {
  return tableTranslator<MessageKey>(MESSAGES[lang]);
}

export type Translate = ReturnType<typeof translator>;

const UNITS: Record<string, MessageKey> = { 'per 100k': 'perHundredK', people: 'unit_people', pills: 'unit_pills', 'case files': 'unit_case_files' };

/** A series' unit in the reader's language ('kg' and the like stay as they are). */
export function unitLabel(t: Translate, unit: string): string {
  const key = UNITS[unit];
  return key ? t(key) : unit;
}

const SOURCES: Record<string, MessageKey> = { [en.src_items]: 'src_items', [en.src_figures]: 'src_figures', [en.src_transfers]: 'src_transfers' };

/** The dashboard names its own sources in English; those are translated, publishers' names are not. */
export function sourceLabel(t: Translate, source: string): string {
  const key = SOURCES[source];
  return key ? t(key) : source;
}

const locale = (lang: ExportLang) => (lang === 'es' ? 'es-MX' : 'en-GB');

/** Formatting of days ('YYYY-MM-DD', calendar days, so UTC) and numbers in the reader's language. */
export function formatter(lang: ExportLang) {
  const day = new Intl.DateTimeFormat(locale(lang), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(locale(lang), { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const number = new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 1 });
  const compact = new Intl.NumberFormat(locale(lang), { notation: 'compact', maximumFractionDigits: 1 });
  const utc = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return {
    day: (iso: string) => day.format(utc(iso)),
    month: (iso: string) => month.format(utc(iso)),
    number: (n: number) => number.format(n),
    compact: (n: number) => compact.format(n),
    /** An instant as 'YYYY-MM-DD HH:MM', in UTC. */
    instant: (d: Date) => d.toISOString().slice(0, 16).replace('T', ' '),
  };
}

export type Format = ReturnType<typeof formatter>;
