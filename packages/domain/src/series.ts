import { z } from 'zod';

/** How observations of one series combine over a longer period or a larger area. */
export type Aggregation = 'sum' | 'latest' | 'mean';

/**
 * 'official': published by the agency that produces the figure; 'third_party':
 * computed or compiled by someone else from official data; 'press': reported
 * by the press; 'extracted': a figure quoted in an item and pulled out of it.
 */
export type SourceKind = 'official' | 'third_party' | 'press' | 'extracted';

export type SeriesFamily = 'homicide' | 'seizure' | 'transfer' | 'missing' | 'border';

export const SERIES_KEYS = [
  'homicide_rate_inegi',
  'homicides_inegi',
  'homicide_rate_mpi',
  'homicide_victims_sesnsp',
  'homicide_victims_daily_sesnsp',
  'homicide_case_files_sesnsp',
  'homicide_rate',
  'homicide_victims',
  'drug_seizures_cabinet_kg',
  'drug_seizures_sedena_kg',
  'drug_seizure_kg',
  'fentanyl_pills_seized',
  'fentanyl_seizures_cbp_lb',
  'prisoner_transfers',
  'missing_persons',
  'border_encounters',
] as const;

export type SeriesKey = (typeof SERIES_KEYS)[number];

export const DRUGS = [
  'fentanyl',
  'methamphetamine',
  'cocaine',
  'marijuana',
  'heroin',
  'fentanyl_pills',
  'other',
] as const;

export type Drug = (typeof DRUGS)[number];

/** Each drug's name in English and Spanish, as charts, cards and exports show it. */
export const DRUG_LABELS: Record<Drug, { en: string; es: string }> = {
  fentanyl: { en: 'Fentanyl', es: 'Fentanilo' },
  methamphetamine: { en: 'Methamphetamine', es: 'Metanfetamina' },
  cocaine: { en: 'Cocaine', es: 'Cocaína' },
  marijuana: { en: 'Marijuana', es: 'Marihuana' },
  heroin: { en: 'Heroin', es: 'Heroína' },
  fentanyl_pills: { en: 'Fentanyl pills', es: 'Pastillas de fentanilo' },
  other: { en: 'Other drugs', es: 'Otras drogas' },
};

export const isDrug = (value: string): value is Drug => Object.hasOwn(DRUG_LABELS, value);

/** A drug key as a label in `lang`; anything else is returned as it is. */
export function drugLabel(drug: string, lang: 'en' | 'es'): string {
  return isDrug(drug) ? DRUG_LABELS[drug][lang] : drug;
}

export interface MetricSeries {
  key: SeriesKey;
  unit: string;
  label: { en: string; es: string };
  aggregation: Aggregation;
  sourceKind: SourceKind;
  /**
   * Series of one family measure the same kind of thing but must never share
   * a line or a map: INEGI death certificates and SESNSP case files count
   * different events, and army-only seizures are a fraction of the cabinet's.
   */
  family: SeriesFamily;
  /** Publisher of the figures. */
  source: string;
  /** Set when each observation is broken down by drug (see DRUGS). */
  dimension?: 'drug';
  description: { en: string; es: string };
}

type SeriesRow = Omit<MetricSeries, 'key'>;

const ROWS: Record<SeriesKey, SeriesRow> = {
  homicide_rate_inegi: {
    unit: 'per 100k',
    label: { en: 'Homicide rate (INEGI)', es: 'Tasa de homicidios (INEGI)' },
    aggregation: 'latest',
    sourceKind: 'official',
    family: 'homicide',
    source: 'INEGI',
    description: {
      en: 'Homicides per 100,000 inhabitants counted from death certificates, by place of occurrence.',
      es: 'Homicidios por cada 100 mil habitantes, contados a partir de los certificados de defunción, por lugar de ocurrencia.',
    },
  },
  homicides_inegi: {
    unit: 'deaths',
    label: { en: 'Homicides (INEGI)', es: 'Homicidios (INEGI)' },
    aggregation: 'sum',
    sourceKind: 'official',
    family: 'homicide',
    source: 'INEGI',
    description: {
      en: 'Deaths by homicide counted from death certificates. Preliminary and definitive figures are kept apart.',
      es: 'Defunciones por homicidio según los certificados de defunción. Las cifras preliminares y definitivas se guardan por separado.',
    },
  },
  homicide_rate_mpi: {
    unit: 'per 100k',
    label: { en: 'Homicide rate (Mexico Peace Index)', es: 'Tasa de homicidios (Índice de Paz México)' },
    aggregation: 'latest',
    sourceKind: 'third_party',
    family: 'homicide',
    source: 'IEP Mexico Peace Index',
    description: {
      en: 'Homicide indicator of the Institute for Economics and Peace, computed from SESNSP victim counts.',
      es: 'Indicador de homicidios del Instituto para la Economía y la Paz, calculado con las víctimas que reporta el SESNSP.',
    },
  },
  homicide_victims_sesnsp: {
    unit: 'victims',
    label: { en: 'Homicide victims (SESNSP)', es: 'Víctimas de homicidio (SESNSP)' },
    aggregation: 'sum',
    sourceKind: 'official',
    family: 'homicide',
    source: 'SESNSP',
    description: {
      en: 'Victims of intentional homicide recorded in state prosecutors’ case files.',
      es: 'Víctimas de homicidio doloso registradas en las carpetas de investigación de las fiscalías estatales.',
    },
  },
  homicide_victims_daily_sesnsp: {
    unit: 'victims/day',
    label: { en: 'Daily homicide victims (SESNSP)', es: 'Víctimas de homicidio por día (SESNSP)' },
    aggregation: 'mean',
    sourceKind: 'official',
    family: 'homicide',
    source: 'SESNSP',
    description: {
      en: 'Average number of intentional homicide victims per day over the period.',
      es: 'Promedio diario de víctimas de homicidio doloso en el periodo.',
    },
  },
  homicide_case_files_sesnsp: {
    unit: 'case files',
    label: {
      en: 'Homicide case files (SESNSP, third-party compilation)',
      es: 'Carpetas de investigación por homicidio (SESNSP, compilación de terceros)',
    },
    aggregation: 'sum',
    sourceKind: 'third_party',
    family: 'homicide',
    source: 'SESNSP (third-party compilation)',
    description: {
      en: 'Investigation files opened for homicide, compiled by a third party from SESNSP’s monthly municipal data. One file can cover several victims.',
      es: 'Carpetas de investigación abiertas por homicidio, compiladas por terceros a partir de los datos municipales mensuales del SESNSP. Una carpeta puede abarcar varias víctimas.',
    },
  },
  homicide_rate: {
    unit: 'per 100k',
    label: { en: 'Homicide rate (as reported)', es: 'Tasa de homicidios (según reportes)' },
    aggregation: 'latest',
    sourceKind: 'extracted',
    family: 'homicide',
    source: 'Press reports',
    description: {
      en: 'A homicide rate quoted in a press item or newsletter; the item says which source it relies on.',
      es: 'Tasa de homicidios citada en una nota o en el boletín; la nota indica en qué fuente se basa.',
    },
  },
  homicide_victims: {
    unit: 'victims',
    label: { en: 'Homicide victims (as reported)', es: 'Víctimas de homicidio (según reportes)' },
    aggregation: 'sum',
    sourceKind: 'extracted',
    family: 'homicide',
    source: 'Press reports',
    description: {
      en: 'A count of homicide victims quoted in a press item or newsletter.',
      es: 'Número de víctimas de homicidio citado en una nota o en el boletín.',
    },
  },
  drug_seizures_cabinet_kg: {
    unit: 'kg',
    label: { en: 'Drug seizures, Security Cabinet', es: 'Aseguramientos de droga, Gabinete de Seguridad' },
    aggregation: 'sum',
    sourceKind: 'official',
    family: 'seizure',
    source: 'Gabinete de Seguridad',
    dimension: 'drug',
    description: {
      en: 'Drugs seized by all federal forces together, as the Security Cabinet reports them, by drug.',
      es: 'Droga asegurada por el conjunto de las fuerzas federales, según el Gabinete de Seguridad, por tipo de droga.',
    },
  },
  drug_seizures_sedena_kg: {
    unit: 'kg',
    label: { en: 'Drug seizures, Army (Sedena)', es: 'Aseguramientos de droga, Ejército (Sedena)' },
    aggregation: 'sum',
    sourceKind: 'official',
    family: 'seizure',
    source: 'Sedena',
    dimension: 'drug',
    description: {
      en: 'Drugs seized by the Army alone, by drug. Far lower than the cabinet-wide figure; do not compare the two directly.',
      es: 'Droga asegurada solo por el Ejército, por tipo de droga. Mucho menor que la cifra de todo el Gabinete; no deben compararse directamente.',
    },
  },
  drug_seizure_kg: {
    unit: 'kg',
    label: { en: 'Drug seizures (as reported)', es: 'Aseguramientos de droga (según reportes)' },
    aggregation: 'sum',
    sourceKind: 'extracted',
    family: 'seizure',
    source: 'Press reports',
    dimension: 'drug',
    description: {
      en: 'Quantity of a drug seized in an operation or period, as quoted in a press item.',
      es: 'Cantidad de droga asegurada en un operativo o periodo, según la cita una nota de prensa.',
    },
  },
  fentanyl_pills_seized: {
    unit: 'pills',
    label: { en: 'Fentanyl pills seized', es: 'Pastillas de fentanilo aseguradas' },
    aggregation: 'sum',
    sourceKind: 'official',
    family: 'seizure',
    source: 'Gabinete de Seguridad',
    description: {
      en: 'Counterfeit pills containing fentanyl seized by Mexican authorities, counted in pills rather than weight.',
      es: 'Pastillas apócrifas con fentanilo aseguradas por autoridades mexicanas, contadas por pieza y no por peso.',
    },
  },
  fentanyl_seizures_cbp_lb: {
    unit: 'lb',
    label: { en: 'Fentanyl seizures, US CBP', es: 'Decomisos de fentanilo, CBP de EU' },
    aggregation: 'sum',
    sourceKind: 'official',
    family: 'seizure',
    source: 'US CBP',
    description: {
      en: 'Fentanyl seized by US Customs and Border Protection, in pounds, at or near the border.',
      es: 'Fentanilo decomisado por la Oficina de Aduanas y Protección Fronteriza de EU, en libras, en la frontera o cerca de ella.',
    },
  },
  prisoner_transfers: {
    unit: 'people',
    label: { en: 'Prisoners sent to the US', es: 'Reos enviados a EU' },
    aggregation: 'sum',
    sourceKind: 'official',
    family: 'transfer',
    source: 'Gabinete de Seguridad',
    description: {
      en: 'People handed over by Mexico to the United States, by extradition or by mass transfer under the National Security Law.',
      es: 'Personas entregadas por México a Estados Unidos, por extradición o por traslado masivo con base en la Ley de Seguridad Nacional.',
    },
  },
  missing_persons: {
    unit: 'people',
    label: { en: 'Missing persons', es: 'Personas desaparecidas' },
    aggregation: 'latest',
    sourceKind: 'extracted',
    family: 'missing',
    source: 'Press reports',
    description: {
      en: 'People registered as missing or disappeared, as a running total quoted in a press item.',
      es: 'Personas registradas como desaparecidas o no localizadas, como total acumulado citado en una nota.',
    },
  },
  border_encounters: {
    unit: 'encounters',
    label: { en: 'Border encounters', es: 'Encuentros en la frontera' },
    aggregation: 'sum',
    sourceKind: 'extracted',
    family: 'border',
    source: 'Press reports',
    description: {
      en: 'Encounters of migrants by US authorities at the southwest border, as quoted in a press item.',
      es: 'Encuentros de migrantes por autoridades de EU en la frontera suroeste, según los cita una nota.',
    },
  },
};

export const SERIES: readonly MetricSeries[] = Object.freeze(
  SERIES_KEYS.map((key): MetricSeries => Object.freeze({ key, ...ROWS[key] })),
);

const BY_KEY = new Map<string, MetricSeries>(SERIES.map((s) => [s.key, s]));

export function seriesByKey(k: string): MetricSeries | undefined {
  return BY_KEY.get(k);
}

export const zSeriesKey = z.enum(SERIES_KEYS, {
  error: (iss) => `Unknown series "${String(iss.input)}"`,
});
