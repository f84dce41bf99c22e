import { riskCategoryInfo, scopeLabel } from '@atalaya/domain';
import { Link } from 'react-router';
import { useFormat, useLang, useMessages } from '../../i18n/index.tsx';
import { DemoTag } from '../../app/DemoTag.tsx';
import { LevelBadge } from '../rating/LevelBadge.tsx';
import { messages } from './messages.ts';
import type { ExposureData } from './types.ts';

/** Why the sites stand where they do: each rating behind their levels, its rationale and the items cited as evidence. */
export function RatingsPanel({ data }: { data: ExposureData }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const { lang } = useLang();
  if (data.ratings.length === 0) return <p className="empty">{t('noRatings')}</p>;
  const ratings = [...data.ratings].sort((a, b) => b.level - a.level || a.scope.localeCompare(b.scope));
  return (
    <ul className="ratings-list">
      {ratings.map((r) => {
        const rationale = lang === 'es' ? (r.rationaleEs ?? r.rationaleEn) : r.rationaleEn;
        return (
          <li key={r.id} className="rating-card">
            <h3>
              {t('ratingHeading', { place: scopeLabel(r.scope), date: fmt.date(r.effectiveOn) })}
              {r.category !== 'overall' ? ` · ${riskCategoryInfo(r.category)?.[lang] ?? r.category}` : ''}
              {r.demo ? <DemoTag /> : null}
            </h3>
            <LevelBadge level={r.level} />
            {lang === 'es' && r.rationaleEs === null ? <p className="hint">{t('rationaleMissing')}</p> : null}
            <p className="rationale" lang={lang === 'es' && r.rationaleEs !== null ? 'es' : 'en'}>
              {rationale}
            </p>
            {r.evidence.length ? (
              <>
                <p className="meta">{t('evidence')}</p>
                <ul>
                  {r.evidence.map((e) => (
                    <li key={e.id}>
                      <Link to={`/items/${e.id}`}>{e.headline}</Link> <span className="citation">({[fmt.date(e.date), e.outlet].filter(Boolean).join(' · ')})</span>
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p className="hint">{t('noEvidence')}</p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
