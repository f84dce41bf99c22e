import { defineMessages } from '../../i18n/index.tsx';

export const messages = defineMessages({
  en: {
    label: 'Export',
    items: 'Items (CSV)',
    observations: 'Observations (CSV)',
    briefing: 'Briefing pack (PDF)',
  },
  es: {
    label: 'Exportar',
    items: 'Notas (CSV)',
    observations: 'Cifras (CSV)',
    briefing: 'Dosier informativo (PDF)',
  },
});
