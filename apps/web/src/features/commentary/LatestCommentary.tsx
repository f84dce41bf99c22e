import { useQuery } from '@tanstack/react-query';
import { formatDate } from '../../lib/format.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { QueryState } from '../../app/QueryState.tsx';

export function LatestCommentary() {
  const trpc = useTRPC();
  const query = useQuery(trpc.editions.latestCommentary.queryOptions());
  return (
    <section className="panel commentary" aria-labelledby="commentary-heading">
      <h2 id="commentary-heading">Latest commentary</h2>
      <QueryState query={query} what="the latest commentary">
        {(commentary) =>
          commentary ? (
            <article>
              <p className="meta">
                {commentary.author ? `${commentary.author} · ` : ''}
                <time dateTime={commentary.publishedOn}>{formatDate(commentary.publishedOn)}</time>
              </p>
              {commentary.commentary.split(/\n{2,}/).map((paragraph, i) => (
                <p key={i}>{paragraph}</p>
              ))}
              <p className="meta">From “{commentary.title}”</p>
            </article>
          ) : (
            <p className="empty">No commentary has been published yet.</p>
          )
        }
      </QueryState>
    </section>
  );
}
