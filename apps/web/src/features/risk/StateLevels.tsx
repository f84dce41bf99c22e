import { localityByKey, riskLevelInfo, type RiskCategory, type StateIso } from '@atalaya/domain';
import { lazy, Suspense, useId } from 'react';
import { Link } from 'react-router';
import { QueryState } from '../../app/QueryState.tsx';
import { ScrollTable } from '../../app/ScrollTable.tsx';
import { useFormat, useLang, useMessages } from '../../i18n/index.tsx';
import { categoryName } from '../rating/labels.ts';
import { sourceHosts } from './advisory.ts';
import { currentLevels, historyRows, levelSteps, localityLevels, rationaleFor, type CategoryLevel } from './levels.ts';
import { messages } from './messages.ts';
import { useAdvisory, useRatingHistory } from './queries.ts';
import { DemoTag } from '../../app/DemoTag.tsx';
import { AdvisoryBadge, RiskBadge } from './RiskBadge.tsx';
import type { RatingEntry } from './types.ts';

const LevelHistoryChart = lazy(() => import('./LevelHistoryChart.tsx'));

/**
 * The state profile's risk levels: the firm's rating per category in force on `date` (the end of the
 * filter's period), each with its rationale, evidence, date and author; places rated separately; and
 * the history of level changes as a step chart with the same steps as a table.
 */
export function StateLevels({ code, stateLabel, date, today }: { code: StateIso; stateLabel: string; date: string; today: string }) {
  const t = useMessages(messages);
  const format = useFormat();
  const headingId = useId();
  const history = useRatingHistory(code);
  return (
    <section className="panel risk-levels" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('heading')}</h2>
      <p className="hint">{t(date === today ? 'asOfToday' : 'asOf', { date: format.date(date) })}</p>
      <QueryState query={history} what={t('what')}>
        {(ratings) => <LevelsBody ratings={ratings} code={code} stateLabel={stateLabel} date={date} today={today} />}
      </QueryState>
    </section>
  );
}

function LevelsBody({ ratings, code, stateLabel, date, today }: { ratings: RatingEntry[]; code: StateIso; stateLabel: string; date: string; today: string }) {
  const t = useMessages(messages);
  const format = useFormat();
  const { lang } = useLang();
  const historyId = useId();
  const localitiesId = useId();
  const current = currentLevels(ratings, code, date);
  const localities = localityLevels(ratings, code, date);
  const steps = levelSteps(ratings, code, today > date ? today : date);
  const rows = historyRows(ratings);
  const placeName = (scope: string) => (scope === code ? stateLabel : (localityByKey(scope)?.name ?? scope));
  const levelText = (level: number) => {
    const info = riskLevelInfo(level);
    return info ? `${level} ${info[lang]}` : String(level);
  };
  return (
    <>
      <div className="risk-top">
        {current[0] ? <CategoryCard entry={current[0]} stateLabel={stateLabel} date={date} /> : null}
        <AdvisoryCard code={code} stateLabel={stateLabel} date={date} />
      </div>
      <div className="risk-grid">
        {current.slice(1).map((entry) => (
          <CategoryCard key={entry.category} entry={entry} stateLabel={stateLabel} date={date} />
        ))}
      </div>
      {localities.length > 0 ? (
        <section aria-labelledby={localitiesId}>
          <h3 id={localitiesId}>{t('localities')}</h3>
          <p className="hint">{t('localitiesHint')}</p>
          <ul className="risk-localities">
            {localities.map((l) => (
              <li key={`${l.scope}|${l.category}`}>
                <strong>{l.name}</strong> · {categoryName(l.category, lang)}: <RiskBadge level={l.rating.level} />{' '}
                <span className="meta">{t('since', { date: format.date(l.rating.effectiveOn) })}</span>
                {l.rating.demo ? <DemoTag /> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby={historyId}>
        <h3 id={historyId}>{t('history')}</h3>
        {rows.length === 0 ? (
          <p className="empty">{t('historyNone')}</p>
        ) : (
          <>
            {steps.rows.length > 0 ? (
              <Suspense fallback={<div className="risk-chart chart-placeholder">{t('loadingChart')}</div>}>
                <LevelHistoryChart
                  rows={steps.rows}
                  categories={steps.categories}
                  categoryLabel={(c: RiskCategory) => categoryName(c, lang)}
                  levelLabel={levelText}
                  formatDate={format.date}
                />
              </Suspense>
            ) : null}
            <p className="hint">{t('historyNote')}</p>
            <details className="chart-data">
              <summary>{t('showHistory')}</summary>
              <ScrollTable
                caption={<caption className="visually-hidden">{t('history')}</caption>}
                columns={[t('colDate'), t('colPlace'), t('colCategory'), t('colLevel'), t('colAuthor')]}
              >
                {rows.map(({ rating, previous }) => (
                  <tr key={rating.id}>
                    <th scope="row">{format.date(rating.effectiveOn)}</th>
                    <td>{placeName(rating.scope)}</td>
                    <td>{categoryName(rating.category, lang)}</td>
                    <td>
                      {previous === null ? `${levelText(rating.level)} (${t('first')})` : t('change', { from: levelText(previous), to: levelText(rating.level) })}
                      {rating.demo ? <DemoTag /> : null}
                    </td>
                    <td>{rating.author ?? '—'}</td>
                  </tr>
                ))}
              </ScrollTable>
            </details>
          </>
        )}
      </section>
    </>
  );
}

function CategoryCard({ entry, stateLabel, date }: { entry: CategoryLevel; stateLabel: string; date: string }) {
  const t = useMessages(messages);
  const format = useFormat();
  const { lang } = useLang();
  const headingId = useId();
  const { rating, category } = entry;
  const rationale = rating ? rationaleFor(rating, lang) : null;
  return (
    <article className={`risk-card${category === 'overall' ? ' risk-card-overall' : ''}`} aria-labelledby={headingId}>
      <h3 id={headingId}>{categoryName(category, lang)}</h3>
      <p>
        <RiskBadge level={rating?.level ?? null} />
        {rating?.demo ? <DemoTag /> : null}
      </p>
      {rating && rationale ? (
        <>
          <p className="meta">
            {t('since', { date: format.date(rating.effectiveOn) })}
            {rating.author ? ` · ${t('by', { author: rating.author })}` : ''}
          </p>
          <p className="risk-rationale" lang={rationale.lang}>
            {rationale.text}
          </p>
          {rationale.spanishMissing ? <p className="hint">{t('spanishMissing')}</p> : null}
          <h4>{t('evidence')}</h4>
          {rating.evidence.length === 0 ? (
            <p className="hint">{t('noEvidence')}</p>
          ) : (
            <ul className="risk-evidence">
              {rating.evidence.map((item) => (
                <li key={item.id}>
                  <Link to={`/items/${item.id}`}>{item.headline}</Link>{' '}
                  <span className="meta">
                    · <time dateTime={item.date}>{format.date(item.date)}</time>
                    {item.outlet ? ` · ${item.outlet}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </>
      ) : (
        <p className="hint">{t('notRatedIn', { state: stateLabel, date: format.date(date) })}</p>
      )}
    </article>
  );
}

/** The US travel advisory in force on the date, beside the firm's overall level: an outside reference on its own scale, never blended. */
function AdvisoryCard({ code, stateLabel, date }: { code: StateIso; stateLabel: string; date: string }) {
  const t = useMessages(messages);
  const format = useFormat();
  const headingId = useId();
  const query = useAdvisory(date);
  return (
    <article className="risk-card risk-card-advisory" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('advisoryHeading')}</h3>
      <QueryState query={query} what={t('advisoryWhat')}>
        {(states) => {
          const advisory = states.find((s) => s.state === code)?.advisory;
          if (!advisory) return <p className="hint">{t('advisoryNone', { state: stateLabel, date: format.date(date) })}</p>;
          const hosts = advisory.sourceUrls.map((url) => ({ url, label: sourceHosts([url])[0] ?? url }));
          return (
            <>
              <p>
                <AdvisoryBadge level={advisory.level} />
              </p>
              <p className="meta">{t('advisoryIssued', { date: format.date(advisory.asOf), issuer: advisory.issuer })}</p>
              <p className="hint">{t('advisoryApart')}</p>
              {advisory.note ? (
                <p className="hint" lang="en">
                  {advisory.note}
                </p>
              ) : null}
              {hosts.length > 0 ? (
                <p className="meta">
                  {t('advisoryReported')}{' '}
                  {hosts.map((host, i) => (
                    <span key={host.url}>
                      {i > 0 ? ', ' : null}
                      <a href={host.url} rel="noreferrer" target="_blank">
                        {host.label}
                      </a>
                    </span>
                  ))}
                </p>
              ) : null}
            </>
          );
        }}
      </QueryState>
    </article>
  );
}
