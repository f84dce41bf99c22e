import type { Lang } from '../../i18n/index.tsx';

export interface AdvisoryStep {
  level: 1 | 2 | 3 | 4;
  /** The State Department's own wording, as it publishes it in English and in Spanish. */
  en: string;
  es: string;
  /** ColorBrewer PuBu (sequential, colour-blind safe): blues, so the advisory is never read as one of the firm's levels. */
  color: string;
  ink: string;
}

/** The US travel advisory's four steps: an outside reference on its own scale, never mixed with the firm's five. */
export const ADVISORY_SCALE: readonly AdvisoryStep[] = Object.freeze([
  { level: 1, en: 'Exercise normal precautions', es: 'Tome las precauciones normales', color: '#f1eef6', ink: '#1a1a1a' },
  { level: 2, en: 'Exercise increased caution', es: 'Tome mayores precauciones', color: '#bdc9e1', ink: '#1a1a1a' },
  { level: 3, en: 'Reconsider travel', es: 'Reconsidere su viaje', color: '#74a9cf', ink: '#1a1a1a' },
  { level: 4, en: 'Do not travel', es: 'No viaje', color: '#0570b0', ink: '#ffffff' },
]);

export const NO_ADVISORY = { en: 'No advisory', es: 'Sin aviso' } as const;

export function advisoryStep(level: number): AdvisoryStep | undefined {
  return ADVISORY_SCALE[level - 1];
}

/** "4 · Do not travel", or "No advisory" for a state without one on the date. */
export function advisoryText(level: number | null, lang: Lang): string {
  const step = level === null ? undefined : advisoryStep(level);
  return step ? `${step.level} · ${step[lang]}` : NO_ADVISORY[lang];
}

/** The sites that reported a vintage, by host name ("mexicodailypost.news"): the advisory's sources as a reader recognises them. */
export function sourceHosts(urls: readonly string[]): string[] {
  const hosts = urls.flatMap((url) => {
    try {
      return [new URL(url).hostname.replace(/^www\./, '')];
    } catch {
      return [];
    }
  });
  return [...new Set(hosts)];
}
