import type { RiskLevel } from '@atalaya/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { QueryState } from '../../app/QueryState.tsx';
import { useFormat, useLang, useMessages } from '../../i18n/index.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { ConfirmDialog } from '../views/Dialog.tsx';
import { DemoTag } from '../../app/DemoTag.tsx';
import { LevelBadge } from './LevelBadge.tsx';
import { categoryName, levelName, scopeName } from './labels.ts';
import { messages } from './messages.ts';
import { PublishDialog } from './PublishDialog.tsx';
import type { HistoryRating } from './types.ts';

/** Every rating of a state and its localities (`levels.drafts`), newest first; drafts can be published or discarded. */
export function RatingHistory({ state, onAnnounce }: { state: string; onAnnounce: (message: string) => void }) {
  const t = useMessages(messages);
  const { lang } = useLang();
  const fmt = useFormat();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const history = useQuery(trpc.levels.drafts.queryOptions({ scope: state }));
  const [publishing, setPublishing] = useState<HistoryRating | null>(null);
  const [discarding, setDiscarding] = useState<HistoryRating | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.levels.pathKey() });
  const publish = useMutation(
    trpc.levels.publish.mutationOptions({
      onSuccess: async (rating) => {
        setPublishing(null);
        onAnnounce(t('publishedDone', { place: scopeName(rating.scope), category: categoryName(rating.category, lang), level: levelName(rating.level, lang), date: fmt.date(rating.effectiveOn) }));
        await refresh();
      },
    }),
  );
  const discard = useMutation(
    trpc.levels.discard.mutationOptions({
      onSuccess: async () => {
        setDiscarding(null);
        onAnnounce(t('discarded'));
        await refresh();
      },
    }),
  );
  const describe = (r: HistoryRating) => ({ level: levelName(r.level, lang), place: scopeName(r.scope), category: categoryName(r.category, lang) });
  const headingId = `history-${state}`;
  return (
    <section className="panel rating-history" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('historyOf', { state: scopeName(state) })}</h2>
      <p className="hint">{t('historyHint')}</p>
      <QueryState query={history} what={t('history_ratings')}>
        {(ratings) =>
          ratings.length === 0 ? (
            <p className="empty">{t('historyEmpty')}</p>
          ) : (
            <ol className="history-list" aria-labelledby={headingId}>
              {ratings.map((r) => (
                <li key={r.id} className={`history-entry is-${r.status}`}>
                  <p className="history-head">
                    <LevelBadge level={r.level} /> <strong>{scopeName(r.scope)}</strong> · {categoryName(r.category, lang)} ·{' '}
                    {t('effective', { date: fmt.date(r.effectiveOn) })}{' '}
                    <span className={`badge badge-${r.status}`}>{t(`status_${r.status}`)}</span>
                    {r.demo ? (
                      <>
                        {' '}
                        <DemoTag />
                      </>
                    ) : null}
                  </p>
                  <p className="meta">{t('by', { author: r.author ?? t('unknownAuthor') })}</p>
                  <dl className="rationale">
                    <dt>{t('rationaleEnLabel')}</dt>
                    <dd lang="en">{r.rationaleEn}</dd>
                    <dt>{t('rationaleEsLabel')}</dt>
                    {r.rationaleEs ? (
                      <dd lang="es">{r.rationaleEs}</dd>
                    ) : (
                      <dd className="missing">{t('esMissing')}</dd>
                    )}
                  </dl>
                  {r.evidence.length ? (
                    <ul className="evidence-links">
                      {r.evidence.map((item) => (
                        <li key={item.id}>
                          <Link to={`/items/${item.id}`}>{item.headline}</Link>{' '}
                          <span className="hint">
                            {fmt.date(item.date)}
                            {item.outlet ? ` · ${item.outlet}` : ''}
                          </span>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p className="hint">{t('evidenceNone')}</p>
                  )}
                  {r.status === 'draft' ? (
                    <div className="form-actions">
                      <button
                        type="button"
                        className="primary"
                        aria-label={t('publishDraftLabel', describe(r))}
                        onClick={() => {
                          publish.reset();
                          setPublishing(r);
                        }}
                      >
                        {t('publish')}
                      </button>
                      <button
                        type="button"
                        className="danger"
                        aria-label={t('discardDraftLabel', describe(r))}
                        onClick={() => {
                          discard.reset();
                          setDiscarding(r);
                        }}
                      >
                        {t('discard')}
                      </button>
                    </div>
                  ) : null}
                </li>
              ))}
            </ol>
          )
        }
      </QueryState>
      {publishing ? (
        <PublishDialog
          rating={{ scope: publishing.scope, category: publishing.category, level: publishing.level as RiskLevel, effectiveOn: publishing.effectiveOn }}
          pending={publish.isPending}
          error={publish.error ? t('failed', { reason: publish.error.message }) : null}
          onConfirm={() => publish.mutate({ id: publishing.id })}
          onCancel={() => setPublishing(null)}
        />
      ) : null}
      {discarding ? (
        <ConfirmDialog
          title={t('discardTitle')}
          body={t('discardBody')}
          confirmLabel={t('discard')}
          cancelLabel={t('cancel')}
          pendingLabel={t('discarding')}
          pending={discard.isPending}
          error={discard.error ? t('failed', { reason: discard.error.message }) : null}
          onConfirm={() => discard.mutate({ id: discarding.id })}
          onCancel={() => setDiscarding(null)}
        />
      ) : null}
    </section>
  );
}
