import { keepPreviousData, skipToken, useQuery } from '@tanstack/react-query';
import { LoadError } from '../../app/QueryState.tsx';
import { useFormat, useMessages } from '../../i18n/index.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { LevelBadge } from './LevelBadge.tsx';
import { scopeName } from './labels.ts';
import { messages, type RatingText } from './messages.ts';
import type { ImpactPreview as Preview, PreviewInput } from './types.ts';

/** Which client sites a rating would move (`levels.preview`); idle while the rating is incomplete. */
export function usePreview(input: PreviewInput | null) {
  const trpc = useTRPC();
  return useQuery(trpc.levels.preview.queryOptions(input ?? skipToken, { placeholderData: keepPreviousData, staleTime: 0 }));
}

/** "Publishing this changes the level of 2 sites of 1 client organisation.", or that nothing changes. */
export function previewSummary(t: RatingText, preview: Preview): string {
  if (preview.siteCount === 0) return t('previewNone');
  const sites = preview.siteCount === 1 ? t('sitesOne') : t('sitesMany', { n: preview.siteCount });
  const orgs = preview.orgs.length === 1 ? t('orgsOne') : t('orgsMany', { n: preview.orgs.length });
  return t('previewSummary', { sites, orgs });
}

/** The organisations a rating touches, each with how many of its sites change. */
export function PreviewOrgs({ preview }: { preview: Preview }) {
  const t = useMessages(messages);
  if (preview.orgs.length === 0) return null;
  return (
    <ul className="preview-orgs">
      {preview.orgs.map((org) => (
        <li key={org.orgId}>
          <strong>{org.orgName}</strong>: {org.sites.length === 1 ? t('sitesOne') : t('sitesMany', { n: org.sites.length })}
        </li>
      ))}
    </ul>
  );
}

/** "High → Extreme", read as "from High to Extreme". */
export function LevelChange({ from, to }: { from: number | null; to: number }) {
  const t = useMessages(messages);
  return (
    <span className="level-change">
      <span className="visually-hidden">{t('changeFrom')} </span>
      <LevelBadge level={from} /> <span aria-hidden="true">→</span>
      <span className="visually-hidden"> {t('changeTo')}</span> <LevelBadge level={to} />
    </span>
  );
}

/** The rating form's preview: the level in force now, then each client organisation and each of its sites, from → to. */
export function ImpactPreview({ input }: { input: PreviewInput | null }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const preview = usePreview(input);
  let body;
  if (!input) body = <p className="hint">{t('previewIncomplete')}</p>;
  else if (preview.isError) body = <LoadError onRetry={() => void preview.refetch()}>{t('failed', { reason: preview.error.message })}</LoadError>;
  else if (!preview.data)
    body = (
      <p className="loading" role="status">
        {t('previewLoading')}
      </p>
    );
  else {
    const data = preview.data;
    body = (
      <div aria-busy={preview.isFetching || undefined}>
        <p>
          {t('levelNow', { date: fmt.date(input.effectiveOn) })} <LevelBadge level={data.current} />
        </p>
        <p role="status">{previewSummary(t, data)}</p>
        {data.orgs.map((org) => (
          <div key={org.orgId} className="preview-org">
            <h4>{org.orgName}</h4>
            <ul>
              {org.sites.map((site) => (
                <li key={site.id}>
                  {site.name}
                  {site.locality ? <span className="hint"> ({scopeName(site.locality)})</span> : null}:{' '}
                  <LevelChange from={site.from} to={site.to} />
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    );
  }
  return (
    <section className="impact-preview wide" aria-labelledby="impact-preview-heading">
      <h3 id="impact-preview-heading">{t('preview')}</h3>
      {body}
    </section>
  );
}
