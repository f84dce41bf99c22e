import { defineMessages, useMessages } from '../i18n/index.tsx';

const messages = defineMessages({
  en: { tag: 'Demo data', explained: 'Written for the demonstration: this is not the firm’s reporting.' },
  es: { tag: 'Datos de demostración', explained: 'Redactado para la demostración: no es información de la firma.' },
});

/**
 * The visible tag on demo content (demo editions and their items, demo ratings), so nobody takes it for the
 * firm's view. `explained` adds a sentence saying so, for the page of one edition or item.
 */
export function DemoTag({ explained = false }: { explained?: boolean }) {
  const t = useMessages(messages);
  const tag = <span className="badge badge-demo">{t('tag')}</span>;
  if (!explained) return tag;
  return (
    <p className="demo-note">
      {tag} {t('explained')}
    </p>
  );
}
