import { NOT_RATED, riskLevelInfo } from '@atalaya/domain';
import { useLang, useMessages } from '../../i18n/index.tsx';
import { advisoryStep } from './advisory.ts';
import { messages } from './messages.ts';
import './risk.css';

/** A level in words on its scale colour ("Level 4 · High"); a place never rated reads "Not rated" on a hatched grey, never level 1. */
export function RiskBadge({ level, className }: { level: number | null; className?: string }) {
  const t = useMessages(messages);
  const { lang } = useLang();
  const info = level === null ? undefined : riskLevelInfo(level);
  const classes = ['risk-badge', info ? `risk-badge-${info.level}` : 'risk-badge-not-rated', className].filter(Boolean).join(' ');
  return (
    <span className={classes} style={info ? { background: info.color, color: info.ink } : undefined}>
      {info ? t('level', { n: info.level, label: info[lang] }) : NOT_RATED[lang]}
    </span>
  );
}

/** A US travel advisory level on its own blue scale, with its step out of four in words ("Level 4 of 4 · Do not travel"). */
export function AdvisoryBadge({ level }: { level: number }) {
  const t = useMessages(messages);
  const { lang } = useLang();
  const step = advisoryStep(level);
  if (!step) return null;
  return (
    <span className="risk-badge advisory-badge" style={{ background: step.color, color: step.ink }}>
      {t('advisoryLevel', { n: step.level, label: step[lang] })}
    </span>
  );
}
