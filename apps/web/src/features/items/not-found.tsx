/** Not found is an answer, not a failure: asking again would not change it. */
export function isNotFound(error: unknown): boolean {
  return (error as { data?: { code?: string } | null } | null)?.data?.code === 'NOT_FOUND';
}

/** React Query's retry: once for a failure, never for a 404. */
export const retryUnlessNotFound = (failures: number, error: unknown) => !isNotFound(error) && failures < 1;

export function NotFoundPanel({ title, message }: { title: string; message: string }) {
  return (
    <section className="panel not-found" aria-labelledby="not-found-heading">
      <h1 id="not-found-heading">{title}</h1>
      <p>{message}</p>
    </section>
  );
}
