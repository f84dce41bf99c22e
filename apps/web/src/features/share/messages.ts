import { defineMessages } from '../../i18n/index.tsx';

export const messages = defineMessages({
  en: {
    loading: 'Opening the shared view…',
    banner: 'Shared view: {name} · read-only · expires {date}',
    bannerLabel: 'Shared view',
    untitled: 'untitled view',
    invalidTitle: 'This link is no longer valid',
    invalidBody: 'It may have expired or been revoked. Ask the person who sent it for a new one.',
    failed: 'The shared view could not be opened: {reason}',
    retry: 'Try again',
  },
  es: {
    loading: 'Abriendo la vista compartida…',
    banner: 'Vista compartida: {name} · solo lectura · caduca el {date}',
    bannerLabel: 'Vista compartida',
    untitled: 'vista sin nombre',
    invalidTitle: 'Este enlace ya no es válido',
    invalidBody: 'Puede haber caducado o haber sido revocado. Pida uno nuevo a quien se lo envió.',
    failed: 'No se pudo abrir la vista compartida: {reason}',
    retry: 'Reintentar',
  },
});
