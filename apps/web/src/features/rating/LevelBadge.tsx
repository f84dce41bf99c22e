import { RISK_SCALE } from '@atalaya/domain';
import { useLang, useMessages } from '../../i18n/index.tsx';
import { levelColors, levelName } from './labels.ts';
import { messages } from './messages.ts';

/** A level as a coloured pill that always carries its name in text (grey "Not rated" when there is none). */
export function LevelBadge({ level }: { level: number | null | undefined }) {
  const { lang } = useLang();
  return (
    <span className="level-badge" style={levelColors(level)}>
      {levelName(level, lang)}
    </span>
  );
}

/** The five steps with their colours and numbers. */
export function ScaleLegend() {
  const t = useMessages(messages);
  const { lang } = useLang();
  return (
    <div className="level-legend">
      <span className="hint">{t('scaleLegend')}:</span>
      <ul>
        {RISK_SCALE.map((step) => (
          <li key={step.level}>
            <span className="level-badge" style={levelColors(step.level)}>
              {t('levelOption', { n: step.level, label: step[lang] })}
            </span>
          </li>
        ))}
        <li>
          <LevelBadge level={null} />
        </li>
      </ul>
    </div>
  );
}
