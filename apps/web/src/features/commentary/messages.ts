import { defineMessages } from '../../i18n/index.tsx';

export const messages = defineMessages({
  en: {
    title: 'Latest commentary',
    loading: 'Loading the latest commentary…',
    error: 'The latest commentary could not be loaded: {reason}',
    empty: 'No commentary has been published yet.',
    from: 'From',
    readEdition: 'Read the whole edition',
  },
  es: {
    title: 'Comentario más reciente',
    loading: 'Cargando el comentario más reciente…',
    error: 'No se pudo cargar el comentario más reciente: {reason}',
    empty: 'Todavía no se ha publicado ningún comentario.',
    from: 'De',
    readEdition: 'Leer la edición completa',
  },
});
