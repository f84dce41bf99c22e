import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { screen, render, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/index.tsx';
import { makeTrpcClient, TRPCProvider } from '../../lib/trpc.ts';
import { summary } from '../items/fixtures.ts';
import { Timeline } from './Timeline.tsx';

// The server is faked at the HTTP boundary: each procedure of a tRPC batch gets the answer the test sets.
type Answer = { data: unknown } | { error: string };
let answers: Record<string, () => Answer>;
let calls: string[];
const realFetch = globalThis.fetch;

beforeEach(() => {
  calls = [];
  answers = { 'timeline.density': () => ({ data: [] }) };
  globalThis.fetch = (async (input: RequestInfo | URL) => {
    const url = new URL(String(input));
    const names = url.pathname.replace(/^\/trpc\//, '').split(',');
    calls.push(...names);
    const body = names.map((name) => {
      const answer = answers[name]?.() ?? { error: `No answer for ${name}` };
      return 'data' in answer
        ? { result: { data: { json: answer.data } } }
        : { error: { json: { message: answer.error, code: -32603, data: { code: 'INTERNAL_SERVER_ERROR', httpStatus: 500 } } } };
    });
    const failed = body.some((b) => 'error' in b);
    return new Response(JSON.stringify(body), { status: failed ? 500 : 200, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
});
afterEach(() => {
  globalThis.fetch = realFetch;
});

function Where() {
  const location = useLocation();
  return <output data-testid="where">{location.search}</output>;
}

function renderTimeline(ui: ReactElement, search: string) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={makeTrpcClient('http://atalaya.test')} queryClient={queryClient}>
        <I18nProvider lang="en">
          <MemoryRouter initialEntries={[`/${search}`]}>
            {ui}
            <Where />
          </MemoryRouter>
        </I18nProvider>
      </TRPCProvider>
    </QueryClientProvider>,
  );
}

const WEEKS = [
  { key: '2025-03-03', count: 1 },
  { key: '2025-03-10', count: 1 },
];

describe('Timeline', () => {
  it('shows the count and, when nothing matches, offers to clear the filter', async () => {
    const user = userEvent.setup();
    answers['items.list'] = () => ({ data: { items: [], nextCursor: null } });
    renderTimeline(<Timeline weeks={[]} total={0} />, '?q=nothing&states=MX-SIN');
    expect(screen.getByText('Loading items…').closest('[role=status]')).toHaveAttribute('aria-busy', 'true');
    await screen.findByText('No items match this filter');
    expect(screen.getByText('0 items')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear the filter' }));
    expect(screen.getByTestId('where')).toHaveTextContent(/^$/);
  });

  it('reports a failure and tries again on request', async () => {
    const user = userEvent.setup();
    let failures = 1;
    answers['items.list'] = () => (failures-- > 0 ? { error: 'The database is asleep' } : { data: { items: [summary(2, '2025-03-11'), summary(1, '2025-03-04')], nextCursor: null } });
    renderTimeline(<Timeline weeks={WEEKS} total={2} />, '');
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent('The items could not be loaded: The database is asleep');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(screen.getByText('2 items')).toBeInTheDocument();
  });

  it('sets the filter’s dates from the strip, and only then asks for the undated weekly counts', async () => {
    const user = userEvent.setup();
    answers['items.list'] = () => ({ data: { items: [summary(2, '2025-03-11')], nextCursor: null } });
    const { container } = renderTimeline(<Timeline weeks={WEEKS} total={2} />, '?states=MX-SIN');
    await waitFor(() => expect(container.querySelector('.tl-rows')).not.toBeNull());
    expect(calls).not.toContain('timeline.density');
    screen.getByRole('slider', { name: 'Items per week' }).focus();
    await user.keyboard('{Home}{Enter}');
    expect(screen.getByTestId('where')).toHaveTextContent('?from=2025-03-03&to=2025-03-09&states=MX-SIN');
    await waitFor(() => expect(calls).toContain('timeline.density'));
    await user.click(screen.getByRole('button', { name: 'Clear dates' }));
    expect(screen.getByTestId('where')).toHaveTextContent(/^\?states=MX-SIN$/);
  });
});
