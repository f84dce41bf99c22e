import { Link } from 'react-router';
import { formatDate } from '../../lib/format.ts';
import { countUnreviewed } from './figure-format.ts';
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

function figuresNote(unreviewed: number, total: number): string {
  if (total === 0) return 'No figures were found in this edition.';
  if (unreviewed === 0) return `All ${total} figures have been reviewed.`;
  return `${unreviewed} of ${total} figures still await review. You can publish now: figures awaiting review stay hidden from clients until someone accepts them.`;
}

/** Publishing and deleting the draft, with what is still left to review. */
export function PublishPanel({ edition, publishing, deleting, error, onPublish, onDelete }: Props) {
  const { unreviewed, total } = countUnreviewed(edition.items);
  const published = edition.status === 'published';
  const blocker = !edition.publishedOn
    ? 'Set and save the publication date before publishing.'
    : edition.items.length === 0
      ? 'The edition has no items to publish.'
      : null;

  return (
    <section className="panel publish-panel" aria-labelledby="publish-heading">
      <h2 id="publish-heading">{published ? 'Published' : 'Publish'}</h2>
      {/* Present before publishing so that screen readers announce the change to "published". */}
      <div role="status">
        {published ? (
          <p className="success">
            This edition is published{edition.publishedOn ? ` (dated ${formatDate(edition.publishedOn)})` : ''}: its items are on the dashboard. <Link to="/">Open the dashboard</Link>
          </p>
        ) : null}
      </div>
      <p className="figures-note">{figuresNote(unreviewed, total)}</p>
      {published ? null : (
        <div className="form-actions">
          <button type="button" className="primary" onClick={onPublish} disabled={blocker !== null || publishing} aria-describedby={blocker ? 'publish-blocker' : undefined}>
            {publishing ? 'Publishing…' : 'Publish edition'}
          </button>
          <button type="button" className="danger" onClick={onDelete} disabled={deleting}>
            {deleting ? 'Deleting…' : 'Delete draft'}
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
