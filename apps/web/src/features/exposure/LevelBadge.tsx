import { useLang, useMessages } from '../../i18n/index.tsx';
import { messages } from './messages.ts';
import { levelLook } from './model.ts';

/** A level as the product shows it everywhere: its number and name on its colour (never the colour alone). */
export function LevelBadge({ level }: { level: number | null }) {
  const { lang } = useLang();
  const t = useMessages(messages);
  const look = levelLook(level, lang);
  return (
    <span className={level === null ? 'level-badge level-badge-none' : 'level-badge'} style={{ background: look.color, color: look.ink }}>
      {level === null ? look.label : t('levelValue', { level, label: look.label })}
    </span>
  );
}

/** The visible tag on demo content, so nobody takes it for the firm's view. */
export function DemoTag() {
  const t = useMessages(messages);
  return (
    <span className="badge badge-demo" title={t('demoTitle')}>
      {t('demo')}
    </span>
  );
}
