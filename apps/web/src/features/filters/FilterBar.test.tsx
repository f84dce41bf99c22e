import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FilterBar } from './FilterBar.tsx';
import { renderWithApp, type RenderOptions } from './testing.tsx';
import { PHONE_QUERY } from './use-phone-layout.ts';

const TODAY = '2025-06-15';

const ORGS = [
  { slug: 'sspc', label: { en: 'SSPC', es: 'SSPC' }, count: 10 },
  { slug: 'cjng', label: { en: 'Jalisco New Generation Cartel', es: 'Cártel Jalisco Nueva Generación' }, count: 8 },
  { slug: 'sinaloa-cartel', label: { en: 'Sinaloa Cartel', es: 'Cártel de Sinaloa' }, count: 6 },
];

function renderBar(options: RenderOptions = {}) {
  return renderWithApp(<FilterBar today={TODAY} />, {
    ...options,
    seed: ({ queryClient, trpc }) => queryClient.setQueryData(trpc.tags.counts.queryKey({ kind: 'organization' }), ORGS),
  });
}

beforeEach(() => {
  // Everything the bar needs is in the cache: a request would be a bug.
  vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new Error('no network in component tests'))));
});
afterEach(() => vi.unstubAllGlobals());

describe('FilterBar', () => {
  it('finds a state by its alias and shows it as a removable chip in the URL', async () => {
    const { user, params } = renderBar();
    const states = screen.getByRole('combobox', { name: 'States' });
    await user.type(states, 'edomex');
    const listbox = screen.getByRole('listbox', { name: 'States' });
    expect(within(listbox).getAllByRole('option')[0]).toHaveTextContent('Estado de México');
    expect(within(listbox).getAllByRole('option')[0]).toHaveTextContent('State of Mexico');
    await user.keyboard('{Enter}');

    const chips = screen.getByRole('list', { name: 'Selected states' });
    expect(within(chips).getByText('Estado de México')).toBeInTheDocument();
    expect(params().get('states')).toBe('MX-MEX');
    expect(states).toHaveValue('');
    expect(states).toHaveAttribute('aria-expanded', 'false');

    await user.click(screen.getByRole('button', { name: 'Remove Estado de México' }));
    expect(params().get('states')).toBeNull();
    expect(screen.queryByRole('list', { name: 'Selected states' })).not.toBeInTheDocument();
    expect(states).toHaveFocus();
  });

  it('matches English names and names typed without accents', async () => {
    const { user, params } = renderBar();
    const states = screen.getByRole('combobox', { name: 'States' });
    await user.type(states, 'mexico city');
    expect(screen.getAllByRole('option')[0]).toHaveTextContent('Ciudad de México');
    await user.keyboard('{Enter}');
    await user.type(states, 'nuevo leon{Enter}');
    await user.type(states, 'national{Enter}');
    expect(params().get('states')).toBe('MX,MX-CMX,MX-NLE');
    const chips = within(screen.getByRole('list', { name: 'Selected states' }));
    expect(chips.getByText('Nuevo León')).toBeInTheDocument();
    expect(chips.getByText('National')).toBeInTheDocument();
  });

  it('works from the keyboard alone: arrows, Enter, Escape and the chip buttons', async () => {
    const { user, params } = renderBar();
    const states = screen.getByRole('combobox', { name: 'States' });
    states.focus();
    await user.keyboard('{ArrowDown}');
    expect(states).toHaveAttribute('aria-expanded', 'true');
    const options = screen.getAllByRole('option');
    expect(options[0]).toHaveTextContent('National');
    expect(states).toHaveAttribute('aria-activedescendant', options[0]?.id);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(states).toHaveAttribute('aria-activedescendant', options[2]?.id);
    expect(options[2]).toHaveTextContent('Baja California');
    await user.keyboard('{ArrowUp}{Enter}');
    expect(params().get('states')).toBe('MX-AGU');

    await user.type(states, 'sin');
    expect(states).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(states).toHaveAttribute('aria-expanded', 'false');
    expect(states).toHaveValue('sin');
    await user.keyboard('{Escape}');
    expect(states).toHaveValue('');

    await user.keyboard('sinaloa{Enter}');
    expect(params().get('states')).toBe('MX-AGU,MX-SIN');
    // Tab leaves the input for the chips' buttons; Enter removes one.
    await user.tab();
    expect(screen.getByRole('button', { name: 'Remove Aguascalientes' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(params().get('states')).toBe('MX-SIN');

    const topics = screen.getByRole('combobox', { name: 'Topics' });
    topics.focus();
    await user.keyboard('fentan{ArrowDown}{Enter}');
    expect(params().get('topics')).toBe('fentanyl-synthetic-drugs');
    // Choosing a chosen option again unselects it.
    await user.keyboard('fentan{Enter}');
    expect(params().get('topics')).toBeNull();
  });

  it('selects organizations from the tag counts, by either language’s name', async () => {
    const { user, params } = renderBar();
    const orgs = screen.getByRole('combobox', { name: 'Organizations' });
    await user.type(orgs, 'nueva gener');
    const option = screen.getByRole('option', { name: /Jalisco New Generation Cartel/ });
    expect(option).toHaveTextContent('8 items');
    await user.click(option);
    expect(params().get('orgs')).toBe('cjng');
    expect(screen.getByRole('button', { name: 'Remove Jalisco New Generation Cartel' })).toBeInTheDocument();
  });

  it('sets dates from presets counted back from today', async () => {
    const { user, params } = renderBar();
    const last30 = screen.getByRole('button', { name: 'Last 30 days' });
    await user.click(last30);
    expect(params().get('from')).toBe('2025-05-17');
    expect(params().get('to')).toBe(TODAY);
    expect(last30).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByLabelText('From')).toHaveValue('2025-05-17');

    await user.click(screen.getByRole('button', { name: 'Year to date' }));
    expect(params().get('from')).toBe('2025-01-01');
    await user.click(screen.getByRole('button', { name: 'Last 12 months' }));
    expect(params().get('from')).toBe('2024-06-16');
    await user.click(screen.getByRole('button', { name: 'Last 90 days' }));
    expect(params().get('from')).toBe('2025-03-18');
    await user.click(screen.getByRole('button', { name: 'All time' }));
    expect(params().get('from')).toBeNull();
    expect(params().get('to')).toBeNull();
    expect(screen.getByRole('button', { name: 'All time' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('checks custom dates before applying them', async () => {
    const { user, params, location } = renderBar();
    await user.type(screen.getByLabelText('From'), '2025-05-01');
    await user.type(screen.getByLabelText('To'), '2025-01-31');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(screen.getByRole('alert')).toHaveTextContent('The start date must be on or before the end date.');
    expect(screen.getByLabelText('From')).toHaveAttribute('aria-invalid', 'true');
    expect(location()).toBe('/');

    await user.clear(screen.getByLabelText('To'));
    await user.type(screen.getByLabelText('To'), '2025-05-31{Enter}');
    expect(params().get('from')).toBe('2025-05-01');
    expect(params().get('to')).toBe('2025-05-31');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    for (const name of ['Last 30 days', 'All time']) expect(screen.getByRole('button', { name })).toHaveAttribute('aria-pressed', 'false');
  });

  it('refuses a year the server would refuse, saying which dates it takes', async () => {
    const { user, location } = renderBar();
    await user.type(screen.getByLabelText('From'), '0202-05-01');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose dates from 1900-01-01 to 2100-12-31.');
    expect(location()).toBe('/');
  });

  it('searches text after a pause, once, and at once on Enter; Back undoes it', async () => {
    const { user, params } = renderBar({ url: '/?states=MX-SIN' });
    const search = screen.getByRole('searchbox', { name: 'Search items' });
    await user.type(search, 'cartel');
    // Not on every keystroke…
    expect(params().get('q')).toBeNull();
    // …but once typing stops.
    await waitFor(() => expect(params().get('q')).toBe('cartel'));
    await user.click(screen.getByRole('button', { name: 'Browser back' }));
    expect(params().get('q')).toBeNull();
    expect(params().get('states')).toBe('MX-SIN');
    expect(search).toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Browser forward' }));
    expect(search).toHaveValue('cartel');

    await user.clear(search);
    await user.type(search, 'fentanilo{Enter}');
    expect(params().get('q')).toBe('fentanilo');
  });

  it('keeps a change made while the search waits to apply', async () => {
    const { user, params } = renderBar();
    await user.type(screen.getByRole('searchbox', { name: 'Search items' }), 'cartel');
    await user.click(screen.getByRole('button', { name: 'Last 30 days' }));
    await waitFor(() => expect(params().get('q')).toBe('cartel'));
    expect(params().get('from')).toBe('2025-05-17');
  });

  it('reads a pasted link and clears everything with one button', async () => {
    const { user, location } = renderBar({ url: '/?from=2025-01-01&states=MX-SIN,MX-SON&topics=prisons&orgs=cjng&q=traslado' });
    const chips = within(screen.getByRole('list', { name: 'Selected states' }));
    expect(chips.getByText('Sinaloa')).toBeInTheDocument();
    expect(chips.getByText('Sonora')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove Prisons' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove Jalisco New Generation Cartel' })).toBeInTheDocument();
    expect(screen.getByLabelText('From')).toHaveValue('2025-01-01');
    expect(screen.getByRole('searchbox', { name: 'Search items' })).toHaveValue('traslado');

    await user.click(screen.getByRole('button', { name: 'Clear all' }));
    expect(location()).toBe('/');
    expect(screen.queryByRole('list', { name: 'Selected states' })).not.toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search items' })).toHaveValue('');
    expect(screen.getByLabelText('From')).toHaveValue('');
    expect(screen.getByRole('button', { name: 'Clear all' })).toBeDisabled();
  });

  it('speaks Spanish and keeps state names in Spanish', async () => {
    const { user } = renderBar({ lang: 'es', url: '/?states=MX-CMX' });
    expect(screen.getByRole('button', { name: 'Quitar Ciudad de México' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Últimos 30 días' })).toBeInTheDocument();
    await user.type(screen.getByRole('combobox', { name: 'Temas' }), 'traslad');
    expect(screen.getAllByRole('option')[0]).toHaveTextContent('Extradiciones y traslados');
  });
});

describe('FilterBar on a phone', () => {
  /** A screen that matches (or not) the phone breakpoint; jsdom has no layout, so matchMedia is the screen. */
  function screenIsPhone(phone: boolean) {
    vi.stubGlobal(
      'matchMedia',
      vi.fn((query: string) => ({ matches: phone && query === PHONE_QUERY, media: query, addEventListener: vi.fn(), removeEventListener: vi.fn() })),
    );
  }
  const summary = () => within(screen.getByRole('region', { name: /^(Filters|Filtros)$/ })).getByRole('paragraph');

  it('folds into a one-line summary; "Edit filters" opens the bar from the keyboard, and a change reaches the URL and the summary', async () => {
    screenIsPhone(true);
    const { user, params } = renderBar({ url: '/?from=2025-05-17&to=2025-06-15&states=MX-SIN&orgs=cjng&q=traslado' });
    // Each part is named for screen readers (visually hidden names), and shown in the reader's words.
    expect(summary()).toHaveTextContent(/^Dates: Last 30 days · States: Sinaloa · Organizations: Jalisco New Generation Cartel · Search items: “traslado”$/);

    const edit = screen.getByRole('button', { name: 'Edit filters' });
    expect(edit).toHaveAttribute('aria-expanded', 'false');
    expect(edit).toHaveAccessibleDescription(/Sinaloa/);
    const panel = document.getElementById(edit.getAttribute('aria-controls') ?? '');
    expect(panel).not.toBeNull();
    expect(panel).not.toBeVisible();
    expect(screen.queryByRole('combobox', { name: 'States' })).not.toBeInTheDocument();

    // The first stop of the keyboard; Enter opens it, and Tab goes on into the bar.
    await user.tab();
    expect(edit).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(edit).toHaveAttribute('aria-expanded', 'true');
    expect(panel).toBeVisible();
    await user.tab();
    expect(screen.getByRole('searchbox', { name: 'Search items' })).toHaveFocus();

    await user.type(screen.getByRole('combobox', { name: 'States' }), 'sonora{Enter}');
    expect(params().get('states')).toBe('MX-SIN,MX-SON');
    expect(summary()).toHaveTextContent('States: Sinaloa, Sonora ·');
    // Still open for the next change, until the button closes it (Space, as any button).
    expect(edit).toHaveAttribute('aria-expanded', 'true');
    edit.focus();
    await user.keyboard(' ');
    expect(edit).toHaveAttribute('aria-expanded', 'false');
    expect(panel).not.toBeVisible();
    expect(edit).toHaveFocus();
  });

  it('says when nothing is filtered, in Spanish too', async () => {
    screenIsPhone(true);
    renderBar({ lang: 'es' });
    expect(summary()).toHaveTextContent('Todas las notas publicadas, todas las fechas.');
    expect(screen.getByRole('button', { name: 'Editar filtros' })).toHaveAttribute('aria-expanded', 'false');
  });

  it('names custom dates as one short range', () => {
    screenIsPhone(true);
    renderBar({ lang: 'es', url: '/?from=2025-01-01&to=2025-03-31&topics=prisons' });
    expect(summary()).toHaveTextContent(/^Fechas: 1 de ene – 31 de mar 2025 · Temas: Prisiones$/);
  });

  it('keeps every control in view on a wider screen', () => {
    screenIsPhone(false);
    renderBar({ url: '/?states=MX-SIN' });
    expect(screen.queryByRole('button', { name: 'Edit filters' })).not.toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'States' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Remove Sinaloa' })).toBeVisible();
  });
});
