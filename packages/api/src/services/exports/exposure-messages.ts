import type { ExportLang } from './labels.ts';
import { tableTranslator } from './messages.ts';

const en = {
  title: 'Exposure: {org}',
  asOf: 'Levels in force on {date}',
  generated: 'Generated {time} UTC',
  page: 'Page {n} of {total}',
  mapTitle: 'Sites by level',
  legend: 'Risk level (the firm’s rating)',
  notRated: 'Not rated',
  site: 'Site',
  place: 'Place',
  level: 'Level',
  days30: '30 days ago',
  days90: '90 days ago',
  items: 'Items, 7 / 30 days',
  advisory: 'US advisory',
  fromLocality: 'city rating',
  fromState: 'state rating',
  none: '—',
  more: '…and {n} more sites: the sites CSV lists them all.',
  noSites: 'This organisation has no sites yet.',
  scaleNote:
    'Level: the firm’s rating, from 1 (low) to 5 (extreme); a city’s own rating, where there is one, prevails over its state’s. US advisory: the US State Department’s travel advisory (levels 1 to 4), shown for comparison and never blended into the level. Items: published items about the state (and, by name, the city) in the last 7 and 30 days.',
  demo: 'Demo data: some ratings here are illustrative, not the firm’s view.',
};

type Messages = Record<keyof typeof en, string>;

const es: Messages = {
  title: 'Exposición al riesgo: {org}',
  asOf: 'Niveles vigentes al {date}',
  generated: 'Generado el {time} UTC',
  page: 'Página {n} de {total}',
  mapTitle: 'Instalaciones por nivel',
  legend: 'Nivel de riesgo (calificación de la firma)',
  notRated: 'Sin calificar',
  site: 'Instalación',
  place: 'Lugar',
  level: 'Nivel',
  days30: 'Hace 30 días',
  days90: 'Hace 90 días',
  items: 'Notas, 7 / 30 días',
  advisory: 'Aviso de EE. UU.',
  fromLocality: 'nivel de la ciudad',
  fromState: 'nivel del estado',
  none: '—',
  more: '…y {n} instalaciones más: el CSV de instalaciones las incluye todas.',
  noSites: 'Esta organización aún no tiene instalaciones.',
  scaleNote:
    'Nivel: la calificación de la firma, de 1 (bajo) a 5 (extremo); la calificación propia de una ciudad, cuando la tiene, prevalece sobre la de su estado. Aviso de EE. UU.: el aviso de viaje del Departamento de Estado (niveles 1 a 4), mostrado como referencia y nunca mezclado con el nivel. Notas: notas publicadas sobre el estado (y, por nombre, la ciudad) en los últimos 7 y 30 días.',
  demo: 'Datos de demostración: algunas calificaciones son ilustrativas, no la opinión de la firma.',
};

const MESSAGES: Record<ExportLang, Messages> = { en, es };

/** The exposure PDF's wording in one language. */
export const exposureTranslator = (lang: ExportLang) => tableTranslator<keyof Messages>(MESSAGES[lang]);
export type ExposureTranslate = ReturnType<typeof exposureTranslator>;
