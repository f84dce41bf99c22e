import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, renderApp, testUser } from '../../../test/trpc-fake.tsx';
import { LatestCommentary } from './LatestCommentary.tsx';

afterEach(() => vi.unstubAllGlobals());

// Invented for this test (not taken from any newsletter).
const commentary = (demo: boolean) => ({
  editionId: 3,
  title: 'Test Chatter – January 21, 2026',
  publishedOn: '2026-01-21',
  author: 'Pat Partner',
  commentary: 'A first paragraph of test commentary.\n\nA second one.',
  demo,
});

describe('LatestCommentary', () => {
  it('tags demo commentary as demo data next to its author and date, in English', async () => {
    fakeApi({ 'auth.me': () => testUser('client'), 'editions.latestCommentary': () => commentary(true) });
    renderApp(<LatestCommentary />);
    const panel = screen.getByRole('region', { name: 'Latest commentary' });
    const tag = await within(panel).findByText('Demo data');
    expect(tag.closest('p')).toHaveTextContent('Pat Partner · Jan 21, 2026 · Demo data');
    expect(within(panel).getByRole('link', { name: 'Test Chatter – January 21, 2026' })).toHaveAttribute('href', '/editions/3');
  });

  it('reads “Datos de demostración” in Spanish', async () => {
    fakeApi({ 'auth.me': () => testUser('client'), 'editions.latestCommentary': () => commentary(true) });
    renderApp(<LatestCommentary />, { lang: 'es' });
    expect(await screen.findByText('Datos de demostración')).toBeVisible();
  });

  it('shows no tag on the commentary of an imported edition', async () => {
    fakeApi({ 'auth.me': () => testUser('client'), 'editions.latestCommentary': () => commentary(false) });
    renderApp(<LatestCommentary />);
    await screen.findByText('A first paragraph of test commentary.');
    expect(screen.queryByText('Demo data')).not.toBeInTheDocument();
  });
});
