import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/index.tsx';
import { backLabel, BackLink, fromState } from './BackLink.tsx';

describe('fromState and backLabel', () => {
  it('accepts only paths of the app', () => {
    expect(fromState({ from: '/?states=MX-SIN' })).toBe('/?states=MX-SIN');
    expect(fromState({ from: 'https://evil.example' })).toBeNull();
    expect(fromState({ from: '//evil.example' })).toBeNull();
    expect(fromState({ from: 3 })).toBeNull();
    expect(fromState(null)).toBeNull();
  });

  it('names where Back goes', () => {
    expect(backLabel('/?from=2025-03-03')).toBe('backDashboard');
    expect(backLabel('/')).toBe('backDashboard');
    expect(backLabel('/editions/3')).toBe('backEdition');
    expect(backLabel('/editions')).toBe('backEditions');
    expect(backLabel('/states/MX-SIN?from=2025-01-01')).toBe('backState');
    expect(backLabel('/admin/ingest')).toBe('back');
  });
});

function Where() {
  const location = useLocation();
  return <output data-testid="where">{`${location.pathname}${location.search}`}</output>;
}

describe('BackLink', () => {
  it('goes back in history to the filtered dashboard it came from', async () => {
    const user = userEvent.setup();
    render(
      <I18nProvider lang="en">
        <MemoryRouter initialEntries={['/?states=MX-SIN&from=2025-03-03', { pathname: '/items/5', state: { from: '/?states=MX-SIN&from=2025-03-03' } }]} initialIndex={1}>
          <Routes>
            <Route path="/items/:id" element={<BackLink fallback="/" fallbackLabel="Dashboard" />} />
            <Route path="/" element={<p>dashboard</p>} />
          </Routes>
          <Where />
        </MemoryRouter>
      </I18nProvider>,
    );
    const link = screen.getByRole('link', { name: /back to the dashboard/i });
    expect(link).toHaveAttribute('href', '/?states=MX-SIN&from=2025-03-03');
    await user.click(link);
    expect(screen.getByTestId('where')).toHaveTextContent('/?states=MX-SIN&from=2025-03-03');
    expect(screen.getByText('dashboard')).toBeInTheDocument();
  });

  it('links to the fallback when the page was opened directly', () => {
    render(
      <I18nProvider lang="es">
        <MemoryRouter initialEntries={['/items/5']}>
          <BackLink fallback="/" fallbackLabel="Tablero" />
        </MemoryRouter>
      </I18nProvider>,
    );
    expect(screen.getByRole('link', { name: /tablero/i })).toHaveAttribute('href', '/');
  });
});
