import { defineMessages } from '../../i18n/index.tsx';

export const messages = defineMessages({
  en: {
    title: 'Dashboard',
    badLink: 'This link has a filter Atalaya cannot read ({reason}); showing everything instead.',
    loadingMap: 'Loading the map…',
  },
  es: {
    title: 'Tablero',
    badLink: 'Este enlace trae un filtro que Atalaya no puede leer ({reason}); se muestra todo.',
    loadingMap: 'Cargando el mapa…',
  },
});
