import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../filters/testing.tsx';
import { StateLevels } from './StateLevels.tsx';
import { ADVISORY, SINALOA_HISTORY } from './test-data.ts';
import type { AdvisoryStates, RatingEntry } from './types.ts';

function renderLevels({ date = '2025-07-01', lang = 'en' as 'en' | 'es', history = SINALOA_HISTORY as RatingEntry[], advisory = ADVISORY as AdvisoryStates } = {}) {
  return renderWithApp(<StateLevels code="MX-SIN" stateLabel="Sinaloa" date={date} today="2025-07-01" />, {
    lang,
    seed: ({ queryClient, trpc }) => {
      queryClient.setQueryData(trpc.levels.history.queryKey({ scope: 'MX-SIN' }), history);
      queryClient.setQueryData(trpc.levels.advisory.queryKey({ date }), advisory);
    },
  });
}

const card = (name: string) => within(screen.getByRole('article', { name }));

beforeEach(() => {
  vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new Error('no network in component tests'))));
});
afterEach(() => vi.unstubAllGlobals());

describe('StateLevels (the state profile’s risk levels)', () => {
  it('shows each category’s level in force on the date with its rationale, evidence, date, author and demo tag', () => {
    renderLevels();
    expect(screen.getByRole('region', { name: 'Risk level' })).toHaveTextContent('rating in force today, Jul 1, 2025');
    const overall = card('Overall');
    expect(overall.getByText('Level 5 · Extreme')).toBeInTheDocument();
    expect(overall.getByText('Demo data')).toBeInTheDocument();
    expect(overall.getByText('Since Jun 3, 2025 · by Ana Analyst')).toBeInTheDocument();
    expect(overall.getByText('Attacks on highways and businesses spread beyond the capital.')).toHaveAttribute('lang', 'en');
    expect(overall.getByRole('link', { name: 'Highway blockades near Culiacán' })).toHaveAttribute('href', '/items/70');
    expect(card('Violence and organised crime').getByText('Level 5 · Extreme')).toBeInTheDocument();
    expect(card('Violence and organised crime').queryByText('Demo data')).toBeNull();
  });

  it('says "Not rated" for a category never rated, never level 1', () => {
    renderLevels();
    const kidnap = card('Kidnapping and extortion');
    expect(kidnap.getByText('Not rated')).toBeInTheDocument();
    expect(kidnap.getByText('Atalaya had not rated Sinaloa in this category by Jul 1, 2025.')).toBeInTheDocument();
    expect(kidnap.queryByText(/Level 1/)).toBeNull();
  });

  it('shows the level of the period’s end: a past period shows the old level and rationale', () => {
    renderLevels({ date: '2025-05-15' });
    expect(screen.getByRole('region', { name: 'Risk level' })).toHaveTextContent('rating in force on May 15, 2025, the end of the period');
    const overall = card('Overall');
    expect(overall.getByText('Level 4 · High')).toBeInTheDocument();
    expect(overall.getByText('A faction war in the capital.')).toBeInTheDocument();
    expect(overall.getByText('No items cited.')).toBeInTheDocument();
    expect(card('Violence and organised crime').getByText('Not rated')).toBeInTheDocument();
    // Culiacán was rated only from June.
    expect(screen.queryByRole('heading', { name: 'Places rated separately' })).toBeNull();
  });

  it('lists places rated separately and the history of changes, newest first', async () => {
    const { user } = renderLevels();
    const places = screen.getByRole('region', { name: 'Places rated separately' });
    expect(places).toHaveTextContent('Culiacán · Overall: Level 5 · Extreme');
    await user.click(screen.getByText('Show the history as a table'));
    const rows = within(screen.getByRole('table', { name: 'History of level changes' })).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      'Jun 5, 2025CuliacánOverall5 Extreme (first rating)Ana Analyst',
      'Jun 3, 2025SinaloaOverall4 High → 5 ExtremeDemo dataAna Analyst',
      'May 20, 2025SinaloaViolence and organised crime5 Extreme (first rating)Ana Analyst',
      'May 1, 2025SinaloaOverall4 High (first rating)Ana Analyst',
    ]);
  });

  it('reads in Spanish, and says when the Spanish rationale is missing', () => {
    renderLevels({ lang: 'es' });
    const overall = card('General');
    expect(overall.getByText('Nivel 5 · Extremo')).toBeInTheDocument();
    expect(overall.getByText('Datos de demostración')).toBeInTheDocument();
    expect(overall.getByText('Attacks on highways and businesses spread beyond the capital.')).toHaveAttribute('lang', 'en');
    expect(overall.getByText(/La justificación en español aún no se ha redactado/)).toBeInTheDocument();
    const violence = card('Violencia y crimen organizado');
    expect(violence.getByText('Enfrentamientos diarios entre facciones.')).toHaveAttribute('lang', 'es');
    expect(violence.queryByText(/aún no se ha redactado/)).toBeNull();
    expect(card('Secuestro y extorsión').getByText('Sin calificar')).toBeInTheDocument();
  });

  it('shows the US travel advisory beside the overall level, on its own scale, with its date, issuer and sources', () => {
    renderLevels();
    const advisory = card('US travel advisory (outside reference)');
    expect(advisory.getByText('Level 4 of 4 · Do not travel')).toBeInTheDocument();
    expect(advisory.getByText('Issued Dec 6, 2024 by US Department of State')).toBeInTheDocument();
    expect(advisory.getByText(/never blended with it/)).toBeInTheDocument();
    expect(advisory.getByRole('link', { name: 'example-daily.test' })).toHaveAttribute('href', 'https://www.example-daily.test/2024/12/06/advisory');
    // The firm's card says nothing of the advisory, and the advisory's nothing of the firm's level.
    expect(card('Overall').queryByText(/Do not travel/)).toBeNull();
    expect(advisory.queryByText(/Extreme/)).toBeNull();
  });

  it('says when no advisory was in force', () => {
    renderLevels({ advisory: [{ state: 'MX-SIN', advisory: null }] });
    expect(card('US travel advisory (outside reference)').getByText('No US travel advisory for Sinaloa was in force on Jul 1, 2025.')).toBeInTheDocument();
  });

  it('reads the advisory in Spanish', () => {
    renderLevels({ lang: 'es' });
    const advisory = card('Aviso de viaje de EE. UU. (referencia externa)');
    expect(advisory.getByText('Nivel 4 de 4 · No viaje')).toBeInTheDocument();
    expect(advisory.getByText('Emitido el 6 dic 2024 por US Department of State')).toBeInTheDocument();
  });

  it('for a state never rated: every category not rated, and no history yet', () => {
    renderLevels({ history: [] });
    expect(screen.getAllByText('Not rated')).toHaveLength(5);
    expect(screen.getByText('No rating has been published for this state yet.')).toBeInTheDocument();
  });
});
