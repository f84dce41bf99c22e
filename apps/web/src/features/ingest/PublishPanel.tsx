import { Link } from 'react-router';
import { useFormat, useMessages } from '../../i18n/index.tsx';
import { countUnreviewed } from './figure-format.ts';
import { messages, type IngestText } from './messages.ts';
import type { ReviewEdition } from './types.ts';

interface Props {
  edition: Pick<ReviewEdition, 'status' | 'publishedOn' | 'items'>;
  publishing: boolean;
  deleting: boolean;
  /** The server's reason when publishing or deleting failed. */
  error: string | null;
  onPublish: () => void;
  onDelete: () => void;
}

function figuresNote(unreviewed: number, total: number, t: IngestText, number: (n: number) => string): string {
  if (total === 0) return t('noFiguresInEdition');
  if (unreviewed === 0) return t('allReviewed', { total: number(total) });
  return t('someUnreviewed', { unreviewed: number(unreviewed), total: number(total) });
}

/** Publishing and deleting the draft, with what is still left to review. */
export function PublishPanel({ edition, publishing, deleting, error, onPublish, onDelete }: Props) {
  const t = useMessages(messages);
  const format = useFormat();
  const { unreviewed, total } = countUnreviewed(edition.items);
  const published = edition.status === 'published';
  const blocker = !edition.publishedOn ? t('needDate') : edition.items.length === 0 ? t('noItemsToPublish') : null;

  return (
    <section className="panel publish-panel" aria-labelledby="publish-heading">
      <h2 id="publish-heading">{published ? t('publishedHeading') : t('publishHeading')}</h2>
      {/* Present before publishing so that screen readers announce the change to "published". */}
      <div role="status">
        {published ? (
          <p className="success">
            {edition.publishedOn ? t('publishedDated', { date: format.date(edition.publishedOn) }) : t('publishedUndated')} <Link to="/">{t('openDashboard')}</Link>
          </p>
        ) : null}
      </div>
      <p className="figures-note">{figuresNote(unreviewed, total, t, format.number)}</p>
      {published ? null : (
        <div className="form-actions">
          <button type="button" className="primary" onClick={onPublish} disabled={blocker !== null || publishing} aria-describedby={blocker ? 'publish-blocker' : undefined}>
            {publishing ? t('publishing') : t('publishEdition')}
          </button>
          <button type="button" className="danger" onClick={onDelete} disabled={deleting}>
            {deleting ? t('deleting') : t('deleteDraft')}
          </button>
          {blocker ? (
            <span id="publish-blocker" className="hint">
              {blocker}
            </span>
          ) : null}
        </div>
      )}
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
