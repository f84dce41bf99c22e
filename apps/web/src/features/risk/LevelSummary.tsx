import { ratingAsOf, type StateIso } from '@atalaya/domain';
import { QueryState } from '../../app/QueryState.tsx';
import { useFormat, useLang, useMessages } from '../../i18n/index.tsx';
import { rationaleFor } from './levels.ts';
import { messages } from './messages.ts';
import { useRatingHistory } from './queries.ts';
import { DemoTag } from '../../app/DemoTag.tsx';
import { RiskBadge } from './RiskBadge.tsx';

/** A state's overall level in force on `date`, with its rationale in the reader's language: briefing mode's state slide. */
export function LevelSummary({ code, stateLabel, date }: { code: StateIso; stateLabel: string; date: string }) {
  const t = useMessages(messages);
  const format = useFormat();
  const { lang } = useLang();
  const history = useRatingHistory(code);
  return (
    <QueryState query={history} what={t('what')}>
      {(ratings) => {
        const rating = ratingAsOf(ratings, code, 'overall', date);
        if (!rating) {
          return (
            <div className="risk-summary">
              <p>
                <RiskBadge level={null} /> <span className="meta">{t('notRatedOn', { state: stateLabel, date: format.date(date) })}</span>
              </p>
            </div>
          );
        }
        const rationale = rationaleFor(rating, lang);
        return (
          <div className="risk-summary">
            <p>
              <RiskBadge level={rating.level} />
              {rating.demo ? <DemoTag /> : null} <span className="meta">{t('since', { date: format.date(rating.effectiveOn) })}</span>
            </p>
            <p className="risk-rationale" lang={rationale.lang}>
              {rationale.text}
            </p>
            {rationale.spanishMissing ? <p className="hint">{t('spanishMissing')}</p> : null}
          </div>
        );
      }}
    </QueryState>
  );
}
