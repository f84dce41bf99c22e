import { defineMessages } from '../i18n/index.tsx';

export const messages = defineMessages({
  en: { loadingPage: 'Loading…', loading: 'Loading {what}…', failed: 'Could not load {what}: {reason}', retry: 'Try again' },
  es: { loadingPage: 'Cargando…', loading: 'Cargando {what}…', failed: 'No se pudo cargar {what}: {reason}', retry: 'Reintentar' },
});
