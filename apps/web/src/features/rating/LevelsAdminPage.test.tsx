import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeError, fakeApi, renderApp, testUser, type Handler } from '../../../test/trpc-fake.tsx';
import { localToday } from '../filters/date-presets.ts';
import { EVIDENCE_ITEM, gridFixture, PREVIEW, rating, signalsFixture } from './fixtures.ts';
import { LevelsAdminPage } from './LevelsAdminPage.tsx';

afterEach(() => vi.unstubAllGlobals());

const item = { ...EVIDENCE_ITEM, editionId: 3, kind: 'summary', summary: 'Blockades.', articleAuthor: null, originalTitle: null, url: null, language: 'en', places: [], topics: [], organizations: [], people: [] };

function serve(overrides: Record<string, Handler> = {}) {
  return fakeApi({
    'auth.me': () => testUser('analyst'),
    'levels.grid': (input) => gridFixture((input as { date: string }).date),
    'levels.drafts': () => [],
    'levels.preview': () => PREVIEW,
    'levels.signals': (input) => signalsFixture((input as { date: string }).date),
    'levels.create': (input) => rating({ id: 9, ...(input as object), status: (input as { publish: boolean }).publish ? 'published' : 'draft' }),
    'items.list': (input) => ({ items: (input as { filter: { q: string } }).filter.q.includes('block') ? [item] : [], nextCursor: null }),
    ...overrides,
  });
}

const form = () => screen.getByRole('region', { name: /^Rate / });

describe('LevelsAdminPage: rating a place', () => {
  it('refuses an incomplete rating with a message per field and sends nothing; says the Spanish rationale is missing', async () => {
    const api = serve();
    const { user } = renderApp(<LevelsAdminPage />, { url: '/admin/levels' });
    await user.click(await screen.findByRole('button', { name: 'Rate a place' }));
    expect(screen.getByRole('heading', { name: 'Rate a place' })).toHaveFocus();
    expect(within(form()).getByText(/No Spanish rationale: readers using Spanish will see the English text/)).toBeInTheDocument();
    expect(within(form()).getByText(/Choose a place, a level and a valid date/)).toBeInTheDocument();

    await user.click(within(form()).getByRole('button', { name: 'Save draft' }));
    const alerts = within(form())
      .getAllByRole('alert')
      .map((a) => a.textContent);
    expect(alerts).toEqual(['Choose a state.', 'Choose a level from 1 (low) to 5 (extreme).', 'Write the rationale in English.']);
    expect(within(form()).getByRole('combobox', { name: 'State' })).toHaveAttribute('aria-invalid', 'true');
    await user.click(within(form()).getByRole('button', { name: 'Publish' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(api.callsTo('levels.create')).toEqual([]);
    expect(api.callsTo('levels.preview')).toEqual([]);

    // A locality is a place of the chosen state.
    await user.selectOptions(within(form()).getByRole('combobox', { name: 'State' }), 'Sinaloa');
    await user.selectOptions(within(form()).getByRole('combobox', { name: 'Locality (optional)' }), 'Culiacán');
    expect(screen.getByRole('heading', { name: 'Rate Culiacán (Sinaloa)' })).toBeInTheDocument();
    expect(within(form()).queryByText('Choose a state.')).not.toBeInTheDocument();
  });

  it('opens from a grid cell, previews the client impact, and publishes with evidence after confirming the numbers', async () => {
    const api = serve();
    const today = localToday();
    const { user } = renderApp(<LevelsAdminPage />, { url: '/admin/levels' });
    await user.click(await screen.findByRole('button', { name: 'Rate Sinaloa, Overall: High' }));
    expect(screen.getByRole('heading', { name: 'Rate Sinaloa' })).toHaveFocus();
    expect(within(form()).getByRole('combobox', { name: 'Category' })).toHaveValue('overall');

    // The state's computed signals, with their inputs and thresholds, labelled as computed.
    const signals = within(form()).getByRole('region', { name: 'Computed signals' });
    expect(await within(signals).findByText('Last full month with a figure (May 2026): 180.')).toBeInTheDocument();
    expect(within(signals).getAllByRole('term').map((term) => term.textContent)).toEqual([
      'Homicide case files (SESNSP, third-party compilation) Red',
      'Published items about Sinaloa Green',
    ]);
    expect(signals).toHaveTextContent('Mean of the 12 months before it: 120.');
    expect(signals).toHaveTextContent('Red at 1.25 times the comparison or more and at least 5 more files');
    expect(signals).toHaveTextContent('A third-party compilation of official data, not an official release.');
    expect(api.callsTo('levels.signals')).toEqual([{ date: today, states: ['MX-SIN'] }]);
    expect(within(form()).getByLabelText('Effective from')).toHaveValue(today);

    const levels = within(form()).getByRole('group', { name: 'Level' });
    expect(within(levels).getAllByRole('radio').map((r) => r.closest('label')?.textContent)).toEqual(['1 · Low', '2 · Moderate', '3 · Elevated', '4 · High', '5 · Extreme']);
    await user.click(within(levels).getByRole('radio', { name: '5 · Extreme' }));

    const preview = within(form()).getByRole('region', { name: 'What changes for clients' });
    expect(await within(preview).findByText('Publishing this changes the level of 1 site of 1 client organisation.')).toBeInTheDocument();
    expect(within(preview).getByRole('heading', { name: 'Norte Logistics' })).toBeInTheDocument();
    expect(within(preview).getByRole('listitem')).toHaveTextContent('Culiacán distribution centre: from High → to Extreme');
    expect(api.callsTo('levels.preview').at(-1)).toEqual({ scope: 'MX-SIN', category: 'overall', level: 5, effectiveOn: today });

    await user.type(within(form()).getByRole('textbox', { name: 'Rationale in English' }), 'Attacks on highways and businesses.');
    await user.type(within(form()).getByRole('searchbox', { name: 'Search published items' }), 'blockades');
    const results = await within(form()).findByRole('list', { name: 'Items found' });
    expect(within(results).getByRole('listitem')).toHaveTextContent('Highway blockades around Culiacán');
    expect(within(results).getByRole('listitem')).toHaveTextContent('Ríodoce');
    expect(api.callsTo('items.list').at(-1)).toEqual({ filter: { q: 'blockades', states: ['MX-SIN'] }, limit: 8 });
    const add = within(results).getByRole('button', { name: 'Add as evidence: Highway blockades around Culiacán' });
    await user.click(add);
    expect(add).toHaveAttribute('aria-pressed', 'true');
    const chosen = within(form()).getByRole('list', { name: 'Chosen evidence' });
    expect(within(chosen).getByRole('link', { name: 'Highway blockades around Culiacán' })).toHaveAttribute('href', '/items/41');

    await user.click(within(form()).getByRole('button', { name: 'Publish' }));
    const dialog = screen.getByRole('dialog', { name: 'Publish Extreme for Sinaloa?' });
    expect(within(dialog).getByText('Publishing this changes the level of 1 site of 1 client organisation.')).toBeInTheDocument();
    expect(within(dialog).getByRole('listitem')).toHaveTextContent('Norte Logistics: 1 site');
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    expect(api.callsTo('levels.create')).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Publish' }));

    await waitFor(() =>
      expect(api.callsTo('levels.create')).toEqual([
        { scope: 'MX-SIN', category: 'overall', level: 5, effectiveOn: today, rationaleEn: 'Attacks on highways and businesses.', evidence: [41], publish: true },
      ]),
    );
    expect(await screen.findByText(/^Published: Sinaloa, Overall is Extreme from /)).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /^Rate / })).not.toBeInTheDocument();
    // The grid and the history are asked again.
    await waitFor(() => expect(api.callsTo('levels.grid').length).toBeGreaterThan(1));
  });

  it('shows the server’s refusal in the form and keeps what was typed', async () => {
    serve({
      'levels.create': () => {
        throw new FakeError('BAD_REQUEST', 'Evidence must be published items; not found: 41');
      },
    });
    const { user } = renderApp(<LevelsAdminPage />, { url: '/admin/levels?state=MX-SIN' });
    await user.click(await screen.findByRole('button', { name: 'Rate a place' }));
    expect(within(form()).getByRole('combobox', { name: 'State' })).toHaveValue('MX-SIN');
    await user.click(within(form()).getByRole('radio', { name: '3 · Elevated' }));
    await user.type(within(form()).getByRole('textbox', { name: 'Rationale in English' }), 'Calmer.');
    await user.type(within(form()).getByRole('textbox', { name: 'Rationale in Spanish (optional)' }), 'Más calma.');
    expect(within(form()).queryByText(/No Spanish rationale/)).not.toBeInTheDocument();
    await user.click(within(form()).getByRole('button', { name: 'Save draft' }));
    expect(await within(form()).findByRole('alert')).toHaveTextContent('That did not work: Evidence must be published items; not found: 41');
    expect(within(form()).getByRole('textbox', { name: 'Rationale in English' })).toHaveValue('Calmer.');

    await user.click(within(form()).getByRole('button', { name: 'Publish' }));
    const dialog = screen.getByRole('dialog', { name: 'Publish Elevated for Sinaloa?' });
    await user.click(await within(dialog).findByRole('button', { name: 'Publish' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('That did not work: Evidence must be published items; not found: 41');
  });

  it('shows the levels as of a chosen date, kept in the URL, and opens or closes a state’s history from its row', async () => {
    const api = serve();
    const { user, location } = renderApp(<LevelsAdminPage />, { url: '/admin/levels' });
    await screen.findByRole('button', { name: 'Rate Sinaloa, Overall: High' });
    expect(api.callsTo('levels.grid')).toEqual([{ date: localToday() }]);
    const asOf = screen.getByLabelText('Levels as of');
    await user.clear(asOf);
    await user.type(asOf, '2025-06-30');
    await waitFor(() => expect(api.callsTo('levels.grid').at(-1)).toEqual({ date: '2025-06-30' }));
    expect(await screen.findByRole('table', { name: /as of Jun 30, 2025/ })).toBeInTheDocument();
    expect(location()).toBe('/admin/levels?date=2025-06-30');

    const history = screen.getByRole('button', { name: 'History of Sonora' });
    await user.click(history);
    expect(history).toHaveAttribute('aria-pressed', 'true');
    expect(await screen.findByRole('region', { name: 'History of Sonora' })).toBeInTheDocument();
    expect(location()).toBe('/admin/levels?date=2025-06-30&state=MX-SON');
    await user.click(history);
    expect(screen.queryByRole('region', { name: 'History of Sonora' })).not.toBeInTheDocument();
    expect(screen.getByText(/^Choose a state \(the History button of its row/)).toBeInTheDocument();
  });

  it('lists a state’s history newest first, drafts with Publish and Discard, and a missing Spanish rationale said as such', async () => {
    const draft = rating({ id: 12, level: 5, status: 'draft', effectiveOn: '2026-06-03', publishedAt: null, evidence: [EVIDENCE_ITEM], rationaleEs: null });
    const published = rating({ id: 11, level: 4, rationaleEs: 'Enfrentamientos armados en la capital.', demo: true });
    const api = serve({ 'levels.drafts': () => [draft, published], 'levels.discard': () => undefined });
    const { user } = renderApp(<LevelsAdminPage />, { url: '/admin/levels?state=MX-SIN' });
    const history = await screen.findByRole('region', { name: 'History of Sinaloa' });
    const list = await within(history).findByRole('list', { name: 'History of Sinaloa' });
    const entries = within(list)
      .getAllByRole('listitem')
      .filter((li) => li.parentElement === list);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toHaveTextContent(/^Extreme Sinaloa · Overall · effective Jun 3, 2026 Draft/);
    expect(entries[0]).toHaveTextContent('Spanish rationale missing.');
    expect(within(entries[0]!).getByRole('link', { name: 'Highway blockades around Culiacán' })).toHaveAttribute('href', '/items/41');
    expect(entries.at(-1)).toHaveTextContent('Enfrentamientos armados en la capital.');
    expect(entries.at(-1)).toHaveTextContent('Demo data');
    expect(within(entries.at(-1)!).queryByRole('button', { name: /Publish|Discard/ })).not.toBeInTheDocument();
    expect(api.callsTo('levels.drafts')).toEqual([{ scope: 'MX-SIN' }]);

    await user.click(within(history).getByRole('button', { name: 'Discard the draft Extreme for Sinaloa, Overall' }));
    await user.click(within(screen.getByRole('dialog', { name: 'Discard this draft?' })).getByRole('button', { name: 'Discard' }));
    await waitFor(() => expect(api.callsTo('levels.discard')).toEqual([{ id: 12 }]));
    expect(await screen.findByText('Draft discarded.')).toBeInTheDocument();
  });
});
